import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { PartnerType, SignalStatus } from '../../shared/enums';

/** One signal as evaluation sees it: pseudonymous, nothing that identifies a person. */
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

  @Property({ type: 'integer' })
  amountEuro!: number;

  /** Keyed hash of the household id with evaluation's own key. */
  @Property({ type: 'string' })
  householdKey!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId?: string;

  @Property({ type: 'boolean' })
  openedCase!: boolean;

  @Enum({ items: () => SignalStatus, type: 'string' })
  status!: SignalStatus;
}
