import { Entity, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Encrypted } from '../../shared/personal-data-cipher';
import { CaseRecord } from './case-record';

/** A consultant's free-text note on a case: personal data. */
@ObjectType({ description: "A consultant's note on a case" })
@Entity({ tableName: 'case_notes' })
@Index({ properties: ['caseId', 'createdAt'] })
export class CaseNote extends CaseRecord {
  /** Null only when the stored value was refused (written for another row: see RowBinding). */
  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted })
  text!: string;

  @Field(() => String, { description: 'The consultant (token subject) who wrote it' })
  @Property({ type: 'string' })
  author!: string;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}
