import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerType } from '../../shared/enums';
import { CaseOutcome, ContactChannel } from '../domain/outcomes';

export enum EvaluationDimension { MUNICIPALITY = 'MUNICIPALITY', PARTNER_TYPE = 'PARTNER_TYPE', MONTH = 'MONTH' }
registerEnumType(EvaluationDimension, { name: 'EvaluationDimension' });

@ObjectType({ description: 'Contact attempts of one channel in the cases of a group' })
export class ChannelAttempts {
  @Field(() => ContactChannel) channel!: ContactChannel;
  @Field(() => Int, { nullable: true }) attempts!: number | null;
  @Field(() => Float, { nullable: true, description: 'Attempts of this channel per case opened' }) attemptsPerCase!: number | null;
}

@ObjectType({ description: 'Closed cases of a group with one outcome' })
export class OutcomeCount {
  @Field(() => CaseOutcome) outcome!: CaseOutcome;
  @Field(() => Int, { nullable: true }) cases!: number | null;
}

@ObjectType({ description: 'Aggregates for one group; a value is null where its cell is suppressed (see the README for definitions)' })
export class EvaluationRow {
  @Field(() => String, { nullable: true, description: 'CBS gemeentecode; null when not grouped by municipality' }) municipality?: string;
  @Field(() => PartnerType, { nullable: true }) partnerType?: PartnerType;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) month?: string;
  @Field(() => Int, { nullable: true }) signals?: number | null;
  @Field(() => Float, { nullable: true, description: 'Signals per 1,000 inhabitants per month' }) signalsPer1000Inhabitants?: number | null;
  @Field(() => Int, { nullable: true, description: 'Cases whose opening signal lies in this group' }) casesOpened?: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of signals that were attached to a case' }) caseRate?: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of cases with at least one successful contact' }) reachRate?: number | null;
  @Field(() => Float, { nullable: true }) medianDaysToFirstAttempt?: number | null;
  @Field(() => Float, { nullable: true }) medianDaysToFirstContact?: number | null;
  @Field(() => [ChannelAttempts]) attemptsByChannel!: ChannelAttempts[];
  @Field(() => Int, { nullable: true }) closedCases?: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of closed, reached cases that accepted help' }) acceptanceRate?: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of closed, reached cases referred to debt services' }) referralRate?: number | null;
  @Field(() => Float, { nullable: true }) repeatSignalRate?: number | null;
  @Field(() => Float, { nullable: true }) multipleSignalRate?: number | null;
  @Field(() => Float, { nullable: true }) consecutiveSignalRate?: number | null;
  @Field(() => Float, { nullable: true }) medianAmountEuro?: number | null;
  @Field(() => [OutcomeCount]) outcomes!: OutcomeCount[];
  @Field(() => Boolean, { description: 'Some value of this row was withheld to protect small numbers' }) suppressed!: boolean;
  @Field(() => [String], { description: 'The fields withheld (outcomes and channels as outcomes.<OUTCOME>, attemptsByChannel.<CHANNEL>)' })
  suppressedFields!: string[];
}

@ObjectType()
export class EvaluationReport {
  @Field(() => [EvaluationRow]) rows!: EvaluationRow[];
  @Field(() => EvaluationRow, { description: 'The whole selection, not grouped: the rows add up to it' }) totals!: EvaluationRow;
  @Field(() => Int, { description: 'Counts below this are withheld, and rates and medians over fewer than this' }) suppressionThreshold!: number;
}
