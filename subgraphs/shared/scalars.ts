import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

export { DateTimeResolver as DateTimeScalar } from 'graphql-scalars';

/** A calendar date "YYYY-MM-DD"; kept as a string end to end so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => parseDate(value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * The same Date for a subgraph whose inputs are judged item by item (a partner's batch of
 * signals): coercion cannot fail one item of a list, so any value passes in and the subgraph
 * checks every Date argument itself with `isCalendarDate`. Output stays strict.
 */
export const DateCheckedByResolversScalar = new GraphQLScalarType<unknown, string>({
  name: 'Date',
  description: DateScalar.description,
  serialize: DateScalar.serialize,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromASTUntyped(ast),
});

export function isCalendarDate(value: unknown): value is string {
  // Year 0000 does not exist in PostgreSQL's calendar.
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parseDate(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError('A Date must be a real calendar date written as YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}
