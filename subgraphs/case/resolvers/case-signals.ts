import { childLists, uuidArray } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { readRows } from '../../shared/read-rows';
import { CaseSignal } from '../entities/case-signal.entity';

/**
 * A case's signals in the order received, for all cases of a page in one statement. (Reading them
 * with the page's cases as JSON, as the household subgraph reads residents, cost the database more
 * than the second statement saved: 250 signals per page against 50 residents.)
 */
export const caseSignals = childLists(
  (ctx: SubgraphContext, caseIds) => readRows(ctx.em, CaseSignal, 'select * from casework.case_signals where case_id = any(?::uuid[]) order by received_at, signal_id', [uuidArray(caseIds)]),
  (signal) => signal.caseId!,
);
