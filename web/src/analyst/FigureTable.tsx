import { t } from '../text';

export interface TableCell { text: string; suppressed?: boolean }
export const cell = (text: string): TableCell => ({ text, suppressed: text === t.analyst.suppressed });

/** The numbers of a chart as a table: the chart's text alternative, and what a printed report keeps. */
export function FigureTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: Array<{ label: string; cells: TableCell[] }> }) {
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>{headers.map((header, i) => <th key={i} scope="col">{header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((c, i) => <td key={i} className={c.suppressed ? 'suppressed' : undefined}>{c.text}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
