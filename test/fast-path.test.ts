/**
 * The fast path for plain `POST /graphql` JSON (src/http/fast-path.ts) answers exactly as Express
 * does: the same requests are sent to a server with it and to one with HTTP_FAST_PATH=false, on
 * the same database, and the status, headers and body must be the same (the date, a generated
 * request id and a rate limit's waiting seconds aside).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { createTestDatabase, dropTestDatabase, newKey, startServerOn, type TestServer } from './helpers';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface Case {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A raw request: fetch would set its own Host, Accept and encoding headers. */
function send(url: string, c: Case): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(c.path ?? '/graphql', url);
    const req = http.request(target, { method: c.method ?? 'POST', headers: c.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(c.body);
  });
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** What must be equal: everything but the date, generated request ids and the seconds a rate limit asks to wait. */
function comparable(answer: Answer, port: number): unknown {
  const generatedId = answer.headers['x-request-id'];
  const headers = { ...answer.headers };
  delete headers.date;
  if (typeof generatedId === 'string' && UUID.test(generatedId)) headers['x-request-id'] = '<generated>';
  if (headers['retry-after'] !== undefined) headers['retry-after'] = '<seconds>';
  const body = answer.body
    .replace(UUID, '<uuid>')
    .replace(/"retryAfterSeconds":\d+/g, '"retryAfterSeconds":"<seconds>"')
    .replaceAll(String(port), '<port>');
  return { status: answer.status, headers, body };
}

const json = { 'content-type': 'application/json' };
const query = (q: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query: q, ...extra });
const COUNTRIES = query('{ countries(first: 2) { totalCount nodes { code name } } }');
/** A valid document (COUNTRIES is not: a connection has no `nodes`), for the known-document path. */
const KNOWN = '{ countries(first: 2) { totalCount edges { node { code name } } } }';

