import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../text';
import { ChartFigure, palette } from './ChartFigure';
import { figureText, monthLabel } from './figures';
import { cell, FigureTable } from './FigureTable';
import { ReportSection } from './ReportSection';
import type { MonthRow } from './types';

const medians = ['medianDaysToFirstAttempt', 'medianDaysToFirstContact'] as const;

/** Median days from the signal to the first attempt and to the first contact, per month. */
export function DaysSection({ rows, months }: { rows: MonthRow[]; months: string[] }) {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const data = months.map((month) => ({ month: monthLabel(month), ...Object.fromEntries(medians.map((m) => [m, byMonth.get(month)?.[m] ?? null])) }));
  return (
    <ReportSection id="dagen" title={t.analyst.sections.days}>
      <ChartFigure summary={t.analyst.chartSummary.days} table={
        <FigureTable caption={t.analyst.chartTable} headers={[t.analyst.column.month, ...medians.map((m) => t.analyst.column[m])]}
          rows={months.map((month) => ({
            label: monthLabel(month, true),
            cells: medians.map((m) => cell(figureText(byMonth.get(month)?.[m], 'days', byMonth.has(month)))),
          }))} />
      }>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis />
          <Tooltip />
          <Legend />
          {medians.map((m, i) => <Bar key={m} dataKey={m} name={t.analyst.column[m]} fill={palette[i]} isAnimationActive={false} />)}
        </BarChart>
      </ChartFigure>
    </ReportSection>
  );
}
