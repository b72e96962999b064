import type { ResidentConsultationsQuery } from '../gql/graphql';
import { formatDateTime, t } from '../text';
import { purposeName } from './purposes';

type Consultation = ResidentConsultationsQuery['residentConsultations'][number];

/** Consultations (or refusals) of one resident's data: when, what, why, and who. */
export function ConsultationsTable({ caption, rows, empty }: { caption: string; rows: Consultation[]; empty: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  const c = t.privacy.column;
  return (
    <div className="table-scroll">
      <table className="consultations">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr><th scope="col">{c.at}</th><th scope="col">{c.action}</th><th scope="col">{c.purpose}</th><th scope="col">{c.who}</th><th scope="col">{c.role}</th><th scope="col">{c.fields}</th></tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{formatDateTime(row.at)}</td>
              <td>{t.privacy.action[row.action] ?? row.action}</td>
              <td>{purposeName(row.purpose)} <span className="when">({row.purpose})</span></td>
              <td>{row.actor}</td>
              <td>{t.privacy.roleNames[row.actorRole] ?? row.actorRole}</td>
              <td>{row.fields.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
