import { Client } from 'pg';
import { isDatabaseUnavailable } from '../../server/unavailable';
import { freePorts } from '../operations/support/ports';

/** Which failures become "try again shortly" (503-class) rather than an internal error. */
describe('a database that cannot be reached', () => {
  it('is told apart from a failing statement', async () => {
    const [port] = await freePorts(1);
    const refused = await new Client({ connectionString: `postgres://nobody@127.0.0.1:${port}/none` }).connect().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable({ originalError: { cause: refused } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);

    const client = new Client({ connectionString: process.env.HUB_TEST_ADMIN_URL });
    await client.connect();
    try {
      const failed = await client.query('select * from no_such_table').catch((e: unknown) => e);
      expect(isDatabaseUnavailable(failed)).toBe(false);
    } finally {
      await client.end();
    }
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
