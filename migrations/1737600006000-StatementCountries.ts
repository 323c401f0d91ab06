import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The countries a statement belongs to (its speakers', its source's publisher's, its attributed
 * organization's), kept in a table of their own by triggers. The `countries` filter used to test
 * three OR'ed EXISTS, which PostgreSQL plans as hashed subplans over all of statement_speakers and
 * sources; one indexed lookup per statement replaces them.
 */
export class StatementCountries1737600006000 implements MigrationInterface {
  name = 'StatementCountries1737600006000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE statement_countries (
      statement_id integer NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
      country_code char(2) NOT NULL REFERENCES countries(code),
      PRIMARY KEY (statement_id, country_code)
    )`);
    await q.query(`CREATE INDEX statement_countries_country_code ON statement_countries (country_code, statement_id)`);

    // The one definition of a statement's countries. Refreshing a set of statements removes the
    // rows no longer true and adds the missing ones; rows that stay true are left untouched.
    await q.query(`CREATE FUNCTION statement_countries_refresh(p_ids integer[]) RETURNS void LANGUAGE sql AS $$
      WITH wanted AS (
        SELECT DISTINCT c.statement_id, c.country_code FROM (
          SELECT sp.statement_id, o.country_code
            FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
           WHERE sp.statement_id = ANY(p_ids)
          UNION ALL
          SELECT s.id, po.country_code
            FROM statements s JOIN sources so ON so.id = s.source_id JOIN organizations po ON po.id = so.publisher_id
           WHERE s.id = ANY(p_ids) AND po.country_code IS NOT NULL
          UNION ALL
          SELECT s.id, ao.country_code
            FROM statements s JOIN organizations ao ON ao.id = s.attributed_organization_id
           WHERE s.id = ANY(p_ids) AND ao.country_code IS NOT NULL
        ) c JOIN statements st ON st.id = c.statement_id
      ), gone AS (
        DELETE FROM statement_countries sc
         WHERE sc.statement_id = ANY(p_ids)
           AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.statement_id = sc.statement_id AND w.country_code = sc.country_code)
      )
      INSERT INTO statement_countries (statement_id, country_code) SELECT statement_id, country_code FROM wanted
      ON CONFLICT DO NOTHING
    $$`);

    await q.query(`CREATE FUNCTION statement_countries_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'statements' THEN
          PERFORM statement_countries_refresh(ARRAY[NEW.id]);
        ELSIF TG_TABLE_NAME = 'statement_speakers' THEN
          IF TG_OP <> 'INSERT' THEN PERFORM statement_countries_refresh(ARRAY[OLD.statement_id]); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM statement_countries_refresh(ARRAY[NEW.statement_id]); END IF;
        ELSIF TG_TABLE_NAME = 'officials' THEN
          PERFORM statement_countries_refresh(ARRAY(SELECT statement_id FROM statement_speakers WHERE official_id = NEW.id));
        ELSIF TG_TABLE_NAME = 'sources' THEN
          PERFORM statement_countries_refresh(ARRAY(SELECT id FROM statements WHERE source_id = NEW.id));
        ELSIF TG_TABLE_NAME = 'organizations' THEN
          PERFORM statement_countries_refresh(ARRAY(
            SELECT id FROM statements WHERE attributed_organization_id = NEW.id
            UNION SELECT s.id FROM statements s JOIN sources so ON so.id = s.source_id WHERE so.publisher_id = NEW.id));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER statement_countries_statements AFTER INSERT OR UPDATE OF source_id, attributed_organization_id ON statements
      FOR EACH ROW EXECUTE FUNCTION statement_countries_touch()`);
    await q.query(`CREATE TRIGGER statement_countries_speakers AFTER INSERT OR UPDATE OR DELETE ON statement_speakers
      FOR EACH ROW EXECUTE FUNCTION statement_countries_touch()`);
    await q.query(`CREATE TRIGGER statement_countries_officials AFTER UPDATE OF country_code ON officials
      FOR EACH ROW WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code) EXECUTE FUNCTION statement_countries_touch()`);
    await q.query(`CREATE TRIGGER statement_countries_sources AFTER UPDATE OF publisher_id ON sources
      FOR EACH ROW WHEN (OLD.publisher_id IS DISTINCT FROM NEW.publisher_id) EXECUTE FUNCTION statement_countries_touch()`);
    await q.query(`CREATE TRIGGER statement_countries_organizations AFTER UPDATE OF country_code ON organizations
      FOR EACH ROW WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code) EXECUTE FUNCTION statement_countries_touch()`);

    await q.query(`INSERT INTO statement_countries (statement_id, country_code)
      SELECT sp.statement_id, o.country_code FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
      UNION
      SELECT s.id, po.country_code FROM statements s JOIN sources so ON so.id = s.source_id JOIN organizations po ON po.id = so.publisher_id
       WHERE po.country_code IS NOT NULL
      UNION
      SELECT s.id, ao.country_code FROM statements s JOIN organizations ao ON ao.id = s.attributed_organization_id
       WHERE ao.country_code IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER statement_countries_organizations ON organizations`);
    await q.query(`DROP TRIGGER statement_countries_sources ON sources`);
    await q.query(`DROP TRIGGER statement_countries_officials ON officials`);
    await q.query(`DROP TRIGGER statement_countries_speakers ON statement_speakers`);
    await q.query(`DROP TRIGGER statement_countries_statements ON statements`);
    await q.query(`DROP FUNCTION statement_countries_touch()`);
    await q.query(`DROP FUNCTION statement_countries_refresh(integer[])`);
    await q.query(`DROP TABLE statement_countries`);
  }
}
