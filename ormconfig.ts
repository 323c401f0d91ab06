import 'reflect-metadata';
import { createDataSource } from './src/db/data-source';

/**
 * The one DataSource, for the TypeORM CLI (`npm run typeorm -- migration:show`), which accepts
 * exactly one exported DataSource. The server builds the same one through createDataSource once
 * it knows the database URL, which for the embedded PostgreSQL is only known after it started.
 */
export default createDataSource({
  url: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/alliance',
});
