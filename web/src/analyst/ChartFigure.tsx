import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * One chart of the dashboard: the drawing (an image to assistive technology, described by its
 * summary) followed by its figures as a table, so nothing is only in the picture.
 */
export function ChartFigure({ summary, height = 300, children, table }: { summary: string; height?: number; children: ReactElement; table: ReactNode }) {
  return (
    <figure className="chart">
      <div className="chart-area" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={height}>{children}</ResponsiveContainer>
      </div>
      {table}
    </figure>
  );
}

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by the legend and the table too. */
export const palette = ['#00567a', '#a4000f', '#1f6b2a', '#7a4a00', '#5b2a86', '#4a4a4a', '#b3005e', '#006d6f', '#8a5a00', '#2f4b9a', '#6b6b00'];
