import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gql } from '@apollo/client';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { getIntrospectionQuery } from 'graphql';
import WebSocket from 'ws';
import { createApolloClient } from '../client/apollo';
import { Role } from '../src/auth/role';
import { loadConfig } from '../src/config';
import { newKey, startTestServer, waitUntil, type TestServer } from './helpers';
import { connect } from './ws';

/**
 * Trusted documents as a frontend team uses them: graphql-codegen (the repository's codegen.ts,
 * client preset with persistedDocuments) writes persisted-documents.json from client/operations;
 * the server runs with TRUSTED_DOCUMENTS pointing at it.
 */
const root = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-trusted-'));
const manifestFile = path.join(dir, 'persisted-documents.json');
let manifest: Record<string, string>;
const idOf = (name: string) => Object.entries(manifest).find(([, text]) => text.includes(` ${name}`))![0];

before(async () => {
  // codegen.ts itself, with its output sent to a temporary folder.
  const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.ts') });
  const generates = config.generates ?? {};
  const [target] = Object.values(generates) as object[];
  assert.ok(target, 'codegen.ts has an output');
  await generate(
    {
      ...config,
      cwd: root,
      schema: path.join(root, 'schema/schema.graphql'),
      documents: [path.join(root, 'client/operations/**/*.graphql')],
      generates: { [`${dir}/`]: target },
      silent: true,
    },
    true,
  );
  manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  assert.ok(Object.keys(manifest).length >= 3, 'persisted documents written');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const post = async (server: TestServer, body: object, headers: Record<string, string> = {}) => {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: any[] } };
};
const codeOf = (result: { json: { errors?: any[] } }) => result.json.errors?.[0]?.extensions?.code;

