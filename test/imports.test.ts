import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Role } from '../src/auth/role';
import { type ExpectedPassage, type DraftView, score, sourceArticleExpected, readoutExpected, pressConferenceExpected } from './fixtures/import-expectations';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { auditOf, countRows, expectError, mutate, mutateOk } from './write-helpers';
import { connect, Received } from './ws';

const ROOT = path.join(__dirname, '..', '..');
const read = (...p: string[]) => fs.readFileSync(path.join(ROOT, ...p), 'utf8');

export const DRAFT_FIELDS = `id version status kind text originalText date confidence
  speakers { name } attributedOrganization { name } parties { name }
  originatingSource { kind label isDocument publisher { name } speaker { name } call { title } }
  call { title } commitments { stance commitment { title } } topics { slug }
  proposedOfficials { name title capacity countryCode }
  evidence { field value span rule confidence }`;

const IMPORT = `mutation Import($input: ImportDocumentInput!) {
  importDocument(input: $input) {
    draftCount
    importDocument { id contentHash sentenceCount calls { call { title } } dates { text date }
      proposedOfficials { name title capacity countryCode }
      drafts(first: 100) { totalCount edges { node { ${DRAFT_FIELDS} } } } }
  }
}`;

function views(drafts: any[]): DraftView[] {
  return drafts.map((d) => ({
    kind: d.kind,
    text: d.text,
    author: [...d.speakers.map((s: any) => ({ official: s.name })), ...(d.attributedOrganization ? [{ organization: d.attributedOrganization.name }] : [])],
    parties: [...d.parties.map((p: any) => p.name), ...d.proposedOfficials.map((p: any) => p.name)].filter((x, i, a) => a.indexOf(x) === i),
    source: { kind: d.originatingSource.kind, publisher: d.originatingSource.publisher?.name ?? null, speaker: d.originatingSource.speaker?.name ?? null, isDocument: d.originatingSource.isDocument },
    call: d.call?.title ?? null,
    commitments: d.commitments.map((c: any) => c.commitment.title),
  }));
}

function report(name: string, expected: ExpectedPassage[], drafts: any[]) {
  const s = score(expected, views(drafts));
  console.log(`${name}: ${s.right}/${s.expected} hand-counted passages found right, ${s.drafts} drafts: recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}`);
  for (const p of s.problems) console.log(`  ${p}`);
  return s;
}

