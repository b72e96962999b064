import { useMutation, useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import { formatDateTime, t } from '../text';
import { AccessLogStateQuery, VerifyAccessLogMutation } from './operations';

const number = new Intl.NumberFormat('nl-NL');

/** The access log's state: the last verification with its result, and a button that runs one now. */
export function AccessLogPanel() {
  const [state, refetch] = useQuery({ query: AccessLogStateQuery, requestPolicy: 'network-only' });
  const [run, verify] = useMutation(VerifyAccessLogMutation);
  const last = run.data?.verifyAccessLog ?? state.data?.accessLogVerification;
  const p = t.privacy;
  const start = async () => {
    await verify({});
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <section className="access-log" aria-labelledby="toegangslog-title">
      <h2 id="toegangslog-title">{p.logTitle}</h2>
      <p>{p.logIntro}</p>
      <div aria-live="polite" className="log-state">
        {run.fetching ? <p>{p.verifying}</p> : !last ? (state.data && <p>{p.logNever}</p>) : last.ok
          ? <p className="done">{p.logOk(formatDateTime(last.at), number.format(last.checked), last.verifiedBy)}</p>
          : <p className="error">{p.logBroken(formatDateTime(last.at), last.brokenAt ?? '?', last.reason ?? '', last.verifiedBy)}</p>}
      </div>
      {(state.error || run.error) && <p role="alert" className="error">{errorSentence(state.error ?? run.error)}</p>}
      <button type="button" onClick={() => void start()} disabled={run.fetching}>{p.verify}</button>
    </section>
  );
}
