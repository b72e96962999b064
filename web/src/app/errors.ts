import type { CombinedError } from 'urql';
import { t } from '../text';

/** A hub error as a sentence for the user, from its code (and, for bad input, its message). */
export function errorSentence(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return t.errors.network;
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? '');
  const message = first?.message ?? '';
  if (code === 'BAD_USER_INPUT' || code === 'INVALID_INPUT') {
    if (/future/i.test(message)) return t.errors.contactDateFuture;
    if (/before the case opened|before/i.test(message)) return t.errors.contactDateBeforeOpen;
    if (/2000|too long/i.test(message)) return t.errors.noteTooLong;
    return t.errors.BAD_USER_INPUT;
  }
  if (code in t.errors) return (t.errors as unknown as Record<string, string>)[code];
  return t.errors.unknown;
}
