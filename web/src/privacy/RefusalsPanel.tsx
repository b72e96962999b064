import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import type { AccessRefusalsQuery as Result } from '../gql/graphql';
import { formatDateTime, t } from '../text';
import { AccessRefusalsQuery } from './operations';
import { PeriodForm, lastMonth, type Period } from './PeriodForm';
import { purposeContext, purposeName } from './purposes';

const pageSize = 25;

/** A day's start in the browser's time zone (the officer thinks in local days), as the API's instant. */
const startOf = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const dayAfter = (day: string) => { const d = new Date(`${day}T00:00:00`); d.setDate(d.getDate() + 1); return d.toISOString(); };

/**
 * Every refused access of a period (not just one resident's), oldest first, a page at a time:
 * looking at refusals is supervision, so the requests carry the purpose privacy-supervision.
 */
export function RefusalsPanel() {
  const p = t.privacy;
  const [period, setPeriod] = useState<Period>(lastMonth);
  // The `after` of every page shown so far: the last is the current page's, popping it goes back.
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const context = useMemo(() => purposeContext('privacy-supervision'), []);
  const [result] = useQuery({
    query: AccessRefusalsQuery, context,
    variables: { from: startOf(period.from), to: dayAfter(period.to), first: pageSize + 1, after: cursors[cursors.length - 1] },
  });
  // While another page or period loads, urql still holds the last page: show none of it.
  const shown = result.fetching ? undefined : result.data;
  const rows = shown?.accessRefusals.slice(0, pageSize) ?? [];
  const more = (shown?.accessRefusals.length ?? 0) > pageSize;
  const offset = (cursors.length - 1) * pageSize;
  return (
    <section className="refusals" aria-labelledby="weigeringen-title">
      <h2 id="weigeringen-title">{p.refusalsPeriodTitle}</h2>
      <p>{p.refusalsPeriodIntro}</p>
      <PeriodForm initial={period} onChoose={(chosen) => { setPeriod(chosen); setCursors([undefined]); }} />
      {result.error && <p role="alert" className="error">{errorSentence(result.error)}</p>}
      <div aria-live="polite">
        {!shown ? (!result.error && <p>{t.app.loading}</p>) : rows.length === 0 ? <p className="refusals-state">{p.noRefusalsInPeriod}</p> : (
          <p className="refusals-state">{p.refusalsRange(offset + 1, offset + rows.length, more)}</p>
        )}
      </div>
      {rows.length > 0 && <RefusalsTable rows={rows} />}
      <div className="button-row">
        {cursors.length > 1 && <button type="button" onClick={() => setCursors(cursors.slice(0, -1))}>{p.previousPage(pageSize)}</button>}
        {more && <button type="button" onClick={() => setCursors([...cursors, rows[rows.length - 1].seq])}>{p.nextPage(pageSize)}</button>}
      </div>
    </section>
  );
}

function RefusalsTable({ rows }: { rows: Result['accessRefusals'] }) {
  const p = t.privacy;
  const c = p.column;
  return (
    <div className="table-scroll">
      <table className="consultations refusals-table">
        <caption className="visually-hidden">{p.refusalsPeriodTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{c.at}</th><th scope="col">{c.action}</th><th scope="col">{c.object}</th><th scope="col">{c.purpose}</th>
            <th scope="col">{c.who}</th><th scope="col">{c.role}</th><th scope="col">{c.fields}</th><th scope="col">{c.origin}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>{formatDateTime(row.at)}</td>
              <td>{p.action[row.action] ?? row.action}</td>
              <td>{p.objectTypes[row.objectType] ?? row.objectType} <span className="when">{row.objectId}</span></td>
              <td>{purposeName(row.purpose)} <span className="when">({row.purpose})</span></td>
              <td>{row.actor}</td>
              <td>{p.roleNames[row.actorRole] ?? row.actorRole}</td>
              <td>{row.fields.join(', ')}</td>
              <td>{row.origin}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
