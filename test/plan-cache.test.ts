/**
 * Read plans are cached per document position and the values of the variables used below it
 * (src/read/prefetch.ts, cachedPlan): the same document sent again with other variables, and
 * many requests at once sharing one cached plan, must answer exactly as field-by-field reads do
 * (a server with READ_PLANS=off on the same database).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, dropTestDatabase, startServerOn, type TestServer } from './helpers';

const OFFICIAL = `query ($id: ID!, $n: Int, $skip: Boolean!, $order: StatementOrder) {
  node(id: $id) {
    ... on Official {
      name
      statements(first: $n, orderBy: $order) @skip(if: $skip) { totalCount pageInfo { hasNextPage } edges { cursor node { id date text } } }
      holdings { startDate }
    }
  }
}`;

const CALLS = `query ($n: Int, $m: Int) {
  calls(first: 3) {
    totalCount
    edges { node { id participants { official { name statements(first: $m) { totalCount edges { node { id } } } } } statements(first: $n) { totalCount edges { node { id } } } } }
  }
}`;

describe('cached read plans answer as field-by-field reads', () => {
  let databaseUrl: string;
  let compiled: TestServer;
  let resolved: TestServer;
  let officials: string[];
  before(async () => {
    databaseUrl = await createTestDatabase('plan_cache');
    compiled = await startServerOn(databaseUrl, { READ_PLANS: 'on' });
    resolved = await startServerOn(databaseUrl, { READ_PLANS: 'off' });
    const { officials: list } = await compiled.data('{ officials(first: 8) { edges { node { id } } } }');
    officials = list.edges.map((e: { node: { id: string } }) => e.node.id);
  });
  after(async () => {
    await compiled?.stop();
    await resolved?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  const same = async (query: string, variables: Record<string, unknown>) => {
    const [a, b] = await Promise.all([compiled.gql(query, variables), resolved.gql(query, variables)]);
    assert.equal(a.errors, undefined, JSON.stringify(a.errors));
    assert.deepEqual(a, b, `answers differ for ${JSON.stringify(variables)}`);
    return a;
  };

  test('the same document with other variables below the field, one after another', async () => {
    const variableSets: Record<string, unknown>[] = [];
    for (const id of officials.slice(0, 3)) {
      variableSets.push(
        { id, n: 2, skip: false },
        { id, n: 5, skip: false, order: 'DATE_DESC' },
        { id, skip: false },
        { id, n: null, skip: false },
        { id, n: 2, skip: true },
        { id, n: 2, skip: false },
      );
    }
    let seen = 0;
    for (const variables of variableSets) {
      const answer = await same(OFFICIAL, variables);
      if (answer.data.node?.statements?.edges.length) seen++;
    }
    assert.ok(seen > 0, 'some official has statements');
    for (const variables of [{ n: 1, m: 1 }, { n: 3, m: 2 }, {}, { n: 1, m: 1 }]) await same(CALLS, variables);
  });

  test('many requests at once sharing cached plans, each with its own context', async () => {
    const requests = officials.flatMap((id, i) => [
      { query: OFFICIAL, variables: { id, n: 1 + (i % 3), skip: false } },
      { query: CALLS, variables: { n: 1 + (i % 2), m: 2 } },
    ]);
    const [a, b] = await Promise.all([
      Promise.all(requests.map((r) => compiled.gql(r.query, r.variables))),
      Promise.all(requests.map((r) => resolved.gql(r.query, r.variables))),
    ]);
    assert.deepEqual(a, b);
    assert.ok(a.every((r) => r.errors === undefined));
  });
});
