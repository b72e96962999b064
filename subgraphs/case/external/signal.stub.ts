import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The signal subgraph's entity; this subgraph contributes its `case` field. */
@ObjectType('Signal')
@Directive('@key(fields: "id")')
export class SignalStub {
  @Field(() => ID) id!: string;
}
