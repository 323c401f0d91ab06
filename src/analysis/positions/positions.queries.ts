/**
 * The SQL of reported positions: every position a statement attributes to a party, on a
 * commitment or on a topic, judged against what the party's own side says.
 */
import { sql, type SQL } from 'pg-sql2';
import type { SqlOrdering } from '../../common/pagination';
import { AFFIRMING, sideOf } from '../side.sql';

/**
 * The party's side's statements `t` about the same event as the position `pos`, each with whether
 * it confirms the position: those `link` (a join onto `t`) keeps, for positions of `subject`. The
 * same event: the same call, or for a statement about no call, the same day and no call. The two
 * cases are separate branches, each guarded by whether the position has a call (and by its
 * subject), so each uses its index (`statements_call_id`; `statements_date`) instead of one CASE no
 * index can serve, and each statement's side is computed once per candidate.
 */
const sameEvent = (subject: string, link: SQL, confirms: SQL) =>
  sql.join(
    [sql`pos.call_id IS NOT NULL AND t.call_id = pos.call_id`, sql`pos.call_id IS NULL AND t.call_id IS NULL AND t.date = pos.date`].map(
      (event) => sql`SELECT t.id, t.date, ${confirms} AS confirms FROM statements t ${link}
       WHERE pos.subject = ${sql.literal(subject)} AND ${event} AND t.id <> pos.statement_id AND ${sideOf(sql`t`)} = pos.party_country`,
    ),
    ' UNION ALL ',
  );

/**
 * On a commitment, the party's side's statements on it, confirming in the same stance direction
 * (denying in the other); on a topic, touching it confirms (a topic has no stance).
 */
const sameSide = sql.join(
  [
    sameEvent(
      'COMMITMENT',
      sql`JOIN statement_commitments tc ON tc.statement_id = t.id AND tc.commitment_id = pos.commitment_id`,
      sql`(tc.stance IN ${AFFIRMING}) = (pos.stance IN ${AFFIRMING})`,
    ),
    sameEvent('TOPIC', sql`JOIN statement_topics tt ON tt.statement_id = t.id AND tt.topic_id = pos.topic_id`, sql`true`),
  ],
  ' UNION ALL ',
);

/**
 * Every position a statement attributes to a party: statement × party × commitment (with the
 * stance), and statement × party × topic (no stance), judged against the party's own side — the
 * statements whose side is the party's country about the same event. On a commitment,
 * confirming: the same direction (affirms or reaffirms against affirms or reaffirms; qualifies or
 * withdraws against qualifies or withdraws); denying: the other one. On a topic, confirming:
 * touching the topic. Echoing: sources of the party's side that record echoing the attributing
 * statement ("along similar lines", `source_echoes`).
 */
export const REPORTED_POSITIONS = sql`
  WITH parties AS (
    SELECT s.id AS statement_id, s.call_id, s.date, pa.official_id, o.country_code::text AS party_country, ${sideOf(sql`s`)} AS reported_by
      FROM statements s
      JOIN statement_parties pa ON pa.statement_id = s.id
      JOIN officials o ON o.id = pa.official_id
  ), pos AS (
    SELECT 'COMMITMENT' AS subject, 0 AS subject_order, sc.commitment_id AS subject_id, sc.commitment_id, NULL::int AS topic_id, sc.stance, p.*
      FROM parties p JOIN statement_commitments sc ON sc.statement_id = p.statement_id
    UNION ALL
    SELECT 'TOPIC', 1, st.topic_id, NULL::int, st.topic_id, NULL::text, p.*
      FROM parties p JOIN statement_topics st ON st.statement_id = p.statement_id
  )
  SELECT pos.*, j.confirming, j.denying, j.echoing, pos.date::text AS date_text,
         CASE WHEN pos.reported_by IS NOT DISTINCT FROM pos.party_country THEN 'OWN_SIDE'
              WHEN cardinality(j.confirming) + cardinality(j.echoing) > 0 AND cardinality(j.denying) > 0 THEN 'CONTESTED'
              WHEN cardinality(j.confirming) > 0 THEN 'CONFIRMED'
              WHEN cardinality(j.echoing) > 0 THEN 'CONFIRMED_BY_ECHO'
              WHEN cardinality(j.denying) > 0 THEN 'DENIED'
              ELSE 'NOT_CONFIRMED' END AS status
    FROM pos CROSS JOIN LATERAL (
      -- Judged once per position, in one pass over the candidates: OFFSET 0 keeps the subquery
      -- whole, so the status's several references to each array do not run it again.
      SELECT coalesce(array_agg(m.id ORDER BY m.date, m.id) FILTER (WHERE m.confirms), '{}'::int[]) AS confirming,
             coalesce(array_agg(m.id ORDER BY m.date, m.id) FILTER (WHERE NOT m.confirms), '{}'::int[]) AS denying,
             -- The statement's echoes first (its index; OFFSET 0 keeps the planner from scanning every
             -- source of the party's country for each position), then their publishers' country.
             ARRAY(SELECT e.source_id FROM (SELECT se.source_id FROM source_echoes se WHERE se.statement_id = pos.statement_id OFFSET 0) e
                     JOIN sources so ON so.id = e.source_id JOIN organizations pub ON pub.id = so.publisher_id
                    WHERE pub.country_code = pos.party_country
                    ORDER BY so.published_on, e.source_id) AS echoing
        FROM (${sameSide}) m
      OFFSET 0
    ) j`;

/** The reported positions that meet `conditions` (on alias `r`). */
export function reportedPositions(conditions: SQL[]): SQL {
  return sql`SELECT * FROM (${REPORTED_POSITIONS}) r${conditions.length ? sql` WHERE ${sql.join(conditions, ' AND ')}` : sql.blank}`;
}

/** Positions in the order of their statement, commitments before topics, then subject and party. */
export const positionOrdering: SqlOrdering = {
  name: 'reported-positions',
  keys: [
    { column: 'statement_id', direction: 'ASC', cast: 'int' },
    { column: 'subject_order', direction: 'ASC', cast: 'int' },
    { column: 'subject_id', direction: 'ASC', cast: 'int' },
    { column: 'official_id', direction: 'ASC', cast: 'int' },
  ],
};
