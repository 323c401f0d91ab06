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

/**
 * The same token bucket kept in PostgreSQL (table rate_limit_buckets), so that instances behind
 * a load balancer share one limit per client: one atomic upsert per request.
 */
export class SharedRateLimiter {
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly perMinute: number,
    private readonly query: (sql: string, params: unknown[]) => Promise<{ allowed: boolean; tokens: number }[]>,
  ) {
    this.sweeper = setInterval(
      () => void this.query(`DELETE FROM rate_limit_buckets WHERE at < now() - interval '2 minutes'`, []).catch(() => undefined),
      60_000,
    );
    this.sweeper.unref();
  }

  /** 0 when allowed, else the seconds to wait before retrying. */
  async take(key: string): Promise<number> {
    if (this.perMinute <= 0) return 0;
    const [row] = await this.query(
      `INSERT INTO rate_limit_buckets AS b (key, tokens, at, allowed) VALUES ($1, $2 - 1, clock_timestamp(), true)
       ON CONFLICT (key) DO UPDATE SET
         allowed = least($2, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $2 / 60.0) >= 1,
         tokens = least($2, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $2 / 60.0)
                  - CASE WHEN least($2, b.tokens + extract(epoch FROM clock_timestamp() - b.at) * $2 / 60.0) >= 1 THEN 1 ELSE 0 END,
         at = clock_timestamp()
       RETURNING allowed, tokens`,
      [key, this.perMinute],
    );
    if (row.allowed) return 0;
    return Math.max(1, Math.ceil((1 - row.tokens) / (this.perMinute / 60)));
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}
