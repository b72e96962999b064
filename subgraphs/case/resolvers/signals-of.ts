import { batchLoader, perRequest, uuidArray } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { readRows } from '../../shared/read-rows';
import { CaseSignal } from '../entities/case-signal.entity';

/** Signals read together with their cases in this request (see case.queue.ts). */
const primed = new WeakMap<SubgraphContext, Map<string, CaseSignal[]>>();

export function primeSignals(ctx: SubgraphContext, byCase: Array<[string, CaseSignal[]]>): void {
  const known = primed.get(ctx) ?? new Map<string, CaseSignal[]>();
  for (const [caseId, signals] of byCase) known.set(caseId, signals);
  primed.set(ctx, known);
}

const signalsByCase = perRequest((ctx: SubgraphContext) => batchLoader(async (caseIds: string[]) => {
  const rows = await readRows(ctx.em, CaseSignal, `select * from casework.case_signals where case_id = any(?::uuid[]) order by ${signalOrder.join(', ')}`, [uuidArray(caseIds)]);
  const map = new Map<string, CaseSignal[]>(caseIds.map((id) => [id, []]));
  for (const row of rows) map.get(row.caseId!)!.push(row);
  return map;
}));

/** The order a case's signals are shown in (columns of case_signals): as they were received. */
export const signalOrder = ['received_at', 'signal_id'];

/** A case's signals in the order received: those read with the case, else all cases' of this tick in one statement. */
export async function signalsOf(ctx: SubgraphContext, caseId: string): Promise<CaseSignal[]> {
  return primed.get(ctx)?.get(caseId) ?? (await signalsByCase(ctx)(caseId)) ?? [];
}
