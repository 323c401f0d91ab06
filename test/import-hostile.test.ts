import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Role } from '../src/auth/role';
import { ErrorCode } from '../src/common/errors';
import { importWorkers } from '../src/imports/worker/pool';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { hostileDocuments, transcript } from './import-hostile-documents';
import { expectError, mutate, mutateOk } from './write-helpers';

const ROOT = path.join(__dirname, '..', '..');
const IMPORT = `mutation Import($input: ImportDocumentInput!) {
  importDocument(input: $input) {
    draftCount
    recordedSource { id title }
    importDocument { id contentHash drafts(first: 5) { edges { node { id version text originalText restorations { variant restored textVariant { id } } } } } }
  }
}`;
const CODES = new Set(Object.values(ErrorCode) as string[]);

describe('hostile documents and the import workers', () => {
  let server: TestServer;
  let editor: TestKey;

  before(async () => {
    // A body limit above the default, for the 20,000-word transcript (about 120 KB); the hostile shapes fit 100 KB.
    server = await startTestServer('import_hostile', { MAX_BODY_BYTES: '300000' });
    editor = await newKey(server, Role.EDITOR);
  });
  after(async () => {
    await server?.stop();
  });

  const healthz = () => fetch(server.url.replace(/\/graphql$/, '/healthz')).then((r) => r.status);

  it('every hostile shape is imported or refused with a code from the catalogue, and the server keeps answering', async () => {
    for (const doc of hostileDocuments) {
      // Inserted directly: variants like these are refused by addTextVariant now, but may be on record from before.
      for (const v of doc.variants ?? [])
        await server.app.db.query('INSERT INTO text_variants (variant, restored, case_sensitive) VALUES ($1, $2, false)', [
          v.variant,
          v.restored,
        ]);
      const result = await server.gql(
        IMPORT,
        { input: { [doc.format]: doc.make(), kind: doc.kind ?? null, publishedOn: '2025-02-01' } },
        editor.headers,
      );
      for (const v of doc.variants ?? []) await server.app.db.query('DELETE FROM text_variants WHERE variant = $1', [v.variant]);
      if (result.errors) {
        const code = String(result.errors[0].extensions?.code);
        assert.ok(CODES.has(code), `${doc.name}: ${code} is in the catalogue`);
        assert.notEqual(code, ErrorCode.INTERNAL_SERVER_ERROR, `${doc.name}: ${result.errors[0].message}`);
        assert.doesNotMatch(result.errors[0].message, /\n\s+at /, 'no stack trace');
      } else {
        assert.equal(typeof result.data.importDocument.draftCount, 'number', doc.name);
      }
      assert.equal(await healthz(), 200, `the server answers after ${doc.name}`);
    }
  });

  it('refuses variants that would expand the text past the limit with BAD_USER_INPUT naming the limit', async () => {
    const doc = hostileDocuments.find((d) => d.name.includes('variants would expand'))!;
    for (const v of doc.variants!)
      await server.app.db.query('INSERT INTO text_variants (variant, restored, case_sensitive) VALUES ($1, $2, false)', [
        v.variant,
        v.restored,
      ]);
    try {
      const result = await server.gql(IMPORT, { input: { text: doc.make() } }, editor.headers);
      assert.equal(expectError(result, 'BAD_USER_INPUT', ['input', 'text']).limit, 'restoredChars');
    } finally {
      for (const v of doc.variants!) await server.app.db.query('DELETE FROM text_variants WHERE variant = $1', [v.variant]);
    }
  });

  it('reads a page nested thousands deep by flattening it, not by overflowing the stack', async () => {
    const html = `${'<div>'.repeat(5000)}<p>Secretary Hegseth said that the alliance is the cornerstone of peace in the region.</p>${'</div>'.repeat(5000)}`;
    const result = await server.data(
      `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { importDocument { text extractionMethod } } }`,
      { input: { html } },
      editor.headers,
    );
    assert.match(result.importDocument.importDocument.text, /cornerstone of peace/);
    assert.equal(result.importDocument.importDocument.extractionMethod, 'flattened');
  });

  it('/healthz answers while a heavy import runs in a worker', async () => {
    const heavy = hostileDocuments.find((d) => d.name.includes('&amp;'))!;
    let importDone = false;
    const importing = server.gql(IMPORT, { input: { html: `${heavy.make()}<p>healthz run</p>` } }, editor.headers).then((r) => {
      importDone = true;
      return r;
    });
    // Probes one after another while the import runs: on the event loop, the parse held every one
    // of them back until it finished; in a worker they are answered meanwhile.
    let answeredDuring = 0;
    while (!importDone && answeredDuring < 5) {
      assert.equal(await healthz(), 200);
      if (!importDone) answeredDuring++;
    }
    const result = await importing;
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.ok(answeredDuring >= 3, `probes answered while the import ran: ${answeredDuring}`);
  });

  it('a 20,000-word transcript imports (its time is in npm run bench:adversarial)', async () => {
    const result = await server.data(IMPORT, { input: { text: transcript(20_000), kind: 'PRESS_CONFERENCE' } }, editor.headers);
    assert.ok(result.importDocument.draftCount > 100);
  });

  it('IMPORT_WARM: the threads start with the server, the first import runs on them, and they stop with it', async () => {
    const warm = await startTestServer('import_hostile_warm', { IMPORT_WARM: 'true', IMPORT_WORKERS: '2' });
    let stopped = false;
    try {
      const workers = importWorkers(warm.app.db);
      const threads = workers.workerThreads;
      assert.equal(threads.length, 2, 'both threads started before any import');
      const key = await newKey(warm, Role.EDITOR);
      const result = await warm.data(IMPORT, { input: { text: transcript(400), kind: 'PRESS_CONFERENCE' } }, key.headers);
      assert.ok(result.importDocument.draftCount > 0, 'the first import is read');
      assert.deepEqual(
        workers.workerThreads.map((t) => t.threadId),
        threads.map((t) => t.threadId),
        'on the threads started with the server (warm threads are not replaced)',
      );
      await warm.stop();
      stopped = true;
      assert.ok(
        threads.every((t) => t.threadId === -1),
        'stopping the server stopped every thread',
      );
    } finally {
      if (!stopped) await warm.stop();
    }
    // Stopped while its threads are still loading the model: they are stopped too, and the stop does not wait on them.
    const hasty = await startTestServer('import_hostile_warm_stop', { IMPORT_WARM: 'true', IMPORT_WORKERS: '2' });
    let loading: readonly { threadId: number }[];
    try {
      loading = importWorkers(hasty.app.db).workerThreads;
      assert.equal(loading.length, 2);
    } finally {
      await hasty.stop();
    }
    assert.ok(loading.every((t) => t.threadId === -1));
  });

  it('with a deadline it cannot meet, the import is stopped with TIMEOUT, and the next one gets a fresh worker', async () => {
    const hurried = await startTestServer('import_hostile_deadline', { IMPORT_TIMEOUT_MS: '1' });
    try {
      const key = await newKey(hurried, Role.EDITOR);
      const doc = hostileDocuments.find((d) => d.name.includes('reported sentences'))!;
      for (let i = 0; i < 2; i++) {
        const result = await hurried.gql(IMPORT, { input: { text: `${doc.make()} Run ${i}.` } }, key.headers);
        const extensions = expectError(result, 'TIMEOUT', ['input', 'text']);
        assert.ok(['prepare', 'extract'].includes(extensions.stage));
      }
      const counts = await hurried.app.db.query('SELECT count(*)::int AS n FROM import_documents');
      assert.equal(counts[0].n, 0, 'nothing was recorded');
    } finally {
      await hurried.stop();
    }
  });
});

