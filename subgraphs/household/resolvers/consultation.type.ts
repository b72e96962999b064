import { Field, ObjectType } from 'type-graphql';

/** One look at a resident's data, from the access log: for the privacy officer (GDPR art. 15 requests). */
@ObjectType({ description: 'One consultation of a resident\'s data (from the access log)' })
export class Consultation {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'What was done: read, lookup, consultations' }) action!: string;
  @Field(() => String, { description: 'Why (the purpose the client declared or its role\'s default)' }) purpose!: string;
  @Field(() => String, { description: 'allowed or denied' }) result!: string;
  @Field(() => [String], { description: 'Which fields, as Type.field' }) fields!: string[];
  @Field(() => String, { description: 'Who: the token subject (for the privacy officer only, not for the resident)' }) actor!: string;
  @Field(() => String) actorRole!: string;
}
