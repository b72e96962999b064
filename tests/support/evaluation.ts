import { randomUUID } from 'node:crypto';
import { rowFigures } from '../../subgraphs/evaluation/domain/published-figures';
import type { RecordCaseEventJob } from '../../subgraphs/shared/job-contracts';
import type { TestHub } from './hub';

/** Every figure of an evaluation row, as an analyst's client would ask for it. */
export const evaluationRowFields = `
  municipality partnerType month ${rowFigures.join(' ')} suppressed suppressedFields
  attemptsByChannel { channel attempts attemptsPerCase } outcomes { outcome cases }`;

export function evaluationReport(hub: TestHub, token: string, args: { from: string; to: string; municipality?: string; groupBy?: string[] }) {
  return hub.graphql<{ evaluation: { suppressionThreshold: number; rows: any[]; totals: any } }>(
    token,
    `query Evaluation($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!]) {
       evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) {
         suppressionThreshold rows { ${evaluationRowFields} } totals { ${evaluationRowFields} }
       }
     }`,
    args,
  );
}

type CaseEvent = RecordCaseEventJob extends infer E ? (E extends RecordCaseEventJob ? Omit<E, 'eventId' | 'municipalityCode'> : never) : never;

/** A case event as the case subgraph sends it; keep the returned job to deliver it again. */
export function aCaseEvent(event: CaseEvent, municipalityCode = '0175'): RecordCaseEventJob {
  return { eventId: randomUUID(), municipalityCode, ...event } as RecordCaseEventJob;
}

/** The case the case subgraph attached a signal to. */
export async function caseOfSignal(hub: TestHub, signalId: string): Promise<string> {
  const { rows } = await hub.db.query('select case_id from casework.case_signals where signal_id = $1', [signalId]);
  return rows[0].case_id;
}
