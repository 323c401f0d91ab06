import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { createLogger } from '../../src/logger';
import { referenceRowIds } from '../statements';

export interface BenchServer {
  app: Awaited<ReturnType<typeof startApp>>;
  /** A connection of its own, so a COMMIT's return is timed as a client would see it. */
  writer: DataSource;
  ids: Awaited<ReturnType<typeof referenceRowIds>>;
  /** Stops the server and PostgreSQL and removes the data folder. */
  stop(): Promise<void>;
}

/**
 * The server of the subscription benchmarks: an embedded PostgreSQL of its own, the API in
 * production mode with the reference dataset seeded (production does not seed by default; the
 * benchmarks record statements of its officials) and no per-client rate limit (all subscribers
 * come from one address), plus `env`. Everything it started is stopped, also when it fails.
 */
export async function startBenchServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-bench-pg-'));
  fs.chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), database: 'bench', ephemeral: true });
  const writer = createDataSource({ url: cluster.url, poolSize: 1, applicationName: 'bench-writer' });
  let app: BenchServer['app'] | undefined;
  const stop = async () => {
    if (writer.isInitialized) await writer.destroy();
    await app?.stop();
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: cluster.url,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      SEED_WHEN_EMPTY: 'true',
      ...env,
    });
    app = await startApp(config, createLogger(config));
    await writer.initialize();
    return { app, writer, ids: await referenceRowIds(writer), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
