import type { SignalInputFixture } from './builders';
import type { GraphQLResponse, TestHub } from './hub';

/** One typed helper per operation, as a client would send it. */
export const reportSignalsMutation = `
  mutation Report($signals: [SignalInput!]!) {
    reportSignals(signals: $signals) {
      accepted { id externalId partnerType amountEuro status crisis warmHandover signalDate arrearsSince receivedAt }
      rejected { externalId code message }
    }
  }`;

export interface ReportResult {
  reportSignals: {
    accepted: Array<{ id: string; externalId: string; partnerType: string; amountEuro: number; status: string }>;
    rejected: Array<{ externalId: string; code: string; message: string }>;
  };
}

export function reportSignals(hub: TestHub, token: string, signals: SignalInputFixture[]): Promise<GraphQLResponse<ReportResult>> {
  return hub.graphql<ReportResult>(token, reportSignalsMutation, { signals });
}

export const caseFields = `
  id status contactDueBy overdue multiple crisis assignee openedAt outcome
  municipality { code name }
  household { id address { postcode houseNumber houseNumberSuffix } residents { surname initials bsn birthDate phone email } }
  signals { id externalId partnerType amountEuro status }`;

export async function listCases(hub: TestHub, token: string, filter: Record<string, unknown> = {}, first = 100, after?: string) {
  return hub.graphql<{ cases: { edges: Array<{ cursor: string; node: any }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
    token,
    `query Cases($filter: CaseFilter, $first: Int, $after: String) {
       cases(filter: $filter, first: $first, after: $after) { edges { cursor node { ${caseFields} } } pageInfo { hasNextPage endCursor } }
     }`,
    { filter, first, after },
  );
}

export function getCase(hub: TestHub, token: string, id: string) {
  return hub.graphql<{ case: any }>(token, `query Case($id: ID!) { case(id: $id) { ${caseFields} } }`, { id });
}

export function mySignals(hub: TestHub, token: string, first = 100, after?: string) {
  return hub.graphql<{ mySignals: { edges: Array<{ node: any }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
    token,
    `query Mine($first: Int, $after: String) {
       mySignals(first: $first, after: $after) { edges { node { id externalId status amountEuro } } pageInfo { hasNextPage endCursor } }
     }`,
    { first, after },
  );
}

export function evaluation(hub: TestHub, token: string, args: { from: string; to: string; municipality?: string; groupBy?: string[] }) {
  return hub.graphql<{ evaluation: { suppressionThreshold: number; rows: any[] } }>(
    token,
    `query Evaluation($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!]) {
       evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) {
         suppressionThreshold rows { municipality partnerType month signals signalsPer1000Inhabitants casesOpened suppressed }
       }
     }`,
    args,
  );
}
