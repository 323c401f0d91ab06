/**
 * Reads as named prepared statements (src/common/read-query.ts): each pooled connection keeps at
 * most DB_PREPARED_STATEMENTS_PER_CONNECTION of them, the least recently run deallocated first,
 * and a statement whose result type a migration changed is prepared again instead of failing.
 * A pool of one connection, so that PostgreSQL's `pg_prepared_statements` shows that connection's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DataSource } from 'typeorm';
import { readQuery } from '../src/common/read-query';
import { createDataSource } from '../src/db/data-source';
import { createTestDatabase, dropTestDatabase } from './helpers';

const probe = (n: number) => `SELECT ${n}::int AS n, 'probe' AS kind`;

/** The probe statements prepared on the (only) connection, by their number. */
async function preparedProbes(db: DataSource): Promise<number[]> {
  // Sent unnamed (TypeORM's own query), so it prepares nothing itself.
  const rows: { statement: string }[] = await db.query(`SELECT statement FROM pg_prepared_statements`);
  return rows
    .map((r) => /^SELECT (\d+)::int AS n, 'probe'/.exec(r.statement)?.[1])
    .filter((n) => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

describe('prepared statements per connection', () => {
  let url: string;
  let db: DataSource;
  before(async () => {
    url = await createTestDatabase('prepared_statements');
    db = createDataSource({ url, poolSize: 1, preparedStatementsPerConnection: 3 });
    await db.initialize();
  });
  after(async () => {
    if (db?.isInitialized) await db.destroy();
    if (url) await dropTestDatabase(url);
  });

  test('at most the bound, the least recently run deallocated first, answers unchanged', async () => {
    for (const n of [1, 2, 3, 4, 5, 6]) assert.deepEqual(await readQuery(db, probe(n)), [{ n, kind: 'probe' }]);
    assert.deepEqual(await preparedProbes(db), [4, 5, 6]);
    // 4 run again becomes the most recent: the next new one makes 5 go.
    assert.deepEqual(await readQuery(db, probe(4)), [{ n: 4, kind: 'probe' }]);
    assert.deepEqual(await readQuery(db, probe(7)), [{ n: 7, kind: 'probe' }]);
    assert.deepEqual(await preparedProbes(db), [4, 6, 7]);
    // A deallocated statement is prepared again when it comes back.
    assert.deepEqual(await readQuery(db, probe(5)), [{ n: 5, kind: 'probe' }]);
    assert.deepEqual(await preparedProbes(db), [4, 5, 7]);
  });

  test('after a failed read the connection is replaced (as pool.query does), and the new one prepares afresh', async () => {
    await assert.rejects(readQuery(db, `SELECT no_such_column FROM pg_class`), /no_such_column/);
    for (const n of [8, 9]) assert.deepEqual(await readQuery(db, probe(n)), [{ n, kind: 'probe' }]);
    assert.deepEqual(await preparedProbes(db), [8, 9]);
    for (const n of [5, 10]) assert.deepEqual(await readQuery(db, probe(n)), [{ n, kind: 'probe' }]);
    assert.deepEqual(await preparedProbes(db), [5, 9, 10]);
  });

  test('a statement whose result type a migration changed is prepared again', async () => {
    await db.query(`CREATE TABLE prepared_probe (a int)`);
    await db.query(`INSERT INTO prepared_probe VALUES (1)`);
    assert.deepEqual(await readQuery(db, `SELECT * FROM prepared_probe`), [{ a: 1 }]);
    await db.query(`ALTER TABLE prepared_probe ALTER a TYPE text`);
    // PostgreSQL refuses to run the old prepared statement ("cached plan must not change result type").
    assert.deepEqual(await readQuery(db, `SELECT * FROM prepared_probe`), [{ a: '1' }]);
    await db.query(`ALTER TABLE prepared_probe ADD COLUMN b int DEFAULT 2`);
    assert.deepEqual(await readQuery(db, `SELECT * FROM prepared_probe`), [{ a: '1', b: 2 }]);
  });

  test('with DB_PREPARED_STATEMENTS=false nothing is prepared', async () => {
    const unnamed = createDataSource({ url, poolSize: 1, preparedStatements: false });
    await unnamed.initialize();
    try {
      assert.deepEqual(await readQuery(unnamed, probe(10)), [{ n: 10, kind: 'probe' }]);
      assert.deepEqual(await preparedProbes(unnamed), []);
    } finally {
      await unnamed.destroy();
    }
  });
});
