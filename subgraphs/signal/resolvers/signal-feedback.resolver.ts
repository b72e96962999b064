import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../../shared/context';
import { SignalStatus } from '../../shared/enums';
import { Signal } from '../entities/signal.entity';
import { PartnerFeedback, partnerFeedback, partnerVisibleStatus, WithdrawalReason } from '../domain/feedback';
import { withdrawSignal } from '../domain/withdraw-signal';

@Resolver(() => Signal)
export class SignalFeedbackResolver {
  @Mutation(() => Signal, { description: 'Withdraw your own signal (paid, arranged, sent in error); repeating it is safe' })
  withdrawSignal(
    @Arg('externalId', () => String) externalId: string, @Arg('reason', () => WithdrawalReason) reason: WithdrawalReason, @Ctx() ctx: SubgraphContext,
  ): Promise<Signal> {
    return withdrawSignal(ctx, externalId, reason);
  }

  @FieldResolver(() => SignalStatus, { description: 'DDAS Signaalstatus; a partner never learns a reason it may not know' })
  status(@Root() signal: Signal, @Ctx() ctx: SubgraphContext): SignalStatus {
    return ctx.viewer.role === 'partner' ? partnerVisibleStatus(signal.status) : signal.status;
  }

  @FieldResolver(() => PartnerFeedback, { description: 'What became of the signal, as far as the partner may know' })
  feedback(@Root() signal: Signal): PartnerFeedback {
    return partnerFeedback(signal.status, signal.caseClosed);
  }
}