describe('duplicates: typography and recorded sources', () => {
  let server: TestServer;
  let editor: TestKey;

  before(async () => {
    server = await startTestServer('import_duplicates');
    editor = await newKey(server, Role.EDITOR);
  });
  after(async () => {
    await server?.stop();
  });

  it('a copy that differs in quotation marks, apostrophes and dashes only is a duplicate', async () => {
    const curly =
      'Minister Nakatani said: “We confirmed the alliance’s deterrence — it is stronger than ever,” at the Ministry’s press conference.';
    const straight =
      'Minister Nakatani said: "We confirmed the alliance\'s deterrence - it is stronger than ever," at the Ministry\'s press conference.';
    const first = await server.data(IMPORT, { input: { text: curly } }, editor.headers);
    const again = await server.gql(IMPORT, { input: { text: straight } }, editor.headers);
    const extensions = expectError(again, 'CONFLICT', ['input', 'text']);
    assert.equal(extensions.existingId, first.importDocument.importDocument.id);
    assert.equal(extensions.contentHash, first.importDocument.importDocument.contentHash);
  });

  it("a recorded source's document is refused with the source's id, and imported with allowRecordedSource", async () => {
    const text = fs.readFileSync(path.join(ROOT, 'data', 'source-article.txt'), 'utf8');
    const sources = await server.data('{ sources(first: 50) { edges { node { id kind } } } }');
    const refused = await server.gql(IMPORT, { input: { text, kind: 'NEWS_ARTICLE' } }, editor.headers);
    const extensions = expectError(refused, 'CONFLICT', ['input', 'text']);
    assert.ok(
      sources.sources.edges.some((e: any) => e.node.id === extensions.sourceId && e.node.kind === 'NEWS_ARTICLE'),
      'names the recorded news article',
    );
    const imported = await server.data(IMPORT, { input: { text, kind: 'NEWS_ARTICLE', allowRecordedSource: true } }, editor.headers);
    assert.equal(imported.importDocument.recordedSource.id, extensions.sourceId);
    assert.ok(imported.importDocument.draftCount > 0);
  });
});

