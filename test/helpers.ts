import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import type { Logger as SqlLogger } from 'typeorm';
import { startApp, type App, type AppOptions } from '../src/app';
import { issueApiKey } from '../src/auth/api-key.service';
import type { Role } from '../src/auth/role';
import { loadConfig, type Config } from '../src/config';
import { createLogger } from '../src/logger';
import { isFeedRead } from '../src/statements/statement-events';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run the tests with `npm test`');
  return url;
}

/** A fresh, empty database in the run's cluster, named after the test file. */
export async function createTestDatabase(name: string): Promise<string> {
  const database = `t_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function dropTestDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export interface TestServer {
  app: App;
  url: string;
  databaseUrl: string;
  config: Config;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error. */
  data<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  stop(): Promise<void>;
}

/** Starts the real server (HTTP on a free port) on a new database of its own. */
export async function startTestServer(name: string, env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestServer> {
  const databaseUrl = await createTestDatabase(name);
  let server: TestServer;
  try {
    server = await startServerOn(databaseUrl, env, options);
  } catch (error) {
    await dropTestDatabase(databaseUrl);
    throw error;
  }
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await dropTestDatabase(databaseUrl);
    },
  };
}

/** Starts the real server on a database that already exists (migrating and seeding it as at start-up). */
export async function startServerOn(databaseUrl: string, env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    // Imports run in worker threads with a deadline (10 s by default). On a busy 2-core machine a
    // first import (worker start, NLP model load) can take longer, so tests give them room; the
    // deadline itself is tested with its own setting (import-hostile.test.ts).
    REQUEST_TIMEOUT_MS: '60000',
    IMPORT_TIMEOUT_MS: '45000',
    // Import threads start with the first import, not with each test server (IMPORT_WARM is tested in import-hostile.test.ts).
    IMPORT_WARM: 'false',
    // test/run.ts runs some files again with compiled reads off (READ_PLANS=off).
    ...(process.env.READ_PLANS ? { READ_PLANS: process.env.READ_PLANS } : {}),
    // …and with graphql-js's execute instead of graphql-jit (GRAPHQL_JIT=false).
    ...(process.env.GRAPHQL_JIT ? { GRAPHQL_JIT: process.env.GRAPHQL_JIT } : {}),
    ...env,
  });
  const app = await startApp(config, createLogger(config), options);
  const gql = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    app,
    url: app.url,
    databaseUrl,
    config,
    gql,
    data: async <T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
      const result = await gql<T>(query, variables, headers);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    stop: () => app.stop(),
  };
}

/**
 * Adds `count` copies of existing statements (cycling through them) with their speakers, parties,
 * commitments, topics and reports, so lists grow past the reference dataset.
 */
export async function cloneStatements(db: App['db'], count: number, date?: string): Promise<number[]> {
  return db.transaction(async (m) => {
    const rows: { id: number; original: number }[] = await m.query(
      `WITH originals AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM statements),
            copies AS (
              SELECT g, o.id AS original FROM generate_series(1, $1) g JOIN originals o ON o.n = ((g - 1) % o.total) + 1),
            inserted AS (
              INSERT INTO statements (text, kind, date, source_id, call_id, attributed_organization_id)
              SELECT s.text || ' (copy ' || c.g || ')', s.kind, COALESCE($2::date, s.date), s.source_id, s.call_id, s.attributed_organization_id
                FROM copies c JOIN statements s ON s.id = c.original
              RETURNING id, text)
       SELECT i.id, c.original FROM inserted i JOIN copies c ON i.text LIKE '% (copy ' || c.g || ')'`,
      [count, date ?? null],
    );
    const ids = rows.map((r) => r.id);
    const originals = rows.map((r) => r.original);
    const copy = (table: string, columns: string) =>
      m.query(
        `INSERT INTO ${table} (statement_id, ${columns})
         SELECT c.id, ${columns
           .split(', ')
           .map((col) => `t.${col}`)
           .join(', ')}
           FROM unnest($1::int[], $2::int[]) AS c(id, original) JOIN ${table} t ON t.statement_id = c.original`,
        [ids, originals],
      );
    await copy('statement_speakers', 'official_id, position');
    await copy('statement_parties', 'official_id, position');
    await copy('statement_commitments', 'commitment_id, stance');
    await copy('statement_topics', 'topic_id');
    await copy('statement_reports', 'source_id');
    return ids;
  });
}

let keyCount = 0;

export interface TestKey {
  name: string;
  key: string;
  /** Headers that send the key. */
  headers: Record<string, string>;
}

/** A new API key with `role`, made by the service the CLI uses. */
export async function newKey(server: TestServer, role: Role, name = `test-${role.toLowerCase()}-${++keyCount}`): Promise<TestKey> {
  const { key } = await issueApiKey(server.app.db, server.config, { name, role });
  return { name, key, headers: { authorization: `Bearer ${key}` } };
}

export interface ServerProcess {
  process: ChildProcess;
  url: string;
  /** Everything the process has written to stdout and stderr so far. */
  output(): string;
  /** Resolves to the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/**
 * The server as its own process (`node dist/src/main.js`, as in production), on a port it picks
 * itself; resolves once it logs that it is ready. The caller stops it (and must, also on failure).
 */
export function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'src', 'main.js')], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms: ${output}`)), timeoutMs);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/\S+\/graphql)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ process: child, url: ready[1], output: () => output, exited });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before it was ready: ${output}`));
    });
  });
}

/**
 * Waits until `ready()` holds, checking every `everyMs`; fails after a deadline meant to be generous
 * (a busy machine is slow, not wrong). Tests wait for counts with this instead of timing them.
 */
export async function waitUntil(
  ready: () => boolean | Promise<boolean>,
  what: () => string,
  timeoutMs = 60_000,
  everyMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** POSTs a raw body to the server's GraphQL endpoint; the JSON is parsed when the answer is JSON. */
export async function postRaw(
  server: TestServer,
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(server.url, { method: 'POST', headers, body });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

/** After a hostile request: the server still answers an ordinary query. */
export async function assertStillServes(server: TestServer): Promise<void> {
  const { countries } = await server.data('{ countries { totalCount } }');
  if (!(countries.totalCount > 0)) throw new Error('the server no longer serves the reference data');
}

/** Counts and keeps every SQL statement a server sends through TypeORM's logger (the read path's reads included). */
export class SqlCounter implements SqlLogger {
  count = 0;
  /** The change feed's reads of events, left out of `count` and `queries`. */
  feedReads = 0;
  /** The text of every statement sent, in order. */
  readonly queries: string[] = [];
  logQuery(query: string) {
    // The change feed reads new events in the background (on NOTIFY, and after its listener's
    // health check every 15 s): not a request's statement. On a busy machine a test's window can
    // span such a tick, which once counted 3 statements where a request sent 2.
    if (isFeedRead(query)) {
      this.feedReads++;
      return;
    }
    this.count++;
    this.queries.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
