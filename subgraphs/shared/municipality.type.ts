import { Directive, Field, ObjectType } from 'type-graphql';
import type { HubConfig } from '../../config';

@ObjectType({ description: 'A participating municipality, by its CBS gemeentecode' })
@Directive('@shareable')
export class Municipality {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

export function municipalityByCode(config: HubConfig, code: string): Municipality {
  const found = config.municipalities.find((m) => m.code === code);
  return { code, name: found?.name ?? code };
}
