import path from 'node:path';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { adminEntities, entities } from './entities';

// DATE columns stay 'YYYY-MM-DD' strings: parsing them into JS Dates at local midnight would
// shift them by a day in any time zone west of UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  /** Receives every SQL statement sent (tests count them). */
  logger?: DataSourceOptions['logger'];
  applicationName?: string;
  statementTimeoutMs?: number;
  /** How long to wait for a pooled connection (or a new one) before failing fast. */
  acquireTimeoutMs?: number;
  /** Reads run as named prepared statements (see common/read-query.ts); true unless said. */
  preparedStatements?: boolean;
  /** At most this many per pooled connection, least recently run deallocated first (see common/read-query.ts). */
  preparedStatementsPerConnection?: number;
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities: [...entities, ...adminEntities],
    migrations: [path.join(__dirname, '..', '..', 'migrations', '*.js')],
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: settings.logger ? ['query'] : false,
    logger: settings.logger,
    applicationName: settings.applicationName ?? 'alliance-api',
    extra: {
      max: settings.poolSize ?? 10,
      connectionTimeoutMillis: settings.acquireTimeoutMs ?? 5000,
      statement_timeout: settings.statementTimeoutMs ?? 30_000,
      // A transaction left open by a stuck client must not hold locks forever.
      idle_in_transaction_session_timeout: 60_000,
      keepAlive: true,
      preparedStatements: settings.preparedStatements ?? true,
      preparedStatementsPerConnection: settings.preparedStatementsPerConnection,
    },
  });
}
