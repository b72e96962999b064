import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorSentence } from '../app/errors';
import type { CaseOutcome } from '../gql/graphql';
import { t } from '../text';
import { Feedback } from './Feedback';
import { CloseCaseMutation } from './operations';
import { outcomeGroups } from './outcome-groups';

/**
 * Close with one of the 16 outcomes, grouped by how the case went. Once the case shows as closed
 * only the confirmation stays (the control stays mounted, so it does not vanish with the form).
 */
export function CloseForm({ caseId, closed }: { caseId: string; closed: boolean }) {
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [result, close] = useMutation(CloseCaseMutation);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome) void close({ caseId, outcome });
  };
  const error = errorSentence(result.error);
  const done = result.data && !result.error ? t.actions.closed : undefined;
  if (closed) return done ? <section className="action"><Feedback id="close-feedback" done={done} /></section> : null;
  return (
    <form className="action" onSubmit={submit} aria-labelledby="close-title">
      <h2 id="close-title">{t.actions.closeTitle}</h2>
      <label htmlFor="close-outcome">{t.actions.outcome}</label>
      <select id="close-outcome" required value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome | '')}
        aria-invalid={error ? true : undefined} aria-describedby="close-feedback">
        <option value="">{t.actions.chooseOutcome}</option>
        {outcomeGroups.map(({ group, outcomes }) => (
          <optgroup key={group} label={t.outcomeGroups[group]}>
            {outcomes.map((o) => <option key={o} value={o}>{t.outcome[o]}</option>)}
          </optgroup>
        ))}
      </select>
      <button type="submit" disabled={result.fetching || !outcome}>{t.actions.close}</button>
      <Feedback id="close-feedback" error={error} done={done} />
    </form>
  );
}
