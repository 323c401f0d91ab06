import 'reflect-metadata';
import { connectDatabase } from '../src/app';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { checkRecord } from '../src/seed/record/check-record';
import { executeInProcess } from '../src/seed/record/execute-in-process';
import { loadRecord } from '../src/seed/record/load-record';
import { seedReferenceDataset } from '../src/seed/seed';

const USAGE = 'Usage: npm run seed -- [--dataset reference|record]';

/**
 * `npm run seed`: migrates, then loads the reference dataset; `--dataset record` also loads the
 * record of real calls (README, "The record") through the API's mutations and checks it. Running
 * either again changes nothing.
 */
async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dataset');
  const dataset = at >= 0 ? args[at + 1] : 'reference';
  if (args.some((a, i) => a !== '--dataset' && i !== at + 1) || !['reference', 'record'].includes(dataset ?? '')) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = { ...loadConfig(), seedWhenEmpty: false };
  const logger = createLogger(config);
  // With `npm start` running, seed its embedded database instead of stopping it.
  const { db, embedded } = await connectDatabase(config, logger, { shareEmbedded: true });
  try {
    const { inserted } = await seedReferenceDataset(db);
    console.log(inserted ? `reference dataset: ${inserted} rows inserted` : 'reference dataset already loaded: nothing to do');
    if (dataset === 'record') {
      const execute = await executeInProcess(db, config);
      const { created, reused } = await loadRecord(execute);
      console.log(`record: ${created} rows created, ${reused} already there`);
      const check = await checkRecord(execute);
      console.log(
        `record check: ${check.calls} calls, ${check.sources} sources (${check.officialAccounts} official accounts), ${check.statements} statements`,
      );
      for (const problem of check.problems) console.error(`  problem: ${problem}`);
      if (check.problems.length) process.exitCode = 1;
    }
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
