import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordCaseEventJob } from '../../shared/job-contracts';
import type { JobContext } from '../../shared/worker';
import { contactChannels } from '../domain/outcomes';
import { caseNow } from '../domain/merged-cases';
import { cellsOf, markCellsStale, ofKind } from './refresh-cells';

/**
 * Folds one case event into the case's facts. Idempotent per eventId: the event row is the
 * guard, so a redelivered event changes nothing. Every fold is order-independent (earliest
 * date, counter), so events may arrive in any order, also before the case's signal fact.
 */
export async function recordCaseEvent(sent: RecordCaseEventJob, { em }: JobContext): Promise<void> {
  // An event of a case merged into another (case.merge_households) counts for the one that holds its signals now.
  const job = { ...sent, caseId: (await caseNow(em, sent.caseId)).caseId };
  const { eventId, caseId, municipalityCode, kind, occurredOn, ...details } = job;
  const fresh: unknown[] = await em.execute(`
    insert into evaluation.case_events (event_id, case_id, municipality_code, kind, occurred_on, details)
    values (?, ?, ?, ?, ?, ?::jsonb) on conflict (event_id) do nothing returning event_id`,
  [eventId, caseId, municipalityCode, kind, occurredOn, JSON.stringify(details)]);
  if (fresh.length === 0) return;
  if (job.kind === 'SIGNAL_STATUS') return recordSignalStatus(em, job);
  await em.execute('insert into evaluation.case_facts (case_id) values (?) on conflict do nothing', [caseId]);
  const [sql, params] = caseFold(job);
  const updated = await em.execute(`update evaluation.case_facts set ${sql} where case_id = ?
    returning opened_month::text as month, municipality_code, partner_type`, [...params, caseId]);
  await markCellsStale(em, ofKind('case', cellsOf(updated)));
}

function caseFold(job: RecordCaseEventJob): [string, unknown[]] {
  const earliest = (column: string) => `${column} = least(${column}, ?::date)`;
  switch (job.kind) {
    case 'PICKED_UP': return [earliest('picked_up_on'), [job.occurredOn]];
    case 'CLOSED': return [
      'outcome = case when closed_on is null or ?::date >= closed_on then ? else outcome end, closed_on = greatest(closed_on, ?::date)',
      [job.occurredOn, job.outcome, job.occurredOn]];
    case 'CONTACT_ATTEMPT': {
      const slot = contactChannels.indexOf(job.channel as never) + 1 || contactChannels.indexOf('UNKNOWN' as never) + 1;
      const attempt = `attempts[${slot}] = coalesce(attempts[${slot}], 0) + 1, ${earliest('first_attempt_on')}`;
      return job.reached ? [`${attempt}, ${earliest('first_contact_on')}`, [job.occurredOn, job.occurredOn]] : [attempt, [job.occurredOn]];
    }
    default: throw new Error(`Unknown case event kind ${(job as { kind: string }).kind}`);
  }
}

/** The latest reported status of each signal is its status in the report. */
async function recordSignalStatus(em: EntityManager, job: Extract<RecordCaseEventJob, { kind: 'SIGNAL_STATUS' }>): Promise<void> {
  await em.execute(`
    insert into evaluation.signal_status_changes (event_id, signal_id, status, occurred_on)
    select ?, id::uuid, ?, ? from jsonb_array_elements_text(?::jsonb) as id on conflict do nothing`,
  [job.eventId, job.status, job.occurredOn, JSON.stringify(job.signalIds)]);
  const updated = await em.execute(`
    update evaluation.signal_facts f
       set status = (select c.status from evaluation.signal_status_changes c where c.signal_id = f.signal_id
                      order by c.occurred_on desc, c.seq desc limit 1)
     where f.signal_id in (select id::uuid from jsonb_array_elements_text(?::jsonb) as id)
    returning signal_month::text as month, municipality_code, partner_type`, [JSON.stringify(job.signalIds)]);
  await markCellsStale(em, ofKind('signal', cellsOf(updated)));
}
