import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Encrypted } from '../../shared/personal-data-cipher';
import { CaseRecord } from './case-record';
import { DateScalar } from '../../shared/scalars';
import { ContactChannel, DayPart } from '../domain/case-status';

/** One try to reach the resident (DDAS Contactpoging). */
@ObjectType({ description: 'One try to reach the resident' })
@Entity({ tableName: 'contact_attempts' })
@Index({ properties: ['caseId', 'date'] })
export class ContactAttempt extends CaseRecord {
  @Field(() => ContactChannel)
  @Enum({ items: () => ContactChannel, type: 'string' })
  channel!: ContactChannel;

  @Field(() => Boolean, { description: 'The resident was reached' })
  @Property({ type: 'boolean' })
  reached!: boolean;

  @Field(() => DateScalar)
  @Property({ type: 'string', columnType: 'date' })
  date!: string;

  @Field(() => DayPart, { nullable: true })
  @Enum({ items: () => DayPart, type: 'string', nullable: true })
  dayPart?: DayPart;

  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted, nullable: true })
  note?: string;

  @Property({ type: 'string' })
  recordedBy!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  recordedAt!: Date;
}
