import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';

@InputType({ description: 'Postcode and house number (the address a household is matched on), and street and city when known' })
export class AddressInput {
  @Field(() => String, { description: '"7731 AB" or "7731AB"' }) postcode!: string;
  @Field(() => Int) houseNumber!: number;
  @Field(() => String, { nullable: true, description: 'House letter and addition ("A", "1", "-1", "A 2"); separators and case are ignored' }) houseNumberSuffix?: string;
  @Field(() => String, { nullable: true, description: 'Street name, when the partner knows it' }) street?: string;
  @Field(() => String, { nullable: true, description: 'Place (woonplaats), when the partner knows it' }) city?: string;
}

@InputType({ description: 'The resident, identified by BSN or by address; only contact data the law allows' })
export class ResidentInput {
  @Field(() => String, { nullable: true }) bsn?: string;
  @Field(() => String, { nullable: true }) initials?: string;
  @Field(() => String, { nullable: true }) surnamePrefix?: string;
  @Field(() => String) surname!: string;
  @Field(() => DateScalar, { nullable: true }) birthDate?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => AddressInput) address!: AddressInput;
}

@InputType()
export class SignalInput {
  @Field(() => String, { description: "The partner's own reference; a retry with the same reference is safe" }) externalId!: string;
  @Field(() => DateScalar) signalDate!: string;
  @Field(() => DateScalar) arrearsSince!: string;
  @Field(() => Int) amountEuro!: number;
  @Field(() => Boolean, { nullable: true, description: 'Eviction or disconnection threatens' }) crisis?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The partner is already in contact with the resident' }) warmHandover?: boolean;
  @Field(() => ResidentInput) resident!: ResidentInput;
}
