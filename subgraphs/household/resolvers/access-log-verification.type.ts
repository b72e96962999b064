import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One verification of the access log (the check `npm run audit:verify` makes), for the privacy officer' })
export class AccessLogVerification {
  @Field(() => Date) at!: Date;
  @Field(() => Boolean, { description: 'Every record is where it was written, unchanged' }) ok!: boolean;
  @Field(() => Int, { description: 'Records checked (up to the first broken one)' }) checked!: number;
  @Field(() => String, { nullable: true, description: 'The first broken record (its sequence number)' }) brokenAt!: string | null;
  @Field(() => String, { nullable: true, description: 'What is wrong with it' }) reason!: string | null;
  @Field(() => String, { description: 'Who ran it (token subject)' }) verifiedBy!: string;
}
