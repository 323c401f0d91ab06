import 'reflect-metadata';
import { createDataSource } from './src/db/data-source';

/**
 * The one DataSource, for the TypeORM CLI (e.g. `npx typeorm migration:show -d dist/ormconfig.js`).
 * The server builds the same one through createDataSource once it knows the database URL,
 * which for the embedded PostgreSQL is only known after it has started.
 */
export const AppDataSource = createDataSource({
  url: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/alliance',
});

export default AppDataSource;
