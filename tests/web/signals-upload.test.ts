import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tokens } from '../support/builders';
import { startTestHub, type TestHub } from '../support/hub';
import { aRow, writeCsv } from './support/csv-files';

const root = join(__dirname, '..', '..');

/** Runs `npm run signals:upload -- ...` as a partner's scheduled job would (the real script, its own process). */
function runUpload(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'signals-upload.ts'), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run signals:upload', () => {
  let hub: TestHub;
  let tokenFile: string;
  beforeAll(async () => {
    hub = await startTestHub();
    hub.clock.set(new Date().toISOString());
    tokenFile = join(dirname(writeCsv([])), 'token.txt');
    writeFileSync(tokenFile, await hub.token(tokens.vechtdalWonen));
  });
  afterAll(() => hub.close());

  const stored = async (references: string[]) =>
    Number((await hub.db.query('select count(*) from signal.signal where external_id = any($1)', [references])).rows[0].count);

  it('sends the good rows, reports every bad one in Dutch, and exits non-zero', async () => {
    const file = writeCsv([aRow('CLI-1'), aRow('CLI-2', { bedrag: '1.250,75' }), aRow('CLI-3', { bedrag: 'nul' }), aRow('CLI-4', { postcode: '1012 AB' })]);
    const run = await runUpload(['--file', file, '--url', hub.url, '--token-file', tokenFile]);
    expect(run.stderr).toContain('3/3 signalen');
    expect(run.stdout).toContain('4 regels gelezen: 3 in orde, 1 met fouten.');
    expect(run.stdout).toContain('regel 4 (CLI-3): Kolom bedrag: "nul" is geen bedrag');
    expect(run.stdout).toContain('regel 5 (CLI-4): De postcode ligt niet in een van de deelnemende gemeenten.');
    expect(run.stdout).toContain('Klaar: 2 geaccepteerd, 2 afgewezen.');
    expect(run.code).toBe(1);
    expect(await stored(['CLI-1', 'CLI-2', 'CLI-3', 'CLI-4'])).toBe(2);
    const results = readFileSync(file.replace(/\.csv$/, '.resultaat.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(results).toEqual([
      'regel;kenmerk;resultaat;reden', '2;CLI-1;geaccepteerd;', '3;CLI-2;geaccepteerd;',
      '4;CLI-3;afgewezen;"Kolom bedrag: ""nul"" is geen bedrag (bijvoorbeeld 450 of 450,00)."',
      '5;CLI-4;afgewezen;De postcode ligt niet in een van de deelnemende gemeenten.',
    ]);
  });

  it('can send the same file again without storing anything twice, and exits 0 when every row is accepted', async () => {
    const file = writeCsv([aRow('CLI-10'), aRow('CLI-11')], ',');
    for (let i = 0; i < 2; i += 1) {
      const run = await runUpload(['--file', file, '--url', hub.url, '--token-file', tokenFile, '--batch-size', '1']);
      expect(run.stdout).toContain('Klaar: 2 geaccepteerd, 0 afgewezen.');
      expect(run.code).toBe(0);
    }
    expect(await stored(['CLI-10', 'CLI-11'])).toBe(2);
  });

  it('refuses to start without a file or a token, and a file without the required columns', async () => {
    expect((await runUpload(['--url', hub.url])).code).toBe(2);
    const bad = writeCsv([]);
    writeFileSync(bad, 'naam;bedrag\r\nJansen;10\r\n');
    const run = await runUpload(['--file', bad, '--url', hub.url, '--token-file', tokenFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mist de verplichte kolom(men)');
  });
});
