import { createHmac } from 'node:crypto';
import type { SignalInput } from '../resolvers/signal.inputs';
import type { ValidSignal } from './validate-signal';

/**
 * The keyed hash that tells a partner's resend (the same signal: answered with the stored one)
 * from a different signal under a used externalId (DUPLICATE_CONFLICT). It is taken over what the
 * signal says, not how it was written: each field in the form the hub compares it in (the
 * canonical address, names and e-mail without case, a phone number's digits), so a resend that
 * differs only in spaces, separators or case is the same signal.
 */
export function payloadHash(key: string, signal: ValidSignal): string {
  return `v2:${hmac(key, samenessForm(signal))}`;
}

/**
 * Whether a stored hash is this signal's. Hashes stored before `v2:` were taken over the signal as
 * validated then (v1: as today's validation writes it; v0: before the canonical address, the
 * addition as written, no street or city): a resend written as the first time still matches them.
 */
export function isSameSignal(key: string, stored: string, signal: ValidSignal, input: SignalInput): boolean {
  if (stored.startsWith('v2:')) return stored === payloadHash(key, signal);
  if (stored === hmac(key, signal)) return true;
  const { street: _street, city: _city, ...address } = signal.resident.address;
  const asWrittenBefore = input.resident?.address?.houseNumberSuffix?.trim().toUpperCase() || undefined;
  return stored === hmac(key, { ...signal, resident: { ...signal.resident, address: { ...address, houseNumberSuffix: asWrittenBefore } } });
}

function hmac(key: string, value: unknown): string {
  return createHmac('sha256', key).update(JSON.stringify(value)).digest('hex');
}

const folded = (text: string | undefined) => text?.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase() || undefined;

function samenessForm({ resident: r, ...signal }: ValidSignal) {
  return {
    ...signal,
    resident: {
      bsn: r.bsn, surname: folded(r.surname), surnamePrefix: folded(r.surnamePrefix), birthDate: r.birthDate,
      initials: r.initials?.replace(/[\s.]/g, '').toUpperCase() || undefined,
      phone: r.phone?.replace(/[^0-9+]/g, '') || undefined,
      email: r.email?.toLowerCase(),
      address: {
        postcode: r.address.postcode, houseNumber: r.address.houseNumber, houseNumberSuffix: r.address.houseNumberSuffix,
        street: folded(r.address.street), city: folded(r.address.city),
      },
    },
  };
}
