import type { CaseDetailQuery } from '../gql/graphql';
import { formatDate, formatDateTime, t } from '../text';

type Detail = NonNullable<CaseDetailQuery['case']>;

/** Contact attempts and notes, newest first. */
export function Timeline({ attempts, notes }: { attempts: Detail['contactAttempts']; notes: NonNullable<Detail['notes']> }) {
  const items = [
    ...attempts.map((a, i) => ({
      key: `a${i}`, at: a.date,
      title: t.case.attempt(t.channel[a.channel], a.reached),
      when: `${formatDate(a.date)}${a.dayPart ? `, ${t.dayPart[a.dayPart].toLowerCase()}` : ''}`,
      text: a.note,
    })),
    ...notes.map((n, i) => ({ key: `n${i}`, at: n.createdAt, title: t.case.noteBy(n.author), when: formatDateTime(n.createdAt), text: n.text })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.case.timeline}</h2>
      {items.length === 0 ? <p>{t.case.noTimeline}</p> : (
        <ol className="timeline">
          {items.map((item) => (
            <li key={item.key}>
              <strong>{item.title}</strong> <span className="when">{item.when}</span>
              {item.text && <p>{item.text}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
