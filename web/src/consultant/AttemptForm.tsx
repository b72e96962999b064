import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorSentence } from '../app/errors';
import type { ContactChannel, DayPart } from '../gql/graphql';
import { t, todayIso } from '../text';
import { Feedback } from './Feedback';
import { RecordAttemptMutation } from './operations';

const channels: ContactChannel[] = ['PHONE', 'HOME_VISIT', 'LETTER', 'CARD', 'EMAIL', 'SMS_WHATSAPP', 'APPOINTMENT_ON_LOCATION', 'ADMINISTRATIVE', 'OTHER', 'UNKNOWN'];
const dayParts: DayPart[] = ['MORNING', 'AFTERNOON', 'EVENING'];

/** Record one try to reach the resident; the date is today unless changed. */
export function AttemptForm({ caseId }: { caseId: string }) {
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [reached, setReached] = useState<'yes' | 'no'>('no');
  const [date, setDate] = useState(todayIso());
  const [dayPart, setDayPart] = useState<DayPart | ''>('');
  const [note, setNote] = useState('');
  const [result, record] = useMutation(RecordAttemptMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await record({
      caseId, attempt: { channel, reached: reached === 'yes', date, dayPart: dayPart || null, note: note.trim() || null },
    });
    if (!answer.error) setNote('');
  };
  const error = errorSentence(result.error);
  return (
    <form className="action" onSubmit={(event) => void submit(event)} aria-labelledby="attempt-title">
      <h2 id="attempt-title">{t.actions.attemptTitle}</h2>
      <label htmlFor="attempt-channel">{t.actions.channel}</label>
      <select id="attempt-channel" value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}>
        {channels.map((c) => <option key={c} value={c}>{t.channel[c]}</option>)}
      </select>
      <fieldset>
        <legend>{t.actions.reached}</legend>
        <label><input type="radio" name="attempt-reached" value="yes" checked={reached === 'yes'} onChange={() => setReached('yes')} /> {t.actions.yes}</label>
        <label><input type="radio" name="attempt-reached" value="no" checked={reached === 'no'} onChange={() => setReached('no')} /> {t.actions.no}</label>
      </fieldset>
      <label htmlFor="attempt-date">{t.actions.date}</label>
      <input id="attempt-date" type="date" required value={date} max={todayIso()} onChange={(e) => setDate(e.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby="attempt-feedback" />
      <label htmlFor="attempt-daypart">{t.actions.dayPart}</label>
      <select id="attempt-daypart" value={dayPart} onChange={(e) => setDayPart(e.target.value as DayPart | '')}>
        <option value="">{t.actions.noDayPart}</option>
        {dayParts.map((d) => <option key={d} value={d}>{t.dayPart[d]}</option>)}
      </select>
      <label htmlFor="attempt-note">{t.actions.note}</label>
      <textarea id="attempt-note" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" disabled={result.fetching}>{t.actions.saveAttempt}</button>
      <Feedback id="attempt-feedback" error={error} done={result.data && !result.error ? t.actions.attemptSaved : undefined} />
    </form>
  );
}
