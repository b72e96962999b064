import { useMutation } from 'urql';
import { errorSentence } from '../app/errors';
import { t } from '../text';
import { Feedback } from './Feedback';
import { PickUpCaseMutation } from './operations';

export function PickUpButton({ caseId }: { caseId: string }) {
  const [result, pickUp] = useMutation(PickUpCaseMutation);
  return (
    <section className="action">
      <button type="button" className="primary" disabled={result.fetching} aria-describedby="pickup-feedback"
        onClick={() => void pickUp({ id: caseId })}>{t.actions.pickUp}</button>
      <Feedback id="pickup-feedback" error={errorSentence(result.error)} done={result.data ? t.actions.pickedUp : undefined} />
    </section>
  );
}
