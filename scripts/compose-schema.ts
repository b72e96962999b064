import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../gateway/compose';

/** `npm run schema:compose`: writes each subgraph's SDL and the supergraph the gateway serves. */
async function main() {
  const { subgraphSdl, supergraphSdl } = await composeSupergraph();
  const dir = join(__dirname, '..', 'schema');
  for (const [name, sdl] of Object.entries(subgraphSdl)) writeFileSync(join(dir, `${name}.graphql`), sdl + '\n');
  writeFileSync(join(dir, 'supergraph.graphql'), supergraphSdl + '\n');
  console.log(`Wrote ${Object.keys(subgraphSdl).length} subgraph schemas and schema/supergraph.graphql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
