/**
 * The SQL of the analysis capabilities: comparisons of the sides' accounts of an event, reported
 * versus confirmed positions, commitment timelines and omissions. Everything is computed here,
 * over the tables the write path keeps; the service only shapes the rows.
 *
 * A statement's **side** is the country whose account it is: the country of its source's
 * publisher, else of its attributed organization, else of its first speaker.
 */

/** The side of statement alias `s`, as SQL. */
export const sideOf = (s: string) => `coalesce(
  (SELECT pub.country_code FROM sources so JOIN organizations pub ON pub.id = so.publisher_id WHERE so.id = ${s}.source_id),
  (SELECT ao.country_code FROM organizations ao WHERE ao.id = ${s}.attributed_organization_id),
  (SELECT o.country_code FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
    WHERE sp.statement_id = ${s}.id ORDER BY sp.position, sp.official_id LIMIT 1))::text`;

/** Most statements a comparison reads; an event with more is cut (and says so). */
export const COMPARISON_MAX_STATEMENTS = 2000;

/**
 * The statements of a comparison, with side, commitments (and stances) and topics; $1 is a call
 * id (`scope` 'call') or an array of source ids (`scope` 'sources'). Statements without a side
 * (no publisher, organization or speaker country) are left out.
 */
export function comparisonStatementsSql(scope: 'call' | 'sources'): string {
  return `SELECT x.id AS statement_id, x.source_id, x.side, x.text, x.date::text AS date,
      coalesce((SELECT json_agg(json_build_object('commitmentId', sc.commitment_id, 'stance', sc.stance) ORDER BY sc.commitment_id)
                  FROM statement_commitments sc WHERE sc.statement_id = x.id), '[]'::json) AS commitments,
      ARRAY(SELECT st.topic_id FROM statement_topics st WHERE st.statement_id = x.id ORDER BY st.topic_id) AS topic_ids
    FROM (SELECT s.id, s.source_id, s.text, s.date, ${sideOf('s')} AS side FROM statements s
           WHERE ${scope === 'call' ? 's.call_id = $1' : 's.source_id = ANY($1::int[])'}) x
   WHERE x.side IS NOT NULL
   ORDER BY x.side, x.date, x.id
   LIMIT ${COMPARISON_MAX_STATEMENTS + 1}`;
}

/**
 * The sources of a comparison with their side and how long after the call each was published:
 * whole minutes after the call's start when both instants are known, and days after the call's
 * date on the publisher's side (the call's start, or the start of its window, in the publisher's
 * country's time zone). $1: source ids; $2: call id or null.
 */
export const COMPARISON_SOURCES = `
  SELECT so.id, pub.country_code::text AS side, so.published_on::text AS published_on,
         CASE WHEN so.published_at IS NOT NULL AND c.started_at IS NOT NULL
              THEN floor(extract(epoch FROM so.published_at - c.started_at) / 60)::int END AS minutes_after_start,
         CASE WHEN c.id IS NOT NULL
              THEN so.published_on - coalesce((coalesce(c.started_at, c.earliest_start) AT TIME ZONE coalesce(co.time_zone, c.time_zone))::date, c.date)
         END AS days_after
    FROM sources so
    LEFT JOIN organizations pub ON pub.id = so.publisher_id
    LEFT JOIN countries co ON co.code = pub.country_code
    LEFT JOIN calls c ON c.id = $2
   WHERE so.id = ANY($1::int[])
   ORDER BY so.published_on, so.published_at NULLS LAST, so.id`;

/**
 * The statements of several calls ($1: call ids) for their comparisons, as comparisonStatementsSql
 * but with `call_id` and at most the limit per call.
 */
export const CALLS_STATEMENTS = `
  SELECT y.call_id, y.statement_id, y.source_id, y.side, y.text, y.date, y.commitments, y.topic_ids FROM (
    SELECT x.call_id, x.id AS statement_id, x.source_id, x.side, x.text, x.date::text AS date,
        coalesce((SELECT json_agg(json_build_object('commitmentId', sc.commitment_id, 'stance', sc.stance) ORDER BY sc.commitment_id)
                    FROM statement_commitments sc WHERE sc.statement_id = x.id), '[]'::json) AS commitments,
        ARRAY(SELECT st.topic_id FROM statement_topics st WHERE st.statement_id = x.id ORDER BY st.topic_id) AS topic_ids,
        row_number() OVER (PARTITION BY x.call_id ORDER BY x.side, x.date, x.id) AS n
      FROM (SELECT s.id, s.call_id, s.source_id, s.text, s.date, ${sideOf('s')} AS side FROM statements s WHERE s.call_id = ANY($1::int[])) x
     WHERE x.side IS NOT NULL) y
   WHERE y.n <= ${COMPARISON_MAX_STATEMENTS + 1}
   ORDER BY y.call_id, y.n`;

