/**
 * Read plans (src/read/) compile the relations a request selects into the statement that fetches
 * their parent rows. Each compiled relation must answer exactly what its resolver answers:
 * `node(id)` and the list roots are planned, `nodes(ids)` is not (its rows come from the batch
 * loaders and every relation goes to its resolver), so the two answer the same selection by
 * different paths and are compared here, on the reference data.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type SQL, sql } from 'pg-sql2';
import { columnsSql, hydrate } from '../src/common/rows';
import { jsonObject } from '../src/read/prefetch';
import { entities } from '../src/db/entities';
import { startTestServer, type TestServer, SqlCounter } from './helpers';

const counter = new SqlCounter();
let server: TestServer;
before(async () => {
  server = await startTestServer('read_plans', { MAX_QUERY_COST: '1000000' }, { sqlLogger: counter });
});
after(async () => {
  await server?.stop();
});

const STATEMENT = `
  fragment S on Statement {
    id text date kind version
    speakers { title postHolding { capacity post { title } } official { id name country { code } } }
    parties { title official { name } }
    source { id title url publisher { name } call { title } }
    call { title participants { isInitiator official { name } } }
    attributedOrganization { name }
    commitments { stance statement { id } commitment { title treaty { name } } }
    reportedIn { title }
  }`;

const SELECTIONS: Record<string, string> = {
  Statement: `... on Statement { ...S }`,
  Call: `... on Call { title
    participants { id official { name statements(first: 3, orderBy: DATE_DESC) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...S } } } } call { id } }
    statements(first: 2) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { text speakers { official { name } } } } }
    newest: statements(first: 1, orderBy: DATE_DESC) { edges { node { date } } } }`,
  Official: `... on Official { name
    statements(first: 4, orderBy: DATE_DESC) { edges { cursor node { ...S } } }
    quotes: statements(first: 10, filter: { directQuotesOnly: true }) { totalCount edges { node { text } } }
    none: statements(first: 0) { pageInfo { hasNextPage hasPreviousPage } edges { cursor } } }`,
  Source: `... on Source { title publisher { name } call { title }
    statements { edges { cursor node { text commitments { stance } } } }
    reportedStatements(first: 2) { edges { node { text } } } }`,
  Commitment: `... on Commitment { title statements(first: 3, orderBy: DATE_DESC, filter: { stances: [AFFIRMS, REAFFIRMS] }) { edges { cursor node { ...S } } } }`,
};

async function ids(list: string, type: string): Promise<string[]> {
  const data = await server.data(`{ ${list}(first: 100) { edges { node { id } } } }`);
  const found = data[list].edges.map((e: any) => e.node.id);
  assert.ok(found.length > 0, `the reference data has ${type} rows`);
  return found;
}

for (const [type, list] of [
  ['Statement', 'statements'],
  ['Call', 'calls'],
  ['Official', 'officials'],
  ['Source', 'sources'],
  ['Commitment', 'commitments'],
] as const) {
  test(`node(id) with a read plan answers as the resolvers do, for every ${type}`, async () => {
    const selection = SELECTIONS[type];
    const fragment = selection.includes('...S') ? STATEMENT : '';
    for (const id of await ids(list, type)) {
      const planned = await server.data(`query($id: ID!) { node(id: $id) { ${selection} } } ${fragment}`, { id });
      const resolved = await server.data(`query($id: ID!) { nodes(ids: [$id]) { ${selection} } } ${fragment}`, { id });
      assert.deepEqual(planned.node, resolved.nodes[0], `${type} ${id}`);
    }
  });
}

test('list roots with read plans answer as the resolvers do', async () => {
  for (const [list, type] of [
    ['statements', 'Statement'],
    ['calls', 'Call'],
  ] as const) {
    const selection = SELECTIONS[type];
    const fragment = selection.includes('...S') ? STATEMENT : '';
    const planned = await server.data(`{ ${list}(first: 100, orderBy: DATE_DESC) { edges { node { id ${selection} } } } } ${fragment}`);
    const nodes = planned[list].edges.map((e: any) => e.node);
    assert.ok(nodes.length > 0);
    const resolved = await server.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id ${selection} } } ${fragment}`, {
      ids: nodes.map((n: any) => n.id),
    });
    assert.deepEqual(nodes, resolved.nodes, list);
  }
  const search = await server.data(`{ search(text: "defense", first: 10) { edges { rank snippet node { id ...S } } } } ${STATEMENT}`);
  assert.ok(search.search.edges.length > 0);
  const resolved = await server.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id ...S } } ${STATEMENT}`, {
    ids: search.search.edges.map((e: any) => e.node.id),
  });
  assert.deepEqual(
    search.search.edges.map((e: any) => e.node),
    resolved.nodes,
  );
  for (const edge of search.search.edges) {
    assert.ok(edge.rank > 0, 'a hit has a rank');
    assert.match(edge.snippet, /<mark>/i, 'a hit has a highlighted snippet');
  }
});

test('a compiled page of a nested list pages on with its cursor like any other', async () => {
  const [officialId] = await ids('officials', 'Official');
  const first = await server.data(
    `query($id: ID!) { node(id: $id) { ... on Official { statements(first: 2, orderBy: DATE_DESC) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`,
    { id: officialId },
  );
  const all = await server.data(
    `query($id: ID!) { node(id: $id) { ... on Official { statements(first: 100, orderBy: DATE_DESC) { edges { node { id } } } } } }`,
    { id: officialId },
  );
  const page = first.node.statements;
  const everything = all.node.statements.edges.map((e: any) => e.node.id);
  assert.deepEqual(
    page.edges.map((e: any) => e.node.id),
    everything.slice(0, 2),
  );
  assert.equal(page.pageInfo.hasNextPage, everything.length > 2);
  if (everything.length > 2) {
    const next = await server.data(
      `query($id: ID!, $after: String) { node(id: $id) { ... on Official { statements(first: 100, after: $after, orderBy: DATE_DESC) { edges { node { id } } } } } }`,
      { id: officialId, after: page.pageInfo.endCursor },
    );
    assert.deepEqual(
      next.node.statements.edges.map((e: any) => e.node.id),
      everything.slice(2),
    );
  }
});

test('aliases, fragments and @skip/@include select what the request says', async () => {
  const [statementId] = await ids('statements', 'Statement');
  const query = `query($id: ID!, $withSource: Boolean!, $noSpeakers: Boolean!) { node(id: $id) { ...F ... on Statement {
    s1: source @include(if: $withSource) { title } s2: source { url } speakers @skip(if: $noSpeakers) { official { name } } } } }
    fragment F on Statement { s1: source @include(if: $withSource) { id } }`;
  for (const [withSource, noSpeakers] of [
    [true, false],
    [false, true],
  ]) {
    const planned = await server.data(query, { id: statementId, withSource, noSpeakers });
    const resolved = await server.data(query.replace('node(id: $id)', 'node: nodes(ids: [$id])'), {
      id: statementId,
      withSource,
      noSpeakers,
    });
    assert.deepEqual(planned.node, resolved.node[0]);
    assert.equal('s1' in planned.node, withSource);
    assert.equal('speakers' in planned.node, !noSpeakers);
  }
});

test('bad arguments inside a compiled selection are reported at their own path', async () => {
  const [officialId] = await ids('officials', 'Official');
  const result = await server.gql(
    `query($id: ID!) { node(id: $id) { ... on Official { name statements(first: 5000) { edges { node { id } } } } } }`,
    { id: officialId },
  );
  assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  assert.deepEqual(result.errors?.[0].path, ['node', 'statements']);
  assert.equal((result.data as any)?.node?.name !== undefined || (result.data as any)?.node === null, true);
});

test('a statement with its speakers, titles, source and commitments is one SQL statement', async () => {
  const [statementId] = await ids('statements', 'Statement');
  const before = counter.count;
  await server.data(
    `query($id: ID!) { node(id: $id) { ... on Statement { text speakers { title official { name } } source { title publisher { name } } commitments { stance commitment { title } } } } }`,
    { id: statementId },
  );
  assert.equal(counter.count - before, 1);
});

test('answers stay the same once PostgreSQL plans the prepared statements generically (after five runs), with and without prepared statements', async () => {
  const queries = [
    `{ search(text: "defense alliance", first: 5) { edges { rank snippet node { id text } } } }`,
    `{ statements(first: 10, orderBy: DATE_DESC, filter: { countries: ["JP"], dateFrom: "2025-01-01" }) { edges { node { id speakers { title official { name } } source { title } } } } }`,
    `{ calls(first: 3, orderBy: DATE_DESC) { edges { node { title participants { official { name statements(first: 2, orderBy: DATE_DESC) { edges { node { id } } } } } } } } }`,
  ];
  const unprepared = await startTestServer('read_plans_unprepared', { MAX_QUERY_COST: '1000000', DB_PREPARED_STATEMENTS: 'false' });
  try {
    for (const query of queries) {
      const first = await server.data(query);
      assert.ok(JSON.stringify(first).length > 100, 'the query finds something');
      for (let i = 0; i < 8; i++) assert.deepEqual(await server.data(query), first, `run ${i + 2}`);
      assert.deepEqual(await unprepared.data(query), first, 'without prepared statements');
    }
  } finally {
    await unprepared.stop();
  }
});

test('a compiled call answers localDates as the loaded one does (dates of compiled rows are Dates too)', async () => {
  const selection = `call { title startedAt earliestStart latestStart localDates { country { code } earliestDate latestDate } }`;
  const calls = await server.data(`{ calls(first: 100) { edges { node { id earliestStart localDates { earliestDate } } } } }`);
  assert.ok(
    calls.calls.edges.some((e: any) => e.node.earliestStart !== null),
    'the reference data has a call with only a start window',
  );
  const statements = await ids('statements', 'Statement');
  for (const id of statements) {
    const planned = await server.gql(`query($id: ID!) { node(id: $id) { ... on Statement { ${selection} } } }`, { id });
    const resolved = await server.gql(`query($id: ID!) { nodes(ids: [$id]) { ... on Statement { ${selection} } } }`, { id });
    assert.equal(planned.errors, undefined, JSON.stringify(planned.errors));
    assert.deepEqual(planned.data!.node, resolved.data!.nodes[0], id);
  }
});

test('a row read by pg and the same row read from a read plan JSON give the same entity, for every table', async () => {
  const db = server.app.db;
  for (const entity of entities) {
    const meta = db.getMetadata(entity);
    const columns = meta.columns.filter((c) => !c.isCreateDate && !c.isUpdateDate).map((c) => c.databaseName);
    const e = sql.identifier('e');
    const { text } = sql.compile(
      sql`SELECT ${columnsSql(db, entity, e)}, ${jsonObject(columns.map((c): [string, SQL] => [c, sql`${e}.${sql.identifier(c)}`]))} AS "__json"
         FROM ${sql.identifier(meta.tableName)} ${e} ORDER BY ${e}.${sql.identifier(meta.primaryColumns[0].databaseName)} LIMIT 50`,
    );
    const rows = await db.query(text);
    for (const row of rows) {
      const { __json, ...plain } = row;
      assert.deepEqual(hydrate(db, entity, __json), hydrate(db, entity, plain), `${meta.name} ${JSON.stringify(plain)}`);
    }
  }
});

test("a commitment's history with its statements and speakers is one SQL statement, and nodes(ids) one per type", async () => {
  const [commitmentId] = await ids('commitments', 'Commitment');
  let before = counter.count;
  const history = await server.data(
    `query($id: ID!) { node(id: $id) { ... on Commitment { history(first: 5) { edges { node { stance statement { text speakers { title official { name } } } } } } } } }`,
    { id: commitmentId },
  );
  assert.ok(history.node.history.edges.length > 0);
  assert.equal(counter.count - before, 1);
  const statements = await ids('statements', 'Statement');
  const calls = await ids('calls', 'Call');
  before = counter.count;
  const nodes = await server.data(
    `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Statement { source { title } } ... on Call { participants { official { name } } } } }`,
    { ids: [...statements.slice(0, 5), ...calls.slice(0, 2)] },
  );
  assert.equal(nodes.nodes.length, 7);
  assert.equal(counter.count - before, 2, 'one statement for the statements, one for the calls');
});

test("a commitment's affirmations, an official's calls and posts on a day, a speaker's post that day are one SQL statement each", async () => {
  const [commitmentId] = await ids('commitments', 'Commitment');
  let before = counter.count;
  const timeline = await server.data(
    `query($id: ID!) { node(id: $id) { ... on Commitment { affirmations(first: 5, filter: { stances: [AFFIRMS, REAFFIRMS] }) {
       pageInfo { hasNextPage endCursor }
       edges { cursor node { date stance wording author side { code } statement { speakers { title postHolding { capacity post { title } } official { name } } } } } } } } }`,
    { id: commitmentId },
  );
  assert.ok(timeline.node.affirmations.edges.length > 0);
  assert.ok(timeline.node.affirmations.edges.some((e: any) => e.node.statement.speakers.some((s: any) => s.postHolding)));
  assert.equal(counter.count - before, 1, 'affirmations, their statements, speakers and holdings in one statement');
  const officials = await ids('officials', 'Official');
  before = counter.count;
  const calls = await server.data(
    `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Official { name postOn(date: "2024-06-01") { capacity post { title } } calls(first: 3, orderBy: DATE_DESC, filter: { kinds: [PHONE_CALL, MEETING] }) {
       pageInfo { hasNextPage } edges { cursor node { title participants { official { name } postHolding { capacity } } } } } } } }`,
    { ids: officials.slice(0, 4) },
  );
  assert.ok(calls.nodes.some((n: any) => n.calls.edges.length > 0));
  assert.ok(calls.nodes.some((n: any) => n.postOn?.post.title));
  assert.equal(counter.count - before, 1, "the officials' post that day and calls with their participants in one statement");
});
