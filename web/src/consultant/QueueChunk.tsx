import { useEffect } from 'react';
import { useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import { t } from '../text';
import { QueueQuery } from './operations';
import { CaseCard } from './CaseCard';
import { filterOf, type QueueFilter } from './queue-filters';

const pageSize = 20;

/** One page of the queue; the last page offers the next. */
export function QueueChunk({ filter, after, refreshTick, isLast, onMore }: {
  filter: QueueFilter; after: string | null; refreshTick: number; isLast: boolean; onMore: (endCursor: string) => void;
}) {
  const [result, refetch] = useQuery({ query: QueueQuery, variables: { filter: filterOf[filter], first: pageSize, after } });
  useEffect(() => {
    if (refreshTick > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshTick, refetch]);
  const connection = result.data?.cases;
  if (result.error && !connection) return <li><p role="alert" className="error">{errorSentence(result.error)}</p></li>;
  if (!connection) return after ? null : <li>{t.app.loading}</li>;
  if (!after && connection.edges.length === 0) return <li>{t.queue.empty}</li>;
  return (
    <>
      {connection.edges.map(({ node }) => <CaseCard key={node.id} kase={node} />)}
      {isLast && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <li className="more">
          <button type="button" onClick={() => onMore(connection.pageInfo.endCursor!)}>{t.queue.more}</button>
        </li>
      )}
    </>
  );
}
