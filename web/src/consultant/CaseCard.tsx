import { Link } from 'react-router';
import { useSession } from '../app/context';
import type { QueueQuery } from '../gql/graphql';
import { formatDate, formatEuro, t } from '../text';
import { formatAddress, formatName } from './address';

type QueueCase = QueueQuery['cases']['edges'][number]['node'];

/** One case in the queue: where, who, how urgent. */
export function CaseCard({ kase }: { kase: QueueCase }) {
  const { session } = useSession();
  const address = formatAddress(kase.household.address) || t.case.title;
  const names = (kase.household.residents ?? []).map(formatName).join(', ');
  const total = kase.signals.reduce((sum, s) => sum + s.amountEuro, 0);
  const kinds = [...new Set(kase.signals.map((s) => t.partnerType[s.partnerType]))].sort().join(', ');
  return (
    <li className={`case-card${kase.crisis ? ' is-crisis' : ''}${kase.overdue ? ' is-overdue' : ''}`}>
      <h2><Link to={`/werkbak/zaak/${kase.id}`}>{address}</Link></h2>
      {names && <p>{names}</p>}
      <p className="badges">
        {kase.crisis && <span className="badge crisis">{t.queue.crisis}</span>}
        {kase.overdue && <span className="badge overdue">{t.queue.overdue}</span>}
        {kase.multiple && <span className="badge">{t.queue.multiple}</span>}
        <span className="badge status">{t.caseStatus[kase.status]}</span>
      </p>
      <p>{t.queue.contactBy(formatDate(kase.contactDueBy))}</p>
      <p>{kinds}: {formatEuro(total)}</p>
      {kase.assignee && <p>{kase.assignee === session?.sub ? t.queue.assignedToMe : t.queue.assignedToOther}</p>}
    </li>
  );
}
