import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode { id: number; hitCount?: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] }

/**
 * Where each process spent its CPU: self time per package (or project folder) and per function,
 * from the V8 profiles `--cpu-prof` wrote into `dir` (file names carry the process id).
 */
export function describeCpuProfiles(dir: string, pids: Record<string, number>, top = 10): string[] {
  const lines: string[] = [];
  // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile; thread 0 is the main thread (others: tsx's loader).
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && f.split('.')[4] === '0')) {
    const pid = Number(file.split('.')[3]);
    const label = Object.entries(pids).find(([, p]) => p === pid)?.[0];
    if (!label) continue;
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    const byPlace = new Map<string, number>();
    const byFunction = new Map<string, number>();
    let busy = 0;
    for (const node of profile.nodes) {
      const ms = (node.hitCount ?? 0) * msPerSample;
      if (!ms || node.callFrame.functionName === '(idle)') continue;
      busy += ms;
      const place = placeOf(node.callFrame.url, node.callFrame.functionName);
      byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
      const fn = `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    }
    lines.push(`  ${label}: ${(busy / 1000).toFixed(1)} s of CPU in ${((profile.endTime - profile.startTime) / 1e6).toFixed(0)} s`);
    lines.push(`    by place: ${topOf(byPlace, top, busy).join(', ')}`);
    for (const entry of topOf(byFunction, top, busy)) lines.push(`      ${entry}`);
  }
  return lines;
}

function topOf(map: Map<string, number>, n: number, total: number): string[] {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${k} ${((ms / total) * 100).toFixed(1)}%`);
}

function placeOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  const own = url.match(/\/(subgraphs\/[^/]+|gateway|server|config)\//);
  return own ? own[1] : shortUrl(url);
}

function shortUrl(url: string): string {
  return url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(subgraphs|gateway|server|config|scripts)\//, '$1/');
}
