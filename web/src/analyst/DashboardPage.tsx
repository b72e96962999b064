import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSettings } from '../app/context';
import { errorSentence } from '../app/errors';
import { usePageTitle } from '../app/usePageTitle';
import { formatDate, t, todayIso } from '../text';
import { ChannelsSection } from './ChannelsSection';
import { DaysSection } from './DaysSection';
import { Downloads } from './Downloads';
import { Filters } from './Filters';
import { monthLabel } from './figures';
import { GroupTable } from './GroupTable';
import { KeyFigures } from './KeyFigures';
import { DashboardQuery } from './operations';
import { OutcomesSection } from './OutcomesSection';
import { RatesSection } from './RatesSection';
import { ReferenceSection } from './ReferenceSection';
import { monthsOf, parseSelection, period, selectionParams } from './selection';
import { SignalsSection } from './SignalsSection';
import './dashboard.css';

/** The analyst's dashboard: one request for the whole selection, figures on top, then one section per chart. */
export function DashboardPage() {
  usePageTitle(t.analyst.title);
  const settings = useSettings();
  const [params, setParams] = useSearchParams();
  const selection = parseSelection(params);
  const { from, to } = period(selection);
  const [result] = useQuery({
    query: DashboardQuery,
    variables: { from, to, municipality: selection.municipality || null, groupBy: [selection.grouping], withGroups: selection.grouping !== 'MONTH' },
  });
  const months = monthsOf(selection);
  const where = settings.municipalities.find((m) => m.code === selection.municipality)?.name ?? t.analyst.allMunicipalities;
  const periodText = `${monthLabel(selection.fromMonth, true)} – ${monthLabel(selection.toMonth, true)}`;
  const data = result.data;
  return (
    <section className="dashboard">
      <h1>{t.analyst.title}</h1>
      <p className="no-print">{t.analyst.intro}</p>
      <Filters key={params.toString()} selection={selection} onChange={(next) => setParams(selectionParams(next))} />
      <p className="selection"><strong>{t.analyst.selection(periodText, where)}</strong> <span className="print-only">{t.analyst.printedOn(formatDate(todayIso()))}</span></p>
      {result.error && <p role="alert" className="error">{errorSentence(result.error)}</p>}
      {result.fetching && !data && <p role="status">{t.analyst.loading}</p>}
      {data && (
        <>
          <p className="threshold" data-threshold={data.byMonth.suppressionThreshold}>{t.analyst.suppressedNote(data.byMonth.suppressionThreshold)}</p>
          <KeyFigures totals={data.byMonth.totals} />
          <Downloads from={from} to={to} municipality={selection.municipality} grouping={selection.grouping} />
          {data.byMonth.rows.length === 0 ? <p>{t.analyst.nothing}</p> : (
            <>
              <SignalsSection rows={data.byPartner.rows} months={months} />
              <RatesSection rows={data.byMonth.rows} months={months} />
              <DaysSection rows={data.byMonth.rows} months={months} />
              <ChannelsSection channels={data.byMonth.totals.attemptsByChannel} />
              <OutcomesSection outcomes={data.byMonth.totals.outcomes} />
              <ReferenceSection totals={data.byMonth.totals} />
              <GroupTable rows={data.grouped?.rows ?? data.byMonth.rows} grouping={selection.grouping} />
            </>
          )}
        </>
      )}
    </section>
  );
}
