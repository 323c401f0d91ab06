import { sql } from 'pg-sql2';
import { Role } from '../auth/role';
import { badInput } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { txQuery } from '../common/tx-query';
import type { Source } from './source.entity';
import { CreateInput, UpdateInputOf, type MutationInput, type UpdateInput } from '../write/mutation-types';
import { mutation } from '../write/mutation-resolvers';
import type { WriteTx } from '../write/write-tx';
import { SourceFields, SourcePayload } from './source.inputs';
import { sourceWrites } from './source.service';

/** A source echoes other sources' statements, never its own: checked on the links as written, inside the write's transaction. */
async function checkEchoes(tx: WriteTx, source: Source): Promise<{ source: Source }> {
  const own = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT s.id FROM source_echoes e JOIN statements s ON s.id = e.statement_id
    WHERE e.source_id = ${sql.value(source.rowId)} AND s.source_id = e.source_id ORDER BY s.id LIMIT 1`,
  );
  if (own.length > 0) {
    throw badInput(`Statement ${toGlobalId('Statement', own[0].id)} comes from this source: a source echoes other sources' statements`, {
      field: ['input', 'echoedStatementIds'],
    });
  }
  return { source };
}

export const sourceMutations = [
  mutation({
    name: 'createSource',
    description: 'Records a document: a readout, release, press conference, article…',
    role: Role.EDITOR,
    input: CreateInput(SourceFields, 'CreateSourceInput', 'The source to record.'),
    inputDescription: 'The source to record.',
    payload: SourcePayload,
    write: async (tx, input: SourceFields & MutationInput) => checkEchoes(tx, await sourceWrites.create(tx, input)),
  }),
  mutation({
    name: 'updateSource',
    description: 'Corrects a source.',
    role: Role.EDITOR,
    input: UpdateInputOf(SourceFields, 'UpdateSourceInput', 'Changes to a source.'),
    inputDescription: 'Changes to a source.',
    payload: SourcePayload,
    write: async (tx, input: Partial<SourceFields> & UpdateInput) => checkEchoes(tx, await sourceWrites.update(tx, input)),
  }),
];
