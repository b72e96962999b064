import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = join(__dirname, '..', '..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

/** A fresh clone must build, test and read on its own: nothing may point outside the repository. */
describe('the repository', () => {
  it('links no file outside itself from a README, and every linked file exists', () => {
    for (const file of tracked.filter((f) => f.endsWith('README.md'))) {
      const text = readFileSync(join(root, file), 'utf8');
      const targets = [...text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
      const mentioned = [...text.matchAll(/`(\.\.\/[^`\s]+)`/g)].map((m) => m[1]);
      for (const target of [...targets, ...mentioned]) {
        const path = resolve(root, file, '..', target);
        expect({ file, target, inside: !relative(root, path).startsWith('..') }).toEqual({ file, target, inside: true });
        expect({ file, target, exists: existsSync(path) }).toEqual({ file, target, exists: true });
      }
    }
  });

  it('reads no file outside itself in code or tests', () => {
    const outside = tracked.filter((f) => /\.(ts|js)$/.test(f)).filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return [...text.matchAll(/join\(__dirname((?:,\s*'[^']*')+)\)/g)].some((m) => {
        const parts = [...m[1].matchAll(/'([^']*)'/g)].map((p) => p[1]);
        return relative(root, resolve(root, f, '..', ...parts)).startsWith('..');
      });
    });
    expect(outside).toEqual([]);
  });

  it('keeps the DDAS schema and API it implements, with their source and version', () => {
    const note = readFileSync(join(root, 'schema', 'ddas', 'README.md'), 'utf8');
    expect(note).toMatch(/VNG-Realisatie\/ddas-vroegsignalering/);
    for (const file of ['json_schema_Uitwisselmodel.json', 'DDAS-VS.yaml']) {
      expect(tracked).toContain(`schema/ddas/${file}`);
      expect(note).toContain(file);
    }
  });
});
