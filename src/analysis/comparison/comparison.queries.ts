/**
 * The SQL of readout comparisons: the statements of the compared sides with their commitments
 * (and stances) and topics, the sources with how long after the call each came out, and the
 * calls a set of sources is about.
 */
import { sql, type SQL } from 'pg-sql2';
import { sideOf } from '../side.sql';

/** Most statements a comparison reads; an event with more is cut (and says so). */
export const COMPARISON_MAX_STATEMENTS = 2000;

/** A compared statement's columns, over `x` (a statement row with its `side`). */
const comparedColumns = sql`x.id AS statement_id, x.source_id, x.side, x.text, x.date::text AS date,
    coalesce((SELECT json_agg(json_build_object('commitmentId', sc.commitment_id, 'stance', sc.stance) ORDER BY sc.commitment_id)
                FROM statement_commitments sc WHERE sc.statement_id = x.id), '[]'::json) AS commitments,
    ARRAY(SELECT st.topic_id FROM statement_topics st WHERE st.statement_id = x.id ORDER BY st.topic_id) AS topic_ids`;

/**
 * The statements of the given sources, with side, commitments and topics. Statements without a
 * side (no publisher, organization or speaker country) are left out.
 */
export function sourcesStatements(sourceIds: number[]): SQL {
  return sql`SELECT ${comparedColumns}
    FROM (SELECT s.id, s.source_id, s.text, s.date, ${sideOf(sql`s`)} AS side FROM statements s
           WHERE s.source_id = ANY(${sql.value(sourceIds)}::int[])) x
   WHERE x.side IS NOT NULL
   ORDER BY x.side, x.date, x.id
   LIMIT ${sql.literal(COMPARISON_MAX_STATEMENTS + 1)}`;
}

/** The statements of several calls for their comparisons, as sourcesStatements but with `call_id` and at most the limit per call. */
export function callsStatements(callIds: number[]): SQL {
  return sql`SELECT y.call_id, y.statement_id, y.source_id, y.side, y.text, y.date, y.commitments, y.topic_ids FROM (
    SELECT x.call_id, ${comparedColumns}, row_number() OVER (PARTITION BY x.call_id ORDER BY x.side, x.date, x.id) AS n
      FROM (SELECT s.id, s.call_id, s.source_id, s.text, s.date, ${sideOf(sql`s`)} AS side FROM statements s
             WHERE s.call_id = ANY(${sql.value(callIds)}::int[])) x
     WHERE x.side IS NOT NULL) y
   WHERE y.n <= ${sql.literal(COMPARISON_MAX_STATEMENTS + 1)}
   ORDER BY y.call_id, y.n`;
}

/**
 * A source's side and how long after the call it was published: whole minutes after the call's
 * start when both instants are known, and days after the call's date on the publisher's side (the
 * call's start, or the start of its window, in the publisher's country's time zone). Over `so`
 * (the source) and `c` (the call, or nulls).
 */
const timingColumns = sql`so.id, pub.country_code::text AS side, so.published_on::text AS published_on,
    CASE WHEN so.published_at IS NOT NULL AND c.started_at IS NOT NULL
         THEN floor(extract(epoch FROM so.published_at - c.started_at) / 60)::int END AS minutes_after_start,
    CASE WHEN c.id IS NOT NULL
         THEN so.published_on - coalesce((coalesce(c.started_at, c.earliest_start) AT TIME ZONE coalesce(co.time_zone, c.time_zone))::date, c.date)
    END AS days_after`;

/** The compared sources with their timing against the call (or none). */
export function sourcesTiming(sourceIds: number[], callId: number | null): SQL {
  return sql`SELECT ${timingColumns}
    FROM sources so
    LEFT JOIN organizations pub ON pub.id = so.publisher_id
    LEFT JOIN countries co ON co.code = pub.country_code
    LEFT JOIN calls c ON c.id = ${sql.value(callId)}::int
   WHERE so.id = ANY(${sql.value(sourceIds)}::int[])
   ORDER BY so.published_on, so.published_at NULLS LAST, so.id`;
}

/** The sources about several calls: each call's own (sources.call_id) and those of its statements, with their timing. */
export function callsSources(callIds: number[]): SQL {
  const ids = sql.value(callIds);
  return sql`WITH cs AS (
    SELECT call_id, id AS source_id FROM sources WHERE call_id = ANY(${ids}::int[])
    UNION SELECT call_id, source_id FROM statements WHERE call_id = ANY(${ids}::int[])
  )
  SELECT cs.call_id, ${timingColumns}
    FROM cs JOIN sources so ON so.id = cs.source_id JOIN calls c ON c.id = cs.call_id
    LEFT JOIN organizations pub ON pub.id = so.publisher_id
    LEFT JOIN countries co ON co.code = pub.country_code
   ORDER BY cs.call_id, so.published_on, so.published_at NULLS LAST, so.id`;
}

/** Each given source that exists, with the calls it is about: its own call and its statements' calls. */
export function sourcesCalls(sourceIds: number[]): SQL {
  return sql`SELECT so.id,
      ARRAY(SELECT DISTINCT x.call_id FROM (SELECT so.call_id UNION SELECT s.call_id FROM statements s WHERE s.source_id = so.id) x
             WHERE x.call_id IS NOT NULL ORDER BY x.call_id) AS call_ids
    FROM sources so WHERE so.id = ANY(${sql.value(sourceIds)}::int[])`;
}
