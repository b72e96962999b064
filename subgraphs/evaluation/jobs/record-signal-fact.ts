import { createHmac } from 'node:crypto';
import type { PartnerType } from '../../shared/enums';
import type { RecordSignalFactJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { SignalFact } from '../entities/signal-fact.entity';

/** Records a signal's pseudonymous fact. Idempotent: a second delivery changes nothing. */
export async function recordSignalFact(job: RecordSignalFactJob, { em, config }: JobContext): Promise<void> {
  const householdKey = createHmac('sha256', config.privacy.evaluationPseudonymKey).update(job.householdId).digest('hex');
  await em.upsert(SignalFact, {
    signalId: job.signalId, municipalityCode: job.municipalityCode, partnerType: job.partnerType as PartnerType,
    signalDate: job.signalDate, amountEuro: job.amountEuro, householdKey, caseId: job.caseId ?? undefined,
    openedCase: job.openedCase, status: job.status,
  });
}
