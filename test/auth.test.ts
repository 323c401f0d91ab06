import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startServerProcess, startTestServer, type TestKey, type TestServer } from './helpers';
import { expectError, mutateOk } from './write-helpers';

let server: TestServer;
const keys: Partial<Record<'reader' | 'editor' | 'admin' | 'revoked', TestKey>> = {};

before(async () => {
  server = await startTestServer('auth');
  keys.reader = await newKey(server, Role.READER);
  keys.editor = await newKey(server, Role.EDITOR);
  keys.admin = await newKey(server, Role.ADMIN);
  keys.revoked = await newKey(server, Role.ADMIN);
  await mutateOk(server, keys.admin.headers, 'revokeApiKey', { name: keys.revoked.name }, 'apiKey { revokedAt }');
});
after(async () => {
  await server?.stop();
});

/** POSTs a query and returns the HTTP status with the body. */
async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

/**
 * Every mutation with the smallest input GraphQL accepts, built from introspection so a mutation
 * added later is covered too, and the role its description promises.
 */
async function protectedMutations(): Promise<{ name: string; role: Role; document: string; variables: Record<string, unknown> }[]> {
  const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
  const { __schema } = await server.data(`{ __schema {
    mutationType { fields { name description args { name type { ${ref} } } } }
    types { name kind enumValues { name } inputFields { name type { ${ref} } } }
  } }`);
  const types = new Map<string, any>(__schema.types.map((t: any) => [t.name, t]));
  const scalars: Record<string, unknown> = {
    ID: 'eA',
    String: 'x',
    Int: 1,
    Boolean: false,
    Date: '2025-01-01',
    DateTime: '2025-01-01T00:00:00Z',
  };
  const sample = (type: TypeRef): unknown => {
    if (type.kind === 'NON_NULL') return sample(type.ofType!);
    if (type.kind === 'LIST') return [];
    const named = types.get(type.name!);
    if (named.kind === 'ENUM') return named.enumValues[0].name;
    if (named.kind === 'INPUT_OBJECT') {
      return Object.fromEntries(named.inputFields.filter((f: any) => f.type.kind === 'NON_NULL').map((f: any) => [f.name, sample(f.type)]));
    }
    return scalars[type.name!];
  };
  const print = (type: TypeRef): string =>
    type.kind === 'NON_NULL' ? `${print(type.ofType!)}!` : type.kind === 'LIST' ? `[${print(type.ofType!)}]` : type.name!;
  return __schema.mutationType.fields.map((field: any) => {
    const role = /Needs the (EDITOR|ADMIN) role/.exec(field.description)?.[1] as Role;
    assert.ok(role, `${field.name} says which role it needs`);
    const params = field.args.map((a: any) => `$${a.name}: ${print(a.type)}`).join(', ');
    const args = field.args.map((a: any) => `${a.name}: $${a.name}`).join(', ');
    return {
      name: field.name,
      role,
      document: `mutation(${params}) { ${field.name}(${args}) { clientMutationId } }`,
      variables: Object.fromEntries(field.args.map((a: any) => [a.name, sample(a.type)])),
    };
  });
}

async function codeOf(name: string, document: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const result = await server.gql(document, variables, headers);
  const codes = (result.errors ?? []).map((e) => e.extensions?.code);
  assert.ok(
    !codes.includes('GRAPHQL_VALIDATION_FAILED') && !codes.includes('INTERNAL_SERVER_ERROR'),
    `${name}: ${JSON.stringify(result.errors)}`,
  );
  return codes[0] ?? 'OK';
}

