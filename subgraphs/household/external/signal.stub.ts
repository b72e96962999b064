import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The signal subgraph's entity; this subgraph contributes the household and resident it was matched to. */
@ObjectType('Signal')
@Directive('@key(fields: "id")')
export class SignalStub {
  @Field(() => ID) id!: string;
}
