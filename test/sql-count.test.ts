import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cloneStatements, startTestServer, type TestServer, SqlCounter, waitUntil } from './helpers';

const counter = new SqlCounter();
let server: TestServer;
before(async () => {
  // 100 statements with every nested list pass the default cost limit; this test counts SQL, not cost.
  server = await startTestServer('sql_count', { MAX_QUERY_COST: '1000000' }, { sqlLogger: counter });
  await cloneStatements(server.app.db, 120);
});
after(async () => {
  await server?.stop();
});

const NESTED = `query($first: Int!) {
  statements(first: $first, orderBy: DATE_DESC) {
    totalCount
    edges { node {
      text date
      speakers { title postHolding { capacity post { title organization { name } } } official { name country { name } } }
      source { title publisher { name country { code } } }
      reportedIn { title }
      call { title participants { official { name } } }
      commitments { stance commitment { title territory { name administeredBy { code } } treaty { name } } }
      topics { slug }
    } }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  const before = counter.count;
  const result = await server.data(NESTED, { first });
  assert.equal(result.statements.edges.length, first);
  return counter.count - before;
}

test('a nested statements query costs no more SQL statements for 100 items than for 5', async (t) => {
  const small = await statementsFor(5);
  const large = await statementsFor(100);
  t.diagnostic(`SQL statements: ${small} for 5 statements, ${large} for 100`);
  console.log(`# SQL statements per nested request: first 5 -> ${small}, first 100 -> ${large}`);
  assert.ok(small > 0);
  // The page with every relation its read plan compiles (speakers with their post that day,
  // source, reportedIn, call, participants, commitments, territory, treaty, topics, countries)
  // is one statement, then its count: 2–4 when measured. Loaders batch per tick, so a batch split can add a statement or two either
  // way; what must not happen is the count growing with the page, nor a level costing more than one.
  const BOUND = 8;
  assert.ok(small <= BOUND, `${small} SQL statements for 5 items, more than ${BOUND}`);
  assert.ok(large <= BOUND, `${large} SQL statements for 100 items, more than ${BOUND}`);
  assert.ok(Math.abs(large - small) <= 2, `${large} statements for 100 items, ${small} for 5`);
});

const COMPARISONS = `query($first: Int!) { calls(first: $first) { edges { node { comparison {
  sides { country { code } sources { source { title } } commitments { title } topics { slug } }
  commitments { commitment { title } sides { country { code } statements { id } } }
} } } } }`;

test('the comparisons of two calls cost no more SQL statements than of one', async (t) => {
  const count = async (first: number) => {
    const before = counter.count;
    const result = await server.data(COMPARISONS, { first });
    assert.equal(result.calls.edges.length, first);
    return counter.count - before;
  };
  const one = await count(1);
  const two = await count(2);
  t.diagnostic(`SQL statements: ${one} for one comparison, ${two} for two`);
  assert.ok(two <= one, `${two} statements for two comparisons, ${one} for one`);
});

/** SQL statements one request sends, counted at the server's TypeORM logger (every query passes it). */
async function sqlFor(query: string, variables: Record<string, unknown> = {}): Promise<{ n: number; data: any }> {
  const before = counter.count;
  const data = await server.data(query, variables);
  return { n: counter.count - before, data };
}

