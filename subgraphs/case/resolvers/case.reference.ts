import { referenceById, stubReference } from '../../shared/reference';
import { Case } from '../entities/case.entity';

export const caseReferences = {
  Case: referenceById((ctx, ids) => ctx.em.find(Case, { id: { $in: ids } })),
  Signal: stubReference,
  Household: stubReference,
};
