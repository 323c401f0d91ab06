import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditServer } from 'graphql-http';
import { getIntrospectionQuery, getNamedType, isInputObjectType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { Role } from '../src/auth/role';
import { randomBytes } from 'node:crypto';
import { issueApiKey } from '../src/auth/api-key.service';
import { createSchema } from '../src/schema';
import { assertStillServes, newKey, postRaw, startTestServer, type TestKey, type TestServer } from './helpers';

let server: TestServer;
let admin: TestKey;
before(async () => {
  server = await startTestServer('hostile_requests');
  admin = await newKey(server, Role.ADMIN);
});
after(async () => {
  await server?.stop();
});

const post = (body: string | Buffer, headers?: Record<string, string>) => postRaw(server, body, headers);
const stillServes = () => assertStillServes(server);

const nest = (levels: number) => {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `participants { official { calls(first: 1) { edges { node { ${inner} } } } } }`;
  return `{ calls(first: 1) { edges { node { ${inner} } } } }`;
};

describe('attack suite: each gets a clear error, and the server keeps serving', () => {
  const limitCases: [string, () => string, string][] = [
    ['too deep', () => nest(3), 'depth'],
    ['too many aliases', () => `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: countries { totalCount }`).join(' ')} }`, 'aliases'],
    ['the same field 500 times', () => `{ countries { ${'totalCount '.repeat(500)} } }`, 'fields'],
    ['100 directives', () => `{ countries { ${'totalCount @include(if: true) '.repeat(100)} } }`, 'directives'],
    [
      'a page of 100 nested 100 times',
      () => `{ officials(first: 100) { edges { node { statements(first: 100) { edges { node { source { title } } } } } } } }`,
      'cost',
    ],
  ];
  for (const [name, query, limit] of limitCases) {
    test(name, async () => {
      const { status, json } = await post(JSON.stringify({ query: query() }));
      assert.equal(json.errors[0].extensions.code, 'QUERY_LIMIT_EXCEEDED', JSON.stringify(json.errors));
      assert.equal(json.errors[0].extensions.limit, limit);
      assert.match(json.errors[0].message, new RegExp(limit));
      assert.ok([200, 400].includes(status));
      await stillServes();
    });
  }

  test('deeply nested introspection', async () => {
    const { json } = await post(
      JSON.stringify({ query: `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }` }),
    );
    // graphql-js's own MaxIntrospectionDepthRule answers first; our limit is the second line of defence.
    assert.ok(['GRAPHQL_VALIDATION_FAILED', 'QUERY_LIMIT_EXCEEDED'].includes(json.errors[0].extensions.code));
    assert.match(json.errors[0].message, /introspection/i);
    await stillServes();
  });

  test('too many tokens', async () => {
    const { json } = await post(JSON.stringify({ query: `{ countries { ${'totalCount '.repeat(1200)} } }` }));
    assert.equal(json.errors[0].extensions.code, 'GRAPHQL_PARSE_FAILED');
    assert.match(json.errors[0].message, /tokens/);
    await stillServes();
  });

  test('circular fragments', async () => {
    const query = `query { countries { ...A } } fragment A on CountryConnection { ...B } fragment B on CountryConnection { ...A }`;
    const { json } = await post(JSON.stringify({ query }));
    assert.equal(json.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    await stillServes();
  });

  test('the standard introspection query (what Sandbox sends) still works', async () => {
    const { json } = await post(JSON.stringify({ query: getIntrospectionQuery() }));
    assert.equal(json.errors, undefined);
    assert.ok(json.data.__schema.types.length > 20);
  });

  test('a batch of 10 operations is refused', async () => {
    const { status, json } = await post(JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ countries { totalCount } }' }))));
    assert.equal(status, 400);
    assert.ok(json.errors[0].message);
    await stillServes();
  });

  test('first: 99999999', async () => {
    const { json } = await post(JSON.stringify({ query: '{ statements(first: 99999999) { totalCount } }' }));
    assert.equal(json.errors[0].extensions.code, 'BAD_USER_INPUT');
    await stillServes();
  });

  test('a 10 MB body gets 413', async () => {
    const { status, json } = await post(
      JSON.stringify({ query: `{ countries { totalCount } }`, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
    );
    assert.equal(status, 413);
    assert.equal(json.errors[0].extensions.code, 'PAYLOAD_TOO_LARGE');
    await stillServes();
  });

  test('malformed JSON gets 400 with a JSON error', async () => {
    for (const body of ['{"query": ', '{{{', 'null', '"just a string"', '[1,2']) {
      const { status, json } = await post(body);
      assert.equal(status, 400, body);
      assert.ok(json?.errors?.[0]?.message, `${body}: a JSON error body`);
    }
    await stillServes();
  });

  test('wrong content types and CSRF-style simple requests are refused', async () => {
    const query = '{ countries { totalCount } }';
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const { status, text } = await post(JSON.stringify({ query }), { 'content-type': type });
      assert.ok(status >= 400 && status < 500, `${type}: ${status}`);
      assert.doesNotMatch(text, /"data"/);
    }
    // A GET without a preflight-forcing header is what a cross-site <img> or form would send.
    const simple = await fetch(`${server.url}?query=${encodeURIComponent(query)}`);
    assert.equal(simple.status, 400);
    assert.match(await simple.text(), /CSRF|preflight/i);
    const allowed = await fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    assert.equal(allowed.status, 200);
  });

  test('a mutation over GET is refused with 405', async () => {
    const query = 'mutation { createTopic(input: { slug: "x", name: "X" }) { topic { id } } }';
    const response = await fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    assert.equal(response.status, 405);
    const body: any = await response.json();
    assert.match(body.errors[0].message, /GET requests only support query/);
    const { topics } = await server.data(`{ topics(first: 100) { edges { node { slug } } } }`);
    assert.ok(!topics.edges.some((e: any) => e.node.slug === 'x'), 'nothing was written');
  });

  test('SQL-injection strings in every string argument get data or a clear error, never a server error', async () => {
    const schema = await createSchema();
    const payloads = [
      "' OR 1=1 --",
      "'); DROP TABLE statements; --",
      '" OR ""="',
      '\\',
      '%',
      '_',
      "1' UNION SELECT version() --",
      '$1',
      ':f0',
    ];
    let requests = 0;
    const stringLike = (type: GraphQLInputType) => {
      const named = getNamedType(type);
      return isScalarType(named) && ['String', 'ID'].includes(named.name);
    };
    const argumentValues = (arg: GraphQLArgument, payload: string): unknown => {
      const named = getNamedType(arg.type);
      const list = arg.type.toString().includes('[');
      if (stringLike(arg.type)) return list ? [payload] : payload;
      if (isInputObjectType(named)) {
        return Object.fromEntries(
          Object.values(named.getFields())
            .filter((f) => stringLike(f.type))
            .map((f) => [f.name, f.type.toString().includes('[') ? [payload] : payload]),
        );
      }
      return undefined;
    };
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      for (const payload of payloads) {
        const args = field.args.map((a) => [a, argumentValues(a, payload)] as const).filter(([, v]) => v !== undefined);
        const required = field.args.filter(
          (a) => a.type.toString().endsWith('!') && a.defaultValue === undefined && !args.some(([b]) => b === a),
        );
        if (args.length === 0 || required.length) continue;
        const decl = args.map(([a]) => `$${a.name}: ${a.type}`).join(', ');
        const call = args.map(([a]) => `${a.name}: $${a.name}`).join(', ');
        const selection = /Connection$/.test(getNamedType(field.type).name)
          ? '{ totalCount }'
          : getNamedType(field.type).name === 'Node'
            ? '{ id }'
            : '{ __typename }';
        const variables = Object.fromEntries(args.map(([a, v]) => [a.name, v]));
        // As an admin, so that admin-only queries (the audit log) run their filters too.
        const result = await server.gql(`query(${decl}) { ${field.name}(${call}) ${selection} }`, variables, admin.headers);
        requests++;
        for (const error of result.errors ?? []) {
          assert.ok(
            ['BAD_USER_INPUT', 'NOT_FOUND'].includes(error.extensions?.code),
            `${field.name} with ${payload}: ${JSON.stringify(error)}`,
          );
        }
      }
    }
    assert.ok(requests > 50, `${requests} injection requests`);
    const { statements } = await server.data(`{ statements { totalCount } }`);
    assert.ok(statements.totalCount >= 20, 'the data is intact');
  });
});

describe('GraphQL over HTTP', () => {
  test('every graphql-http audit passes as "ok" with CSRF prevention on', async () => {
    const results = await auditServer({
      url: server.url,
      // What a real client does with CSRF prevention on: force a preflight on GET requests.
      fetchFn: (input: any, init: any = {}) =>
        fetch(input, { ...init, headers: { ...(init.headers ?? {}), 'apollo-require-preflight': 'true' } }),
    });
    const notOk = results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.log(`# graphql-http audit: ${results.length - notOk.length} of ${results.length} ok`);
    assert.deepEqual(notOk, []);
    assert.ok(results.length >= 60);
  });
});

