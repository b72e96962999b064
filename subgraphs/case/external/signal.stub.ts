import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PartnerType } from '../../shared/enums';
import { DateScalar } from '../../shared/scalars';

/**
 * The signal subgraph's entity; this subgraph contributes its `case` field. The facts it keeps a
 * copy of (case_signals: they never change once reported) are external: this subgraph answers
 * them only where it says so with `@provides` (`Case.signals`), never for a signal it is asked
 * about by id (a signal not yet matched has no copy here).
 */
@ObjectType('Signal')
@Directive('@key(fields: "id")')
export class SignalStub {
  @Field(() => ID) id!: string;

  @Field(() => PartnerType)
  @Directive('@external')
  partnerType?: PartnerType;

  @Field(() => DateScalar, { description: 'The date the partner sent the signal (signaaldatum)' })
  @Directive('@external')
  signalDate?: string;

  @Field(() => DateScalar, { description: 'The date the arrears began (ontstaansdatum)' })
  @Directive('@external')
  arrearsSince?: string;

  @Field(() => Int)
  @Directive('@external')
  amountEuro?: number;
}

/** A signal of a case as this subgraph provides it, with what its rules decide on. */
export interface ProvidedSignal extends Required<SignalStub> {
  municipalityCode: string;
  partnerCode: string;
}
