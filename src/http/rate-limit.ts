import { createHash } from 'node:crypto';

/**
 * A token bucket per client (API key, else address): `perMinute` requests a minute, refilled
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

  /** The client key: a hash of the bearer token when there is one (never the key itself), else the address. */
  static clientKey(authorization: string | undefined, address: string | undefined): string {
    if (authorization) return `key:${createHash('sha256').update(authorization).digest('hex').slice(0, 32)}`;
    return `ip:${address ?? 'unknown'}`;
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