describe('operations', () => {
  test('health, readiness and metrics', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    assert.deepEqual(await (await fetch(`${base}/healthz`)).json(), { status: 'ok' });
    assert.deepEqual(await (await fetch(`${base}/readyz`)).json(), { status: 'ready' });
    await server.data(`query CountCountries { countries { totalCount } }`);
    await server.gql(`{ statements(first: 1000) { totalCount } }`);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    assert.match(metrics, /graphql_requests_total\{operation="CountCountries",type="query",outcome="ok"\} \d+/);
    assert.match(metrics, /graphql_errors_total\{code="BAD_USER_INPUT"\} \d+/);
    assert.match(metrics, /graphql_request_duration_seconds_bucket/);
    assert.match(metrics, /db_pool_connections\{state="total"\} \d+/);
    assert.match(metrics, /graphql_active_subscriptions \d+/);
  });

  test('CORS lets Apollo Sandbox in outside production and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const sandbox = await preflight('https://studio.apollographql.com');
    assert.equal(sandbox.headers.get('access-control-allow-origin'), 'https://studio.apollographql.com');
    const evil = await preflight('https://evil.example');
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
  });

  test('every response carries a request id, echoed when the client sends one', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-42' },
      body: JSON.stringify({ query: '{ countries { totalCount } }' }),
    });
    assert.equal(response.headers.get('x-request-id'), 'client-chosen-42');
    const other = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.match(other.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  });
});

