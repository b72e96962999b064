import { randomUUID } from 'node:crypto';
import { rowFigures, type RowFigure } from '../../subgraphs/evaluation/domain/published-figures';
import type { RecordCaseEventJob } from '../../subgraphs/shared/job-contracts';
import type { TestHub } from './hub';

type Figure = number | null;

/** An evaluation row with every figure, as `evaluationRowFields` asks for it. */
export type EvaluationRowFigures = Record<RowFigure, Figure> & {
  municipality: string | null; partnerType: string | null; month: string | null; suppressed: boolean; suppressedFields: string[];
  attemptsByChannel: Array<{ channel: string; attempts: Figure; attemptsPerCase: Figure }>;
  outcomes: Array<{ outcome: string; cases: Figure }>;
};

/** Every figure of an evaluation row, as an analyst's client would ask for it. */
export const evaluationRowFields = `
  municipality partnerType month ${rowFigures.join(' ')} suppressed suppressedFields
  attemptsByChannel { channel attempts attemptsPerCase } outcomes { outcome cases }`;

export function evaluationReport(hub: TestHub, token: string, args: { from: string; to: string; municipality?: string; groupBy?: string[] }) {
  return hub.graphql<{ evaluation: { suppressionThreshold: number; rows: EvaluationRowFigures[]; totals: EvaluationRowFigures } }>(
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
