import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startServerOn, startTestServer, waitUntil, type TestServer } from './helpers';
import { insertStatement, referenceRowIds } from './statements';
import { connect, Received } from './ws';

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

test('subscription starts over WebSocket draw on the same shared budget as HTTP requests, on every instance', async () => {
  // A key of its own: a bucket the test above has not drawn on. Three a minute, shared: of eight
  // starts and requests alternating between the instances, three pass (four if a token came back
  // meanwhile). Kept per instance, six would (each instance would refuse only its fourth).
  const reader = await newKey(a, Role.READER);
  const clients = [a, b!].map((server) => connect(server.url, { connectionParams: { authorization: reader.headers.authorization } }));
  try {
    const outcomes: { kind: 'http' | 'ws'; allowed?: boolean; code?: string; subscription?: Received }[] = [];
    for (let i = 0; i < 8; i++) {
      const instance = i % 4 < 2 ? i % 2 : 1 - (i % 2); // a, b, b, a, a, b, b, a
      if (i % 2 === 0) {
        const response = await fetch([a, b!][instance].url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...reader.headers },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
        outcomes.push({ kind: 'http', allowed: response.status === 200, code: body.errors?.[0]?.extensions.code });
      } else {
        outcomes.push({ kind: 'ws', subscription: new Received(clients[instance]) });
      }
    }
    // A refused start ends at once with its error; a started one receives the next statement.
    const added = await insertStatement(a.app.db, { source: (await referenceRowIds(a.app.db)).sources.japanRelease });
    const subscriptions = outcomes.filter((o) => o.subscription).map((o) => o.subscription!);
    await waitUntil(
      () => subscriptions.every((r) => r.failure !== null || r.ids.includes(added.id)),
      () => 'every subscription refused or receiving',
    );
    for (const o of outcomes) {
      if (!o.subscription) continue;
      o.allowed = o.subscription.failure === null;
      if (!o.allowed) o.code = (o.subscription.failure as { extensions?: { code?: string } }[])[0]?.extensions?.code;
    }
    const summary = outcomes.map((o) => `${o.kind}:${o.allowed ? 'ok' : o.code}`).join(' ');
    const allowed = outcomes.filter((o) => o.allowed).length;
    assert.ok(allowed >= 3 && allowed <= 4, `three (or four) of eight pass: ${summary}`);
    assert.ok(
      outcomes.every((o) => o.allowed || o.code === 'RATE_LIMITED'),
      summary,
    );
    assert.ok(
      outcomes.some((o) => o.kind === 'ws' && !o.allowed),
      `a subscription start refused: ${summary}`,
    );
    assert.ok(
      outcomes.some((o) => o.kind === 'http' && !o.allowed),
      `an HTTP request refused: ${summary}`,
    );
    for (const o of outcomes) o.subscription?.unsubscribe();
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
});
