import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../text';
import { ChartFigure, palette } from './ChartFigure';
import { figureText, formatPercent, monthLabel } from './figures';
import { cell, FigureTable } from './FigureTable';
import { ReportSection } from './ReportSection';
import type { MonthRow } from './types';

const rates = ['caseRate', 'reachRate', 'acceptanceRate'] as const;

/** Share that became a case, reach and acceptance per month, against the national acceptance of 2024. */
export function RatesSection({ rows, months }: { rows: MonthRow[]; months: string[] }) {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const data = months.map((month) => ({
    month: monthLabel(month),
    ...Object.fromEntries(rates.map((rate) => { const value = byMonth.get(month)?.[rate]; return [rate, value == null ? null : value * 100]; })),
  }));
  const national = t.analyst.reference.acceptance2024.national * 100;
  return (
    <ReportSection id="bereik" title={t.analyst.sections.rates}>
      <ChartFigure summary={t.analyst.chartSummary.rates} table={
        <FigureTable caption={t.analyst.chartTable} headers={[t.analyst.column.month, ...rates.map((rate) => t.analyst.column[rate])]}
          rows={months.map((month) => ({
            label: monthLabel(month, true),
            cells: rates.map((rate) => cell(figureText(byMonth.get(month)?.[rate], 'rate', byMonth.has(month)))),
          }))} />
      }>
        <LineChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatPercent(value / 100) : String(value))} />
          <Legend />
          <ReferenceLine y={national} stroke="#4a4a4a" strokeDasharray="6 4"
            label={{ value: `${t.analyst.column.national}: ${formatPercent(national / 100)} ${t.analyst.column.acceptanceRate.toLowerCase()}`, position: 'insideTopRight', fill: '#1b1b1b' }} />
          {rates.map((rate, i) => (
            <Line key={rate} dataKey={rate} name={t.analyst.column[rate]} stroke={palette[i]} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ChartFigure>
    </ReportSection>
  );
}
