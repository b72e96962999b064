import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { errorSentence } from '../app/errors';
import { usePageTitle } from '../app/usePageTitle';
import { t } from '../text';
import { AccessLogPanel } from './AccessLogPanel';
import { FindResidentsQuery } from './operations';
import { purposeContext, purposes, type Purpose } from './purposes';
import { RefusalsPanel } from './RefusalsPanel';
import { ResidentPanel } from './ResidentPanel';
import './console.css';

/**
 * The privacy officer's console. The BSN stays in the page (never in the address, which ends up
 * in the browser's history); the stated purpose goes with every request.
 */
export function ConsolePage() {
  usePageTitle(t.privacy.title);
  const [purpose, setPurpose] = useState<Purpose>('access-request');
  const [bsn, setBsn] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [search, setSearch] = useState<{ bsn: string; purpose: Purpose; at: number } | null>(null);
  const p = t.privacy;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = bsn.replace(/\s/g, '');
    const wrong = !/^\d{9}$/.test(digits);
    setInvalid(wrong);
    if (!wrong) setSearch({ bsn: digits, purpose, at: Date.now() });
  };
  return (
    <section className="privacy-console">
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      <form onSubmit={submit} aria-labelledby="zoeken-title" noValidate>
        <h2 id="zoeken-title">{p.searchTitle}</h2>
        <label htmlFor="doel">{p.purpose}</label>
        <select id="doel" value={purpose} aria-describedby="doel-uitleg" onChange={(e) => setPurpose(e.target.value as Purpose)}>
          {purposes.map((name) => <option key={name} value={name}>{p.purposes[name]}</option>)}
        </select>
        <p id="doel-uitleg" className="when">{p.purposeHint}</p>
        <label htmlFor="bsn">{p.bsn}</label>
        <input id="bsn" inputMode="numeric" autoComplete="off" value={bsn} onChange={(e) => setBsn(e.target.value)}
          aria-invalid={invalid || undefined} aria-describedby={invalid ? 'bsn-fout' : 'bsn-uitleg'} />
        <p id="bsn-uitleg" className="when">{p.bsnHint}</p>
        {invalid && <p id="bsn-fout" role="alert" className="error">{p.bsnInvalid}</p>}
        <button type="submit" className="primary">{p.search}</button>
      </form>
      {search && <SearchResult key={search.at} bsn={search.bsn} purpose={search.purpose} />}
      <RefusalsPanel />
      <AccessLogPanel />
    </section>
  );
}

function SearchResult({ bsn, purpose }: { bsn: string; purpose: Purpose }) {
  const context = useMemo(() => purposeContext(purpose), [purpose]);
  const [found] = useQuery({ query: FindResidentsQuery, variables: { bsn }, context });
  if (found.error) return <p role="alert" className="error">{errorSentence(found.error)}</p>;
  if (!found.data) return <p role="status">{t.app.loading}</p>;
  const residents = found.data.findResidents;
  return (
    <div className="search-result">
      <p role="status">{residents.length ? t.privacy.found(residents.length) : t.privacy.notFound}</p>
      {residents.map((resident, i) => <ResidentPanel key={resident.id} residentId={resident.id} purpose={purpose} number={i + 1} />)}
    </div>
  );
}
