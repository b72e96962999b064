import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/connection';
import { Signal } from '../entities/signal.entity';

@ObjectType()
export class SignalEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Signal) node!: Signal;
}

@ObjectType()
export class SignalConnection {
  @Field(() => [SignalEdge]) edges!: SignalEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
