import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useClient } from 'urql';
import type { ParsedFile } from '../signals-csv/parse';
import { sendRows, type RowResult } from '../signals-csv/send';
import { t } from '../text';
import { ReportSignalsMutation } from './operations';

/** Every row checked before sending; then sending in batches with a progress bar. */
export function Preview({ file, onSent }: { file: ParsedFile; onSent: (results: RowResult[]) => void }) {
  const client = useClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  if (file.fileProblems.length) return <div role="alert" className="error">{file.fileProblems.map((p) => <p key={p}>{p}</p>)}</div>;
  const wrong = file.rows.filter((row) => row.problems.length);
  const ok = file.rows.length - wrong.length;
  const send = async () => {
    const results = await sendRows(file.rows, async (signals) => {
      const answer = await client.mutation(ReportSignalsMutation, { signals }).toPromise();
      if (!answer.data) throw answer.error ?? new Error('no answer');
      return answer.data.reportSignals;
    }, (done, total) => flushSync(() => setProgress({ done, total })));
    onSent(results);
  };
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t.upload.previewTitle}</h2>
      <p role="status">{t.upload.previewSummary(file.rows.length, ok, wrong.length)}</p>
      {wrong.length > 0 && (
        <>
          <h3>{t.upload.wrongRowsTitle}</h3>
          <RowProblems rows={wrong.map((row) => ({ line: row.line, externalId: row.externalId, reason: row.problems.join(' ') }))} />
        </>
      )}
      {ok === 0 && <p className="error">{t.upload.nothingToSend}</p>}
      {!progress && ok > 0 && <button type="button" className="primary" onClick={() => void send()}>{t.upload.send(ok)}</button>}
      {progress && (
        <div>
          <label htmlFor="upload-progress">{t.upload.progressLabel}</label>
          <progress id="upload-progress" max={progress.total} value={progress.done} />
          <p aria-live="polite">{t.upload.progress(progress.done, progress.total)}</p>
        </div>
      )}
    </section>
  );
}

export function RowProblems({ rows }: { rows: Array<{ line: number; externalId: string; reason: string }> }) {
  return (
    <div className="table-scroll">
      <table className="row-problems">
        <thead><tr><th scope="col">{t.upload.line}</th><th scope="col">{t.upload.reference}</th><th scope="col">{t.upload.problem}</th></tr></thead>
        <tbody>
          {rows.map((row) => <tr key={row.line}><td>{row.line}</td><td>{row.externalId}</td><td>{row.reason}</td></tr>)}
        </tbody>
      </table>
    </div>
  );
}
