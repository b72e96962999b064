import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../text';
import { ChartFigure, palette } from './ChartFigure';
import { figureText, monthLabel } from './figures';
import { cell, FigureTable } from './FigureTable';
import { ReportSection } from './ReportSection';
import type { Dashboard } from './types';

type PartnerType = keyof typeof t.partnerType;

/** Signals per month, stacked by partner type; a withheld count is absent from the bar and "afgeschermd" in the table. */
export function SignalsSection({ rows, months }: { rows: Dashboard['byPartner']['rows']; months: string[] }) {
  const types = (Object.keys(t.partnerType) as PartnerType[]).filter((type) => rows.some((row) => row.partnerType === type));
  const find = (month: string, type: PartnerType) => rows.find((row) => row.month === month && row.partnerType === type);
  const data = months.map((month) => ({
    month: monthLabel(month),
    ...Object.fromEntries(types.map((type) => [type, find(month, type)?.signals ?? null])),
  }));
  return (
    <ReportSection id="signalen" title={t.analyst.sections.signals}>
      <ChartFigure summary={t.analyst.chartSummary.signals} table={
        <FigureTable caption={t.analyst.chartTable} headers={[t.analyst.column.month, ...types.map((type) => t.partnerType[type])]}
          rows={months.map((month) => ({
            label: monthLabel(month, true),
            cells: types.map((type) => { const row = find(month, type); return cell(row ? figureText(row.signals, 'count') : '0'); }),
          }))} />
      }>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {types.map((type, i) => (
            <Bar key={type} dataKey={type} name={t.partnerType[type]} stackId="signals" fill={palette[i % palette.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartFigure>
    </ReportSection>
  );
}
