import { Client } from 'pg';

export interface StatementStat { query: string; calls: number; totalMs: number; meanMs: number }

/** pg_stat_statements of the benchmark database: what SQL a phase sent, and how long it ran. */
export async function resetStatements(url: string): Promise<void> {
  await withClient(url, (c) => c.query('select pg_stat_statements_reset()'));
}

export async function readStatements(url: string): Promise<StatementStat[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `select query, calls::int, total_exec_time as total, mean_exec_time as mean from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not like '%pg_stat_statements%' and query !~* '^\\s*(begin|commit|rollback|set|show|savepoint|release)'
        order by total_exec_time desc`,
    );
    return rows.map((r) => ({ query: String(r.query).replace(/\s+/g, ' '), calls: r.calls, totalMs: Number(r.total), meanMs: Number(r.mean) }));
  });
}

/** The statements per request and the heaviest ones, as lines for the report. */
export function describeStatements(stats: StatementStat[], requests: number, top = 8): string[] {
  const calls = stats.reduce((sum, s) => sum + s.calls, 0);
  const ms = stats.reduce((sum, s) => sum + s.totalMs, 0);
  const lines = [`  SQL: ${(calls / requests).toFixed(1)} statements and ${(ms / requests).toFixed(2)} ms of execution per request (${stats.length} distinct)`];
  for (const s of stats.slice(0, top)) {
    lines.push(`    ${(s.calls / requests).toFixed(2).padStart(6)}/req ${s.meanMs.toFixed(3).padStart(8)} ms  ${s.query.slice(0, 150)}`);
  }
  return lines;
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
