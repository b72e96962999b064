import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../text';
import { ChartFigure, palette } from './ChartFigure';
import { figureText } from './figures';
import { cell, FigureTable } from './FigureTable';
import { ReportSection } from './ReportSection';
import type { Totals } from './types';

/** Contact attempts per channel over the whole selection, and per opened case. */
export function ChannelsSection({ channels }: { channels: Totals['attemptsByChannel'] }) {
  const data = channels.map((c) => ({ channel: t.channel[c.channel], attempts: c.attempts }));
  return (
    <ReportSection id="kanalen" title={t.analyst.sections.channels}>
      <ChartFigure summary={t.analyst.chartSummary.channels} table={
        <FigureTable caption={t.analyst.chartTable} headers={[t.analyst.column.channel, t.analyst.column.attempts, t.analyst.column.attemptsPerCase]}
          rows={channels.map((c) => ({ label: t.channel[c.channel], cells: [cell(figureText(c.attempts, 'count')), cell(figureText(c.attemptsPerCase, 'decimal'))] }))} />
      }>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="channel" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="attempts" name={t.analyst.column.attempts} fill={palette[0]} isAnimationActive={false} />
        </BarChart>
      </ChartFigure>
    </ReportSection>
  );
}
