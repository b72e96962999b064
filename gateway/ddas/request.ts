import type { GatewayConfig, MunicipalityConfig } from '../../config';
import { isCalendarDate } from '../../subgraphs/shared/scalars';

export const maxPageSize = 50_000;

export interface DeliveryRequest { from: string; to: string; municipalities: MunicipalityConfig[]; page: number; pageSize: number }

const allowed = new Set(['aanleverperiodeStartdatum', 'aanleverperiodeEinddatum', 'aanleverendeOrganisatie', 'page', 'pageSize']);

/** Validates a DDAS GegevensRequest; returns the problems (for a 400) or the request. */
export function parseDeliveryRequest(body: string, config: GatewayConfig): DeliveryRequest | { problem: string } {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(body || '{}');
  } catch {
    return { problem: 'The request body is not valid JSON' };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { problem: 'The request body must be a JSON object (GegevensRequest)' };
  const unknown = Object.keys(input).filter((k) => !allowed.has(k));
  if (unknown.length) return { problem: `Unknown properties: ${unknown.join(', ')}` };
  const from = input.aanleverperiodeStartdatum;
  const to = input.aanleverperiodeEinddatum;
  if (!isCalendarDate(from) || !isCalendarDate(to)) return { problem: 'aanleverperiodeStartdatum and aanleverperiodeEinddatum are required dates (YYYY-MM-DD)' };
  if (from > to) return { problem: 'aanleverperiodeStartdatum lies after aanleverperiodeEinddatum' };
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? maxPageSize;
  if (!Number.isInteger(page) || (page as number) < 1) return { problem: 'page must be a whole number of at least 1' };
  if (!Number.isInteger(pageSize) || (pageSize as number) < 1 || (pageSize as number) > maxPageSize) return { problem: `pageSize must be from 1 to ${maxPageSize}` };
  const organisation = input.aanleverendeOrganisatie;
  if (organisation !== undefined && typeof organisation !== 'string') return { problem: 'aanleverendeOrganisatie must be a string' };
  const municipalities = organisation ? config.municipalities.filter((m) => matchesOrganisation(m, organisation)) : config.municipalities;
  if (municipalities.length === 0) return { problem: 'aanleverendeOrganisatie names no municipality this hub delivers for' };
  return { from, to, municipalities, page: page as number, pageSize: pageSize as number };
}

function matchesOrganisation(m: MunicipalityConfig, organisation: string): boolean {
  const name = organisation.trim().toLowerCase().replace(/^gemeente\s+/, '');
  return name === m.name.toLowerCase() || name === m.code;
}
