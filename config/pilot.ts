import { PartnerType } from '../subgraphs/shared/enums';
import type { MunicipalityConfig, PartnerConfig } from './types';

/** The norms of a municipality whose configuration leaves them out (README "Configuration"). */
export const defaultNorms = {
  minimumAmountEuro: 0,
  contactWithinDays: 14,
  crisisContactWithinWorkingDays: 3,
  repeatWindowDays: 90,
  retentionNoCaseMonths: 6,
  retentionClosedCaseMonths: 12,
} satisfies Partial<MunicipalityConfig>;

/** The pilot's defaults (API.md "Pilot configuration"); every value can be overridden by configuration. */
export const pilotMunicipalities: MunicipalityConfig[] = [
  { code: '0175', name: 'Ommen', population: 18_500, postcodeRanges: [[7730, 7739]], ...defaultNorms },
  { code: '0160', name: 'Hardenberg', population: 61_800, postcodeRanges: [[7690, 7699], [7770, 7799]], ...defaultNorms },
];

export const pilotPartners: PartnerConfig[] = [
  { code: 'vechtdal-wonen', name: 'Vechtdal Wonen', type: PartnerType.RENT },
  { code: 'zilveren-kruis', name: 'Zilveren Kruis', type: PartnerType.HEALTH_INSURANCE },
  { code: 'vitens', name: 'Vitens', type: PartnerType.WATER },
];
