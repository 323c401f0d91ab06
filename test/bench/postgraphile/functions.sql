-- The few SQL functions PostGraphile needs for the benchmark's requests, as computed columns
-- and a search root field. They live in the benchmark database only, not in the API's migrations.

-- StatementSpeaker.title: the speaker's title on the statement's date, as the API composes it.
CREATE OR REPLACE FUNCTION statement_speakers_title(ss statement_speakers) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE h.capacity WHEN 'ACTING' THEN 'Acting ' || p.title WHEN 'DESIGNATE' THEN p.title || '-designate' ELSE p.title END
    FROM statements s
    JOIN post_holdings h ON h.official_id = ss.official_id AND h.start_date <= s.date AND (h.end_date IS NULL OR h.end_date >= s.date)
    JOIN posts p ON p.id = h.post_id
   WHERE s.id = ss.statement_id
   ORDER BY h.start_date DESC, h.id DESC LIMIT 1
$$;

-- Official.statementsByDate: the official's statements, newest first (the timeline's sort key),
-- read off the same speaker-date index the API and the floor use (statement_speakers.date is
-- the statement's date, kept by the API's triggers).
CREATE OR REPLACE FUNCTION officials_statements_by_date(o officials) RETURNS SETOF statements LANGUAGE sql STABLE AS $$
  SELECT s.* FROM statement_speakers sp JOIN statements s ON s.id = sp.statement_id
   WHERE sp.official_id = o.id ORDER BY sp.date DESC, sp.statement_id DESC
$$;

-- Query.searchStatements and Statement.searchRank: the API's search, same query and order.
CREATE OR REPLACE FUNCTION search_statements(query text) RETURNS SETOF statements LANGUAGE sql STABLE AS $$
  SELECT s.* FROM statements s, websearch_to_tsquery('english', f_unaccent(query)) q
   WHERE s.search_vector @@ q ORDER BY round(ts_rank(s.search_vector, q)::numeric, 6) DESC, s.id
$$;
CREATE OR REPLACE FUNCTION statements_search_rank(s statements, query text) RETURNS float8 LANGUAGE sql STABLE AS $$
  SELECT ts_rank(s.search_vector, websearch_to_tsquery('english', f_unaccent(query)))::float8
$$;
