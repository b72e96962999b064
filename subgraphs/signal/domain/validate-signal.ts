import type { MunicipalityConfig } from '../../../config';
import type { ResidentData } from '../../shared/job-contracts';
import { canonicalPostcode, canonicalSuffix } from '../../shared/address';
import { isCalendarDate } from '../../shared/scalars';
import type { SignalInput } from '../resolvers/signal.inputs';

export interface Rejection { code: 'INVALID_INPUT' | 'OUT_OF_AREA'; message: string }

export type ValidResident = ResidentData;

export interface ValidSignal {
  externalId: string; signalDate: string; arrearsSince: string; amountEuro: number;
  crisis: boolean; warmHandover: boolean; municipalityCode: string; resident: ValidResident;
}

const invalid = (message: string): Rejection => ({ code: 'INVALID_INPUT', message });

/** Checks one signal as the law and the pilot require; returns it normalised, or why not. */
export function validateSignal(input: SignalInput, today: string, municipalities: MunicipalityConfig[]): ValidSignal | Rejection {
  const externalId = input.externalId?.trim() ?? '';
  if (!externalId || externalId.length > 100) return invalid('externalId must be 1 to 100 characters');
  for (const name of ['signalDate', 'arrearsSince'] as const) {
    if (!isCalendarDate(input[name])) return invalid(`${name} must be a real calendar date written as YYYY-MM-DD`);
  }
  if (input.signalDate > today) return invalid('signalDate lies in the future');
  if (input.arrearsSince > today) return invalid('arrearsSince lies in the future');
  if (input.arrearsSince > input.signalDate) return invalid('arrearsSince lies after signalDate');
  if (!Number.isInteger(input.amountEuro) || input.amountEuro <= 0) return invalid('amountEuro must be a positive whole number of euros');
  if (input.amountEuro > 10_000_000) return invalid('amountEuro is implausibly large');
  const resident = validateResident(input.resident, today);
  if ('code' in resident) return resident;
  const area = Number(resident.address.postcode.slice(0, 4));
  const municipality = municipalities.find((m) => m.postcodeRanges.some(([from, to]) => area >= from && area <= to));
  if (!municipality) return { code: 'OUT_OF_AREA', message: 'The postcode lies outside every participating municipality' };
  return {
    externalId, signalDate: input.signalDate, arrearsSince: input.arrearsSince, amountEuro: input.amountEuro,
    crisis: input.crisis ?? false, warmHandover: input.warmHandover ?? false, municipalityCode: municipality.code, resident,
  };
}

function validateResident(input: SignalInput['resident'], today: string): ValidResident | Rejection {
  const text = (value: string | undefined | null, max: number) => {
    const trimmed = value?.trim();
    return trimmed ? (trimmed.length <= max ? trimmed : null) : undefined;
  };
  const surname = text(input.surname, 200);
  if (!surname) return invalid('resident.surname is required (at most 200 characters)');
  // Written with spaces or dots ("111 222 333", "111.222.333") it is the same BSN: only its digits count.
  const bsn = text(input.bsn?.replace(/[\s.]/g, ''), 9);
  if (input.bsn !== undefined && input.bsn !== null && (!bsn || !isValidBsn(bsn))) return invalid('resident.bsn must be 9 digits that pass the elfproef');
  const fields = { initials: text(input.initials, 20), surnamePrefix: text(input.surnamePrefix, 20), phone: text(input.phone, 20), email: text(input.email, 254) };
  for (const [name, value] of Object.entries(fields)) if (value === null) return invalid(`resident.${name} is too long`);
  if (fields.phone && !/^\+?[0-9 ()-]{6,20}$/.test(fields.phone)) return invalid('resident.phone is not a phone number');
  if (fields.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.email)) return invalid('resident.email is not an e-mail address');
  if (input.birthDate !== undefined && input.birthDate !== null && !isCalendarDate(input.birthDate)) {
    return invalid('resident.birthDate must be a real calendar date written as YYYY-MM-DD');
  }
  if (input.birthDate && input.birthDate > today) return invalid('resident.birthDate lies in the future');
  const address = validateAddress(input.address);
  if ('code' in address) return address;
  return { bsn: bsn || undefined, surname, birthDate: input.birthDate ?? undefined, ...(fields as Record<string, string | undefined>), address };
}

function validateAddress(input: SignalInput['resident']['address']): ValidResident['address'] | Rejection {
  const postcode = canonicalPostcode(input?.postcode ?? '');
  if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode) || /^....(SA|SD|SS)$/.test(postcode)) return invalid('resident.address.postcode must look like "7731 AB"');
  if (!Number.isInteger(input.houseNumber) || input.houseNumber < 1 || input.houseNumber > 99999) return invalid('resident.address.houseNumber must be from 1 to 99999');
  const suffix = canonicalSuffix(input.houseNumberSuffix);
  if (suffix && !/^[A-Z0-9]{1,6}$/.test(suffix)) return invalid('resident.address.houseNumberSuffix must be at most 6 letters or digits (separators are ignored)');
  const street = placeName(input.street, 100);
  if (street === null) return invalid('resident.address.street must be a street name of at most 100 letters, digits, spaces and . \' - /');
  const city = placeName(input.city, 80);
  if (city === null) return invalid('resident.address.city must be a place name of at most 80 letters, spaces and . \' -');
  return { postcode, houseNumber: input.houseNumber, houseNumberSuffix: suffix, ...(street ? { street } : {}), ...(city ? { city } : {}) };
}

/** A street or place name as written, trimmed; undefined when not given, null when not plausible. */
function placeName(value: string | undefined | null, max: number): string | undefined | null {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  if (!trimmed) return undefined;
  return trimmed.length <= max && /^[\p{L}\p{M}0-9 .'’()\/-]+$/u.test(trimmed) ? trimmed : null;
}

/** The BSN "elfproef": 9 digits whose weighted sum (9..2, and -1 for the last) is a multiple of 11. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + d * (9 - i), 0) - digits[8];
  return sum % 11 === 0;
}
