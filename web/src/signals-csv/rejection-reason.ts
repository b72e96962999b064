import { t } from '../text';

/** The hub's reasons (codes, and English messages for bad input) as a partner's employee reads them. */
const messages: Array<[RegExp, string]> = [
  [/externalId/, t.csv.hub.externalId],
  [/signalDate lies in the future/, t.csv.futureDate('signaaldatum')],
  [/arrearsSince lies in the future/, t.csv.futureDate('achterstand_sinds')],
  [/arrearsSince lies after signalDate/, t.csv.arrearsAfterSignal],
  [/signalDate|arrearsSince/, t.csv.hub.date],
  [/amountEuro/, t.csv.hub.amount],
  [/bsn/, t.csv.badBsn],
  [/surname/, t.csv.required('achternaam')],
  [/birthDate/, t.csv.hub.birthDate],
  [/phone/, t.csv.hub.phone],
  [/email/, t.csv.hub.email],
  [/postcode/, t.csv.hub.postcode],
  [/houseNumberSuffix/, t.csv.hub.suffix],
  [/houseNumber/, t.csv.hub.houseNumber],
  [/too long/, t.csv.hub.tooLong],
];

export function rejectionReason(code: string, message: string): string {
  if (code === 'OUT_OF_AREA') return t.csv.hub.outOfArea;
  if (code === 'DUPLICATE_CONFLICT') return t.csv.hub.duplicate;
  return messages.find(([pattern]) => pattern.test(message))?.[1] ?? t.csv.hub.invalid;
}
