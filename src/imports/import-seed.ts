import type { EntityManager } from 'typeorm';
import { defaultCommitmentAliases, defaultCountryAliases, defaultTextVariants, defaultTopicAliases } from './import-vocabulary';

/** Loads the import's starting vocabulary (variants and aliases) where missing; returns the rows added. */
export async function seedImportVocabulary(m: EntityManager): Promise<number> {
  let added = 0;
  const count = (rows: unknown[]) => (added += rows.length);
  for (const v of defaultTextVariants) {
    count(
      await m.query(
        `INSERT INTO text_variants (variant, restored, case_sensitive) SELECT $1, $2, $3
        WHERE NOT EXISTS (SELECT 1 FROM text_variants WHERE lower(variant) = lower($1)) RETURNING id`,
        [v.variant, v.restored, v.caseSensitive],
      ),
    );
  }
  const aliases: [string, string, Record<string, string[]>][] = [
    ['country_code', 'SELECT code FROM countries WHERE code = $1', defaultCountryAliases],
    ['commitment_id', 'SELECT id FROM commitments WHERE title = $1', defaultCommitmentAliases],
    ['topic_id', 'SELECT id FROM topics WHERE slug = $1', defaultTopicAliases],
  ];
  for (const [column, owner, table] of aliases) {
    for (const [key, list] of Object.entries(table)) {
      for (const alias of list) {
        count(
          await m.query(
            `INSERT INTO entity_aliases (${column}, alias) SELECT o.k, $2 FROM (${owner.replace('SELECT ', 'SELECT ')}) AS o(k)
            WHERE NOT EXISTS (SELECT 1 FROM entity_aliases a WHERE a.${column} = o.k AND lower(a.alias) = lower($2)) RETURNING id`,
            [key, alias],
          ),
        );
      }
    }
  }
  return added;
}
