import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deployments and exercises linked to the statements and territories that mention them. A link
 * belongs to its deployment or exercise (it goes when that is deleted); a statement or territory
 * that is linked cannot be deleted until the link is removed, so no link vanishes unaudited.
 * Exercise names become unique regardless of case, now that clients write them.
 */
export class PostureLinks1737600007100 implements MigrationInterface {
  name = 'PostureLinks1737600007100';

  public async up(q: QueryRunner): Promise<void> {
    for (const [owner, table] of [
      ['deployment', 'deployments'],
      ['exercise', 'exercises'],
    ]) {
      await q.query(`CREATE TABLE ${owner}_statements (
        ${owner}_id integer NOT NULL REFERENCES ${table}(id) ON DELETE CASCADE,
        statement_id integer NOT NULL REFERENCES statements(id),
        PRIMARY KEY (${owner}_id, statement_id)
      )`);
      await q.query(`CREATE INDEX ${owner}_statements_statement_id ON ${owner}_statements (statement_id)`);
      await q.query(`CREATE TABLE ${owner}_territories (
        ${owner}_id integer NOT NULL REFERENCES ${table}(id) ON DELETE CASCADE,
        territory_id integer NOT NULL REFERENCES territories(id),
        PRIMARY KEY (${owner}_id, territory_id)
      )`);
      await q.query(`CREATE INDEX ${owner}_territories_territory_id ON ${owner}_territories (territory_id)`);
    }
    // "Resolute Dragon" and "resolute dragon" are one exercise, as deployments' platforms and bases already compare.
    await q.query(`CREATE UNIQUE INDEX exercises_name_lower ON exercises (lower(name))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX exercises_name_lower`);
    for (const table of ['exercise_territories', 'exercise_statements', 'deployment_territories', 'deployment_statements']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
