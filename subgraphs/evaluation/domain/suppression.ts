/** Published counts of one row (or of the totals), by field name. */
export type Cells = Record<string, number>;

/** Counts that add up to another count of the same row (e.g. outcomes to closed cases). */
export interface Partition { total: string; parts: string[] }

export interface Suppression { rows: Array<Set<string>>; totals: Set<string> }

/**
 * Small-cell suppression: every count below the threshold is withheld. Then complementary
 * suppression: wherever a visible total and its visible other parts would reveal a single
 * withheld part (within a row, or across the rows against the totals row), the smallest visible
 * part is withheld too. Repeated until nothing changes, as each new cell may expose another.
 */
export function suppressCells(rows: Cells[], totals: Cells, threshold: number, partitions: Partition[]): Suppression {
  const hidden = (cells: Cells) => new Set(Object.keys(cells).filter((key) => cells[key] < threshold));
  const result: Suppression = { rows: rows.map(hidden), totals: hidden(totals) };
  const tables = [...rows.map((cells, i) => ({ cells, hidden: result.rows[i] })), { cells: totals, hidden: result.totals }];
  for (let changed = true; changed;) {
    changed = false;
    for (const table of tables) {
      for (const { total, parts } of partitions) {
        if (table.hidden.has(total)) continue;
        changed = complement(parts.map((key) => ({ value: table.cells[key], hidden: table.hidden, key }))) || changed;
      }
    }
    if (rows.length < 2) continue;
    for (const key of Object.keys(totals)) {
      if (result.totals.has(key)) continue;
      changed = complement(rows.map((cells, i) => ({ value: cells[key], hidden: result.rows[i], key }))) || changed;
    }
  }
  return result;
}

interface Part { value: number; hidden: Set<string>; key: string }

/** Withholds the smallest visible part when exactly one part of a visible total is withheld. */
function complement(parts: Part[]): boolean {
  const withheld = parts.filter((p) => p.hidden.has(p.key));
  if (withheld.length !== 1) return false;
  const visible = parts.filter((p) => !p.hidden.has(p.key));
  if (visible.length === 0) return false;
  const smallest = visible.reduce((a, b) => (b.value < a.value ? b : a));
  smallest.hidden.add(smallest.key);
  return true;
}
