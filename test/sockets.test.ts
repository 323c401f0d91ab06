import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startServerOn, startTestServer, waitUntil, type TestKey, type TestServer } from './helpers';
import { RawSocket, STATEMENT_ADDED } from './ws';

let a: TestServer;
let b: TestServer;
let admin: TestKey;
const sockets: RawSocket[] = [];
const servers: TestServer[] = [];

before(async () => {
  a = await startTestServer('sockets', { WS_KEY_RECHECK_MS: '500' });
  // A second instance on the same database: revocations must reach its sockets too.
  b = await startServerOn(a.databaseUrl, { WS_KEY_RECHECK_MS: '500' });
  admin = await newKey(a, Role.ADMIN);
});
after(async () => {
  for (const socket of sockets) socket.close();
  for (const server of servers) await server.stop().catch(() => undefined);
  await b?.stop();
  await a?.stop();
});

/** A socket past connection_init, with the key if given. */
async function open(url: string, key?: TestKey): Promise<RawSocket> {
  const socket = new RawSocket(url);
  sockets.push(socket);
  await socket.opened;
  socket.send({ type: 'connection_init', payload: key ? { authorization: `Bearer ${key.key}` } : {} });
  await socket.message('connection_ack');
  return socket;
}

function subscribe(socket: RawSocket, id: string): void {
  socket.send({ type: 'subscribe', id, payload: { query: STATEMENT_ADDED, variables: {} } });
}

async function errorFor(socket: RawSocket, id: string): Promise<{ message: string; extensions: Record<string, unknown> }> {
  await waitUntil(
    () => socket.messages.some((m) => m.id === id),
    () => `an answer to ${id} (${JSON.stringify(socket.messages)})`,
    30_000,
  );
  const answer = socket.messages.find((m) => m.id === id)!;
  assert.equal(answer.type, 'error', JSON.stringify(answer));
  return (answer.payload as { message: string; extensions: Record<string, unknown> }[])[0];
}

describe('API keys are re-checked on open sockets', () => {
  test('a key revoked on one instance: its sockets on every instance are closed with 4403', { timeout: 120_000 }, async () => {
    const reader = await newKey(a, Role.READER);
    const onA = await open(a.url, reader);
    const onB = await open(b.url, reader);
    const anonymous = await open(b.url);
    subscribe(onA, 's1');
    subscribe(onB, 's1');
    subscribe(anonymous, 's1');
    const revoked = await a.gql(
      'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { name revokedAt } } }',
      { input: { name: reader.name } },
      admin.headers,
    );
    assert.equal(revoked.errors, undefined, JSON.stringify(revoked.errors));
    const [closedA, closedB] = await Promise.all([onA.closed, onB.closed]);
    assert.equal(closedA.code, 4403);
    assert.equal(closedB.code, 4403);
    assert.match(closedB.reason, /revoked/);
    // Others keep their sockets.
    anonymous.send({ type: 'ping' });
    await anonymous.message('pong');
    assert.equal(anonymous.ws.readyState, anonymous.ws.OPEN);
  });

  test('a downgraded key loses its sockets', { timeout: 120_000 }, async () => {
    const editor = await newKey(a, Role.EDITOR);
    const socket = await open(b.url, editor);
    subscribe(socket, 's1');
    await a.app.db.query("UPDATE api_keys SET role = 'READER' WHERE name = $1", [editor.name]);
    const closed = await socket.closed;
    assert.equal(closed.code, 4403);
    assert.match(closed.reason, /role/);
  });

  test('each subscribe checks the key again', { timeout: 120_000 }, async () => {
    // No periodic re-check here: only the subscribe can notice.
    const slow = await startServerOn(a.databaseUrl, { WS_KEY_RECHECK_MS: '600000' });
    servers.push(slow);
    const reader = await newKey(a, Role.READER);
    const socket = await open(slow.url, reader);
    subscribe(socket, 'before');
    await a.app.db.query('UPDATE api_keys SET revoked_at = now() WHERE name = $1', [reader.name]);
    subscribe(socket, 'after');
    const closed = await socket.closed;
    assert.equal(closed.code, 4403);
    const refused = socket.messages.find((m) => m.id === 'after');
    assert.ok(!refused || refused.type === 'error', 'the subscribe after the revocation is not served');
  });
});

describe('caps on sockets and subscriptions', () => {
  test(
    'one socket over WS_MAX_CONNECTIONS is closed with 1013; one subscription over the per-socket cap is QUERY_LIMIT_EXCEEDED',
    { timeout: 120_000 },
    async () => {
      const capped = await startServerOn(a.databaseUrl, { WS_MAX_CONNECTIONS: '2', WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '2' });
      servers.push(capped);
      const first = await open(capped.url);
      await open(capped.url);
      const third = new RawSocket(capped.url);
      sockets.push(third);
      const refused = await third.closed;
      assert.equal(refused.code, 1013);
      assert.match(refused.reason, /Too many connections/);

      subscribe(first, 'one');
      subscribe(first, 'two');
      subscribe(first, 'three');
      const error = await errorFor(first, 'three');
      assert.equal(error.extensions.code, 'QUERY_LIMIT_EXCEEDED');
      assert.equal(error.extensions.limit, 'subscriptionsPerSocket');
      assert.equal(error.extensions.max, 2);
      assert.equal(error.extensions.actual, 3);
      // Completing one makes room again.
      first.send({ type: 'complete', id: 'one' });
      await waitUntil(
        async () => {
          const id = `again-${first.messages.length}-${Math.random()}`;
          subscribe(first, id);
          await new Promise((resolve) => setTimeout(resolve, 200));
          const answer = first.messages.find((m) => m.id === id);
          if (answer?.type === 'error') {
            first.send({ type: 'complete', id });
            return false;
          }
          return true;
        },
        () => 'a subscribe accepted after completing one',
        30_000,
        0,
      );
      assert.equal(first.ws.readyState, first.ws.OPEN);
    },
  );

  test('a client sending `next` breaks the protocol: 4400', { timeout: 60_000 }, async () => {
    const socket = await open(a.url);
    socket.send({ type: 'next', id: 'x', payload: { data: {} } });
    const closed = await socket.closed;
    assert.equal(closed.code, 4400);
  });
});
