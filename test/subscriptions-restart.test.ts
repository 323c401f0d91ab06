import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { startServerOn, type TestServer } from './helpers';
import { insertStatement, referenceRowIds, type ReferenceRowIds } from './statements';
import { connect, Received } from './ws';

/**
 * Restarting PostgreSQL would disturb the other test files, so this file has a cluster of its
 * own, restarted on the same data directory and port, as a database server restart looks to
 * the API.
 */
let dir: string;
let dataDir: string;
let port: number;
let cluster: EmbeddedDatabase | undefined;
let server: TestServer | undefined;
let ids: ReferenceRowIds;
const clients: Client[] = [];

const startCluster = () => startEmbeddedPostgres({ dataDir, database: 'restart', port });

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-restart-pg-'));
  fs.chmodSync(dir, 0o755);
  dataDir = path.join(dir, 'data');
  port = await freePort();
  cluster = await startCluster();
  server = await startServerOn(cluster.url);
  ids = await referenceRowIds(server.app.db);
});
after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.stop().catch(() => undefined);
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('PostgreSQL restarts under connected subscribers: statements added once it is back are delivered', { timeout: 120_000 }, async () => {
  const c = connect(server!.url);
  clients.push(c);
  const { latestStatementCursor } = await server!.data('{ latestStatementCursor }');
  const all = new Received(c, { after: latestStatementCursor });
  const kim = new Received(c, { after: latestStatementCursor, filter: { countries: ['KR'] } });
  const url = cluster!.url;
  const before = await insertStatement(url, { source: ids.sources.rokRelease, speakers: [ids.officials.kim] });
  await Promise.all([all.waitFor(before.id), kim.waitFor(before.id)]);

  await cluster!.stop();
  cluster = undefined;
  cluster = await startCluster();

  // Written at once: most likely before the listener has reconnected, so these are delivered
  // by its catch-up; either way each must arrive once.
  const meanwhile = [
    await insertStatement(url, { source: ids.sources.rokRelease, speakers: [ids.officials.kim] }),
    await insertStatement(url, { source: ids.sources.japanRelease, speakers: [ids.officials.nakatani] }),
  ];
  await all.waitFor(meanwhile[1].id, 20_000);
  const later = await insertStatement(url, { source: ids.sources.rokRelease, speakers: [ids.officials.kim] });
  await Promise.all([all.waitFor(later.id), kim.waitFor(later.id)]);

  assert.deepEqual(
    all.ids,
    [before, ...meanwhile, later].map((s) => s.id),
  );
  assert.deepEqual(
    kim.ids,
    [before, meanwhile[0], later].map((s) => s.id),
  );
  assert.equal(all.failure, null, 'the subscribers stayed connected');
});
