import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph } from '../../gateway/compose';

describe('the committed schema', () => {
  it('is what the subgraphs compose to today (run `npm run schema:compose` after a change)', async () => {
    const { subgraphSdl, supergraphSdl } = await composeSupergraph();
    const committed = (file: string) => readFileSync(join(__dirname, '..', '..', 'schema', file), 'utf8');
    for (const [name, sdl] of Object.entries(subgraphSdl)) expect(committed(`${name}.graphql`)).toBe(sdl + '\n');
    expect(committed('supergraph.graphql')).toBe(supergraphSdl + '\n');
  });

  it('carries the API contract names partners and frontends build against', () => {
    const sdl = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
    for (const name of ['reportSignals(', 'mySignals(', 'cases(', 'case(', 'evaluation(', 'type Signal', 'type Household', 'type Case', 'type Resident', 'directive @personal']) {
      expect(sdl).toContain(name);
    }
  });
});
