import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which text variants restored a draft's words: `[{ variant, restored, variantId }]`, the wording
 * as the document had it, as restored, and the `text_variants` row that did it (null when that
 * row is gone). Kept on the draft, which stays linked to the statement it became, so a statement
 * shows which variants (added by which editor, in the audit log) shaped its text. Drafts imported
 * before keep an empty list; their evidence still names each restoration.
 */
export class DraftRestorations1737600011000 implements MigrationInterface {
  name = 'DraftRestorations1737600011000';

  public async up(q: QueryRunner): Promise<void> {
    // Statement → its draft (Statement.textRestorations) uses the index statement_drafts_statement.
    await q.query(`ALTER TABLE statement_drafts ADD COLUMN restorations jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE statement_drafts DROP COLUMN restorations`);
  }
}
