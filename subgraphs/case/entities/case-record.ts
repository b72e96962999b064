import { PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * What a consultant's note and a contact attempt both are: a record of one case, possibly holding
 * personal data (their note), so each knows its municipality (for the personal-data rule) and,
 * once read, its household (for the access log). Not an entity of its own: each keeps its table.
 */
export abstract class CaseRecord {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  caseId!: string;

  /** Not stored: the case's household, set when read, so the access log names whose data this is. */
  householdId?: string;

  /** Lets the personal-data rule check the reader's municipality. */
  @Property({ type: 'string' })
  municipalityCode!: string;
}
