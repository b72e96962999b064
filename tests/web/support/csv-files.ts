import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columns } from '../../../web/src/signals-csv/columns';

export type CsvRecord = Record<string, string>;

/** A partner's export as a spreadsheet would save it, written to a temporary file. */
export function writeCsv(records: CsvRecord[], delimiter = ';', name = 'export.csv'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'signals-csv-')), name);
  const header = columns.map((c) => c.header);
  const field = (value: string) => (value.includes(delimiter) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value);
  writeFileSync(file, [header.join(delimiter), ...records.map((r) => header.map((h) => field(r[h] ?? '')).join(delimiter))].join('\r\n') + '\r\n');
  return file;
}

/** A good row for an Ommen address; dates written the Dutch way. */
export function aRow(reference: string, overrides: CsvRecord = {}): CsvRecord {
  const today = new Date();
  const dutch = (date: Date) => `${String(date.getUTCDate()).padStart(2, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${date.getUTCFullYear()}`;
  return {
    kenmerk: reference, signaaldatum: dutch(today), achterstand_sinds: dutch(new Date(today.getTime() - 40 * 86_400_000)), bedrag: '312,50',
    voorletters: 'P.', achternaam: 'de Vries', telefoon: '0529 123456', postcode: '7731 BC', huisnummer: String(100 + Math.floor(Math.random() * 800)),
    ...overrides,
  };
}
