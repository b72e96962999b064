import { rule } from 'graphql-shield';
import type { SubgraphContext } from './context';
import type { Role } from './viewer';
import { accessRequestPurpose } from './purpose';

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

/**
 * A rule decided once per object and request: every field of the object asks, the predicate runs
 * for the first only (a page of 250 signals is 250 decisions, not one per field and sub-rule).
 */
export function perObject<Parent>(name: string, allowed: (parent: Parent | undefined, ctx: SubgraphContext) => boolean) {
  const decided = new WeakMap<object, WeakMap<object, boolean>>();
  return rule(name, { cache: 'no_cache' })((parent: unknown, _a, ctx: SubgraphContext) => {
    // The shield calls the rule on objects of the type it guards: `Parent` is the caller's promise.
    if (typeof parent !== 'object' || parent === null) return allowed(undefined, ctx);
    let forRequest = decided.get(ctx);
    if (!forRequest) decided.set(ctx, (forRequest = new WeakMap()));
    let answer = forRequest.get(parent);
    if (answer === undefined) forRequest.set(parent, (answer = allowed(parent as Parent, ctx)));
    return answer;
  });
}

const consultantOf = (parent: { municipalityCode?: string } | undefined, ctx: SubgraphContext) =>
  ctx.viewer?.role === 'consultant' && !!parent?.municipalityCode && parent.municipalityCode === ctx.viewer.municipality;
const answersAccessRequest = (ctx: SubgraphContext) => ctx.viewer?.role === 'privacy_officer' && ctx.purpose === accessRequestPurpose;

/** A signal: its own partner, a consultant of its municipality, the DDAS client, the privacy officer answering an access request. */
export const canReadSignal = perObject('can-read-signal', (parent: { partnerCode?: string; municipalityCode?: string } | undefined, ctx) =>
  (ctx.viewer?.role === 'partner' && !!parent?.partnerCode && parent.partnerCode === ctx.viewer.org)
  || consultantOf(parent, ctx) || ctx.viewer?.role === 'cbs' || answersAccessRequest(ctx));

/** A case and what belongs to it: a consultant of its municipality, the DDAS client, the privacy officer answering an access request. */
export const canReadCase = perObject('can-read-case', (parent: { municipalityCode?: string } | undefined, ctx) =>
  consultantOf(parent, ctx) || ctx.viewer?.role === 'cbs' || answersAccessRequest(ctx));

/** The parent signal was sent by the calling partner. */
export const isPartnerOwningSignal = rule('is-partner-owning-signal', { cache: 'no_cache' })(
  (parent: { partnerCode?: string } | undefined, _a, ctx: SubgraphContext) =>
    ctx.viewer?.role === 'partner' && !!parent?.partnerCode && parent.partnerCode === ctx.viewer.org,
);

/**
 * Readers of a @personal field besides the consultants of the object's municipality. Every other
 * role gets null and FORBIDDEN. The DDAS client (cbs) reads what the national monitor needs.
 */
export const extraPersonalReaders: Record<string, Role[]> = {
  'Household.address': ['cbs'],
  'Household.residents': ['cbs'],
  'Address.postcode': ['cbs'],
  'Address.houseNumber': ['cbs'],
  'Address.houseNumberSuffix': ['cbs'],
  'Resident.bsn': ['cbs'],
  // The DDAS delivery's way from a signal to its client; consultants reach residents through their cases.
  'Signal.resident': ['cbs'],
};

export { accessRequestPurpose };

/** The privacy officer, declaring (X-Purpose) that they answer an access request; logged like every read. */
export const isPrivacyOfficerAnsweringAccessRequest = rule('is-privacy-officer-answering-access-request', { cache: 'contextual' })(
  (_p, _a, ctx: SubgraphContext) => ctx.viewer?.role === 'privacy_officer' && ctx.purpose === accessRequestPurpose,
);

/**
 * The rule of one @personal field, derived from its mark (subgraphs/shared/federation.ts):
 * decides, and records the access or refusal in the request's access log.
 */
export function canSeePersonalData(type: string, field: string) {
  const readers = extraPersonalReaders[`${type}.${field}`] ?? [];
  return rule(`personal-${type}-${field}`, { cache: 'no_cache' })(
    (parent: { municipalityCode?: string } | undefined, _a, ctx: SubgraphContext, info) => {
      const viewer = ctx.viewer;
      const allowed = (viewer?.role === 'consultant' && !!parent?.municipalityCode && parent.municipalityCode === viewer.municipality)
        || (!!viewer && readers.includes(viewer.role))
        || (viewer?.role === 'privacy_officer' && ctx.purpose === accessRequestPurpose);
      ctx.accessLog?.recordField(parent, info, allowed);
      return allowed;
    },
  );
}
