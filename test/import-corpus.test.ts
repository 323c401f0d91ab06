import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Role } from '../src/auth/role';
import { apiShape, importCorpusDocument, loadCorpus, loadWorld, recordWorld, SETS, type ApiShape, type Gql } from './bench/import-corpus';
import { normalizeText, scoreDocument } from './bench/import-scoring';
import { newKey, startTestServer, type TestServer } from './helpers';
import { expectError, mutate } from './write-helpers';

/**
 * What `npm run bench:import` relies on, checked against the real server with development-corpus
 * documents (not the figures it prints): the world is recorded through the public mutations and
 * holds every official, call and commitment the expectations of every set (held-out ones too) name,
 * every draft is read back, draft texts are the document's words, a saved page keeps its
 * article's sentences (how much clutter it drops is for the figures, not this test), and the
 * scoring accounts for every draft once.
 */
describe('import corpus harness', () => {
  let server: TestServer;
  let gql: Gql;
  let editorHeaders: Record<string, string>;
  let organizations: Map<string, string>;
  let shape: ApiShape;
  const dev = loadCorpus('dev');
  const doc = (id: string) => dev.find((d) => d.id === id)!;

  before(async () => {
    server = await startTestServer('import_corpus');
    editorHeaders = (await newKey(server, Role.EDITOR)).headers;
    gql = (query, variables) => server.data(query, variables, editorHeaders);
  });
  after(async () => {
    await server?.stop();
  });

  it('records the world through the public mutations: officials with their holdings, calls between the same people, commitments', async () => {
    organizations = await recordWorld(gql);
    const world = loadWorld();
    for (const o of world.organizations) assert.ok(organizations.has(o.name), o.name);
    const data = await gql(`{ calls(first: 100) { edges { node { title participants { official { name } } } } }
      commitments(first: 100) { edges { node { title } } } }`);
    const titles = data.calls.edges.map((e: any) => e.node.title);
    for (const c of world.calls) assert.ok(titles.includes(c.title), c.title);
    const hegsethAhn = data.calls.edges.filter((e: any) =>
      ['Pete Hegseth', 'Ahn Gyu-back'].every((n) => e.node.participants.some((p: any) => p.official.name === n)),
    );
    assert.equal(hegsethAhn.length, 4);
    const commitments = data.commitments.edges.map((e: any) => e.node.title);
    for (const c of world.commitments) assert.ok(commitments.includes(c.title), c.title);
    // The acting holding gives the title on the day.
    const seo = await gql(`{ officials(first: 100) { edges { node { name postOn(date: "2026-05-14") { capacity post { title } } } } } }`);
    const post = seo.officials.edges.find((e: any) => e.node.name === 'Seo Jun-young').node.postOn;
    assert.deepEqual([post.capacity, post.post.title], ['ACTING', 'Minister of National Defense']);
    shape = await apiShape(gql);
    for (const f of ['text', 'html', 'kind', 'title', 'publisherId', 'publishedOn']) assert.ok(shape.inputFields.has(f), f);
  });

  it('every set names only officials, calls, commitments and publishers the recorded world has (and proposes only what it lacks)', async () => {
    const data = await gql(`{ officials(first: 100) { edges { node { name } } } calls(first: 100) { edges { node { title } } }
      commitments(first: 100) { edges { node { title } } } }`);
    const officials = new Set(data.officials.edges.map((e: any) => e.node.name));
    const calls = new Set(data.calls.edges.map((e: any) => e.node.title));
    const commitments = new Set(data.commitments.edges.map((e: any) => e.node.title));
    for (const set of SETS) {
      const docs = loadCorpus(set);
      assert.ok(docs.length > 0, set);
      for (const d of docs) {
        // Only names and titles in the messages: a held-out document's words are not for whoever runs the tests.
        const where = (what: string) => `${set}/${d.id}: ${what}`;
        if (d.import.publisher) assert.ok(organizations.has(d.import.publisher), where(`publisher ${d.import.publisher}`));
        for (const e of d.expected) {
          for (const p of [...e.parties, ...(e.author.officials ?? [])]) {
            if (p.official) assert.ok(officials.has(p.official), where(`official ${p.official}`));
            else assert.ok(!officials.has(p.proposed!.name), where(`proposed official already on record: ${p.proposed!.name}`));
          }
          if (typeof e.call === 'string') assert.ok(calls.has(e.call), where(`call ${e.call}`));
          for (const c of e.commitments) {
            if (c.title) assert.ok(commitments.has(c.title), where(`commitment ${c.title}`));
            else assert.ok(!commitments.has(c.proposed!), where(`proposed commitment already on record: ${c.proposed}`));
          }
        }
      }
    }
  });

  it('imports a document as an editor would and reads every draft back, each made of the document’s words', async () => {
    const d = doc('d14');
    const imported = await importCorpusDocument(gql, shape, d, organizations);
    const data = await gql(
      `query($id: ID!) { node(id: $id) { ... on ImportDocument { text kind publishedOn publisher { name } drafts(first: 1) { totalCount } } } }`,
      { id: imported.id },
    );
    assert.equal(data.node.kind, d.import.kind);
    assert.equal(data.node.publishedOn, d.import.publishedOn);
    assert.equal(data.node.publisher.name, d.import.publisher);
    assert.ok(imported.drafts.length > 0);
    assert.equal(imported.drafts.length, data.node.drafts.totalCount);
    const text = normalizeText(data.node.text);
    for (const draft of imported.drafts) {
      assert.ok(draft.confidence >= 0 && draft.confidence <= 1, `confidence ${draft.confidence}`);
      assert.ok(text.includes(normalizeText(draft.text)), `draft text not in the document: ${draft.text}`);
    }
    // Scoring accounts for every draft once: matched to an expected passage, to a sentence that
    // must yield nothing, or extra.
    const score = scoreDocument(d, imported.drafts, imported.dispositions, imported.text);
    const extra = score.problems.filter((p) => p.startsWith('extra draft:')).length;
    assert.equal(score.found + score.nothingDrafted + extra, score.drafts);
    assert.equal(score.drafts, imported.drafts.length);
    // Each document is imported once per database: a repeat is refused, not imported twice.
    const again = await mutate(
      server,
      editorHeaders,
      'importDocument',
      { text: d.content, publishedOn: d.import.publishedOn },
      'draftCount',
    );
    expectError(again, 'CONFLICT', ['input', 'text']);
  });

  it('a saved page keeps the sentences of its article, so its passages can be matched', async () => {
    const d = doc('d07');
    assert.equal(d.format, 'html');
    const imported = await importCorpusDocument(gql, shape, d, organizations);
    const data = await gql(`query($id: ID!) { node(id: $id) { ... on ImportDocument { text format } } }`, { id: imported.id });
    assert.equal(data.node.format, 'HTML');
    const text = normalizeText(data.node.text);
    for (const e of d.expected) assert.ok(text.includes(normalizeText(e.passage)), `passage lost: ${e.passage}`);
  });
});
