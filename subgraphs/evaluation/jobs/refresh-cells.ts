import type { EntityManager } from '@mikro-orm/postgresql';
import { tasks, type Trigger } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { amountCellSelect, caseCellColumns, caseCellSelect, caseDaysCellSelect, inCell, signalCellColumns, signalCellSelect } from '../domain/cell-sql';

export interface CellRef { month: string; municipality: string; partnerType: string }

const cellColumns = 'month, municipality_code, partner_type';

/**
 * Marks the cells a fact changed as stale and queues one refresh for all of them, a moment later:
 * a batch of a thousand signals costs a few recomputations of its cells, not a thousand. An
 * already stale cell is updated, not skipped: a refresh taking it then waits for this transaction.
 */
export async function markCellsStale(em: EntityManager, cells: Array<CellRef & { kind: 'signal' | 'case' }>): Promise<void> {
  if (cells.length === 0) return;
  const marked: Array<{ fresh: boolean }> = await em.execute(`
    insert into evaluation.stale_cells (kind, ${cellColumns})
    select distinct c->>'kind', (c->>'month')::date, c->>'municipality', c->>'partnerType' from jsonb_array_elements(?::jsonb) as c
    order by 1, 2, 3, 4
    on conflict (kind, ${cellColumns}) do update set kind = excluded.kind
    returning xmax = 0 as fresh`, [JSON.stringify(cells)]);
  // A cell that was stale already has its refresh queued (or waiting for this transaction).
  if (!marked.some((m) => m.fresh)) return;
  await em.execute(`select graphile_worker.add_job(?, '{}'::json, job_key => ?, job_key_mode => 'preserve_run_at',
    run_at => now() + interval '300 milliseconds', max_attempts => 25)`, [tasks.refreshCells, tasks.refreshCells]);
}

export const ofKind = (kind: 'signal' | 'case', cells: CellRef[]) => cells.map((cell) => ({ ...cell, kind }));

/** The refresh job: takes every stale cell (others mark new ones meanwhile) and recomputes it. */
export async function refreshStaleCells(_payload: Trigger, { em }: JobContext): Promise<void> {
  const stale: Array<Record<string, any>> = await em.execute(
    `delete from evaluation.stale_cells returning kind, month::text as month, ${cellColumns.replace('month, ', '')}`);
  await refreshSignalCells(em, cellsOf(stale.filter((c) => c.kind === 'signal')));
  await refreshCaseCells(em, cellsOf(stale.filter((c) => c.kind === 'case')));
}

/**
 * Recomputes stored cells from the facts, so that a report reads a few hundred cells instead of
 * every fact. Cells are locked in one order first: two refreshes of one cell take turns, and each
 * recomputes from what the other committed.
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
