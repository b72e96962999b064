import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '../../shared/batch-loader';
import { today } from '../../shared/clock';
import type { SubgraphContext } from '../../shared/context';
import { Municipality, municipalityByCode } from '../../shared/municipality.type';
import { Case } from '../entities/case.entity';
import { CaseStatus } from '../domain/case-status';
import { HouseholdStub } from '../external/household.stub';
import { SignalStub, type ProvidedSignal } from '../external/signal.stub';
import { CaseConnection, CaseFilter } from './case.connection';
import { caseQueue } from './case.queue';
import { caseSignals } from './case-signals';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: "The consultant's work queue: crisis first, then the nearest deadline" })
  cases(
    @Ctx() ctx: SubgraphContext,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CaseConnection> {
    return caseQueue(ctx, filter, first, after);
  }

  @Query(() => Case, { nullable: true, description: 'One case of your own municipality' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Case | null> {
    const kase = isUuid(id) ? await ctx.em.findOne(Case, { id, municipalityCode: ctx.viewer.municipality }) : null;
    // Probing ids (another municipality's, or made up) leaves a trace for the privacy officer.
    if (!kase) ctx.accessLog?.record('read', 'Case', id, 'Query.case', false);
    return kase;
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() kase: Case, @Ctx() ctx: SubgraphContext): Municipality {
    return municipalityByCode(ctx.config, kase.municipalityCode);
  }

  @FieldResolver(() => HouseholdStub)
  household(@Root() kase: Case): HouseholdStub {
    return { id: kase.householdId };
  }

  // The signal facts the queue shows come from this subgraph's own copy: no `_entities` trip
  // to the signal subgraph for the page's signals.
  @FieldResolver(() => [SignalStub])
  @Directive('@provides(fields: "partnerType signalDate arrearsSince amountEuro")')
  async signals(@Root() kase: Case, @Ctx() ctx: SubgraphContext): Promise<ProvidedSignal[]> {
    return (await caseSignals.of(ctx, kase.id)).map((s) => ({
      id: s.signalId, partnerType: s.partnerType, signalDate: s.signalDate, arrearsSince: s.arrearsSince, amountEuro: s.amountEuro,
      municipalityCode: s.municipalityCode, partnerCode: s.partnerCode,
    }));
  }

  @FieldResolver(() => Boolean, { description: 'Past contactDueBy without any contact attempt' })
  overdue(@Root() kase: Case, @Ctx() ctx: SubgraphContext): boolean {
    return kase.status !== CaseStatus.CLOSED && !kase.firstAttemptOn && kase.contactDueBy < today(ctx.clock);
  }
}

@Resolver(() => CaseConnection)
export class CaseConnectionResolver {
  @FieldResolver(() => Int, { description: 'Cases that meet the filter, on all pages' })
  totalCount(@Root() connection: CaseConnection): Promise<number> {
    return connection.countAll();
  }
}
