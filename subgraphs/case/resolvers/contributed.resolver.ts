import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { batchLoader, isUuid, perRequest } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { CaseSignal } from '../entities/case-signal.entity';
import { Case } from '../entities/case.entity';
import { HouseholdStub } from '../external/household.stub';
import { SignalStub } from '../external/signal.stub';

const caseBySignal = perRequest((ctx: SubgraphContext) => batchLoader(async (signalIds: string[]) => {
  const links = await ctx.em.find(CaseSignal, { signalId: { $in: signalIds.filter(isUuid) }, caseId: { $ne: null } });
  // A consultant sees only cases of their municipality; the DDAS client (cbs) every municipality's.
  const scope = ctx.viewer.role === 'cbs' ? {} : { municipalityCode: ctx.viewer.municipality };
  const cases = await ctx.em.find(Case, { id: { $in: links.map((l) => l.caseId!) }, ...scope });
  const byId = new Map(cases.map((c) => [c.id, c]));
  return new Map(links.map((l) => [l.signalId, byId.get(l.caseId!)]));
}));

/** The `case` field this subgraph contributes to the signal subgraph's Signal. */
@Resolver(() => SignalStub)
export class SignalCaseResolver {
  @FieldResolver(() => Case, { nullable: true, description: 'The case this signal joined (consultants only)' })
  async case(@Root() signal: SignalStub, @Ctx() ctx: SubgraphContext): Promise<Case | null> {
    return (await caseBySignal(ctx)(signal.id)) ?? null;
  }
}

/** The `cases` field this subgraph contributes to the household subgraph's Household. */
@Resolver(() => HouseholdStub)
export class HouseholdCasesResolver {
  @FieldResolver(() => [Case])
  async cases(@Root() household: HouseholdStub, @Ctx() ctx: SubgraphContext): Promise<Case[]> {
    if (!isUuid(household.id)) return [];
    // Consultants see their municipality's cases; the privacy officer (access request) all of one household's.
    const scope = ctx.viewer.role === 'consultant' ? { municipalityCode: ctx.viewer.municipality } : {};
    return ctx.em.find(Case, { householdId: household.id, ...scope }, { orderBy: { openedAt: 'desc' } });
  }
}
