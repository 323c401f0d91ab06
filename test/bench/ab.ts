/**
 * A/B of builds of the API (and the raw floor) on one benchmark request, in short cells taken in
 * turn, many rounds: on a machine shared with other work, interleaving short cells is what makes
 * two builds comparable. Prints figures; never a test.
 *
 *   node dist/test/bench/ab.js --statements 100000 --builds base:/tmp/main-copy,new:. --request 1 --rounds 8 --duration 3
 *
 * --builds label:DIR,… (DIR holds a `dist/` built from some commit, `.` is this one), --raw (also
 * the floor), --request N (1–5, requests.ts), --concurrency C (16). Per cell: requests per second,
 * the server's CPU ms per request (utime+stime of its process) and PostgreSQL's ms per request
 * (planning + execution of all statements in the cell, from pg_stat_statements); then the medians.
 * Needs the database `npm run bench` generated at that scale (in .data/bench-pg or BENCH_PG_DIR).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../src/db/embedded';
import { option, paramsFor, REQUEST_NAMES, requestsFor } from './requests';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<any>;

const ROOT = path.resolve(__dirname, '..', '..', '..');
const STATEMENTS = Number(option('statements', '100000'));
const ROUNDS = Number(option('rounds', '8'));
const DURATION = Number(option('duration', '3'));
const CONCURRENCY = Number(option('concurrency', '16'));
const REQUEST = REQUEST_NAMES[Number(option('request', '1')) - 1];
const BUILDS = option('builds', 'this:.')
  .split(',')
  .map((spec) => {
    const [label, dir] = spec.split(':');
    return { label, dir: path.resolve(ROOT, dir ?? '.') };
  });
const pinnable = os.cpus().length >= 2 && fs.existsSync('/usr/bin/taskset');

interface Server {
  label: string;
  raw: boolean;
  url: string;
  child: ChildProcess;
}

function cpuMs(pid: number | undefined): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function start(label: string, cwd: string, script: string, databaseUrl: string, raw: boolean): Promise<Server> {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DB_POOL_SIZE: '10',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    SEED_WHEN_EMPTY: 'false',
    MAX_QUERY_COST: '100000',
  };
  const command = [...(pinnable ? ['taskset', '-c', '0'] : []), 'node', script];
  const child = spawn(command[0], command.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 480; i++) {
    try {
      await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return { label, raw, url, child };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${label} did not start`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (pinnable) execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
  const cluster = await startEmbeddedPostgres({
    dataDir: path.resolve(process.env.BENCH_PG_DIR ?? path.join(ROOT, '.data', 'bench-pg')),
    database: 'postgres',
    flags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'shared_buffers=1GB', '-c', 'pg_stat_statements.track_planning=on'],
  });
  const servers: Server[] = [];
  try {
    const databaseUrl = cluster.url.replace(/\/postgres$/, `/bench_${STATEMENTS}`);
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    const pgMs = async () =>
      Number(
        (
          await admin.query(`SELECT coalesce(sum(total_exec_time + total_plan_time), 0)::float8 AS ms FROM pg_stat_statements
             WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`)
        ).rows[0].ms,
      );
    for (const b of BUILDS) servers.push(await start(b.label, b.dir, 'dist/src/main.js', databaseUrl, false));
    if (process.argv.includes('--raw')) servers.push(await start('raw floor', ROOT, 'dist/test/bench/raw-server.js', databaseUrl, true));
    const params = paramsFor(STATEMENTS);
    const bodyOf = (s: Server) => requestsFor(s.raw ? 'raw' : 'api', params).find((r) => r.name === REQUEST)!;
    const cannon = (s: Server, duration: number) =>
      autocannon({
        url: s.url + bodyOf(s).path,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodyOf(s).body,
        connections: CONCURRENCY,
        duration,
        timeout: 30,
      });
    for (const s of servers) await cannon(s, 2); // warm-up
    console.log(`${REQUEST}, c=${CONCURRENCY}, ${ROUNDS} rounds × ${DURATION} s per build, load ${os.loadavg()[0].toFixed(1)}`);
    const cells = new Map<string, { reqs: number[]; cpu: number[]; pg: number[] }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < servers.length; i++) {
        const s = servers[(i + round) % servers.length];
        const [cpu0, pg0] = [cpuMs(s.child.pid), await pgMs()];
        const r = await cannon(s, DURATION);
        const n = Math.max(r['2xx'], 1);
        const cell = { reqs: r['2xx'] / r.duration, cpu: (cpuMs(s.child.pid) - cpu0) / n, pg: ((await pgMs()) - pg0) / n };
        const all = cells.get(s.label) ?? { reqs: [], cpu: [], pg: [] };
        all.reqs.push(cell.reqs);
        all.cpu.push(cell.cpu);
        all.pg.push(cell.pg);
        cells.set(s.label, all);
        console.log(
          `round ${round + 1} ${s.label}: ${cell.reqs.toFixed(0)} req/s, CPU ${cell.cpu.toFixed(3)} ms/request, PostgreSQL ${cell.pg.toFixed(3)} ms/request, errors ${r.errors + r.non2xx}, load ${os.loadavg()[0].toFixed(1)}`,
        );
      }
    }
    console.log('\n| build | req/s (median, range) | server CPU ms/request | PostgreSQL ms/request |\n|---|---|---|---|');
    for (const [label, c] of cells) {
      const f = (xs: number[], d: number) => `${median(xs).toFixed(d)} (${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)})`;
      console.log(`| ${label} | ${f(c.reqs, 0)} | ${f(c.cpu, 3)} | ${f(c.pg, 3)} |`);
    }
    await admin.end();
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => (s.child.exitCode === null ? new Promise((r) => s.child.once('exit', r)) : null)));
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
