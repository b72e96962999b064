import type { HubConfig } from '../../../config';
import type { PartnerType } from '../../shared/enums';
import { caseOutcomes, contactChannels } from './outcomes';
import type { EvaluationRow } from '../resolvers/evaluation.types';
import type { ReportQuery } from './build-report';
import { channelField, outcomeField, type GroupFigures } from './figures';
import { rowFigures } from './published-figures';

interface Scope { config: HubConfig; query: ReportQuery; threshold: number }

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Applies the suppression decided for this row: withheld counts, and rates over too few. */
export function formatRow(g: GroupFigures, hidden: Set<string>, { config, query, threshold }: Scope): EvaluationRow {
  const { count, rate, median } = publication(hidden, threshold);
  const signals = count('signals', g.signals);
  const casesOpened = count('casesOpened', g.cases);
  const row: EvaluationRow = {
    municipality: g.municipality ?? undefined, partnerType: (g.partner_type ?? undefined) as PartnerType | undefined, month: g.month ?? undefined,
    signals,
    signalsPer1000Inhabitants: signals === null ? null : round((g.signals / monthsOf(g, query) / populationOf(config, g.municipality ?? query.municipality)) * 1000),
    casesOpened,
    caseRate: rate(g.signals_in_case, g.signals),
    reachRate: rate(g.reached, g.cases),
    medianDaysToFirstAttempt: median(g.median_days_attempt, g.attempted),
    medianDaysToFirstContact: median(g.median_days_contact, g.reached),
    attemptsByChannel: contactChannels.map((channel, i) => {
      const attempts = count(channelField(channel), g.attempts[i]);
      return { channel, attempts, attemptsPerCase: attempts === null || casesOpened === null ? null : rate(g.attempts[i], g.cases) };
    }),
    closedCases: count('closedCases', g.closed),
    acceptanceRate: rate(g.accepted, g.closed_reached),
    referralRate: rate(g.referred, g.closed_reached),
    repeatSignalRate: rate(g.repeat_signals, g.signals),
    multipleSignalRate: rate(g.multiple_signals, g.signals),
    consecutiveSignalRate: rate(g.consecutive_signals, g.signals),
    medianAmountEuro: median(g.median_amount, g.signals),
    outcomes: caseOutcomes.map((outcome, i) => ({ outcome, cases: count(outcomeField(outcome), g.outcomes[i]) })),
    suppressed: false,
    suppressedFields: [],
  };
  row.suppressedFields = withheldFields(row, hidden);
  row.suppressed = row.suppressedFields.length > 0;
  return row;
}

/** How a figure is published: a count unless withheld; a rate or median only over enough. */
function publication(hidden: Set<string>, threshold: number) {
  return {
    count: (field: string, value: number) => (hidden.has(field) ? null : value),
    rate: (numerator: number, denominator: number) => (denominator >= threshold ? round(numerator / denominator) : null),
    median: (value: number | null, denominator: number) => (denominator >= threshold && value !== null ? round(Number(value)) : null),
  };
}

function withheldFields(row: EvaluationRow, hidden: Set<string>): string[] {
  const perChannel = row.attemptsByChannel.filter((a) => a.attemptsPerCase === null).map((a) => channelField(a.channel));
  return [...new Set([...rowFigures.filter((f) => row[f] === null), ...hidden, ...perChannel])];
}

function populationOf(config: HubConfig, municipality?: string): number {
  const scope = municipality ? config.municipalities.filter((m) => m.code === municipality) : config.municipalities;
  return scope.reduce((sum, m) => sum + m.population, 0);
}

/** Per month: a row grouped by month covers one; otherwise the whole period's calendar months. */
function monthsOf(g: GroupFigures, query: ReportQuery): number {
  if (g.month) return 1;
  const [fy, fm] = query.from.split('-').map(Number);
  const [ty, tm] = query.to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}
