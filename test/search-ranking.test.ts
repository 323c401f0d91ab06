import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { newKey, startTestServer, type TestServer } from './helpers';
import { mutateOk, referenceIds } from './write-helpers';

/*
 * The relevance order of `search` (src/statements/search-page.ts computes each hit's rank once
 * and rounds only the hits near the page's last rank) against its definition, written plainly
 * in SQL here: `round(ts_rank(…)::numeric, 6) DESC, id ASC`. The statements added below make
 * the hard cases: many hits with exactly the same rank, and hits whose ranks differ but round
 * to the same value (far-apart words rank 1e-7 … 1e-8, all 0.000000 once rounded), so that
 * the page must order them by id, not by their unrounded rank.
 *
 * Search reads the documents from `statement_search`, a copy of `statements.search_vector`
 * kept by a trigger: the last test writes through the API and checks the copy after each write.
 */

let server: TestServer;
const WORDS = 'zyxquorum plinth';

before(async () => {
  server = await startTestServer('search_ranking');
  const [{ id: sourceId }] = await server.app.db.query(`SELECT id FROM sources ORDER BY id LIMIT 1`);
  const texts: string[] = [];
  // Ties: the same words at the same distance.
  for (let i = 0; i < 9; i++) texts.push(`Tie ${i}: the zyxquorum met the plinth.`);
  // Ranks that differ below the rounding: farther apart, ranked lower, recorded first (so that
  // ordered by the unrounded rank, their ids would descend; by definition they ascend).
  for (let n = 61; n >= 50; n--) texts.push(`Far ${n}: zyxquorum ${'filler '.repeat(n)}plinth.`);
  // Distinct ranks, and quotes for the filter.
  for (let n = 0; n < 8; n++) texts.push(`Near ${n}: zyxquorum ${'filler '.repeat(n * 2)}plinth.`);
  await server.app.db.query(
    `INSERT INTO statements (text, kind, date, source_id)
     SELECT t, CASE WHEN n % 3 = 0 THEN 'DIRECT_QUOTE' ELSE 'PARAPHRASE' END, DATE '2025-03-01', $2
       FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n)`,
    [texts, sourceId],
  );
});
after(async () => {
  await server?.stop();
});

interface Expected {
  id: string;
  rank: number;
}

/** The order by definition, straight from the database. */
async function expected(kind?: string): Promise<Expected[]> {
  const rows: { id: number; rank: number }[] = await server.app.db.query(
    `SELECT s.id, ts_rank(s.search_vector, q)::float8 AS rank
       FROM statements s, websearch_to_tsquery('english', f_unaccent($1)) q
      WHERE s.search_vector @@ q AND ($2::text IS NULL OR s.kind = $2)
      ORDER BY round(ts_rank(s.search_vector, q)::numeric, 6) DESC, s.id`,
    [WORDS, kind ?? null],
  );
  return rows.map((r) => ({ id: toGlobalId('Statement', r.id), rank: r.rank }));
}

const SEARCH = `query($text: String!, $first: Int, $last: Int, $after: String, $before: String, $filter: StatementFilter) {
  search(text: $text, first: $first, last: $last, after: $after, before: $before, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor rank node { id } }
  }
}`;

async function page(variables: Record<string, unknown>) {
  const { search } = await server.data(SEARCH, { text: WORDS, ...variables });
  return search;
}

const hits = (edges: { rank: number; node: { id: string } }[]) => edges.map((e) => ({ id: e.node.id, rank: e.rank }));

test('the fixture has exact ties and ranks that round alike', async () => {
  const all = await expected();
  assert.equal(all.length, 29);
  const ranks = all.map((h) => h.rank);
  assert.ok(new Set(ranks).size < ranks.length, 'some ranks are equal');
  const zero = all.filter((h) => h.rank > 0 && h.rank < 5e-7);
  assert.ok(new Set(zero.map((h) => h.rank)).size >= 5, 'distinct ranks that round to 0.000000');
});

test('one page of all hits is the order by definition, with the same ranks', async () => {
  const all = await expected();
  const got = await page({ first: 100 });
  assert.deepEqual(hits(got.edges), all);
  assert.equal(got.totalCount, all.length);
  assert.equal(got.pageInfo.hasNextPage, false);
});

