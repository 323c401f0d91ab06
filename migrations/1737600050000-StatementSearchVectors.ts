import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A narrow copy of each statement's search document, for ranked search: `statement_search`
 * holds only the statement's id and its `search_vector`, with its own GIN index.
 *
 * Ranking reads the document of every hit (about 21,000 of 1,000,000 statements for two common
 * words) to compute its rank; on `statements` each of those reads lands on a wide row (text,
 * dates, keys) that ranking does not use: the copy packs about a third more documents per
 * page and puts the document first in its row (src/statements/search-page.ts, measured in
 * the note of issue 20). `statements.search_vector` stays the document of record (the
 * statement filter's `text` reads it, and the benchmark's PostGraphile and floor do): a trigger
 * copies it here whenever it is set, in the same transaction as the write that changed it
 * (the statement's own BEFORE trigger, or a speaker, official, source or organization change
 * that recomputes it), and a statement's deletion deletes its copy (ON DELETE CASCADE).
 */
export class StatementSearchVectors1737600050000 implements MigrationInterface {
  name = 'StatementSearchVectors1737600050000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE statement_search (
      statement_id integer PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
      search_vector tsvector NOT NULL
    )`);
    await q.query(`CREATE FUNCTION statement_search_copy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.search_vector IS NULL THEN
          DELETE FROM statement_search WHERE statement_id = NEW.id;
        ELSE
          INSERT INTO statement_search (statement_id, search_vector) VALUES (NEW.id, NEW.search_vector)
            ON CONFLICT (statement_id) DO UPDATE SET search_vector = EXCLUDED.search_vector;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER statement_search_copy AFTER INSERT ON statements
      FOR EACH ROW EXECUTE FUNCTION statement_search_copy()`);
    await q.query(`CREATE TRIGGER statement_search_copy_update AFTER UPDATE ON statements
      FOR EACH ROW WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector) EXECUTE FUNCTION statement_search_copy()`);
    await q.query(`INSERT INTO statement_search (statement_id, search_vector)
      SELECT id, search_vector FROM statements WHERE search_vector IS NOT NULL ORDER BY id`);
    await q.query(`CREATE INDEX statement_search_vector ON statement_search USING gin (search_vector)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER statement_search_copy_update ON statements`);
    await q.query(`DROP TRIGGER statement_search_copy ON statements`);
    await q.query(`DROP FUNCTION statement_search_copy()`);
    await q.query(`DROP TABLE statement_search`);
  }
}
