#!/usr/bin/env node
// `npm run test:unit`: the unit tests (test/unit/*.test.ts), pure functions without PostgreSQL,
// compiled by scripts/build.mjs and run by node's test runner, in seconds.
//
//   npm run test:unit                 build if needed, run them once
//   npm run test:unit -- --watch      and again on every change under src/ or test/ (also `npm run test:watch`)
//   npm run test:unit -- pagination   only the files whose name contains "pagination"
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

function build() {
  return spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], { stdio: 'inherit' }).status === 0;
}

function files() {
  const dir = path.join(root, 'dist/test/unit');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js') && (only.length === 0 || only.some((o) => f.includes(o))))
    .sort()
    .map((f) => path.join(dir, f));
}

function run() {
  return new Promise((resolve) => {
    // No TEST_PG_ADMIN_URL: a unit test that reaches for PostgreSQL fails.
    const env = { ...process.env, NODE_ENV: 'test' };
    delete env.TEST_PG_ADMIN_URL;
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...files()], { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

if (!watch) {
  process.exit(build() ? await run() : 1);
}

let running = false;
let again = false;
async function cycle() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    console.clear();
    if (build()) await run();
    console.log('\nwatching src/ and test/ for changes (Ctrl-C stops)');
  } while (again);
  running = false;
}
let timer;
for (const dir of ['src', 'test']) {
  fs.watch(path.join(root, dir), { recursive: true }, (_event, file) => {
    if (!file || !String(file).endsWith('.ts')) return;
    clearTimeout(timer);
    timer = setTimeout(cycle, 200);
  });
}
await cycle();