describe('text variants may not change meaning, and statements keep which variants restored them', () => {
  let server: TestServer;
  let editor: TestKey;

  before(async () => {
    server = await startTestServer('import_variant_rule');
    editor = await newKey(server, Role.EDITOR);
  });
  after(async () => {
    await server?.stop();
  });

  for (const [variant, restored, rule] of [
    ['reaffirmed', 'rejected', 'stance-verb'],
    ['is committed', 'is not committed', 'negation'],
    ['will deploy', 'might deploy', 'modality'],
    ['zq', 'x'.repeat(199), 'length'],
  ]) {
    it(`refuses "${variant}" → "${restored.slice(0, 20)}" (rule ${rule})`, async () => {
      const result = await mutate(server, editor.headers, 'addTextVariant', { variant, restored }, 'textVariant { id }');
      assert.equal(expectError(result, 'BAD_USER_INPUT', ['input', 'restored']).rule, rule);
    });
  }

  it('a draft and the statement accepted from it list the variants that restored its words', async () => {
    const added = await mutateOk(
      server,
      editor.headers,
      'addTextVariant',
      { variant: 'safekeeping cooperation', restored: 'defense cooperation' },
      'textVariant { id }',
    );
    const text = 'Secretary of Defense Pete Hegseth said that the United States will deepen safekeeping cooperation with Japan.';
    const imported = await server.data(IMPORT, { input: { text, publishedOn: '2025-02-04' } }, editor.headers);
    const draft = imported.importDocument.importDocument.drafts.edges[0].node;
    assert.deepEqual(draft.restorations, [
      { variant: 'safekeeping cooperation', restored: 'defense cooperation', textVariant: { id: added.textVariant.id } },
    ]);
    const accepted = await mutateOk(
      server,
      editor.headers,
      'acceptDraft',
      { draftId: draft.id, version: draft.version },
      'statement { id text textRestorations { variant restored textVariant { id variant restored } } }',
    );
    assert.match(accepted.statement.text, /defense cooperation/);
    assert.deepEqual(accepted.statement.textRestorations, [
      {
        variant: 'safekeeping cooperation',
        restored: 'defense cooperation',
        textVariant: { id: added.textVariant.id, variant: 'safekeeping cooperation', restored: 'defense cooperation' },
      },
    ]);
    const reference = await server.data('{ statements(first: 1) { edges { node { textRestorations { variant } } } } }');
    assert.deepEqual(reference.statements.edges[0].node.textRestorations, [], 'statements not imported list none');
  });
});
