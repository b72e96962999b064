/**
 * One address, one form (BAG: postcode, house number, house letter and addition): "20-1",
 * "20 1" and "20/1" are the same door. The household is found by a keyed hash of this form.
 */
export function canonicalPostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/** House letter and addition together, without separators, spaces or case: "-1" and "1" are one; "a" is "A". */
export function canonicalSuffix(suffix: string | undefined | null): string | undefined {
  return suffix?.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').toUpperCase() || undefined;
}

/** The text the household's lookup hash is taken of. */
export function addressKeyText(address: { postcode: string; houseNumber: number; houseNumberSuffix?: string }): string {
  return `${canonicalPostcode(address.postcode)}|${address.houseNumber}|${canonicalSuffix(address.houseNumberSuffix) ?? ''}`;
}
