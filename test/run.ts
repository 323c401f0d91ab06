import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded';

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
    child = spawn(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
      stdio: 'inherit',
      env: { ...process.env, TEST_PG_ADMIN_URL: cluster.url, NODE_ENV: 'test' },
    });
    return await new Promise<number>((resolve) => child!.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
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
