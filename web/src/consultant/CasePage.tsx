import { useParams } from 'react-router';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import { usePageTitle } from '../app/usePageTitle';
import { formatDate, formatDateTime, t } from '../text';
import { formatAddress } from './address';
import { CaseActions } from './CaseActions';
import { CaseQuery } from './operations';
import { Residents } from './Residents';
import { Signals } from './Signals';
import { Timeline } from './Timeline';

/** One case: the household, its signals, what was done, and what can be done next. */
export function CasePage() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: CaseQuery, variables: { id } });
  const kase = result.data?.case;
  const address = formatAddress(kase?.household.address);
  usePageTitle(address || t.case.title);
  if (result.error && !kase) return <p role="alert" className="error">{errorSentence(result.error)}</p>;
  if (result.fetching && !kase) return <p>{t.app.loading}</p>;
  if (!kase) return <p role="alert" className="error">{t.errors.NOT_FOUND}</p>;
  return (
    <article className="case">
      <p><Link to="/werkbak">{t.case.back}</Link></p>
      <h1>{address || t.case.title}</h1>
      <p className="badges">
        {kase.crisis && <span className="badge crisis">{t.queue.crisis}</span>}
        {kase.overdue && <span className="badge overdue">{t.queue.overdue}</span>}
        {kase.multiple && <span className="badge">{t.queue.multiple}</span>}
      </p>
      <dl className="facts">
        <dt>{t.case.status}</dt><dd>{t.caseStatus[kase.status]}</dd>
        <dt>{t.case.openedAt}</dt><dd>{formatDateTime(kase.openedAt)}</dd>
        <dt>{t.case.dueBy}</dt><dd>{formatDate(kase.contactDueBy)}</dd>
        {kase.assignee && <><dt>{t.case.assignee}</dt><dd>{kase.assignee}</dd></>}
        {kase.outcome && <><dt>{t.case.outcome}</dt><dd>{t.outcome[kase.outcome]} ({formatDateTime(kase.closedAt)})</dd></>}
      </dl>
      <div className="case-columns">
        <div>
          <Residents residents={kase.household.residents ?? []} />
          <Signals signals={kase.signals} />
          <Timeline attempts={kase.contactAttempts} notes={kase.notes ?? []} />
        </div>
        <CaseActions kase={kase} />
      </div>
    </article>
  );
}
