import type { MunicipalityConfig, PartnerConfig } from './types';

/** The pilot's defaults (API.md "Pilot configuration"); every value can be overridden by configuration. */
export const pilotMunicipalities: MunicipalityConfig[] = [
  {
    code: '0175',
    name: 'Ommen',
    population: 18_500,
    postcodeRanges: [[7730, 7739]],
    minimumAmountEuro: 0,
    contactWithinDays: 14,
    crisisContactWithinWorkingDays: 3,
    repeatWindowDays: 90,
    retentionNoCaseMonths: 6,
    retentionClosedCaseMonths: 12,
  },
  {
    code: '0160',
    name: 'Hardenberg',
    population: 61_800,
    postcodeRanges: [[7690, 7699], [7770, 7799]],
    minimumAmountEuro: 0,
    contactWithinDays: 14,
    crisisContactWithinWorkingDays: 3,
    repeatWindowDays: 90,
    retentionNoCaseMonths: 6,
    retentionClosedCaseMonths: 12,
  },
];

export const pilotPartners: PartnerConfig[] = [
  { code: 'vechtdal-wonen', name: 'Vechtdal Wonen', type: 'RENT' },
  { code: 'zilveren-kruis', name: 'Zilveren Kruis', type: 'HEALTH_INSURANCE' },
  { code: 'vitens', name: 'Vitens', type: 'WATER' },
];
