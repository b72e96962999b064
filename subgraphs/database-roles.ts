import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { subgraphNames, type SubgraphName } from '../config';
import { subgraphs } from '.';

/** A subgraph's own database login: what it may touch is decided by PostgreSQL, not by its code. */
export interface SubgraphRole { user: string; password: string }

/**
 * The grants of one subgraph's role (run as the schema owner, after the migrations): its own
 * schema's tables and the job queue, nothing of another subgraph. The household role may only
 * append to the access log: no UPDATE, DELETE or TRUNCATE, and as it owns no table it cannot
 * disable the append-only triggers either.
 */
export function subgraphGrants(name: SubgraphName, user: string): string {
  const schema = subgraphs[name].database.schema;
  const role = `"${user}"`;
  return `
    revoke all on schema public from ${role};
    grant usage on schema ${schema}, graphile_worker to ${role};
    grant select, insert, update, delete on all tables in schema ${schema} to ${role};
    grant usage, select on all sequences in schema ${schema} to ${role};
    grant select, insert, update, delete on all tables in schema graphile_worker to ${role};
    grant usage, select on all sequences in schema graphile_worker to ${role};
    grant execute on all functions in schema graphile_worker to ${role};
    ${name === 'household' ? `revoke update, delete, truncate on household.access_log from ${role};` : ''}`;
}

/** The job queue's private tables have row-level security (the owner passes it): let the role use every row. */
async function allowQueueRows(client: Client, user: string): Promise<void> {
  const { rows } = await client.query(`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'graphile_worker' and c.relkind = 'r' and c.relrowsecurity`);
  for (const { relname } of rows) {
    const policy = `"${user}_queue"`;
    await client.query(`drop policy if exists ${policy} on graphile_worker."${relname}"`);
    await client.query(`create policy ${policy} on graphile_worker."${relname}" to "${user}" using (true) with check (true)`);
  }
}

/** Creates (or updates the password of) each subgraph's role on this database and grants it. */
export async function provisionSubgraphRoles(ownerUrl: string, roles: Record<SubgraphName, SubgraphRole>): Promise<Record<SubgraphName, string>> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const urls = {} as Record<SubgraphName, string>;
  try {
    const database = (await client.query('select current_database() as name')).rows[0].name as string;
    for (const name of subgraphNames) {
      const { user, password } = roles[name];
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(user)) throw new Error(`Role name "${user}" must be lower-case letters, digits and _`);
      const exists = (await client.query('select 1 from pg_roles where rolname = $1', [user])).rowCount;
      const literal = `'${password.replace(/'/g, "''")}'`;
      await client.query(`${exists ? 'alter' : 'create'} role "${user}" login nosuperuser nocreatedb nocreaterole noinherit password ${literal}`);
      await client.query(`grant connect on database "${database}" to "${user}"`);
      await client.query(subgraphGrants(name, user));
      await allowQueueRows(client, user);
      const url = new URL(ownerUrl);
      url.username = user;
      url.password = password;
      urls[name] = url.toString();
    }
  } finally {
    await client.end();
  }
  return urls;
}

/**
 * `npm start`'s roles: one per subgraph, named after the database, with a fresh random password on
 * every start (the supervisor hands each subgraph its own login; nothing needs to remember it).
 */
export async function provisionDevelopmentRoles(ownerUrl: string): Promise<Record<SubgraphName, string>> {
  const database = new URL(ownerUrl).pathname.slice(1).replace(/[^a-z0-9_]/g, '_');
  const roles = Object.fromEntries(subgraphNames.map((name) => [name, { user: `${database}_${name}`, password: randomBytes(24).toString('base64url') }]));
  return provisionSubgraphRoles(ownerUrl, roles as Record<SubgraphName, SubgraphRole>);
}
