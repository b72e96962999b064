import type { ResidentRecordQuery } from '../gql/graphql';
import { formatDate, formatDateTime, formatEuro, t } from '../text';
import { purposeName } from './purposes';

type ResidentRecord = NonNullable<ResidentRecordQuery['residentRecord']>;

/**
 * The art. 15 answer as plain text a resident can read: their data, the signals and cases about
 * them, and when and why their data was looked at (dates and purposes; who, only for the officer).
 */
export function residentLetter(record: ResidentRecord, today: string): string {
  const l = t.privacy.letter;
  const r = record.resident;
  const a = record.household.address;
  const known = (value: string | null | undefined) => value || l.unknown;
  const name = [r.initials, r.surnamePrefix, r.surname].filter(Boolean).join(' ');
  const address = a ? [[a.street, `${a.houseNumber}${a.houseNumberSuffix ?? ''}`].filter(Boolean).join(' '), [a.postcode, a.city].filter(Boolean).join(' ')].join(', ') : l.unknown;
  const list = (items: string[]) => (items.length ? items.map((item) => `- ${item}`) : [l.none]);
  const lines = [
    l.title, '='.repeat(l.title.length), '', l.madeOn(formatDate(today)), '',
    l.personal, '-'.repeat(l.personal.length),
    `${l.name}: ${known(name)}`, `${l.bsn}: ${known(r.bsn)}`, `${l.birthDate}: ${r.birthDate ? formatDate(r.birthDate) : l.unknown}`,
    `${l.phone}: ${known(r.phone)}`, `${l.email}: ${known(r.email)}`, `${l.address}: ${address}`, '',
    l.signals, '-'.repeat(l.signals.length),
    ...list(record.signals.map((s) => l.signal(t.partnerType[s.partnerType], formatDate(s.signalDate), formatEuro(s.amountEuro), t.signalStatus[s.status]))), '',
    l.cases, '-'.repeat(l.cases.length),
    ...(record.household.cases.length ? record.household.cases.flatMap((c) => [
      `- ${l.case(formatDate(c.openedAt), t.caseStatus[c.status])}`,
      ...(c.outcome ? [`  ${l.outcome(t.outcome[c.outcome])}`] : []),
      ...c.contactAttempts.map((at) => `  ${l.attempt(formatDate(at.date), t.channel[at.channel], at.reached)}${at.note ? ` – ${at.note}` : ''}`),
      ...c.notes.filter((n) => n.text).map((n) => `  ${l.note(formatDate(n.createdAt), n.text!)}`),
    ]) : [l.none]), '',
    l.consultations, '-'.repeat(l.consultations.length),
    ...list(record.consultations.filter((c) => c.result === 'allowed').map((c) => l.consultation(formatDateTime(c.at), t.privacy.action[c.action] ?? c.action, purposeName(c.purpose)))), '',
    l.rights, '',
  ];
  return lines.join('\n');
}
