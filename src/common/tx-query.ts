import { type SQL, sql } from 'pg-sql2';
import type { EntityManager } from 'typeorm';

/**
 * Runs SQL built with pg-sql2 inside a transaction, on its entity manager (its query runner):
 * the write path's reads (existence and natural-key checks, lookups, references) and its plain
 * writes, compiled once as `readQuery` compiles reads, with values as placeholders. The write
 * stays in the caller's transaction. For a SELECT the result is its rows.
 */
export function txQuery<R = Record<string, unknown>>(manager: EntityManager, fragment: SQL): Promise<R[]> {
  const { text, values } = sql.compile(fragment);
  return manager.query(text, values as unknown[]);
}
