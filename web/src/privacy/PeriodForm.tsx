import { useState, type FormEvent } from 'react';
import { t, todayIso } from '../text';

export interface Period { from: string; to: string }

/** The last 30 days up to and including today. */
export function lastMonth(): Period {
  const from = new Date();
  from.setDate(from.getDate() - 30);
  return { from: todayIso(from), to: todayIso() };
}

/** First and last day of a period (both included); "Toon" hands it on when the first does not lie after the last. */
export function PeriodForm({ initial, onChoose }: { initial: Period; onChoose: (period: Period) => void }) {
  const p = t.privacy;
  const [draft, setDraft] = useState<Period>(initial);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = !draft.from || !draft.to || draft.from > draft.to;
    setInvalid(wrong);
    if (!wrong) onChoose(draft);
  };
  const described = invalid ? 'periode-fout' : undefined;
  return (
    <form onSubmit={submit} className="period" noValidate>
      <div>
        <label htmlFor="weigeringen-van">{p.periodFrom}</label>
        <input id="weigeringen-van" type="date" value={draft.from} max={todayIso()} onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          aria-invalid={invalid || undefined} aria-describedby={described} />
      </div>
      <div>
        <label htmlFor="weigeringen-tot">{p.periodTo}</label>
        <input id="weigeringen-tot" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          aria-invalid={invalid || undefined} aria-describedby={described} />
      </div>
      <button type="submit">{p.periodShow}</button>
      {invalid && <p id="periode-fout" role="alert" className="error">{p.periodInvalid}</p>}
    </form>
  );
}