/**
 * The sources about several calls ($1: call ids): each call's own (sources.call_id) and those of
 * its statements, with the timing of COMPARISON_SOURCES.
 */
export const CALLS_SOURCES = `
  WITH cs AS (
    SELECT call_id, id AS source_id FROM sources WHERE call_id = ANY($1::int[])
    UNION SELECT call_id, source_id FROM statements WHERE call_id = ANY($1::int[])
  )
  SELECT cs.call_id, so.id, pub.country_code::text AS side, so.published_on::text AS published_on,
         CASE WHEN so.published_at IS NOT NULL AND c.started_at IS NOT NULL
              THEN floor(extract(epoch FROM so.published_at - c.started_at) / 60)::int END AS minutes_after_start,
         so.published_on - coalesce((coalesce(c.started_at, c.earliest_start) AT TIME ZONE coalesce(co.time_zone, c.time_zone))::date, c.date) AS days_after
    FROM cs JOIN sources so ON so.id = cs.source_id JOIN calls c ON c.id = cs.call_id
    LEFT JOIN organizations pub ON pub.id = so.publisher_id
    LEFT JOIN countries co ON co.code = pub.country_code
   ORDER BY cs.call_id, so.published_on, so.published_at NULLS LAST, so.id`;

/** The one call the given sources ($1) are about, when they agree on one. */
export const COMMON_CALL = `
  SELECT min(call_id) AS call_id, count(DISTINCT call_id)::int AS calls, count(*)::int AS found
    FROM (SELECT coalesce(so.call_id, (SELECT s.call_id FROM statements s WHERE s.source_id = so.id AND s.call_id IS NOT NULL LIMIT 1)) AS call_id
            FROM sources so WHERE so.id = ANY($1::int[])) x`;

const AFFIRMING = `('AFFIRMS', 'REAFFIRMS')`;

/**
 * Every position a statement attributes to a party (statement × party × commitment), judged
 * against the party's own side: the statements whose side is the party's country, on the same
 * commitment, about the same call (or, for a statement about no call, made the same day and
 * about no call). Confirming: the same direction (affirms or reaffirms against affirms or
 * reaffirms; qualifies or withdraws against qualifies or withdraws); denying: the other one.
 */
export const REPORTED_POSITIONS = `
  WITH pos AS (
    SELECT s.id AS statement_id, sc.commitment_id, sc.stance, pa.official_id, pa.position, o.country_code::text AS party_country,
           ${sideOf('s')} AS reported_by, s.call_id, s.date
      FROM statements s
      JOIN statement_commitments sc ON sc.statement_id = s.id
      JOIN statement_parties pa ON pa.statement_id = s.id
      JOIN officials o ON o.id = pa.official_id
  ), own AS (
    SELECT pos.*,
      ARRAY(SELECT t.id FROM statements t JOIN statement_commitments tc ON tc.statement_id = t.id AND tc.commitment_id = pos.commitment_id
             WHERE t.id <> pos.statement_id AND ${sideOf('t')} = pos.party_country
               AND CASE WHEN pos.call_id IS NOT NULL THEN t.call_id = pos.call_id ELSE t.call_id IS NULL AND t.date = pos.date END
               AND (tc.stance IN ${AFFIRMING}) = (pos.stance IN ${AFFIRMING})
             ORDER BY t.date, t.id) AS confirming,
      ARRAY(SELECT t.id FROM statements t JOIN statement_commitments tc ON tc.statement_id = t.id AND tc.commitment_id = pos.commitment_id
             WHERE t.id <> pos.statement_id AND ${sideOf('t')} = pos.party_country
               AND CASE WHEN pos.call_id IS NOT NULL THEN t.call_id = pos.call_id ELSE t.call_id IS NULL AND t.date = pos.date END
               AND (tc.stance IN ${AFFIRMING}) <> (pos.stance IN ${AFFIRMING})
             ORDER BY t.date, t.id) AS denying
      FROM pos
  )
  SELECT own.*, own.date::text AS date_text,
         CASE WHEN own.reported_by IS NOT DISTINCT FROM own.party_country THEN 'OWN_SIDE'
              WHEN cardinality(own.confirming) > 0 AND cardinality(own.denying) > 0 THEN 'CONTESTED'
              WHEN cardinality(own.confirming) > 0 THEN 'CONFIRMED'
              WHEN cardinality(own.denying) > 0 THEN 'DENIED'
              ELSE 'NOT_CONFIRMED' END AS status
    FROM own`;

