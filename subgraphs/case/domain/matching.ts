import type { MunicipalityConfig } from '../../../config';
import { SignalStatus } from '../../shared/enums';
import type { AttachSignalJob } from '../../shared/job-contracts';
import type { CaseSignal } from '../entities/case-signal.entity';

export interface MatchingVerdict {
  /** NOT_YET_PICKED_UP: the signal opens or joins a case; otherwise the reason it does not. */
  status: SignalStatus;
  consecutive: boolean;
}

/** An earlier signal still waiting, or withdrawn, was not handled: a new one is no repeat of it. */
const unhandled = [SignalStatus.NOT_YET_PICKED_UP, SignalStatus.WITHDRAWN];

/** How far back a signal's history must reach for `judgeSignal`: the consecutive and repeat windows. */
export function historyStart(job: AttachSignalJob, norms: MunicipalityConfig): { signalDate: string; receivedAt: Date } {
  return { signalDate: monthsBefore(job.signalDate, 6), receivedAt: new Date(new Date(job.receivedAt).getTime() - norms.repeatWindowDays * 86_400_000) };
}

/**
 * DOMAIN.md "Matching": below threshold, repeat and consecutive, decided from this household's
 * earlier signals (`history`: at least those since `historyStart`, in any order).
 */
export function judgeSignal(history: CaseSignal[], job: AttachSignalJob, norms: MunicipalityConfig): MatchingVerdict {
  const received = new Date(job.receivedAt);
  const consecutive = isConsecutive(history, { signalId: job.signalId, signalDate: job.signalDate, receivedAt: received });
  if (job.amountEuro < norms.minimumAmountEuro) return { status: SignalStatus.NOT_PICKED_UP_INVALID, consecutive };
  const windowStart = received.getTime() - norms.repeatWindowDays * 86_400_000;
  const repeat = history.some((s) => s.partnerCode === job.partnerCode && s.arrearsSince === job.arrearsSince
    && s.signalId !== job.signalId && !unhandled.includes(s.status) && s.receivedAt.getTime() >= windowStart
    && s.receivedAt <= received && job.amountEuro <= s.amountEuro);
  return { status: repeat ? SignalStatus.NOT_PICKED_UP_REPEAT : SignalStatus.NOT_YET_PICKED_UP, consecutive };
}

/** DDAS "opeenvolgend": `history` (signals the hub had when this one arrived) holds an earlier signal of the previous 6 months. */
export function isConsecutive(history: CaseSignal[], signal: Pick<CaseSignal, 'signalId' | 'signalDate' | 'receivedAt'>): boolean {
  const since = monthsBefore(signal.signalDate, 6);
  return history.some((s) => s.signalDate >= since && s.signalId !== signal.signalId
    && (s.signalDate < signal.signalDate || s.receivedAt < signal.receivedAt));
}

export function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
