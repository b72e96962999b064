import { t } from '../text';

/** The purposes the officer can state; each request of the console carries it as X-Purpose. */
export type Purpose = keyof typeof t.privacy.purposes;
export const purposes = Object.keys(t.privacy.purposes) as Purpose[];

/** urql's request context that sends the purpose along. */
export function purposeContext(purpose: Purpose) {
  return { fetchOptions: { headers: { 'x-purpose': purpose } }, requestPolicy: 'network-only' as const };
}

export function purposeName(purpose: string): string {
  return t.privacy.purposeNames[purpose] ?? purpose;
}
