import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two different things about people in a statement: who wrote or spoke the words (its author:
 * `statement_speakers` for officials, `statements.attributed_organization_id` for a ministry's
 * readout or release written in the third person) and whom the text says took a position
 * ("Secretary Hegseth reaffirmed …", "the two defense chiefs agreed …"): `statement_parties`.
 * "What the U.S. side says Japan agreed to" and "what Japan says" are different facts.
 *
 * Search keeps finding a statement by the names of its parties as well as of its speakers.
 *
 * Treaties and commitments get notes, to say which facts come from the public record rather
 * than from a source recorded here.
 *
 * A database seeded with the earlier reference dataset is corrected in place (each change only
 * where the earlier row is there exactly, so other data is untouched), so that the seed, run
 * again, finds its rows rather than adding corrected duplicates beside the old ones.
 */
export class StatementParties1737600007000 implements MigrationInterface {
  name = 'StatementParties1737600007000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE statement_parties (
      statement_id integer NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
      official_id integer NOT NULL REFERENCES officials(id),
      position smallint NOT NULL DEFAULT 0,
      PRIMARY KEY (statement_id, official_id)
    )`);
    await q.query(`CREATE INDEX statement_parties_official_id ON statement_parties (official_id)`);

    await q.query(`ALTER TABLE treaties ADD COLUMN notes text CHECK (notes IS NULL OR length(notes) <= 2000)`);
    await q.query(`ALTER TABLE commitments ADD COLUMN notes text CHECK (notes IS NULL OR length(notes) <= 2000)`);

    await q.query(`CREATE OR REPLACE FUNCTION statement_search_document(p_id integer, p_text text, p_source integer) RETURNS tsvector
      LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('english', f_unaccent(p_text)), 'A')
            || setweight(to_tsvector('simple', f_unaccent(coalesce((
                 SELECT string_agg(concat_ws(' ', o.name, o.native_name, array_to_string(o.aliases, ' ')), ' ')
                   FROM officials o
                  WHERE o.id IN (SELECT sp.official_id FROM statement_speakers sp WHERE sp.statement_id = p_id
                                 UNION SELECT pa.official_id FROM statement_parties pa WHERE pa.statement_id = p_id)), ''))), 'B')
            || setweight(to_tsvector('english', f_unaccent(coalesce((
                 SELECT concat_ws(' ', s.title, org.name, org.short_name, array_to_string(org.aliases, ' '))
                   FROM sources s LEFT JOIN organizations org ON org.id = s.publisher_id
                  WHERE s.id = p_source), ''))), 'C')
      $$`);
    // The speakers' touch function only reads OLD/NEW.statement_id, so it serves this table too.
    await q.query(`CREATE TRIGGER statement_parties_search AFTER INSERT OR UPDATE OR DELETE ON statement_parties
      FOR EACH ROW EXECUTE FUNCTION statement_speakers_search_touch()`);
    await q.query(`CREATE OR REPLACE FUNCTION officials_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statements SET search_vector = NULL
         WHERE id IN (SELECT statement_id FROM statement_speakers WHERE official_id = NEW.id
                      UNION SELECT statement_id FROM statement_parties WHERE official_id = NEW.id);
        RETURN NULL;
      END $$`);
    await this.correctReferenceDataset(q);
  }

  /**
   * The data part of `up`, public for the migration test. Not exported on its own: TypeORM
   * treats every exported function of a migration file as a migration class.
   */
  correctReferenceDataset(q: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<void> {
    return correctReferenceDataset(q);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION officials_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statements SET search_vector = NULL
         WHERE id IN (SELECT statement_id FROM statement_speakers WHERE official_id = NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER statement_parties_search ON statement_parties`);
    await q.query(`CREATE OR REPLACE FUNCTION statement_search_document(p_id integer, p_text text, p_source integer) RETURNS tsvector
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
    await q.query(`ALTER TABLE commitments DROP COLUMN notes`);
    await q.query(`ALTER TABLE treaties DROP COLUMN notes`);
    await q.query(`DROP TABLE statement_parties`);
  }
}

/** Brings rows of the earlier reference dataset to the corrected one. */
async function correctReferenceDataset(q: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<void> {
  const article = `SELECT id FROM sources WHERE kind = 'NEWS_ARTICLE' AND title LIKE 'Unidentified outlet''s report on Hegseth''s introductory calls%'`;
  // Readout and release prose of the reference dataset: the ministry is the author, the officials its parties.
  const prose = `SELECT st.id, so.publisher_id FROM statements st JOIN sources so ON so.id = st.source_id
    WHERE so.kind IN ('READOUT', 'PRESS_RELEASE') AND so.publisher_id IS NOT NULL AND st.attributed_organization_id IS NULL
      AND EXISTS (SELECT 1 FROM statement_reports r WHERE r.statement_id = st.id AND r.source_id IN (${article}))`;
  await q.query(`INSERT INTO statement_parties (statement_id, official_id, position)
    SELECT sp.statement_id, sp.official_id, sp.position FROM statement_speakers sp WHERE sp.statement_id IN (SELECT id FROM (${prose}) p)
    ON CONFLICT DO NOTHING`);
  await q.query(`DELETE FROM statement_speakers WHERE statement_id IN (SELECT id FROM (${prose}) p)`);
  await q.query(`UPDATE statements st SET attributed_organization_id = p.publisher_id, version = st.version + 1, updated_at = now()
    FROM (${prose}) p WHERE p.id = st.id`);
  // The press conference: the officials Nakatani says took a position.
  const parties: [string, string[]][] = [
    ['Nakatani was encouraged by the confirmation that Article V included the Senkaku Islands.', ['Gen Nakatani']],
    [
      'Both of them shared the common experience of having been infantry platoon leaders and of dealing with counterterrorism issues.',
      ['Pete Hegseth', 'Gen Nakatani'],
    ],
    [
      'Both defense chiefs agreed to work together to further strengthen the deterrence and response capabilities of the Japan-U.S. Alliance amid the increasingly severe security environment in the Indo-Pacific region.',
      ['Pete Hegseth', 'Gen Nakatani'],
    ],
    [
      "Through today's telephone conversation, Secretary Hegseth and I were able to confirm that we share the same views on the significance of the unparalleled Japan-U.S. Alliance and that the persistent efforts of both countries to strengthen deterrence are essential for peace and stability in the region.",
      ['Pete Hegseth', 'Gen Nakatani'],
    ],
  ];
  for (const [text, names] of parties) {
    await q.query(
      `INSERT INTO statement_parties (statement_id, official_id, position)
      SELECT st.id, o.id, array_position($2::text[], o.name) - 1 FROM statements st JOIN officials o ON o.name = ANY($2)
       WHERE st.text = $1 AND st.id IN (SELECT statement_id FROM statement_reports WHERE source_id IN (${article}))
      ON CONFLICT DO NOTHING`,
      [text, names],
    );
  }
  const texts: [string, string][] = [
    [
      'Hegseth and Kim agreed to communicate continuously on key issues of the alliance.',
      'Hegseth and Kim agreed to communicate frequently on key issues of the alliance.',
    ],
    [
      parties[3][0],
      "through today's telephone conversation, Secretary Hegseth and I were able to confirm that we share the same views on the significance of the unparalleled Japan-U.S. alliance and that the persistent efforts of both countries to strengthen deterrence are essential for peace and stability in the region.",
    ],
  ];
  for (const [before, after] of texts) {
    await q.query(
      `UPDATE statements SET text = $2, version = version + 1, updated_at = now()
      WHERE text = $1 AND id IN (SELECT statement_id FROM statement_reports WHERE source_id IN (${article}))`,
      [before, after],
    );
  }
  await q.query(`UPDATE sources SET language = 'en', version = version + 1, updated_at = now()
    WHERE kind = 'PRESS_RELEASE' AND language = 'ja' AND published_on = '2025-01-31'
      AND title = 'Ministry of Defense release on Minister Gen Nakatani''s telephone talk with U.S. Secretary of Defense Pete Hegseth'`);
  await q.query(`UPDATE post_holdings h SET end_date = '2025-06-25', version = h.version + 1, updated_at = now(),
      note = CASE WHEN h.capacity = 'ACTING'
        THEN 'Dates from the public record, not from this dataset''s sources. As Vice Minister, acting minister from the resignation of Kim Yong-hyun (5 December 2024) until Lee Doo-hee became vice minister and took over the acting role on 26 June 2025 (Ahn Gyu-back took office as minister on 25 July 2025). The end date is the last day held, as for every holding.'
        ELSE 'Dates from the public record, not from this dataset''s sources. Named by President Yoon Suk Yeol on 19 October 2023, in office from 20 October 2023 until Lee Doo-hee was appointed vice minister on 26 June 2025. The end date is the last day held, as for every holding.' END
    FROM officials o WHERE o.id = h.official_id AND o.name = 'Kim Seon-ho' AND o.country_code = 'KR'
      AND ((h.capacity = 'ACTING' AND h.start_date = '2024-12-05' AND h.end_date = '2025-07-24')
        OR (h.capacity = 'SUBSTANTIVE' AND h.start_date = '2023-10-20' AND h.end_date IS NULL))`);
}
