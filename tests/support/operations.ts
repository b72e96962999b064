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
  household { id address { postcode houseNumber houseNumberSuffix street city } residents { surname initials bsn birthDate phone email } }
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

const caseActionFields = `id status assignee pickedUpAt outcome closedAt overdue contactAttempts { channel reached date dayPart note } notes { text author createdAt } signals { id status }`;

export function pickUpCase(hub: TestHub, token: string, id: string) {
  return hub.graphql<{ pickUpCase: any }>(token, `mutation($id: ID!) { pickUpCase(id: $id) { ${caseActionFields} } }`, { id });
}

export function recordContactAttempt(hub: TestHub, token: string, caseId: string, attempt: Record<string, unknown>) {
  return hub.graphql<{ recordContactAttempt: any }>(token,
    `mutation($caseId: ID!, $attempt: ContactAttemptInput!) { recordContactAttempt(caseId: $caseId, attempt: $attempt) { ${caseActionFields} } }`,
    { caseId, attempt });
}

export function addCaseNote(hub: TestHub, token: string, caseId: string, text: string) {
  return hub.graphql<{ addCaseNote: any }>(token, `mutation($caseId: ID!, $text: String!) { addCaseNote(caseId: $caseId, text: $text) { ${caseActionFields} } }`, { caseId, text });
}

export function closeCase(hub: TestHub, token: string, caseId: string, outcome: string) {
  return hub.graphql<{ closeCase: any }>(token, `mutation($caseId: ID!, $outcome: CaseOutcome!) { closeCase(caseId: $caseId, outcome: $outcome) { ${caseActionFields} } }`, { caseId, outcome });
}

export function withdrawSignal(hub: TestHub, token: string, externalId: string, reason: string) {
  return hub.graphql<{ withdrawSignal: any }>(token,
    `mutation($externalId: String!, $reason: WithdrawalReason!) { withdrawSignal(externalId: $externalId, reason: $reason) { id externalId status feedback withdrawalReason withdrawnAt } }`,
    { externalId, reason });
}

/** The partner's view of one of its signals, found by externalId. */
export async function partnerView(hub: TestHub, token: string, externalId: string) {
  const { data } = await hub.graphql<any>(token, '{ mySignals(first: 100) { edges { node { externalId status feedback withdrawalReason } } } }');
  return data.mySignals.edges.map((e: any) => e.node).find((s: any) => s.externalId === externalId);
}

/** Reports signals and waits until they have reached their cases; returns the stored signals. */
export async function reportAndMatch(hub: TestHub, token: string, signals: SignalInputFixture[]) {
  const response = await reportSignals(hub, token, signals);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  await hub.waitForJobs();
  return response.data!.reportSignals.accepted;
}

/** The id of the case a signal joined, read through the gateway as a consultant. */
export async function caseOfSignal(hub: TestHub, consultant: string, signalId: string): Promise<any> {
  const { data } = await listCases(hub, consultant);
  return data!.cases.edges.map((e) => e.node).find((c) => c.signals.some((s: any) => s.id === signalId));
}
