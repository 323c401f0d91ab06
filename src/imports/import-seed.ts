import { type SQL, sql } from 'pg-sql2';
import type { EntityManager } from 'typeorm';
import { txQuery } from '../common/tx-query';
import { defaultCommitmentAliases, defaultCountryAliases, defaultTextVariants, defaultTopicAliases } from './import-vocabulary';

/** Loads the import's starting vocabulary (variants and aliases) where missing; returns the rows added. */
export async function seedImportVocabulary(m: EntityManager): Promise<number> {
  let added = 0;
  const count = (rows: unknown[]) => (added += rows.length);
  for (const v of defaultTextVariants) {
    count(
      await txQuery(
        m,
        sql`INSERT INTO text_variants (variant, restored, case_sensitive) SELECT ${sql.value(v.variant)}::text, ${sql.value(v.restored)}::text, ${sql.value(v.caseSensitive)}::boolean
        WHERE NOT EXISTS (SELECT 1 FROM text_variants WHERE lower(variant) = lower(${sql.value(v.variant)})) RETURNING id`,
      ),
    );
  }
  const aliases: [string, (key: SQL) => SQL, Record<string, string[]>][] = [
    ['country_code', (k) => sql`SELECT code FROM countries WHERE code = ${k}`, defaultCountryAliases],
    ['commitment_id', (k) => sql`SELECT id FROM commitments WHERE title = ${k}`, defaultCommitmentAliases],
    ['topic_id', (k) => sql`SELECT id FROM topics WHERE slug = ${k}`, defaultTopicAliases],
  ];
  for (const [column, owner, table] of aliases) {
    for (const [key, list] of Object.entries(table)) {
      for (const alias of list) {
        count(
          await txQuery(
            m,
            sql`INSERT INTO entity_aliases (${sql.identifier(column)}, alias) SELECT o.k, ${sql.value(alias)}::text FROM (${owner(sql.value(key))}) AS o(k)
            WHERE NOT EXISTS (SELECT 1 FROM entity_aliases a WHERE a.${sql.identifier(column)} = o.k AND lower(a.alias) = lower(${sql.value(alias)})) RETURNING id`,
          ),
        );
      }
    }
  }
  return added;
}