const ORIGINAL_TEXT = () =>
  fs
    .readFileSync(path.join(root, 'client/operations/statements-on-record.graphql'), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');

describe('TRUSTED_DOCUMENTS_MODE=allowlist in production', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('trusted_allowlist', {
      NODE_ENV: 'production',
      SEED_WHEN_EMPTY: 'true',
      TRUSTED_DOCUMENTS: manifestFile,
    });
  });
  after(async () => {
    await server?.stop();
  });

  test('a document of the list runs by documentId, by APQ hash (with or without sha256:), over GET, and by its text', async () => {
    const id = idOf('StatementsOnRecord');
    const variables = { first: 2 };
    const results = [
      await post(server, { documentId: id, variables }),
      await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: id.replace('sha256:', '') } }, variables }),
      await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: id } }, variables }),
      await post(server, { query: manifest[id], variables }),
      // As the client wrote it (another order, other spacing, comments): the same operation.
      await post(server, { query: ORIGINAL_TEXT(), variables }),
    ];
    const get = await fetch(
      `${server.url}?documentId=${encodeURIComponent(id)}&variables=${encodeURIComponent(JSON.stringify(variables))}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    results.push({ status: get.status, json: (await get.json()) as { data?: any; errors?: any[] } });
    for (const result of results) {
      assert.equal(result.status, 200, JSON.stringify(result.json));
      assert.equal(result.json.errors, undefined);
      assert.equal(result.json.data.statements.edges.length, 2);
    }
  });

  test('any other operation is refused with TRUSTED_DOCUMENT_REQUIRED (HTTP 403), even for an EDITOR key', async () => {
    const editor = await newKey(server, Role.EDITOR);
    for (const headers of [{}, editor.headers]) {
      const other = await post(server, { query: '{ statements(first: 2) { totalCount } }' }, headers);
      assert.equal(other.status, 403);
      assert.equal(codeOf(other), 'TRUSTED_DOCUMENT_REQUIRED');
      assert.equal(other.json.data, undefined);
    }
    // A listed operation with a field added is another operation.
    const changed = await post(server, {
      query: manifest[idOf('StatementsOnRecord')].replace('totalCount', 'totalCount pageInfo { hasNextPage }'),
      variables: { first: 1 },
    });
    assert.equal(codeOf(changed), 'TRUSTED_DOCUMENT_REQUIRED');
    // Sending it as an automatic persisted query does not make it trusted, nor registers it.
    const query = '{ countries(first: 1) { totalCount } }';
    const { createHash } = await import('node:crypto');
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    assert.equal(
      codeOf(await post(server, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } })),
      'TRUSTED_DOCUMENT_REQUIRED',
    );
    assert.equal(codeOf(await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash } } })), 'PERSISTED_QUERY_NOT_FOUND');
  });

  test('an unknown id is PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const body of [
      { documentId: `sha256:${'0'.repeat(64)}` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
    ]) {
      assert.equal(codeOf(await post(server, body)), 'PERSISTED_QUERY_NOT_FOUND');
    }
  });

  test("the typed-client kit: Apollo Client with persistedDocuments sends ids (GET) and gets the list's answers", async () => {
    const requests: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      requests.push(`${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`);
      return realFetch(input, init);
    }) as typeof fetch;
    const { client, close } = createApolloClient({ url: server.url, webSocketImpl: WebSocket, persistedDocuments: true });
    try {
      // What codegen's generated document carries: the operation and its id in __meta__.hash.
      const document = Object.assign(gql(manifest[idOf('StatementsOnRecord')]), { __meta__: { hash: idOf('StatementsOnRecord') } });
      const { data } = await client.query<any>({ query: document, variables: { first: 3 }, fetchPolicy: 'network-only' });
      assert.equal(data.statements.edges.length, 3);
      assert.equal(requests.length, 1, requests.join('\n'));
      assert.match(requests[0], /^GET .*extensions=.*sha256Hash/);
      assert.doesNotMatch(requests[0], /query=/, 'the id, not the text');
    } finally {
      globalThis.fetch = realFetch;
      close();
    }
  });
});

describe('TRUSTED_DOCUMENTS_MODE=ids-only, and the explorer where introspection is on', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('trusted_ids_only', {
      NODE_ENV: 'development',
      TRUSTED_DOCUMENTS: manifestFile,
      TRUSTED_DOCUMENTS_MODE: 'ids-only',
    });
  });
  after(async () => {
    await server?.stop();
  });

  test('the text of a listed document is refused; its id runs', async () => {
    const id = idOf('StatementsOnRecord');
    const text = await post(server, { query: manifest[id], variables: { first: 1 } });
    assert.equal(text.status, 403);
    assert.equal(codeOf(text), 'TRUSTED_DOCUMENT_REQUIRED');
    assert.match(text.json.errors![0].message, /documentId/);
    const byId = await post(server, { documentId: id, variables: { first: 1 } });
    assert.equal(byId.json.errors, undefined);
  });

  test('with INTROSPECTION on: introspection runs for anyone, other operations for EDITOR keys only', async () => {
    const introspection = await post(server, { query: getIntrospectionQuery() });
    assert.equal(introspection.json.errors, undefined);
    assert.ok(introspection.json.data.__schema.types.length > 50);
    const query = '{ statements(first: 1) { totalCount } }';
    assert.equal(codeOf(await post(server, { query })), 'TRUSTED_DOCUMENT_REQUIRED');
    const reader = await newKey(server, Role.READER);
    assert.equal(codeOf(await post(server, { query }, reader.headers)), 'TRUSTED_DOCUMENT_REQUIRED');
    const editor = await newKey(server, Role.EDITOR);
    const asEditor = await post(server, { query }, editor.headers);
    assert.equal(asEditor.json.errors, undefined);
    assert.ok(asEditor.json.data.statements.totalCount > 0);
  });

  test("/metrics: the list's operations keep their own series; names a client invents are 'other'", async () => {
    const editor = await newKey(server, Role.EDITOR);
    assert.equal(
      (await post(server, { query: 'query MadeUpByAClient { countries(first: 1) { totalCount } }' }, editor.headers)).json.errors,
      undefined,
    );
    assert.equal((await post(server, { documentId: idOf('StatementsOnRecord'), variables: { first: 1 } })).json.errors, undefined);
    const metrics = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
    assert.match(metrics, /graphql_requests_total\{operation="StatementsOnRecord"/);
    assert.doesNotMatch(metrics, /operation="MadeUpByAClient"/);
    assert.match(metrics, /graphql_requests_total\{operation="other"/);
  });

  test('subscriptions on the WebSocket are held to the list too (by text: the protocol carries it)', async () => {
    const client = connect(server.url);
    try {
      const refusal = await new Promise<any>((resolve) => {
        client.subscribe(
          { query: 'subscription { statementAdded { cursor } }' },
          { next: () => undefined, error: resolve, complete: () => resolve(null) },
        );
      });
      assert.ok(Array.isArray(refusal), JSON.stringify(refusal));
      assert.equal(refusal[0].extensions.code, 'TRUSTED_DOCUMENT_REQUIRED');
      // The listed subscription starts: it registers on the statement feed (it completes only when we leave).
      const before = server.app.statementFeed.subscriberCount;
      let ended = null as string | null;
      const stop = client.subscribe(
        { query: manifest[idOf('JapanStatements')] },
        { next: () => undefined, error: (e) => (ended = JSON.stringify(e)), complete: () => (ended = 'completed') },
      );
      await waitUntil(
        () => server.app.statementFeed.subscriberCount > before || ended !== null,
        () => 'the listed subscription on the feed, or its end',
        15_000,
      );
      stop();
      const listed = ended ?? 'running';
      assert.equal(listed, 'running');
    } finally {
      await client.dispose();
    }
  });
});

test("the README's ids are those codegen writes for client/operations", () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Trusted documents'), readme.indexOf('### HTTP caching'));
  const ids = [...section.matchAll(/sha256:([0-9a-f]{8,64})/g)].map((m) => m[1]);
  assert.ok(ids.length >= 3, ids.join());
  for (const id of ids)
    assert.ok(
      Object.keys(manifest).some((key) => key.startsWith(`sha256:${id}`)),
      id,
    );
});

describe('configuration', () => {
  test('TRUSTED_DOCUMENTS is checked at start-up; the mode defaults to allowlist with a file and off without', () => {
    assert.deepEqual(loadConfig({}).trustedDocuments, { file: null, mode: 'off' });
    assert.equal(loadConfig({ TRUSTED_DOCUMENTS: manifestFile }).trustedDocuments.mode, 'allowlist');
    assert.equal(loadConfig({ TRUSTED_DOCUMENTS: manifestFile, TRUSTED_DOCUMENTS_MODE: 'off' }).trustedDocuments.mode, 'off');
    assert.throws(() => loadConfig({ TRUSTED_DOCUMENTS_MODE: 'allowlist' }), /TRUSTED_DOCUMENTS_MODE=allowlist needs TRUSTED_DOCUMENTS/);
    assert.throws(() => loadConfig({ TRUSTED_DOCUMENTS: path.join(dir, 'missing.json') }), /TRUSTED_DOCUMENTS: no file/);
    assert.throws(
      () => loadConfig({ TRUSTED_DOCUMENTS: manifestFile, TRUSTED_DOCUMENTS_MODE: 'strict' }),
      /TRUSTED_DOCUMENTS_MODE must be one of/,
    );
  });

  test('off: any operation runs, and the ids of the file still resolve', async () => {
    const server = await startTestServer('trusted_off', {
      NODE_ENV: 'development',
      TRUSTED_DOCUMENTS: manifestFile,
      TRUSTED_DOCUMENTS_MODE: 'off',
    });
    try {
      assert.equal((await post(server, { query: '{ statements(first: 1) { totalCount } }' })).json.errors, undefined);
      const byId = await post(server, { documentId: idOf('StatementsOnRecord'), variables: { first: 1 } });
      assert.equal(byId.json.data.statements.edges.length, 1);
    } finally {
      await server.stop();
    }
  });
});
