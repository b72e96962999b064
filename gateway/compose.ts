import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphNames, type SubgraphName } from '../config';
import { subgraphs } from '../subgraphs';

export interface Composition {
  subgraphSdl: Record<SubgraphName, string>;
  supergraphSdl: string;
}

/** Default URLs only: the gateway routes by subgraph name to the URLs in its configuration. */
const placeholderPorts: Record<SubgraphName, number> = { signal: 4001, household: 4002, case: 4003, evaluation: 4004 };

/** Builds every subgraph's SDL from its code and composes the supergraph; throws on composition errors. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphSdl = {} as Record<SubgraphName, string>;
  for (const name of subgraphNames) subgraphSdl[name] = printSubgraphSchema(await subgraphs[name].buildSchema());
  const result = composeServices(subgraphNames.map((name) => ({
    name, url: `http://127.0.0.1:${placeholderPorts[name]}/graphql`, typeDefs: parse(subgraphSdl[name]),
  })));
  if (result.errors?.length) throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  return { subgraphSdl, supergraphSdl: result.supergraphSdl! };
}
