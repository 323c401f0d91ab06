import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Token buckets of the rate limit, shared by every API instance on this database
 * (RATE_LIMIT_STORE=postgres). UNLOGGED: not replicated and emptied after a crash, which only
 * refills everyone's bucket.
 */
export class SharedRateLimit1737600006100 implements MigrationInterface {
  name = 'SharedRateLimit1737600006100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE rate_limit_buckets (
      key text PRIMARY KEY,
      tokens double precision NOT NULL,
      at timestamptz NOT NULL,
      allowed boolean NOT NULL
    )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_buckets`);
  }
}
