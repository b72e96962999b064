/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Dashboard($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!], $withGroups: Boolean!) {\n    byPartner: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH, PARTNER_TYPE]) {\n      rows { month partnerType signals }\n    }\n    byMonth: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH]) {\n      suppressionThreshold\n      rows {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n      totals {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n        attemptsByChannel { channel attempts attemptsPerCase }\n        outcomes { outcome cases }\n      }\n    }\n    grouped: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) @include(if: $withGroups) {\n      rows {\n        municipality partnerType month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Queue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id status crisis multiple contactDueBy overdue assignee openedAt\n          household { id address { postcode houseNumber houseNumberSuffix street city } residents { id initials surnamePrefix surname } }\n          signals { id partnerType amountEuro }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.QueueDocument,
    "\n  query QueueCounts {\n    open: cases(filter: { status: OPEN }, first: 1) { totalCount }\n    mine: cases(filter: { assignedToMe: true, active: true }, first: 1) { totalCount }\n    overdue: cases(filter: { overdue: true }, first: 1) { totalCount }\n    crisis: cases(filter: { crisis: true, active: true }, first: 1) { totalCount }\n    multiple: cases(filter: { multiple: true, active: true }, first: 1) { totalCount }\n  }\n": typeof types.QueueCountsDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id status crisis multiple contactDueBy overdue assignee openedAt pickedUpAt outcome closedAt\n      municipality { code name }\n      household {\n        id\n        address { postcode houseNumber houseNumberSuffix street city }\n        residents { id initials surnamePrefix surname birthDate phone email }\n      }\n      signals { id partnerType amountEuro arrearsSince signalDate crisis warmHandover status withdrawalReason }\n      contactAttempts { channel reached date dayPart note }\n      notes { text author createdAt }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  mutation PickUpCase($id: ID!) {\n    pickUpCase(id: $id) { id status assignee pickedUpAt signals { id status } }\n  }\n": typeof types.PickUpCaseDocument,
    "\n  mutation RecordAttempt($caseId: ID!, $attempt: ContactAttemptInput!) {\n    recordContactAttempt(caseId: $caseId, attempt: $attempt) { id overdue contactAttempts { channel reached date dayPart note } }\n  }\n": typeof types.RecordAttemptDocument,
    "\n  mutation AddNote($caseId: ID!, $text: String!) {\n    addCaseNote(caseId: $caseId, text: $text) { id notes { text author createdAt } }\n  }\n": typeof types.AddNoteDocument,
    "\n  mutation CloseCase($caseId: ID!, $outcome: CaseOutcome!) {\n    closeCase(caseId: $caseId, outcome: $outcome) { id status outcome closedAt overdue signals { id status } }\n  }\n": typeof types.CloseCaseDocument,
    "\n  query MySignals($first: Int, $after: String) {\n    mySignals(first: $first, after: $after) {\n      edges { node { id externalId partnerType amountEuro signalDate arrearsSince crisis status feedback withdrawalReason withdrawnAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MySignalsDocument,
    "\n  mutation WithdrawSignal($externalId: String!, $reason: WithdrawalReason!) {\n    withdrawSignal(externalId: $externalId, reason: $reason) { id externalId status feedback withdrawalReason withdrawnAt }\n  }\n": typeof types.WithdrawSignalDocument,
    "\n  mutation ReportSignals($signals: [SignalInput!]!) {\n    reportSignals(signals: $signals) {\n      accepted { id externalId }\n      rejected { externalId code message }\n    }\n  }\n": typeof types.ReportSignalsDocument,
    "\n  query FindResidents($bsn: String!) {\n    findResidents(bsn: $bsn) { id }\n  }\n": typeof types.FindResidentsDocument,
    "\n  query ResidentConsultations($residentId: ID!) {\n    residentConsultations(residentId: $residentId) { at action purpose result fields actor actorRole }\n  }\n": typeof types.ResidentConsultationsDocument,
    "\n  query ResidentRecord($residentId: ID!) {\n    residentRecord(residentId: $residentId) {\n      resident { bsn initials surnamePrefix surname birthDate phone email }\n      household {\n        address { street houseNumber houseNumberSuffix postcode city }\n        cases {\n          status openedAt closedAt outcome\n          contactAttempts { channel date reached note }\n          notes { text createdAt }\n        }\n      }\n      signals { partnerType signalDate arrearsSince amountEuro status }\n      consultations { at action purpose result }\n    }\n  }\n": typeof types.ResidentRecordDocument,
    "\n  mutation EraseResident($residentId: ID!) {\n    eraseResident(residentId: $residentId) { residentId householdErased erasedAt }\n  }\n": typeof types.EraseResidentDocument,
    "\n  query AccessLogState {\n    accessLogVerification { at ok checked brokenAt reason verifiedBy }\n  }\n": typeof types.AccessLogStateDocument,
    "\n  mutation VerifyAccessLog {\n    verifyAccessLog { at ok checked brokenAt reason verifiedBy }\n  }\n": typeof types.VerifyAccessLogDocument,
    "\n  query AccessRefusals($from: DateTime!, $to: DateTime!, $first: Int!, $after: ID) {\n    accessRefusals(from: $from, to: $to, first: $first, after: $after) { seq at action objectType objectId fields purpose origin actor actorRole }\n  }\n": typeof types.AccessRefusalsDocument,
};
const documents: Documents = {
    "\n  query Dashboard($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!], $withGroups: Boolean!) {\n    byPartner: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH, PARTNER_TYPE]) {\n      rows { month partnerType signals }\n    }\n    byMonth: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH]) {\n      suppressionThreshold\n      rows {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n      totals {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n        attemptsByChannel { channel attempts attemptsPerCase }\n        outcomes { outcome cases }\n      }\n    }\n    grouped: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) @include(if: $withGroups) {\n      rows {\n        municipality partnerType month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Queue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id status crisis multiple contactDueBy overdue assignee openedAt\n          household { id address { postcode houseNumber houseNumberSuffix street city } residents { id initials surnamePrefix surname } }\n          signals { id partnerType amountEuro }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.QueueDocument,
    "\n  query QueueCounts {\n    open: cases(filter: { status: OPEN }, first: 1) { totalCount }\n    mine: cases(filter: { assignedToMe: true, active: true }, first: 1) { totalCount }\n    overdue: cases(filter: { overdue: true }, first: 1) { totalCount }\n    crisis: cases(filter: { crisis: true, active: true }, first: 1) { totalCount }\n    multiple: cases(filter: { multiple: true, active: true }, first: 1) { totalCount }\n  }\n": types.QueueCountsDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id status crisis multiple contactDueBy overdue assignee openedAt pickedUpAt outcome closedAt\n      municipality { code name }\n      household {\n        id\n        address { postcode houseNumber houseNumberSuffix street city }\n        residents { id initials surnamePrefix surname birthDate phone email }\n      }\n      signals { id partnerType amountEuro arrearsSince signalDate crisis warmHandover status withdrawalReason }\n      contactAttempts { channel reached date dayPart note }\n      notes { text author createdAt }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  mutation PickUpCase($id: ID!) {\n    pickUpCase(id: $id) { id status assignee pickedUpAt signals { id status } }\n  }\n": types.PickUpCaseDocument,
    "\n  mutation RecordAttempt($caseId: ID!, $attempt: ContactAttemptInput!) {\n    recordContactAttempt(caseId: $caseId, attempt: $attempt) { id overdue contactAttempts { channel reached date dayPart note } }\n  }\n": types.RecordAttemptDocument,
    "\n  mutation AddNote($caseId: ID!, $text: String!) {\n    addCaseNote(caseId: $caseId, text: $text) { id notes { text author createdAt } }\n  }\n": types.AddNoteDocument,
    "\n  mutation CloseCase($caseId: ID!, $outcome: CaseOutcome!) {\n    closeCase(caseId: $caseId, outcome: $outcome) { id status outcome closedAt overdue signals { id status } }\n  }\n": types.CloseCaseDocument,
    "\n  query MySignals($first: Int, $after: String) {\n    mySignals(first: $first, after: $after) {\n      edges { node { id externalId partnerType amountEuro signalDate arrearsSince crisis status feedback withdrawalReason withdrawnAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MySignalsDocument,
    "\n  mutation WithdrawSignal($externalId: String!, $reason: WithdrawalReason!) {\n    withdrawSignal(externalId: $externalId, reason: $reason) { id externalId status feedback withdrawalReason withdrawnAt }\n  }\n": types.WithdrawSignalDocument,
    "\n  mutation ReportSignals($signals: [SignalInput!]!) {\n    reportSignals(signals: $signals) {\n      accepted { id externalId }\n      rejected { externalId code message }\n    }\n  }\n": types.ReportSignalsDocument,
    "\n  query FindResidents($bsn: String!) {\n    findResidents(bsn: $bsn) { id }\n  }\n": types.FindResidentsDocument,
    "\n  query ResidentConsultations($residentId: ID!) {\n    residentConsultations(residentId: $residentId) { at action purpose result fields actor actorRole }\n  }\n": types.ResidentConsultationsDocument,
    "\n  query ResidentRecord($residentId: ID!) {\n    residentRecord(residentId: $residentId) {\n      resident { bsn initials surnamePrefix surname birthDate phone email }\n      household {\n        address { street houseNumber houseNumberSuffix postcode city }\n        cases {\n          status openedAt closedAt outcome\n          contactAttempts { channel date reached note }\n          notes { text createdAt }\n        }\n      }\n      signals { partnerType signalDate arrearsSince amountEuro status }\n      consultations { at action purpose result }\n    }\n  }\n": types.ResidentRecordDocument,
    "\n  mutation EraseResident($residentId: ID!) {\n    eraseResident(residentId: $residentId) { residentId householdErased erasedAt }\n  }\n": types.EraseResidentDocument,
    "\n  query AccessLogState {\n    accessLogVerification { at ok checked brokenAt reason verifiedBy }\n  }\n": types.AccessLogStateDocument,
    "\n  mutation VerifyAccessLog {\n    verifyAccessLog { at ok checked brokenAt reason verifiedBy }\n  }\n": types.VerifyAccessLogDocument,
    "\n  query AccessRefusals($from: DateTime!, $to: DateTime!, $first: Int!, $after: ID) {\n    accessRefusals(from: $from, to: $to, first: $first, after: $after) { seq at action objectType objectId fields purpose origin actor actorRole }\n  }\n": types.AccessRefusalsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!], $withGroups: Boolean!) {\n    byPartner: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH, PARTNER_TYPE]) {\n      rows { month partnerType signals }\n    }\n    byMonth: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH]) {\n      suppressionThreshold\n      rows {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n      totals {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n        attemptsByChannel { channel attempts attemptsPerCase }\n        outcomes { outcome cases }\n      }\n    }\n    grouped: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) @include(if: $withGroups) {\n      rows {\n        municipality partnerType month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!], $withGroups: Boolean!) {\n    byPartner: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH, PARTNER_TYPE]) {\n      rows { month partnerType signals }\n    }\n    byMonth: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH]) {\n      suppressionThreshold\n      rows {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n      totals {\n        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n        attemptsByChannel { channel attempts attemptsPerCase }\n        outcomes { outcome cases }\n      }\n    }\n    grouped: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) @include(if: $withGroups) {\n      rows {\n        municipality partnerType month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate\n        medianDaysToFirstAttempt medianDaysToFirstContact suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id status crisis multiple contactDueBy overdue assignee openedAt\n          household { id address { postcode houseNumber houseNumberSuffix street city } residents { id initials surnamePrefix surname } }\n          signals { id partnerType amountEuro }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Queue($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id status crisis multiple contactDueBy overdue assignee openedAt\n          household { id address { postcode houseNumber houseNumberSuffix street city } residents { id initials surnamePrefix surname } }\n          signals { id partnerType amountEuro }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueCounts {\n    open: cases(filter: { status: OPEN }, first: 1) { totalCount }\n    mine: cases(filter: { assignedToMe: true, active: true }, first: 1) { totalCount }\n    overdue: cases(filter: { overdue: true }, first: 1) { totalCount }\n    crisis: cases(filter: { crisis: true, active: true }, first: 1) { totalCount }\n    multiple: cases(filter: { multiple: true, active: true }, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query QueueCounts {\n    open: cases(filter: { status: OPEN }, first: 1) { totalCount }\n    mine: cases(filter: { assignedToMe: true, active: true }, first: 1) { totalCount }\n    overdue: cases(filter: { overdue: true }, first: 1) { totalCount }\n    crisis: cases(filter: { crisis: true, active: true }, first: 1) { totalCount }\n    multiple: cases(filter: { multiple: true, active: true }, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id status crisis multiple contactDueBy overdue assignee openedAt pickedUpAt outcome closedAt\n      municipality { code name }\n      household {\n        id\n        address { postcode houseNumber houseNumberSuffix street city }\n        residents { id initials surnamePrefix surname birthDate phone email }\n      }\n      signals { id partnerType amountEuro arrearsSince signalDate crisis warmHandover status withdrawalReason }\n      contactAttempts { channel reached date dayPart note }\n      notes { text author createdAt }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id status crisis multiple contactDueBy overdue assignee openedAt pickedUpAt outcome closedAt\n      municipality { code name }\n      household {\n        id\n        address { postcode houseNumber houseNumberSuffix street city }\n        residents { id initials surnamePrefix surname birthDate phone email }\n      }\n      signals { id partnerType amountEuro arrearsSince signalDate crisis warmHandover status withdrawalReason }\n      contactAttempts { channel reached date dayPart note }\n      notes { text author createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PickUpCase($id: ID!) {\n    pickUpCase(id: $id) { id status assignee pickedUpAt signals { id status } }\n  }\n"): (typeof documents)["\n  mutation PickUpCase($id: ID!) {\n    pickUpCase(id: $id) { id status assignee pickedUpAt signals { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttempt($caseId: ID!, $attempt: ContactAttemptInput!) {\n    recordContactAttempt(caseId: $caseId, attempt: $attempt) { id overdue contactAttempts { channel reached date dayPart note } }\n  }\n"): (typeof documents)["\n  mutation RecordAttempt($caseId: ID!, $attempt: ContactAttemptInput!) {\n    recordContactAttempt(caseId: $caseId, attempt: $attempt) { id overdue contactAttempts { channel reached date dayPart note } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($caseId: ID!, $text: String!) {\n    addCaseNote(caseId: $caseId, text: $text) { id notes { text author createdAt } }\n  }\n"): (typeof documents)["\n  mutation AddNote($caseId: ID!, $text: String!) {\n    addCaseNote(caseId: $caseId, text: $text) { id notes { text author createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($caseId: ID!, $outcome: CaseOutcome!) {\n    closeCase(caseId: $caseId, outcome: $outcome) { id status outcome closedAt overdue signals { id status } }\n  }\n"): (typeof documents)["\n  mutation CloseCase($caseId: ID!, $outcome: CaseOutcome!) {\n    closeCase(caseId: $caseId, outcome: $outcome) { id status outcome closedAt overdue signals { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySignals($first: Int, $after: String) {\n    mySignals(first: $first, after: $after) {\n      edges { node { id externalId partnerType amountEuro signalDate arrearsSince crisis status feedback withdrawalReason withdrawnAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MySignals($first: Int, $after: String) {\n    mySignals(first: $first, after: $after) {\n      edges { node { id externalId partnerType amountEuro signalDate arrearsSince crisis status feedback withdrawalReason withdrawnAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSignal($externalId: String!, $reason: WithdrawalReason!) {\n    withdrawSignal(externalId: $externalId, reason: $reason) { id externalId status feedback withdrawalReason withdrawnAt }\n  }\n"): (typeof documents)["\n  mutation WithdrawSignal($externalId: String!, $reason: WithdrawalReason!) {\n    withdrawSignal(externalId: $externalId, reason: $reason) { id externalId status feedback withdrawalReason withdrawnAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSignals($signals: [SignalInput!]!) {\n    reportSignals(signals: $signals) {\n      accepted { id externalId }\n      rejected { externalId code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportSignals($signals: [SignalInput!]!) {\n    reportSignals(signals: $signals) {\n      accepted { id externalId }\n      rejected { externalId code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindResidents($bsn: String!) {\n    findResidents(bsn: $bsn) { id }\n  }\n"): (typeof documents)["\n  query FindResidents($bsn: String!) {\n    findResidents(bsn: $bsn) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentConsultations($residentId: ID!) {\n    residentConsultations(residentId: $residentId) { at action purpose result fields actor actorRole }\n  }\n"): (typeof documents)["\n  query ResidentConsultations($residentId: ID!) {\n    residentConsultations(residentId: $residentId) { at action purpose result fields actor actorRole }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentRecord($residentId: ID!) {\n    residentRecord(residentId: $residentId) {\n      resident { bsn initials surnamePrefix surname birthDate phone email }\n      household {\n        address { street houseNumber houseNumberSuffix postcode city }\n        cases {\n          status openedAt closedAt outcome\n          contactAttempts { channel date reached note }\n          notes { text createdAt }\n        }\n      }\n      signals { partnerType signalDate arrearsSince amountEuro status }\n      consultations { at action purpose result }\n    }\n  }\n"): (typeof documents)["\n  query ResidentRecord($residentId: ID!) {\n    residentRecord(residentId: $residentId) {\n      resident { bsn initials surnamePrefix surname birthDate phone email }\n      household {\n        address { street houseNumber houseNumberSuffix postcode city }\n        cases {\n          status openedAt closedAt outcome\n          contactAttempts { channel date reached note }\n          notes { text createdAt }\n        }\n      }\n      signals { partnerType signalDate arrearsSince amountEuro status }\n      consultations { at action purpose result }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseResident($residentId: ID!) {\n    eraseResident(residentId: $residentId) { residentId householdErased erasedAt }\n  }\n"): (typeof documents)["\n  mutation EraseResident($residentId: ID!) {\n    eraseResident(residentId: $residentId) { residentId householdErased erasedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogState {\n    accessLogVerification { at ok checked brokenAt reason verifiedBy }\n  }\n"): (typeof documents)["\n  query AccessLogState {\n    accessLogVerification { at ok checked brokenAt reason verifiedBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAccessLog {\n    verifyAccessLog { at ok checked brokenAt reason verifiedBy }\n  }\n"): (typeof documents)["\n  mutation VerifyAccessLog {\n    verifyAccessLog { at ok checked brokenAt reason verifiedBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRefusals($from: DateTime!, $to: DateTime!, $first: Int!, $after: ID) {\n    accessRefusals(from: $from, to: $to, first: $first, after: $after) { seq at action objectType objectId fields purpose origin actor actorRole }\n  }\n"): (typeof documents)["\n  query AccessRefusals($from: DateTime!, $to: DateTime!, $first: Int!, $after: ID) {\n    accessRefusals(from: $from, to: $to, first: $first, after: $after) { seq at action objectType objectId fields purpose origin actor actorRole }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;