import { DirectiveLocation, GraphQLDirective, isObjectType, type GraphQLSchema } from 'graphql';

/** The mark that makes a field personal data; the authorization rules derive from it. */
export const personalDirective = new GraphQLDirective({
  name: 'personal',
  description: 'Personal data (AVG/GDPR): resolves only for those allowed to see it, and every access is logged.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

export const personalSpecUrl = 'https://voor-elkaar.nl/privacy/v1.0';

/** Every "Type.field" whose definition carries @personal. */
export function personalFields(schema: GraphQLSchema): Array<{ type: string; field: string }> {
  const found: Array<{ type: string; field: string }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.astNode?.directives?.some((d) => d.name.value === 'personal')) found.push({ type: type.name, field: field.name });
    }
  }
  return found;
}
