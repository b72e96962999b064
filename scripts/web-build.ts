import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../server/project-root';

const root = projectRoot();
const webDir = join(root, 'web');
const distDir = join(webDir, 'dist');
const stampFile = join(distDir, '.build-hash');

/** What the build depends on: the app's sources and the locked packages. */
function sourceHash(): string {
  const hash = createHash('sha256').update('production\0');
  const files = [join(webDir, 'index.html'), join(webDir, 'vite.config.mts'), join(root, 'package-lock.json'), ...walk(join(webDir, 'src')), ...walk(join(webDir, 'public'))];
  for (const file of files.filter(existsSync).sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Builds web/dist when it is missing or older than its sources; returns whether it built. */
export function ensureWebBuild(log: (line: string) => void = console.log): boolean {
  const hash = sourceHash();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return false;
  log('Building the web app (web/dist)...');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) throw new Error('The web app is not built and vite is not installed: run `npm ci` (with dev dependencies) and `npm run web:build`');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', join(webDir, 'vite.config.mts'), '--logLevel', 'warn'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' }, // a test or development NODE_ENV would make a development build of React
  });
  if (build.status !== 0) throw new Error(`Building the web app failed (exit code ${build.status})`);
  writeFileSync(stampFile, hash);
  return true;
}

if (require.main === module) {
  try {
    if (!ensureWebBuild()) console.log('The web app in web/dist is up to date');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
