import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { SignalStub } from '../external/signal.stub';
import { Consultation } from './consultation.type';

@ObjectType({ description: 'Everything stored about one resident, for an access request (privacy officer, purpose access-request)' })
export class ResidentRecord {
  @Field(() => Resident) @Directive('@personal') resident!: Resident;
  @Field(() => Household, { description: 'Their household, with its address and cases' }) household!: Household;
  @Field(() => [SignalStub], { description: 'The signals partners sent about them' }) signals!: SignalStub[];
  @Field(() => [Consultation], { description: 'Every consultation of their data: dates and purposes (and, for the officer, who)' })
  consultations!: Consultation[];
}

@ObjectType({ description: 'What an erasure on request removed' })
export class ErasureReceipt {
  @Field(() => ID) residentId!: string;
  @Field(() => Boolean, { description: 'The household had no other resident: its address and case notes were erased too' }) householdErased!: boolean;
  @Field(() => Date) erasedAt!: Date;
}