describe('access control', () => {
  test('every mutation: no key and a revoked key are UNAUTHENTICATED, a reader FORBIDDEN, an editor only where EDITOR is enough', async () => {
    const mutations = await protectedMutations();
    assert.ok(mutations.length >= 25, `all mutations (got ${mutations.length})`);
    const callers = {
      none: {},
      revoked: keys.revoked!.headers,
      reader: keys.reader!.headers,
      editor: keys.editor!.headers,
      admin: keys.admin!.headers,
    };
    const seen: Record<string, Record<string, string>> = Object.fromEntries(mutations.map((m) => [m.name, {}]));
    for (const [caller, headers] of Object.entries(callers)) {
      await Promise.all(
        mutations.map(async (m) => {
          seen[m.name][caller] = await codeOf(m.name, m.document, m.variables, headers);
        }),
      );
    }
    for (const m of mutations) {
      const s = seen[m.name];
      assert.equal(s.none, 'UNAUTHENTICATED', m.name);
      assert.equal(s.revoked, 'UNAUTHENTICATED', m.name);
      assert.equal(s.reader, 'FORBIDDEN', m.name);
      if (m.role === Role.ADMIN) assert.equal(s.editor, 'FORBIDDEN', m.name);
      else assert.ok(!['UNAUTHENTICATED', 'FORBIDDEN'].includes(s.editor), `${m.name} lets an editor in (${s.editor})`);
      assert.ok(!['UNAUTHENTICATED', 'FORBIDDEN'].includes(s.admin), `${m.name} lets an admin in (${s.admin})`);
    }
    const adminOnly = mutations
      .filter((m) => m.role === Role.ADMIN)
      .map((m) => m.name)
      .sort();
    for (const name of ['createApiKey', 'createTopic', 'createTreaty', 'deleteNode', 'revokeApiKey'])
      assert.ok(adminOnly.includes(name), name);
  });

  test('admin queries need ADMIN; reads are public and a bad key is refused with 401 whatever it asks', async () => {
    for (const query of ['{ apiKeys { name } }', '{ auditLog(first: 1) { totalCount } }']) {
      expectError(await server.gql(query), 'UNAUTHENTICATED');
      expectError(await server.gql(query, {}, keys.editor!.headers), 'FORBIDDEN');
      assert.equal((await server.gql(query, {}, keys.admin!.headers)).errors, undefined);
    }
    assert.equal((await post(server.url, '{ officials(first: 1) { totalCount } }')).status, 200);
    const fake = `ask_${'A'.repeat(43)}`;
    for (const authorization of [`Bearer ${fake}`, 'Basic dXNlcjpwYXNz', 'Bearer not-a-key', `Bearer ${keys.revoked!.key}`]) {
      const { status, body } = await post(server.url, '{ officials(first: 1) { totalCount } }', { authorization });
      assert.equal(status, 401, authorization);
      assert.equal(body.errors![0].extensions.code, 'UNAUTHENTICATED');
      assert.doesNotMatch(JSON.stringify(body), /ask_[A-Za-z0-9_-]{10}/, 'the key is not echoed');
    }
  });

  test('REQUIRE_AUTH_FOR_READS=true: reads need a key of any role', async () => {
    const guarded = await startTestServer('auth_reads', { REQUIRE_AUTH_FOR_READS: 'true' });
    try {
      const reader = await newKey(guarded, Role.READER);
      const anonymous = await post(guarded.url, '{ officials(first: 1) { totalCount } }');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.errors![0].extensions.code, 'UNAUTHENTICATED');
      const read = await post(guarded.url, '{ officials(first: 1) { totalCount } }', reader.headers);
      assert.equal(read.status, 200);
      assert.ok(read.body.data.officials.totalCount > 0);
    } finally {
      await guarded.stop();
    }
  });

  test('keys are stored as hashes only; admins create and revoke them through GraphQL with immediate effect', async () => {
    const created = await mutateOk(
      server,
      keys.admin!.headers,
      'createApiKey',
      { name: 'desk-editor', role: 'EDITOR' },
      'key apiKey { id name role prefix revokedAt }',
    );
    assert.match(created.key, /^ask_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.key.slice(0, 10), created.apiKey.prefix);
    const stored = JSON.stringify(await server.app.db.query('SELECT * FROM api_keys'));
    const audit = JSON.stringify(await server.app.db.query('SELECT * FROM audit_log'));
    assert.ok(!stored.includes(created.key) && !audit.includes(created.key), 'the key itself is stored nowhere');
    const headers = { authorization: `Bearer ${created.key}` };
    await mutateOk(server, headers, 'createOfficial', { name: 'Lee Jae-myung', countryCode: 'KR' }, 'official { id }');
    expectError(
      await server.gql('mutation { createApiKey(input: { name: "desk-editor", role: READER }) { key } }', {}, keys.admin!.headers),
      'CONFLICT',
      ['input', 'name'],
    );

    const revoked = await mutateOk(server, keys.admin!.headers, 'revokeApiKey', { id: created.apiKey.id }, 'apiKey { revokedAt }');
    assert.ok(revoked.apiKey.revokedAt);
    assert.equal((await post(server.url, '{ officials(first: 1) { totalCount } }', headers)).status, 401);
    const { apiKeys } = await server.data('{ apiKeys { name revokedAt } }', {}, keys.admin!.headers);
    assert.ok(apiKeys.find((k: any) => k.name === 'desk-editor').revokedAt);
  });
});

