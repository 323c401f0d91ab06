import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers';

/** A parent's first page of statements is loaded in one batch for all parents; its cursors must lead on to the next page. */
let server: TestServer;
before(async () => {
  server = await startTestServer('nested_cursors');
});
after(async () => {
  await server?.stop();
});

test("a commitment's statements page on from the batched first page's cursor", async () => {
  const PAGE = `query($after: String) { commitments(first: 20) { edges { node { title statements(first: 1, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } } }`;
  const first = (await server.data(PAGE)).commitments.edges.map((e: any) => e.node).find((c: any) => c.statements.totalCount >= 2);
  assert.ok(first, 'a commitment with two statements or more');
  assert.equal(first.statements.pageInfo.hasNextPage, true);
  const next = await server.gql(PAGE, { after: first.statements.pageInfo.endCursor });
  assert.equal(next.errors, undefined, JSON.stringify(next.errors));
  const again = next.data.commitments.edges.map((e: any) => e.node).find((c: any) => c.title === first.title);
  assert.equal(again.statements.edges.length, 1);
  assert.notEqual(again.statements.edges[0].node.id, first.statements.edges[0].node.id);
});
