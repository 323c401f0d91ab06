import 'reflect-metadata';
import { connectDatabase } from '../src/app';
import { ConfigError, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { seedReferenceDataset } from '../src/seed/seed';

/** `npm run seed`: migrates, then loads the reference dataset; running it again changes nothing. */
async function main() {
  const config = { ...loadConfig(), seedWhenEmpty: false };
  const logger = createLogger(config);
  // With `npm start` running, seed its embedded database instead of stopping it.
  const { db, embedded } = await connectDatabase(config, logger, { shareEmbedded: true });
  try {
    const { inserted } = await seedReferenceDataset(db);
    console.log(inserted ? `reference dataset: ${inserted} rows inserted` : 'reference dataset already loaded: nothing to do');
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
