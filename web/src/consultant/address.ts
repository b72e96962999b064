type AddressParts = { postcode: string; houseNumber: number; houseNumberSuffix?: string | null; street?: string | null; city?: string | null };

/** "Dorpsstraat 12a, 7731 AB Ommen", or "7731 AB 12a" when street and city are not known. */
export function formatAddress(address: AddressParts | null | undefined): string {
  if (!address) return '';
  const number = `${address.houseNumber}${address.houseNumberSuffix ?? ''}`;
  const postcode = address.postcode.replace(/^(\d{4})\s*([A-Za-z]{2})$/, '$1 $2').toUpperCase();
  if (address.street) return `${address.street} ${number}, ${postcode}${address.city ? ` ${address.city}` : ''}`;
  return `${postcode} ${number}${address.city ? `, ${address.city}` : ''}`;
}

type ResidentName = { initials?: string | null; surnamePrefix?: string | null; surname?: string | null };

export function formatName(resident: ResidentName): string {
  return [resident.initials, resident.surnamePrefix, resident.surname].filter(Boolean).join(' ');
}
