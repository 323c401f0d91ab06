import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { Role } from '../src/auth/role';
import { newKey, startServerOn, createTestDatabase, dropTestDatabase, waitUntil, type TestKey, type TestServer } from './helpers';

/**
 * The PostgreSQL rate limiter with one client's bucket row locked from outside (a stuck session,
 * an operator's transaction): the other clients, and /readyz, are served as usual; the locked
 * key gets what RATE_LIMIT_ON_STORE_FAILURE says, open (served) or closed (503), and only it.
 */
describe('RATE_LIMIT_STORE=postgres with a locked bucket row', () => {
  let databaseUrl: string;
  const servers: TestServer[] = [];
  let outside: pg.Client;

  before(async () => {
    databaseUrl = await createTestDatabase('rate-limit-locks');
  });
  after(async () => {
    await outside?.end().catch(() => undefined);
    for (const server of servers) await server.stop();
    await dropTestDatabase(databaseUrl);
  });

  const query = (server: TestServer, key: TestKey) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...key.headers },
      body: JSON.stringify({ query: '{ countries { totalCount } }' }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  for (const onFailure of ['open', 'closed'] as const) {
    test(`RATE_LIMIT_ON_STORE_FAILURE=${onFailure}: other keys and /readyz are served; the locked key is ${onFailure === 'open' ? 'served' : 'refused with 503'}`, async () => {
      // A small pool, so that requests stuck on the lock would soon leave no connection to anyone.
      const server = await startServerOn(databaseUrl, {
        RATE_LIMIT_STORE: 'postgres',
        RATE_LIMIT_PER_MINUTE: '100000',
        RATE_LIMIT_ON_STORE_FAILURE: onFailure,
        DB_POOL_SIZE: '3',
        POOL_ACQUIRE_TIMEOUT_MS: '1000',
      });
      servers.push(server);
      const [locked, other] = [await newKey(server, Role.READER), await newKey(server, Role.READER)];
      assert.equal((await query(server, locked)).status, 200, 'its bucket row exists');
      const keyId = (await server.app.db.query('SELECT id FROM api_keys WHERE name = $1', [locked.name]))[0].id;

      outside = new pg.Client({ connectionString: databaseUrl });
      await outside.connect();
      await outside.query('BEGIN');
      const held = await outside.query('SELECT key FROM rate_limit_buckets WHERE key = $1 FOR UPDATE', [`key:${keyId}`]);
      assert.equal(held.rowCount, 1);
      try {
        // More requests of the locked key at once than the API's pool has connections.
        const lockedAnswers = Promise.all(Array.from({ length: 30 }, () => query(server, locked)));
        const otherAnswers = await Promise.all(Array.from({ length: 8 }, () => query(server, other)));
        const ready = await fetch(server.url.replace(/\/graphql$/, '/readyz'));
        for (const answer of otherAnswers) {
          assert.equal(answer.status, 200, JSON.stringify(answer.body));
          assert.equal(answer.body.data.countries.totalCount > 0, true);
        }
        assert.equal(ready.status, 200, 'still ready');
        for (const answer of await lockedAnswers) {
          if (onFailure === 'open') {
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            assert.equal(answer.body.errors, undefined);
          } else {
            assert.equal(answer.status, 503, JSON.stringify(answer.body));
            assert.equal(answer.body.errors[0].extensions.code, 'SERVICE_UNAVAILABLE');
          }
        }
      } finally {
        await outside.query('ROLLBACK');
        await outside.end();
      }
      // Unlocked, the key is counted again (its requests were decided without a query for a second).
      await waitUntil(
        async () => (await query(server, locked)).status === 200,
        () => 'the unlocked key to be served',
      );
      await server.stop();
      servers.splice(servers.indexOf(server), 1);
    });
  }
});
