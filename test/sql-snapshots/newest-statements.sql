SELECT "e"."id" AS "e_id", "e"."created_at" AS "e_created_at", "e"."updated_at" AS "e_updated_at", "e"."version" AS "e_version", "e"."text" AS "e_text", "e"."kind" AS "e_kind", "e"."date" AS "e_date", "e"."source_id" AS "e_source_id", "e"."call_id" AS "e_call_id", "e"."attributed_organization_id" AS "e_attributed_organization_id" FROM "statements" "e" ORDER BY "e"."date" DESC, "e"."id" DESC LIMIT 11;

SELECT COUNT(1) AS "cnt" FROM "statements" "e";

SELECT DISTINCT ON (k.official_id, k.d) k.official_id || '|' || k.d AS key, p."id" AS "post__id", p."version" AS "post__version", p."title" AS "post__title", p."organization_id" AS "post__organization_id", h."id", h."version", h."official_id", h."post_id", h."capacity", h."start_date", h."end_date", h."note" FROM unnest($1::int[], $2::date[]) AS k(official_id, d) JOIN post_holdings h ON h.official_id = k.official_id AND h.start_date <= k.d AND (h.end_date IS NULL OR h.end_date >= k.d) JOIN posts p ON p.id = h.post_id ORDER BY k.official_id, k.d, h.start_date DESC, h.id DESC;

SELECT e."id", e."version", e."kind", e."title", e."url", e."published_on", e."published_at", e."language", e."retrieved_at", e."content_hash", e."notes", e."publisher_id", e."call_id" FROM "sources" e WHERE e."id" = ANY($1);

SELECT e."id", e."version", e."name", e."short_name", e."kind", e."aliases", e."country_code", e."parent_id" FROM "organizations" e WHERE e."id" = ANY($1);

SELECT e."id", e."version", e."statement_id", e."commitment_id", e."stance", j."id" AS "j__id", j."version" AS "j__version", j."title" AS "j__title", j."kind" AS "j__kind", j."description" AS "j__description", j."article" AS "j__article", j."notes" AS "j__notes", j."guarantor_code" AS "j__guarantor_code", j."beneficiary_code" AS "j__beneficiary_code", j."treaty_id" AS "j__treaty_id", j."territory_id" AS "j__territory_id" FROM "statement_commitments" e LEFT JOIN "commitments" j ON j."id" = e."commitment_id" WHERE e."statement_id" = ANY($1) ORDER BY e.id, e.id;

SELECT p.key AS "__key", e."id", e."version", e."name", e."native_name", e."aliases", e."country_code" FROM (SELECT p0.*, row_number() OVER () AS __n FROM (SELECT statement_id AS key, official_id AS target_id FROM statement_parties WHERE statement_id = ANY($1) ORDER BY statement_id, position, official_id) p0) p JOIN "officials" e ON e."id" = p.target_id ORDER BY p.__n;

SELECT p.key AS "__key", e."id", e."version", e."name", e."native_name", e."aliases", e."country_code" FROM (SELECT p0.*, row_number() OVER () AS __n FROM (SELECT statement_id AS key, official_id AS target_id FROM statement_speakers WHERE statement_id = ANY($1) ORDER BY statement_id, position, official_id) p0) p JOIN "officials" e ON e."id" = p.target_id ORDER BY p.__n;
