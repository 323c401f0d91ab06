/**
 * Side-by-side read benchmark: this API, PostGraphile 4.14 and a raw node:http + pg floor over
 * one generated database, each answering the same five requests. Prints figures; never a test.
 *
 *   npm run bench -- --statements 100000 --rounds 2 --duration 5 --concurrency 1,16,64
 *
 * Options: --statements N (default 100000), --rounds R (2), --duration S seconds per cell (5),
 * --concurrency list (1,16,64), --targets api,postgraphile,raw, --requests 1,2,3,4,5, --out FILE (also write the
 * Markdown there), --warmup S (untimed seconds per server and request first, 2), --api-profile DIR (run the API under node --cpu-prof, profiles into DIR),
 * --api-dir DIR (run the API built in DIR/dist instead, e.g. a copy of main's build, for A/B runs).
 * The embedded cluster keeps its data in .data/bench-pg (BENCH_PG_DIR); a database generated
 * once at a scale is reused until the generator changes.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { generate, scaleFor } from './generate';
import { type BenchRequest, option, type Params, paramsFor, REQUEST_NAMES, requestsFor, type Target, TARGETS } from './requests';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<any>;

const ROOT = path.resolve(__dirname, '..', '..', '..');

const STATEMENTS = Number(option('statements', '100000'));
const ROUNDS = Number(option('rounds', '2'));
const DURATION = Number(option('duration', '5'));
const CONCURRENCY = option('concurrency', '1,16,64').split(',').map(Number);
const ONLY = option('targets', TARGETS.join(',')).split(',') as Target[];
const OUT = option('out', '');
/** Only these requests (1-based numbers, comma-separated) are timed; all are still checked. */
const TIMED = option('requests', '1,2,3,4,5')
  .split(',')
  .map((n) => REQUEST_NAMES[Number(n) - 1]);
const PROFILE = option('api-profile', '');
/** Another build of the API to time instead of this one (its folder holds `dist/`), for A/B runs. */
const API_DIR = option('api-dir', '');
/** Seconds of untimed load per server and request before the timed rounds. */
const WARMUP = Number(option('warmup', '2'));
/** Statement timeout of every server's sessions, so that none runs its queries longer than another. */
const STATEMENT_TIMEOUT_MS = 30_000;
const POOL_SIZE = '10';

const LOAD_AT_START = os.loadavg()[0];
const pinnable = os.cpus().length >= 2 && fs.existsSync('/usr/bin/taskset');
const log = (m: string) => console.log(m);

interface Running {
  target: Target;
  url: string;
  child: ChildProcess;
  peakRssMb: number;
}

async function waitForPort(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output()}`);
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`server at ${url} did not answer in 120 s:\n${output()}`);
}

async function startTarget(target: Target, databaseUrl: string): Promise<Running> {
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DB_POOL_SIZE: POOL_SIZE };
  let command: string[];
  let cwd = ROOT;
  if (target === 'api') {
    Object.assign(env, {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      SEED_WHEN_EMPTY: 'false',
      MAX_QUERY_COST: '100000',
      STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      REQUEST_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS + 5000),
    });
    command = ['node', ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILE)}`] : []), 'dist/src/main.js'];
    if (API_DIR) cwd = path.resolve(API_DIR);
  } else if (target === 'postgraphile') {
    cwd = path.join(ROOT, 'test', 'bench', 'postgraphile');
    if (!fs.existsSync(path.join(cwd, 'node_modules', 'postgraphile'))) {
      log('installing PostGraphile into test/bench/postgraphile (its own folder: it needs graphql 15)');
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd, stdio: 'inherit' });
    }
    command = ['node', 'server.js'];
  } else {
    command = ['node', 'dist/test/bench/raw-server.js'];
  }
  if (pinnable) command = ['taskset', '-c', '0', ...command];
  const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  await waitForPort(`${url}/graphql`, child, () => output);
  return { target, url, child, peakRssMb: 0 };
}

