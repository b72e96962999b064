import { logger } from './logger';

/**
 * Stops the process cleanly on SIGINT/SIGTERM, and, when `npm start` supervises it
 * (`--supervised`), also when the supervisor's IPC channel closes, so no process outlives it.
 */
export function stopOnSignal(close: () => Promise<void>, argv: string[]): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    close().then(() => process.exit(0), (error) => {
      logger({ service: 'lifecycle' }).error({ err: error }, 'could not stop cleanly');
      process.exit(1);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (argv.includes('--supervised')) process.on('disconnect', stop);
}
