import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers';

let server: TestServer;
before(async () => {
  server = await startTestServer('search');
});
after(async () => {
  await server?.stop();
});

const SEARCH = `query($text: String!, $first: Int, $after: String, $filter: StatementFilter, $orderBy: SearchOrder) {
  search(text: $text, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor rank snippet node { id kind text speakers { official { name } } parties { official { name } } source { kind } } }
  }
}`;
const search = (variables: Record<string, unknown>) => server.gql(SEARCH, variables);

test('ranking puts the best match first and the snippet marks the hit', async () => {
  const { search: hits } = await server.data(SEARCH, { text: 'ironclad commitment' });
  assert.ok(hits.totalCount >= 1);
  assert.match(hits.edges[0].node.text, /ironclad/i);
  assert.match(hits.edges[0].snippet, /<mark>ironclad<\/mark>/i);
  for (let i = 1; i < hits.edges.length; i++) assert.ok(hits.edges[i - 1].rank >= hits.edges[i].rank, 'ranks descend');
});

test("words in the text outrank the same word only in a speaker's name or the source", async () => {
  const { search: hits } = await server.data(SEARCH, { text: 'Hegseth', first: 100 });
  const inText = hits.edges.filter((e: any) => /hegseth/i.test(e.node.text));
  const onlySpeaker = hits.edges.filter((e: any) => !/hegseth/i.test(e.node.text));
  assert.ok(inText.length > 0 && onlySpeaker.length > 0);
  assert.ok(Math.min(...inText.map((e: any) => e.rank)) > Math.max(...onlySpeaker.map((e: any) => e.rank)));
  for (const hit of onlySpeaker) {
    assert.ok(
      [...hit.node.speakers, ...hit.node.parties].some((s: any) => s.official.name === 'Pete Hegseth'),
      'a speaker or a party is Hegseth',
    );
  }
});

test('speaker names in other scripts, phrases, or and exclusion work', async () => {
  const count = async (text: string) => (await server.data(SEARCH, { text, first: 100 })).search.totalCount;
  assert.ok((await count('Senkaku')) >= 2);
  assert.equal(await count('"ironclad commitment"'), 1);
  assert.ok((await count('Senkaku or ironclad')) > (await count('Senkaku')));
  assert.ok((await count('Senkaku -Nakatani')) < (await count('Senkaku')));
  assert.ok((await count('Seon-ho')) >= 1);
  assert.equal(await count('zzzqqqxx'), 0);
});

test('search filters and paginates', async () => {
  const all = (await server.data(SEARCH, { text: 'alliance', first: 100 })).search;
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: any = (await server.data(SEARCH, { text: 'alliance', first: 2, after })).search;
    seen.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  assert.deepEqual(
    seen,
    all.edges.map((e: any) => e.node.id),
  );
  const quotes = (await server.data(SEARCH, { text: 'alliance', first: 100, filter: { directQuotesOnly: true } })).search;
  // The reference data quotes Nakatani on "the unparalleled Japan-U.S. alliance": the filter must find it, and only quotes.
  assert.ok(quotes.totalCount > 0, 'a direct quote about the alliance is found');
  assert.ok(quotes.edges.some((e: any) => /unparalleled Japan-U\.S\. alliance/.test(e.node.text)));
  assert.ok(quotes.edges.every((e: any) => e.node.kind === 'DIRECT_QUOTE'));
  assert.ok(quotes.totalCount < all.totalCount);
  const byDate = (await server.data(SEARCH, { text: 'alliance', first: 100, orderBy: 'DATE_DESC' })).search;
  assert.deepEqual(byDate.edges.map((e: any) => e.node.id).sort(), all.edges.map((e: any) => e.node.id).sort());
});

test('odd and hostile search text gets results or a clear error, never a server error', async () => {
  const inputs = [
    '"',
    '""',
    "'",
    'a & b | !c',
    '&|!:*',
    ':*',
    '!!!',
    '((((',
    'Senkaku:*',
    "'; DROP TABLE statements; --",
    "' OR 1=1 --",
    "Robert'); DELETE FROM statements;--",
    '🇯🇵 🇺🇸 alliance',
    '\\',
    '%_%',
    '<script>alert(1)</script>',
    '-',
    'or',
    'the',
    '\u0000',
    'x'.repeat(1000),
    'alliance '.repeat(100),
  ];
  for (const text of inputs) {
    const result = await search({ text });
    const code = result.errors?.[0]?.extensions?.code;
    assert.ok(result.data?.search || code === 'BAD_USER_INPUT', `${JSON.stringify(text.slice(0, 40))}: ${JSON.stringify(result.errors)}`);
    assert.notEqual(code, 'INTERNAL_SERVER_ERROR');
  }
  const tooLong = await search({ text: 'x'.repeat(10 * 1024) });
  assert.equal(tooLong.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  assert.match(tooLong.errors![0].message, /1000 characters/);
  const empty = await search({ text: '   ' });
  assert.equal(empty.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  // The table is still there and intact.
  assert.ok((await server.data(`{ statements { totalCount } }`)).statements.totalCount >= 20);
});

test('snippets are HTML-escaped', async () => {
  await server.app.db.query(
    `UPDATE statements SET text = text || ' Tom & <b>Quixotically</b>' WHERE id = (SELECT min(id) FROM statements)`,
  );
  const { search: hits } = await server.data(SEARCH, { text: 'quixotically', first: 100 });
  assert.equal(hits.edges.length, 1, 'the edited statement is found');
  const { snippet } = hits.edges[0];
  assert.match(snippet, /<mark>Quixotically<\/mark>/);
  assert.match(snippet, /&lt;b&gt;/, 'the markup of the text is escaped');
  assert.match(snippet, /&amp;/);
  assert.doesNotMatch(snippet.replace(/<\/?mark>/g, ''), /<[a-z/]/, 'no tag but <mark> is left');
});