test('each benchmark request is one SQL statement (the issue allows nesting depth + 1)', async (t) => {
  const { data: seed } =
    await sqlFor(`{ statements(first: 20, orderBy: DATE_DESC, filter: { directQuotesOnly: true }) { edges { node { id speakers { official { country { code } } } } } }
    commitments(first: 50) { edges { node { id affirmationCount } } } }`);
  // The newest direct quote with a speaker: one attributed to a body alone has none, and which of one day's comes first may vary.
  const statement = seed.statements.edges.map((e: any) => e.node).find((n: any) => n.speakers.length > 0);
  const country = statement.speakers[0].official.country.code;
  const commitment = seed.commitments.edges.find((e: any) => e.node.affirmationCount > 0)?.node.id;
  assert.ok(commitment, 'the reference data has an affirmed commitment');

  const cases: {
    name: string;
    depth: number;
    bound: number;
    query: string;
    variables?: Record<string, unknown>;
    rows: (d: any) => number;
  }[] = [
    {
      name: 'statement by id',
      depth: 3,
      bound: 1,
      query: `query($id: ID!) { node(id: $id) { ... on Statement { text date speakers { title official { name } } source { title url } } } }`,
      variables: { id: statement.id },
      rows: (d) => d.node.speakers.length,
    },
    {
      // Depth 6 allows 7; the issue asks for 3. The read plan compiles the whole selection into
      // the calls page's statement (src/read/).
      name: 'nested call page',
      depth: 6,
      bound: 1,
      query: `{ calls(first: 20, orderBy: DATE_DESC) { edges { node { title participants { official { name
        statements(first: 5, orderBy: DATE_DESC) { edges { node { text commitments { stance commitment { title } } } } } } } } } } }`,
      rows: (d) => d.calls.edges.flatMap((e: any) => e.node.participants.flatMap((p: any) => p.official.statements.edges)).length,
    },
    {
      name: 'filtered page',
      depth: 3,
      bound: 1,
      query: `query($c: [String!]) { statements(first: 50, orderBy: DATE_DESC, filter: { countries: $c, dateTo: "2100-01-01" }) {
        edges { node { text speakers { official { name } } source { title } } } } }`,
      variables: { c: [country] },
      rows: (d) => d.statements.edges.length,
    },
    {
      name: 'search',
      depth: 2,
      bound: 1,
      query: `{ search(text: "defense", first: 20) { edges { rank node { text date } } } }`,
      rows: (d) => d.search.edges.length,
    },
    {
      name: 'affirmations',
      depth: 2,
      bound: 1,
      query: `query($c: [ID!]) { statements(first: 50, orderBy: DATE_ASC, filter: { commitmentIds: $c, stances: [AFFIRMS, REAFFIRMS] }) { edges { node { text date } } } }`,
      variables: { c: [commitment] },
      rows: (d) => d.statements.edges.length,
    },
  ];
  for (const c of cases) {
    const { n, data } = await sqlFor(c.query, c.variables);
    t.diagnostic(`${c.name}: ${n} SQL statements, ${c.rows(data)} rows`);
    assert.ok(c.rows(data) > 0, `${c.name} returned rows`);
    assert.ok(n > 0 && n <= c.bound && c.bound <= c.depth + 1, `${c.name}: ${n} SQL statements, at most ${c.bound} allowed`);
  }
});

test('speakers with names, then with titles, come with their statements in one SQL statement; titles only when selected', async () => {
  const sent = async (query: string) => {
    const from = counter.queries.length;
    const { n, data } = await sqlFor(query);
    assert.ok(
      data.statements.edges.some((e: any) => e.node.speakers.length > 0),
      'some statements have speakers',
    );
    return { n, sql: counter.queries.slice(from).join('\n') };
  };
  const names = await sent(
    `{ statements(first: 20, filter: { directQuotesOnly: true }) { edges { node { speakers { official { name } } } } } }`,
  );
  const titles = await sent(
    `{ statements(first: 20, filter: { directQuotesOnly: true }) { edges { node { speakers { title official { name } } } } } }`,
  );
  assert.equal(names.n, 1);
  assert.equal(titles.n, 1);
  assert.doesNotMatch(names.sql, /post_holdings/);
  assert.match(titles.sql, /post_holdings/);
});

test("the change feed's reads of events are recognised and left out of the count", async () => {
  // A statement changed in the database: its trigger records an event and notifies the feed, which reads it.
  const feedReads = counter.feedReads;
  await server.app.db.query(`UPDATE statements SET text = text || ' ' WHERE id = (SELECT min(id) FROM statements)`);
  const counted = counter.count;
  await waitUntil(
    () => counter.feedReads > feedReads || counter.count > counted,
    () => `the feed's read of the event (feed reads: ${counter.feedReads}, counted: ${counter.count - counted})`,
  );
  assert.ok(counter.feedReads > feedReads, "the feed's read was recognised");
  assert.equal(counter.count, counted, `the feed's read was counted as a request's: ${counter.queries.slice(counted).join('\n')}`);
});
