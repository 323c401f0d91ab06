import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each API key last wrote, on the primary, shared by every instance: with read replicas
 * (DATABASE_REPLICA_URLS), a key that wrote within READ_YOUR_WRITES_MS reads from the primary,
 * so it sees its own writes whichever instance answers. UNLOGGED: never replicated, and a
 * crash only forgets who wrote in the last seconds.
 */
export class ClientWrites1737600006200 implements MigrationInterface {
  name = 'ClientWrites1737600006200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE client_writes (key_id integer PRIMARY KEY, at timestamptz NOT NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE client_writes`);
  }
}
