import { sql } from 'pg-sql2';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from '../common/errors';
import type { NodeEntity } from '../common/node';
import { txQuery } from '../common/tx-query';
import type { Path } from '../common/validation';

interface ForeignKey {
  table: string;
  column: string;
}

/** Link tables have no type of their own; clients know them as these fields. */
const LINK_FIELDS: Record<string, string> = {
  statement_speakers: 'Statement.speakers',
  statement_parties: 'Statement.parties',
  deployment_statements: 'Deployment.statements',
  deployment_territories: 'Deployment.territories',
  exercise_statements: 'Exercise.statements',
  exercise_territories: 'Exercise.territories',
  statement_reports: 'Statement.reportedIn',
  source_echoes: 'Source.echoes',
  statement_topics: 'Statement.topics',
  treaty_parties: 'Treaty.parties',
  territory_claimants: 'Territory.claimedBy',
};

/**
 * Foreign keys to `table`, read from the catalog so that a table added later is covered without
 * anyone remembering to list it. Cascading ones point from rows that belong to the referenced row
 * (a call's participants, a statement's links) and go with it; the others stop a delete.
 */
async function foreignKeysTo(manager: EntityManager, table: string, cascading: boolean): Promise<ForeignKey[]> {
  return txQuery<ForeignKey>(
    manager,
    sql`SELECT c.conrelid::regclass::text AS table, a.attname AS column
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = ${sql.value(table)}::regclass AND (c.confdeltype = 'c') = ${sql.value(cascading)}
      ORDER BY 1, 2`,
  );
}

/** "Statement.call" for statements.call_id: the type and field a client sees. */
function describeForeignKey(manager: EntityManager, fk: ForeignKey): { type: string; field: string } {
  const link = LINK_FIELDS[fk.table];
  if (link) {
    const [type, field] = link.split('.');
    return { type, field };
  }
  const meta = manager.connection.entityMetadatas.find((m) => m.tableName === fk.table);
  const property = meta?.findColumnWithDatabaseName(fk.column)?.propertyName ?? fk.column;
  return { type: meta?.name ?? fk.table, field: property.replace(/(Id|Code)$/, '') };
}

/** CONFLICT listing what still refers to the row, with counts, so nothing is orphaned or cascaded silently. */
export async function assertUnreferenced(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral> & { name: string },
  row: NodeEntity,
  field: Path,
): Promise<void> {
  const keys = await foreignKeysTo(manager, manager.connection.getMetadata(entity).tableName, false);
  if (keys.length === 0) return;
  const id = sql.value(row.rowId);
  const counts = await txQuery<{ i: number; n: number }>(
    manager,
    sql.join(
      keys.map(
        (k, i) =>
          sql`SELECT ${sql.literal(i)} AS i, count(*)::int AS n FROM ${sql.identifier(k.table)} WHERE ${sql.identifier(k.column)} = ${id}`,
      ),
      ' UNION ALL ',
    ),
  );
  const references = counts
    .filter((c) => c.n > 0)
    .sort((a, b) => a.i - b.i)
    .map((c) => ({ ...describeForeignKey(manager, keys[c.i]), count: c.n }));
  if (references.length === 0) return;
  const list = references.map((r) => `${r.count} × ${r.type}.${r.field}`).join(', ');
  throw conflict(`${entity.name} ${row.id} is still referred to (${list}); change or delete those first`, { field, references });
}

/** The rows that go with a deleted row, keyed like "CallParticipant.call", for its audit entry. */
export async function ownedRows(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  rowId: number,
): Promise<Record<string, object[]>> {
  const owned: Record<string, object[]> = {};
  for (const key of await foreignKeysTo(manager, manager.connection.getMetadata(entity).tableName, true)) {
    const rows = await txQuery(
      manager,
      sql`SELECT * FROM ${sql.identifier(key.table)} WHERE ${sql.identifier(key.column)} = ${sql.value(rowId)} ORDER BY 1, 2`,
    );
    const { type, field } = describeForeignKey(manager, key);
    if (rows.length > 0) owned[`${type}.${field}`] = rows.map(({ [key.column]: _owner, ...rest }) => rest);
  }
  return owned;
}
