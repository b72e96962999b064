import { graphql } from '../gql';

/**
 * Everything the dashboard shows, in one request: signals by month and partner type, the key
 * figures by month (totals: the whole selection) and the table of the chosen grouping (by month:
 * the second report already is that table, so it is not asked twice).
 */
export const DashboardQuery = graphql(`
  query Dashboard($from: Date!, $to: Date!, $municipality: String, $groupBy: [EvaluationDimension!], $withGroups: Boolean!) {
    byPartner: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH, PARTNER_TYPE]) {
      rows { month partnerType signals }
    }
    byMonth: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: [MONTH]) {
      suppressionThreshold
      rows {
        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate
        medianDaysToFirstAttempt medianDaysToFirstContact suppressed
      }
      totals {
        month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate
        medianDaysToFirstAttempt medianDaysToFirstContact suppressed
        attemptsByChannel { channel attempts attemptsPerCase }
        outcomes { outcome cases }
      }
    }
    grouped: evaluation(from: $from, to: $to, municipality: $municipality, groupBy: $groupBy) @include(if: $withGroups) {
      rows {
        municipality partnerType month signals signalsPer1000Inhabitants casesOpened caseRate reachRate closedCases acceptanceRate
        medianDaysToFirstAttempt medianDaysToFirstContact suppressed
      }
    }
  }
`);
