/** The SQL of commitment omissions: the calls in which a side left out a commitment it usually affirms. */
import { sql, type SQL } from 'pg-sql2';
import { AFFIRMING, sideOf } from '../side.sql';

export interface OmissionQuery {
  countries: [string, string];
  commitmentId: number | null;
  window: number;
  callId?: number | null;
  side?: string | null;
}

/**
 * Omissions between two countries (`countries`): for each call in which officials of both took part,
 * each side of the two that has statements about it, and each commitment between the two (either
 * direction; `commitmentId`: one commitment or null), an omission where that side's statements about the call
 * do not mention the commitment although its statements affirmed or reaffirmed it in each of the
 * `window` latest earlier calls of the same kind between the two in which that side has statements
 * ("usually"), and there are at least `window` of them. `callId`: only this call (or null); `side`: only this
 * side (or null). `open`: no later call of that side affirms the commitment again.
 */
export function omissions(q: OmissionQuery): SQL {
  const [a, b] = q.countries.map((c) => sql.value(c));
  return sql`
  WITH pair_calls AS (
    SELECT c.id, c.date, c.kind FROM calls c
     WHERE EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = ${a})
       AND EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = ${b})
  ), said AS (
    SELECT pc.id AS call_id, pc.date, pc.kind, x.side,
           coalesce(array_agg(DISTINCT sc.commitment_id) FILTER (WHERE sc.stance IN ${AFFIRMING}), '{}') AS affirmed,
           coalesce(array_agg(DISTINCT sc.commitment_id) FILTER (WHERE sc.commitment_id IS NOT NULL), '{}') AS mentioned,
           array_agg(DISTINCT x.source_id) AS source_ids
      FROM pair_calls pc
      JOIN LATERAL (SELECT s.id, s.source_id, ${sideOf(sql`s`)} AS side FROM statements s WHERE s.call_id = pc.id) x ON x.side IN (${a}, ${b})
      LEFT JOIN statement_commitments sc ON sc.statement_id = x.id
     GROUP BY pc.id, pc.date, pc.kind, x.side
  ), pair_commitments AS (
    SELECT id FROM commitments
     WHERE ((guarantor_code = ${a} AND beneficiary_code = ${b}) OR (guarantor_code = ${b} AND beneficiary_code = ${a}))
       AND (${sql.value(q.commitmentId)}::int IS NULL OR id = ${sql.value(q.commitmentId)}::int)
  )
  SELECT cur.call_id, cur.date::text AS date, cur.side, cm.id AS commitment_id, cur.source_ids, prior.call_ids AS prior_call_ids,
         NOT EXISTS (SELECT 1 FROM said later WHERE later.side = cur.side AND (later.date, later.call_id) > (cur.date, cur.call_id)
                      AND cm.id = ANY(later.affirmed)) AS open
    FROM said cur
    CROSS JOIN pair_commitments cm
    CROSS JOIN LATERAL (
      SELECT array_agg(p.call_id ORDER BY p.date DESC, p.call_id DESC) AS call_ids, count(*)::int AS n,
             coalesce(bool_and(cm.id = ANY(p.affirmed)), false) AS all_affirmed
        FROM (SELECT * FROM said p WHERE p.side = cur.side AND p.kind = cur.kind AND (p.date, p.call_id) < (cur.date, cur.call_id)
               ORDER BY p.date DESC, p.call_id DESC LIMIT ${sql.value(q.window)}::int) p
    ) prior
   WHERE NOT (cm.id = ANY(cur.mentioned)) AND prior.n = ${sql.value(q.window)}::int AND prior.all_affirmed
     AND (${sql.value(q.callId ?? null)}::int IS NULL OR cur.call_id = ${sql.value(q.callId ?? null)}::int) AND (${sql.value(q.side ?? null)}::text IS NULL OR cur.side = ${sql.value(q.side ?? null)}::text)
   ORDER BY cur.date, cur.call_id, cur.side, cm.id
   LIMIT 1000`;
}

/** Sides of the given statements that are about a call, with the countries of the call's participants. */
export function announcedSides(statementIds: number[]): SQL {
  return sql`
  SELECT DISTINCT s.call_id, ${sideOf(sql.identifier('s'))} AS side,
         ARRAY(SELECT DISTINCT o.country_code::text FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = s.call_id) AS countries
    FROM statements s WHERE s.id = ANY(${sql.value(statementIds)}::int[]) AND s.call_id IS NOT NULL`;
}
