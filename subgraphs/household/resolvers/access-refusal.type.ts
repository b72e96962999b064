import { Field, ID, ObjectType } from 'type-graphql';

/** One refused access, from the access log: for the privacy officer's review of a period. */
@ObjectType({ description: 'One refused access (from the access log): who tried what, when, from where, why' })
export class AccessRefusal {
  @Field(() => ID, { description: 'Position in the access log; pass as `after` for the next page' }) seq!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'read, write, request, ...' }) action!: string;
  @Field(() => String, { description: 'Resident, Household, Case, Purpose, Query, Mutation, ...' }) objectType!: string;
  @Field(() => String, { description: "The object's id (or the refused purpose); - for a refused root field" }) objectId!: string;
  @Field(() => [String], { description: 'Which fields, as Type.field' }) fields!: string[];
  @Field(() => String) purpose!: string;
  @Field(() => String, { description: "The client's address" }) origin!: string;
  @Field(() => String) actor!: string;
  @Field(() => String) actorRole!: string;
}
