import type { CaseDetailQuery } from '../gql/graphql';
import { formatDate, t } from '../text';
import { formatName } from './address';

type Resident = NonNullable<NonNullable<CaseDetailQuery['case']>['household']['residents']>[number];

/** The residents with links to call or write them straight from a phone. */
export function Residents({ residents }: { residents: Resident[] }) {
  return (
    <section aria-labelledby="residents-title">
      <h2 id="residents-title">{t.case.residents}</h2>
      <ul className="residents">
        {residents.map((resident) => {
          const name = formatName(resident);
          return (
            <li key={resident.id}>
              <strong>{name}</strong>
              {resident.birthDate && <span> ({t.case.born(formatDate(resident.birthDate))})</span>}
              <ul className="contact">
                {resident.phone && (
                  <li><a href={`tel:${resident.phone.replace(/[^+\d]/g, '')}`}><span className="visually-hidden">{t.case.call(name)}: </span>{resident.phone}</a></li>
                )}
                {resident.email && (
                  <li><a href={`mailto:${resident.email}`}><span className="visually-hidden">{t.case.write(name)}: </span>{resident.email}</a></li>
                )}
                {!resident.phone && !resident.email && <li>{t.case.noContactData}</li>}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
