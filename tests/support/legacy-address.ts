import { openOrm } from '../../subgraphs/shared/db';
import { personalDataCipher } from '../../subgraphs/shared/personal-data-cipher';
import { householdSubgraph } from '../../subgraphs/household';
import { lookupHash } from '../../subgraphs/household/domain/lookup-hash';
import { Household } from '../../subgraphs/household/entities/household.entity';
import type { TestHub } from './hub';

/**
 * What matching left behind before addresses had one canonical form: the household of `signalId`
 * gets another spelling of an address, under the key of that spelling. Today's API cannot create
 * such a household (every spelling now finds the canonical one), so this one step writes the
 * database directly, through the household subgraph's own entity (its values encrypted as always).
 */
export async function spellAsBeforeCanonicalForm(
  hub: TestHub, signalId: string, address: { postcode: string; houseNumber: number; houseNumberSuffix: string },
): Promise<void> {
  const orm = await openOrm(hub.config.databaseUrl!, householdSubgraph.database, 1, personalDataCipher(hub.config.privacy.personalData));
  try {
    const em = orm.em.fork();
    const { rows } = await hub.db.query('select household_id from household.signal_link where signal_id = $1', [signalId]);
    const legacy = await em.findOneOrFail(Household, { id: rows[0].household_id });
    const postcode = address.postcode.replace(/\s/g, '').toUpperCase();
    Object.assign(legacy, { postcode, houseNumber: address.houseNumber, houseNumberSuffix: address.houseNumberSuffix, addressKey: lookupHash(hub.config, `${postcode}|${address.houseNumber}|${address.houseNumberSuffix}`) });
    await em.flush();
  } finally {
    await orm.close();
  }
}
