/**
 * The figures of an evaluation row, in the order the report documents and the CSV prints them.
 * Free of imports: the gateway's CSV route reads it too.
 */
export const rowFigures = [
  'signals', 'signalsPer1000Inhabitants', 'casesOpened', 'caseRate', 'reachRate', 'medianDaysToFirstAttempt', 'medianDaysToFirstContact',
  'closedCases', 'acceptanceRate', 'referralRate', 'repeatSignalRate', 'multipleSignalRate', 'consecutiveSignalRate', 'medianAmountEuro',
] as const;

export type RowFigure = (typeof rowFigures)[number];
