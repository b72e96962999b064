import { nl } from './nl';

/** The texts of the interface; one language today (Dutch). */
export const t = nl;
export { formatDate, formatDateTime, formatEuro, todayIso } from './format';
