import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Encrypted } from '../../shared/personal-data-cipher';

/** Everyone living at one address: signals are matched per address (DOMAIN.md "Matching"). */
@ObjectType({ description: 'The residents of one address' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'household' })
export class Household {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  municipalityCode!: string;

  /** Keyed hash of the normalised address: matching without reading the address itself. */
  @Property({ type: 'string', unique: true })
  addressKey!: string;

  /** The address itself, encrypted at rest; null once erased (retention or a request). */
  @Property({ type: Encrypted, nullable: true })
  postcode?: string;

  @Property({ type: Encrypted, nullable: true })
  houseNumber?: number;

  @Property({ type: Encrypted, nullable: true })
  houseNumberSuffix?: string;

  /** Street and place, when a partner named them (encrypted like the rest of the address). */
  @Property({ type: Encrypted, nullable: true })
  street?: string;

  @Property({ type: Encrypted, nullable: true })
  city?: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  erasedAt?: Date;
}
