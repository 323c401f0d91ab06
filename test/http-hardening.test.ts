import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { getIntrospectionQuery } from 'graphql';
import pg from 'pg';
import pino from 'pino';
import { connectDatabase, startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startTestServer, type TestServer } from './helpers';

const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** A raw HTTP request, so that the `Host` header can be anything (fetch sets its own). */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const QUERY = JSON.stringify({ query: '{ countries(first: 1) { totalCount } }' });
const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY };

describe('security headers and the Host check (development)', () => {
  let server: TestServer;
  let origin: string;
  before(async () => {
    server = await startTestServer('http_hardening', { NODE_ENV: 'development' });
    origin = new URL(server.url).origin;
  });
  after(async () => {
    await server?.stop();
  });

  test('every response carries the CSP, nosniff, a Referrer-Policy and refuses framing', async () => {
    const responses = [
      await request(server.url, JSON_POST),
      await request(`${origin}/healthz`),
      await request(`${origin}/explorer`),
      await request(`${origin}/explorer/explorer.js`),
      await request(`${origin}/no-such-page`),
      await request(server.url, { ...JSON_POST, body: '{not json' }),
    ];
    for (const response of responses) {
      const csp = String(response.headers['content-security-policy']);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/, 'scripts from this server only, none inline');
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
      assert.equal(response.headers['x-frame-options'], 'DENY');
      assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS outside production');
    }
    assert.equal(responses[0].status, 200);
  });

  test('the explorer page has no inline script: its config is data, its code a file of this server', async () => {
    const html = (await request(`${origin}/explorer`)).body;
    for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/json"/.test(attributes)) continue;
      assert.match(attributes, /src="\/explorer\//, 'a script from this server');
      assert.equal(body.trim(), '', 'no inline code');
    }
  });

  test('a Host that is not loopback gets 403 naming ALLOWED_HOSTS; loopback names pass', async () => {
    const { port } = new URL(server.url);
    for (const host of ['attacker.example', `attacker.example:${port}`, `192.168.1.20:${port}`, 'localhost.attacker.example']) {
      const refused = await request(server.url, { ...JSON_POST, headers: { ...JSON_POST.headers, host } });
      assert.equal(refused.status, 403, host);
      const error = JSON.parse(refused.body).errors[0];
      assert.equal(error.extensions.code, 'FORBIDDEN');
      assert.match(error.message, /ALLOWED_HOSTS/);
      assert.match(String(refused.headers['content-security-policy']), /frame-ancestors 'none'/);
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `app.localhost:${port}`, 'LOCALHOST']) {
      const passed = await request(server.url, { ...JSON_POST, headers: { ...JSON_POST.headers, host } });
      assert.equal(passed.status, 200, host);
    }
  });

  test('browsers may read x-request-id (and retry-after) across origins', async () => {
    const response = await request(server.url, { ...JSON_POST, headers: { ...JSON_POST.headers, origin: 'http://localhost:5173' } });
    assert.equal(response.headers['access-control-allow-origin'], 'http://localhost:5173');
    const exposed = String(response.headers['access-control-expose-headers'])
      .toLowerCase()
      .split(/\s*,\s*/);
    assert.ok(exposed.includes('x-request-id'), exposed.join());
    assert.ok(exposed.includes('retry-after'), exposed.join());
  });
});

