import Papa from 'papaparse';
import { t } from '../text';
import type { RowResult } from './send';

/** The result of every row, to keep or to fix and send again (semicolons, as Dutch Excel reads them). */
export function resultsCsv(results: RowResult[]): string {
  return Papa.unparse({
    fields: [t.csv.resultColumns.line, t.csv.resultColumns.externalId, t.csv.resultColumns.result, t.csv.resultColumns.reason],
    data: results.map((r) => [r.line, r.externalId, r.accepted ? t.csv.accepted : t.csv.rejected, r.reason]),
  }, { delimiter: ';', newline: '\r\n' });
}

export function summarise(results: RowResult[]) {
  const accepted = results.filter((r) => r.accepted).length;
  return { total: results.length, accepted, rejected: results.length - accepted };
}
