import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Role } from '../src/auth/role';
import {
  type ExpectedPassage,
  type DraftView,
  draftGroups,
  score,
  sourceArticleExpected,
  readoutExpected,
  pressConferenceExpected,
  testDocumentWorld,
} from './fixtures/import-expectations';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { auditOf, clearStatementsAndSources, countRows, expectError, mutate, mutateOk } from './write-helpers';
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
      drafts(first: 50) { totalCount edges { node { ${DRAFT_FIELDS} } } } }
  }
}`;

function views(drafts: any[]): DraftView[] {
  return drafts.map((d) => ({
    kind: d.kind,
    text: d.text,
    author: [
      ...d.speakers.map((s: any) => ({ official: s.name })),
      ...(d.attributedOrganization ? [{ organization: d.attributedOrganization.name }] : []),
    ],
    parties: [...d.parties.map((p: any) => p.name), ...d.proposedOfficials.map((p: any) => p.name)].filter((x, i, a) => a.indexOf(x) === i),
    source: {
      kind: d.originatingSource.kind,
      publisher: d.originatingSource.publisher?.name ?? null,
      speaker: d.originatingSource.speaker?.name ?? null,
      isDocument: d.originatingSource.isDocument,
    },
    call: d.call?.title ?? null,
    commitments: d.commitments.map((c: any) => c.commitment.title),
  }));
}

function report(name: string, expected: ExpectedPassage[], drafts: any[]) {
  const s = score(expected, views(drafts));
  console.log(
    `${name}: ${s.right}/${s.expected} hand-counted passages found right, ${s.drafts} drafts: recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}`,
  );
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
    await clearStatementsAndSources(server);
    editor = await newKey(server, Role.EDITOR);
    admin = await newKey(server, Role.ADMIN);
  });
  after(async () => {
    await server?.stop();
  });

  let articleImport: any;

  it('imports the reference article into drafts with the right authors, parties, sources, calls and commitments', async () => {
    const result = await mutateOk(
      server,
      editor.headers,
      'importDocument',
      { text: read('data', 'source-article.txt'), publishedOn: '2025-02-02', title: 'Reference article' },
      'draftCount importDocument { id }',
    );
    const data = await server.data(
      `query($id: ID!) { node(id: $id) { ... on ImportDocument { id contentHash calls { call { title } } drafts(first: 50) { totalCount edges { node { ${DRAFT_FIELDS} } } } } } }`,
      { id: result.importDocument.id },
      editor.headers,
    );
    articleImport = data.node;
    const drafts = articleImport.drafts.edges.map((e: any) => e.node);
    assert.equal(drafts.length, result.draftCount);
    const s = report('source-article.txt', sourceArticleExpected, drafts);
    assert.ok(s.recall >= 0.9, `recall ${s.recall}`);
    assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
    assert.deepEqual(articleImport.calls.map((c: any) => c.call.title).sort(), [
      'Hegseth–Kim Seon-ho introductory telephone call',
      'Hegseth–Nakatani introductory telephone call',
    ]);
    const articleV = drafts.filter((d: any) => d.commitments.some((c: any) => c.commitment.title.startsWith('Article V')));
    assert.ok(articleV.length >= 2 && articleV.every((d: any) => /Senkaku/.test(d.text)));
    // Each draft is dated on its publisher's side: the Pentagon's readouts of calls that began on
    // the morning of 31 January in Tokyo and Seoul say 30 January; Tokyo's and Seoul's say 31.
    const dateBySide = (publisher: RegExp) => [
      ...new Set(drafts.filter((d: any) => publisher.test(d.originatingSource.publisher?.name ?? '')).map((d: any) => d.date)),
    ];
    assert.deepEqual(dateBySide(/^Department of Defense|Pentagon/), ['2025-01-30']);
    assert.deepEqual(dateBySide(/^Ministry of (National )?Defense$/), ['2025-01-31']);
    // The spun words stay out of the drafts' texts; the originals are kept beside them.
    assert.ok(drafts.every((d: any) => !/Protection|dedication|discharge/.test(d.text)));
    assert.ok(drafts.some((d: any) => /Protection|dedication|2 protection/.test(d.originalText)));
  });

  it("reports a repeated import as a duplicate with the earlier import's id", async () => {
    const again = await mutate(
      server,
      editor.headers,
      'importDocument',
      { text: `\n${read('data', 'source-article.txt')}\r\n`, publishedOn: '2025-02-02' },
      'draftCount',
    );
    const extensions = expectError(again, 'CONFLICT', ['input', 'text']);
    assert.equal(extensions.existingId, articleImport.id);
  });

  it('lists and filters drafts as a connection', async () => {
    const data = await server.data(
      `query($ids: [ID!]) {
      all: statementDrafts(first: 5, filter: { importIds: $ids }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
      quotes: statementDrafts(first: 100, filter: { importIds: $ids, kinds: [DIRECT_QUOTE] }) { totalCount }
    }`,
      { ids: [articleImport.id] },
      editor.headers,
    );
    assert.equal(data.all.totalCount, articleImport.drafts.totalCount);
    assert.equal(data.all.edges.length, 5);
    assert.equal(data.all.pageInfo.hasNextPage, true);
    assert.equal(data.quotes.totalCount, draftGroups(sourceArticleExpected).filter((g) => g.e.kind === 'DIRECT_QUOTE').length);
  });

  it('accepting a draft records a statement seen by the read API, subscriptions and the audit log', async () => {
    const drafts = articleImport.drafts.edges.map((e: any) => e.node);
    const draft = drafts.find((d: any) => /Article V of the U.S.-Japan Treaty/.test(d.text));
    const client = connect(server.url);
    try {
      // Subscribing from the latest cursor: the statement reaches it even if it commits before the socket is up.
      const { latestStatementCursor } = await server.data('{ latestStatementCursor }');
      const received = new Received(client, { filter: { countries: ['JP'] }, after: latestStatementCursor });
      const accepted = await mutateOk(
        server,
        editor.headers,
        'acceptDraft',
        { draftId: draft.id, version: draft.version, clientMutationId: 'accept-article-v' },
        'draft { status } statement { id text kind date source { kind title publisher { name } } reportedIn { kind title } call { title } commitments { stance commitment { title } } } source { id }',
      );
      assert.equal(accepted.draft.status, 'ACCEPTED');
      assert.equal(accepted.statement.text, draft.text);
      assert.equal(accepted.statement.source.kind, 'PRESS_RELEASE');
      assert.equal(accepted.statement.source.publisher.name, 'Ministry of Defense');
      assert.deepEqual(
        accepted.statement.reportedIn.map((s: any) => s.title),
        ['Reference article'],
      );
      assert.equal(accepted.statement.call.title, 'Hegseth–Nakatani introductory telephone call');
      assert.deepEqual(
        accepted.statement.commitments.map((c: any) => c.commitment.title),
        ['Article V of the U.S.-Japan security treaty applies to the Senkaku Islands'],
      );
      await received.waitFor(accepted.statement.id, 30_000);
      const read = await server.data(`query($id: ID!) { node(id: $id) { ... on Statement { text } } }`, { id: accepted.statement.id });
      assert.equal(read.node.text, draft.text);
      const audit = await auditOf(server, admin.headers, accepted.statement.id);
      assert.equal(audit[0].operation, 'acceptDraft');
      assert.equal(audit[0].action, 'CREATE');
      // A retry with the same key returns the first result and writes nothing more.
      const replay = await mutateOk(
        server,
        editor.headers,
        'acceptDraft',
        { draftId: draft.id, version: draft.version, clientMutationId: 'accept-article-v' },
        'statement { id }',
      );
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
    const run = (input: Record<string, unknown>) =>
      mutate(server, editor.headers, 'importDocument', { publishedOn: '2025-02-02', ...input }, 'draftCount');
    expectError(await run({ text: '' }), 'BAD_USER_INPUT', ['input', 'text']);
    expectError(await run({ text: '   \n\n ' }), 'BAD_USER_INPUT', ['input', 'text']);
    expectError(await run({ text: 'a', html: '<p>b</p>' }), 'BAD_USER_INPUT');
    // Binary: NUL bytes are refused by the server for every argument; other control bytes by the import.
    expectError(await run({ text: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => i % 32)) }), 'BAD_USER_INPUT');
    expectError(await run({ text: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => 1 + (i % 31))) }), 'BAD_USER_INPUT', [
      'input',
      'text',
    ]);
    const quotes = await mutateOk(
      server,
      editor.headers,
      'importDocument',
      { text: '“”‘’""'.repeat(2000), publishedOn: '2025-02-02' },
      'draftCount',
    );
    assert.equal(quotes.draftCount, 0);
    const unbalanced = await mutateOk(
      server,
      editor.headers,
      'importDocument',
      { text: 'Hegseth said “this never closes, and it goes on. '.repeat(200), publishedOn: '2025-02-02' },
      'draftCount',
    );
    assert.ok(unbalanced.draftCount >= 0);
    const html = `<html><body><script>while(true){}</script><p onclick="alert(1)">Hegseth said “we will keep in close contact with our allies in the region.”</p><script>fetch("x")</script></body></html>`;
    const page = await mutateOk(
      server,
      editor.headers,
      'importDocument',
      { html, publishedOn: '2025-02-02' },
      'draftCount importDocument { text }',
    );
    assert.doesNotMatch(page.importDocument.text, /while|fetch|alert/);
    // 5 MB: refused by the server's body limit before it reaches the import.
    const big = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...editor.headers },
      body: JSON.stringify({ query: IMPORT, variables: { input: { text: 'x'.repeat(5 * 1024 * 1024) } } }),
    });
    assert.equal(big.status, 413);
    // The server still answers.
    assert.ok((await server.data('{ importDocuments(first: 1) { totalCount } }', {}, editor.headers)).importDocuments.totalCount >= 3);
  });

  it('uses aliases and text variants added through the API at once', async () => {
    const ids = await server.data('{ commitments(first: 100) { edges { node { id title } } } }');
    const japan = ids.commitments.edges.find((e: any) => e.node.title === 'U.S. commitment to the defense of Japan').node.id;
    const added = await mutateOk(server, editor.headers, 'addAlias', { entityId: japan, alias: 'shield over Japan' }, 'entityId aliases');
    assert.ok(added.aliases.includes('shield over Japan'));
    expectError(await mutate(server, editor.headers, 'addAlias', { entityId: japan, alias: 'Shield over Japan' }), 'CONFLICT', [
      'input',
      'alias',
    ]);
    const variant = await mutateOk(
      server,
      editor.headers,
      'addTextVariant',
      { variant: 'Secretary of Safeguarding', restored: 'Secretary of Defense' },
      'textVariant { id version }',
    );
    const text =
      'In a statement on Monday, Secretary of Safeguarding Pete Hegseth said that the United States would remain a shield over Japan for as long as the alliance endures.';
    const result = await server.data(IMPORT, { input: { text, publishedOn: '2025-02-04' } }, editor.headers);
    const [draft] = result.importDocument.importDocument.drafts.edges.map((e: any) => e.node);
    assert.deepEqual(
      draft.commitments.map((c: any) => c.commitment.title),
      ['U.S. commitment to the defense of Japan'],
    );
    assert.deepEqual(
      draft.speakers.map((s: any) => s.name),
      ['Pete Hegseth'],
    );
    assert.ok(!result.importDocument.importDocument.drafts.edges.some((e: any) => /Safeguarding/.test(e.node.text)));
    await mutateOk(server, editor.headers, 'removeAlias', { entityId: japan, alias: 'shield over Japan' }, 'aliases');
    await mutateOk(
      server,
      editor.headers,
      'removeTextVariant',
      { id: variant.textVariant.id, version: variant.textVariant.version },
      'removedId',
    );
    const after = await server.data('query($id: ID!) { node(id: $id) { ... on Commitment { aliases } } }', { id: japan });
    assert.ok(!after.node.aliases.includes('shield over Japan'));
    assert.ok(after.node.aliases.includes('commitment + defense of Japan'));
  });

  it('accepting a draft whose author is not on record creates the official the draft proposes', async () => {
    const text =
      'South Korea’s Acting Vice Minister of Defense Park Jin-woo said that Seoul would deepen cooperation with Washington on missile defense in the months ahead.';
    const result = await server.data(IMPORT, { input: { text, publishedOn: '2025-02-05' } }, editor.headers);
    const doc = result.importDocument.importDocument;
    assert.deepEqual(doc.proposedOfficials, [
      { name: 'Park Jin-woo', title: 'Vice Minister of Defense', capacity: 'ACTING', countryCode: 'KR' },
    ]);
    const [draft] = doc.drafts.edges.map((e: any) => e.node);
    assert.deepEqual(
      draft.proposedOfficials.map((p: any) => p.name),
      ['Park Jin-woo'],
    );
    assert.equal((await server.app.db.query(`SELECT count(*)::int AS n FROM officials WHERE name = 'Park Jin-woo'`))[0].n, 0);
    const accepted = await mutateOk(
      server,
      editor.headers,
      'acceptDraft',
      { draftId: draft.id },
      'statement { speakers { official { id name } } source { kind } }',
    );
    assert.deepEqual(
      accepted.statement.speakers.map((s: any) => s.official.name),
      ['Park Jin-woo'],
    );
    // An official's words in a news story come from what they said to reporters (the corpus's convention), whether
    // or not the official is on record yet.
    assert.equal(accepted.statement.source.kind, 'PRESS_CONFERENCE');
    const audit = await auditOf(server, admin.headers, accepted.statement.speakers[0].official.id);
    assert.equal(audit[0].operation, 'acceptDraft');
    // The acting title became a post holding from the document's date: "title on the day" answers.
    const official = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Official { postOn(date: "2025-02-05") { title capacity startDate } } } }`,
      { id: accepted.statement.speakers[0].official.id },
    );
    assert.deepEqual(official.node.postOn, { title: 'Acting Vice Minister of Defense', capacity: 'ACTING', startDate: '2025-02-05' });
  });

  it('gives every sentence a disposition, and an editor turns a skipped one into a draft', async () => {
    const text = [
      'Defense Minister Gen Nakatani said that Japan would deepen cooperation with the United States on missile defense.',
      'The talks were held at the ministry in Tokyo.',
      'Will the two sides meet again in March?',
      'Share this article',
    ].join('\n\n');
    const result = await mutateOk(
      server,
      editor.headers,
      'importDocument',
      { text, publishedOn: '2025-02-06' },
      'draftCount importDocument { id }',
    );
    const SENTENCES = `query($id: ID!, $reasons: [SkipReason!]) { node(id: $id) { ... on ImportDocument { sentenceCount
      sentences(reasons: $reasons) { id version position status reason rule text drafts { id } } } } }`;
    const doc = (await server.data(SENTENCES, { id: result.importDocument.id }, editor.headers)).node;
    assert.equal(doc.sentences.length, doc.sentenceCount);
    assert.deepEqual(
      doc.sentences.map((s: any) => [s.status, s.reason]),
      [
        ['DRAFTED', null],
        ['SKIPPED', 'BACKGROUND'],
        ['SKIPPED', 'QUESTION'],
        ['SKIPPED', 'BOILERPLATE'],
      ],
    );
    assert.equal(doc.sentences[0].drafts.length, result.draftCount);
    const skipped = (await server.data(SENTENCES, { id: result.importDocument.id, reasons: ['BACKGROUND'] }, editor.headers)).node
      .sentences;
    assert.deepEqual(
      skipped.map((s: any) => s.text),
      ['The talks were held at the ministry in Tokyo.'],
    );
    const made = await mutateOk(
      server,
      editor.headers,
      'draftSentence',
      { sentenceId: skipped[0].id, version: skipped[0].version },
      'draft { id status kind text evidence { rule } } sentence { status reason drafts { id } }',
    );
    assert.deepEqual(
      [made.draft.status, made.draft.kind, made.draft.text],
      ['PENDING', 'PARAPHRASE', 'The talks were held at the ministry in Tokyo.'],
    );
    assert.deepEqual([made.sentence.status, made.sentence.reason, made.sentence.drafts[0].id], ['DRAFTED', null, made.draft.id]);
    expectError(await mutate(server, editor.headers, 'draftSentence', { sentenceId: skipped[0].id }), 'CONFLICT', ['input', 'sentenceId']);
  });

  it('proposes a treaty article the dataset lacks and a country not on record, created on acceptance', async () => {
    const text =
      'Philippine Secretary of National Defense Ramon Dizon said that Article IV of the U.S.-Philippines Mutual Defense Treaty covers attacks on Philippine coast guard vessels.';
    const result = await server.data(
      `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { importDocument {
        proposedCommitments { title countryCodes } proposedOfficials { name countryCode }
        drafts(first: 5) { edges { node { id commitments { commitment { title } } proposedCommitments { stance commitment { title } } } } } } } }`,
      { input: { text, publishedOn: '2025-02-07' } },
      editor.headers,
    );
    const doc = result.importDocument.importDocument;
    assert.deepEqual(doc.proposedCommitments, [
      { title: 'Article IV of the U.S.-Philippines Mutual Defense Treaty', countryCodes: ['US', 'PH'] },
    ]);
    assert.deepEqual(doc.proposedOfficials, [{ name: 'Ramon Dizon', countryCode: 'PH' }]);
    const [draft] = doc.drafts.edges.map((e: any) => e.node);
    assert.deepEqual(draft.commitments, []);
    assert.equal(draft.proposedCommitments[0].commitment.title, 'Article IV of the U.S.-Philippines Mutual Defense Treaty');
    const accepted = await mutateOk(
      server,
      editor.headers,
      'acceptDraft',
      { draftId: draft.id },
      'statement { speakers { official { name country { code } } } commitments { commitment { title guarantor { code } beneficiary { code } } } }',
    );
    assert.deepEqual(accepted.statement.speakers[0].official, { name: 'Ramon Dizon', country: { code: 'PH' } });
    assert.deepEqual(accepted.statement.commitments[0].commitment, {
      title: 'Article IV of the U.S.-Philippines Mutual Defense Treaty',
      guarantor: { code: 'US' },
      beneficiary: { code: 'PH' },
    });
  });

  it('npm run import: imports a file as the local user, and reports a repeat as a duplicate (exit 3)', async () => {
    const file = path.join(os.tmpdir(), `import-cli-${process.pid}.txt`);
    fs.writeFileSync(
      file,
      'Secretary Hegseth said that the United States and Japan will hold further talks on missile defense next month.',
    );
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [path.join(__dirname, '..', 'scripts', 'import.js'), ...args], {
        env: { ...process.env, DATABASE_URL: server.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
      });
    try {
      const first = await run(file, '--publisher', 'DoD', '--published-on', '2025-02-06', '--title', 'CLI test');
      assert.match(first.stdout, /^Imported \S+ \("CLI test"\): 1 draft\./);
      assert.match(first.stdout, /author: Pete Hegseth/);
      const id = /^Imported (\S+)/.exec(first.stdout)![1];
      const audit = await auditOf(server, admin.headers, id);
      assert.match(audit[0].actor, /^cli:/);
      const again = await run(file, '--published-on', '2025-02-06').then(
        () => null,
        (error) => error,
      );
      assert.equal(again?.code, 3);
      assert.match(again.stderr, new RegExp(`imported already, as ${id}`));
      const usage = await run().then(
        () => null,
        (error) => error,
      );
      assert.equal(usage?.code, 2);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('needs an EDITOR key', async () => {
    const reader = await newKey(server, Role.READER);
    expectError(await mutate(server, reader.headers, 'importDocument', { text: 'x' }), 'FORBIDDEN');
    expectError(await mutate(server, {}, 'importDocument', { text: 'x' }), 'UNAUTHENTICATED');
  });

  it('shows imported documents and drafts to EDITOR keys only, by every way in', async () => {
    const reader = await newKey(server, Role.READER);
    const reads = [
      ['{ importDocuments(first: 5) { totalCount edges { node { text } } } }', {}],
      ['{ statementDrafts(first: 5) { totalCount edges { node { text originalText } } } }', {}],
      ['query($id: ID!) { node(id: $id) { ... on ImportDocument { text title } } }', { id: articleImport.id }],
      ['query($id: ID!) { node(id: $id) { ... on StatementDraft { text } } }', { id: articleImport.drafts.edges[0].node.id }],
      ['query($id: ID!) { node(id: $id) { ... on ImportDocument { drafts(first: 1) { totalCount } } } }', { id: articleImport.id }],
    ] as const;
    for (const [query, variables] of reads) {
      const anonymous = await server.gql(query, variables);
      assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', query);
      assert.doesNotMatch(JSON.stringify(anonymous.data ?? {}), /Hegseth|Nakatani|"totalCount":\d/, query);
      const asReader = await server.gql(query, variables, reader.headers);
      assert.equal(asReader.errors?.[0]?.extensions?.code, 'FORBIDDEN', query);
      const asEditor = await server.gql(query, variables, editor.headers);
      assert.equal(asEditor.errors, undefined, query);
    }
    // The vocabulary the import restores stays public.
    assert.ok((await server.data('{ textVariants(first: 1) { totalCount } }')).textVariants.totalCount > 0);
  });

  describe('documents written for the tests (other officials, a later date)', () => {
    before(async () => {
      // The fictional officials, their posts and the two engagements, recorded as an editor would have.
      const db = server.app.db;
      for (const o of testDocumentWorld.officials) {
        const [{ id: officialId }] = await db.query('INSERT INTO officials (name, country_code) VALUES ($1, $2) RETURNING id', [
          o.name,
          o.country,
        ]);
        const [{ id: orgId }] = await db.query('SELECT id FROM organizations WHERE name = $1', [o.organization]);
        await db.query('INSERT INTO posts (title, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [o.post, orgId]);
        const [{ id: postId }] = await db.query('SELECT id FROM posts WHERE title = $1 AND organization_id = $2', [o.post, orgId]);
        await db.query(`INSERT INTO post_holdings (official_id, post_id, capacity, start_date) VALUES ($1, $2, 'SUBSTANTIVE', $3)`, [
          officialId,
          postId,
          o.start,
        ]);
      }
      for (const c of testDocumentWorld.calls) {
        const [{ id: callId }] = await db.query('INSERT INTO calls (title, kind, date, time_zone) VALUES ($1, $2, $3, $4) RETURNING id', [
          c.title,
          c.kind,
          c.date,
          c.timeZone,
        ]);
        for (const [i, name] of c.participants.entries()) {
          await db.query(
            'INSERT INTO call_participants (call_id, official_id, is_initiator) SELECT $1, id, $3 FROM officials WHERE name = $2',
            [callId, name, i === 0],
          );
        }
      }
    });

    const cases: [string, ExpectedPassage[], Record<string, unknown>][] = [
      ['mnd-readout.txt', readoutExpected, { kind: 'READOUT', publisher: 'Ministry of National Defense', publishedOn: '2026-03-12' }],
      [
        'press-conference.txt',
        pressConferenceExpected,
        { kind: 'PRESS_CONFERENCE', publisher: 'Ministry of Defense', publishedOn: '2026-04-21' },
      ],
    ];
    const imported: Record<string, any> = {};
    for (const [file, expected, { publisher, ...meta }] of cases) {
      it(`${file} imports with recall and precision at least 0.9`, async () => {
        const orgs = await server.data('{ organizations(first: 100) { edges { node { id name } } } }');
        const publisherId = orgs.organizations.edges.find((e: any) => e.node.name === publisher).node.id;
        const data = await server.data(
          IMPORT,
          { input: { text: read('test', 'fixtures', 'imports', file), publisherId, ...meta } },
          editor.headers,
        );
        imported[file] = data.importDocument.importDocument;
        const s = report(
          file,
          expected,
          imported[file].drafts.edges.map((e: any) => e.node),
        );
        assert.ok(s.recall >= 0.9, `recall ${s.recall}`);
        assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
      });
    }

    it('proposes the official the readout names who is not on record', () => {
      assert.deepEqual(imported['mnd-readout.txt'].proposedOfficials, [
        { name: 'Han Ji-soo', title: 'Director General for International Policy', capacity: 'ACTING', countryCode: 'KR' },
      ]);
    });

    it("accepting a transcript turn records the minister's words with the press conference as their source", async () => {
      const draft = imported['press-conference.txt'].drafts.edges.map((e: any) => e.node).find((d: any) => /Article V/.test(d.text));
      const accepted = await mutateOk(
        server,
        editor.headers,
        'acceptDraft',
        {
          draftId: draft.id,
          edits: { text: 'We confirmed that Article V of the Japan-U.S. Security Treaty applies to the Senkaku Islands.' },
        },
        'statement { text kind speakers { official { name } title } parties { official { name } } source { kind title publisher { name } } reportedIn { id } call { title } }',
      );
      assert.equal(
        accepted.statement.text,
        'We confirmed that Article V of the Japan-U.S. Security Treaty applies to the Senkaku Islands.',
      );
      assert.deepEqual(
        accepted.statement.speakers.map((s: any) => [s.official.name, s.title]),
        [['Aiko Tsukishima', 'State Minister of Defense']],
      );
      assert.deepEqual(accepted.statement.parties.map((p: any) => p.official.name).sort(), ['Aiko Tsukishima', 'Marcus Ellery']);
      assert.equal(accepted.statement.source.kind, 'PRESS_CONFERENCE');
      assert.equal(accepted.statement.source.publisher.name, 'Ministry of Defense');
      assert.deepEqual(accepted.statement.reportedIn, []);
      assert.equal(accepted.statement.call.title, 'Tsukishima–Ellery meeting in Tokyo');
    });
  });
});
