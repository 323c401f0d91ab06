/**
 * The fast path for plain `POST /graphql` JSON (src/http/fast-path.ts) answers exactly as Express
 * does: the same requests are sent to a server with it and to one with HTTP_FAST_PATH=false, on
 * the same database, and the status, headers and body must be the same (the date, a generated
 * request id and a rate limit's waiting seconds aside). The requests are generated
 * (test/fast-path-model.ts: a model of the request's dimensions crossed with operations generated
 * from the schema, seeded, the seed printed; TEST_SEED repeats a run), plus hand-written cases
 * for known regressions. Dropping the request id, security headers, CORS or API key middleware
 * from the fast path's list makes the generated comparison fail (checked by hand).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { type Case, type Credentials, dimensionValues, generatedCases, generatedOperations } from './fast-path-model';
import { introspect, Random, sampleIds } from './generated-operations';
import { createTestDatabase, dropTestDatabase, newKey, startServerOn, type TestServer } from './helpers';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export /** A raw request: fetch would set its own Host, Accept and encoding headers. */
function send(url: string, c: Case): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(c.path ?? '/graphql', url);
    const req = http.request(target, { method: c.method ?? 'POST', headers: c.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    // Never a hang: a request left unanswered fails the test, naming it.
    req.setTimeout(30_000, () => req.destroy(new Error(`${c.name}: no answer within 30 s`)));
    if (c.chunked && c.body !== undefined && c.body.length > 1) {
      const body = Buffer.from(c.body);
      req.write(body.subarray(0, body.length >> 1));
      req.end(body.subarray(body.length >> 1));
    } else req.end(c.body);
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

/** How many requests a server's fast path has taken (its metric). */
async function fastPathCount(server: TestServer): Promise<number> {
  const text = await (await fetch(new URL('/metrics', server.url))).text();
  return Number(/^http_fast_path_requests_total (\d+)/m.exec(text)?.[1]);
}

const json = { 'content-type': 'application/json' };
const query = (q: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query: q, ...extra });
const COUNTRIES = query('{ countries(first: 2) { totalCount edges { node { code name } } } }');
/** A valid document for the known-document path (sent by itself, with its own variants). */
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
    // Found by the generated requests: body-parser refuses "utf8" (415); the fast path once took it.
    { name: 'charset=utf8', headers: { 'content-type': 'application/json; charset=utf8' }, body: COUNTRIES },
    // Found by the generated requests: an event stream asked for with a malformed body was never answered.
    { name: 'an event stream with a malformed body', headers: { ...json, accept: 'text/event-stream' }, body: '{not json' },
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
    // The buckets refill as time passes, so the refusals compared are the first pair both refused.
    let answers: Answer[] = [];
    for (let i = 0; i < 500 && !(answers.length && answers.every((a) => a.status === 429)); i++) {
      answers = await Promise.all([send(fast.url, plain), send(express.url, plain)]);
    }
    const [a, b] = answers;
    assert.deepEqual([a.status, b.status], [429, 429]);
    assert.deepEqual(comparable(a, fast.app.port), comparable(b, express.app.port));
  });

  test('the fast path took the plain requests, and only with HTTP_FAST_PATH on', async () => {
    const count = fastPathCount;
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

/** How many generated requests (each sent to both servers): a few seconds on a quiet machine. */
const GENERATED_CASES = 160;

describe('the fast path answers as Express does, on generated requests', () => {
  let databaseUrl: string;
  let fast: TestServer;
  let express: TestServer;
  const limits = { MAX_BODY_BYTES: '6000', MAX_QUERY_DEPTH: '6', MAX_PAGE_SIZE: '50' };
  before(async () => {
    databaseUrl = await createTestDatabase('fast_path_generated');
    // A rate limit that is on (its headers are compared) but not reached by this many requests.
    const env = { NODE_ENV: 'development', RATE_LIMIT_PER_MINUTE: '100000', ...limits };
    fast = await startServerOn(databaseUrl, env);
    express = await startServerOn(databaseUrl, { ...env, HTTP_FAST_PATH: 'false' });
  });
  after(async () => {
    await fast?.stop();
    await express?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  test('every generated request gets the same status, headers and body on both paths', async (t) => {
    const random = Random.fromEnv();
    t.diagnostic(`seed ${random.seed} (TEST_SEED=${random.seed} repeats this run)`);
    // Set up through Express: a fault of the fast path must show in the comparison, not here.
    const schema = await introspect(express);
    const credentials: Credentials = { none: undefined, malformed: 'Basic abc', unknown: `Bearer ask_${'x'.repeat(43)}` };
    for (const role of Object.values(Role)) credentials[role] = `Bearer ${(await newKey(express, role)).key}`;
    const admin = { authorization: credentials[Role.ADMIN]! };
    // Real ids of each listed type (the first row of every root list), and ids of rows that do not exist.
    const sampled = await sampleIds(express, schema, admin, 1);
    const readIds: string[] = ['garbage', toGlobalId('Nothing', 1), ...[...sampled.values()].flat()];
    const missingIds = [...sampled.keys()].map((type) => toGlobalId(type, 2147480000));
    readIds.push(...missingIds.slice(0, 2));
    const operations = generatedOperations(schema, random, {
      readIds,
      missingIds,
      maxDepth: Number(limits.MAX_QUERY_DEPTH),
      maxPageSize: Number(limits.MAX_PAGE_SIZE),
    });
    const { cases, used } = generatedCases(
      operations,
      credentials,
      ['none', 'malformed', 'unknown', Role.READER],
      random,
      GENERATED_CASES,
      Number(limits.MAX_BODY_BYTES),
    );
    for (const [dimension, values] of Object.entries(dimensionValues(credentials))) {
      for (const value of values) assert.ok(used[dimension]?.has(value), `seed ${random.seed}: no request had ${dimension}=${value}`);
    }
    const statuses = new Map<number, number>();
    const takenBefore = await fastPathCount(fast);
    for (const c of cases) {
      const [a, b] = await Promise.all([send(fast.url, c), send(express.url, c)]);
      assert.deepEqual(
        comparable(a, fast.app.port),
        comparable(b, express.app.port),
        `seed ${random.seed}: ${c.name}: the fast path answered differently\n${String(c.body ?? '').slice(0, 500)}`,
      );
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    }
    const taken = (await fastPathCount(fast)) - takenBefore;
    t.diagnostic(
      `${cases.length} requests from ${operations.length} operations, ${taken} on the fast path; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    assert.ok(taken >= cases.length / 4, `seed ${random.seed}: only ${taken} of ${cases.length} requests took the fast path`);
    // Both kinds of answer were compared: successes and refusals.
    assert.ok((statuses.get(200) ?? 0) > 10 && [...statuses.keys()].some((s) => s >= 400), JSON.stringify([...statuses]));
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
