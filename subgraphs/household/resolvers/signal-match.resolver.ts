import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { batchLoader, isUuid, perRequest } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { SignalLink } from '../entities/signal-link.entity';
import { SignalStub } from '../external/signal.stub';

interface Match { household: Household; resident?: Resident }

const matchBySignal = perRequest((ctx: SubgraphContext) => batchLoader(async (signalIds: string[]) => {
  const links = await ctx.em.find(SignalLink, { signalId: { $in: signalIds.filter(isUuid) } });
  const households = await ctx.em.find(Household, { id: { $in: [...new Set(links.map((l) => l.householdId))] } });
  const residents = await ctx.em.find(Resident, { id: { $in: links.flatMap((l) => (l.residentId ? [l.residentId] : [])) } });
  const householdById = new Map(households.map((h) => [h.id, h]));
  const residentById = new Map(residents.map((r) => [r.id, r]));
  return new Map(links.map((l): [string, Match] => [l.signalId, { household: householdById.get(l.householdId)!, resident: l.residentId ? residentById.get(l.residentId) : undefined }]));
}));

/** A signal as this subgraph knows it: whose data it leads to, so that reading it is logged against them. */
export const signalReference = {
  async __resolveReference(ref: { id: string }, ctx: SubgraphContext): Promise<SignalStub & { householdId?: string; residentId?: string }> {
    const match = await matchBySignal(ctx)(ref.id);
    return { id: ref.id, householdId: match?.household?.id, residentId: match?.resident?.id };
  },
};

/** Where a signal was matched: contributed to the signal subgraph's Signal (for consultants and the DDAS delivery). */
@Resolver(() => SignalStub)
export class SignalMatchResolver {
  @FieldResolver(() => Household, { nullable: true, description: 'The household this signal was matched to; null until matched' })
  async household(@Root() signal: SignalStub, @Ctx() ctx: SubgraphContext): Promise<Household | null> {
    return (await matchBySignal(ctx)(signal.id))?.household ?? null;
  }

  @FieldResolver(() => Resident, { nullable: true, description: 'The resident this signal is about (the DDAS client reads its BSN); null until matched or once erased' })
  @Directive('@personal')
  async resident(@Root() signal: SignalStub, @Ctx() ctx: SubgraphContext): Promise<Resident | null> {
    return (await matchBySignal(ctx)(signal.id))?.resident ?? null;
  }
}
