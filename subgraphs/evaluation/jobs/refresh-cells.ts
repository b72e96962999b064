import type { EntityManager } from '@mikro-orm/postgresql';
import { amountCellSelect, caseCellColumns, caseCellSelect, caseDaysCellSelect, inCells, signalCellColumns, signalCellSelect } from '../report/cell-sql';

export interface CellRef { month: string; municipality: string; partnerType: string }

const cellColumns = 'month, municipality_code, partner_type';

/**
 * Recomputes the stored cells a job touched from the facts, so that a report reads a few hundred
 * cells instead of every fact. Cells are locked in one order first: two jobs on one cell take
 * turns, and each recomputes from what the other committed.
 */
export async function refreshSignalCells(em: EntityManager, cells: CellRef[]): Promise<void> {
  if (cells.length === 0) return;
  const json = await lockCells(em, 'signal', cells);
  await replace(em, 'signal_cells', `${cellColumns}, ${signalCellColumns.join(', ')}`, signalCellSelect(inCells('signal_month')), json);
  await replace(em, 'amount_cells', `${cellColumns}, value, n`, amountCellSelect(inCells('signal_month')), json);
}

export async function refreshCaseCells(em: EntityManager, cells: CellRef[]): Promise<void> {
  if (cells.length === 0) return;
  const json = await lockCells(em, 'case', cells);
  await replace(em, 'case_cells', `${cellColumns}, ${caseCellColumns.join(', ')}`, caseCellSelect(inCells('opened_month')), json);
  await replace(em, 'case_day_cells', `${cellColumns}, measure, value, n`, caseDaysCellSelect(inCells('opened_month')), json);
}

async function replace(em: EntityManager, table: string, columns: string, select: string, cellsJson: string): Promise<void> {
  await em.execute(`delete from evaluation.${table} where ${inCells('month')}`, [cellsJson]);
  await em.execute(`insert into evaluation.${table} (${columns}) ${select}`, [cellsJson]);
}

async function lockCells(em: EntityManager, kind: string, cells: CellRef[]): Promise<string> {
  const keys = [...new Set(cells.map((c) => `${kind}:${c.month}:${c.municipality}:${c.partnerType}`))].sort();
  await em.execute('select pg_advisory_xact_lock(hashtext(k)) from (select value as k from jsonb_array_elements_text(?::jsonb) order by 1) as s', [JSON.stringify(keys)]);
  return JSON.stringify(cells);
}

/** The cells of rows a statement returned as (month, municipality_code, partner_type). */
export const cellsOf = (rows: Array<Record<string, any>>): CellRef[] =>
  rows.filter((r) => r.month).map((r) => ({ month: String(r.month), municipality: r.municipality_code, partnerType: r.partner_type }));