function cases(editorKey: string): Case[] {
  return [
    { name: 'a plain query', headers: json, body: COUNTRIES },
    { name: 'with charset=utf-8', headers: { 'content-type': 'application/json; charset=utf-8' }, body: COUNTRIES },
    { name: 'a request id of the client', headers: { ...json, 'x-request-id': 'client-id-1' }, body: COUNTRIES },
    { name: 'a request id that is refused', headers: { ...json, 'x-request-id': 'bad id with spaces' }, body: COUNTRIES },
    { name: 'an allowed origin', headers: { ...json, origin: 'http://localhost:5173' }, body: COUNTRIES },
    { name: 'another origin', headers: { ...json, origin: 'https://elsewhere.example' }, body: COUNTRIES },
    { name: 'the GraphQL response media type', headers: { ...json, accept: 'application/graphql-response+json' }, body: COUNTRIES },
    {
      name: 'variables and an operation name',
      headers: json,
      body: query('query Few($n: Int) { countries(first: $n) { totalCount } }', { variables: { n: 1 }, operationName: 'Few' }),
    },
    // The same documents again with other variables, operation names, extensions and Accept headers: from their
    // second sending on, Apollo has validated them and the known-document path answers or hands them over.
    {
      name: 'a known document, other variables',
      headers: json,
      body: query('query Few($n: Int) { countries(first: $n) { totalCount } }', { variables: { n: 2 }, operationName: 'Few' }),
    },
    {
      name: 'a known document, a page too large by variable',
      headers: json,
      body: query('query Few($n: Int) { countries(first: $n) { totalCount } }', { variables: { n: 99999999 }, operationName: 'Few' }),
    },
    {
      name: 'a known document, variables null and operation name null',
      headers: json,
      body: query(KNOWN, { variables: null, operationName: null }),
    },
    {
      name: 'a known document, empty extensions',
      headers: json,
      body: query(KNOWN, { extensions: {} }),
    },
    {
      name: 'a known document, variables as a string',
      headers: json,
      body: query(KNOWN, { variables: '{}' }),
    },
    ...['A', 'B', 'C', undefined].map((operationName) => ({
      name: `two operations, operation ${operationName}`,
      headers: json,
      body: query('query A { countries(first: 1) { totalCount } } query B { __typename }', { operationName }),
    })),
    { name: 'a known document', headers: json, body: query(KNOWN) },
    { name: 'a known document, Accept it refuses', headers: { ...json, accept: 'text/html' }, body: query(KNOWN) },
    {
      name: 'a known document, Accept with weights',
      headers: { ...json, accept: 'application/json;q=0.5, application/graphql-response+json' },
      body: query(KNOWN),
    },
    {
      name: 'a statement by global id with speakers and source',
      headers: json,
      body: query(
        'query ($id: ID!) { node(id: $id) { ... on Statement { text date speakers { title official { name } } source { title url } } } }',
        {
          variables: { id: 'U3RhdGVtZW50OjE' },
        },
      ),
    },
    { name: 'malformed JSON', headers: json, body: '{not json' },
    { name: 'a JSON string (not an object)', headers: json, body: '"{ countries { totalCount } }"' },
    { name: 'a JSON number', headers: json, body: '42' },
    { name: 'an empty body', headers: { ...json, 'content-length': '0' }, body: '' },
    { name: 'a byte order mark', headers: json, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(COUNTRIES)]) },
    { name: 'leading whitespace', headers: json, body: `\n\t ${COUNTRIES}` },
    { name: 'no query', headers: json, body: '{}' },
    { name: 'a batch', headers: json, body: `[${COUNTRIES},${COUNTRIES}]` },
    { name: 'a parse error', headers: json, body: query('{ countries {') },
    {
      name: 'a parse error, GraphQL media type',
      headers: { ...json, accept: 'application/graphql-response+json' },
      body: query('{ countries {'),
    },
    { name: 'an unknown field', headers: json, body: query('{ countries { nope } }') },
    {
      name: 'a bad variable',
      headers: json,
      body: query('query ($n: Int) { countries(first: $n) { totalCount } }', { variables: { n: 'x' } }),
    },
    { name: 'a page too large', headers: json, body: query('{ countries(first: 99999999) { totalCount } }') },
    {
      name: 'too deep',
      headers: json,
      body: query(
        '{ calls { nodes { participants { official { statements { nodes { speakers { official { statements { nodes { id } } } } } } } } } } }',
      ),
    },
    { name: 'a NUL character', headers: json, body: query('{ countries(first: 1) { totalCount } }', { variables: { x: 'a\u0000b' } }) },
    { name: 'a resolver error (bad id)', headers: json, body: query('{ node(id: "garbage") { id } }') },
    { name: 'a resolver error (wrong type)', headers: json, body: query('{ statement: node(id: "Q291bnRyeTpVUw") { id } }') },
    {
      name: 'an unknown persisted query',
      headers: json,
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    },
    {
      name: 'a persisted query with a wrong hash',
      headers: json,
      body: query('{ countries { totalCount } }', { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }),
    },
    { name: 'a subscription over POST', headers: json, body: query('subscription { statementAdded { statement { id } } }') },
    {
      name: 'a mutation without a key',
      headers: json,
      body: query('mutation { createTopic(input: { name: "fast path" }) { topic { id } } }'),
    },
    { name: 'a malformed Authorization header', headers: { ...json, authorization: 'Basic abc' }, body: COUNTRIES },
    { name: 'an unknown API key', headers: { ...json, authorization: `Bearer ask_${'x'.repeat(43)}` }, body: COUNTRIES },
    { name: 'an editor key', headers: { ...json, authorization: `Bearer ${editorKey}` }, body: COUNTRIES },
    {
      name: 'a stack trace asked for',
      headers: { ...json, 'x-include-stacktrace': 'true' },
      body: query('{ node(id: "garbage") { id } }'),
    },
    // Requests the fast path leaves to Express: they must be answered all the same.
    {
      name: 'a body over the limit',
      headers: json,
      body: JSON.stringify({ query: '{ countries { totalCount } }', pad: 'x'.repeat(5000) }),
    },
    { name: 'latin1', headers: { 'content-type': 'application/json; charset=latin1' }, body: COUNTRIES },
    { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: COUNTRIES },
    { name: 'no content type', headers: {}, body: COUNTRIES },
    { name: 'a query string', path: '/graphql?x=1', headers: json, body: COUNTRIES },
    {
      name: 'GET',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ countries { totalCount } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    },
    { name: 'a preflight', method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } },
    { name: 'a refused Host', headers: { ...json, host: 'attacker.example' }, body: COUNTRIES },
  ];
}

