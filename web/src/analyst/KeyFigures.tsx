import { t } from '../text';
import { figureText, type FigureKind } from './figures';
import type { Totals } from './types';

const figures: Array<{ name: keyof typeof t.analyst.figures; field: keyof Totals; kind: FigureKind }> = [
  { name: 'signalsPer1000', field: 'signalsPer1000Inhabitants', kind: 'decimal' },
  { name: 'caseRate', field: 'caseRate', kind: 'rate' },
  { name: 'reachRate', field: 'reachRate', kind: 'rate' },
  { name: 'acceptanceRate', field: 'acceptanceRate', kind: 'rate' },
  { name: 'medianDaysToFirstContact', field: 'medianDaysToFirstContact', kind: 'days' },
];

/** The main indicators of the whole selection, each with its definition one click away. */
export function KeyFigures({ totals }: { totals: Totals }) {
  return (
    <section className="report-section key-section" aria-labelledby="kerncijfers-title">
      <h2 id="kerncijfers-title">{t.analyst.keyFigures}</h2>
      <p>{t.analyst.signals(figureText(totals.signals, 'count'))}, {t.analyst.cases(figureText(totals.casesOpened, 'count'))}</p>
      <ul className="key-figures">
        {figures.map(({ name, field, kind }) => {
          const value = figureText(totals[field] as number | null, kind);
          return (
            <li key={name} className="key-figure" data-figure={name}>
              <span className="key-label">{t.analyst.figures[name].label}</span>
              <strong className={value === t.analyst.suppressed ? 'key-value suppressed' : 'key-value'}>{value}</strong>
              <details>
                <summary>{t.analyst.definition}<span className="visually-hidden">: {t.analyst.figures[name].label}</span></summary>
                <p>{t.analyst.figures[name].definition}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