/** The node process's peak resident memory (VmHWM), in MB (taskset execs, so the pid is node's). */
function peakRss(pid: number | undefined): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/**
 * CPU milliseconds (user + system) the server's process has used so far: divided by the requests a
 * cell answered, a figure that depends far less on what else the machine runs than req/s does.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line (11 and 12 after the command's name), in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

async function send(server: Running, req: BenchRequest): Promise<unknown> {
  const res = await fetch(server.url + req.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: req.body });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${server.target} ${req.name}: HTTP ${res.status} ${text.slice(0, 500)}`);
  }
  if (res.status !== 200 || json?.errors) throw new Error(`${server.target} ${req.name}: HTTP ${res.status} ${text.slice(0, 1000)}`);
  return json;
}

function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || a === null || b === null || typeof a !== 'object') {
    return JSON.stringify(a) === JSON.stringify(b)
      ? null
      : `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
    if (d) return d;
  }
  return null;
}

/**
 * Waits until PostgreSQL runs no query of the benchmark database but ours: requests still in
 * flight when a timed run stops go on in the database, and must not slow the next run (up to 60 s).
 */
async function quiesce(admin: pg.Client): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()`);
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Cell {
  reqs: number;
  p50: number;
  p99: number;
  errors: number;
  completed: number;
}

async function main() {
  if (pinnable) execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
  const dataDir = path.resolve(process.env.BENCH_PG_DIR ?? path.join(ROOT, '.data', 'bench-pg'));
  log(`embedded PostgreSQL in ${dataDir}`);
  let cluster: EmbeddedDatabase | undefined;
  const servers: Running[] = [];
  const cleanup = async () => {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => (s.child.exitCode === null ? new Promise((r) => s.child.once('exit', r)) : null)));
    servers.length = 0;
    await cluster?.stop();
    cluster = undefined;
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    cluster = await startEmbeddedPostgres({
      dataDir,
      database: 'postgres',
      flags: [
        '-c',
        'shared_preload_libraries=pg_stat_statements',
        '-c',
        'shared_buffers=1GB',
        '-c',
        'pg_stat_statements.track_utility=on',
        '-c',
        'pg_stat_statements.track_planning=on',
      ],
    });
    const database = `bench_${STATEMENTS}`;
    const scale = scaleFor(STATEMENTS);
    log(`data: ${JSON.stringify(scale)}`);
    const started = Date.now();
    const made = await generate(cluster.url, database, scale, log);
    log(made ? `generated ${database} in ${((Date.now() - started) / 1000).toFixed(0)} s` : `reusing ${database}`);
    const dbUrl = cluster.url.replace(/\/postgres$/, `/${database}`);

    const admin = new pg.Client({ connectionString: dbUrl });
    await admin.connect();
    await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await admin.query(fs.readFileSync(path.join(ROOT, 'test', 'bench', 'postgraphile', 'functions.sql'), 'utf8'));
    // One statement timeout for every server's sessions (the API's own default is 5 s; the others
    // have none), so that no server's requests run on in PostgreSQL longer than another's.
    await admin.query(`ALTER DATABASE "${database}" SET statement_timeout = '${STATEMENT_TIMEOUT_MS}ms'`);
    // Every table and index into memory first (the machine has room for all of it): the rounds
    // then time warm servers, not the first reads from disk after the cluster started.
    const warmed = Date.now();
    await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_prewarm`);
    const { rows: blocks } = await admin.query(`SELECT coalesce(sum(pg_prewarm(c.oid::regclass, 'read')), 0)::bigint AS n FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i', 't', 'm')`);
    log(`prewarmed ${blocks[0].n} blocks in ${((Date.now() - warmed) / 1000).toFixed(1)} s`);
    const [counts] = (
      await admin.query(`SELECT (SELECT count(*) FROM statements)::int AS statements, (SELECT count(*) FROM statement_speakers)::int AS speakers,
      (SELECT count(*) FROM statement_commitments)::int AS links, (SELECT count(*) FROM sources)::int AS sources, (SELECT count(*) FROM calls)::int AS calls`)
    ).rows;
    log(`rows: ${JSON.stringify(counts)}`);
    const params = paramsFor(STATEMENTS);

    for (const target of ONLY) servers.push(await startTarget(target, dbUrl));
    const byTarget = new Map(servers.map((s) => [s.target, s]));
    const requests = new Map(ONLY.map((t) => [t, requestsFor(t, params)]));

    // Equivalent data first: every target's answer, normalized, equals the API's (or the first target's).
    log('checking that every target returns the same data…');
    for (let i = 0; i < REQUEST_NAMES.length; i++) {
      const answers = await Promise.all(
        ONLY.map(async (t) => requests.get(t)![i].normalize(await send(byTarget.get(t)!, requests.get(t)![i]))),
      );
      const size = JSON.stringify(answers[0]).length;
      for (let j = 1; j < answers.length; j++) {
        const d = firstDifference(answers[0], answers[j]);
        if (d) throw new Error(`${REQUEST_NAMES[i]}: ${ONLY[j]} differs from ${ONLY[0]} at ${d}`);
      }
      log(`  ${REQUEST_NAMES[i]}: same ${size} bytes of data from ${ONLY.join(', ')}`);
    }

    // SQL statements per request, from pg_stat_statements (top-level statements, BEGIN/COMMIT included).
    const sqlPerRequest = new Map<string, number>();
    /** Milliseconds PostgreSQL spent planning and executing a request's statements, alone (no load). */
    const dbMsPerRequest = new Map<string, number>();
    const N = 10;
    for (const t of ONLY) {
      for (const req of requests.get(t)!) {
        await send(byTarget.get(t)!, req);
        await admin.query(`SELECT pg_stat_statements_reset()`);
        for (let k = 0; k < N; k++) await send(byTarget.get(t)!, req);
        const { rows } = await admin.query(`SELECT coalesce(sum(calls), 0)::int AS n,
            coalesce(sum(total_exec_time + total_plan_time), 0)::float8 AS ms FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`);
        sqlPerRequest.set(`${t}|${req.name}`, rows[0].n / N);
        dbMsPerRequest.set(`${t}|${req.name}`, rows[0].ms / N);
      }
    }
    log('SQL statements per request: ' + [...sqlPerRequest].map(([k, v]) => `${k}=${v}`).join(', '));

    // Warm-up, untimed: V8 optimises the hot paths, pools fill, PostgreSQL settles on its plans
    // for prepared statements (the first five runs of each on a connection are planned apart).
    log(`warming up each server for ${WARMUP} s per request…`);
    for (const name of TIMED) {
      for (const t of ONLY) {
        const req = requests.get(t)!.find((r) => r.name === name)!;
        await autocannon({
          url: byTarget.get(t)!.url + req.path,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: req.body,
          connections: 16,
          duration: WARMUP,
          timeout: 30,
        });
        await quiesce(admin);
      }
    }

    const cells = new Map<string, Cell[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of CONCURRENCY) {
        for (const name of TIMED) {
          // Interleaved: each round starts with another target.
          const order = ONLY.map((_, i) => ONLY[(i + round) % ONLY.length]);
          for (const t of order) {
            const req = requests.get(t)!.find((r) => r.name === name)!;
            const server = byTarget.get(t)!;
            const cpuBefore = cpuMs(server.child.pid);
            const r = await autocannon({
              url: server.url + req.path,
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: req.body,
              connections: c,
              duration: DURATION,
              timeout: 30,
            });
            const cpuPerRequest = (cpuMs(server.child.pid) - cpuBefore) / Math.max(r['2xx'], 1);
            await quiesce(admin);
            // Requests answered per second of the run (autocannon's average counts per-second buckets).
            const cell: Cell = {
              reqs: r['2xx'] / Math.max(r.duration, 0.001),
              p50: r.latency.p50,
              p99: r.latency.p99,
              errors: r.errors + r.timeouts + r.non2xx,
              completed: r['2xx'],
            };
            server.peakRssMb = Math.max(server.peakRssMb, peakRss(server.child.pid));
            const key = `${t}|${name}|${c}`;
            cells.set(key, [...(cells.get(key) ?? []), cell]);
            log(
              `round ${round + 1} c=${c} ${name} ${t}: ${cell.reqs.toFixed(1)} req/s p50 ${cell.p50} ms p99 ${cell.p99} ms errors ${cell.errors}, server CPU ${cpuPerRequest.toFixed(3)} ms per request`,
            );
          }
        }
      }
    }

    const table = report(cells, sqlPerRequest, dbMsPerRequest, servers, scale, counts);
    console.log('\n' + table);
    if (OUT) fs.writeFileSync(OUT, table);
    await admin.end();
  } finally {
    await cleanup();
  }
}

