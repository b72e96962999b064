import fc from 'fast-check';
import { columns, templateCsv } from '../../web/src/signals-csv/columns';
import { parseSignalsCsv } from '../../web/src/signals-csv/parse';
import { resultsCsv } from '../../web/src/signals-csv/results-csv';
import { maxBatchSize, sendRows, type BatchAnswer } from '../../web/src/signals-csv/send';
import { readAmount, readDate } from '../../web/src/signals-csv/values';

const today = '2026-12-01';
const header = columns.map((c) => c.header);
const line = (values: Record<string, string>, delimiter = ';') => header.map((h) => values[h] ?? '').join(delimiter);
const good = (overrides: Record<string, string> = {}) => ({
  kenmerk: 'VW-1', signaaldatum: '20-11-2026', achterstand_sinds: '01-10-2026', bedrag: '450,00', achternaam: 'Jansen',
  postcode: '7731 AB', huisnummer: '12', ...overrides,
});

describe('reading a partner\'s CSV export', () => {
  it('reads the template as one good signal, with Dutch dates and a decimal comma', () => {
    const { rows, fileProblems, delimiter } = parseSignalsCsv(templateCsv(), today);
    expect(fileProblems).toEqual([]);
    expect(delimiter).toBe(';');
    expect(rows).toEqual([{ line: 2, externalId: 'VW-2026-000123', problems: [], signal: {
      externalId: 'VW-2026-000123', signalDate: '2026-11-20', arrearsSince: '2026-10-01', amountEuro: 450, crisis: false, warmHandover: false,
      resident: { bsn: '111222333', initials: 'J.', surnamePrefix: undefined, surname: 'Jansen', birthDate: '1980-04-12', phone: '0612345678',
        email: 'j.jansen@example.nl', address: { postcode: '7731AB', houseNumber: 12, houseNumberSuffix: 'a' } },
    } }]);
  });

  it('reads comma-separated files with ISO dates, quoted fields and a BOM', () => {
    const text = `\uFEFF${header.join(',')}\n${line(good({ signaaldatum: '2026-11-20', achternaam: '"Jansen, van"', bedrag: '"1.234,56"', crisis: 'ja' }), ',')}\n`;
    const [row] = parseSignalsCsv(text, today).rows;
    expect(row.problems).toEqual([]);
    expect(row.signal).toMatchObject({ signalDate: '2026-11-20', amountEuro: 1235, crisis: true, resident: { surname: 'Jansen, van' } });
  });

  it('says in Dutch what is wrong with each bad row, and which rows carry the same reference', () => {
    const text = [header.join(';'),
      line(good({ kenmerk: 'A' })),
      line(good({ kenmerk: 'B', signaaldatum: '31-02-2026', bedrag: 'veel' })),
      line(good({ kenmerk: 'A', postcode: '7731', huisnummer: '12a' })),
      line(good({ kenmerk: 'C', achterstand_sinds: '25-11-2026', bsn: '123456789', crisis: 'misschien' })),
    ].join('\r\n');
    const rows = parseSignalsCsv(text, today).rows;
    expect(rows.map((r) => [r.line, r.problems, Boolean(r.signal)])).toEqual([
      [2, [], true],
      [3, ['Kolom signaaldatum: "31-02-2026" is geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd).', 'Kolom bedrag: "veel" is geen bedrag (bijvoorbeeld 450 of 450,00).'], false],
      [4, ['Kolom postcode: "7731" is geen postcode (bijvoorbeeld 7731 AB).', 'Kolom huisnummer: "12a" is geen huisnummer (alleen cijfers; een letter hoort in toevoeging).', 'Dit kenmerk staat ook op regel 2.'], false],
      [5, ['De achterstand kan niet na de signaaldatum zijn ontstaan.', 'Kolom crisis: "misschien" is geen ja of nee.', 'Kolom bsn: dit is geen geldig burgerservicenummer (9 cijfers, elfproef).'], false],
    ]);
  });

  it('refuses a file without the required columns as a whole', () => {
    expect(parseSignalsCsv('naam;bedrag\nJansen;12\n', today).fileProblems[0]).toMatch(/mist de verplichte kolom\(men\): kenmerk, signaaldatum/);
  });

  it('reads every real date in both notations, and no impossible one', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-');
      expect(readDate(iso)).toBe(iso);
      expect(readDate(`${d}-${m}-${y}`)).toBe(iso);
      expect(readDate(`${Number(d)}-${Number(m)}-${y}`)).toBe(iso);
    }));
    for (const bad of ['30-02-2026', '2026-13-01', '1-1-26', '01-01-2026x', '']) expect(readDate(bad)).toBeUndefined();
  });

  it('reads amounts with a decimal comma or point and thousands separators, to whole euros', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), (euros, cents) => {
      const grouped = euros.toLocaleString('nl-NL');
      const expected = Math.round(euros + cents / 100);
      expect(readAmount(`${grouped},${String(cents).padStart(2, '0')}`)).toBe(expected);
      expect(readAmount(`${euros}.${String(cents).padStart(2, '0')}`)).toBe(expected);
      expect(readAmount(`€ ${grouped}`)).toBe(euros);
    }));
    for (const bad of ['12,34,56', '1.23.4', 'abc', '-5', '']) expect(readAmount(bad)).toBeUndefined();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      const parsed = parseSignalsCsv(`${header.join(';')}\n${text}`, today);
      for (const row of parsed.rows) expect(Boolean(row.signal)).toBe(row.problems.length === 0);
    }));
  });
});

