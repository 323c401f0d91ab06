import { createHash } from 'node:crypto';
import type pg from 'pg';
import { sql } from 'pg-sql2';
import { type DataSource, QueryFailedError } from 'typeorm';

/**
 * How many prepared statements a pooled connection keeps, by default (DB_PREPARED_STATEMENTS_PER_CONNECTION).
 * The read path writes a few dozen SQL shapes; requests with unusual selections make more, and no
 * connection's statement cache may grow forever: past the bound, the statement it ran least
 * recently is deallocated.
 */
export const PREPARED_STATEMENTS_PER_CONNECTION = 200;

/** Statement names by SQL text (a name is a hash of its text: the same on every connection and instance). */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `read_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    // Only a memo: forgetting it costs one hash.
    if (names.size >= 10_000) names.clear();
    names.set(text, name);
  }
  return name;
}

/** What pg's client records of the statements it has prepared on its connection (pg 8: `connection.parsedStatements`). */
type PreparingClient = pg.PoolClient & { connection?: { parsedStatements?: Record<string, string> } };

/** Per connection, the names of the statements prepared on it, least recently run first. */
const preparedOn = new WeakMap<pg.PoolClient, Map<string, true>>();

async function deallocate(client: pg.PoolClient, record: Record<string, string>, name: string): Promise<void> {
  await client.query(sql.compile(sql`DEALLOCATE ${sql.identifier(name)}`).text);
  delete record[name];
}

/** PostgreSQL's `cached plan must not change result type`: a migration changed what a prepared statement returns. */
const RESULT_TYPE_CHANGED = '0A000';

async function runPrepared(client: PreparingClient, text: string, values: unknown[], limit: number): Promise<pg.QueryResult> {
  const record = client.connection?.parsedStatements;
  // Without pg's record of what it prepared, nothing could be deallocated safely: unnamed.
  if (!record) return client.query({ text, values });
  const name = statementName(text);
  let prepared = preparedOn.get(client);
  if (!prepared) preparedOn.set(client, (prepared = new Map()));
  if (record[name] === undefined) {
    // A new statement on this connection: make room first, the least recently run going.
    for (const oldest of prepared.keys()) {
      if (prepared.size < limit) break;
      prepared.delete(oldest);
      if (record[oldest] !== undefined) await deallocate(client, record, oldest);
    }
  }
  prepared.delete(name);
  try {
    const result = await client.query({ name, text, values });
    prepared.set(name, true);
    return result;
  } catch (error) {
    if (record[name] === undefined) throw error;
    prepared.set(name, true);
    if ((error as { code?: string }).code !== RESULT_TYPE_CHANGED) throw error;
    // A schema change (a migration run by another instance) altered the statement's result type:
    // prepared again, once. PostgreSQL re-plans after other changes by itself.
    await deallocate(client, record, name);
    const result = await client.query({ name, text, values });
    prepared.set(name, true);
    return result;
  }
}

/**
 * Runs a read on the data source's pool as a named prepared statement, so that PostgreSQL parses
 * and analyses a repeated SQL text once per connection instead of on every request (the read
 * plans' SQL is long). Each connection keeps at most DB_PREPARED_STATEMENTS_PER_CONNECTION of
 * them (least recently run deallocated first), and a statement whose result type a migration
 * changed is prepared again. Logged and failing as `DataSource.query` would: the logger sees the
 * statement, and errors are TypeORM's QueryFailedError around the driver's error (the connection
 * of a failed query is dropped from the pool, as `pool.query` does). With
 * DB_PREPARED_STATEMENTS=false (a pooler in transaction mode), statements are sent unnamed.
 */
export async function readQuery<T = Record<string, unknown>>(db: DataSource, text: string, params: unknown[] = []): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: pg.Pool }).master;
  if (!pool) return db.query(text, params);
  const extra = db.options.extra as { preparedStatements?: boolean; preparedStatementsPerConnection?: number } | undefined;
  const limit = extra?.preparedStatements === false ? 0 : (extra?.preparedStatementsPerConnection ?? PREPARED_STATEMENTS_PER_CONNECTION);
  db.logger.logQuery(text, params);
  try {
    if (limit <= 0) return (await pool.query({ text, values: params })).rows as T[];
    const client = await pool.connect();
    let failed: Error | undefined;
    // As pool.query: an error of the connection while it is out of the pool drops it, not the process.
    const onError = (error: Error) => void (failed = error);
    client.once('error', onError);
    try {
      return (await runPrepared(client, text, params, limit)).rows as T[];
    } catch (error) {
      failed = error as Error;
      throw error;
    } finally {
      client.removeListener('error', onError);
      client.release(failed);
    }
  } catch (error) {
    db.logger.logQueryError(error as Error, text, params);
    throw new QueryFailedError(text, params, error as Error);
  }
}
