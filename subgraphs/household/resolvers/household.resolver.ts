import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Directive } from 'type-graphql';
import type { SubgraphContext } from '../../shared/context';
import { Municipality, municipalityByCode } from '../../shared/municipality.type';
import { Household } from '../entities/household.entity';
import { Resident } from '../entities/resident.entity';
import { Address } from './address.type';
import { householdResidents } from './household-residents';

@Resolver(() => Household)
export class HouseholdResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() household: Household, @Ctx() ctx: SubgraphContext): Municipality {
    return municipalityByCode(ctx.config, household.municipalityCode);
  }

  @FieldResolver(() => Address, { nullable: true, description: 'Null once erased (retention period passed, or on request)' })
  @Directive('@personal')
  address(@Root() household: Household): Address | null {
    if (!household.postcode || !household.houseNumber) return null;
    // The other parts are read (and decrypted) only when the query asks for them: a queue that
    // shows postcode and number does not decrypt every street and city.
    return {
      municipalityCode: household.municipalityCode,
      householdId: household.id,
      postcode: `${household.postcode.slice(0, 4)} ${household.postcode.slice(4)}`,
      houseNumber: household.houseNumber,
      get houseNumberSuffix() { return household.houseNumberSuffix; },
      get street() { return household.street; },
      get city() { return household.city; },
    };
  }

  @FieldResolver(() => [Resident])
  @Directive('@personal')
  async residents(@Root() household: Household, @Ctx() ctx: SubgraphContext): Promise<Resident[]> {
    return householdResidents.of(ctx, household.id);
  }
}
