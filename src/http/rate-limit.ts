import pg from 'pg';

/**
 * A token bucket per client (authenticated API key, else address): `perMinute` requests a minute, refilled
 * continuously, with bursts up to the same number. In memory, so per instance: behind a load
 * balancer each instance enforces its own share.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly perMinute: number) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /**
   * The bucket a request is charged to: its API key's when the key authenticated, else its
   * address, so inventing a new bearer token for every request does not escape the limit.
   */
  static clientKey(keyId: number | null | undefined, address: string | undefined): string {
    return keyId ? `key:${keyId}` : `ip:${address ?? 'unknown'}`;
  }

  /** 0 when allowed, else the seconds to wait before retrying. */
  take(key: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate / 1000);
  }

  private sweep(now = Date.now()): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at > 120_000) this.buckets.delete(key);
    }
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}

/** What the shared limiter does when it cannot read a client's bucket in time. */
export type RateLimitFailure = 'open' | 'closed';

/** The bucket could not be read in time and RATE_LIMIT_ON_STORE_FAILURE=closed: the request is refused. */
export class RateLimitUnavailable extends Error {}

/** How long the limiter waits for a bucket row (or the table) another session holds locked. */
const LOCK_TIMEOUT_MS = 20;
/** How long the limiter's statements may run, and how long a request waits for one of its connections. */
const STATEMENT_TIMEOUT_MS = 1000;
const CONNECT_TIMEOUT_MS = 1000;
/** Its own connections: it never takes one from the requests it guards. */
const POOL_SIZE = 2;
/** After a key's row was found locked, how long its requests are decided without asking the database. */
const LOCKED_FOR_MS = 1000;

/**
 * The same token bucket kept in PostgreSQL (table rate_limit_buckets), so that instances behind
 * a load balancer share one limit per client: one atomic upsert per request.
 *
 * It runs on a small pool of its own, with a lock_timeout of milliseconds: a bucket row (or the
 * table) held locked by someone else costs the request of that key a few milliseconds, not a
 * connection of the API's pool for seconds, so every other client, and `/readyz`, go on as
 * before. When a bucket cannot be read in time (locked, the limiter's pool busy, the database
 * away), `onFailure` decides for that request alone: `open` lets it through (the default: the
 * limit is a fairness measure, not a security boundary), `closed` refuses it with 503.
 */
export class SharedRateLimiter {
  private readonly sweeper: NodeJS.Timeout;
  private readonly pool: pg.Pool;
  private failures = 0;
  private lastWarning = 0;
  /** Each key's last check, which its next one waits for. */
  private readonly checks = new Map<string, Promise<unknown>>();
  /** Keys whose row was found locked, until when their requests are decided without a query. */
  private readonly lockedUntil = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    databaseUrl: string,
    private readonly onFailure: RateLimitFailure,
    private readonly warn: (detail: Record<string, unknown>, message: string) => void,
  ) {
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      application_name: 'alliance-api-rate-limit',
      options: `-c lock_timeout=${LOCK_TIMEOUT_MS} -c statement_timeout=${STATEMENT_TIMEOUT_MS}`,
    });
    // An idle connection that breaks (a database restart) must not crash the process.
    this.pool.on('error', () => undefined);
    this.sweeper = setInterval(() => {
      for (const key of this.lockedUntil.keys()) this.isLocked(key);
      void this.pool.query(`DELETE FROM rate_limit_buckets WHERE at < now() - interval '2 minutes'`).catch(() => undefined);
    }, 60_000);
    this.sweeper.unref();
  }

  /**
   * 0 when allowed, else the seconds to wait before retrying; throws RateLimitUnavailable when it
   * failed closed. A key's checks run one at a time, so a key whose row is locked holds at most one
   * of the limiter's connections (the others keep serving every other key); once its row was
   * found locked, the key's requests are decided without a query for the next second.
   */
  take(key: string): Promise<number> {
    if (this.perMinute <= 0) return Promise.resolve(0);
    if (this.isLocked(key)) return Promise.resolve(this.unreadable(key, null));
    const run = (this.checks.get(key) ?? Promise.resolve()).then(() => this.check(key));
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.checks.set(key, settled);
    void settled.then(() => {
      if (this.checks.get(key) === settled) this.checks.delete(key);
    });
    return run;
  }

  private isLocked(key: string): boolean {
    const until = this.lockedUntil.get(key);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.lockedUntil.delete(key);
    return false;
  }

  private async check(key: string): Promise<number> {
    // Queued behind a check that found the row locked: no need to wait for the lock again.
    if (this.isLocked(key)) return this.unreadable(key, null);
    let row: { allowed: boolean; tokens: number };
    try {
      [row] = (
        await this.pool.query<{ allowed: boolean; tokens: number }>(
          `INSERT INTO rate_limit_buckets AS b (key, tokens, at, allowed) VALUES ($1, $2 - 1, clock_timestamp(), true)
           ON CONFLICT (key) DO UPDATE SET
             allowed = least($2, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $2 / 60.0) >= 1,
             tokens = least($2, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $2 / 60.0)
                      - CASE WHEN least($2, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $2 / 60.0) >= 1 THEN 1 ELSE 0 END,
             at = clock_timestamp()
           RETURNING allowed, tokens`,
          [key, this.perMinute],
        )
      ).rows;
    } catch (error) {
      // lock_not_available (lock_timeout) or query_canceled (statement_timeout): this key's row.
      const code = (error as { code?: string }).code;
      if (code === '55P03' || code === '57014') this.lockedUntil.set(key, Date.now() + LOCKED_FOR_MS);
      return this.unreadable(key, error);
    }
    if (row.allowed) return 0;
    return Math.max(1, Math.ceil((1 - row.tokens) / (this.perMinute / 60)));
  }

  /** The bucket could not be read: serve (open) or refuse (closed) this request. */
  private unreadable(key: string, error: unknown): number {
    this.failed(key, error);
    if (this.onFailure === 'closed') throw new RateLimitUnavailable('The rate limit could not be checked; retry shortly');
    return 0;
  }

  /** One warning per 10 s at most, with how many checks failed meanwhile. */
  private failed(key: string, error: unknown): void {
    this.failures++;
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.warn(
      { key, failures: this.failures, err: error ? (error as Error).message : 'row locked recently', onFailure: this.onFailure },
      `rate limit bucket not readable in time: failing ${this.onFailure}`,
    );
    this.lastWarning = now;
    this.failures = 0;
  }

  stop(): void {
    clearInterval(this.sweeper);
    void this.pool.end().catch(() => undefined);
  }
}
