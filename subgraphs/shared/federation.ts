import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, parse, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { allow, deny as denyRule, type IRules } from 'graphql-shield';
import { applyRules } from './apply-rules';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import './graphql-enums';
import { personalDirective, personalFields, personalSpecUrl } from './personal';
import { canSeePersonalData } from './rules';
import { DateScalar, DateTimeScalar } from './scalars';

const federationLink = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@provides", "@composeDirective"])
    @link(url: "${personalSpecUrl}", import: ["@personal"])
    @composeDirective(name: "@personal")
`;

export interface SubgraphSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type owned by this subgraph. */
  references?: Record<string, { __resolveReference: (...args: any[]) => unknown }>;
  /** Rules per type and field; the rules for @personal fields are added from the schema's marks. */
  permissions: IRules;
  /** The Date implementation: strict by default (`DateScalar`). */
  dateScalar?: GraphQLScalarType;
}

/** The one bridge from type-graphql classes to a federation subgraph, with the shield applied last. */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    directives: [personalDirective],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    skipCheck: true,
  });
  const resolvers = { ...createResolversMap(schema), Date: options.dateScalar ?? DateScalar } as Record<string, any>;
  for (const [type, reference] of Object.entries(options.references ?? {})) resolvers[type] = { ...resolvers[type], ...reference };
  const subgraph = buildSubgraphSchema({
    typeDefs: parse(federationLink + printSchemaWithDirectives(schema)),
    resolvers,
  });
  return applyRules(subgraph, withPersonalRules(subgraph, options.permissions), {
    fallbackRule: denyRule,
    allowExternalErrors: true,
    fallbackError: () => new GraphQLError('You are not allowed to see or do this', { extensions: { code: 'FORBIDDEN' } }),
  });
}

function withPersonalRules(schema: GraphQLSchema, permissions: IRules): IRules {
  const rules = { ...(permissions as Record<string, any>) };
  // The federation fields are safe to allow: only the gateway's signed requests get this far,
  // and every entity's own fields carry their rules.
  const federationFields = Object.keys(schema.getQueryType()?.getFields() ?? {}).filter((f) => f === '_service' || f === '_entities');
  rules.Query = { ...Object.fromEntries(federationFields.map((f) => [f, allow])), ...rules.Query };
  rules._Service = { sdl: allow };
  for (const { type, field } of personalFields(schema)) {
    rules[type] = { ...rules[type], [field]: canSeePersonalData(type, field) };
  }
  return rules;
}