describe('ALLOWED_HOSTS and production', () => {
  test('ALLOWED_HOSTS admits its names (wildcards for subdomains) and nothing else; * admits all', () => {
    assert.deepEqual(loadConfig({ ALLOWED_HOSTS: 'api.example.org, *.example.net' }).allowedHosts, ['api.example.org', '*.example.net']);
    assert.equal(loadConfig({ ALLOWED_HOSTS: '*' }).allowedHosts, null);
    assert.equal(loadConfig({ NODE_ENV: 'production' }).allowedHosts, null);
    assert.ok(loadConfig({ NODE_ENV: 'development' }).allowedHosts?.includes('localhost'));
    assert.throws(() => loadConfig({ ALLOWED_HOSTS: 'http://x.org' }), /ALLOWED_HOSTS/);
  });

  test('production: HSTS on, no Host check by default, and the introspection refusal names INTROSPECTION=true', async () => {
    const prod = await startTestServer('http_hardening_prod', { NODE_ENV: 'production' });
    try {
      const response = await request(prod.url, { ...JSON_POST, headers: { ...JSON_POST.headers, host: 'api.example.org' } });
      assert.equal(response.status, 200);
      assert.match(String(response.headers['strict-transport-security']), /max-age=\d+/);
      const introspection = await prod.gql(getIntrospectionQuery());
      assert.equal(introspection.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.match(introspection.errors![0].message, /INTROSPECTION=true/);
      assert.doesNotMatch(JSON.stringify(introspection.errors), /ApolloServer|introspection: true/);
    } finally {
      await prod.stop();
    }
    const hosts = await startTestServer('http_hardening_hosts', { NODE_ENV: 'production', ALLOWED_HOSTS: 'api.example.org' });
    try {
      const ok = await request(hosts.url, { ...JSON_POST, headers: { ...JSON_POST.headers, host: 'api.example.org' } });
      assert.equal(ok.status, 200);
      const refused = await request(hosts.url, { ...JSON_POST, headers: { ...JSON_POST.headers, host: 'other.example.org' } });
      assert.equal(refused.status, 403);
    } finally {
      await hosts.stop();
    }
  });
});

describe('start-up', () => {
  test('a taken PORT is refused before PostgreSQL is touched, with a message naming PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      // An unreachable database: had the start-up tried PostgreSQL first, it would fail on that instead.
      const config = loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none',
        LOG_LEVEL: 'silent',
      });
      await assert.rejects(startApp(config, createLogger(config)), (error: Error) => {
        assert.match(error.message, new RegExp(`PORT ${port} is already in use`));
        return true;
      });
    } finally {
      blocker.close();
    }
  });

  test('the embedded PostgreSQL prints how to connect to it (port, user, password in a URL)', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-embedded-url-'));
    fs.chmodSync(dir, 0o755);
    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    const config = loadConfig({ NODE_ENV: 'test', EMBEDDED_PG_DIR: path.join(dir, 'data'), SEED_WHEN_EMPTY: 'false', LOG_LEVEL: 'info' });
    const { db, embedded } = await connectDatabase(config, pino({ level: 'info' }, sink));
    try {
      const line = output.split('\n').find((l) => l.includes('embedded PostgreSQL ready'));
      assert.ok(line, output);
      const { msg, port } = JSON.parse(line);
      const url = /psql (postgres:\/\/\S+)/.exec(msg)?.[1];
      assert.ok(url, msg);
      assert.equal(Number(new URL(url).port), port);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n FROM migrations');
      await client.end();
      assert.ok(rows[0].n > 0);
    } finally {
      await db.destroy();
      await embedded?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README and image', () => {
  test("the README's Apollo and urql snippets end with what they return", () => {
    const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    for (const [name, returned] of [
      ['createApolloClient', 'return { client, close: () => (client.stop(), sockets.dispose()) };'],
      ['createUrqlClient', 'return { client, close: () => sockets.dispose() };'],
    ]) {
      const block = blocks.find((b) => b.includes(`export function ${name}`));
      assert.ok(block, name);
      assert.deepEqual(block.trimEnd().split('\n').slice(-2), [`  ${returned}`, '}'], name);
    }
  });

  test("the README's replica sketch: postgres:18's data folder, a volume for primary and replica", () => {
    const sketch = /```yaml\n(services:\n {2}primary:[\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(sketch, 'the compose sketch');
    const services = sketch.split(/^ {2}(?=\w[\w-]*:)/m).filter((s) => /image:\s*postgres:18/.test(s));
    assert.equal(services.length, 2);
    for (const service of services) assert.match(service, /volumes: \[\w[\w-]*:\/var\/lib\/postgresql\]/, service.split('\n')[0]);
    // Every data folder the replica's command names (pg_basebackup -D, chown, chmod) is PGDATA's.
    const dataDirs = [...sketch.matchAll(/\/var\/lib\/postgresql\/[\w/]+/g)].map((m) => m[0].replace(/\/PG_VERSION$/, ''));
    assert.ok(dataDirs.length >= 4, dataDirs.join());
    for (const dir of dataDirs) assert.equal(dir, '/var/lib/postgresql/18/docker');
    assert.match(sketch, /^volumes:\n {2}primary-data:\n {2}replica-data:/m);
  });

  test('.dockerignore keeps the README key, the tests and their output from the image build', () => {
    const ignored = fs
      .readFileSync(path.join(root, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim().replace(/\/$/, ''));
    for (const entry of ['.readme-key', 'test', 'test-output', 'node_modules', '.data']) assert.ok(ignored.includes(entry), entry);
  });
});
