import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { expectError, mutateOk } from './write-helpers';

let server: TestServer;
let alice: TestKey;
let bob: TestKey;
let admin: TestKey;

before(async () => {
  server = await startTestServer('audit');
  [alice, bob, admin] = [
    await newKey(server, Role.EDITOR, 'alice'),
    await newKey(server, Role.EDITOR, 'bob'),
    await newKey(server, Role.ADMIN, 'root'),
  ];
});
after(async () => {
  await server?.stop();
});

const ENTRIES = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id createdAt actor action entityType entityId operation before after requestId } }
  }
}`;

async function entries(filter: Record<string, unknown>, first = 100) {
  return (await server.data(ENTRIES, { filter, first }, admin.headers)).auditLog;
}

test('each write is recorded with its actor, operation, object, before and after, and request id', async () => {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-audit-1', ...alice.headers },
    body: JSON.stringify({
      query: 'mutation { createOfficial(input: { name: "Shigeru Ishiba", countryCode: "JP" }) { official { id version } } }',
    }),
  });
  const official = ((await response.json()) as any).data.createOfficial.official;
  await mutateOk(server, bob.headers, 'updateOfficial', { id: official.id, version: 1, nativeName: '石破茂' }, 'official { id }');

  const { edges } = await entries({ entityId: official.id });
  const [update, create] = edges.map((e: any) => e.node);
  assert.deepEqual(
    [create.actor, create.action, create.operation, create.entityType, create.requestId],
    ['alice', 'CREATE', 'createOfficial', 'Official', 'req-audit-1'],
  );
  assert.deepEqual([update.actor, update.action, update.operation], ['bob', 'UPDATE', 'updateOfficial']);
  assert.equal(create.before, null);
  assert.equal(create.after.name, 'Shigeru Ishiba');
  assert.deepEqual([update.before.nativeName, update.after.nativeName, update.after.version], [null, '石破茂', 2]);
  assert.ok(Date.parse(update.createdAt) >= Date.parse(create.createdAt));
});

test('filters by actor, action, type, operation and time, newest first, page by page', async () => {
  const t0 = new Date().toISOString();
  for (const slug of ['audit-a', 'audit-b', 'audit-c']) {
    await mutateOk(server, admin.headers, 'createTopic', { slug, name: slug }, 'topic { id }');
  }
  const t1 = new Date(Date.now() + 1000).toISOString();
  const topics = await entries({ entityType: 'Topic', actor: 'root', action: 'CREATE', operation: 'createTopic', from: t0, to: t1 });
  assert.equal(topics.totalCount, 3);
  assert.deepEqual(
    topics.edges.map((e: any) => e.node.after.slug),
    ['audit-c', 'audit-b', 'audit-a'],
  );

  const first = (await server.data(ENTRIES, { filter: { entityType: 'Topic' }, first: 2 }, admin.headers)).auditLog;
  const second = (await server.data(ENTRIES, { filter: { entityType: 'Topic' }, first: 2, after: first.pageInfo.endCursor }, admin.headers))
    .auditLog;
  assert.equal(first.pageInfo.hasNextPage, true);
  assert.deepEqual(
    [...first.edges, ...second.edges].map((e: any) => e.node.after.slug),
    ['audit-c', 'audit-b', 'audit-a'],
  );

  assert.equal((await entries({ actor: 'nobody' })).totalCount, 0);
  assert.equal((await entries({ entityType: 'Topic', from: t1 })).totalCount, 0);
  expectError(await server.gql(ENTRIES, { filter: { entityId: 'not an id!' } }, admin.headers), 'BAD_USER_INPUT', ['filter', 'entityId']);
});

test('the audit log is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
  const before = (await entries({})).totalCount;
  for (const sql of ["UPDATE audit_log SET actor = 'mallory'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
    await assert.rejects(server.app.db.query(sql), /append-only/, sql);
  }
  assert.equal((await entries({})).totalCount, before);
});
