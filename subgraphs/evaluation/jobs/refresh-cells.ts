import type { EntityManager } from '@mikro-orm/postgresql';
import { amountCellSelect, caseCellColumns, caseCellSelect, caseDaysCellSelect, inCell, signalCellColumns, signalCellSelect } from '../report/cell-sql';

export interface CellRef { month: string; municipality: string; partnerType: string }

const cellColumns = 'month, municipality_code, partner_type';

/**
 * Recomputes the stored cells a job touched from the facts, so that a report reads a few hundred
 * cells instead of every fact. Cells are locked in one order first: two jobs on one cell take
 * turns, and each recomputes from what the other committed.
 */
export async function refreshSignalCells(em: EntityManager, cells: CellRef[]): Promise<void> {
  for (const cell of await lockCells(em, 'signal', cells)) {
    await replace(em, 'signal_cells', `${cellColumns}, ${signalCellColumns.join(', ')}`, signalCellSelect(inCell('signal_month')), cell);
    await replace(em, 'amount_cells', `${cellColumns}, value, n`, amountCellSelect(inCell('signal_month')), cell);
  }
}

export async function refreshCaseCells(em: EntityManager, cells: CellRef[]): Promise<void> {
  for (const cell of await lockCells(em, 'case', cells)) {
    await replace(em, 'case_cells', `${cellColumns}, ${caseCellColumns.join(', ')}`, caseCellSelect(inCell('opened_month')), cell);
    await replace(em, 'case_day_cells', `${cellColumns}, measure, value, n`, caseDaysCellSelect(inCell('opened_month')), cell);
  }
}

async function replace(em: EntityManager, table: string, columns: string, select: string, cell: CellRef): Promise<void> {
  const key = [cell.month, cell.municipality, cell.partnerType];
  await em.execute(`delete from evaluation.${table} where ${inCell('month')}`, key);
  await em.execute(`insert into evaluation.${table} (${columns}) ${select}`, key);
}

/** Distinct cells in one order, each locked for the rest of the transaction. */
async function lockCells(em: EntityManager, kind: string, cells: CellRef[]): Promise<CellRef[]> {
  const byKey = new Map(cells.map((c) => [`${kind}:${c.month}:${c.municipality}:${c.partnerType}`, c]));
  const keys = [...byKey.keys()].sort();
  for (const key of keys) await em.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
  return keys.map((key) => byKey.get(key)!);
}

/** The cells of rows a statement returned as (month, municipality_code, partner_type). */
export const cellsOf = (rows: Array<Record<string, any>>): CellRef[] =>
  rows.filter((r) => r.month).map((r) => ({ month: String(r.month), municipality: r.municipality_code, partnerType: r.partner_type }));
