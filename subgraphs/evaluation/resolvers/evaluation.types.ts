import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerType } from '../../shared/enums';

export enum EvaluationDimension { MUNICIPALITY = 'MUNICIPALITY', PARTNER_TYPE = 'PARTNER_TYPE', MONTH = 'MONTH' }
registerEnumType(EvaluationDimension, { name: 'EvaluationDimension' });

@ObjectType({ description: 'Aggregates for one group; a value is null where its cell is suppressed' })
export class EvaluationRow {
  @Field(() => String, { nullable: true, description: 'CBS gemeentecode; null when not grouped by municipality' }) municipality?: string;
  @Field(() => PartnerType, { nullable: true }) partnerType?: PartnerType;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) month?: string;
  @Field(() => Int, { nullable: true }) signals?: number | null;
  @Field(() => Float, { nullable: true, description: 'Signals per 1,000 inhabitants per month' }) signalsPer1000Inhabitants?: number | null;
  @Field(() => Int, { nullable: true }) casesOpened?: number | null;
  @Field(() => Boolean, { description: 'Some value of this row was withheld to protect small numbers' }) suppressed!: boolean;
}

@ObjectType()
export class EvaluationReport {
  @Field(() => [EvaluationRow]) rows!: EvaluationRow[];
  @Field(() => Int, { description: 'Counts below this are withheld' }) suppressionThreshold!: number;
}
