import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers';
import { RawSocket } from './ws';
import { fanOut } from './adversarial-documents';

let server: TestServer;
before(async () => {
  server = await startTestServer('adversarial');
});
after(async () => {
  await server?.stop();
});

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    json: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] },
  };
}

/** A normal query on its own connection, sent while `attack` runs: both must be answered. */
async function answeredDuring(attack: () => Promise<void>) {
  let normal: { data?: any } | undefined;
  let attacks = 0;
  const normalQuery = post('{ countries { totalCount } }').then(({ json }) => (normal = json));
  // Keep attacking until the normal query is answered: it must not wait for the attacks to end.
  while (normal === undefined && attacks < 500) {
    await attack();
    attacks++;
  }
  await normalQuery;
  assert.ok(normal!.data.countries.totalCount > 0);
  assert.ok(attacks >= 1);
}

function assertLimit(error: { extensions: Record<string, any> } | undefined, limit: string) {
  assert.equal(error?.extensions.code, 'QUERY_LIMIT_EXCEEDED', JSON.stringify(error));
  assert.equal(error?.extensions.limit, limit);
  assert.equal(typeof error?.extensions.max, 'number');
  assert.ok(error!.extensions.actual > error!.extensions.max);
}

describe('fragment fan-out is refused without being expanded', () => {
  for (const levels of [20, 22, 60]) {
    test(`${levels} levels over HTTP`, { timeout: 60_000 }, async () => {
      await answeredDuring(async () => {
        const { status, json } = await post(fanOut(levels));
        assert.ok([200, 400].includes(status));
        assertLimit(json.errors?.[0], 'fields');
      });
    });

    test(`${levels} levels over a WebSocket subscribe`, { timeout: 60_000 }, async () => {
      const socket = new RawSocket(server.url);
      try {
        await socket.opened;
        socket.send({ type: 'connection_init' });
        await socket.message('connection_ack');
        let n = 0;
        await answeredDuring(async () => {
          const id = `fan-${++n}`;
          socket.send({
            type: 'subscribe',
            id,
            payload: { query: fanOut(levels, 'Subscription', 'statementAdded { cursor }', 'subscription') },
          });
          const found = () => socket.messages.find((m) => m.id === id);
          await new Promise<void>((resolve, reject) => {
            const started = Date.now();
            const poll = () =>
              found() ? resolve() : Date.now() - started > 30_000 ? reject(new Error(`no answer to ${id}`)) : setTimeout(poll, 5);
            poll();
          });
          const answer = found()!;
          assert.equal(answer.type, 'error');
          assertLimit((answer.payload as { extensions: Record<string, any> }[])[0], 'fields');
        });
      } finally {
        socket.close();
      }
    });
  }
});

describe('the cost model', () => {
  const nested = 'officials(first: $n) { edges { node { statements(first: $n) { edges { node { id } } } } } }';

  test('page sizes from variable defaults count like literals', async () => {
    const { json } = await post(`query($n: Int = 100) { ${nested} }`);
    assertLimit(json.errors?.[0], 'cost');
    const sent = await post(`query($n: Int = 1) { ${nested} }`, { n: 100 });
    assertLimit(sent.json.errors?.[0], 'cost');
    const small = await post(`query($n: Int = 3) { ${nested} }`);
    assert.equal(small.json.errors, undefined);
  });

  test('a list of ids multiplies the cost of what each node selects', async () => {
    const { officials } = await server.data('{ officials(first: 100) { edges { node { id } } } }');
    const ids: string[] = officials.edges.map((e: { node: { id: string } }) => e.node.id);
    assert.ok(ids.length > 1);
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Official { statements(first: 100) { edges { node { id } } } } } }';
    const many = Array.from({ length: 100 }, (_, i) => ids[i % ids.length]);
    assertLimit((await post(query, { ids: many })).json.errors?.[0], 'cost');
    const literal = `{ nodes(ids: [${many.map((id) => JSON.stringify(id)).join(',')}]) { ... on Official { statements(first: 100) { edges { node { id } } } } } }`;
    assertLimit((await post(literal)).json.errors?.[0], 'cost');
    const few = await post(query, { ids: ids.slice(0, 2) });
    assert.equal(few.json.errors, undefined);
    assert.equal(few.json.data.nodes.length, 2);
  });

  test('list fields without a page size count as the estimate', async () => {
    // 100 statements × (5 speakers × (official + 10 holdings × post)) passes 5000.
    const { json } = await post('{ statements(first: 100) { edges { node { speakers { official { holdings { post { id } } } } } } } }');
    assertLimit(json.errors?.[0], 'cost');
  });
});
