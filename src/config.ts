import fs from 'node:fs';
import path from 'node:path';

/**
 * The one place that reads the environment. Everything else receives a typed, checked Config,
 * so a wrong value stops start-up with one clear message instead of failing later.
 */
export type Environment = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  env: Environment;
  host: string;
  port: number;
  /** Unset: start an embedded PostgreSQL under `embeddedDataDir`. */
  databaseUrl?: string;
  /** Streaming replicas of `databaseUrl` that queries are spread over (none: all on the primary). */
  databaseReplicaUrls: string[];
  /** A key that wrote within this many ms reads from the primary, to see its own writes. */
  readYourWritesMs: number;
  embeddedDataDir: string;
  logLevel: LogLevel;
  /** Load the reference dataset when the database holds no data yet (never by default in production). */
  seedWhenEmpty: boolean;
  /**
   * `/metrics` then needs `Authorization: Bearer <token>`. Unset: open outside production, and in
   * production answered only to clients on the same machine (loopback).
   */
  metricsToken?: string;
  introspection: boolean;
  /** Serve the explorer at /explorer (and send browsers from / and /graphql there). */
  landingPage: boolean;
  corsOrigins: string[];
  /** Also allow http://localhost:* and http://127.0.0.1:* (HTTP and WebSocket); on outside production. */
  corsAllowLocalhost: boolean;
  /** Largest page a connection returns; `first`/`last` above it is a BAD_USER_INPUT. */
  maxPageSize: number;
  dbPoolSize: number;
  /** Reads as named prepared statements (off behind a pooler in transaction mode that cannot keep them). */
  dbPreparedStatements: boolean;
  /** At most this many prepared statements per pooled connection, the least recently run deallocated first. */
  dbPreparedStatementsPerConnection: number;
  /**
   * Compile the relations a request selects into the statement that fetches their parents (src/read/).
   * Off: every relation goes through its resolver's batch, the reference the compiled path is tested against.
   */
  readPlans: boolean;
  /** When true, queries and subscriptions need an API key too (any role); otherwise only mutations do. */
  requireAuthForReads: boolean;
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxFields: number;
    maxCost: number;
    maxTokens: number;
    maxIntrospectionLists: number;
    /** Bytes of a request body; larger bodies get 413. */
    maxBodyBytes: number;
  };
  /** Anonymous requests per minute per client address, and per API key. 0 turns limiting off. */
  rateLimitPerMinute: number;
  /** Where HTTP requests' buckets live: this process's memory, or PostgreSQL, shared by every instance. */
  rateLimitStore: 'memory' | 'postgres';
  /** With the PostgreSQL store, a request whose bucket cannot be read in time (locked, database away): let it through, or refuse it (503). */
  rateLimitOnStoreFailure: 'open' | 'closed';
  /** A request not answered by then gets a 503 error. */
  requestTimeoutMs: number;
  /** PostgreSQL statement_timeout. */
  statementTimeoutMs: number;
  /** How long a request waits for a free pooled connection before failing fast. */
  poolAcquireTimeoutMs: number;
  /** In-flight work gets this long to finish on SIGTERM/SIGINT before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** Behind a load balancer: trust X-Forwarded-For for the client address (rate limits, logs). */
  trustProxy: boolean;
  /** Plain `POST /graphql` JSON requests answered without Express's router (src/http/fast-path.ts); HTTP_FAST_PATH=false turns it off. */
  httpFastPath: boolean;
  /** Queries executed by graphql-jit, compiled once per document (src/jit-executor.ts); GRAPHQL_JIT=false: graphql-js's `execute`. */
  graphqlJit: boolean;
  /**
   * Queries whose document Apollo already validated answered on the fast path without Apollo's
   * per-request pipeline (src/http/known-documents.ts); needs HTTP_FAST_PATH and GRAPHQL_JIT. KNOWN_DOCUMENTS=false turns it off.
   */
  knownDocuments: boolean;
  /** GraphQL requests over HTTP executed at once; the others wait their turn (0: no limit). */
  maxInFlight: number;
  /**
   * Imports parse and extract in worker threads (`src/imports/worker/`), never on the event loop:
   * how many at once, how many may wait, and the deadline after which the worker is terminated
   * (the import then fails with TIMEOUT). The deadline stays below `requestTimeoutMs`.
   */
  importWorkers: number;
  importQueue: number;
  importTimeoutMs: number;
  /**
   * The import workers start with the server, each loading the pipeline and the language model then, instead of during
   * the first import (`IMPORT_WARM`): a cold first import of a 20,000-word transcript took about twice as long.
   */
  importWarm: boolean;
  /**
   * The learned sentence gate (src/imports/pipeline/gate.ts) holds back drafts whose words it scores under its threshold,
   * their sentences skipped as BELOW_THRESHOLD (`IMPORT_GATE`, default true; false keeps every draft the rules make).
   */
  importGate: boolean;
  /**
   * Drafts under this confidence are held back, their sentences skipped as BELOW_THRESHOLD (`IMPORT_MIN_CONFIDENCE`, a number
   * from 0 to 1, default 0.1). The bench's operating points say what a threshold gives on documents nobody tuned on.
   */
  importMinConfidence: number;
  /** How long a WebSocket may stay open without `connection_init` before it is closed (4408). */
  wsConnectionInitTimeoutMs: number;
  /** Open WebSockets per instance; one more is closed at once with 1013 Try Again Later. */
  wsMaxConnections: number;
  /** Subscriptions at once on one socket; one more gets a SUBSCRIPTION_LIMIT_EXCEEDED error. */
  wsMaxSubscriptionsPerSocket: number;
  /** How often the API keys of open sockets and event streams are re-checked (revoked or changed: closed with 4403, or the stream ended with an error). */
  wsKeyRecheckMs: number;
  /**
   * Host names (the `Host` header, without port) the server answers; anything else gets 403, so a
   * DNS-rebinding page cannot read it. Null: every host. Default: loopback names outside production.
   */
  allowedHosts: string[] | null;
  /** graphql-codegen's persisted documents (`{ "<sha256>": "<document>" }`) and what the server does with them. */
  trustedDocuments: { file: string | null; mode: TrustedDocumentsMode };
  /** Open Server-Sent Events streams (one subscription each) per instance; one more gets 503. */
  sseMaxStreams: number;
}