/**
 * A commitment's statements in order (date, then id), each with its side and author's name
 * (the attributed organization, else the speakers). $1: commitment id; the caller adds filters.
 */
export const COMMITMENT_USAGES = `
  SELECT s.id AS statement_id, s.date::text AS date, sc.stance, s.text, ${sideOf('s')} AS side,
         coalesce((SELECT ao.name FROM organizations ao WHERE ao.id = s.attributed_organization_id),
                  (SELECT string_agg(o.name, ', ' ORDER BY sp.position) FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
                    WHERE sp.statement_id = s.id)) AS author
    FROM statement_commitments sc JOIN statements s ON s.id = sc.statement_id
   WHERE sc.commitment_id = $1`;

/** Most statements a wording history reads. */
export const WORDING_MAX_USAGES = 5000;

/**
 * Omissions between two countries ($1, $2): for each call in which officials of both took part,
 * each side of the two that has statements about it, and each commitment between the two (either
 * direction; $3: one commitment or null), an omission where that side's statements about the call
 * do not mention the commitment although its statements affirmed or reaffirmed it in each of the
 * $4 latest earlier calls of the same kind between the two in which that side has statements
 * ("usually"), and there are at least $4 of them. $5: only this call (or null); $6: only this
 * side (or null). `open`: no later call of that side affirms the commitment again.
 */
export const OMISSIONS = `
  WITH pair_calls AS (
    SELECT c.id, c.date, c.kind FROM calls c
     WHERE EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = $1)
       AND EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = $2)
  ), said AS (
    SELECT pc.id AS call_id, pc.date, pc.kind, x.side,
           coalesce(array_agg(DISTINCT sc.commitment_id) FILTER (WHERE sc.stance IN ${AFFIRMING}), '{}') AS affirmed,
           coalesce(array_agg(DISTINCT sc.commitment_id) FILTER (WHERE sc.commitment_id IS NOT NULL), '{}') AS mentioned,
           array_agg(DISTINCT x.source_id) AS source_ids
      FROM pair_calls pc
      JOIN LATERAL (SELECT s.id, s.source_id, ${sideOf('s')} AS side FROM statements s WHERE s.call_id = pc.id) x ON x.side IN ($1, $2)
      LEFT JOIN statement_commitments sc ON sc.statement_id = x.id
     GROUP BY pc.id, pc.date, pc.kind, x.side
  ), pair_commitments AS (
    SELECT id FROM commitments
     WHERE ((guarantor_code = $1 AND beneficiary_code = $2) OR (guarantor_code = $2 AND beneficiary_code = $1))
       AND ($3::int IS NULL OR id = $3)
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
               ORDER BY p.date DESC, p.call_id DESC LIMIT $4) p
    ) prior
   WHERE NOT (cm.id = ANY(cur.mentioned)) AND prior.n = $4 AND prior.all_affirmed
     AND ($5::int IS NULL OR cur.call_id = $5) AND ($6::text IS NULL OR cur.side = $6)
   ORDER BY cur.date, cur.call_id, cur.side, cm.id
   LIMIT 1000`;

/** Sides of the given statements ($1) that are about a call, with the countries of the call's participants. */
export const ANNOUNCED_SIDES = `
  SELECT DISTINCT s.call_id, ${sideOf('s')} AS side,
         ARRAY(SELECT DISTINCT o.country_code::text FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = s.call_id) AS countries
    FROM statements s WHERE s.id = ANY($1::int[]) AND s.call_id IS NOT NULL`;