test('every page size, forwards after each cursor and backwards before it, gives the same order', async () => {
  const all = await expected();
  for (const size of [1, 2, 3, 5, 7, 20]) {
    const seen: Expected[] = [];
    let after: string | null = null;
    for (let i = 0; i < 40; i++) {
      const p: any = await page({ first: size, after });
      seen.push(...hits(p.edges));
      assert.equal(p.pageInfo.hasNextPage, seen.length < all.length, `size ${size}: hasNextPage after ${seen.length}`);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    assert.deepEqual(seen, all, `forwards, pages of ${size}`);

    const back: Expected[] = [];
    let before: string | null = null;
    for (let i = 0; i < 40; i++) {
      const p: any = await page({ last: size, before });
      back.unshift(...hits(p.edges));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    assert.deepEqual(back, all, `backwards, pages of ${size}`);
  }
});

test('the first page of a filtered search, and a page between two cursors', async () => {
  const quotes = await expected('DIRECT_QUOTE');
  assert.ok(quotes.length >= 5);
  const got = await page({ first: 4, filter: { directQuotesOnly: true } });
  assert.deepEqual(hits(got.edges), quotes.slice(0, 4));
  assert.equal(got.totalCount, quotes.length);

  const all = await expected();
  const cursors = (await page({ first: 100 })).edges.map((e: any) => e.cursor);
  const between = await page({ first: 100, after: cursors[3], before: cursors[15] });
  assert.deepEqual(hits(between.edges), all.slice(4, 15));
  const lastBetween = await page({ last: 4, after: cursors[3], before: cursors[15] });
  assert.deepEqual(hits(lastBetween.edges), all.slice(11, 15));
});

test('a cursor with a rank that is not a number is refused as bad input', async () => {
  const forged = Buffer.from(JSON.stringify(['search:relevance', 'abc', 1]), 'utf8').toString('base64url');
  const result = await server.gql(SEARCH, { text: WORDS, first: 2, after: forged });
  assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
});

/** Statements whose document and its copy in statement_search differ (or one is missing). */
async function copiesOutOfStep(): Promise<number> {
  const [{ n }] = await server.app.db.query(
    `SELECT count(*)::int AS n FROM statements s FULL JOIN statement_search x ON x.statement_id = s.id
      WHERE x.search_vector IS DISTINCT FROM s.search_vector`,
  );
  return n;
}

test('the search copy follows every write of a statement, its source and its speakers, and a deletion', async () => {
  const editor = await newKey(server, Role.EDITOR);
  const admin = await newKey(server, Role.ADMIN);
  const ref = await referenceIds(server);
  const count = async (text: string) => (await page({ text, first: 5 })).totalCount;
  assert.equal(await copiesOutOfStep(), 0, 'the seeded statements are copied');

  const { statement } = await mutateOk(
    server,
    editor.headers,
    'addStatement',
    {
      text: 'The quuxbarrow accord holds.',
      kind: 'PARAPHRASE',
      date: '2025-04-02',
      attributedOrganizationId: ref.organizations['Department of Defense'],
      newSource: { kind: 'READOUT', title: 'Readout of a test call', publishedOn: '2025-04-02', language: 'en' },
    },
    'statement { id version source { id version } }',
  );
  assert.equal(await count('quuxbarrow'), 1);
  assert.equal(await copiesOutOfStep(), 0, 'after addStatement');

  const updated = await mutateOk(
    server,
    editor.headers,
    'updateStatement',
    { id: statement.id, version: statement.version, text: 'The zorbington accord holds.' },
    'statement { version }',
  );
  assert.equal(await count('quuxbarrow'), 0);
  assert.equal(await count('zorbington'), 1);
  assert.equal(await copiesOutOfStep(), 0, 'after updateStatement');

  // The source's title is part of the document (weight C): a change there reaches the copy too.
  await mutateOk(
    server,
    editor.headers,
    'updateSource',
    { id: statement.source.id, version: statement.source.version, title: 'Readout of the plovdivian call' },
    'source { id }',
  );
  assert.equal(await count('plovdivian'), 1);
  assert.equal(await copiesOutOfStep(), 0, 'after updateSource');

  await mutateOk(server, admin.headers, 'deleteNode', { id: statement.id, version: updated.statement.version }, 'deletedId');
  assert.equal(await count('zorbington'), 0);
  assert.equal(await copiesOutOfStep(), 0, 'after deleteNode');
});
