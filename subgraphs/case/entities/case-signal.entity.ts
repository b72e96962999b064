import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { PartnerType, SignalStatus } from '../../shared/enums';

/** The case subgraph's own copy of what it needs of a signal (no personal data). */
@Entity({ tableName: 'case_signals' })
@Index({ properties: ['caseId'] })
@Index({ properties: ['householdId', 'signalDate'] })
export class CaseSignal {
  @PrimaryKey({ type: 'uuid' })
  signalId!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId?: string;

  @Property({ type: 'uuid' })
  householdId!: string;

  @Property({ type: 'string' })
  municipalityCode!: string;

  @Property({ type: 'string' })
  partnerCode!: string;

  @Enum({ items: () => PartnerType, type: 'string' })
  partnerType!: PartnerType;

  @Property({ type: 'integer' })
  amountEuro!: number;

  @Property({ type: 'string', columnType: 'date' })
  arrearsSince!: string;

  @Property({ type: 'string', columnType: 'date' })
  signalDate!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'boolean' })
  crisis!: boolean;

  @Enum({ items: () => SignalStatus, type: 'string' })
  status!: SignalStatus;

  /** An earlier signal on the same address in the previous 6 months (DDAS "opeenvolgend"). */
  @Property({ type: 'boolean' })
  consecutive: boolean = false;
}
