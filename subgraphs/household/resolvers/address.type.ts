import { Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A postal address; all personal data' })
export class Address {
  /** Not a field: lets the personal-data rule check the reader's municipality. */
  municipalityCode!: string;
  /** Not a field: the object an access to this address is logged against. */
  householdId!: string;

  @Field(() => String) @Directive('@personal') postcode!: string;
  @Field(() => Int) @Directive('@personal') houseNumber!: number;
  @Field(() => String, { nullable: true }) @Directive('@personal') houseNumberSuffix?: string;
  @Field(() => String, { nullable: true }) @Directive('@personal') street?: string;
  @Field(() => String, { nullable: true }) @Directive('@personal') city?: string;
}
