import assert from 'node:assert/strict';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { MAX_OPERATION_LABELS } from '../src/metrics';
import { assertStillServes, newKey, postRaw, startTestServer, type TestKey, type TestServer } from './helpers';
import { RawSocket } from './ws';

let server: TestServer;
let admin: TestKey;
before(async () => {
  server = await startTestServer('malformed_inputs');
  admin = await newKey(server, Role.ADMIN);
});
after(async () => {
  await server?.stop();
});

const post = (body: string | Buffer, headers?: Record<string, string>) => postRaw(server, body, headers);
const stillServes = () => assertStillServes(server);

/** JSON of a value nested `depth` levels deep, `{"a":{"a":…}}` (JSON.stringify itself would overflow). */
function deepJson(depth: number): string {
  return '{"a":'.repeat(depth) + '"x"' + '}'.repeat(depth);
}

function rewriteCursor(cursor: string, change: (values: unknown[]) => void): string {
  const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
  change(parsed);
  return Buffer.from(JSON.stringify(parsed), 'utf8').toString('base64url');
}

describe('malformed and unusual inputs: each answered with its own code', () => {
  test('well-formed cursors with values of the wrong type are BAD_USER_INPUT', async () => {
    const { officials } = await server.data('{ officials(first: 1) { edges { cursor } } }');
    const { statements } = await server.data('{ statements(first: 1, orderBy: DATE_ASC) { edges { cursor } } }');
    const officialCursor: string = officials.edges[0].cursor;
    const statementCursor: string = statements.edges[0].cursor;
    const cases: [string, string, string][] = [];
    for (const bad of [1.5, 'abc', 99999999999999]) {
      cases.push([`official id ${bad}`, 'officials', rewriteCursor(officialCursor, (v) => (v[v.length - 1] = bad))]);
      cases.push([`statement id ${bad}`, 'statements', rewriteCursor(statementCursor, (v) => (v[v.length - 1] = bad))]);
    }
    // The date of a DATE_ASC cursor: the value that is a YYYY-MM-DD string.
    cases.push([
      'a date of "not-a-date"',
      'statements',
      rewriteCursor(statementCursor, (v) => {
        const i = v.findIndex((x) => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}/.test(x));
        assert.ok(i >= 0, `a date in the cursor ${JSON.stringify(v)}`);
        v[i] = 'not-a-date';
      }),
    ]);
    for (const [what, list, cursor] of cases) {
      for (const arg of ['after', 'before']) {
        const order = list === 'statements' ? ', orderBy: DATE_ASC' : '';
        const result = await server.gql(
          `query($c: String) { ${list}(${arg === 'after' ? 'first' : 'last'}: 2, ${arg}: $c${order}) { edges { node { id } } } }`,
          { c: cursor },
        );
        assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${what} as ${arg}: ${JSON.stringify(result.errors)}`);
      }
    }
    await stillServes();
  });

  test('a 10,000-deep variable is BAD_USER_INPUT over HTTP and over a WebSocket, without a stack overflow', async () => {
    const { json } = await post(
      `{"query": "query($f: StatementFilter) { statements(filter: $f) { totalCount } }", "variables": {"f": ${deepJson(10_000)}}}`,
    );
    assert.equal(json.errors[0].extensions.code, 'BAD_USER_INPUT', JSON.stringify(json.errors).slice(0, 500));
    assert.match(json.errors[0].message, /nest/);

    const socket = new RawSocket(server.url);
    try {
      await socket.opened;
      socket.send({ type: 'connection_init' });
      await socket.message('connection_ack');
      socket.send(
        `{"type": "subscribe", "id": "deep", "payload": {"query": "subscription($f: StatementAddedFilter) { statementAdded(filter: $f) { cursor } }", "variables": {"f": ${deepJson(10_000)}}}}`,
      );
      const answer = await socket.message('error');
      assert.equal((answer.payload as { extensions: { code: string } }[])[0].extensions.code, 'BAD_USER_INPUT');
      // The socket is still open and serving.
      socket.send({ type: 'ping' });
      await socket.message('pong');
    } finally {
      socket.close();
    }
    await stillServes();
  });

  test('a corrupt gzip body is 400', async () => {
    const good = gzipSync(JSON.stringify({ query: '{ countries { totalCount } }' }));
    const ok = await post(good, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    assert.equal(ok.status, 200);
    const corrupt = Buffer.concat([good.subarray(0, 10), Buffer.from('not gzip at all, really not'), good.subarray(good.length - 8)]);
    const { status, json } = await post(corrupt, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    assert.equal(status, 400);
    assert.ok(json.errors[0].message);
    assert.notEqual(json.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
    await stillServes();
  });

  test('a persisted-query GET with a wrong hash gets a persisted-query error', async () => {
    const query = '{ countries { totalCount } }';
    const right = createHash('sha256').update(query).digest('hex');
    const base = server.url;
    const get = async (params: Record<string, string>) => {
      const url = new URL(base);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      return { status: response.status, json: (await response.json()) as any };
    };
    const works = await get({ query, extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: right } }) });
    assert.equal(works.json.errors, undefined, JSON.stringify(works.json));
    for (const hash of ['0'.repeat(64), 'not-a-hash']) {
      const withQuery = await get({ query, extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
      assert.equal(withQuery.json.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_HASH_MISMATCH', JSON.stringify(withQuery.json));
      assert.equal(withQuery.status, 400);
      const hashOnly = await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
      assert.match(String(hashOnly.json.errors?.[0]?.extensions?.code), /PERSISTED_QUERY/, JSON.stringify(hashOnly.json));
    }
    await stillServes();
  });

  test('a Content-Length over the body limit gets 413 before any body is sent', async () => {
    const { port } = new URL(server.url);
    const response = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
        if (/\r\n\r\n[\s\S]*\}\]\}/.test(text)) {
          socket.destroy();
          resolve(text);
        }
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(text));
      // Headers only: the announced 50 MB never come.
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n{"query":`,
      );
    });
    assert.match(response, /^HTTP\/1\.1 413/, response.slice(0, 200));
    assert.match(response, /PAYLOAD_TOO_LARGE/);
    await stillServes();
  });

  test('charset=utf-7 (or any charset but UTF-8) is 415', async () => {
    const body = JSON.stringify({ query: '{ countries { totalCount } }' });
    for (const charset of ['utf-7', 'UTF-7', 'latin1', 'utf-16']) {
      const { status, json } = await post(body, { 'content-type': `application/json; charset=${charset}` });
      assert.equal(status, 415, charset);
      assert.ok(json.errors[0].message);
    }
    const { status } = await post(body, { 'content-type': 'application/json; charset=utf-8' });
    assert.equal(status, 200);
  });

  test('a lone surrogate in a string input is BAD_USER_INPUT, not stored as U+FFFD', async () => {
    for (const value of ['a\ud800b', '\udc00', 'x\ud83d']) {
      const { json } = await post(
        JSON.stringify({ query: 'query($n: String) { officials(filter: { name: $n }) { totalCount } }', variables: { n: value } }),
      );
      assert.equal(json.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(json));
    }
    const literal = await post(JSON.stringify({ query: '{ officials(filter: { name: "a\\ud800" }) { totalCount } }' }));
    assert.ok(
      ['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED'].includes(literal.json.errors?.[0]?.extensions?.code),
      JSON.stringify(literal.json),
    );
    // A proper pair is text like any other.
    const emoji = await post(
      JSON.stringify({ query: 'query($n: String) { officials(filter: { name: $n }) { totalCount } }', variables: { n: 'a\ud83d\ude00' } }),
    );
    assert.equal(emoji.json.errors, undefined);
  });

  test('createApiKey with a reused clientMutationId and another input is CONFLICT', async () => {
    const create = (name: string, role: string) =>
      server.gql(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { name } } }',
        { input: { clientMutationId: 'reused-id-1', name, role } },
        { authorization: `Bearer ${admin.key}` },
      );
    const first = await create('low-inputs-a', 'READER');
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const other = await create('low-inputs-b', 'EDITOR');
    assert.equal(other.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(other.errors));
    const again = await create('low-inputs-a', 'READER');
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT');
    const { apiKeys } = await server.data('{ apiKeys { name } }', undefined, { authorization: `Bearer ${admin.key}` });
    assert.ok(!apiKeys.some((k: { name: string }) => k.name === 'low-inputs-b'), 'the second input wrote nothing');
  });

  test('operations that do not validate take no metric slot: junk names sent first leave room for real operations', async () => {
    const junk = Array.from({ length: MAX_OPERATION_LABELS + 10 }, (_, i) => `Junk${i}`);
    for (let i = 0; i < junk.length; i += 25) {
      await Promise.all(
        junk.slice(i, i + 25).map((name, j) =>
          // Unknown fields, an unparsable document, an operationName the document lacks.
          post(
            JSON.stringify(
              j % 3 === 0
                ? { query: `query ${name} { noSuchField }` }
                : j % 3 === 1
                  ? { query: `query ${name} {`, operationName: name }
                  : { query: 'query Present { countries { totalCount } }', operationName: name },
            ),
          ),
        ),
      );
    }
    const real = await post(JSON.stringify({ query: 'query RealOperationAfterJunk { countries { totalCount } }' }));
    assert.equal(real.status, 200);
    const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
    const labels = new Set([...text.matchAll(/graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    assert.ok(labels.has('RealOperationAfterJunk'), `labels: ${[...labels].slice(0, 10).join(', ')}…`);
    assert.ok(![...labels].some((l) => l.startsWith('Junk')), 'no junk name has a series');
    assert.ok(labels.has('invalid'));
  });

  test('/metrics keeps a bounded number of operation names; the rest are "other"', async () => {
    const names = Array.from({ length: MAX_OPERATION_LABELS + 50 }, (_, i) => `Probe${i}`);
    for (let i = 0; i < names.length; i += 25) {
      await Promise.all(
        names.slice(i, i + 25).map((name) => post(JSON.stringify({ query: `query ${name} { countries { totalCount } }` }))),
      );
    }
    const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
    const labels = new Set([...text.matchAll(/graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    assert.ok(labels.size <= MAX_OPERATION_LABELS + 3, `${labels.size} operation labels`);
    assert.ok(labels.has('other'));
    assert.ok(!labels.has(`Probe${names.length - 1}`));
  });
});