describe('sending the rows', () => {
  const rowsOf = (n: number) => parseSignalsCsv([header.join(';'), ...Array.from({ length: n }, (_, i) => line(good({ kenmerk: `K${i}` })))].join('\n'), today).rows;

  it('sends batches of at most 1000 and gives every row its result, in Dutch', async () => {
    const rows = [...rowsOf(2345), ...parseSignalsCsv(`${header.join(';')}\n${line(good({ kenmerk: 'bad', bedrag: '' }))}`, today).rows.map((r) => ({ ...r, line: 9999 }))];
    const sizes: number[] = [];
    const progress: number[] = [];
    const results = await sendRows(rows, async (signals): Promise<BatchAnswer> => {
      sizes.push(signals.length);
      return {
        accepted: signals.filter((s) => s.externalId !== 'K7').map((s) => ({ externalId: s.externalId })),
        rejected: signals.filter((s) => s.externalId === 'K7').map((s) => ({ externalId: s.externalId, code: 'OUT_OF_AREA', message: 'x' })),
      };
    }, (done) => progress.push(done));
    expect(sizes).toEqual([maxBatchSize, maxBatchSize, 345]);
    expect(progress).toEqual([0, 1000, 2000, 2345]);
    expect(results).toHaveLength(2346);
    expect(results.filter((r) => !r.accepted)).toEqual([
      { line: 9, externalId: 'K7', accepted: false, reason: 'De postcode ligt niet in een van de deelnemende gemeenten.' },
      { line: 9999, externalId: 'bad', accepted: false, reason: 'Kolom bedrag is leeg.' },
    ]);
    expect(resultsCsv(results).split('\r\n').slice(0, 2)).toEqual(['regel;kenmerk;resultaat;reden', '2;K0;geaccepteerd;']);
  });

  it('marks the rows of a batch that did not arrive as not sent, and goes on with the next', async () => {
    let call = 0;
    const results = await sendRows(rowsOf(3), async (signals) => {
      call += 1;
      if (call === 1) throw new Error('connection reset');
      return { accepted: signals.map((s) => ({ externalId: s.externalId })), rejected: [] };
    }, undefined, 2);
    expect(results.map((r) => r.accepted)).toEqual([false, false, true]);
    expect(results[0].reason).toMatch(/^Niet verstuurd/);
  });
});