describe('production mode', () => {
  let prod: TestServer;
  before(async () => {
    prod = await startTestServer('hostile_requests_prod', {
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '20',
      DB_POOL_SIZE: '2',
      POOL_ACQUIRE_TIMEOUT_MS: '300',
    });
  });
  after(async () => {
    await prod?.stop();
  });

  test('no field suggestions, no introspection, no landing page, no stack traces', async () => {
    const typo = await prod.gql(`{ statemnts { totalCount } }`);
    assert.doesNotMatch(JSON.stringify(typo.errors), /Did you mean/);
    assert.equal(JSON.stringify(typo).includes('stacktrace'), false);
    const introspection = await prod.gql(getIntrospectionQuery());
    assert.equal(introspection.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
    assert.notEqual(page.status, 200);
  });

  test('an internal failure shows a code and a request id, never SQL or table names', async () => {
    await prod.app.db.query('ALTER TABLE topics RENAME TO topics_moved');
    try {
      const result = await prod.gql(`{ topics { totalCount } }`);
      const error = result.errors![0];
      assert.equal(error.extensions?.code, 'INTERNAL_SERVER_ERROR');
      assert.match(String(error.extensions?.requestId), /^[0-9a-f-]{36}$/);
      assert.doesNotMatch(JSON.stringify({ message: error.message, extensions: error.extensions }), /topics|relation|SELECT|stacktrace/i);
    } finally {
      await prod.app.db.query('ALTER TABLE topics_moved RENAME TO topics');
    }
  });

  test('pool exhaustion fails fast with SERVICE_UNAVAILABLE', async () => {
    const holders = [prod.app.db.createQueryRunner(), prod.app.db.createQueryRunner()];
    try {
      for (const runner of holders) await runner.connect();
      const result = await prod.gql(`{ officials { totalCount } }`);
      // SERVICE_UNAVAILABLE, not TIMEOUT: the acquire timeout answered, not the request deadline.
      assert.equal(result.errors?.[0].extensions?.code, 'SERVICE_UNAVAILABLE');
    } finally {
      for (const runner of holders) await runner.release();
    }
    await prod.data(`{ officials { totalCount } }`);
  });

  test('rate limiting answers 429 RATE_LIMITED with a retry-after hint', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const response = await fetch(prod.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ countries { totalCount } }' }),
      });
      if (response.status === 429) limited = response;
    }
    assert.ok(limited, 'limited within 40 requests at 20 a minute');
    assert.ok(Number(limited!.headers.get('retry-after')) >= 1);
    const body: any = await limited!.json();
    assert.equal(body.errors[0].extensions.code, 'RATE_LIMITED');
    assert.ok(body.errors[0].extensions.retryAfterSeconds >= 1);
  });

  test('a made-up bearer token per request does not escape the limit; a real key has its own bucket', async () => {
    // The address's bucket is empty after the previous test.
    for (let i = 0; i < 3; i++) {
      const response = await fetch(prod.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ask_${randomBytes(32).toString('base64url')}` },
        body: JSON.stringify({ query: '{ countries { totalCount } }' }),
      });
      assert.equal(response.status, 429);
    }
    const { key } = await issueApiKey(prod.app.db, prod.config, { name: 'rate-limit-reader', role: Role.READER });
    const result = await prod.gql(`{ countries { totalCount } }`, undefined, { authorization: `Bearer ${key}` });
    assert.equal(result.errors, undefined);
  });
});
