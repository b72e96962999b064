import type { CaseDetailQuery } from '../gql/graphql';
import { formatDate, formatEuro, t } from '../text';

type Signal = NonNullable<CaseDetailQuery['case']>['signals'][number];

/** What the partners reported: kind, amount, since when, crisis and warm handover. */
export function Signals({ signals }: { signals: Signal[] }) {
  return (
    <section aria-labelledby="signals-title">
      <h2 id="signals-title">{t.case.signals}</h2>
      <ul className="signals">
        {signals.map((signal) => (
          <li key={signal.id}>
            <strong>{t.partnerType[signal.partnerType]}</strong>: {formatEuro(signal.amountEuro)}
            {signal.crisis && <span className="badge crisis">{t.queue.crisis}</span>}
            <br />
            {t.case.since} {formatDate(signal.arrearsSince)}; {t.case.reported} {formatDate(signal.signalDate)}
            {signal.warmHandover && <><br />{t.case.warmHandover}</>}
            {signal.status === 'WITHDRAWN' && signal.withdrawalReason && <><br />{t.case.withdrawn(t.withdrawalReason[signal.withdrawalReason])}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
