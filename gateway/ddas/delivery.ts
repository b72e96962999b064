import type { CaseOutcome, ContactChannel, DayPart, PartnerType, SignalStatus } from '../../subgraphs/shared/enums';
import type { RouteContext } from '../routes';
import { contactsoort, dagdeel, eindresultaat, notPickedUpOutcomes, signaalpartner, signaalstatus } from './enumerations';
import type { DeliveryRequest } from './request';

/** Everything the delivery needs, read through the supergraph as the cbs client: the same rules, the same access log. */
export const deliveryQuery = `
  query DdasDelivery($from: Date!, $to: Date!, $municipalities: [String!]!, $offset: Int!, $limit: Int!) {
    ddasSignals(from: $from, to: $to, municipalities: $municipalities, offset: $offset, limit: $limit) {
      totalCount
      signals {
        id partnerType amountEuro arrearsSince signalDate crisis warmHandover status withdrawnAt
        resident { bsn }
        household { municipality { code } address { postcode houseNumber houseNumberSuffix } }
        case { id openedAt pickedUpAt outcome contactAttempts { channel reached date dayPart } }
      }
    }
  }`;

interface SignalRow {
  id: string; partnerType: PartnerType; amountEuro: number; arrearsSince: string; signalDate: string; crisis: boolean; warmHandover: boolean; status: SignalStatus;
  withdrawnAt: string | null;
  resident: { bsn: string | null } | null;
  household: { municipality: { code: string }; address: { postcode: string; houseNumber: number; houseNumberSuffix: string | null } | null } | null;
  case: { id: string; openedAt: string; pickedUpAt: string | null; outcome: CaseOutcome | null; contactAttempts: Array<{ channel: ContactChannel; reached: boolean; date: string; dayPart: DayPart | null }> } | null;
}

/** One page of a DDAS v1.2 delivery: one `levering` per municipality with its signals and cases. */
export async function buildDelivery(ctx: RouteContext, request: DeliveryRequest, now: Date) {
  const result = await ctx.execute<{ ddasSignals: { totalCount: number; signals: SignalRow[] } }>(deliveryQuery, {
    from: request.from, to: request.to, municipalities: request.municipalities.map((m) => m.code),
    offset: (request.page - 1) * request.pageSize, limit: request.pageSize,
  });
  if (result.errors?.length || !result.data) throw new Error(result.errors?.map((e) => `${e.message} at ${e.path?.join('.')}`).join('; ') ?? 'no data');
  const { totalCount, signals } = result.data.ddasSignals;
  // A signal can be delivered once matched, and only while its client can still be identified (not erased).
  const matched = signals.filter((s) => s.household && s.resident && (s.resident.bsn || s.household.address)).map(inItsCase);
  const leveringen = request.municipalities
    .map((m) => ({ municipality: m, signals: matched.filter((s) => s.household!.municipality.code === m.code) }))
    .filter((group, _i, all) => group.signals.length > 0 || all.every((g) => g.signals.length === 0))
    .map((group, index) => ({
      teller: index + 1,
      gemeentecode: group.municipality.code,
      aanleverendeOrganisatie: { naam: `Gemeente ${group.municipality.name}` },
      vroegsignalen: group.signals.map(vroegsignaal),
      vroegsignaalzaken: vroegsignaalzaken(group.signals),
    }));
  const totalPages = Math.max(1, Math.ceil(totalCount / request.pageSize));
  return {
    gegevens: {
      startdatumLevering: request.from,
      einddatumLevering: request.to,
      aanleverdatumEnTijd: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      codeGegevensleverancier: 'voor-elkaar-hub',
      leveringen,
    },
    ...(totalPages > 1 ? { paginering: { pageSize: request.pageSize, currentPage: request.page, totalPages, totalRecords: totalCount } } : {}),
  };
}

/**
 * DDAS: a signal in a case has the status its case gives it (its result, else picked up or not
 * yet), so that no delivery says "not picked up" inside a case that was. A signal withdrawn
 * before anyone picked it up left its case: it is delivered on its own, not picked up.
 */
function inItsCase(s: SignalRow): SignalRow & { ddasStatus: string } {
  const kase = s.case;
  if (!kase) return { ...s, ddasStatus: signaalstatus[s.status] };
  const withdrawnFirst = s.status === 'WITHDRAWN' && (!kase.pickedUpAt || (!!s.withdrawnAt && s.withdrawnAt < kase.pickedUpAt));
  if (withdrawnFirst) return { ...s, case: null, ddasStatus: signaalstatus.WITHDRAWN };
  const status = kase.outcome ? (notPickedUpOutcomes.has(kase.outcome) ? kase.outcome : 'PICKED_UP') : kase.pickedUpAt ? 'PICKED_UP' : 'NOT_YET_PICKED_UP';
  return { ...s, ddasStatus: signaalstatus[status as SignalStatus] };
}

function vroegsignaal(s: SignalRow & { ddasStatus: string }) {
  const address = s.household!.address!;
  // DDAS v1.2: the BSN when known, otherwise postcode and house number; never both.
  const client = s.resident!.bsn
    ? { burgerservicenummer: s.resident!.bsn }
    : { postcode: address.postcode.replace(/\s/g, ''), huisnummer: String(address.houseNumber), ...(address.houseNumberSuffix ? { huisnummertoevoeging: address.houseNumberSuffix } : {}) };
  return {
    ID: s.id, crisissignaal: s.crisis, warmeOverdracht: s.warmHandover, bedrag: s.amountEuro, ontstaansdatum: s.arrearsSince,
    signaaldatum: s.signalDate, status: s.ddasStatus, signaalpartner: { type: signaalpartner[s.partnerType] }, client,
  };
}

function vroegsignaalzaken(signals: SignalRow[]) {
  const byCase = new Map<string, { kase: NonNullable<SignalRow['case']>; ids: string[] }>();
  for (const s of signals) {
    if (!s.case) continue;
    const entry = byCase.get(s.case.id) ?? { kase: s.case, ids: [] };
    entry.ids.push(s.id);
    byCase.set(s.case.id, entry);
  }
  return [...byCase.values()].map(({ kase, ids }) => ({
    matchingsdatum: kase.openedAt.slice(0, 10),
    ...(kase.pickedUpAt ? { datumOpgepakt: kase.pickedUpAt.slice(0, 10) } : {}),
    ...(kase.outcome ? { resultaat: eindresultaat[kase.outcome] } : {}),
    vroegsignalen: ids.map((ID) => ({ ID })),
    contactpogingen: kase.contactAttempts.map((a) => ({
      soort: contactsoort[a.channel], bereikt: a.reached, datum: a.date, ...(a.dayPart ? { dagdeel: dagdeel[a.dayPart] } : {}),
    })),
  }));
}
