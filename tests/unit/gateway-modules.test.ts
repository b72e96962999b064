import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The packages a module pulls in when loaded in a fresh Node process (its real module graph). */
function packagesLoadedBy(file: string): string[] {
  const script = `require(${JSON.stringify(join(root, file))});
    const names = new Set(Object.keys(require.cache).map((p) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(p)?.[1]).filter(Boolean));
    process.stdout.write(JSON.stringify([...names]));`;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' }));
}

describe('the gateway process', () => {
  const loaded = packagesLoadedBy('gateway/gateway.ts');

  it('loads Apollo (the check sees the module graph)', () => {
    expect(loaded).toContain('@apollo/gateway');
  });

  it('loads neither MikroORM nor graphile-worker', () => {
    expect(loaded.filter((name) => name.startsWith('@mikro-orm/') || name === 'graphile-worker' || name === 'pg')).toEqual([]);
  });
});

describe('a subgraph process', () => {
  it('loads MikroORM and graphile-worker (the same check can see them)', () => {
    const loaded = packagesLoadedBy('subgraphs/shared/subgraph-server.ts');
    expect(loaded).toEqual(expect.arrayContaining(['@mikro-orm/core', 'graphile-worker']));
  });
});
