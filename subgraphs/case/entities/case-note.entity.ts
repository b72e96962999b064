import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Encrypted } from '../../shared/personal-data-cipher';

/** A consultant's free-text note on a case: personal data. */
@ObjectType({ description: "A consultant's note on a case" })
@Entity({ tableName: 'case_notes' })
@Index({ properties: ['caseId', 'createdAt'] })
export class CaseNote {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  caseId!: string;

  /** Not stored: the case's household, set when read, so the access log names whose data this is. */
  householdId?: string;

  /** Lets the personal-data rule check the reader's municipality. */
  @Property({ type: 'string' })
  municipalityCode!: string;

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
