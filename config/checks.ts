import { PartnerType } from '../subgraphs/shared/enums';
import { defaultNorms } from './pilot';
import type { MunicipalityConfig, PartnerConfig } from './types';

const municipalityNumbers = Object.keys(defaultNorms) as Array<keyof typeof defaultNorms>;
const partnerTypes: string[] = Object.values(PartnerType);

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks MUNICIPALITIES and fills in the defaults; returns every problem. */
export function checkMunicipalities(list: MunicipalityConfig[]): string[] {
  if (!Array.isArray(list) || list.length === 0) return ['MUNICIPALITIES must be a non-empty JSON array'];
  const problems = list.flatMap((m, i) => (isObject(m) ? checkMunicipality(m, `MUNICIPALITIES[${i}]`) : [`MUNICIPALITIES[${i}] must be an object`]));
  problems.push(...duplicates(list, 'code', 'MUNICIPALITIES'));
  problems.push(...overlappingRanges(list));
  return problems;
}

function checkMunicipality(m: MunicipalityConfig, at: string): string[] {
  const out: string[] = [];
  if (!/^\d{4}$/.test(m.code ?? '')) out.push(`${at}.code must be a four-digit CBS gemeentecode`);
  if (!m.name || typeof m.name !== 'string') out.push(`${at}.name is required`);
  if (!(Number.isInteger(m.population) && m.population > 0)) out.push(`${at}.population must be a positive whole number`);
  if (!validRanges(m.postcodeRanges)) out.push(`${at}.postcodeRanges must be [[from, to], ...] of four-digit postcodes`);
  for (const key of municipalityNumbers) {
    m[key] ??= defaultNorms[key];
    if (!(Number.isInteger(m[key]) && m[key] >= 0)) out.push(`${at}.${key} must be a whole number >= 0`);
  }
  return out;
}

/** A postcode belongs to one municipality at most, else a signal's municipality would depend on the order. */
function overlappingRanges(list: MunicipalityConfig[]): string[] {
  const seen: Array<{ range: [number, number]; owner: number }> = [];
  const out: string[] = [];
  list.forEach((m, i) => {
    if (!isObject(m) || !validRanges(m.postcodeRanges)) return;
    for (const range of m.postcodeRanges) {
      const clash = seen.find((s) => range[0] <= s.range[1] && s.range[0] <= range[1]);
      if (clash) out.push(`MUNICIPALITIES[${i}].postcodeRanges ${range.join('-')} overlaps ${clash.range.join('-')} of MUNICIPALITIES[${clash.owner}]`);
      else seen.push({ range, owner: i });
    }
  });
  return out;
}

function validRanges(ranges: unknown): ranges is Array<[number, number]> {
  return Array.isArray(ranges)
    && ranges.every((r) => Array.isArray(r) && r.length === 2 && r.every(Number.isInteger) && r[0] >= 1000 && r[0] <= r[1] && r[1] <= 9999);
}

export function checkPartners(list: PartnerConfig[]): string[] {
  if (!Array.isArray(list) || list.length === 0) return ['PARTNERS must be a non-empty JSON array'];
  const problems = list.flatMap((p, i) => {
    const at = `PARTNERS[${i}]`;
    if (!isObject(p)) return [`${at} must be an object`];
    const out: string[] = [];
    if (typeof p.code !== 'string' || !/^[a-z0-9-]+$/.test(p.code)) out.push(`${at}.code must be lower-case letters, digits and dashes`);
    if (!p.name || typeof p.name !== 'string') out.push(`${at}.name is required`);
    if (p.type === undefined) out.push(`${at}.type is required; one of ${partnerTypes.join(', ')}`);
    else if (!partnerTypes.includes(p.type)) out.push(`${at}.type "${p.type}" is not a partner type; one of ${partnerTypes.join(', ')}`);
    return out;
  });
  return [...problems, ...duplicates(list, 'code', 'PARTNERS')];
}

function duplicates<T>(list: T[], key: keyof T & string, name: string): string[] {
  const first = new Map<unknown, number>();
  const out: string[] = [];
  list.forEach((item, i) => {
    if (!isObject(item) || typeof item[key] !== 'string') return;
    const earlier = first.get(item[key]);
    if (earlier === undefined) first.set(item[key], i);
    else out.push(`${name}[${i}].${key} "${item[key]}" is also ${name}[${earlier}].${key}`);
  });
  return out;
}
