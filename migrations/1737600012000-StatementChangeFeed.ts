import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement feed announces updates and deletes too, not only additions: `statement_events`
 * gets a `kind` (ADDED, UPDATED, DELETED), and the `statements_announce` trigger fires on updates
 * of the statement's own columns and on deletes, with the commit-time ordering argued in
 * 1737600003000 unchanged (one advisory lock, `seq` drawn at commit).
 *
 * One event per statement and transaction: a transaction that inserts a statement and then
 * touches it again is one ADDED; one that updates a statement several times (its row, then its
 * speakers, which touch the row again) is one UPDATED; one that inserts and deletes a statement is
 * nothing. The first firing at commit announces, the others find its event (same `xact`) and stop.
 * Updates that only recompute a derived column (the search document, when a speaker's name
 * changes) are not changes of the statement: the trigger watches the columns an edit sets, and
 * every edit through the API bumps `version`, also when it changes only the linked rows.
 *
 * Each event keeps the **facts** a subscription filter is tested on (countries, speakers, call,
 * commitments, topics), as they were when it was announced. An UPDATED event also keeps the
 * facts of the statement's previous event (`previous_facts`), i.e. what subscribers were last
 * told, so a subscriber whose filter matched the statement before the change hears that it
 * changed (it may have left the filter). A DELETED event carries the last announced facts, since
 * the statement's rows are gone at commit. The facts must be taken at commit, in the database:
 * `statement_match_facts` is their definition there, and test/statement-filter.test.ts checks
 * that it says what `MATCH_FIELDS` (src/statements/statement-match.ts) says: the SQL filter and
 * the live predicate on these facts select the same statements.
 *
 * The events of a deleted statement stay (no foreign key any more), so a client resuming from an
 * older cursor still learns of the delete; those whose statement is gone deliver no statement.
 * A statement that was never announced (loaded with triggers off, as the benchmark generator
 * does) has no facts to carry when deleted: its DELETED event has none, and reaches only
 * subscriptions without a filter; its first update is an UPDATED without previous facts.
 * The backfill reads every statement's facts once (a few index reads per statement).
 */
export class StatementChangeFeed1737600012000 implements MigrationInterface {
  name = 'StatementChangeFeed1737600012000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement_events DROP CONSTRAINT statement_events_statement_id_key`);
    await q.query(`ALTER TABLE statement_events DROP CONSTRAINT statement_events_statement_id_fkey`);
    await q.query(`ALTER TABLE statement_events
      ADD COLUMN kind text NOT NULL DEFAULT 'ADDED' CHECK (kind IN ('ADDED', 'UPDATED', 'DELETED')),
      ADD COLUMN facts jsonb,
      ADD COLUMN previous_facts jsonb,
      ADD COLUMN xact bigint`);
    await q.query(`CREATE INDEX statement_events_statement_id ON statement_events (statement_id, seq)`);

    await q.query(`CREATE FUNCTION statement_match_facts(p_id integer) RETURNS jsonb LANGUAGE sql STABLE AS $$
      SELECT jsonb_build_object(
        'countries', ARRAY(SELECT m.country_code::text FROM statement_countries m WHERE m.statement_id = p_id ORDER BY 1),
        'speakerIds', ARRAY(SELECT DISTINCT m.official_id FROM statement_speakers m WHERE m.statement_id = p_id ORDER BY 1),
        'callIds', ARRAY[(SELECT s.call_id FROM statements s WHERE s.id = p_id)],
        'commitmentIds', ARRAY(SELECT m.commitment_id FROM statement_commitments m WHERE m.statement_id = p_id ORDER BY 1),
        'topicIds', ARRAY(SELECT m.topic_id FROM statement_topics m WHERE m.statement_id = p_id ORDER BY 1))
    $$`);
    await q.query(`UPDATE statement_events SET facts = statement_match_facts(statement_id)`);

    // The lock key is the one 1737600003000 chose ('stmtevts' in ASCII).
    await q.query(`CREATE OR REPLACE FUNCTION announce_statement() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_id integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
        v_last jsonb;
        v_kind text;
        v_facts jsonb;
        v_seq bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(8319394758346044531);
        IF EXISTS (SELECT 1 FROM statement_events WHERE statement_id = v_id AND xact = txid_current()) THEN
          RETURN NULL;
        END IF;
        SELECT facts INTO v_last FROM statement_events WHERE statement_id = v_id ORDER BY seq DESC LIMIT 1;
        IF EXISTS (SELECT 1 FROM statements WHERE id = v_id) THEN
          -- A row's INSERT fires before any later change of it: the first firing of a new statement is its INSERT.
          v_kind := CASE WHEN TG_OP = 'INSERT' THEN 'ADDED' ELSE 'UPDATED' END;
          v_facts := statement_match_facts(v_id);
        ELSIF TG_OP = 'INSERT' THEN
          -- Inserted and deleted again in the same transaction: nobody ever heard of it, nor shall.
          PERFORM set_config('statement_events.vanished_' || v_id, 'on', true);
          RETURN NULL;
        ELSIF current_setting('statement_events.vanished_' || v_id, true) = 'on' THEN
          RETURN NULL;
        ELSE
          v_kind := 'DELETED';
          v_facts := v_last;
        END IF;
        INSERT INTO statement_events (statement_id, kind, facts, previous_facts, xact)
          VALUES (v_id, v_kind, v_facts, CASE WHEN v_kind = 'UPDATED' THEN v_last END, txid_current())
          RETURNING seq INTO v_seq;
        PERFORM pg_notify('statement_added', json_build_object('seq', v_seq, 'statementId', v_id, 'kind', v_kind)::text);
        RETURN NULL;
      END
    $$`);
    await q.query(`DROP TRIGGER statements_announce ON statements`);
    await q.query(`CREATE CONSTRAINT TRIGGER statements_announce
      AFTER INSERT OR DELETE OR UPDATE OF text, kind, date, source_id, call_id, attributed_organization_id, version ON statements
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION announce_statement()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER statements_announce ON statements`);
    await q.query(`CREATE OR REPLACE FUNCTION announce_statement() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        new_seq bigint;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM statements WHERE id = NEW.id) THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(8319394758346044531);
        INSERT INTO statement_events (statement_id) VALUES (NEW.id)
          ON CONFLICT (statement_id) DO NOTHING
          RETURNING seq INTO new_seq;
        IF new_seq IS NOT NULL THEN
          PERFORM pg_notify('statement_added', json_build_object('seq', new_seq, 'statementId', NEW.id)::text);
        END IF;
        RETURN NULL;
      END
    $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER statements_announce
      AFTER INSERT ON statements
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION announce_statement()`);
    await q.query(`DROP FUNCTION statement_match_facts(integer)`);
    await q.query(
      `DELETE FROM statement_events e WHERE e.kind <> 'ADDED' OR NOT EXISTS (SELECT 1 FROM statements s WHERE s.id = e.statement_id)`,
    );
    await q.query(`DROP INDEX statement_events_statement_id`);
    await q.query(`ALTER TABLE statement_events DROP COLUMN kind, DROP COLUMN facts, DROP COLUMN previous_facts, DROP COLUMN xact`);
    await q.query(`ALTER TABLE statement_events ADD CONSTRAINT statement_events_statement_id_key UNIQUE (statement_id)`);
    await q.query(`ALTER TABLE statement_events ADD CONSTRAINT statement_events_statement_id_fkey
      FOREIGN KEY (statement_id) REFERENCES statements(id) ON DELETE CASCADE`);
  }
}
