import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import { usePageTitle } from '../app/usePageTitle';
import { t } from '../text';
import { QueueCountsQuery } from './operations';
import { QueueChunk } from './QueueChunk';
import { parseFilter, queueFilters } from './queue-filters';
import { usePolling } from './usePolling';

/** The consultant's werkbak: tabs with counts, the cases of the chosen tab, more on request. */
export function QueuePage() {
  usePageTitle(t.queue.title);
  const [params, setParams] = useSearchParams();
  const filter = parseFilter(params.get('lijst'));
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [counts, refetchCounts] = useQuery({ query: QueueCountsQuery });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => {
    refetchCounts({ requestPolicy: 'network-only' });
    setTick((n) => n + 1);
  }, [refetchCounts]);
  usePolling(refresh);

  const choose = (next: string) => {
    setCursors([null]);
    setParams({ lijst: next });
  };
  return (
    <section>
      <h1>{t.queue.title}</h1>
      <p>{t.queue.intro}</p>
      <nav aria-label={t.queue.filtersLabel} className="filters">
        <ul>
          {queueFilters.map((name) => {
            const count = counts.data?.[name].totalCount;
            return (
              <li key={name}>
                <Link to={`?lijst=${name}`} aria-current={name === filter ? 'page' : undefined}
                  onClick={(event) => { event.preventDefault(); choose(name); }}>
                  {t.queue.filter[name]}{count !== undefined && <span className="count"> ({count})</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {counts.error && <p role="alert" className="error">{errorSentence(counts.error)}</p>}
      <div aria-live="polite" className="visually-hidden">{counts.data && t.queue.count(counts.data[filter].totalCount)}</div>
      <ol className="queue" key={filter}>
        {cursors.map((after, index) => (
          <QueueChunk key={after ?? 'first'} filter={filter} after={after} refreshTick={index === 0 ? tick : 0}
            isLast={index === cursors.length - 1} onMore={(end) => setCursors((list) => [...list, end])} />
        ))}
      </ol>
    </section>
  );
}
