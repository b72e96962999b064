import { useState } from 'react';
import { useSessionStore } from '../app/context';
import { t } from '../text';
import type { Grouping } from './selection';

/**
 * The CSV the hub makes (`/evaluation.csv`, which wants the bearer token, so it is fetched and
 * handed to the browser as a file) and the printed report (the print stylesheet: one page per section).
 */
export function Downloads({ from, to, municipality, grouping }: { from: string; to: string; municipality: string; grouping: Grouping }) {
  const sessions = useSessionStore();
  const [failed, setFailed] = useState(false);
  const downloadCsv = async () => {
    setFailed(false);
    const query = new URLSearchParams({ from, to, groupBy: grouping === 'MONTH' ? 'MONTH' : `${grouping},MONTH` });
    if (municipality) query.set('municipality', municipality);
    try {
      const token = await sessions.validToken();
      const response = await fetch(`/evaluation.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `evaluatie-${from}-${to}${municipality ? `-${municipality}` : ''}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="downloads no-print" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t.analyst.downloads}</h2>
      <div className="button-row">
        <button type="button" onClick={() => void downloadCsv()}>{t.analyst.csv}</button>
        <button type="button" onClick={() => window.print()}>{t.analyst.print}</button>
      </div>
      <p className="when">{t.analyst.printHint}</p>
      {failed && <p role="alert" className="error">{t.analyst.csvFailed}</p>}
    </section>
  );
}
