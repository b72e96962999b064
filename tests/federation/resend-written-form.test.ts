import { aSignal, tokens, type SignalInputFixture } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { mySignals, reportSignals, succeeded } from '../support/operations';

type Resident = SignalInputFixture['resident'];

/**
 * A partner's resend that differs from the first only in how a field is written (a separator, a
 * space, the case, a formatted phone number) is the same signal: the stored one comes back and
 * nothing new is stored. A resend that differs in what it says is a conflict.
 */
describe('a signal sent again written another way', () => {
  let hub: TestHub;
  let partner: string;
  beforeAll(async () => {
    hub = await startTestHub();
    partner = await hub.token(tokens.vechtdalWonen);
  });
  afterAll(() => hub.close());

  const sameSignal: Array<[string, Partial<Resident>, (r: Resident) => Partial<Resident>]> = [
    ['a house-number addition with a separator', { address: { postcode: '7731 AB', houseNumber: 20, houseNumberSuffix: '1' } }, (r) => ({ address: { ...r.address, houseNumberSuffix: '-1' } })],
    ['a house letter in another case', { address: { postcode: '7731 AB', houseNumber: 21, houseNumberSuffix: 'a' } }, (r) => ({ address: { ...r.address, houseNumberSuffix: 'A' } })],
    ['the postcode without its space, in lower case', { address: { postcode: '7731 AB', houseNumber: 22 } }, (r) => ({ address: { ...r.address, postcode: '7731ab' } })],
    ['the BSN with spaces around it', { bsn: '111222333' }, () => ({ bsn: ' 111222333 ' })],
    ['the BSN with spaces and dots in it', { bsn: '111222333' }, () => ({ bsn: '111 222.333' })],
    ['the phone number with spaces and a dash', { phone: '0612345678' }, () => ({ phone: '06-123 456 78' })],
    ['the e-mail address in another case', { email: 'j.jansen@example.nl' }, () => ({ email: 'J.Jansen@Example.NL' })],
    ['the surname and initials in another case', { surname: 'Jansen', initials: 'J.' }, () => ({ surname: 'JANSEN', initials: 'j.' })],
    ['the street and city with other spacing and case', { address: { postcode: '7731 AB', houseNumber: 23, street: 'Markt', city: 'Ommen' } }, (r) => ({ address: { ...r.address, street: ' markt ', city: 'OMMEN' } })],
  ];

  it.each(sameSignal)('is the same signal when only %s differs', async (_what, first, again) => {
    const signal = aSignal({ resident: first });
    const [stored] = (await succeeded(reportSignals(hub, partner, [signal]))).reportSignals.accepted;
    const resent = { ...signal, resident: { ...signal.resident, ...again(signal.resident) } };
    const { reportSignals: answer } = await succeeded(reportSignals(hub, partner, [resent]));
    expect(answer.rejected).toEqual([]);
    expect(answer.accepted.map((s) => s.id)).toEqual([stored.id]);
    const mine = (await succeeded(mySignals(hub, partner))).mySignals.edges.filter((e) => e.node.externalId === signal.externalId);
    expect(mine).toHaveLength(1);
  });

  const otherSignal: Array<[string, (r: Resident) => Partial<Resident>]> = [
    ['another house-number addition', (r) => ({ address: { ...r.address, houseNumberSuffix: '2' } })],
    ['another BSN', () => ({ bsn: '123456782' })],
    ['another phone number', () => ({ phone: '0612345679' })],
    ['another surname', () => ({ surname: 'Janssen' })],
  ];

  it.each(otherSignal)('is a conflict when %s is sent', async (_what, again) => {
    const signal = aSignal({ resident: { address: { postcode: '7731 AB', houseNumber: 30, houseNumberSuffix: '1' } } });
    await succeeded(reportSignals(hub, partner, [signal]));
    const { reportSignals: answer } = await succeeded(reportSignals(hub, partner, [{ ...signal, resident: { ...signal.resident, ...again(signal.resident) } }]));
    expect(answer.rejected).toEqual([expect.objectContaining({ externalId: signal.externalId, code: 'DUPLICATE_CONFLICT' })]);
  });
});
