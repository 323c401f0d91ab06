/** The SQL of source echoes ("along similar lines"): which statements of other sources a source echoes. */
import { sql, type SQL } from 'pg-sql2';

/** The echoes of the given sources: (source, echoed statement, its source), in the echoed statements' order. */
export function echoesOf(sourceIds: number[]): SQL {
  return sql`SELECT e.source_id, e.statement_id, s.source_id AS echoed_source_id
    FROM source_echoes e JOIN statements s ON s.id = e.statement_id
   WHERE e.source_id = ANY(${sql.value(sourceIds)}::int[])
   ORDER BY e.source_id, s.source_id, s.date, s.id`;
}

/** The sources that echo statements of the given sources, earliest published first. */
export function echoersOf(sourceIds: number[]): SQL {
  return sql`SELECT DISTINCT s.source_id AS echoed_source_id, e.source_id, so.published_on
    FROM source_echoes e JOIN statements s ON s.id = e.statement_id JOIN sources so ON so.id = e.source_id
   WHERE s.source_id = ANY(${sql.value(sourceIds)}::int[])
   ORDER BY s.source_id, so.published_on, e.source_id`;
}
