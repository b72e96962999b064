import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../../shared/context';
import { badInput } from '../../shared/errors';
import { DateScalar, isCalendarDate } from '../../shared/scalars';
import { Signal } from '../entities/signal.entity';

@ObjectType({ description: 'One page of the signals of a DDAS delivery' })
export class DdasSignalPage {
  @Field(() => Int) totalCount!: number;
  @Field(() => [Signal]) signals!: Signal[];
}

/** Signals for the national monitor (role cbs): by date of signal, municipality by municipality. */
@Resolver()
export class DdasResolver {
  @Query(() => DdasSignalPage, { description: 'Signals dated from..to of these municipalities, in a stable order (DDAS delivery; role cbs)' })
  async ddasSignals(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('municipalities', () => [String]) municipalities: string[],
    @Arg('offset', () => Int) offset: number,
    @Arg('limit', () => Int) limit: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DdasSignalPage> {
    if (!isCalendarDate(from) || !isCalendarDate(to)) throw badInput('from and to must be real calendar dates written as YYYY-MM-DD');
    if (from > to) throw badInput('from lies after to');
    if (!Number.isInteger(offset) || offset < 0) throw badInput('offset must be 0 or more');
    if (!Number.isInteger(limit) || limit < 1 || limit > 50_000) throw badInput('limit must be from 1 to 50000');
    const known = new Set(ctx.config.municipalities.map((m) => m.code));
    if (municipalities.length > 10 * known.size || municipalities.some((code) => !known.has(code))) {
      throw badInput(`municipalities must be codes of the ${known.size} configured municipalities`);
    }
    const where = { signalDate: { $gte: from, $lte: to }, municipalityCode: { $in: [...new Set(municipalities)] } };
    const [signals, totalCount] = await ctx.em.findAndCount(Signal, where, {
      orderBy: [{ municipalityCode: 'asc' }, { signalDate: 'asc' }, { id: 'asc' }], offset, limit,
    });
    return { signals, totalCount };
  }
}
