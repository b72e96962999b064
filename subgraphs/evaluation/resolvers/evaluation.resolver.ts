import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../../shared/context';
import { DateScalar } from '../../shared/scalars';
import { buildReport } from '../domain/build-report';
import { EvaluationDimension, EvaluationReport } from './evaluation.types';

@Resolver()
export class EvaluationResolver {
  @Query(() => EvaluationReport, { description: 'Aggregates over signals dated from..to (inclusive); no personal data' })
  evaluation(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: SubgraphContext,
    @Arg('municipality', () => String, { nullable: true }) municipality?: string,
    @Arg('groupBy', () => [EvaluationDimension], { nullable: true }) groupBy?: EvaluationDimension[],
  ): Promise<EvaluationReport> {
    return buildReport(ctx.em, ctx.config, { from, to, municipality, groupBy: groupBy ?? [] });
  }
}
