import type { SignalInputFixture } from './builders';
import type { GraphQLResponse, TestHub } from './hub';

/** The data of a response that must have succeeded: any GraphQL error fails the test, with the errors in its message. */
export async function succeeded<T>(response: Promise<GraphQLResponse<T>> | GraphQLResponse<T>): Promise<T> {
  const { status, data, errors } = await response;
  if (errors?.length || !data) throw new Error(`Expected no GraphQL error (HTTP ${status}), got ${JSON.stringify(errors ?? 'no data')}`);
  return data;
}

export interface Connection<Node> { edges: Array<{ cursor: string; node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string } }

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

export interface CaseView {
  id: string; status: string; contactDueBy: string; overdue: boolean; multiple: boolean; crisis: boolean;
  assignee: string | null; openedAt: string; outcome: string | null;
  municipality: { code: string; name: string };
  household: {
    id: string;
    address: { postcode: string; houseNumber: number; houseNumberSuffix: string | null } | null;
    residents: Array<{ surname: string; initials: string | null; bsn: string | null; birthDate: string | null; phone: string | null; email: string | null }>;
  };
  signals: Array<{ id: string; externalId: string; partnerType: string; amountEuro: number; status: string }>;
}

export async function listCases(hub: TestHub, token: string, filter: Record<string, unknown> = {}, first = 100, after?: string) {
  return hub.graphql<{ cases: Connection<CaseView> }>(
    token,
    `query Cases($filter: CaseFilter, $first: Int, $after: String) {
       cases(filter: $filter, first: $first, after: $after) { edges { cursor node { ${caseFields} } } pageInfo { hasNextPage endCursor } }
     }`,
    { filter, first, after },
  );
}

export function getCase(hub: TestHub, token: string, id: string) {
  return hub.graphql<{ case: CaseView | null }>(token, `query Case($id: ID!) { case(id: $id) { ${caseFields} } }`, { id });
}

export function mySignals(hub: TestHub, token: string, first = 100, after?: string) {
  return hub.graphql<{ mySignals: Connection<{ id: string; externalId: string; status: string; amountEuro: number }> }>(
    token,
    `query Mine($first: Int, $after: String) {
       mySignals(first: $first, after: $after) { edges { node { id externalId status amountEuro } } pageInfo { hasNextPage endCursor } }
     }`,
    { first, after },
  );
}

export interface EvaluationRowView {
  municipality: string | null; partnerType: string | null; month: string | null;
  signals: number | null; signalsPer1000Inhabitants: number | null; casesOpened: number | null; suppressed: boolean;
}

export function evaluation(hub: TestHub, token: string, args: { from: string; to: string; municipality?: string; groupBy?: string[] }) {
  return hub.graphql<{ evaluation: { suppressionThreshold: number; rows: EvaluationRowView[] } }>(
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

export interface CaseActionView {
  id: string; status: string; assignee: string | null; pickedUpAt: string | null; outcome: string | null; closedAt: string | null; overdue: boolean;
  contactAttempts: Array<{ channel: string; reached: boolean; date: string; dayPart: string | null; note: string | null }>;
  notes: Array<{ text: string; author: string; createdAt: string }>;
  signals: Array<{ id: string; status: string }>;
}

export interface PartnerSignalView { id: string; externalId: string; status: string; feedback: string; withdrawalReason: string | null; withdrawnAt: string | null }

export function pickUpCase(hub: TestHub, token: string, id: string) {
  return hub.graphql<{ pickUpCase: CaseActionView }>(token, `mutation($id: ID!) { pickUpCase(id: $id) { ${caseActionFields} } }`, { id });
}

export function recordContactAttempt(hub: TestHub, token: string, caseId: string, attempt: Record<string, unknown>) {
  return hub.graphql<{ recordContactAttempt: CaseActionView }>(token,
    `mutation($caseId: ID!, $attempt: ContactAttemptInput!) { recordContactAttempt(caseId: $caseId, attempt: $attempt) { ${caseActionFields} } }`,
    { caseId, attempt });
}

export function addCaseNote(hub: TestHub, token: string, caseId: string, text: string) {
  return hub.graphql<{ addCaseNote: CaseActionView }>(token, `mutation($caseId: ID!, $text: String!) { addCaseNote(caseId: $caseId, text: $text) { ${caseActionFields} } }`, { caseId, text });
}

export function closeCase(hub: TestHub, token: string, caseId: string, outcome: string) {
  return hub.graphql<{ closeCase: CaseActionView }>(token, `mutation($caseId: ID!, $outcome: CaseOutcome!) { closeCase(caseId: $caseId, outcome: $outcome) { ${caseActionFields} } }`, { caseId, outcome });
}

export function withdrawSignal(hub: TestHub, token: string, externalId: string, reason: string) {
  return hub.graphql<{ withdrawSignal: PartnerSignalView }>(token,
    `mutation($externalId: String!, $reason: WithdrawalReason!) { withdrawSignal(externalId: $externalId, reason: $reason) { id externalId status feedback withdrawalReason withdrawnAt } }`,
    { externalId, reason });
}

/** The partner's view of one of its signals, found by externalId. */
export async function partnerView(hub: TestHub, token: string, externalId: string) {
  type View = Pick<PartnerSignalView, 'externalId' | 'status' | 'feedback' | 'withdrawalReason'>;
  const data = await succeeded(hub.graphql<{ mySignals: Connection<View> }>(token, '{ mySignals(first: 100) { edges { node { externalId status feedback withdrawalReason } } } }'));
  return data.mySignals.edges.map((e) => e.node).find((s) => s.externalId === externalId);
}

/** Reports signals and waits until they have reached their cases; returns the stored signals. */
export async function reportAndMatch(hub: TestHub, token: string, signals: SignalInputFixture[]) {
  const data = await succeeded(reportSignals(hub, token, signals));
  await hub.waitForJobs();
  return data.reportSignals.accepted;
}

/** The id of the case a signal joined, read through the gateway as a consultant. */
export async function caseOfSignal(hub: TestHub, consultant: string, signalId: string): Promise<CaseView> {
  const data = await succeeded(listCases(hub, consultant));
  const found = data.cases.edges.map((e) => e.node).find((c) => c.signals.some((s) => s.id === signalId));
  if (!found) throw new Error(`No case of signal ${signalId} for this consultant`);
  return found;
}
