import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { countRows, expectError, mutate, mutateOk, referenceIds } from './write-helpers';

let server: TestServer;
let editor: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;

before(async () => {
  server = await startTestServer('idempotency');
  editor = await newKey(server, Role.EDITOR);
  ref = await referenceIds(server);
});
after(async () => {
  await server?.stop();
});

const organization = (name: string) => ({ name, kind: 'MEDIA', countryCode: 'JP' });
const SELECT = 'clientMutationId organization { id name }';
const count = async (table: string) => (await countRows(server, [table]))[table];
const auditCount = async (id: string) =>
  (await server.app.db.query('SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1', [id]))[0].n;

test('the same clientMutationId twice in a row writes once and returns the first result', async () => {
  const before = await count('organizations');
  const input = { ...organization('NHK'), clientMutationId: 'seq-1' };
  const first = await mutateOk(server, editor.headers, 'createOrganization', input, SELECT);
  const second = await mutateOk(server, editor.headers, 'createOrganization', input, SELECT);
  assert.deepEqual(second, first);
  assert.equal(await count('organizations'), before + 1);
  assert.equal(await auditCount(first.organization.id), 1);
});

test('the same key sent concurrently writes once; every attempt gets the one result', async () => {
  const before = await count('organizations');
  const input = { ...organization('Kyodo News'), clientMutationId: 'concurrent-1' };
  const results = await Promise.all(Array.from({ length: 6 }, () => mutate(server, editor.headers, 'createOrganization', input, SELECT)));
  for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  assert.equal(new Set(results.map((r) => r.data!.createOrganization.organization.id)).size, 1);
  assert.equal(await count('organizations'), before + 1);
});

test('a multi-row mutation sent concurrently with one Idempotency-Key header writes one statement', async () => {
  const tables = ['sources', 'statements', 'statement_speakers', 'statement_topics'];
  const before = await countRows(server, tables);
  const input = {
    text: 'Both ministers agreed to strengthen deterrence.',
    kind: 'PARAPHRASE',
    date: '2025-02-02',
    newSource: { kind: 'NEWS_ARTICLE', title: 'Ministers agree on deterrence', publishedOn: '2025-02-02' },
    speakerIds: [ref.officials['Gen Nakatani']],
    topicIds: [ref.topics.deterrence],
  };
  const headers = { ...editor.headers, 'idempotency-key': '5f0c2b9e-statement' };
  const results = await Promise.all(
    Array.from({ length: 4 }, () => mutate(server, headers, 'addStatement', input, 'statement { id } source { id }')),
  );
  for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  assert.equal(new Set(results.map((r) => r.data!.addStatement.statement.id)).size, 1);
  const after = await countRows(server, tables);
  assert.deepEqual(after, Object.fromEntries(tables.map((t) => [t, before[t] + 1])));
  const again = await mutateOk(server, headers, 'addStatement', input, 'clientMutationId statement { id }');
  assert.deepEqual(again, { clientMutationId: null, statement: results[0].data!.addStatement.statement });
});

test('a key reused with other input or for another mutation is a CONFLICT saying so', async () => {
  await mutateOk(server, editor.headers, 'createOrganization', { ...organization('Asahi Shimbun'), clientMutationId: 'reuse-1' }, SELECT);
  const other = await mutate(server, editor.headers, 'createOrganization', {
    ...organization('Yomiuri Shimbun'),
    clientMutationId: 'reuse-1',
  });
  expectError(other, 'CONFLICT', ['input', 'clientMutationId']);
  assert.match(other.errors![0].message, /different input/);
  const otherMutation = await mutate(server, editor.headers, 'createOfficial', {
    name: 'Someone',
    countryCode: 'JP',
    clientMutationId: 'reuse-1',
  });
  assert.match(expectError(otherMutation, 'CONFLICT').field.join('.'), /clientMutationId/);
  assert.match(otherMutation.errors![0].message, /createOrganization/);
});

test('keys belong to their API key, a failed attempt is not remembered, and the header covers one mutation', async () => {
  const another = await newKey(server, Role.EDITOR);
  await mutateOk(server, editor.headers, 'createOrganization', { ...organization('Mainichi Shimbun'), clientMutationId: 'shared' }, SELECT);
  const theirs = await mutateOk(
    server,
    another.headers,
    'createOrganization',
    { ...organization('Nikkei'), clientMutationId: 'shared' },
    SELECT,
  );
  assert.equal(theirs.organization.name, 'Nikkei');

  expectError(
    await mutate(server, editor.headers, 'createOrganization', { ...organization(' '), clientMutationId: 'fixed-later' }),
    'BAD_USER_INPUT',
  );
  await mutateOk(
    server,
    editor.headers,
    'createOrganization',
    { ...organization('Sankei Shimbun'), clientMutationId: 'fixed-later' },
    SELECT,
  );

  const both = await server.gql(
    `mutation { a: createOrganization(input: { name: "Jiji Press", kind: MEDIA, countryCode: "JP" }) { organization { id } }
                b: createOrganization(input: { name: "TBS", kind: MEDIA, countryCode: "JP" }) { organization { id } } }`,
    {},
    { ...editor.headers, 'idempotency-key': 'one-header' },
  );
  const written = await server.app.db.query(`SELECT name FROM organizations WHERE name IN ('Jiji Press', 'TBS')`);
  assert.deepEqual(written, [{ name: 'Jiji Press' }], 'the first mutation took the header, the second was refused');
  assert.equal(both.errors?.[0].path?.[0], 'b');
  assert.equal(both.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  expectError(
    await mutate(server, editor.headers, 'createOrganization', { ...organization('x'), clientMutationId: 'k'.repeat(201) }),
    'BAD_USER_INPUT',
    ['input', 'clientMutationId'],
  );
});

test('without a key, a concurrent duplicate loses the race with a CONFLICT naming the winner', async () => {
  const results = await Promise.all(
    Array.from({ length: 4 }, () => mutate(server, editor.headers, 'createOrganization', organization('Fuji TV'), SELECT)),
  );
  const winners = results.filter((r) => !r.errors);
  assert.equal(winners.length, 1);
  for (const loser of results.filter((r) => r.errors)) {
    assert.equal(expectError(loser, 'CONFLICT', ['input', 'name']).existingId, winners[0].data!.createOrganization.organization.id);
  }
});
