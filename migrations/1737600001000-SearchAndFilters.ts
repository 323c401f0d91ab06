import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over statements, and the accent-insensitive matching filters use.
 *
 * The search document mixes the statement's words (weight A), its speakers' names in every
 * script and alias (B) and its source's title and publisher (C). Speakers live in another
 * table, so a generated column cannot hold it: triggers keep it current instead, whichever
 * table changes.
 */
export class SearchAndFilters1737600001000 implements MigrationInterface {
  name = 'SearchAndFilters1737600001000';

  public async up(q: QueryRunner): Promise<void> {
    // unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes a
    // wrapper safe to declare IMMUTABLE, which expression indexes require.
    await q.query(`CREATE FUNCTION f_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await q.query(`ALTER TABLE statements ADD COLUMN search_vector tsvector`);
    await q.query(`CREATE FUNCTION statement_search_document(p_id integer, p_text text, p_source integer) RETURNS tsvector
      LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('english', f_unaccent(p_text)), 'A')
            || setweight(to_tsvector('simple', f_unaccent(coalesce((
                 SELECT string_agg(concat_ws(' ', o.name, o.native_name, array_to_string(o.aliases, ' ')), ' ')
                   FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
                  WHERE sp.statement_id = p_id), ''))), 'B')
            || setweight(to_tsvector('english', f_unaccent(coalesce((
                 SELECT concat_ws(' ', s.title, org.name, org.short_name, array_to_string(org.aliases, ' '))
                   FROM sources s LEFT JOIN organizations org ON org.id = s.publisher_id
                  WHERE s.id = p_source), ''))), 'C')
      $$`);
    await q.query(`CREATE FUNCTION statements_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := statement_search_document(NEW.id, NEW.text, NEW.source_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER statements_search BEFORE INSERT OR UPDATE ON statements
      FOR EACH ROW EXECUTE FUNCTION statements_search_refresh()`);

    // Changes elsewhere touch the affected statements, whose BEFORE UPDATE trigger recomputes.
    await q.query(`CREATE FUNCTION statement_speakers_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN UPDATE statements SET search_vector = NULL WHERE id = OLD.statement_id; END IF;
        IF TG_OP <> 'DELETE' THEN UPDATE statements SET search_vector = NULL WHERE id = NEW.statement_id; END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER statement_speakers_search AFTER INSERT OR UPDATE OR DELETE ON statement_speakers
      FOR EACH ROW EXECUTE FUNCTION statement_speakers_search_touch()`);
    await q.query(`CREATE FUNCTION officials_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statements SET search_vector = NULL
         WHERE id IN (SELECT statement_id FROM statement_speakers WHERE official_id = NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER officials_search AFTER UPDATE OF name, native_name, aliases ON officials
      FOR EACH ROW EXECUTE FUNCTION officials_search_touch()`);
    await q.query(`CREATE FUNCTION sources_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statements SET search_vector = NULL WHERE source_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER sources_search AFTER UPDATE OF title, publisher_id ON sources
      FOR EACH ROW EXECUTE FUNCTION sources_search_touch()`);
    await q.query(`CREATE FUNCTION organizations_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statements SET search_vector = NULL
         WHERE source_id IN (SELECT id FROM sources WHERE publisher_id = NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER organizations_search AFTER UPDATE OF name, short_name, aliases ON organizations
      FOR EACH ROW EXECUTE FUNCTION organizations_search_touch()`);

    await q.query(`UPDATE statements SET search_vector = NULL`);
    await q.query(`CREATE INDEX statements_search_vector ON statements USING gin (search_vector)`);
    await q.query(`CREATE INDEX statements_kind ON statements (kind)`);
    await q.query(`CREATE INDEX statement_commitments_stance ON statement_commitments (stance)`);
    await q.query(`CREATE INDEX officials_country_code_name ON officials (country_code, name, id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX officials_country_code_name`);
    await q.query(`DROP INDEX statement_commitments_stance`);
    await q.query(`DROP INDEX statements_kind`);
    await q.query(`DROP TRIGGER organizations_search ON organizations`);
    await q.query(`DROP FUNCTION organizations_search_touch()`);
    await q.query(`DROP TRIGGER sources_search ON sources`);
    await q.query(`DROP FUNCTION sources_search_touch()`);
    await q.query(`DROP TRIGGER officials_search ON officials`);
    await q.query(`DROP FUNCTION officials_search_touch()`);
    await q.query(`DROP TRIGGER statement_speakers_search ON statement_speakers`);
    await q.query(`DROP FUNCTION statement_speakers_search_touch()`);
    await q.query(`DROP TRIGGER statements_search ON statements`);
    await q.query(`DROP FUNCTION statements_search_refresh()`);
    await q.query(`DROP FUNCTION statement_search_document(integer, text, integer)`);
    await q.query(`ALTER TABLE statements DROP COLUMN search_vector`);
    await q.query(`DROP FUNCTION f_unaccent(text)`);
  }
}
