import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import { ContactChannel, DayPart } from '../domain/case-status';

@InputType({ description: 'One try to reach the resident' })
export class ContactAttemptInput {
  @Field(() => ContactChannel) channel!: ContactChannel;
  @Field(() => Boolean) reached!: boolean;
  @Field(() => DateScalar, { description: 'Not in the future, not before the case opened' }) date!: string;
  @Field(() => DayPart, { nullable: true }) dayPart?: DayPart;
  @Field(() => String, { nullable: true, description: 'Personal data: at most 2000 characters' }) note?: string;
}
