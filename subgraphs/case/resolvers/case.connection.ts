import { Field, InputType, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/connection';
import { Case } from '../entities/case.entity';
import { CaseStatus } from '../domain/case-status';

@ObjectType()
export class CaseEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Case) node!: Case;
}

@ObjectType()
export class CaseConnection {
  @Field(() => [CaseEdge]) edges!: CaseEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Counted only when totalCount is asked for (CaseConnectionResolver): a page alone stays flat with size. */
  countAll!: () => Promise<number>;
}

@InputType({ description: 'Narrows the work queue; every given condition must hold' })
export class CaseFilter {
  @Field(() => CaseStatus, { nullable: true }) status?: CaseStatus;
  @Field(() => Boolean, { nullable: true, description: 'Not closed (true) or closed (false)' }) active?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Only cases picked up by me' }) assignedToMe?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Past contactDueBy without any contact attempt' }) overdue?: boolean;
  @Field(() => Boolean, { nullable: true }) crisis?: boolean;
  @Field(() => Boolean, { nullable: true }) multiple?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Alias of crisis: the urgent cases' }) priority?: boolean;
}
