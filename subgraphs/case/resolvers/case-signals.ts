import { childLists, uuidArray } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { readRows } from '../../shared/read-rows';
import { CaseSignal } from '../entities/case-signal.entity';

/** The order a case's signals are shown in (columns of case_signals): as they were received. */
export const signalOrder = ['received_at', 'signal_id'];

/** A case's signals in the order received; a queue page reads them with its cases (case.queue.ts). */
export const caseSignals = childLists(
  (ctx: SubgraphContext, caseIds) => readRows(ctx.em, CaseSignal, `select * from casework.case_signals where case_id = any(?::uuid[]) order by ${signalOrder.join(', ')}`, [uuidArray(caseIds)]),
  (signal) => signal.caseId!,
);
