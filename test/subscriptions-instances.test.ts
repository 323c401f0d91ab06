import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { referenceIds } from './statements';
import { connect, Received } from './ws';

/**
 * A second instance as its own process (`node dist/src/main.js`, as in production) on the same
 * database as the in-process instance A. Its URL comes from its start-up log, since it picks a
 * free port itself.
 */
function startSecondInstance(databaseUrl: string): Promise<{ process: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'src', 'main.js')], {
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_WHEN_EMPTY: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance B did not start within 20 s: ${stderr}`)), 20_000);
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const url = (JSON.parse(line) as { url?: string }).url;
        if (url) {
          clearTimeout(timer);
          resolve({ process: child, url, exited });
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`instance B exited with ${code} before it was ready: ${stderr}`));
    });
  });
}

let a: TestServer;
let editor: TestKey;
let b: Awaited<ReturnType<typeof startSecondInstance>> | undefined;

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
  b = await startSecondInstance(a.databaseUrl);
});
after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  if (b && b.process.exitCode === null && b.process.signalCode === null) {
    b.process.kill('SIGKILL');
    await b.exited;
  }
  await a?.stop();
});

test('a statement added through instance A reaches subscribers on instance B (and A); B shuts down with 1001', { timeout: 60_000 }, async () => {
  const ids = await referenceIds(a.app.db);
  let closed!: (code: number) => void;
  const closedWith = new Promise<number>((resolve) => (closed = resolve));
  const onB = connect(b!.url, { on: { closed: (event) => closed((event as { code: number }).code) } });
  const onA = connect(a.url);
  clients.push(onB, onA);
  const cursorOnB = (await (await fetch(b!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ latestStatementCursor }' }),
  })).json()) as { data: { latestStatementCursor: string } };
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
});
