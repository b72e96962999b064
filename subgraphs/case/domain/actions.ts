import { today } from '../../shared/clock';
import type { SubgraphContext } from '../../shared/context';
import { badInput } from '../../shared/errors';
import { SignalStatus } from '../../shared/enums';
import { CaseNote } from '../entities/case-note.entity';
import { CaseSignal } from '../entities/case-signal.entity';
import { Case } from '../entities/case.entity';
import { CaseOutcome, CaseStatus } from './case-status';
import { ContactAttempt } from '../entities/contact-attempt.entity';
import type { ContactAttemptInput } from '../resolvers/casework.inputs';
import { CaseEffects } from './case-effects';
import { loadOpenCase } from './own-case';
import { isPickedUpOutcome, signalStatusFor } from './signal-outcomes';

/** Runs one consultant action in a transaction together with the jobs it causes. */
function inTransaction(ctx: SubgraphContext, work: (tx: SubgraphContext, effects: CaseEffects) => Promise<Case>): Promise<Case> {
  return ctx.em.transactional(async (em) => {
    const effects = new CaseEffects();
    const kase = await work({ ...ctx, em }, effects);
    await em.flush();
    await effects.enqueue(em);
    return kase;
  });
}

/** Signals of the case that still wait for a decision (not withdrawn, not decided). */
async function openSignalIds(ctx: SubgraphContext, kase: Case): Promise<string[]> {
  const signals = await ctx.em.find(CaseSignal, { caseId: kase.id, status: SignalStatus.NOT_YET_PICKED_UP });
  return signals.map((s) => s.signalId);
}

export function pickUpCase(ctx: SubgraphContext, id: string): Promise<Case> {
  return inTransaction(ctx, async (tx, effects) => {
    const kase = await loadOpenCase(tx, id);
    kase.assignee = tx.viewer.sub;
    if (kase.status === CaseStatus.PICKED_UP) return kase;
    kase.status = CaseStatus.PICKED_UP;
    kase.pickedUpAt = tx.clock.now();
    const on = today(tx.clock);
    const signalIds = await openSignalIds(tx, kase);
    await tx.em.nativeUpdate(CaseSignal, { signalId: { $in: signalIds } }, { status: SignalStatus.PICKED_UP });
    effects.event(kase, { kind: 'PICKED_UP', occurredOn: on }).signalStatus(kase, signalIds, SignalStatus.PICKED_UP, on);
    return kase;
  });
}

export function recordContactAttempt(ctx: SubgraphContext, caseId: string, input: ContactAttemptInput): Promise<Case> {
  return inTransaction(ctx, async (tx, effects) => {
    const kase = await loadOpenCase(tx, caseId);
    const note = input.note?.trim() || undefined;
    if (input.date > today(tx.clock)) throw badInput('The attempt date lies in the future');
    if (input.date < kase.openedAt.toISOString().slice(0, 10)) throw badInput('The attempt date lies before the case was opened');
    if (note && note.length > 2000) throw badInput('A note is at most 2000 characters');
    tx.em.create(ContactAttempt, {
      caseId: kase.id, municipalityCode: kase.municipalityCode, channel: input.channel, reached: input.reached, date: input.date,
      dayPart: input.dayPart ?? undefined, note, recordedBy: tx.viewer.sub, recordedAt: tx.clock.now(),
    });
    if (!kase.firstAttemptOn || input.date < kase.firstAttemptOn) kase.firstAttemptOn = input.date;
    effects.event(kase, { kind: 'CONTACT_ATTEMPT', occurredOn: input.date, channel: input.channel, reached: input.reached, dayPart: input.dayPart ?? undefined });
    return kase;
  });
}

export function addCaseNote(ctx: SubgraphContext, caseId: string, text: string): Promise<Case> {
  return inTransaction(ctx, async (tx) => {
    const kase = await loadOpenCase(tx, caseId);
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > 10_000) throw badInput('A note is 1 to 10000 characters');
    tx.em.create(CaseNote, { caseId: kase.id, municipalityCode: kase.municipalityCode, text: trimmed, author: tx.viewer.sub, createdAt: tx.clock.now() });
    return kase;
  });
}

export function closeCase(ctx: SubgraphContext, caseId: string, outcome: CaseOutcome): Promise<Case> {
  return inTransaction(ctx, async (tx, effects) => {
    const kase = await loadOpenCase(tx, caseId);
    const on = today(tx.clock);
    const status = signalStatusFor(outcome);
    if (isPickedUpOutcome(outcome) && !kase.pickedUpAt) {
      kase.pickedUpAt = tx.clock.now();
      kase.assignee ??= tx.viewer.sub;
    }
    kase.status = CaseStatus.CLOSED;
    kase.outcome = outcome;
    kase.closedAt = tx.clock.now();
    const decided = await tx.em.find(CaseSignal, { caseId: kase.id, status: { $ne: SignalStatus.WITHDRAWN } });
    const ids = decided.map((s) => s.signalId);
    await tx.em.nativeUpdate(CaseSignal, { signalId: { $in: ids } }, { status });
    effects.event(kase, { kind: 'CLOSED', occurredOn: on, outcome }).signalStatus(kase, ids, status, on, true);
    return kase;
  });
}

