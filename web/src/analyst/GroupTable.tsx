import { useSettings } from '../app/context';
import { t } from '../text';
import { figureText, monthLabel, type FigureKind } from './figures';
import { cell, FigureTable } from './FigureTable';
import { ReportSection } from './ReportSection';
import type { Grouping } from './selection';
import type { GroupRow } from './types';

const columns: Array<{ field: keyof GroupRow & keyof typeof t.analyst.column; kind: FigureKind }> = [
  { field: 'signals', kind: 'count' }, { field: 'casesOpened', kind: 'count' }, { field: 'caseRate', kind: 'rate' },
  { field: 'reachRate', kind: 'rate' }, { field: 'acceptanceRate', kind: 'rate' },
  { field: 'medianDaysToFirstAttempt', kind: 'days' }, { field: 'medianDaysToFirstContact', kind: 'days' },
];

/** Every key figure per group of the chosen grouping. */
export function GroupTable({ rows, grouping }: { rows: GroupRow[]; grouping: Grouping }) {
  const settings = useSettings();
  const label = (row: GroupRow) => {
    if (grouping === 'MONTH') return monthLabel(row.month ?? '', true);
    if (grouping === 'PARTNER_TYPE') return row.partnerType ? t.partnerType[row.partnerType] : '';
    return settings.municipalities.find((m) => m.code === row.municipality)?.name ?? row.municipality ?? '';
  };
  const by = t.analyst.groupBy[grouping];
  return (
    <ReportSection id="groepen" title={t.analyst.sections.groups(by)}>
      <FigureTable caption={t.analyst.sections.groups(by)}
        headers={[t.analyst.column.group, ...columns.map((c) => t.analyst.column[c.field])]}
        rows={rows.map((row) => ({ label: label(row), cells: columns.map((c) => cell(figureText(row[c.field] as number | null, c.kind))) }))} />
    </ReportSection>
  );
}