describe('the fast path answers as Express does', () => {
  let databaseUrl: string;
  let fast: TestServer;
  let express: TestServer;
  let editorKey: string;
  before(async () => {
    databaseUrl = await createTestDatabase('fast_path');
    // A small body limit and a rate limit, so that both are reached; development, so stack traces may be asked for.
    const env = { NODE_ENV: 'development', MAX_BODY_BYTES: '4000', RATE_LIMIT_PER_MINUTE: '150', MAX_QUERY_DEPTH: '6' };
    fast = await startServerOn(databaseUrl, env);
    express = await startServerOn(databaseUrl, { ...env, HTTP_FAST_PATH: 'false' });
    editorKey = (await newKey(fast, Role.EDITOR)).key;
  });
  after(async () => {
    await fast?.stop();
    await express?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  test('every request gets the same status, headers and body on both paths', async () => {
    const all = cases(editorKey);
    for (const c of [...all, ...all]) {
      const [a, b] = await Promise.all([send(fast.url, c), send(express.url, c)]);
      assert.deepEqual(comparable(a, fast.app.port), comparable(b, express.app.port), `${c.name}: the fast path answered differently`);
    }
  });

  test('known documents were answered without Apollo, and those with errors handed to it (KNOWN_DOCUMENTS)', async () => {
    const counts = async (server: TestServer) => {
      const text = await (await fetch(new URL('/metrics', server.url))).text();
      const of = (outcome: string) =>
        Number(new RegExp(`^known_document_requests_total\\{outcome="${outcome}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
      return { answered: of('answered'), apollo: of('apollo') };
    };
    const before = await counts(fast);
    // The comparison above sent every case twice: the second plain queries were answered by the known-document path,
    // the second requests with errors (a bad variable, a page too large, a bad id…) were handed to Apollo with their result.
    assert.ok(before.answered >= 10, `answered: ${before.answered}`);
    assert.ok(before.apollo >= 5, `handed to Apollo: ${before.apollo}`);
    const fresh = query('{ countries(first: 3) { totalCount } }');
    await send(fast.url, { name: 'new', headers: json, body: fresh });
    assert.deepEqual(await counts(fast), { ...before, apollo: before.apollo + 1 }, 'a document seen for the first time goes to Apollo');
    await send(fast.url, { name: 'again', headers: json, body: fresh });
    assert.deepEqual(await counts(fast), { ...before, answered: before.answered + 1, apollo: before.apollo + 1 });
    assert.deepEqual(await counts(express), { answered: 0, apollo: 0 });
    // In production too (Apollo adds a plugin of its own there).
    const production = await startServerOn(databaseUrl, { NODE_ENV: 'production' });
    try {
      for (let i = 0; i < 3; i++)
        assert.equal((await send(production.url, { name: 'known', headers: json, body: query(KNOWN) })).status, 200);
      assert.deepEqual(await counts(production), { answered: 2, apollo: 1 });
    } finally {
      await production.stop();
    }
  });

  test('the rate limit answers the same 429 on both paths', async () => {
    const plain: Case = { name: 'plain', headers: json, body: COUNTRIES };
    // Each server's bucket is its own: spend both side by side until both refuse, then compare a refusal.
    let statuses = [200, 200];
    for (let i = 0; i < 500 && statuses.some((s) => s !== 429); i++) {
      statuses = (await Promise.all([send(fast.url, plain), send(express.url, plain)])).map((a) => a.status);
    }
    assert.deepEqual(statuses, [429, 429]);
    const [a, b] = await Promise.all([send(fast.url, plain), send(express.url, plain)]);
    assert.equal(a.status, 429);
    assert.deepEqual(comparable(a, fast.app.port), comparable(b, express.app.port));
  });

  test('the fast path took the plain requests, and only with HTTP_FAST_PATH on', async () => {
    const count = async (server: TestServer) => {
      const text = await (await fetch(new URL('/metrics', server.url))).text();
      return Number(/^http_fast_path_requests_total (\d+)/m.exec(text)?.[1]);
    };
    const before = await count(fast);
    await send(fast.url, { name: 'plain', headers: json, body: COUNTRIES });
    await send(fast.url, {
      name: 'GET',
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    assert.equal(await count(fast), before + 1);
    assert.ok(before > 20, `the comparison went through the fast path (${before})`);
    assert.equal(await count(express), 0);
  });
});

describe('HTTP_MAX_IN_FLIGHT', () => {
  let server: TestServer;
  let databaseUrl: string;
  before(async () => {
    databaseUrl = await createTestDatabase('in_flight');
    server = await startServerOn(databaseUrl, { HTTP_MAX_IN_FLIGHT: '1' });
  });
  after(async () => {
    await server?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  test('with one request at a time, many sent at once are all answered, each with its own answer', async () => {
    const query = 'query ($n: Int) { countries(first: $n) { edges { node { code } } } }';
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        server.gql(query, { n: 1 + (i % 4) }, i % 2 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ),
    );
    answers.forEach((answer, i) => {
      assert.equal(answer.errors, undefined);
      assert.equal(answer.data.countries.edges.length, 1 + (i % 4));
    });
    // A request refused before its turn (bad JSON) and one by Express (GET) pass their turn on.
    const refused = await send(server.url, { name: 'bad', headers: json, body: '{nope' });
    assert.equal(refused.status, 400);
    const get = await send(server.url, {
      name: 'GET',
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    });
    assert.equal(get.status, 200);
    const text = await (await fetch(new URL('/metrics', server.url))).text();
    assert.match(text, /^http_requests_waiting 0$/m);
    assert.equal((await server.gql('{ countries(first: 1) { totalCount } }')).errors, undefined);
  });
});
