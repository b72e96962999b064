import { randomUUID } from 'node:crypto';

let counter = 0;

/** A BSN that passes the elfproef. */
export function aBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

export interface SignalInputFixture {
  externalId: string; signalDate: string; arrearsSince: string; amountEuro: number;
  crisis?: boolean; warmHandover?: boolean;
  resident: {
    bsn?: string; initials?: string; surnamePrefix?: string; surname: string; birthDate?: string; phone?: string; email?: string;
    address: { postcode: string; houseNumber: number; houseNumberSuffix?: string; street?: string; city?: string };
  };
}

/** A valid signal for a resident of Ommen; override what a test is about. */
export function aSignal(overrides: Partial<Omit<SignalInputFixture, 'resident'>> & { resident?: Partial<SignalInputFixture['resident']> } = {}): SignalInputFixture {
  counter += 1;
  const { resident, ...rest } = overrides;
  return {
    externalId: `ext-${counter}-${randomUUID().slice(0, 8)}`,
    signalDate: '2026-11-20',
    arrearsSince: '2026-10-01',
    amountEuro: 450,
    ...rest,
    resident: {
      bsn: aBsn(), initials: 'J.', surname: 'Jansen', birthDate: '1980-04-12', phone: '0612345678', email: 'j.jansen@example.nl',
      address: { postcode: '7731 AB', houseNumber: 1000 + counter },
      ...resident,
    },
  };
}

export const tokens = {
  vechtdalWonen: { role: 'partner', org: 'vechtdal-wonen' },
  zilverenKruis: { role: 'partner', org: 'zilveren-kruis' },
  vitens: { role: 'partner', org: 'vitens' },
  consultantOmmen: { role: 'consultant', municipality: '0175', sub: 'consultant-ommen' },
  consultantHardenberg: { role: 'consultant', municipality: '0160', sub: 'consultant-hardenberg' },
  analyst: { role: 'analyst', sub: 'analyst' },
  privacyOfficer: { role: 'privacy_officer', sub: 'privacy-officer' },
  cbs: { role: 'cbs', sub: 'cbs' },
} as const;
