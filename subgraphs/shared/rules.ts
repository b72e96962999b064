import { rule } from 'graphql-shield';
import type { SubgraphContext } from './context';
import type { Role } from './viewer';

/** Named predicates that every permissions.ts composes; nothing is allowed unless a rule says so. */
const hasRole = (role: Role) => rule(`is-${role}`, { cache: 'contextual' })((_p, _a, ctx: SubgraphContext) => ctx.viewer?.role === role);

export const isPartner = hasRole('partner');
export const isConsultant = hasRole('consultant');
export const isAnalyst = hasRole('analyst');
export const isPrivacyOfficer = hasRole('privacy_officer');
export const isCbs = hasRole('cbs');

/** The parent object belongs to the consultant's own municipality. */
export const isConsultantOfMunicipality = rule('is-consultant-of-municipality', { cache: 'no_cache' })(
  (parent: { municipalityCode?: string } | undefined, _a, ctx: SubgraphContext) =>
    ctx.viewer?.role === 'consultant' && !!parent?.municipalityCode && parent.municipalityCode === ctx.viewer.municipality,
);

/** The parent signal was sent by the calling partner. */
export const isPartnerOwningSignal = rule('is-partner-owning-signal', { cache: 'no_cache' })(
  (parent: { partnerCode?: string } | undefined, _a, ctx: SubgraphContext) =>
    ctx.viewer?.role === 'partner' && !!parent?.partnerCode && parent.partnerCode === ctx.viewer.org,
);

/** Who may resolve a @personal field: derived for every marked field, never listed by hand. */
export const canSeePersonalData = isConsultantOfMunicipality;

/** The personal fields the DDAS delivery needs to identify a client (BSN, else postcode + house number). */
export const ddasPersonalFields = new Set([
  'Household.address', 'Household.residents', 'Resident.bsn', 'Address.postcode', 'Address.houseNumber', 'Address.houseNumberSuffix',
]);
