import { Field, ObjectType } from 'type-graphql';
import { Signal } from '../entities/signal.entity';

@ObjectType({ description: 'Why one signal of a batch was not accepted; nothing of it was stored' })
export class SignalRejection {
  @Field(() => String) externalId!: string;
  @Field(() => String, { description: 'INVALID_INPUT, OUT_OF_AREA or DUPLICATE_CONFLICT' }) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType()
export class ReportSignalsResult {
  @Field(() => [Signal]) accepted!: Signal[];
  @Field(() => [SignalRejection]) rejected!: SignalRejection[];
}
