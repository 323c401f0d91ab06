/** The SQL of the two-country view: one side's statements about the pair's calls, and the commitments between the two. */
import { sql, type SQL } from 'pg-sql2';
import { AFFIRMING, sideOf } from '../side.sql';
import { usages } from '../timeline/timeline.queries';

/** Statements of one side about the pair's calls, as a condition on the statement at `e`. */
export const pairSideCondition = (
  e: SQL,
  side: string,
  a: string,
  b: string,
): SQL => sql`${sideOf(e)} = ${sql.value(side)} AND ${e}.call_id IN (
  SELECT c.id FROM calls c
   WHERE EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = ${sql.value(a)})
     AND EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = ${sql.value(b)}))`;

/** The commitments between the two countries (either direction), each with its number of affirmations and its latest affirming statement. */
export function pairCommitments(a: string, b: string): SQL {
  return sql`SELECT c.id,
          (SELECT count(*)::int FROM statement_commitments sc WHERE sc.commitment_id = c.id AND sc.stance IN ${AFFIRMING}) AS n,
          (SELECT s.id FROM statement_commitments sc JOIN statements s ON s.id = sc.statement_id
            WHERE sc.commitment_id = c.id AND sc.stance IN ${AFFIRMING} ORDER BY s.date DESC, s.id DESC LIMIT 1) AS latest
     FROM commitments c
    WHERE (c.guarantor_code = ${sql.value(a)} AND c.beneficiary_code = ${sql.value(b)})
       OR (c.guarantor_code = ${sql.value(b)} AND c.beneficiary_code = ${sql.value(a)})
    ORDER BY c.guarantor_code, c.title, c.id LIMIT 500`;
}

/** The usages of the given statements on the given commitments. */
export function latestUsages(commitmentIds: number[], statementIds: number[]): SQL {
  return usages(
    sql`sc.commitment_id = ANY(${sql.value(commitmentIds)}::int[]) AND sc.statement_id = ANY(${sql.value(statementIds)}::int[])`,
  );
}
