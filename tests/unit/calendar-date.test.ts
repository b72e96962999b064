import fc from 'fast-check';
import { isCalendarDate } from '../../subgraphs/shared/scalars';

/** The calendar as JavaScript's Date keeps it (proleptic Gregorian, UTC): the oracle for the arithmetic. */
function dateSays(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isCalendarDate', () => {
  it('agrees with the calendar for every year, month and day number written as YYYY-MM-DD, valid or not', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
      const value = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      expect(isCalendarDate(value)).toBe(dateSays(value));
    }), { numRuns: 20_000 });
  });

  it('knows the leap days, and that year 0000 is not a year', () => {
    expect(['2024-02-29', '2000-02-29', '1600-02-29', '2026-12-31', '0001-01-01', '9999-12-31'].filter((v) => !isCalendarDate(v))).toEqual([]);
    expect(['2026-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01'].filter(isCalendarDate)).toEqual([]);
  });

  it('refuses anything that is not exactly YYYY-MM-DD', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.date({ noInvalidDate: true })), (value) => {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return;
      expect(isCalendarDate(value)).toBe(false);
    }));
    expect(['2026-1-01', ' 2026-01-01', '2026-01-01T00:00', '20260101', '２０２６-01-01'].filter(isCalendarDate)).toEqual([]);
  });
});
