import { Directive, Field, ObjectType } from 'type-graphql';
import { isUuid } from './batch-loader';
import { badInput } from './errors';
import { isCalendarDate } from './scalars';

@ObjectType({ description: 'Cursor pagination, as in the Relay connection spec' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string;
}

export const maxPageSize = 100;

export function pageSize(first: number | undefined | null, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) throw badInput(`first must be from 1 to ${maxPageSize}`);
  return size;
}

/** Cursors are opaque to clients: the sort key of the last row, base64url-encoded. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each position of a cursor holds; a cursor is checked against it before it reaches a query. */
export type CursorPart = 'int' | 'date' | 'timestamp' | 'uuid';

const partIs: Record<CursorPart, (value: unknown) => boolean> = {
  int: (v) => Number.isSafeInteger(v),
  date: isCalendarDate,
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v) && new Date(v).toISOString() === v,
  uuid: isUuid,
};

export function decodeCursor(cursor: string | undefined | null, parts: CursorPart[]): unknown[] | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && key.every((v, i) => partIs[parts[i]](v))) return key;
  } catch { /* reported below */ }
  throw badInput('after is not a cursor this API gave out: pass pageInfo.endCursor of the previous page');
}
