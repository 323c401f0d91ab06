import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServerOn, startTestServer, type TestServer } from './helpers';

/** Two instances on one database with the rate limit kept in PostgreSQL. */
let a: TestServer;
let b: TestServer | undefined;
const LIMIT = { RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_STORE: 'postgres' };

before(async () => {
  a = await startTestServer('scale_out', LIMIT);
  b = await startServerOn(a.databaseUrl, { ...LIMIT, SEED_WHEN_EMPTY: 'false' });
});
after(async () => {
  await b?.stop();
  await a?.stop();
});

const status = async (url: string) =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }))
    .status;

test('the rate limit holds across instances when kept in PostgreSQL', async () => {
  // Three a minute for this client (one token every 20 s): six requests alternating between the
  // instances would all pass with a limit per instance; shared, the fourth and later are refused.
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push(await status(i % 2 === 0 ? a.url : b!.url));
  assert.deepEqual(statuses.slice(0, 3), [200, 200, 200]);
  assert.ok(statuses.slice(3).filter((s) => s === 429).length >= 2, `statuses ${statuses}`);
  const refused = await fetch(b!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get('retry-after')) >= 1);
  const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
  assert.equal(body.errors[0].extensions.code, 'RATE_LIMITED');
});
