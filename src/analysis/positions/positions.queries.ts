/**
 * The SQL of reported positions: every position a statement attributes to a party, on a
 * commitment or on a topic, judged against what the party's own side says.
 */
import { sql, type SQL } from 'pg-sql2';
import type { SqlOrdering } from '../../common/pagination';
import { AFFIRMING, sideOf } from '../side.sql';

/** Statements `t` about the same event as the position `pos`: the same call, or for a statement about no call, the same day and no call. */
const sameEvent = sql`CASE WHEN pos.call_id IS NOT NULL THEN t.call_id = pos.call_id ELSE t.call_id IS NULL AND t.date = pos.date END`;

/** The party's side's statements on the position's commitment about the same event, in the same (`same`) or the other stance direction. */
const onCommitment = (same: boolean) => sql`ARRAY(
    SELECT t.id FROM statements t JOIN statement_commitments tc ON tc.statement_id = t.id AND tc.commitment_id = pos.commitment_id
     WHERE t.id <> pos.statement_id AND ${sideOf(sql`t`)} = pos.party_country AND ${sameEvent}
       AND (tc.stance IN ${AFFIRMING}) ${same ? sql`=` : sql`<>`} (pos.stance IN ${AFFIRMING})
     ORDER BY t.date, t.id)`;

/** The party's side's statements on the position's topic about the same event (a topic has no stance: touching it confirms). */
const onTopic = sql`ARRAY(
    SELECT t.id FROM statements t JOIN statement_topics tt ON tt.statement_id = t.id AND tt.topic_id = pos.topic_id
     WHERE t.id <> pos.statement_id AND ${sideOf(sql`t`)} = pos.party_country AND ${sameEvent}
     ORDER BY t.date, t.id)`;

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
  ), judged AS (
    SELECT pos.*,
      CASE WHEN pos.subject = 'COMMITMENT' THEN ${onCommitment(true)} ELSE ${onTopic} END AS confirming,
      CASE WHEN pos.subject = 'COMMITMENT' THEN ${onCommitment(false)} ELSE '{}'::int[] END AS denying,
      ARRAY(SELECT e.source_id FROM source_echoes e JOIN sources so ON so.id = e.source_id JOIN organizations pub ON pub.id = so.publisher_id
             WHERE e.statement_id = pos.statement_id AND pub.country_code = pos.party_country
             ORDER BY so.published_on, e.source_id) AS echoing
      FROM pos
  )
  SELECT judged.*, judged.date::text AS date_text,
         CASE WHEN judged.reported_by IS NOT DISTINCT FROM judged.party_country THEN 'OWN_SIDE'
              WHEN cardinality(judged.confirming) + cardinality(judged.echoing) > 0 AND cardinality(judged.denying) > 0 THEN 'CONTESTED'
              WHEN cardinality(judged.confirming) > 0 THEN 'CONFIRMED'
              WHEN cardinality(judged.echoing) > 0 THEN 'CONFIRMED_BY_ECHO'
              WHEN cardinality(judged.denying) > 0 THEN 'DENIED'
              ELSE 'NOT_CONFIRMED' END AS status
    FROM judged`;

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
