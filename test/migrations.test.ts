import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import type { DataSource } from 'typeorm';
import { StatementParties1737600007000 } from '../migrations/1737600007000-StatementParties';
import { EchoesAndStatusDates1737600014000 } from '../migrations/1737600014000-EchoesAndStatusDates';
import { createDataSource } from '../src/db/data-source';
import { isDatabaseEmpty, seedReferenceDataset } from '../src/seed/seed';
import { createTestDatabase, dropTestDatabase } from './helpers';

let url: string;
let db: DataSource;
before(async () => {
  url = await createTestDatabase('migrations');
  db = createDataSource({ url });
  await db.initialize();
});
after(async () => {
  if (db?.isInitialized) await db.destroy();
  if (url) await dropTestDatabase(url);
});

async function tables(): Promise<string[]> {
  const rows: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

test('migrations run up from empty, down to empty, and up again', async () => {
  assert.deepEqual(await tables(), []);
  const applied = await db.runMigrations();
  assert.ok(applied.length >= 1);
  const created = await tables();
  for (const table of [
    'countries',
    'officials',
    'post_holdings',
    'calls',
    'call_participants',
    'sources',
    'statements',
    'statement_reports',
    'commitments',
    'statement_commitments',
    'treaties',
    'territories',
    'topics',
  ]) {
    assert.ok(created.includes(table), `table ${table}`);
  }
  // Every foreign key column is indexed (leading column of some index).
  const unindexed: { table: string; column: string }[] = await db.query(`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
  assert.deepEqual(unindexed, []);
  await seedReferenceDataset(db);
  assert.equal(await isDatabaseEmpty(db), false);

  while ((await db.query(`SELECT count(*)::int AS n FROM migrations`))[0].n > 0) await db.undoLastMigration();
  assert.deepEqual(await tables(), []);

  assert.equal((await db.runMigrations()).length, applied.length);
  assert.deepEqual(await tables(), created);
  assert.equal(await isDatabaseEmpty(db), true);
});

test('the seed is idempotent: a second run inserts and changes nothing', async () => {
  await seedReferenceDataset(db);
  const snapshot = async () =>
    JSON.stringify(await Promise.all((await tables()).map(async (t) => [t, await db.query(`SELECT * FROM ${t} ORDER BY 1`)])));
  const before = await snapshot();
  const { inserted } = await seedReferenceDataset(db);
  assert.equal(inserted, 0);
  assert.equal(await snapshot(), before);
});

test('a database seeded with the earlier reference dataset is corrected in place, and the seed then adds nothing', async () => {
  await seedReferenceDataset(db);
  const facts = async () => ({
    statements: await db.query(`SELECT s.id, s.text, s.attributed_organization_id,
        ARRAY(SELECT official_id FROM statement_speakers WHERE statement_id = s.id ORDER BY position) AS speakers,
        ARRAY(SELECT official_id FROM statement_parties WHERE statement_id = s.id ORDER BY position) AS parties
      FROM statements s ORDER BY s.id`),
    holdings: await db.query(`SELECT id, end_date::text, note FROM post_holdings ORDER BY id`),
    languages: await db.query(`SELECT id, language FROM sources ORDER BY id`),
    topics: await db.query(`SELECT t.slug, ARRAY(SELECT statement_id FROM statement_topics WHERE topic_id = t.id ORDER BY 1) AS statements
      FROM topics t ORDER BY t.slug`),
    echoes: await db.query(`SELECT source_id, statement_id FROM source_echoes ORDER BY 1, 2`),
  });
  const corrected = await facts();
  // Back to the shape of the earlier dataset: officials as speakers of readout and release prose.
  await db.query(`UPDATE statements SET attributed_organization_id = NULL
    WHERE source_id IN (SELECT id FROM sources WHERE kind IN ('READOUT', 'PRESS_RELEASE'))`);
  await db.query(`INSERT INTO statement_speakers (statement_id, official_id, position)
    SELECT p.statement_id, p.official_id, p.position FROM statement_parties p JOIN statements s ON s.id = p.statement_id
      JOIN sources so ON so.id = s.source_id WHERE so.kind IN ('READOUT', 'PRESS_RELEASE')`);
  await db.query(`DELETE FROM statement_parties`);
  await db.query(`DELETE FROM source_echoes`);
  const newTopics = `SELECT id FROM topics WHERE slug IN ('meeting-in-person', 'global-comprehensive-strategic-alliance')`;
  await db.query(`DELETE FROM statement_topics WHERE topic_id IN (${newTopics})`);
  await db.query(`DELETE FROM topics WHERE id IN (${newTopics})`);
  await db.query(`UPDATE statements SET text = replace(text, 'communicate frequently', 'communicate continuously')`);
  await db.query(
    `UPDATE statements SET text = 'T' || substr(replace(text, 'Japan-U.S. alliance', 'Japan-U.S. Alliance'), 2) WHERE text LIKE 'through today''s%'`,
  );
  await db.query(`UPDATE sources SET language = 'ja' WHERE kind = 'PRESS_RELEASE' AND title LIKE 'Ministry of Defense release%'`);
  await db.query(`UPDATE post_holdings SET end_date = CASE WHEN capacity = 'ACTING' THEN '2025-07-24'::date ELSE NULL END
    WHERE official_id = (SELECT id FROM officials WHERE name = 'Kim Seon-ho')`);
  assert.notDeepEqual(await facts(), corrected);

  await new StatementParties1737600007000().correctReferenceDataset(db);
  await new EchoesAndStatusDates1737600014000().correctReferenceDataset(db);
  assert.deepEqual(await facts(), corrected);
  assert.equal((await seedReferenceDataset(db)).inserted, 0);
});

test('the TypeORM CLI works on ormconfig (npm run typeorm -- migration:show)', async () => {
  const root = path.join(__dirname, '..', '..');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(root, 'node_modules', 'typeorm', 'cli.js'), '-d', path.join(__dirname, '..', 'ormconfig.js'), 'migration:show'],
    { env: { ...process.env, DATABASE_URL: url }, cwd: root },
  );
  // The CLI colours its output when it believes it may (CI=true makes it think so).
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const applied = plain.split('\n').filter((line) => line.startsWith('[X]'));
  const count = (await db.query('SELECT count(*)::int AS n FROM migrations'))[0].n;
  assert.equal(applied.length, count, plain);
  assert.ok(!plain.includes('[ ]'), 'no pending migration');
});
