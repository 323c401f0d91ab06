import { createHash } from 'node:crypto';
import { sql } from 'pg-sql2';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/role';
import { entities } from '../db/entities';
import type { Context } from '../context';
import { badInput, conflict, type ErrorDetails } from '../common/errors';
import type { MutationInput } from './mutation-types';
import { NodeEntity } from '../common/node';
import { txQuery } from '../common/tx-query';

/** Contexts whose Idempotency-Key header a mutation has already taken. */
const headerTaken = new WeakSet<Context>();
const entityByName = new Map<string, (typeof entities)[number]>(entities.map((e) => [e.name, e]));

/** A stored payload names its objects rather than copying them; a replay reads them afresh. */
type Stored = { $node: string; rowId: number } | Stored[] | { [key: string]: Stored } | string | number | boolean | null;

function serialize(value: unknown): Stored {
  if (value instanceof NodeEntity) return { $node: value.constructor.name, rowId: value.rowId };
  if (Array.isArray(value)) return value.map(serialize);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, serialize(v)]),
    );
  }
  return (value ?? null) as Stored;
}

async function restore(ctx: Context, value: Stored): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => restore(ctx, v)));
  if (value === null || typeof value !== 'object') return value;
  if ('$node' in value && typeof value.$node === 'string') {
    const entity = entityByName.get(value.$node);
    const row = entity ? await ctx.loaders.byKey<NodeEntity, number>(entity).load(value.rowId as number) : null;
    if (!row) throw conflict(`The ${value.$node} the first attempt of this request wrote has been deleted since`);
    return row;
  }
  const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await restore(ctx, v as Stored)] as const));
  return Object.fromEntries(entries);
}

/** The same mutation with the same input hashes alike, whatever the key order or clientMutationId. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => k !== 'clientMutationId' && (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export interface Idempotency {
  /** Claims the key inside the write's transaction; returns the first attempt's payload if it had one. */
  claim(manager: EntityManager): Promise<{ stored: unknown } | null>;
  save(manager: EntityManager, payload: object): Promise<void>;
}

/**
 * The idempotency key of a mutation: its `clientMutationId`, else the request's
 * Idempotency-Key header (which covers one mutation per request). Keys belong to the API key
 * that sent them. Null when the mutation has none.
 */
export function idempotencyFor(ctx: Context, principal: Principal, operation: string, input: object): Idempotency | null {
  const { clientMutationId } = input as MutationInput;
  let key: string;
  let where: ErrorDetails;
  if (clientMutationId != null) {
    key = clientMutationId;
    where = { field: ['input', 'clientMutationId'] };
  } else if (ctx.idempotencyKey != null) {
    where = { header: 'Idempotency-Key' };
    if (headerTaken.has(ctx)) {
      throw badInput(
        'The Idempotency-Key header covers one mutation per request; give each mutation its own input.clientMutationId',
        where,
      );
    }
    headerTaken.add(ctx);
    key = ctx.idempotencyKey;
  } else {
    return null;
  }
  if (key.trim() === '' || key.length > 200 || /[\u0000-\u001f\u007f]/.test(key)) {
    throw badInput('An idempotency key must be 1 to 200 characters without control characters (a UUID is a good choice)', where);
  }
  if (principal.keyId === null) return null;
  const apiKeyId = principal.keyId;
  const hash = createHash('sha256')
    .update(JSON.stringify([operation, canonical(input)]))
    .digest('hex');
  const thisKey = sql`api_key_id = ${sql.value(apiKeyId)} AND key = ${sql.value(key)}`;
  return {
    async claim(manager) {
      // A concurrent first attempt holds this key uncommitted: the insert waits for it, and then
      // either goes ahead (it rolled back) or does nothing and the row below is its result.
      const inserted = await txQuery(
        manager,
        sql`INSERT INTO idempotency_keys (api_key_id, key, operation, request_hash)
            VALUES (${sql.value(apiKeyId)}, ${sql.value(key)}, ${sql.value(operation)}, ${sql.value(hash)})
            ON CONFLICT DO NOTHING RETURNING 1`,
      );
      if (inserted.length > 0) return null;
      const [first] = await txQuery<{ operation: string; request_hash: string; response: Stored }>(
        manager,
        sql`SELECT operation, request_hash, response FROM idempotency_keys WHERE ${thisKey}`,
      );
      if (first.operation !== operation || first.request_hash !== hash) {
        throw conflict(
          `This idempotency key was already used for ${first.operation === operation ? 'a different input' : `${first.operation}`}; use a new key for a new mutation`,
          where,
        );
      }
      return { stored: first.response };
    },
    async save(manager, payload) {
      await txQuery(manager, sql`UPDATE idempotency_keys SET response = ${sql.value(JSON.stringify(serialize(payload)))} WHERE ${thisKey}`);
    },
  };
}

/** The first attempt's payload with its objects read as they are now. */
export async function replayPayload<P>(ctx: Context, stored: unknown): Promise<P> {
  return (await restore(ctx, stored as Stored)) as P;
}
