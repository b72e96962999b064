import type { SubgraphDefinition } from '../../subgraphs/shared/subgraph-server';
import type { JobHandlers } from '../../subgraphs/shared/worker';

interface Timing { jobs: number; ms: number; max: number }

/**
 * Each job handler's time (inside its transaction: lock waits included, the commit not), per
 * task, so a run shows which stage the time goes to. `report()` prints and resets the figures.
 */
export class JobTimings {
  private readonly byTask = new Map<string, Timing>();

  wrap(definition: SubgraphDefinition): SubgraphDefinition {
    const jobs: Record<string, (payload: never, ctx: never) => Promise<void>> = {};
    for (const [task, handler] of Object.entries(definition.jobs)) {
      jobs[task] = async (payload, ctx) => {
        const started = performance.now();
        try {
          await (handler as (p: never, c: never) => Promise<void>)(payload, ctx);
        } finally {
          this.add(task, performance.now() - started);
        }
      };
    }
    return { ...definition, jobs: jobs as JobHandlers };
  }

  report(): string {
    const lines = [...this.byTask].sort((a, b) => b[1].ms - a[1].ms).map(([task, t]) =>
      `  ${task.padEnd(32)} ${String(t.jobs).padStart(5)} jobs, ${(t.ms / 1000).toFixed(1).padStart(6)} s in handlers, mean ${(t.ms / t.jobs).toFixed(0)} ms, max ${t.max.toFixed(0)} ms`);
    this.byTask.clear();
    return lines.join('\n');
  }

  private add(task: string, ms: number): void {
    const t = this.byTask.get(task) ?? { jobs: 0, ms: 0, max: 0 };
    this.byTask.set(task, { jobs: t.jobs + 1, ms: t.ms + ms, max: Math.max(t.max, ms) });
  }
}
