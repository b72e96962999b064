import { uuidArray } from '../../shared/batch-loader';
import { readRows } from '../../shared/read-rows';
import { referenceById } from '../../shared/reference';
import { Signal } from '../entities/signal.entity';

export const signalReference = referenceById((ctx, ids) =>
  readRows(ctx.em, Signal, 'select * from signal.signal where id = any(?::uuid[])', [uuidArray(ids)]));
