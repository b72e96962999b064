import { useMutation } from 'urql';
import { errorSentence } from '../app/errors';
import { t } from '../text';
import { Feedback } from './Feedback';
import { PickUpCaseMutation } from './operations';

/**
 * Stays mounted once the case is the consultant's own: the refreshed case (assignee: you) may arrive
 * before the confirmation is read, and the confirmation must not vanish with the button.
 */
export function PickUpButton({ caseId, assignedToYou }: { caseId: string; assignedToYou: boolean }) {
  const [result, pickUp] = useMutation(PickUpCaseMutation);
  if (assignedToYou && !result.data) return null;
  return (
    <section className="action">
      {/* Gone at once on success, so the page does not shift again when the refreshed case arrives. */}
      {!assignedToYou && !result.data && (
        <button type="button" className="primary" disabled={result.fetching} aria-describedby="pickup-feedback"
          onClick={() => void pickUp({ id: caseId })}>{t.actions.pickUp}</button>
      )}
      <Feedback id="pickup-feedback" error={errorSentence(result.error)} done={result.data ? t.actions.pickedUp : undefined} />
    </section>
  );
}
