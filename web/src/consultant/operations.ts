import { graphql } from '../gql';

export const QueueQuery = graphql(`
  query Queue($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id status crisis multiple contactDueBy overdue assignee openedAt
          household { id address { postcode houseNumber houseNumberSuffix street city } residents { id initials surnamePrefix surname } }
          signals { id partnerType amountEuro }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export const QueueCountsQuery = graphql(`
  query QueueCounts {
    open: cases(filter: { status: OPEN }, first: 1) { totalCount }
    mine: cases(filter: { assignedToMe: true, active: true }, first: 1) { totalCount }
    overdue: cases(filter: { overdue: true }, first: 1) { totalCount }
    crisis: cases(filter: { crisis: true, active: true }, first: 1) { totalCount }
    multiple: cases(filter: { multiple: true, active: true }, first: 1) { totalCount }
  }
`);

export const CaseQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id status crisis multiple contactDueBy overdue assignee openedAt pickedUpAt outcome closedAt
      municipality { code name }
      household {
        id
        address { postcode houseNumber houseNumberSuffix street city }
        residents { id initials surnamePrefix surname birthDate phone email }
      }
      signals { id partnerType amountEuro arrearsSince signalDate crisis warmHandover status withdrawalReason }
      contactAttempts { channel reached date dayPart note }
      notes { text author createdAt }
    }
  }
`);

export const PickUpCaseMutation = graphql(`
  mutation PickUpCase($id: ID!) {
    pickUpCase(id: $id) { id status assignee pickedUpAt signals { id status } }
  }
`);

export const RecordAttemptMutation = graphql(`
  mutation RecordAttempt($caseId: ID!, $attempt: ContactAttemptInput!) {
    recordContactAttempt(caseId: $caseId, attempt: $attempt) { id overdue contactAttempts { channel reached date dayPart note } }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddNote($caseId: ID!, $text: String!) {
    addCaseNote(caseId: $caseId, text: $text) { id notes { text author createdAt } }
  }
`);

export const CloseCaseMutation = graphql(`
  mutation CloseCase($caseId: ID!, $outcome: CaseOutcome!) {
    closeCase(caseId: $caseId, outcome: $outcome) { id status outcome closedAt overdue signals { id status } }
  }
`);