describe('document import', () => {
  let server: TestServer;
  let editor: TestKey;
  let admin: TestKey;

  before(async () => {
    server = await startTestServer('imports');
    // Only the reference officials, organizations, countries, commitments (and calls): no statements, no sources.
    await server.app.db.query(`DELETE FROM statements;
      UPDATE deployments SET source_id = NULL; UPDATE exercises SET source_id = NULL; DELETE FROM sources`);
    editor = await newKey(server, Role.EDITOR);
    admin = await newKey(server, Role.ADMIN);
  });
  after(async () => {
    await server?.stop();
  });

  let articleImport: any;

  it('imports the reference article into drafts with the right authors, parties, sources, calls and commitments', async () => {
    const result = await mutateOk(server, editor.headers, 'importDocument', { text: read('data', 'source-article.txt'), publishedOn: '2025-02-02', title: 'Reference article' }, 'draftCount importDocument { id }');
    const data = await server.data(`query($id: ID!) { node(id: $id) { ... on ImportDocument { id contentHash calls { call { title } } drafts(first: 100) { totalCount edges { node { ${DRAFT_FIELDS} } } } } } }`, { id: result.importDocument.id });
    articleImport = data.node;
    const drafts = articleImport.drafts.edges.map((e: any) => e.node);
    assert.equal(drafts.length, result.draftCount);
    const s = report('source-article.txt', sourceArticleExpected, drafts);
    assert.ok(s.recall >= 0.9, `recall ${s.recall}`);
    assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
    assert.deepEqual(articleImport.calls.map((c: any) => c.call.title).sort(), ['Hegseth–Kim Seon-ho introductory telephone call', 'Hegseth–Nakatani introductory telephone call']);
    const articleV = drafts.filter((d: any) => d.commitments.some((c: any) => c.commitment.title.startsWith('Article V')));
    assert.ok(articleV.length >= 2 && articleV.every((d: any) => /Senkaku/.test(d.text)));
    // The spun words stay out of the drafts' texts; the originals are kept beside them.
    assert.ok(drafts.every((d: any) => !/Protection|dedication|discharge/.test(d.text)));
    assert.ok(drafts.some((d: any) => /Protection|dedication|2 protection/.test(d.originalText)));
  });

  it('reports a repeated import as a duplicate with the earlier import\'s id', async () => {
    const again = await mutate(server, editor.headers, 'importDocument', { text: `\n${read('data', 'source-article.txt')}\r\n`, publishedOn: '2025-02-02' }, 'draftCount');
    const extensions = expectError(again, 'CONFLICT', ['input', 'text']);
    assert.equal(extensions.existingId, articleImport.id);
  });

  it('lists and filters drafts as a connection', async () => {
    const data = await server.data(`query($ids: [ID!]) {
      all: statementDrafts(first: 5, filter: { importIds: $ids }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
      quotes: statementDrafts(first: 100, filter: { importIds: $ids, kinds: [DIRECT_QUOTE] }) { totalCount }
    }`, { ids: [articleImport.id] });
    assert.equal(data.all.totalCount, articleImport.drafts.totalCount);
    assert.equal(data.all.edges.length, 5);
    assert.equal(data.all.pageInfo.hasNextPage, true);
    assert.equal(data.quotes.totalCount, sourceArticleExpected.filter((e) => e.kind === 'DIRECT_QUOTE').length);
  });

  it('accepting a draft records a statement seen by the read API, subscriptions and the audit log', async () => {
    const drafts = articleImport.drafts.edges.map((e: any) => e.node);
    const draft = drafts.find((d: any) => /Article V of the U.S.-Japan Treaty/.test(d.text));
    const client = connect(server.url);
    try {
      // Subscribing from the latest cursor: the statement reaches it even if it commits before the socket is up.
      const { latestStatementCursor } = await server.data('{ latestStatementCursor }');
      const received = new Received(client, { filter: { countries: ['JP'] }, after: latestStatementCursor });
      const accepted = await mutateOk(server, editor.headers, 'acceptDraft', { draftId: draft.id, version: draft.version, clientMutationId: 'accept-article-v' },
        'draft { status } statement { id text kind date source { kind title publisher { name } } reportedIn { kind title } call { title } commitments { stance commitment { title } } } source { id }');
      assert.equal(accepted.draft.status, 'ACCEPTED');
      assert.equal(accepted.statement.text, draft.text);
      assert.equal(accepted.statement.source.kind, 'PRESS_RELEASE');
      assert.equal(accepted.statement.source.publisher.name, 'Ministry of Defense');
      assert.deepEqual(accepted.statement.reportedIn.map((s: any) => s.title), ['Reference article']);
      assert.equal(accepted.statement.call.title, 'Hegseth–Nakatani introductory telephone call');
      assert.deepEqual(accepted.statement.commitments.map((c: any) => c.commitment.title), ['Article V of the U.S.-Japan security treaty applies to the Senkaku Islands']);
      await received.waitFor(accepted.statement.id, 30_000);
      const read = await server.data(`query($id: ID!) { node(id: $id) { ... on Statement { text } } }`, { id: accepted.statement.id });
      assert.equal(read.node.text, draft.text);
      const audit = await auditOf(server, admin.headers, accepted.statement.id);
      assert.equal(audit[0].operation, 'acceptDraft');
      assert.equal(audit[0].action, 'CREATE');
      // A retry with the same key returns the first result and writes nothing more.
      const replay = await mutateOk(server, editor.headers, 'acceptDraft', { draftId: draft.id, version: draft.version, clientMutationId: 'accept-article-v' }, 'statement { id }');
      assert.equal(replay.statement.id, accepted.statement.id);
      // A second draft from the same release reuses its source.
      const other = drafts.find((d: any) => /willingness to meet in person/.test(d.text));
      const second = await mutateOk(server, editor.headers, 'acceptDraft', { draftId: other.id }, 'source { id }');
      assert.equal(second.source.id, accepted.source.id);
      const again = await mutate(server, editor.headers, 'acceptDraft', { draftId: other.id }, 'source { id }');
      expectError(again, 'CONFLICT', ['input', 'draftId']);
    } finally {
      await client.dispose();
    }
  });

  it('rejecting a draft records nothing', async () => {
    const drafts = articleImport.drafts.edges.map((e: any) => e.node);
    const draft = drafts.find((d: any) => /friendly and constructive/.test(d.text));
    const before = await countRows(server, ['statements', 'sources', 'officials', 'organizations']);
    const rejected = await mutateOk(server, editor.headers, 'rejectDraft', { draftId: draft.id }, 'draft { status statement { id } }');
    assert.deepEqual(rejected.draft, { status: 'REJECTED', statement: null });
    assert.deepEqual(await countRows(server, ['statements', 'sources', 'officials', 'organizations']), before);
  });

  it('refuses hostile input with a clear error or an empty result', async () => {
    const run = (input: Record<string, unknown>) => mutate(server, editor.headers, 'importDocument', { publishedOn: '2025-02-02', ...input }, 'draftCount');
    expectError(await run({ text: '' }), 'BAD_USER_INPUT', ['input', 'text']);
    expectError(await run({ text: '   \n\n ' }), 'BAD_USER_INPUT', ['input', 'text']);
    expectError(await run({ text: 'a', html: '<p>b</p>' }), 'BAD_USER_INPUT');
    // Binary: NUL bytes are refused by the server for every argument; other control bytes by the import.
    expectError(await run({ text: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => i % 32)) }), 'BAD_USER_INPUT');
    expectError(await run({ text: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => 1 + (i % 31))) }), 'BAD_USER_INPUT', ['input', 'text']);
    const quotes = await mutateOk(server, editor.headers, 'importDocument', { text: '“”‘’""'.repeat(2000), publishedOn: '2025-02-02' }, 'draftCount');
    assert.equal(quotes.draftCount, 0);
    const unbalanced = await mutateOk(server, editor.headers, 'importDocument', { text: 'Hegseth said “this never closes, and it goes on. '.repeat(200), publishedOn: '2025-02-02' }, 'draftCount');
    assert.ok(unbalanced.draftCount >= 0);
    const html = `<html><body><script>while(true){}</script><p onclick="alert(1)">Hegseth said “we will keep in close contact with our allies in the region.”</p><script>fetch("x")</script></body></html>`;
    const page = await mutateOk(server, editor.headers, 'importDocument', { html, publishedOn: '2025-02-02' }, 'draftCount importDocument { text }');
    assert.doesNotMatch(page.importDocument.text, /while|fetch|alert/);
    // 5 MB: refused by the server's body limit before it reaches the import.
    const big = await fetch(server.url, {
      method: 'POST', headers: { 'content-type': 'application/json', ...editor.headers },
      body: JSON.stringify({ query: IMPORT, variables: { input: { text: 'x'.repeat(5 * 1024 * 1024) } } }),
    });
    assert.equal(big.status, 413);
    // The server still answers.
    assert.ok((await server.data('{ importDocuments(first: 1) { totalCount } }')).importDocuments.totalCount >= 3);
  });

  it('needs an EDITOR key', async () => {
    const reader = await newKey(server, Role.READER);
    expectError(await mutate(server, reader.headers, 'importDocument', { text: 'x' }), 'FORBIDDEN');
    expectError(await mutate(server, {}, 'importDocument', { text: 'x' }), 'UNAUTHENTICATED');
  });

  void readoutExpected;
  void pressConferenceExpected;
});
