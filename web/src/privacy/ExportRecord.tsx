import { useState } from 'react';
import { useClient } from 'urql';
import { errorSentence } from '../app/errors';
import { t, todayIso } from '../text';
import { downloadFile } from './download';
import { ResidentRecordQuery } from './operations';
import { purposeContext, type Purpose } from './purposes';
import { residentLetter } from './resident-letter';

/** The art. 15 export: the record is read (and logged) only when the officer asks for the file. */
export function ExportRecord({ residentId, purpose, onDone }: { residentId: string; purpose: Purpose; onDone: () => void }) {
  const client = useClient();
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);
  const allowed = purpose === 'access-request';
  const exportRecord = async () => {
    setBusy(true);
    setMessage(undefined);
    const result = await client.query(ResidentRecordQuery, { residentId }, purposeContext(purpose)).toPromise();
    setBusy(false);
    const record = result.data?.residentRecord;
    if (result.error || !record) {
      setMessage({ text: errorSentence(result.error) ?? t.errors.unknown, error: true });
      return;
    }
    const today = todayIso();
    const file = `inzage-${today}.txt`;
    downloadFile(file, residentLetter(record, today), 'text/plain;charset=utf-8');
    setMessage({ text: t.privacy.exported(file) });
    onDone();
  };
  return (
    <section className="action" aria-labelledby={`export-${residentId}`}>
      <h3 id={`export-${residentId}`}>{t.privacy.exportTitle}</h3>
      <p>{t.privacy.exportIntro}</p>
      {allowed
        ? <button type="button" onClick={() => void exportRecord()} disabled={busy}>{t.privacy.exportButton}</button>
        : <p className="when">{t.privacy.exportOnlyForAccess}</p>}
      <div aria-live="polite">{message && <p className={message.error ? 'error' : 'done'}>{message.text}</p>}</div>
    </section>
  );
}
