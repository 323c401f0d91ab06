import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers';

let server: TestServer;
before(async () => {
  server = await startTestServer('cursors');
});
after(async () => {
  await server?.stop();
});

/** Every root list, in its default order; `calls` and `statements` both default to DATE_ASC. */
const LISTS: Record<string, string> = {
  statements: 'statements',
  calls: 'calls',
  officials: 'officials',
  commitments: 'commitments',
  sources: 'sources',
  topics: 'topics',
  countries: 'countries',
  organizations: 'organizations',
  treaties: 'treaties',
  territories: 'territories',
  deployments: 'deployments',
  exercises: 'exercises',
  search: 'search(text: "commitment")',
  searchByDate: 'search(text: "commitment", orderBy: DATE_ASC)',
  statementsByDate: 'statements(orderBy: DATE_ASC)',
};

const page = (list: string, after?: string) => {
  const field = LISTS[list];
  const args = field.includes('(') ? field.replace(')', ', first: 1, after: $after)') : `${field}(first: 1, after: $after)`;
  return server.gql(`query($after: String) { list: ${args} { pageInfo { endCursor } } }`, { after: after ?? null });
};

test('a cursor from each list is refused by every other list, and accepted by its own', async () => {
  const cursors: Record<string, string> = {};
  for (const list of Object.keys(LISTS)) {
    const result = await page(list);
    assert.equal(result.errors, undefined, `${list}: ${JSON.stringify(result.errors)}`);
    cursors[list] = result.data.list.pageInfo.endCursor;
    assert.ok(cursors[list], `${list} returned a cursor`);
  }
  for (const [from, cursor] of Object.entries(cursors)) {
    for (const to of Object.keys(LISTS)) {
      const result = await page(to, cursor);
      // `statements` defaults to DATE_ASC: the same list in the same order.
      const sameList = from === to || [from, to].every((l) => l === 'statements' || l === 'statementsByDate');
      if (sameList) {
        assert.equal(result.errors, undefined, `${from} cursor on ${to}: ${JSON.stringify(result.errors)}`);
      } else {
        assert.equal(
          result.errors?.[0]?.extensions?.code,
          'BAD_USER_INPUT',
          `${from} cursor on ${to} must be refused, got ${JSON.stringify(result)}`,
        );
        assert.deepEqual(result.errors[0].extensions.field, ['after']);
      }
    }
  }
});
