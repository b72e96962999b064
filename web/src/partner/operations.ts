import { graphql } from '../gql';

export const MySignalsQuery = graphql(`
  query MySignals($first: Int, $after: String) {
    mySignals(first: $first, after: $after) {
      edges { node { id externalId partnerType amountEuro signalDate arrearsSince crisis status feedback withdrawalReason withdrawnAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const WithdrawSignalMutation = graphql(`
  mutation WithdrawSignal($externalId: String!, $reason: WithdrawalReason!) {
    withdrawSignal(externalId: $externalId, reason: $reason) { id externalId status feedback withdrawalReason withdrawnAt }
  }
`);

export const ReportSignalsMutation = graphql(`
  mutation ReportSignals($signals: [SignalInput!]!) {
    reportSignals(signals: $signals) {
      accepted { id externalId }
      rejected { externalId code message }
    }
  }
`);
