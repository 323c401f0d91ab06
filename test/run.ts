import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded';

/**
 * Test files that read the record through relations; `npm test` runs them a second time with
 * READ_PLANS=off. Not sql-count, sql-snapshots or read-plans: they count or show compiled SQL.
 */
const READ_PLANS_OFF_FILES = [
  'read-api.test.js',
  'reference-dataset.test.js',
  'statements.test.js',
  'nested-cursors.test.js',
  'cursors.test.js',
  'search.test.js',
  'statement-filter.test.js',
  'statement-countries.test.js',
  'speaker-dates.test.js',
  'posture.test.js',
  'readme.test.js',
];

/**
 * `npm test`: one embedded PostgreSQL for the whole run (each test file makes its own database
 * in it), then node's test runner over the compiled tests. The cluster is stopped however the
 * run ends. Arguments select test files, e.g. `npm test -- dist/test/search.test.js`.
 */
async function main(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-test-pg-'));
  fs.chmodSync(dataDir, 0o755);
  const pgDir = path.join(dataDir, 'data');
  const cluster = await startEmbeddedPostgres({ dataDir: pgDir, database: 'postgres', ephemeral: true });
  let child: ReturnType<typeof spawn> | undefined;
  const stopAll = async () => {
    child?.kill('SIGTERM');
    await cluster.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stopAll().then(() => process.exit(130));
    });
  }
  try {
    const selected = process.argv.slice(2);
    const testDir = __dirname;
    const files = selected.length
      ? selected
      : ['', 'unit'].flatMap((dir) =>
          fs.existsSync(path.join(testDir, dir))
            ? fs
                .readdirSync(path.join(testDir, dir))
                .filter((f) => f.endsWith('.test.js'))
                .sort()
                .map((f) => path.join(testDir, dir, f))
            : [],
        );
    const run = (testFiles: string[], env: Record<string, string> = {}) => {
      child = spawn(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...testFiles], {
        stdio: 'inherit',
        env: { ...process.env, TEST_PG_ADMIN_URL: cluster.url, NODE_ENV: 'test', ...env },
      });
      return new Promise<number>((resolve) => child!.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
    };
    const code = await run(files);
    if (selected.length || code !== 0) return code;
    // The read tests once more with compiled reads off: every relation through its batched
    // resolver must give the answers they expect too (read-differential compares both ways itself).
    const readsOff = READ_PLANS_OFF_FILES.map((f) => path.join(testDir, f)).filter((f) => fs.existsSync(f));
    // And on graphql-js's execute (GRAPHQL_JIT=false): the first run executed queries with graphql-jit.
    console.log(`\n# again with READ_PLANS=off and GRAPHQL_JIT=false: ${readsOff.map((f) => path.basename(f)).join(', ')}`);
    return await run(readsOff, { READ_PLANS: 'off', GRAPHQL_JIT: 'false' });
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
