import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorSentence } from '../app/errors';
import type { WithdrawalReason } from '../gql/graphql';
import { t } from '../text';
import { WithdrawSignalMutation } from './operations';

const reasons: WithdrawalReason[] = ['PAID', 'ARRANGED', 'SENT_IN_ERROR'];

/**
 * "Intrekken": asks for the reason first, then withdraws the signal. It stays mounted once the
 * list shows the signal withdrawn, so its confirmation is not lost when the list updates first.
 */
export function WithdrawControl({ externalId, withdrawn }: { externalId: string; withdrawn: boolean }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<WithdrawalReason | ''>('');
  const [result, withdraw] = useMutation(WithdrawSignalMutation);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason) void withdraw({ externalId, reason });
  };
  if (result.data && !result.error) return <p role="status">{t.mySignals.withdrawn(externalId)}</p>;
  if (withdrawn) return null;
  if (!open) return <button type="button" onClick={() => setOpen(true)} aria-label={t.mySignals.withdraw(externalId)}>{t.mySignals.confirm}</button>;
  const error = errorSentence(result.error);
  return (
    <form onSubmit={submit} className="withdraw" aria-label={t.mySignals.withdraw(externalId)}>
      <label htmlFor={`${id}-reason`}>{t.mySignals.reason}</label>
      <select id={`${id}-reason`} required value={reason} onChange={(e) => setReason(e.target.value as WithdrawalReason | '')}
        aria-describedby={`${id}-feedback`}>
        <option value="">{t.mySignals.chooseReason}</option>
        {reasons.map((r) => <option key={r} value={r}>{t.withdrawalReason[r]}</option>)}
      </select>
      <button type="submit" disabled={!reason || result.fetching}>{t.mySignals.confirm}</button>
      <button type="button" onClick={() => setOpen(false)}>{t.mySignals.cancel}</button>
      {error && <p id={`${id}-feedback`} role="alert" className="error">{error}</p>}
    </form>
  );
}
