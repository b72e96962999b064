import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../text';
import { ChartFigure, palette } from './ChartFigure';
import { figureText } from './figures';
import { cell, FigureTable } from './FigureTable';
import { ReportSection } from './ReportSection';
import type { Totals } from './types';

/** How the closed cases ended (the DDAS outcomes), most frequent first. */
export function OutcomesSection({ outcomes }: { outcomes: Totals['outcomes'] }) {
  const sorted = [...outcomes].sort((a, b) => (b.cases ?? -1) - (a.cases ?? -1));
  const data = sorted.map((o) => ({ outcome: t.outcome[o.outcome], cases: o.cases }));
  return (
    <ReportSection id="resultaten" title={t.analyst.sections.outcomes}>
      <ChartFigure summary={t.analyst.chartSummary.outcomes} height={Math.max(200, 44 * data.length)} table={
        <FigureTable caption={t.analyst.chartTable} headers={[t.analyst.column.outcome, t.analyst.column.closedCases]}
          rows={sorted.map((o) => ({ label: t.outcome[o.outcome], cells: [cell(figureText(o.cases, 'count'))] }))} />
      }>
        <BarChart data={data} layout="vertical" margin={{ left: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="outcome" width={260} />
          <Tooltip />
          <Bar dataKey="cases" name={t.analyst.column.closedCases} fill={palette[2]} isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
    </ReportSection>
  );
}
