import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../../shared/context';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/connection';
import { Signal } from '../entities/signal.entity';
import { reportSignals } from '../domain/report-signals';
import { ReportSignalsResult } from './report-signals.result';
import { SignalConnection } from './signal.connection';
import { SignalInput } from './signal.inputs';

@Resolver(() => Signal)
export class SignalResolver {
  @Mutation(() => ReportSignalsResult, { description: 'Report up to 1000 signals; idempotent per externalId' })
  async reportSignals(@Arg('signals', () => [SignalInput]) signals: SignalInput[], @Ctx() ctx: SubgraphContext): Promise<ReportSignalsResult> {
    const partner = ctx.config.partners.find((p) => p.code === ctx.viewer.org)!;
    return reportSignals(partner, signals, ctx);
  }

  @Query(() => SignalConnection, { description: "The calling partner's own signals, newest first, with feedback" })
  async mySignals(
    @Ctx() ctx: SubgraphContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<SignalConnection> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']) as [string, string] | undefined;
    const where = cursor
      ? { partnerCode: ctx.viewer.org, $or: [{ receivedAt: { $lt: new Date(cursor[0]) } }, { receivedAt: new Date(cursor[0]), id: { $lt: cursor[1] } }] }
      : { partnerCode: ctx.viewer.org };
    const rows = await ctx.em.find(Signal, where, { orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({ node, cursor: encodeCursor([node.receivedAt.toISOString(), node.id]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor } };
  }
}
