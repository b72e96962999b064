import { useState } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import type { ParsedFile } from '../signals-csv/parse';
import type { RowResult } from '../signals-csv/send';
import { t } from '../text';
import { ColumnsHelp } from './ColumnsHelp';
import { FilePicker } from './FilePicker';
import { Preview } from './Preview';
import { UploadResults } from './UploadResults';

/** The partner's upload: choose a file, see every row checked, send, and keep the result per row. */
export function UploadPage() {
  usePageTitle(t.upload.title);
  const [file, setFile] = useState<ParsedFile | null>(null);
  const [results, setResults] = useState<RowResult[] | null>(null);
  const restart = () => { setFile(null); setResults(null); };
  return (
    <section>
      <h1>{t.upload.title}</h1>
      <p>{t.upload.intro}</p>
      {!file && <FilePicker onRead={setFile} />}
      {file && !results && <Preview file={file} onSent={setResults} />}
      {results && <UploadResults results={results} onAgain={restart} />}
      <ColumnsHelp />
    </section>
  );
}
