import { createHash } from 'node:crypto';
import type pg from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

/** SQL texts that run as named prepared statements, and their names. */
const prepared = new Map<string, string>();
/**
 * How many distinct SQL texts get a prepared statement (on every pooled connection that runs
 * them); texts beyond are sent unnamed. The read path writes a few dozen shapes; requests with
 * unusual selections make more, and must not grow every connection's statement cache forever.
 */
export const MAX_PREPARED_STATEMENTS = 300;

function statementName(sql: string): string | undefined {
  let name = prepared.get(sql);
  if (name === undefined && prepared.size < MAX_PREPARED_STATEMENTS) {
    name = `read_${createHash('sha1').update(sql).digest('base64url').slice(0, 22)}`;
    prepared.set(sql, name);
  }
  return name;
}

/**
 * Runs a read on the data source's pool as a named prepared statement, so that PostgreSQL parses
 * and analyses a repeated SQL text once per connection instead of on every request (the read
 * plans' SQL is long). Logged and failing as `DataSource.query` would: the logger sees the
 * statement, and errors are TypeORM's QueryFailedError around the driver's error. With
 * DB_PREPARED_STATEMENTS=false (a pooler in transaction mode), statements are sent unnamed.
 */
export async function readQuery<T = Record<string, unknown>>(db: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: pg.Pool }).master;
  if (!pool) return db.query(sql, params);
  const named = (db.options.extra as { preparedStatements?: boolean } | undefined)?.preparedStatements !== false;
  db.logger.logQuery(sql, params);
  try {
    const result = await pool.query({ name: named ? statementName(sql) : undefined, text: sql, values: params });
    return result.rows as T[];
  } catch (error) {
    db.logger.logQueryError(error as Error, sql, params);
    throw new QueryFailedError(sql, params, error as Error);
  }
}
