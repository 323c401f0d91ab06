import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

/** Time allowed after the drain's SHUTDOWN_TIMEOUT_MS for the rest of the shutdown before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 5_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  const app = await startApp(config, logger);
  logger.info({ url: app.url }, `Alliance statements API ready at ${app.url}`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // The drain waits up to SHUTDOWN_TIMEOUT_MS; closing sockets, Apollo and the pools gets a little more.
    const deadlineMs = config.shutdownTimeoutMs + SHUTDOWN_GRACE_MS;
    const deadline = setTimeout(() => {
      logger.error({ deadlineMs }, `shutdown took longer than ${deadlineMs} ms; exiting`);
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    app
      .stop()
      .then(() => {
        logger.info('stopped');
        process.exit(0);
      })
      .catch((error) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error('Failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
