import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Logger as SqlLogger } from 'typeorm';
import { startTestServer, type TestServer } from './helpers';

/**
 * The SQL each operation in test/sql-snapshots/*.graphql sends, kept beside it as NAME.sql (as
 * PostGraphile keeps a .sql beside each test query), so a change to the read path shows its SQL
 * in review. A snapshot lists the distinct statements, sorted, whitespace collapsed: DataLoader
 * may split one batch into two on a busy machine, which repeats a statement but adds none.
 * `UPDATE_SQL_SNAPSHOTS=1 npm test -- dist/test/sql-snapshots.test.js` rewrites them.
 */
const DIR = path.resolve(__dirname, '..', '..', 'test', 'sql-snapshots');
const UPDATE = process.env.UPDATE_SQL_SNAPSHOTS === '1';

class SqlRecorder implements SqlLogger {
  recording: string[] | null = null;
  logQuery(query: string) {
    // The statement feed catches up on statement_events every 15 s whatever the request: under
    // load one of its statements can fall inside an operation's window and is not the operation's.
    if (/\bstatement_events\b/.test(query)) return;
    this.recording?.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const recorder = new SqlRecorder();
let server: TestServer;
before(async () => {
  server = await startTestServer('sql_snapshots', {}, { sqlLogger: recorder });
});
after(async () => {
  await server?.stop();
});

export function snapshotOf(statements: string[]): string {
  const distinct = [...new Set(statements.map((sql) => sql.replace(/\s+/g, ' ').trim()))].sort();
  return `${distinct.join(';\n\n')};\n`;
}

const operations = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

test('every operation sends the SQL its snapshot shows', async () => {
  assert.ok(operations.length >= 5, `operations in ${DIR}`);
  const changed: string[] = [];
  for (const file of operations) {
    const query = fs.readFileSync(path.join(DIR, file), 'utf8');
    recorder.recording = [];
    const data = await server.data(query);
    const sent = recorder.recording;
    recorder.recording = null;
    assert.ok(Object.keys(data).length > 0 && sent.length > 0, file);
    const snapshot = snapshotOf(sent);
    const snapshotFile = path.join(DIR, file.replace(/\.graphql$/, '.sql'));
    if (UPDATE) {
      fs.writeFileSync(snapshotFile, snapshot);
      continue;
    }
    const kept = fs.existsSync(snapshotFile) ? fs.readFileSync(snapshotFile, 'utf8') : null;
    if (kept !== snapshot) changed.push(`${file}: ${kept === null ? 'no snapshot yet' : 'SQL differs from its snapshot'}`);
  }
  assert.deepEqual(changed, [], 'run UPDATE_SQL_SNAPSHOTS=1 npm test -- dist/test/sql-snapshots.test.js and review the .sql diff');
});
