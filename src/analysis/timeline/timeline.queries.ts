/** The SQL of a commitment's timeline: its statements in order, and the days since it was last affirmed. */
import { sql, type SQL } from 'pg-sql2';
import type { SqlOrdering } from '../../common/pagination';
import { AFFIRMING, sideOf } from '../side.sql';

/**
 * Statements on commitments (`sc` the statement_commitments row meeting `where`), each with its
 * commitment, date, stance, text, side and author's name (the attributed organization, else the
 * speakers).
 */
export function usages(where: SQL): SQL {
  return sql`SELECT sc.commitment_id, s.id AS statement_id, s.date::text AS date, sc.stance, s.text, ${sideOf(sql`s`)} AS side,
         coalesce((SELECT ao.name FROM organizations ao WHERE ao.id = s.attributed_organization_id),
                  (SELECT string_agg(o.name, ', ' ORDER BY sp.position) FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
                    WHERE sp.statement_id = s.id)) AS author
    FROM statement_commitments sc JOIN statements s ON s.id = sc.statement_id
   WHERE ${where}`;
}

/** The statements of the commitment whose id is `commitmentId` (a value, or a parent row's column) meeting `conditions` (on alias `u`, a usage). */
export function commitmentUsages(commitmentId: SQL, conditions: SQL[]): SQL {
  return sql`SELECT * FROM (${usages(sql`sc.commitment_id = ${commitmentId}`)}) u${
    conditions.length ? sql` WHERE ${sql.join(conditions, ' AND ')}` : sql.blank
  }`;
}

export const affirmationOrdering: SqlOrdering = {
  name: 'commitment-affirmations',
  keys: [
    { column: 'date', direction: 'ASC', cast: 'text' },
    { column: 'statement_id', direction: 'ASC', cast: 'int' },
  ],
};

/** Most statements a wording history reads. */
export const WORDING_MAX_USAGES = 5000;

/** A commitment's first statements in order, for its wording history. */
export function wordingUsages(commitmentId: number): SQL {
  return sql`${usages(sql`sc.commitment_id = ${sql.value(commitmentId)}`)} ORDER BY s.date, s.id LIMIT ${sql.literal(WORDING_MAX_USAGES)}`;
}

/**
 * Days from the latest affirming or reaffirming statement on or before `asOf` to `asOf`: never
 * negative, whatever was affirmed later; null when nothing affirmed it on or before that day.
 */
export function daysSinceAffirmed(commitmentId: number, asOf: string): SQL {
  return sql`SELECT (${sql.value(asOf)}::date - max(s.date))::int AS days
    FROM statement_commitments sc JOIN statements s ON s.id = sc.statement_id
   WHERE sc.commitment_id = ${sql.value(commitmentId)} AND sc.stance IN ${AFFIRMING} AND s.date <= ${sql.value(asOf)}::date`;
}
