import { pilotMunicipalities } from '../../config/pilot';
import { isValidBsn, validateSignal } from '../../subgraphs/signal/domain/validate-signal';
import { aSignal } from '../support/builders';

describe('signal validation', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts BSN %s, which passes the elfproef', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each(['123456789', '000000000', '12345678', '1234567890', '12345678a'])('refuses BSN %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });

  it('normalises postcode and suffix so one address is always written one way', () => {
    const result = validateSignal(aSignal({ resident: { address: { postcode: ' 7731ab ', houseNumber: 4, houseNumberSuffix: ' b' } } }) as any, '2026-11-26', pilotMunicipalities);
    expect(result).toMatchObject({ municipalityCode: '0175', resident: { address: { postcode: '7731AB', houseNumber: 4, houseNumberSuffix: 'B' } } });
  });

  it.each([['7695 AB', '0160'], ['7770 AA', '0160'], ['7799 ZZ', '0160'], ['7730 AA', '0175']])('places postcode %s in municipality %s', (postcode, code) => {
    const result = validateSignal(aSignal({ resident: { address: { postcode, houseNumber: 1 } } }) as any, '2026-11-26', pilotMunicipalities);
    expect(result).toMatchObject({ municipalityCode: code });
  });

  it('refuses a postcode just outside the configured areas', () => {
    const result = validateSignal(aSignal({ resident: { address: { postcode: '7740 AA', houseNumber: 1 } } }) as any, '2026-11-26', pilotMunicipalities);
    expect(result).toEqual({ code: 'OUT_OF_AREA', message: expect.any(String) });
  });

  it('refuses an e-mail address that is not one', () => {
    const result = validateSignal(aSignal({ resident: { email: 'not-an-address' } }) as any, '2026-11-26', pilotMunicipalities);
    expect(result).toEqual({ code: 'INVALID_INPUT', message: expect.stringMatching(/email/) });
  });
});
