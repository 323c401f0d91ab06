SELECT "e"."id", "e"."version", "e"."name", "e"."native_name", "e"."aliases", "e"."country_code" FROM "officials" "e" ORDER BY "e"."name" ASC, "e"."id" ASC LIMIT 4;

SELECT "e"."id", "e"."version", "e"."text", "e"."kind", "e"."date", "e"."source_id", "e"."call_id", "e"."attributed_organization_id" FROM statements "e" JOIN statement_speakers "sp" ON "sp".statement_id = "e".id AND "sp".official_id = $1 ORDER BY "sp"."date" ASC, "sp"."statement_id" ASC LIMIT 3;

SELECT "k".parent AS "__parent", x.* FROM unnest($1::int[]) AS "k"(parent) CROSS JOIN LATERAL (SELECT "e"."id", "e"."version", "e"."text", "e"."kind", "e"."date", "e"."source_id", "e"."call_id", "e"."attributed_organization_id" FROM statement_speakers "sp" JOIN statements "e" ON "e".id = "sp".statement_id WHERE "sp".official_id = "k".parent ORDER BY "sp"."date" DESC, "sp"."statement_id" DESC LIMIT 3) x;

SELECT count(*)::int AS n FROM statements "e" JOIN statement_speakers "sp" ON "sp".statement_id = "e".id AND "sp".official_id = $1;
