import Papa from 'papaparse';
import type { SignalInput } from '../gql/graphql';
import { t } from '../text';
import { columns } from './columns';
import { isValidBsn, readAmount, readDate, readYesNo } from './values';

/** One line of the file: the signal it becomes, or why it cannot be sent (in Dutch). */
export interface CsvRow {
  /** Line number in the file (the header is line 1), as a spreadsheet shows it. */
  line: number;
  externalId: string;
  signal?: SignalInput;
  problems: string[];
}

export interface ParsedFile {
  rows: CsvRow[];
  /** Problems with the file as a whole (missing columns, not a CSV): nothing can be sent. */
  fileProblems: string[];
  delimiter: string;
}

const normaliseHeader = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Reads a partner's CSV export (comma or semicolon separated) and checks every row as the hub would. */
export function parseSignalsCsv(text: string, today: string): ParsedFile {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true, skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'], transformHeader: normaliseHeader,
  });
  const headers = parsed.meta.fields ?? [];
  const missing = columns.filter((c) => c.required && !headers.includes(c.header)).map((c) => c.header);
  const fileProblems = missing.length ? [t.csv.missingColumns(missing.join(', '))] : [];
  if (fileProblems.length) return { rows: [], fileProblems, delimiter: parsed.meta.delimiter };
  const seen = new Map<string, number>();
  const rows = parsed.data.map((record, index) => {
    const row = readRow(record, index + 2, today);
    const earlier = seen.get(row.externalId);
    if (row.externalId && earlier) row.problems.push(t.csv.duplicateInFile(earlier));
    else if (row.externalId) seen.set(row.externalId, row.line);
    if (row.problems.length) delete row.signal;
    return row;
  });
  return { rows, fileProblems, delimiter: parsed.meta.delimiter };
}

/** One row's fields, trimmed, and the problems found so far (each reader below adds its own). */
interface Row { value(header: string): string; optional(header: string): string | undefined; problems: string[] }

function readRow(record: Record<string, string>, line: number, today: string): CsvRow {
  const value = (header: string) => (record[header] ?? '').trim();
  const row: Row = { value, optional: (header) => value(header) || undefined, problems: [] };
  const externalId = value('kenmerk');
  if (!externalId) row.problems.push(t.csv.required('kenmerk'));
  else if (externalId.length > 100) row.problems.push(t.csv.tooLong('kenmerk', 100));
  const signalDate = readDateField(row, 'signaaldatum', true, today);
  const arrearsSince = readDateField(row, 'achterstand_sinds', true, today);
  if (signalDate && arrearsSince && arrearsSince > signalDate) row.problems.push(t.csv.arrearsAfterSignal);
  const amount = readAmountField(row);
  const crisis = readFlag(row, 'crisis');
  const warmHandover = readFlag(row, 'warme_overdracht');
  const resident = readResident(row, today);
  const signal: SignalInput = {
    externalId, signalDate: signalDate ?? '', arrearsSince: arrearsSince ?? '', amountEuro: amount ?? 0, crisis, warmHandover, resident,
  };
  return { line, externalId, signal, problems: row.problems };
}

function readDateField(row: Row, header: string, required: boolean, today: string): string | undefined {
  const text = row.value(header);
  if (!text) { if (required) row.problems.push(t.csv.required(header)); return undefined; }
  const iso = readDate(text);
  if (!iso) row.problems.push(t.csv.badDate(header, text));
  else if (iso > today) row.problems.push(t.csv.futureDate(header));
  return iso;
}

function readAmountField(row: Row): number | undefined {
  const text = row.value('bedrag');
  if (!text) { row.problems.push(t.csv.required('bedrag')); return undefined; }
  const amount = readAmount(text);
  if (amount === undefined) row.problems.push(t.csv.badAmount(text));
  else if (amount <= 0) row.problems.push(t.csv.amountNotPositive);
  return amount;
}

function readFlag(row: Row, header: string): boolean {
  const answer = readYesNo(row.value(header));
  if (answer === undefined) row.problems.push(t.csv.badYesNo(header, row.value(header)));
  return answer ?? false;
}

function readResident(row: Row, today: string): SignalInput['resident'] {
  const { value, optional, problems } = row;
  const birthDate = readDateField(row, 'geboortedatum', false, today);
  const bsn = optional('bsn')?.replace(/[\s.]/g, '');
  if (bsn && !isValidBsn(bsn)) problems.push(t.csv.badBsn);
  const surname = value('achternaam');
  if (!surname) problems.push(t.csv.required('achternaam'));
  const email = optional('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push(t.csv.badEmail(email));
  const phone = optional('telefoon');
  if (phone && !/^\+?[0-9 ()-]{6,20}$/.test(phone)) problems.push(t.csv.badPhone(phone));
  return {
    bsn, initials: optional('voorletters'), surnamePrefix: optional('tussenvoegsel'), surname, birthDate, phone, email, address: readAddress(row),
  };
}

function readAddress({ value, optional, problems }: Row): SignalInput['resident']['address'] {
  const postcode = value('postcode').replace(/\s+/g, '').toUpperCase();
  if (!postcode) problems.push(t.csv.required('postcode'));
  else if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode)) problems.push(t.csv.badPostcode(value('postcode')));
  const houseNumber = /^\d{1,5}$/.test(value('huisnummer')) ? Number(value('huisnummer')) : undefined;
  if (!value('huisnummer')) problems.push(t.csv.required('huisnummer'));
  else if (!houseNumber) problems.push(t.csv.badHouseNumber(value('huisnummer')));
  return { postcode, houseNumber: houseNumber ?? 0, houseNumberSuffix: optional('toevoeging') };
}
