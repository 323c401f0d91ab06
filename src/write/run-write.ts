import { GraphQLError } from 'graphql';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { recordChanges } from '../audit/audit.service';
import type { Context } from '../context';
import { badInput, conflict } from '../common/errors';
import { idempotencyFor, replayPayload } from './idempotency';
import type { MutationInput } from './mutation-types';
import { WriteTx } from './write-tx';

export interface WriteSpec {
  /** The mutation's name: what the audit entry and the idempotency key mention. */
  operation: string;
  /** The mutation's input; its clientMutationId, if any, is the idempotency key. */
  input: object;
  /**
   * False: no idempotency key at all. 'claim': the key is claimed (a reuse with another input is a
   * CONFLICT, as everywhere) but the payload is not stored for replays, e.g. a new API key's
   * secret; a retry with the same input is a CONFLICT too, saying so.
   */
  idempotent?: boolean | 'claim';
}

/** What a mutation resolver returns: its payload with the input's clientMutationId echoed. */
export type WrittenPayload<P> = P & { clientMutationId: string | null };

/** Unique (a concurrent insert of the same natural key), serialization and deadlock failures. */
const RETRIED = new Set(['23505', '40001', '40P01']);
const ATTEMPTS = 3;

function sqlState(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}

/** A database error as a client may see it: what happened and what to do, never SQL. */
function clientError(error: unknown): unknown {
  const state = sqlState(error);
  if (state === undefined || error instanceof GraphQLError) return error;
  if (state === '23505') return conflict('A concurrent write recorded the same object at the same moment; retry to see it');
  if (state === '23503')
    return conflict('A concurrent write deleted an object this one refers to, or added a reference to one it deletes; retry');
  if (state === '40001' || state === '40P01') return conflict('Concurrent writes to the same objects collided; retry');
  if (state === '23514' || state === '23502' || state.startsWith('22')) return badInput('A value is out of the range the record accepts');
  return error;
}

/** Runs `work` in one transaction, again when it lost a race the retry resolves. */
async function transaction<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction('READ COMMITTED', work);
    } catch (error) {
      const state = sqlState(error);
      if (state !== undefined && RETRIED.has(state) && attempt < ATTEMPTS) continue;
      throw clientError(error);
    }
  }
}

/**
 * Every mutation goes through here (its resolver has checked the caller's role): one transaction claims
 * the idempotency key (or finds the first attempt's result), runs the write, appends its audit
 * entries and stores the payload for replays. A failure anywhere leaves nothing behind.
 */
export async function runWrite<P extends object>(
  ctx: Context,
  spec: WriteSpec,
  write: (tx: WriteTx) => Promise<P>,
): Promise<WrittenPayload<P>> {
  // Roles are declared on the resolvers (@Authorized) and checked before they run; the command
  // line acts as a principal of its own.
  const principal = ctx.principal;
  if (!principal) throw new Error(`${spec.operation} ran without a principal: its resolver must declare @Authorized`);
  const idempotency = spec.idempotent === false ? null : idempotencyFor(ctx, principal, spec.operation, spec.input);
  const outcome = await transaction(ctx.db, async (manager): Promise<{ payload: P } | { stored: unknown }> => {
    const first = await idempotency?.claim(manager);
    if (first && spec.idempotent === 'claim') {
      throw conflict(
        `This clientMutationId already ran ${spec.operation} with this input, whose result is shown only once; use a new clientMutationId`,
        {
          field: ['input', 'clientMutationId'],
        },
      );
    }
    if (first) return first;
    const tx = new WriteTx(manager, principal);
    const payload = await write(tx);
    await recordChanges(manager, { principal, operation: spec.operation, requestId: ctx.requestId }, tx.changes);
    if (spec.idempotent !== 'claim') await idempotency?.save(manager, payload);
    return { payload };
  });
  // Rows loaded earlier in this request predate the write.
  ctx.loaders.clear();
  const payload = 'stored' in outcome ? await replayPayload<P>(ctx, outcome.stored) : outcome.payload;
  return { ...payload, clientMutationId: (spec.input as MutationInput).clientMutationId ?? null };
}
