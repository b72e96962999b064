import { useEffect, useRef } from 'react';
import { resultsCsv, summarise } from '../signals-csv/results-csv';
import type { RowResult } from '../signals-csv/send';
import { t } from '../text';
import { downloadText } from './download';
import { RowProblems } from './Preview';

export function UploadResults({ results, onAgain }: { results: RowResult[]; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { accepted, rejected } = summarise(results);
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>{t.upload.resultTitle}</h2>
      <p role="status">{t.upload.resultSummary(accepted, rejected)}</p>
      <p>
        <button type="button" className="primary" onClick={() => downloadText(t.upload.resultsName, resultsCsv(results))}>{t.upload.download}</button>{' '}
        <button type="button" onClick={onAgain}>{t.upload.again}</button>
      </p>
      {rejected > 0 && (
        <>
          <h3>{t.upload.rejectedTitle}</h3>
          <RowProblems rows={results.filter((r) => !r.accepted)} />
        </>
      )}
      <p>{t.upload.resendSafe}</p>
    </section>
  );
}