const range = (xs: number[], digits = 0) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const f = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return lo === hi ? f(lo) : `${f(lo)}–${f(hi)}`;
};

function report(
  cells: Map<string, Cell[]>,
  sql: Map<string, number>,
  dbMs: Map<string, number>,
  servers: Running[],
  scale: object,
  counts: object,
): string {
  const lines: string[] = [];
  const has = (t: Target) => ONLY.includes(t);
  lines.push(
    `Load average (1 min) at the start ${LOAD_AT_START.toFixed(1)}, at the end ${os.loadavg()[0].toFixed(1)}, on ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}); Node ${process.version}.`,
  );
  lines.push('');
  lines.push(
    `Data: ${JSON.stringify(counts)} (scale ${JSON.stringify(scale)}); ${WARMUP} s untimed warm-up per server and request, then ${ROUNDS} rounds × ${DURATION} s per cell, interleaved; pool ${POOL_SIZE} connections each; ` +
      `servers ${pinnable ? 'pinned to CPU 0, autocannon to CPU 1' : 'not pinned'}; PostgreSQL not pinned.`,
  );
  lines.push('');
  lines.push(
    '| request | c | this API req/s | API p50 / p99 ms | PostGraphile req/s | PG p99 ms | raw floor req/s | API ÷ PostGraphile | API ÷ floor | errors API/PG/raw |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const name of TIMED) {
    for (const c of CONCURRENCY) {
      const get = (t: Target) => (has(t) ? (cells.get(`${t}|${name}|${c}`) ?? []) : []);
      const api = get('api');
      const pgl = get('postgraphile');
      const raw = get('raw');
      const ratio = (a: Cell[], b: Cell[]) =>
        a.length && b.length
          ? range(
              a.map((x, i) => x.reqs / Math.max(b[i]?.reqs ?? 0, 0.001)),
              2,
            )
          : '–';
      // Fewer than 10 answers in a run: its figures say little (marked *).
      const cellRange = (xs: Cell[], f: (x: Cell) => number, d = 0) =>
        xs.length ? `${range(xs.map(f), d)}${xs.some((x) => x.completed < 10) ? '*' : ''}` : '–';
      lines.push(
        `| ${name} | ${c} | ${cellRange(api, (x) => x.reqs, 1)} | ${cellRange(api, (x) => x.p50)} / ${cellRange(api, (x) => x.p99)} | ` +
          `${cellRange(pgl, (x) => x.reqs, 1)} | ${cellRange(pgl, (x) => x.p99)} | ${cellRange(raw, (x) => x.reqs, 1)} | ${ratio(api, pgl)} | ${ratio(api, raw)} | ` +
          `${[api, pgl, raw].map((xs) => (xs.length ? xs.reduce((n, x) => n + x.errors, 0) : '–')).join('/')} |`,
      );
    }
  }
  lines.push('');
  lines.push('* fewer than 10 requests answered in at least one run of that cell.');
  lines.push('');
  lines.push(
    'SQL statements per request (pg_stat_statements, top level, BEGIN/COMMIT included), and the milliseconds PostgreSQL spent on them ' +
      '(planning + execution, mean of 10 requests sent one at a time):',
  );
  lines.push('');
  lines.push(`| request | depth | ${ONLY.map((t) => `${t} statements`).join(' | ')} | ${ONLY.map((t) => `${t} DB ms`).join(' | ')} |`);
  lines.push(`|---|---|${ONLY.map(() => '---|---').join('|')}|`);
  for (const [i, name] of REQUEST_NAMES.entries()) {
    lines.push(
      `| ${name} | ${requestsFor('api', {} as Params)[i]?.depth ?? ''} | ${ONLY.map((t) => sql.get(`${t}|${name}`) ?? '–').join(' | ')} | ` +
        `${ONLY.map((t) => dbMs.get(`${t}|${name}`)?.toFixed(2) ?? '–').join(' | ')} |`,
    );
  }
  lines.push('');
  lines.push(`Peak resident memory (VmHWM): ${servers.map((s) => `${s.target} ${s.peakRssMb.toFixed(0)} MB`).join(', ')}.`);
  return lines.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
