import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers';
import { RawSocket } from './ws';

const preflight = (server: TestServer, origin: string) =>
  fetch(server.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });

/** Opens a socket from `origin`; resolves to 'open' or the refusal. */
async function upgrade(server: TestServer, origin: string): Promise<string> {
  const socket = new RawSocket(server.url, undefined, { origin });
  try {
    await socket.opened;
    socket.send({ type: 'connection_init' });
    await socket.message('connection_ack');
    return 'open';
  } catch (error) {
    return (error as Error).message;
  } finally {
    socket.close();
  }
}

const LOCAL = ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://localhost:8080'];
const NOT_LOCAL = ['http://localhost.evil.example:5173', 'https://localhost:5173', 'http://192.168.1.20:5173', 'null'];

describe('outside production, a frontend on localhost just connects', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('origins_dev', { NODE_ENV: 'development' });
  });
  after(async () => {
    await server?.stop();
  });

  test('CORS preflight and WebSocket upgrade from http://localhost:* and http://127.0.0.1:* are allowed', async () => {
    for (const origin of LOCAL) {
      const response = await preflight(server, origin);
      assert.equal(response.status, 204, origin);
      assert.equal(response.headers.get('access-control-allow-origin'), origin);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /authorization/i);
      assert.equal(await upgrade(server, origin), 'open', origin);
    }
    // And a real request from such a page gets its answer readable.
    const answer = await fetch(server.url, {
      method: 'POST',
      headers: { origin: LOCAL[0], 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ statements(first: 1) { totalCount } }' }),
    });
    assert.equal(answer.headers.get('access-control-allow-origin'), LOCAL[0]);
    assert.ok(((await answer.json()) as any).data.statements.totalCount > 0);
  });

  test("a GET query from a local frontend (urql's default) is answered without the CSRF header", async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ statements(first: 1) { totalCount } }')}`;
    const local = await fetch(url, { headers: { origin: LOCAL[0], accept: 'application/graphql-response+json' } });
    assert.equal(local.status, 200);
    assert.ok(((await local.json()) as any).data.statements.totalCount > 0);
    // Not from a local origin (or from no browser page at all): still refused as a possible CSRF.
    for (const origin of [NOT_LOCAL[0], undefined]) {
      const refused = await fetch(url, { headers: origin ? { origin } : {} });
      assert.equal(refused.status, 400, String(origin));
    }
  });

  test('look-alikes of localhost are refused', async () => {
    for (const origin of NOT_LOCAL) {
      assert.equal((await preflight(server, origin)).headers.get('access-control-allow-origin'), null, origin);
      assert.match(await upgrade(server, origin), /HTTP 403/, origin);
    }
  });
});

describe('in production, only listed origins', () => {
  test('localhost is refused unless CORS_ORIGINS lists it', async () => {
    const strict = await startTestServer('origins_prod', { NODE_ENV: 'production' });
    try {
      for (const origin of LOCAL) {
        assert.equal((await preflight(strict, origin)).headers.get('access-control-allow-origin'), null, origin);
        assert.match(await upgrade(strict, origin), /HTTP 403/, origin);
      }
      const get = await fetch(`${strict.url}?query=${encodeURIComponent('{ statements(first: 1) { totalCount } }')}`, {
        headers: { origin: LOCAL[0] },
      });
      assert.equal(get.status, 400, 'production: a GET without the header is refused as a possible CSRF');
    } finally {
      await strict.stop();
    }
    const listed = await startTestServer('origins_prod_listed', { NODE_ENV: 'production', CORS_ORIGINS: 'http://localhost:5173' });
    try {
      assert.equal((await preflight(listed, 'http://localhost:5173')).headers.get('access-control-allow-origin'), 'http://localhost:5173');
      assert.equal(await upgrade(listed, 'http://localhost:5173'), 'open');
      assert.equal((await preflight(listed, 'http://localhost:3000')).headers.get('access-control-allow-origin'), null);
      assert.match(await upgrade(listed, 'http://localhost:3000'), /HTTP 403/);
    } finally {
      await listed.stop();
    }
  });
});
