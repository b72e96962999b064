/** Dates and amounts as Dutch people write them. Calendar dates (YYYY-MM-DD) have no time zone. */
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "2026-11-27" → "27 november 2026" */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** "2026-11-27T09:05:00Z" → "27 november 2026 om 10:05" (Dutch time) */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return '';
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : dateTimeFormat.format(date);
}

export function formatEuro(amount: number): string {
  return euroFormat.format(amount);
}

/** Today's date in the Netherlands, as YYYY-MM-DD (the default of date fields). */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
