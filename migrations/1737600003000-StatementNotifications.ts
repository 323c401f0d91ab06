import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Announces every new statement at commit, whoever writes it (the API, the seed, psql), so the
 * subscription feed does not depend on application code.
 *
 * Why a separate `statement_events` log with its own `seq` rather than the statement id: ids are
 * drawn when a row is inserted, but transactions commit in another order (the one that drew id
 * 10 may commit after the one that drew 11), so "ids after the last one I saw" can skip a
 * statement for good. Resuming without a gap or a duplicate needs a number that grows in the
 * order statements become visible. The trigger below draws `seq` at commit time, while holding a
 * transaction-level advisory lock; that lock is released only after the transaction has become
 * visible, so the next writer draws its `seq` only once every smaller `seq` is visible. Hence:
 * whoever sees `seq` N also sees every committed `seq` below N, and "events after N" never grows
 * a hole later. (Aborted transactions leave gaps in `seq`; gaps are harmless, holes filled late
 * would not be.) The cost is that the last step of statement-writing commits is serialized,
 * which is nothing at the rate statements are recorded.
 *
 * Why a DEFERRABLE INITIALLY DEFERRED constraint trigger: it runs at commit, after the writer
 * has added the statement's speakers, commitments and topics in the same transaction, so a
 * listener that loads the statement on notification finds it complete. NOTIFY is itself sent
 * only on commit and never for a rolled-back transaction. The payload carries ids only.
 */
export class StatementNotifications1737600003000 implements MigrationInterface {
  name = 'StatementNotifications1737600003000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE statement_events (
      seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      statement_id integer NOT NULL UNIQUE REFERENCES statements(id) ON DELETE CASCADE,
      announced_at timestamptz NOT NULL DEFAULT now()
    )`);
    // Statements recorded before this migration get events too, in id order, so a cursor can
    // point anywhere in the record.
    await q.query(`INSERT INTO statement_events (statement_id) SELECT id FROM statements ORDER BY id`);

    // The lock key is an arbitrary constant that only this trigger uses ('stmtevts' in ASCII).
    await q.query(`CREATE FUNCTION announce_statement() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        new_seq bigint;
      BEGIN
        -- Inserted and deleted again in the same transaction: nothing to announce.
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
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER statements_announce ON statements`);
    await q.query(`DROP FUNCTION announce_statement()`);
    await q.query(`DROP TABLE statement_events`);
  }
}
