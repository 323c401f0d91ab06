import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, waitUntil, type TestKey, type TestServer } from './helpers';
import { clearStatementsAndSources, mutate, mutateOk } from './write-helpers';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Accepts of one import's drafts share the import's document source, which the first of them
 * records. An accept that read the import before another accept committed that source used to
 * find the source, then refuse the import's newer version with a CONFLICT (seen after a PostgreSQL
 * restart, when the clients' retries arrive together). The race is made deterministic here: the
 * `sources` table is locked from outside, so the accept stops at its first look at sources, and
 * the outside transaction then does what a concurrent accept commits (the document's source and
 * the import's new version) if it can.
 */
describe('accepts of one import racing', () => {
  let server: TestServer;
  let editor: TestKey;
  let outside: pg.Client;

  before(async () => {
    server = await startTestServer('accept-race');
    // The reference officials, organizations and calls, without the statements the article's drafts would repeat.
    await clearStatementsAndSources(server);
    editor = await newKey(server, Role.EDITOR);
    outside = new pg.Client({ connectionString: server.databaseUrl });
    await outside.connect();
  });
  after(async () => {
    await outside?.end();
    await server?.stop();
  });

  it('an accept whose import gets its document source from a concurrent accept meanwhile is no CONFLICT', async () => {
    const imported = await mutateOk(
      server,
      editor.headers,
      'importDocument',
      { text: fs.readFileSync(path.join(ROOT, 'data', 'source-article.txt'), 'utf8'), publishedOn: '2025-02-02', title: 'Race article' },
      'importDocument { id drafts(first: 50) { edges { node { id text } } } }',
    );
    const draft = imported.importDocument.drafts.edges.map((e: any) => e.node).find((d: any) => /Article V/.test(d.text));
    const [doc] = (await outside.query(`SELECT id, content_hash FROM import_documents ORDER BY id DESC LIMIT 1`)).rows;

    await outside.query('BEGIN');
    await outside.query('LOCK TABLE sources IN ACCESS EXCLUSIVE MODE');
    const accepting = mutate(server, editor.headers, 'acceptDraft', { draftId: draft.id }, 'source { id } statement { id }');
    // The accept is inside its transaction, waiting for `sources`.
    await waitUntil(
      async () =>
        (
          await outside.query(
            `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
              WHERE c.relname = 'sources' AND NOT l.granted AND l.pid <> pg_backend_pid()`,
          )
        ).rowCount! > 0,
      () => 'the accept to wait for the sources table',
    );
    // What a concurrent accept of another draft commits: the document's source, the import's next version.
    let concurrentCommitted = false;
    try {
      await outside.query('SELECT 1 FROM import_documents WHERE id = $1 FOR UPDATE NOWAIT', [doc.id]);
      const [source] = (
        await outside.query(
          `INSERT INTO sources (kind, title, published_on, language, content_hash)
           SELECT kind, 'Race article (recorded by a concurrent accept)', published_on, language, content_hash FROM import_documents WHERE id = $1
           RETURNING id`,
          [doc.id],
        )
      ).rows;
      await outside.query('UPDATE import_documents SET source_id = $2, version = version + 1 WHERE id = $1', [doc.id, source.id]);
      await outside.query('COMMIT');
      concurrentCommitted = true;
    } catch (error) {
      // The accept holds the import: the concurrent one would have waited for it.
      assert.equal((error as { code?: string }).code, '55P03', String(error));
      await outside.query('ROLLBACK');
    }

    const result = await accepting;
    assert.deepEqual(result.errors, undefined, JSON.stringify(result.errors));
    const { rows } = await outside.query('SELECT s.id FROM sources s JOIN import_documents d ON d.source_id = s.id WHERE d.id = $1', [
      doc.id,
    ]);
    assert.equal(rows.length, 1, 'the import has one document source');
    const sources = await outside.query('SELECT count(*)::int AS n FROM sources WHERE content_hash = $1', [doc.content_hash]);
    assert.equal(sources.rows[0].n, 1, `one source for the document (the concurrent accept committed: ${concurrentCommitted})`);
  });
});
