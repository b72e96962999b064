import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import { CaseOutcome, CaseStatus } from '../domain/case-status';

/** A vroegsignaalzaak: one household's signals, followed up by a consultant. */
@ObjectType({ description: "One household's signals, followed up by a consultant of its municipality" })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'cases' })
@Index({ properties: ['municipalityCode', 'status', 'urgencyRank', 'contactDueBy', 'id'] })
@Index({ properties: ['municipalityCode', 'urgencyRank', 'contactDueBy', 'id'] })
export class Case {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  municipalityCode!: string;

  @Property({ type: 'uuid' })
  householdId!: string;

  @Field(() => CaseStatus)
  @Enum({ items: () => CaseStatus, type: 'string' })
  status: CaseStatus = CaseStatus.OPEN;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  pickedUpAt?: Date;

  @Field(() => DateScalar, { description: 'The first contact attempt is due by this date (municipal norm)' })
  @Property({ type: 'string', columnType: 'date' })
  contactDueBy!: string;

  @Field(() => Boolean, { description: 'Signals of two or more partner types' })
  @Property({ type: 'boolean' })
  multiple: boolean = false;

  @Field(() => Boolean, { description: 'Eviction or disconnection threatens' })
  @Property({ type: 'boolean' })
  crisis: boolean = false;

  /** Sort key of the work queue: crisis cases (0) before the rest (1). */
  @Property({ type: 'smallint' })
  urgencyRank: number = 1;

  /** Date of the first contact attempt; none yet means the case can become overdue. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  firstAttemptOn?: string;

  @Field(() => String, { nullable: true, description: 'The consultant (token subject) who picked the case up' })
  @Property({ type: 'string', nullable: true })
  assignee?: string;

  @Field(() => CaseOutcome, { nullable: true })
  @Enum({ items: () => CaseOutcome, type: 'string', nullable: true })
  outcome?: CaseOutcome;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  closedAt?: Date;
}
