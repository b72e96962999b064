import { Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../../shared/context';
import { lastVerification, runVerification, type Verification } from '../domain/access-log-verifications';
import { AccessLogVerification } from './access-log-verification.type';

/** The access log's integrity, for the privacy officer: the last verification, and a new one on request. */
@Resolver()
export class AccessLogResolver {
  @Query(() => AccessLogVerification, { nullable: true, description: 'The last verification of the access log run through the API (privacy officer); null when none ran yet' })
  async accessLogVerification(@Ctx() ctx: SubgraphContext): Promise<AccessLogVerification | null> {
    const last = await lastVerification(ctx.em);
    return last && toType(last);
  }

  @Mutation(() => AccessLogVerification, { description: 'Verify the access log now (privacy officer); the outcome is kept' })
  async verifyAccessLog(@Ctx() ctx: SubgraphContext): Promise<AccessLogVerification> {
    return toType(await runVerification(ctx.em, ctx.config, ctx.viewer.sub, ctx.clock.now()));
  }
}

function toType(v: Verification): AccessLogVerification {
  return Object.assign(new AccessLogVerification(), { at: v.at, ok: v.ok, checked: v.checked, brokenAt: v.brokenAt, reason: v.reason, verifiedBy: v.actorSub });
}
