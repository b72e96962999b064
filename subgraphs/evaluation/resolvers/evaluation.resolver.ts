import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../../shared/context';
import { DateScalar } from '../../shared/scalars';
import { buildReport, type MedianKind } from '../domain/build-report';
import { EvaluationDimension, EvaluationReport } from './evaluation.types';
import { requestsAnyField } from '../../shared/requested-fields';

/** The figures that need value histograms, the costly part of a report spanning several cells: each kind only when asked. */
const medianFields: Record<MedianKind, readonly string[]> = {
  amount: ['medianAmountEuro'],
  days: ['medianDaysToFirstAttempt', 'medianDaysToFirstContact'],
};

@Resolver()
export class EvaluationResolver {
  @Query(() => EvaluationReport, { description: 'Aggregates over signals dated from..to (inclusive); no personal data' })
  evaluation(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('municipality', () => String, { nullable: true }) municipality?: string,
    @Arg('groupBy', () => [EvaluationDimension], { nullable: true }) groupBy?: EvaluationDimension[],
  ): Promise<EvaluationReport> {
    const medians = (Object.keys(medianFields) as MedianKind[]).filter((kind) => requestsAnyField(info, medianFields[kind]));
    return buildReport(ctx.em, ctx.config, { from, to, municipality, groupBy: groupBy ?? [], medians });
  }
}
