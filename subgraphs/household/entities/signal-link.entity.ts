import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which household and resident a signal was matched to; makes matching idempotent. */
@Entity({ tableName: 'signal_link' })
export class SignalLink {
  @PrimaryKey({ type: 'uuid' })
  signalId!: string;

  @Property({ type: 'uuid' })
  householdId!: string;

  /** Null once the resident's personal data was erased. */
  @Property({ type: 'uuid', nullable: true })
  residentId?: string;
}