describe('npm run apikey', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, [path.join(__dirname, '..', 'scripts', 'apikey.js'), ...args], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    });

  test('creates a key printed once, lists keys without it, revokes it', async () => {
    const created = await run('create', 'cli-editor', '--role', 'EDITOR');
    const key = created.stdout.trim();
    assert.match(key, /^ask_[A-Za-z0-9_-]{43}$/);
    assert.match(created.stderr, /not shown again/);
    const headers = { authorization: `Bearer ${key}` };
    const { official } = await mutateOk(server, headers, 'createOfficial', { name: 'Ahn Gyu-back', countryCode: 'KR' }, 'official { id }');
    const [entry] = (
      await server.data(
        `query($id: ID!) { auditLog(first: 1, filter: { entityId: $id }) { edges { node { actor } } } }`,
        { id: official.id },
        keys.admin!.headers,
      )
    ).auditLog.edges;
    assert.equal(entry.node.actor, 'cli-editor');
    expectError(
      await server.gql('mutation { createTopic(input: { slug: "cli", name: "CLI" }) { topic { id } } }', {}, headers),
      'FORBIDDEN',
    );

    const listed = await run('list');
    assert.match(listed.stdout, /cli-editor\s+EDITOR\s+ask_\S+…/);
    assert.ok(!listed.stdout.includes(key), 'the list never shows a key');
    await assert.rejects(run('create', 'x', '--role', 'ROOT'), /--role must be/);

    assert.match((await run('revoke', 'cli-editor')).stdout, /Revoked API key "cli-editor"/);
    assert.equal((await post(server.url, '{ officials(first: 1) { totalCount } }', headers)).status, 401);
    const revokes = await server.data(
      `{ auditLog(first: 5, filter: { action: REVOKE }) { edges { node { actor entityType } } } }`,
      {},
      keys.admin!.headers,
    );
    assert.ok(revokes.auditLog.edges.some((e: any) => e.node.actor.startsWith('cli:') && e.node.entityType === 'ApiKey'));
  });
});

test('no key reaches the logs, even at trace level', async () => {
  const child = await startServerProcess({
    DATABASE_URL: server.databaseUrl,
    NODE_ENV: 'development',
    LOG_LEVEL: 'trace',
    RATE_LIMIT_PER_MINUTE: '600',
  });
  const url = child.url;
  try {
    const unknown = `ask_${'Z'.repeat(43)}`;
    await post(url, 'mutation { createTopic(input: { slug: "log-test", name: "x" }) { topic { id } } }', keys.editor!.headers);
    await post(url, '{ officials(first: 1) { totalCount } }', { authorization: `Bearer ${unknown}` });
    await post(url, '{ nope }', keys.admin!.headers);
    const output = child.output();
    assert.match(output, /graphql request/, 'requests were logged');
    for (const key of [keys.editor!.key, keys.admin!.key, unknown]) assert.ok(!output.includes(key.slice(4)), 'a key in the log');
  } finally {
    child.process.kill('SIGTERM');
    await child.exited;
  }
});
