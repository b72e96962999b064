import { loadConfig } from '../../config';
import { subgraphs } from '../../subgraphs';
import { migrateDatabase } from '../../subgraphs/migrate';
import { startSubgraph } from '../../subgraphs/shared/subgraph-server';
import { createTestDatabase } from '../support/database';
import { testHubEnvironment } from '../support/hub';
import { scrape, valueOf } from '../support/scrape';
import { tasks } from '../../subgraphs/shared/job-contracts';

/**
 * A process of its own: the queue gauges report one source per subgraph name in the process, so a
 * second signal subgraph beside a test hub's would take over (and on closing, drop) the hub's.
 */
describe('the queue metrics an operator scrapes', () => {
  it('show how many jobs wait for a worker and how long the oldest has waited', async () => {
    const { databaseUrl, drop } = await createTestDatabase();
    await migrateDatabase(databaseUrl);
    const config = loadConfig(testHubEnvironment(databaseUrl));
    // A signal subgraph that serves but runs no jobs: what it enqueues waits.
    const signal = await startSubgraph(subgraphs.signal, { config, databaseUrl, runJobs: false }, 0);
    try {
      const waiting = (await scrape(signal.url, config.gateway.metricsToken));
      expect(valueOf(waiting, 'hub_queue_jobs_waiting', { task: tasks.setSignalStatus })).toBe(0);
      await signal.orm.em.getConnection().execute(
        `select graphile_worker.add_job('${tasks.setSignalStatus}', '{"signalIds":[]}'::json, run_at => now() - make_interval(secs => s)) from unnest(array[600, 60]) as s`);
      const samples = await scrape(signal.url, config.gateway.metricsToken);
      expect(valueOf(samples, 'hub_queue_jobs_waiting', { task: tasks.setSignalStatus })).toBe(2);
      expect(valueOf(samples, 'hub_queue_oldest_waiting_job_age_seconds', { task: tasks.setSignalStatus })).toBeGreaterThanOrEqual(600);
      expect(valueOf(samples, 'hub_queue_jobs_failed_permanently', { task: tasks.setSignalStatus })).toBe(0);
    } finally {
      await signal.close();
      await drop();
    }
  });
});
