/**
 * Queries executed by graphql-jit (GRAPHQL_JIT, src/jit-executor.ts) answer exactly as graphql-js's
 * `execute`: the same operations go to a server with it and to one with GRAPHQL_JIT=false, on the
 * same database (the reference dataset), each twice (the second time from the compiled-query
 * cache), and status and body must be equal. The cases are the benchmark's requests and what
 * graphql-jit does differently from graphql-js by construction: errors (domain errors with their
 * code, errors at nested paths, bad and missing variables), promises read by the default resolver
 * (a speaker's title, lazy totals), abstract types, @skip/@include with variables, aliases and
 * fragments, several operations in one document, mutations (left to graphql-js). The generated
 * differential test (read-differential) compares compiled reads on graphql-jit with field-by-field
 * reads on graphql-js over every field of every type.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, dropTestDatabase, startServerOn, type TestServer } from './helpers';

let jit: TestServer;
let js: TestServer;
let databaseUrl: string;

before(async () => {
  databaseUrl = await createTestDatabase('jit');
  // The benchmark's nested page costs more than the default limit allows (as in test/bench/run.ts).
  jit = await startServerOn(databaseUrl, { GRAPHQL_JIT: 'true', MAX_QUERY_COST: '100000' });
  js = await startServerOn(databaseUrl, { GRAPHQL_JIT: 'false', MAX_QUERY_COST: '100000' });
});

after(async () => {
  await js?.stop();
  await jit?.stop();
  await dropTestDatabase(databaseUrl);
});

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

async function post(server: TestServer, op: Operation): Promise<{ status: number; body: unknown }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: op.query, variables: op.variables, operationName: op.operationName }),
  });
  const text = (await response.text()).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>');
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  // Two engines may report sibling fields' errors in another order.
  body.errors?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { status: response.status, body };
}

test('graphql-jit answers as graphql-js does', async () => {
  const ids = await js.data<{ statements: { edges: { node: { id: string } }[] }; calls: { edges: { node: { id: string } }[] } }>(
    '{ statements(first: 3) { edges { node { id } } } calls(first: 1) { edges { node { id } } } }',
  );
  const statementId = ids.statements.edges[0].node.id;
  const callId = ids.calls.edges[0].node.id;
  const operations: Operation[] = [
    {
      name: 'statement by id (benchmark request 1)',
      query: `query($id: ID!) { node(id: $id) { ... on Statement { text date speakers { title official { name } } source { title url } } } }`,
      variables: { id: statementId },
    },
    {
      name: 'nested call page (benchmark request 2)',
      query: `{ calls(first: 20, orderBy: DATE_DESC) { edges { node { title date participants { official { name
                 statements(first: 5, orderBy: DATE_DESC) { edges { node { text date commitments { stance commitment { title } } } } } } } } } } }`,
    },
    {
      name: 'filtered page (benchmark request 3)',
      query: `query($c: [String!], $from: Date, $to: Date) { statements(first: 50, orderBy: DATE_DESC, filter: { countries: $c, dateFrom: $from, dateTo: $to }) {
               totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text date speakers { official { name } } source { title } } } } }`,
      variables: { c: ['JP', 'US'], from: '2020-01-01', to: '2030-12-31' },
    },
    {
      name: 'search (benchmark request 4)',
      query: `query($q: String!) { search(text: $q, first: 20) { edges { rank node { text date } } } }`,
      variables: { q: 'deterrence' },
    },
    {
      name: 'a call by id: dates, participants and their holding, localDates, abstract type and __typename',
      query: `query($id: ID!) { node(id: $id) { __typename id ... on Call { title kind date startedAt localDates { country date }
                participants { postHolding { title } official { __typename id name } } statements(first: 2) { totalCount edges { node { speakers { title postHolding { title } } } } } } } }`,
      variables: { id: callId },
    },
    {
      name: 'field-by-field reads: nodes(ids) with aliases, fragments and a lazy title',
      query: `query($ids: [ID!]!) { a: nodes(ids: $ids) { ...S } b: nodes(ids: $ids) { id } } fragment S on Statement { id t: text speakers { title official { name } } parties { title } }`,
      variables: { ids: ids.statements.edges.map((e) => e.node.id) },
    },
    {
      name: '@skip and @include with variables',
      query: `query($s: Boolean!, $i: Boolean!) { statements(first: 2) { edges { node { id @skip(if: $s) text @include(if: $i) date } } } }`,
      variables: { s: true, i: false },
    },
    {
      name: '@skip and @include, the other way round',
      query: `query($s: Boolean!, $i: Boolean!) { statements(first: 2) { edges { node { id @skip(if: $s) text @include(if: $i) date } } } }`,
      variables: { s: false, i: true },
    },
    { name: 'a node id of no type (a domain error with its code)', query: '{ node(id: "bm9wZTox") { id } }' },
    {
      name: 'a page too large inside a nested field',
      query: `{ calls(first: 1) { edges { node { id statements(first: 100000) { totalCount } } } } }`,
    },
    { name: 'a bad variable', query: 'query($n: Int) { countries(first: $n) { totalCount } }', variables: { n: 'x' } },
    { name: 'a missing required variable', query: 'query($id: ID!) { node(id: $id) { id } }', variables: {} },
    {
      name: 'an input object variable with an unknown field',
      query: 'query($f: StatementFilter) { statements(first: 1, filter: $f) { totalCount } }',
      variables: { f: { nope: 1 } },
    },
    {
      name: 'two operations, one chosen by name',
      query: 'query A { countries(first: 1) { nodes { code } } } query B { countries(first: 2) { totalCount nodes { name } } }',
      operationName: 'B',
    },
    { name: 'two operations, none chosen', query: 'query A { countries(first: 1) { nodes { code } } } query B { __typename }' },
    { name: 'only __typename', query: '{ __typename }' },
    {
      name: 'a mutation (graphql-js runs it): no key',
      query: 'mutation { createTopic(input: { slug: "x", name: "X" }) { topic { id } } }',
    },
  ];
  for (const op of operations) {
    for (const time of ['first', 'second']) {
      const [a, b] = await Promise.all([post(jit, op), post(js, op)]);
      assert.deepEqual(a, b, `${op.name} (${time} time): graphql-jit and graphql-js answer differently`);
      if (time === 'first' && op.name.includes('benchmark'))
        assert.ok(!JSON.stringify(a.body).includes('"errors"'), `${op.name}: ${JSON.stringify(a.body)}`);
    }
  }
});
