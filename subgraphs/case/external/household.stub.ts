import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The household subgraph's entity; this subgraph contributes its `cases` field. */
@ObjectType('Household')
@Directive('@key(fields: "id")')
export class HouseholdStub {
  @Field(() => ID) id!: string;
}
