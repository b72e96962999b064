import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../text';
import { ChartFigure, palette } from './ChartFigure';
import { figureText, formatDecimal, formatPercent } from './figures';
import { cell, FigureTable } from './FigureTable';
import { ReportSection } from './ReportSection';
import type { Totals } from './types';

/** The pilot beside the national reference figures (sources in the README, "Reference figures"). */
export function ReferenceSection({ totals }: { totals: Totals }) {
  const ref = t.analyst.reference;
  const lines = [
    { ...ref.signalsPer1000, pilot: totals.signalsPer1000Inhabitants, kind: 'decimal' as const },
    { ...ref.contact2021, pilot: totals.reachRate, kind: 'rate' as const },
    { ...ref.acceptance2021, pilot: totals.acceptanceRate, kind: 'rate' as const },
    { ...ref.acceptance2024, pilot: totals.acceptanceRate, kind: 'rate' as const },
  ];
  const rates = lines.filter((line) => line.kind === 'rate');
  const data = rates.map((line) => ({ label: line.label, pilot: line.pilot == null ? null : line.pilot * 100, national: line.national * 100 }));
  return (
    <ReportSection id="landelijk" title={t.analyst.sections.reference}>
      <p>{ref.intro}</p>
      <ChartFigure summary={t.analyst.chartSummary.reference} table={
        <FigureTable caption={t.analyst.chartTable} headers={[t.analyst.column.indicator, t.analyst.column.pilot, t.analyst.column.national, t.analyst.column.source]}
          rows={lines.map((line) => ({
            label: line.label,
            cells: [
              cell(figureText(line.pilot, line.kind)),
              cell(line.kind === 'rate' ? formatPercent(line.national) : formatDecimal(line.national)),
              cell(line.note),
            ],
          }))} />
      }>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatPercent(value / 100) : String(value))} />
          <Legend />
          <Bar dataKey="pilot" name={t.analyst.column.pilot} fill={palette[0]} isAnimationActive={false} />
          <Bar dataKey="national" name={t.analyst.column.national} fill={palette[5]} isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
    </ReportSection>
  );
}
