import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { batchLoader, perRequest } from '../../shared/batch-loader';
import type { SubgraphContext } from '../../shared/context';
import { addCaseNote, closeCase, pickUpCase, recordContactAttempt } from '../domain/actions';
import { CaseNote } from '../entities/case-note.entity';
import { Case } from '../entities/case.entity';
import { CaseOutcome } from '../domain/case-status';
import { ContactAttempt } from '../entities/contact-attempt.entity';
import { ContactAttemptInput } from './casework.inputs';

function childrenByCase<T extends { caseId: string }>(entity: new () => T, orderBy: Record<string, 'asc'>) {
  return perRequest((ctx: SubgraphContext) => batchLoader(async (caseIds: string[]) => {
    const rows = await ctx.em.find(entity, { caseId: { $in: caseIds } } as FilterQuery<T>, { orderBy: orderBy as QueryOrderMap<T> });
    const map = new Map<string, T[]>(caseIds.map((id) => [id, []]));
    for (const row of rows) map.get(row.caseId)!.push(row);
    return map;
  }));
}

const attemptsByCase = childrenByCase(ContactAttempt, { date: 'asc', recordedAt: 'asc' });
const notesByCase = childrenByCase(CaseNote, { createdAt: 'asc' });

function ofHousehold<T extends { householdId?: string }>(kase: Case, rows: T[]): T[] {
  for (const row of rows) row.householdId = kase.householdId;
  return rows;
}

/** The consultant's actions on a case, and the case's attempts and notes. */
@Resolver(() => Case)
export class CaseworkResolver {
  @Mutation(() => Case, { description: 'Assign the case to me; its waiting signals become PICKED_UP' })
  pickUpCase(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Case> {
    return pickUpCase(ctx, id);
  }

  @Mutation(() => Case)
  recordContactAttempt(
    @Arg('caseId', () => ID) caseId: string, @Arg('attempt', () => ContactAttemptInput) attempt: ContactAttemptInput, @Ctx() ctx: SubgraphContext,
  ): Promise<Case> {
    return recordContactAttempt(ctx, caseId, attempt);
  }

  @Mutation(() => Case)
  addCaseNote(@Arg('caseId', () => ID) caseId: string, @Arg('text', () => String) text: string, @Ctx() ctx: SubgraphContext): Promise<Case> {
    return addCaseNote(ctx, caseId, text);
  }

  @Mutation(() => Case, { description: "Close the case with a DDAS outcome; its signals' statuses follow from it" })
  closeCase(@Arg('caseId', () => ID) caseId: string, @Arg('outcome', () => CaseOutcome) outcome: CaseOutcome, @Ctx() ctx: SubgraphContext): Promise<Case> {
    return closeCase(ctx, caseId, outcome);
  }

  @FieldResolver(() => [ContactAttempt])
  async contactAttempts(@Root() kase: Case, @Ctx() ctx: SubgraphContext): Promise<ContactAttempt[]> {
    return ofHousehold(kase, (await attemptsByCase(ctx)(kase.id)) ?? []);
  }

  @FieldResolver(() => [CaseNote])
  @Directive('@personal')
  async notes(@Root() kase: Case, @Ctx() ctx: SubgraphContext): Promise<CaseNote[]> {
    return ofHousehold(kase, (await notesByCase(ctx)(kase.id)) ?? []);
  }
}
