/** Reading the values of a Dutch spreadsheet export: dates, amounts, yes/no. Each returns undefined when unreadable. */

/** "20-11-2026", "2-3-2026", "20/11/2026" or "2026-11-20" → "2026-11-20" (a real calendar date). */
export function readDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)?.slice(1) ?? /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)?.slice(1).reverse();
  if (!iso) return undefined;
  const [year, month, day] = iso;
  const isoDate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate ? isoDate : undefined;
}

/**
 * "450", "450,00", "1.234,56", "€ 1 234,5", "1234.56" → euros, rounded to whole euros (the hub's unit).
 * With a comma the comma is the decimal sign and dots group thousands; without one, "1.234" is 1234.
 */
export function readAmount(value: string): number | undefined {
  let text = value.trim().replace(/^€\s*/, '').replace(/[\s\u00a0]/g, '');
  if (!text) return undefined;
  if (text.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(text)) return undefined;
    text = text.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, '');
  } else if (!/^\d+(\.\d+)?$/.test(text)) {
    return undefined;
  }
  return Math.round(Number(text));
}

/** "ja", "j", "yes", "true", "1", "x" → true; "nee", "n", "no", "false", "0", "" → false. */
export function readYesNo(value: string): boolean | undefined {
  const text = value.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'y', 'true', '1', 'x', 'waar'].includes(text)) return true;
  if (['nee', 'n', 'no', 'false', '0', '', 'onwaar'].includes(text)) return false;
  return undefined;
}

/** The BSN "elfproef". */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  const digits = [...bsn].map(Number);
  return (digits.slice(0, 8).reduce((sum, d, i) => sum + d * (9 - i), 0) - digits[8]) % 11 === 0;
}
