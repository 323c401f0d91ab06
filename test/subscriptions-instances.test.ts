import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { newKey, startServerProcess, startTestServer, type ServerProcess, type TestKey, type TestServer } from './helpers';
import { referenceRowIds } from './statements';
import { connect, Received } from './ws';

let a: TestServer;
let editor: TestKey;
/** Instance B: its own process on the same database as the in-process instance A. */
let b: ServerProcess | undefined;

/** Records a statement through instance A's API, as an editor would. */
async function addThroughA(source: number, speaker: number): Promise<{ id: string }> {
  const { addStatement } = await a.data(
    `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }`,
    {
      input: {
        text: `Recorded through instance A ${randomUUID()}`,
        kind: 'PARAPHRASE',
        date: '2025-01-31',
        sourceId: toGlobalId('Source', source),
        speakerIds: [toGlobalId('Official', speaker)],
      },
    },
    editor.headers,
  );
  return addStatement.statement;
}
const clients: Client[] = [];

before(async () => {
  a = await startTestServer('instances');
  editor = await newKey(a, Role.EDITOR);
  b = await startServerProcess({ DATABASE_URL: a.databaseUrl, LOG_LEVEL: 'info', SEED_WHEN_EMPTY: 'false' });
});
after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  if (b && b.process.exitCode === null && b.process.signalCode === null) {
    b.process.kill('SIGKILL');
    await b.exited;
  }
  await a?.stop();
});

test(
  'a statement added through instance A reaches subscribers on instance B (and A); B shuts down with 1001',
  { timeout: 120_000 },
  async () => {
    const ids = await referenceRowIds(a.app.db);
    let closed!: (code: number) => void;
    const closedWith = new Promise<number>((resolve) => (closed = resolve));
    const onB = connect(b!.url, { on: { closed: (event) => closed((event as { code: number }).code) } });
    const onA = connect(a.url);
    clients.push(onB, onA);
    const cursorOnB = (await (
      await fetch(b!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ latestStatementCursor }' }),
      })
    ).json()) as { data: { latestStatementCursor: string } };
    const subB = new Received(onB, { after: cursorOnB.data.latestStatementCursor });
    const subA = new Received(onA, { after: cursorOnB.data.latestStatementCursor });

    // The first may come through B's replay; once it is in, B's subscriber is live.
    const first = await addThroughA(ids.sources.japanRelease, ids.officials.nakatani);
    await subB.waitFor(first.id);
    const live = await addThroughA(ids.sources.japanRelease, ids.officials.nakatani);
    await Promise.all([subB.waitFor(live.id), subA.waitFor(live.id)]);
    assert.deepEqual(subB.ids, [first.id, live.id]);
    assert.deepEqual(subA.ids, [first.id, live.id]);
    assert.equal(subB.events[1].statement.speakers[0].title, 'Minister of Defense');
    assert.equal(subB.events[1].cursor, subA.events[1].cursor, 'cursors are the same on every instance');

    b!.process.kill('SIGTERM');
    assert.equal(await closedWith, 1001, 'Going Away');
    assert.equal(await b!.exited, 0, 'B stops cleanly');
  },
);
