import { suppressCells } from '../../subgraphs/evaluation/domain/suppression';

const outcomes = [{ total: 'closed', parts: ['a', 'b', 'c'] }];

describe('small-cell suppression', () => {
  it('withholds counts below the threshold and nothing else when no total reveals them', () => {
    const { rows, totals } = suppressCells([{ signals: 3 }, { signals: 12 }, { signals: 4 }], { signals: 19 }, 5, []);
    expect(rows.map((r) => [...r])).toEqual([['signals'], [], ['signals']]);
    expect([...totals]).toEqual([]);
  });

  it('withholds the smallest sibling row when the totals would reveal a single withheld cell', () => {
    const { rows } = suppressCells([{ signals: 30 }, { signals: 2 }, { signals: 12 }], { signals: 44 }, 5, []);
    expect(rows.map((r) => r.has('signals'))).toEqual([false, true, true]);
  });

  it('adds no second cell when the total is withheld itself, and one when it is not', () => {
    const { rows } = suppressCells([{ signals: 2 }, { signals: 6 }], { signals: 8 }, 10, []);
    expect(rows.map((r) => r.has('signals'))).toEqual([true, true]);
    const single = suppressCells([{ signals: 3 }, { signals: 8 }], { signals: 11 }, 5, []);
    expect(single.rows.map((r) => r.has('signals'))).toEqual([true, true]);
  });

  it('withholds a second part within a row when the row total would reveal the first', () => {
    const { rows } = suppressCells([{ closed: 40, a: 3, b: 25, c: 12 }], { closed: 40, a: 3, b: 25, c: 12 }, 5, outcomes);
    expect([...rows[0]].sort()).toEqual(['a', 'c']);
  });

  it('keeps going until no withheld cell can be recovered, across rows and within them', () => {
    // row 2's b (3) is small: its closed total takes a second part (a), and the totals take row 1's a and b
    const rows = [{ closed: 30, a: 10, b: 8, c: 12 }, { closed: 26, a: 10, b: 3, c: 13 }];
    const result = suppressCells(rows, { closed: 56, a: 20, b: 11, c: 25 }, 5, outcomes);
    expect([...result.rows[1]].sort()).toEqual(['a', 'b']);
    expect([...result.rows[0]].sort()).toEqual(['a', 'b']);
    for (const hidden of result.rows) expect(hidden.size === 0 || hidden.size >= 2).toBe(true);
  });
});
