import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import { t } from '../text';
import { ConsultationsTable } from './ConsultationsTable';
import { EraseResident } from './EraseResident';
import { ExportRecord } from './ExportRecord';
import { ConsultationsQuery } from './operations';
import { purposeContext, type Purpose } from './purposes';

/** One resident found by BSN: who consulted their data and why, the refusals, export and erasure. */
export function ResidentPanel({ residentId, purpose, number }: { residentId: string; purpose: Purpose; number: number }) {
  const context = useMemo(() => purposeContext(purpose), [purpose]);
  const [consultations, refetch] = useQuery({ query: ConsultationsQuery, variables: { residentId }, context });
  const [erased, setErased] = useState(false);
  const rows = consultations.data?.residentConsultations ?? [];
  const p = t.privacy;
  return (
    <article className="resident-panel" aria-labelledby={`resident-${residentId}`} aria-busy={consultations.fetching}>
      <h2 id={`resident-${residentId}`}>{p.resident(number)}</h2>
      {consultations.error && <p role="alert" className="error">{errorSentence(consultations.error)}</p>}
      <h3>{p.consultationsTitle}</h3>
      <p>{p.consultationsIntro}</p>
      <ConsultationsTable caption={p.consultationsTitle} rows={rows.filter((r) => r.result === 'allowed')} empty={p.noConsultations} />
      <h3>{p.refusalsTitle}</h3>
      <p>{p.refusalsIntro}</p>
      <ConsultationsTable caption={p.refusalsTitle} rows={rows.filter((r) => r.result !== 'allowed')} empty={p.noRefusals} />
      {!erased && <ExportRecord residentId={residentId} purpose={purpose} onDone={() => refetch(context)} />}
      <EraseResident residentId={residentId} purpose={purpose} onErased={() => setErased(true)} />
    </article>
  );
}
