import type { RecordCaseEventJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';

/** Keeps each case event once (delivery is at least once); indicators are computed from these facts. */
export async function recordCaseEvent(job: RecordCaseEventJob, { em }: JobContext): Promise<void> {
  const { eventId, caseId, municipalityCode, kind, occurredOn, ...details } = job;
  await em.execute(
    `insert into evaluation.case_events (event_id, case_id, municipality_code, kind, occurred_on, details)
     values (?, ?, ?, ?, ?, ?::jsonb) on conflict (event_id) do nothing`,
    [eventId, caseId, municipalityCode, kind, occurredOn, JSON.stringify(details)],
  );
}
