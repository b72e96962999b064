import { splitPeriod } from '../../subgraphs/evaluation/domain/period';

describe('a report period in whole and partial months', () => {
  it('reads whole months from the cells only', () => {
    expect(splitPeriod('2026-01-01', '2026-12-31')).toEqual({ fullMonths: ['2026-01-01', '2026-12-01'], partialRanges: [[null, null], [null, null]] });
  });

  it('takes the days of partial months at both edges from the facts', () => {
    expect(splitPeriod('2026-01-15', '2026-03-10')).toEqual({
      fullMonths: ['2026-02-01', '2026-02-01'], partialRanges: [['2026-01-15', '2026-01-31'], ['2026-03-01', '2026-03-10']],
    });
  });

  it('handles a period within one month, and a leap February', () => {
    expect(splitPeriod('2026-10-05', '2026-10-19')).toEqual({ fullMonths: [null, null], partialRanges: [['2026-10-05', '2026-10-19'], [null, null]] });
    expect(splitPeriod('2028-02-01', '2028-02-28')).toEqual({ fullMonths: [null, null], partialRanges: [[null, null], ['2028-02-01', '2028-02-28']] });
    expect(splitPeriod('2028-02-01', '2028-02-29').fullMonths).toEqual(['2028-02-01', '2028-02-01']);
  });

  it('has no whole month between two partial neighbours', () => {
    expect(splitPeriod('2026-10-20', '2026-11-10')).toEqual({ fullMonths: [null, null], partialRanges: [['2026-10-20', '2026-10-31'], ['2026-11-01', '2026-11-10']] });
  });
});
