import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Encrypted } from '../../shared/personal-data-cipher';
import { DateScalar } from '../../shared/scalars';

/** A person a signal was about. Every field but the id is personal data, encrypted at rest. */
@ObjectType({ description: 'A resident of a household; all personal data' })
@Entity({ tableName: 'resident' })
@Index({ properties: ['householdId'] })
export class Resident {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  householdId!: string;

  @Property({ type: 'string' })
  municipalityCode!: string;

  /** Keyed hash of the BSN, so a resident is found again without decrypting. */
  @Property({ type: 'string', nullable: true })
  bsnHash?: string;

  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted, nullable: true })
  bsn?: string;

  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted, nullable: true })
  initials?: string;

  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted, nullable: true })
  surnamePrefix?: string;

  /** Null only when the stored value was refused (written for another row: see RowBinding). */
  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted })
  surname!: string;

  @Field(() => DateScalar, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted, nullable: true })
  birthDate?: string;

  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted, nullable: true })
  phone?: string;

  @Field(() => String, { nullable: true })
  @Directive('@personal')
  @Property({ type: Encrypted, nullable: true })
  email?: string;
}
