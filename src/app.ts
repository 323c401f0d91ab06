import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createDataSource } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import type { Logger } from './logger';
import { isDatabaseEmpty, seedReferenceDataset } from './seed/seed';
import { startServer, type RunningServer } from './server';

export interface App {
  url: string;
  port: number;
  db: DataSource;
  server: RunningServer;
  /** Stops serving, then closes the pool, then the embedded PostgreSQL if this app started one. */
  stop(): Promise<void>;
}

/**
 * Connects (starting an embedded PostgreSQL when no DATABASE_URL is set), migrates, seeds an
 * empty database. `shareEmbedded` lets a command-line tool use the cluster of a running server.
 */
export async function connectDatabase(
  config: Config,
  logger: Logger,
  { shareEmbedded = false }: { shareEmbedded?: boolean } = {},
): Promise<{ db: DataSource; embedded?: EmbeddedDatabase }> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.embeddedDataDir }, 'DATABASE_URL not set: starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      database: 'alliance',
      shareRunning: shareEmbedded,
      log: (message) => logger.debug({ postgres: message }, 'embedded postgres'),
    });
    url = embedded.url;
    logger.info({ port: embedded.port }, 'embedded PostgreSQL ready');
  }
  const db = createDataSource({ url, poolSize: config.dbPoolSize });
  try {
    await db.initialize();
    const applied = await db.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    if (config.seedWhenEmpty && (await isDatabaseEmpty(db))) {
      const { inserted } = await seedReferenceDataset(db);
      logger.info({ inserted }, 'reference dataset loaded into the empty database');
    }
  } catch (error) {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
    throw error;
  }
  return { db, embedded };
}

export async function startApp(config: Config, logger: Logger): Promise<App> {
  const { db, embedded } = await connectDatabase(config, logger);
  let server: RunningServer;
  try {
    server = await startServer(config, db, logger);
  } catch (error) {
    await db.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    db,
    server,
    stop: async () => {
      await server.stop();
      logger.info('HTTP server closed');
      await db.destroy();
      logger.info('database pool closed');
      if (embedded) {
        await embedded.stop();
        logger.info('embedded PostgreSQL stopped');
      }
    },
  };
}
