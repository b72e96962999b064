import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { PartnerType, SignalStatus } from '../../shared/enums';

/**
 * One signal as evaluation sees it: pseudonymous, nothing that identifies a person.
 * Written by SQL in jobs/ (idempotent inserts); case-level facts live in evaluation.case_facts.
 */
@Entity({ tableName: 'signal_facts' })
@Index({ properties: ['signalDate', 'municipalityCode', 'partnerType'] })
export class SignalFact {
  @PrimaryKey({ type: 'uuid' })
  signalId!: string;

  @Property({ type: 'string' })
  municipalityCode!: string;

  @Enum({ items: () => PartnerType, type: 'string' })
  partnerType!: PartnerType;

  @Property({ type: 'string', columnType: 'date' })
  signalDate!: string;

  /** The day the hub received the signal: the start of the follow-up clock. */
  @Property({ type: 'string', columnType: 'date' })
  receivedOn!: string;

  @Property({ type: 'integer' })
  amountEuro!: number;

  /** Keyed hash of the household id with evaluation's own key. */
  @Property({ type: 'string' })
  householdKey!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId?: string;

  @Property({ type: 'boolean' })
  openedCase!: boolean;

  /** The latest status: from the signal's fact, then from SIGNAL_STATUS case events. */
  @Enum({ items: () => SignalStatus, type: 'string' })
  status!: SignalStatus;

  /** An earlier signal on the same address in the previous 6 months. */
  @Property({ type: 'boolean' })
  consecutive!: boolean;

  /** The signal's case has signals of two or more partner types. */
  @Property({ type: 'boolean' })
  inMultipleCase!: boolean;
}
