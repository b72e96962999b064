import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PartnerType, SignalStatus } from '../../shared/enums';
import { WithdrawalReason } from '../domain/feedback';
import { DateScalar } from '../../shared/scalars';

/**
 * A partner's report of payment arrears (vroegsignaal). Holds no personal data.
 * partnerType, signalDate, arrearsSince and amountEuro never change once reported; the case
 * subgraph keeps a copy of them (case_signals) and provides them under `Case.signals`
 * (`@provides`), so the consultant's queue needs no trip here: they are `@shareable`.
 */
@ObjectType({ description: 'A report of payment arrears sent by a partner' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'signal' })
@Unique({ properties: ['partnerCode', 'externalId'] })
@Index({ properties: ['partnerCode', 'receivedAt', 'id'] })
export class Signal {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  partnerCode!: string;

  @Field(() => String, { description: "The partner's own reference for this signal" })
  @Property({ type: 'string' })
  externalId!: string;

  @Field(() => PartnerType)
  @Directive('@shareable')
  @Enum({ items: () => PartnerType, type: 'string' })
  partnerType!: PartnerType;

  @Property({ type: 'string' })
  municipalityCode!: string;

  @Field(() => DateScalar, { description: 'The date the partner sent the signal (signaaldatum)' })
  @Directive('@shareable')
  @Property({ type: 'string', columnType: 'date' })
  signalDate!: string;

  @Field(() => DateScalar, { description: 'The date the arrears began (ontstaansdatum)' })
  @Directive('@shareable')
  @Property({ type: 'string', columnType: 'date' })
  arrearsSince!: string;

  @Field(() => Int)
  @Directive('@shareable')
  @Property({ type: 'integer' })
  amountEuro!: number;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  crisis!: boolean;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  warmHandover!: boolean;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz' })
  receivedAt!: Date;

  /** Exposed through SignalResolver.status: a partner sees only what it may learn. */
  @Enum({ items: () => SignalStatus, type: 'string' })
  status: SignalStatus = SignalStatus.NOT_YET_PICKED_UP;

  @Field(() => WithdrawalReason, { nullable: true })
  @Enum({ items: () => WithdrawalReason, type: 'string', nullable: true })
  withdrawalReason?: WithdrawalReason;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  withdrawnAt?: Date;

  /** When the case subgraph settled the withdrawal: accepted (withdrawnAt stays) or refused (withdrawnAt cleared). */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  withdrawalSettledAt?: Date;

  /** Set when the case this signal joined was closed: partner feedback "closed". */
  @Property({ type: 'boolean' })
  caseClosed: boolean = false;

  /** Keyed hash of the submitted payload: tells a retry (same) from a conflict (different). */
  @Property({ type: 'string' })
  payloadHash!: string;
}
