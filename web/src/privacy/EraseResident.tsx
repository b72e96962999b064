import { useState } from 'react';
import { useMutation } from 'urql';
import { errorSentence } from '../app/errors';
import { formatDateTime, t } from '../text';
import { EraseResidentMutation } from './operations';
import { purposeContext, type Purpose } from './purposes';

/** Erasure on request, after a confirmation that says exactly what goes and what stays. */
export function EraseResident({ residentId, purpose, onErased }: { residentId: string; purpose: Purpose; onErased: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [result, erase] = useMutation(EraseResidentMutation);
  const receipt = result.data?.eraseResident;
  const p = t.privacy;
  const confirm = async () => {
    const done = await erase({ residentId }, purposeContext(purpose));
    if (done.data?.eraseResident) { setConfirming(false); onErased(); }
  };
  return (
    <section className="action" aria-labelledby={`erase-${residentId}`}>
      <h3 id={`erase-${residentId}`}>{p.eraseTitle}</h3>
      {receipt ? (
        <div role="status">
          <p className="done">{p.erased(formatDateTime(receipt.erasedAt))}</p>
          <p>{receipt.householdErased ? p.erasedHousehold : p.erasedResidentOnly}</p>
        </div>
      ) : !confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>{p.eraseButton}</button>
      ) : (
        <div className="confirm" role="group" aria-labelledby={`erase-confirm-${residentId}`}>
          <p id={`erase-confirm-${residentId}`}><strong>{p.eraseConfirmTitle}</strong></p>
          <p>{p.eraseGoes}</p>
          <ul className="goes">{p.eraseGoesItems.map((item) => <li key={item}>{item}</li>)}</ul>
          <p>{p.eraseStays}</p>
          <ul className="stays">{p.eraseStaysItems.map((item) => <li key={item}>{item}</li>)}</ul>
          <div className="button-row">
            <button type="button" className="danger" onClick={() => void confirm()} disabled={result.fetching}>{p.eraseConfirm}</button>
            <button type="button" onClick={() => setConfirming(false)}>{p.eraseCancel}</button>
          </div>
          {result.error && <p role="alert" className="error">{errorSentence(result.error)}</p>}
        </div>
      )}
    </section>
  );
}
