import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder with the hub's package.json: the same whether this code runs as TypeScript from the
 * sources (tsx) or compiled into dist/, so schema/ and web/dist/ are found from both.
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}
