import { useState } from 'react';
import { useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import { usePageTitle } from '../app/usePageTitle';
import { formatDate, formatEuro, t } from '../text';
import { MySignalsQuery } from './operations';
import { WithdrawControl } from './WithdrawControl';

const pageSize = 50;

/** The partner's own signals with the feedback it may see, and withdrawal with a reason. */
export function MySignalsPage() {
  usePageTitle(t.mySignals.title);
  const [after, setAfter] = useState<Array<string | null>>([null]);
  return (
    <section>
      <h1>{t.mySignals.title}</h1>
      <p>{t.mySignals.intro}</p>
      <div className="table-scroll">
        <table className="signals-table">
          <thead>
            <tr>
              <th scope="col">{t.mySignals.reference}</th><th scope="col">{t.mySignals.type}</th>
              <th scope="col">{t.mySignals.amount}</th><th scope="col">{t.mySignals.signalDate}</th>
              <th scope="col">{t.mySignals.feedback}</th><th scope="col">{t.mySignals.actions}</th>
            </tr>
          </thead>
          {after.map((cursor, index) => (
            <SignalRows key={cursor ?? 'first'} after={cursor} isLast={index === after.length - 1} onMore={(end) => setAfter((list) => [...list, end])} />
          ))}
        </table>
      </div>
    </section>
  );
}

function SignalRows({ after, isLast, onMore }: { after: string | null; isLast: boolean; onMore: (end: string) => void }) {
  const [result] = useQuery({ query: MySignalsQuery, variables: { first: pageSize, after } });
  const connection = result.data?.mySignals;
  if (!connection) {
    const message = result.error ? errorSentence(result.error) : t.app.loading;
    return <tbody><tr><td colSpan={6} role={result.error ? 'alert' : undefined}>{message}</td></tr></tbody>;
  }
  if (!after && connection.edges.length === 0) return <tbody><tr><td colSpan={6}>{t.mySignals.empty}</td></tr></tbody>;
  return (
    <tbody>
      {connection.edges.map(({ node }) => (
        <tr key={node.id}>
          <td>{node.externalId}</td>
          <td>{t.partnerType[node.partnerType]}</td>
          <td>{formatEuro(node.amountEuro)}</td>
          <td>{formatDate(node.signalDate)}</td>
          <td>
            {t.feedback[node.feedback]}
            {node.withdrawalReason && <> ({t.withdrawalReason[node.withdrawalReason]})</>}
          </td>
          <td><WithdrawControl externalId={node.externalId} withdrawn={node.status === 'WITHDRAWN'} /></td>
        </tr>
      ))}
      {isLast && connection.pageInfo.hasNextPage && (
        <tr><td colSpan={6}><button type="button" onClick={() => onMore(connection.pageInfo.endCursor!)}>{t.mySignals.more}</button></td></tr>
      )}
    </tbody>
  );
}
