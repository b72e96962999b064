import { Supergraph } from '@apollo/federation-internals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, validate, type DocumentNode } from 'graphql';
import * as generated from '../../web/src/gql/graphql';

const root = join(__dirname, '..', '..');

/** The public API as clients see it: the committed supergraph without its federation machinery. */
function apiSchema() {
  return Supergraph.build(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')).apiSchema().toGraphQLJSSchema();
}

const documents = Object.entries(generated).filter(([, value]) => (value as DocumentNode)?.kind === 'Document') as Array<[string, DocumentNode]>;

describe('the web app\'s GraphQL documents', () => {
  it('are all generated (the app sends no hand-written query)', () => {
    expect(documents.map(([name]) => name)).toEqual(expect.arrayContaining(['QueueDocument', 'CaseDetailDocument', 'ReportSignalsDocument', 'MySignalsDocument']));
  });

  it.each(documents)('%s is valid against the committed supergraph', (_name, document) => {
    expect(validate(apiSchema(), parse(print(document))).map((e) => e.message)).toEqual([]);
  });

  it('are typed from the current schema and sources (run `npm run web:codegen` after a change)', () => {
    const check = spawnSync(process.execPath, [join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'web/codegen.yml', '--check', '--silent'], { cwd: root, encoding: 'utf8' });
    expect({ status: check.status, output: check.stdout + check.stderr }).toEqual({ status: 0, output: expect.any(String) });
  });

  it('would fail validation when the schema drops a field the app uses', () => {
    const sdl = readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8').replace(/\n\s+"""[^"\n]*"""\n\s+contactDueBy[^\n]*/, '');
    const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
    expect(validate(schema, generated.QueueDocument).map((e) => e.message)).toContain('Cannot query field "contactDueBy" on type "Case".');
  });
});
