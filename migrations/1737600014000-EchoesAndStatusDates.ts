import { sql, type SQL } from 'pg-sql2';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two facts an analyst needs to read the record right.
 *
 * `source_echoes`: a source that runs "along similar lines" to another records which of the
 * other's statements it echoes (Japan's release on the Hegseth–Nakatani call covered the points
 * of the Pentagon readout, as the news report says). An echo belongs to the echoing source (it
 * goes when that source is deleted); an echoed statement cannot be deleted while echoed, so no
 * echo vanishes unaudited. The echoed source is the statement's own source: it is not stored
 * twice. Confirmation of reported positions reads it (CONFIRMED_BY_ECHO).
 *
 * `deployments.status_recorded_on`: the day the recorded status was last reported true. A status
 * recorded in February 2025 ("active, expected to end in August") says nothing certain about
 * December 2026; the API derives a deployment's status on a given day from this and the dates.
 *
 * A database seeded with the earlier reference dataset is corrected in place (only where its rows
 * are there exactly): Hegseth becomes the party of Nakatani's "unwavering commitment of the U.S."
 * quote, the topics "meeting in person" and "global comprehensive strategic alliance" are added
 * to the statements that speak of them, and Japan's release echoes the Pentagon readout of the
 * same call. So the seed, run again, finds its rows.
 */
export class EchoesAndStatusDates1737600014000 implements MigrationInterface {
  name = 'EchoesAndStatusDates1737600014000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE source_echoes (
      source_id integer NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      statement_id integer NOT NULL REFERENCES statements(id),
      PRIMARY KEY (source_id, statement_id)
    )`);
    await q.query(`CREATE INDEX source_echoes_statement_id ON source_echoes (statement_id)`);
    await q.query(`ALTER TABLE deployments ADD COLUMN status_recorded_on date`);
    // What was recorded before had no date of its own: the day of its source is the best there is.
    await q.query(`UPDATE deployments d SET status_recorded_on = so.published_on FROM sources so WHERE so.id = d.source_id`);
    await this.correctReferenceDataset(q);
  }

  /**
   * The data part of `up`, public for the migration test. Not exported on its own: TypeORM
   * treats every exported function of a migration file as a migration class.
   */
  async correctReferenceDataset(q: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<void> {
    const run = (fragment: SQL) => {
      const { text, values } = sql.compile(fragment);
      return q.query(text, values);
    };
    // Statements of the reference dataset: those the news article reports.
    const reported = sql`SELECT r.statement_id FROM statement_reports r JOIN sources a ON a.id = r.source_id
      WHERE a.kind = 'NEWS_ARTICLE' AND a.title LIKE 'Unidentified outlet''s report on Hegseth''s introductory calls%'`;
    await run(sql`INSERT INTO statement_parties (statement_id, official_id, position)
      SELECT st.id, o.id, 0 FROM statements st JOIN officials o ON o.name = 'Pete Hegseth'
       WHERE st.text = ${sql.value('a reaffirmation of the unwavering commitment of the U.S. to the defense of Japan.')}
         AND st.id IN (${reported})
         AND NOT EXISTS (SELECT 1 FROM statement_parties p WHERE p.statement_id = st.id)`);
    const topics: [string, string, string, string][] = [
      ['meeting-in-person', 'Meeting in person', 'Meeting face to face, beyond calls.', '%meet in person%'],
      [
        'global-comprehensive-strategic-alliance',
        'Global comprehensive strategic alliance',
        'The development of the U.S.-ROK alliance into a "global comprehensive strategic alliance".',
        '%global comprehensive strategic alliance%',
      ],
    ];
    for (const [slug, name, description, pattern] of topics) {
      await run(sql`INSERT INTO topics (slug, name, description)
        SELECT ${sql.value(slug)}, ${sql.value(name)}, ${sql.value(description)}
         WHERE EXISTS (SELECT 1 FROM statements st WHERE st.text LIKE ${sql.value(pattern)} AND st.id IN (${reported}))
        ON CONFLICT DO NOTHING`);
      await run(sql`INSERT INTO statement_topics (statement_id, topic_id)
        SELECT st.id, t.id FROM statements st JOIN topics t ON t.slug = ${sql.value(slug)}
         WHERE st.text LIKE ${sql.value(pattern)} AND st.id IN (${reported})
        ON CONFLICT DO NOTHING`);
    }
    await run(sql`INSERT INTO source_echoes (source_id, statement_id)
      SELECT release.id, st.id
        FROM sources release JOIN sources readout ON readout.call_id = release.call_id AND readout.kind = 'READOUT'
        JOIN statements st ON st.source_id = readout.id
       WHERE release.kind = 'PRESS_RELEASE' AND release.title LIKE 'Ministry of Defense release on Minister Gen Nakatani%'
         AND readout.title LIKE 'Pentagon readout of Secretary of Defense Pete Hegseth''s call with Japan%'
         AND st.id IN (${reported})
      ON CONFLICT DO NOTHING`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deployments DROP COLUMN status_recorded_on`);
    await q.query(`DROP TABLE source_echoes`);
  }
}