/**
 * `off`: any document runs (ids from the file are still resolved); `allowlist`: only documents of
 * the file, sent by id or as their text; `ids-only`: only documents of the file, sent by id.
 */
export type TrustedDocumentsMode = 'off' | 'allowlist' | 'ids-only';

/** Host names of this machine itself: what a developer's browser and tools send. */
export const LOOPBACK_HOSTS = ['localhost', '*.localhost', '127.0.0.1', '[::1]'];

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

/** A number from 0 to 1 ("0.3", ".3", "1"). */
function fraction(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^(?:0|1|0?\.\d+|1\.0*)$/.test(raw.trim())) throw new ConfigError(`${name} must be a number from 0 to 1 (got "${raw}")`);
  return Number(raw);
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

function databaseUrl(env: Env, name = 'DATABASE_URL'): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (expected postgres://user:password@host:5432/database)`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${name} must start with postgres:// or postgresql:// (got "${url.protocol}//")`);
  }
  return raw;
}

function allowedHosts(env: Env, production: boolean): string[] | null {
  const raw = env.ALLOWED_HOSTS?.trim();
  if (raw === undefined || raw === '') return production ? null : LOOPBACK_HOSTS;
  if (raw === '*') return null;
  const hosts = raw
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  for (const host of hosts) {
    if (!/^(\*\.)?[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host)) {
      throw new ConfigError(`ALLOWED_HOSTS entries must be host names without port, like api.example.org or *.example.org (got "${host}")`);
    }
  }
  return hosts;
}

function trustedDocuments(env: Env): Config['trustedDocuments'] {
  const file = env.TRUSTED_DOCUMENTS?.trim() || null;
  const mode = oneOf(env, 'TRUSTED_DOCUMENTS_MODE', ['off', 'allowlist', 'ids-only'] as const, file ? 'allowlist' : 'off');
  if (mode !== 'off' && !file)
    throw new ConfigError(`TRUSTED_DOCUMENTS_MODE=${mode} needs TRUSTED_DOCUMENTS (the persisted documents JSON file)`);
  if (file && !fs.existsSync(file)) throw new ConfigError(`TRUSTED_DOCUMENTS: no file at ${path.resolve(file)}`);
  return { file: file && path.resolve(file), mode };
}

