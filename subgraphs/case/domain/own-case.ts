import { LockMode } from '@mikro-orm/core';
import { isUuid } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { invalidTransition, notFound } from '../../shared/errors';
import { Case } from '../entities/case.entity';
import { CaseStatus } from './case-status';

/** A case of the consultant's own municipality; another municipality's case does not exist for them. */
export async function loadOwnCase(ctx: SubgraphContext, id: string, lockMode?: LockMode): Promise<Case> {
  const kase = isUuid(id) ? await ctx.em.findOne(Case, { id, municipalityCode: ctx.viewer.municipality }, { lockMode }) : null;
  if (!kase) {
    // Probing ids (another municipality's, or made up) leaves a trace for the privacy officer.
    ctx.accessLog?.record('write', 'Case', id, 'Case', false);
    throw notFound('No case with this id in your municipality');
  }
  return kase;
}

/**
 * An open case to change, its row locked for the rest of the transaction: a consultant's action and
 * a partner's withdrawal (case.withdraw_signal) or another consultant's action take turns, and the
 * later one sees what the earlier one did (a close: INVALID_TRANSITION).
 */
export async function loadOpenCase(ctx: SubgraphContext, id: string): Promise<Case> {
  const kase = await loadOwnCase(ctx, id, LockMode.PESSIMISTIC_WRITE);
  if (kase.status === CaseStatus.CLOSED) throw invalidTransition('This case is closed; it accepts no further changes');
  return kase;
}
