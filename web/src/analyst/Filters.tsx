import { useState, type FormEvent } from 'react';
import { useSettings } from '../app/context';
import { t } from '../text';
import type { Grouping, Selection } from './selection';

/** Period, municipality and grouping; applied with "Toon" so one change is one request. */
export function Filters({ selection, onChange }: { selection: Selection; onChange: (next: Selection) => void }) {
  const settings = useSettings();
  const [draft, setDraft] = useState(selection);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = !draft.fromMonth || !draft.toMonth || draft.fromMonth > draft.toMonth;
    setInvalid(wrong);
    if (!wrong) onChange(draft);
  };
  return (
    <form className="filters-form no-print" onSubmit={submit} aria-labelledby="selectie-title" noValidate>
      <h2 id="selectie-title" className="visually-hidden">{t.analyst.filters}</h2>
      <div className="filter-fields">
        <div>
          <label htmlFor="van">{t.analyst.from}</label>
          <input id="van" type="month" value={draft.fromMonth} aria-invalid={invalid || undefined} aria-describedby={invalid ? 'periode-fout' : undefined}
            onChange={(e) => setDraft({ ...draft, fromMonth: e.target.value })} />
        </div>
        <div>
          <label htmlFor="tot">{t.analyst.to}</label>
          <input id="tot" type="month" value={draft.toMonth} aria-invalid={invalid || undefined}
            onChange={(e) => setDraft({ ...draft, toMonth: e.target.value })} />
        </div>
        <div>
          <label htmlFor="gemeente">{t.analyst.municipality}</label>
          <select id="gemeente" value={draft.municipality} onChange={(e) => setDraft({ ...draft, municipality: e.target.value })}>
            <option value="">{t.analyst.allMunicipalities}</option>
            {settings.municipalities.map((m) => <option key={m.code} value={m.code}>{m.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="per">{t.analyst.grouping}</label>
          <select id="per" value={draft.grouping} onChange={(e) => setDraft({ ...draft, grouping: e.target.value as Grouping })}>
            {(Object.keys(t.analyst.groupBy) as Grouping[]).map((g) => <option key={g} value={g}>{t.analyst.groupBy[g]}</option>)}
          </select>
        </div>
        <button type="submit" className="primary">{t.analyst.show}</button>
      </div>
      {invalid && <p id="periode-fout" role="alert" className="error">{t.analyst.periodInvalid}</p>}
    </form>
  );
}
