import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An official's statements, newest first, as an index range read. An official's statements are
 * those they spoke (`statement_speakers`); to take their 5 newest, PostgreSQL used to fetch all of
 * them (hundreds) and sort them by the statement's date. A copy of the statement's date on each
 * speaker row, indexed as (official_id, date, statement_id), gives them in date order (a btree is
 * read backwards just as well), so the first page is as many index entries as rows asked for.
 *
 * Triggers keep the copy equal to the statement's date: a speaker row takes it from its statement
 * when inserted (whatever the insert said), and a statement's new date is written to its speaker
 * rows. The search and country triggers on statement_speakers are narrowed to the columns they
 * read, so that copying a date neither recomputes search documents nor country rows.
 *
 * `statement_parties` gets no date: parties do not make a statement one of the official's own.
 */
export class SpeakerDates1737600009000 implements MigrationInterface {
  name = 'SpeakerDates1737600009000';

  public async up(q: QueryRunner): Promise<void> {
    // First narrow the triggers, so that the backfill below fires none of them.
    await q.query(`DROP TRIGGER statement_speakers_search ON statement_speakers`);
    await q.query(`CREATE TRIGGER statement_speakers_search AFTER INSERT OR DELETE OR UPDATE OF statement_id, official_id ON statement_speakers
      FOR EACH ROW EXECUTE FUNCTION statement_speakers_search_touch()`);
    await q.query(`DROP TRIGGER statement_countries_speakers ON statement_speakers`);
    await q.query(`CREATE TRIGGER statement_countries_speakers AFTER INSERT OR DELETE OR UPDATE OF statement_id, official_id ON statement_speakers
      FOR EACH ROW EXECUTE FUNCTION statement_countries_touch()`);

    await q.query(`ALTER TABLE statement_speakers ADD COLUMN date date`);
    await q.query(`UPDATE statement_speakers sp SET date = s.date FROM statements s WHERE s.id = sp.statement_id`);
    await q.query(`ALTER TABLE statement_speakers ALTER COLUMN date SET NOT NULL`);
    await q.query(`CREATE INDEX statement_speakers_official_date ON statement_speakers (official_id, date, statement_id)`);
    // The new index leads with official_id too: the old one only costs writes now.
    await q.query(`DROP INDEX statement_speakers_official_id`);

    await q.query(`CREATE FUNCTION statement_speakers_date_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.date := (SELECT s.date FROM statements s WHERE s.id = NEW.statement_id);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER statement_speakers_date BEFORE INSERT OR UPDATE OF statement_id, date ON statement_speakers
      FOR EACH ROW EXECUTE FUNCTION statement_speakers_date_fill()`);
    await q.query(`CREATE FUNCTION statement_speakers_date_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statement_speakers SET date = NEW.date WHERE statement_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER statement_speakers_date_follow AFTER UPDATE OF date ON statements
      FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date) EXECUTE FUNCTION statement_speakers_date_follow()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER statement_speakers_date_follow ON statements`);
    await q.query(`DROP FUNCTION statement_speakers_date_follow()`);
    await q.query(`DROP TRIGGER statement_speakers_date ON statement_speakers`);
    await q.query(`DROP FUNCTION statement_speakers_date_fill()`);
    await q.query(`CREATE INDEX statement_speakers_official_id ON statement_speakers (official_id)`);
    await q.query(`DROP INDEX statement_speakers_official_date`);
    await q.query(`ALTER TABLE statement_speakers DROP COLUMN date`);
    await q.query(`DROP TRIGGER statement_countries_speakers ON statement_speakers`);
    await q.query(`CREATE TRIGGER statement_countries_speakers AFTER INSERT OR UPDATE OR DELETE ON statement_speakers
      FOR EACH ROW EXECUTE FUNCTION statement_countries_touch()`);
    await q.query(`DROP TRIGGER statement_speakers_search ON statement_speakers`);
    await q.query(`CREATE TRIGGER statement_speakers_search AFTER INSERT OR UPDATE OR DELETE ON statement_speakers
      FOR EACH ROW EXECUTE FUNCTION statement_speakers_search_touch()`);
  }
}
