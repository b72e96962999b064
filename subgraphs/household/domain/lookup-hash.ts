import { createHmac } from 'node:crypto';
import type { HubConfig } from '../../../config';

/** Keyed hash for lookups without decrypting (BSN, address); the key never reaches the database. */
export function lookupHash(config: HubConfig, text: string): string {
  return createHmac('sha256', config.privacy.lookupHashKey).update(text).digest('hex');
}

export const bsnLookup = (config: HubConfig, bsn: string) => lookupHash(config, `bsn|${bsn}`);