const SANDBOX_ORIGIN = 'https://studio.apollographql.com';

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const corsRaw = env.CORS_ORIGINS;
  const corsOrigins =
    corsRaw === undefined || corsRaw === ''
      ? production
        ? []
        : [SANDBOX_ORIGIN]
      : corsRaw
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`CORS_ORIGINS entries must be origins like https://example.org (got "${origin}")`);
    }
  }
  const introspection = bool(env, 'INTROSPECTION', !production);
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 15_000, 100, 600_000);
  // The import's deadline must leave the request time to answer with the import's own error.
  const importTimeoutMs = integer(env, 'IMPORT_TIMEOUT_MS', Math.min(10_000, Math.floor(requestTimeoutMs * 0.8)), 1, 600_000);
  if (importTimeoutMs >= requestTimeoutMs) {
    throw new ConfigError(`IMPORT_TIMEOUT_MS must be below REQUEST_TIMEOUT_MS (${requestTimeoutMs}) (got "${importTimeoutMs}")`);
  }
  return {
    env: nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: databaseUrl(env),
    databaseReplicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean)
      .map((u) => databaseUrl({ DATABASE_REPLICA_URLS: u }, 'DATABASE_REPLICA_URLS')!),
    readYourWritesMs: integer(env, 'READ_YOUR_WRITES_MS', 10_000, 0, 3_600_000),
    embeddedDataDir: path.resolve(env.EMBEDDED_PG_DIR || '.data/postgres'),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
    seedWhenEmpty: bool(env, 'SEED_WHEN_EMPTY', !production),
    introspection,
    landingPage: bool(env, 'LANDING_PAGE', introspection),
    corsOrigins,
    corsAllowLocalhost: bool(env, 'CORS_ALLOW_LOCALHOST', !production),
    metricsToken: env.METRICS_TOKEN || undefined,
    maxPageSize: integer(env, 'MAX_PAGE_SIZE', 100, 1, 1000),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200),
    dbPreparedStatements: bool(env, 'DB_PREPARED_STATEMENTS', true),
    dbPreparedStatementsPerConnection: integer(env, 'DB_PREPARED_STATEMENTS_PER_CONNECTION', 200, 1, 10_000),
    readPlans: bool(env, 'READ_PLANS', true),
    requireAuthForReads: bool(env, 'REQUIRE_AUTH_FOR_READS', false),
    limits: {
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 12, 1, 100),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 15, 0, 1000),
      maxDirectives: integer(env, 'MAX_QUERY_DIRECTIVES', 50, 0, 1000),
      maxFields: integer(env, 'MAX_QUERY_FIELDS', 300, 1, 10000),
      maxCost: integer(env, 'MAX_QUERY_COST', 5000, 1, 10_000_000),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', 1000, 10, 100_000),
      maxIntrospectionLists: integer(env, 'MAX_INTROSPECTION_LISTS', 3, 1, 10),
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 100_000, 1000, 50_000_000),
    },
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    rateLimitStore: oneOf(env, 'RATE_LIMIT_STORE', ['memory', 'postgres'] as const, 'memory'),
    rateLimitOnStoreFailure: oneOf(env, 'RATE_LIMIT_ON_STORE_FAILURE', ['open', 'closed'] as const, 'open'),
    requestTimeoutMs,
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 5_000, 100, 600_000),
    poolAcquireTimeoutMs: integer(env, 'POOL_ACQUIRE_TIMEOUT_MS', 3_000, 100, 600_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 20_000, 100, 600_000),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    httpFastPath: bool(env, 'HTTP_FAST_PATH', true),
    graphqlJit: bool(env, 'GRAPHQL_JIT', true),
    knownDocuments: bool(env, 'KNOWN_DOCUMENTS', true),
    maxInFlight: integer(env, 'HTTP_MAX_IN_FLIGHT', 0, 0, 100_000),
    importWorkers: integer(env, 'IMPORT_WORKERS', 2, 1, 64),
    importQueue: integer(env, 'IMPORT_QUEUE', 16, 0, 10_000),
    importTimeoutMs,
    importWarm: bool(env, 'IMPORT_WARM', true),
    importGate: bool(env, 'IMPORT_GATE', true),
    importMinConfidence: fraction(env, 'IMPORT_MIN_CONFIDENCE', 0.1),
    wsConnectionInitTimeoutMs: integer(env, 'WS_CONNECTION_INIT_TIMEOUT_MS', 3000, 50, 60000),
    wsMaxConnections: integer(env, 'WS_MAX_CONNECTIONS', 5000, 1, 1_000_000),
    wsMaxSubscriptionsPerSocket: integer(env, 'WS_MAX_SUBSCRIPTIONS_PER_SOCKET', 50, 1, 10_000),
    wsKeyRecheckMs: integer(env, 'WS_KEY_RECHECK_MS', 2000, 100, 600_000),
    allowedHosts: allowedHosts(env, production),
    trustedDocuments: trustedDocuments(env),
    sseMaxStreams: integer(env, 'SSE_MAX_STREAMS', 5000, 1, 1_000_000),
  };
}
