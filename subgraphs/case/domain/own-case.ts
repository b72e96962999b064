import { isUuid } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { invalidTransition, notFound } from '../../shared/errors';
import { Case } from '../entities/case.entity';
import { CaseStatus } from './case-status';

/** A case of the consultant's own municipality; another municipality's case does not exist for them. */
export async function loadOwnCase(ctx: SubgraphContext, id: string): Promise<Case> {
  const kase = isUuid(id) ? await ctx.em.findOne(Case, { id, municipalityCode: ctx.viewer.municipality }) : null;
  if (!kase) {
    // Probing ids (another municipality's, or made up) leaves a trace for the privacy officer.
    ctx.accessLog?.record('write', 'Case', id, 'Case', false);
    throw notFound('No case with this id in your municipality');
  }
  return kase;
}

export async function loadOpenCase(ctx: SubgraphContext, id: string): Promise<Case> {
  const kase = await loadOwnCase(ctx, id);
  if (kase.status === CaseStatus.CLOSED) throw invalidTransition('This case is closed; it accepts no further changes');
  return kase;
}
