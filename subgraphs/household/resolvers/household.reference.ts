import { uuidArray } from '../../shared/batch-loader';
import { readRows } from '../../shared/read-rows';
import { referenceById } from '../../shared/reference';
import { Household } from '../entities/household.entity';

export const householdReference = referenceById((ctx, ids) =>
  readRows(ctx.em, Household, 'select * from household.household where id = any(?::uuid[])', [uuidArray(ids)]));
