import type { EntityManager } from '@mikro-orm/postgresql';
import type { MunicipalityConfig } from '../../../config';
import { SignalStatus } from '../../shared/enums';
import type { AttachSignalJob } from '../../shared/job-contracts';
import { CaseSignal } from '../entities/case-signal.entity';

export interface MatchingVerdict {
  /** NOT_YET_PICKED_UP: the signal opens or joins a case; otherwise the reason it does not. */
  status: SignalStatus;
  consecutive: boolean;
}

/** An earlier signal still waiting, or withdrawn, was not handled: a new one is no repeat of it. */
const unhandled = [SignalStatus.NOT_YET_PICKED_UP, SignalStatus.WITHDRAWN];

/** DOMAIN.md "Matching": below threshold, repeat and consecutive, decided from this household's earlier signals. */
export async function judgeSignal(em: EntityManager, job: AttachSignalJob, norms: MunicipalityConfig): Promise<MatchingVerdict> {
  const received = new Date(job.receivedAt);
  const earlier = (await em.find(CaseSignal, { householdId: job.householdId, signalDate: { $gte: monthsBefore(job.signalDate, 6) } }))
    .filter((s) => s.signalId !== job.signalId && (s.signalDate < job.signalDate || s.receivedAt < received));
  const consecutive = earlier.length > 0;
  if (job.amountEuro < norms.minimumAmountEuro) return { status: SignalStatus.NOT_PICKED_UP_INVALID, consecutive };
  const windowStart = received.getTime() - norms.repeatWindowDays * 86_400_000;
  const repeat = (await em.find(CaseSignal, { householdId: job.householdId, partnerCode: job.partnerCode, arrearsSince: job.arrearsSince }))
    .some((s) => s.signalId !== job.signalId && !unhandled.includes(s.status) && s.receivedAt.getTime() >= windowStart
      && s.receivedAt <= received && job.amountEuro <= s.amountEuro);
  return { status: repeat ? SignalStatus.NOT_PICKED_UP_REPEAT : SignalStatus.NOT_YET_PICKED_UP, consecutive };
}

export function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}
