import { useState } from 'react';
import { parseSignalsCsv, type ParsedFile } from '../signals-csv/parse';
import { t, todayIso } from '../text';
import { readFileText } from './download';

export function FilePicker({ onRead }: { onRead: (file: ParsedFile) => void }) {
  const [reading, setReading] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    onRead(parseSignalsCsv(await readFileText(file), todayIso()));
  };
  return (
    <div className="action">
      <label htmlFor="csv-file">{t.upload.chooseFile}</label>
      <input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      {reading && <p role="status">{t.upload.reading}</p>}
    </div>
  );
}
