/**
 * What every analysis feature shares: a statement's side as SQL, the stances that affirm, and how
 * an analysis query is run. A statement's **side** is the country whose account it is: the
 * country of its source's publisher, else of its attributed organization, else of its first
 * speaker. SQL here is built with pg-sql2 (values as placeholders, fragments composed, never
 * patched as text).
 */
import { sql, type SQL } from 'pg-sql2';
import { readQuery } from '../common/read-query';
import type { Context } from '../context';

/** The side of the statement whose row is `s` (an alias), as SQL. */
export const sideOf = (s: SQL): SQL => sql`coalesce(
  (SELECT pub.country_code FROM sources so JOIN organizations pub ON pub.id = so.publisher_id WHERE so.id = ${s}.source_id),
  (SELECT ao.country_code FROM organizations ao WHERE ao.id = ${s}.attributed_organization_id),
  (SELECT o.country_code FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
    WHERE sp.statement_id = ${s}.id ORDER BY sp.position, sp.official_id LIMIT 1))::text`;

/** The stances that affirm a commitment, as an SQL list. */
export const AFFIRMING = sql`('AFFIRMS', 'REAFFIRMS')`;

/** Runs an analysis read: compiled once, sent as a (prepared) read. */
export function runSql<R>(ctx: Pick<Context, 'db'>, fragment: SQL): Promise<R[]> {
  const { text, values } = sql.compile(fragment);
  return readQuery<R>(ctx.db, text, values as unknown[]);
}
