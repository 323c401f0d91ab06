import { userInfo } from 'node:os';
import { randomUUID } from 'node:crypto';
import { sql } from 'pg-sql2';
import type { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import type { Config } from '../config';
import { createContext } from '../context';
import { notFound } from '../common/errors';
import { txQuery } from '../common/tx-query';
import { InputCheck } from '../common/validation';
import { runWrite } from '../write/run-write';
import type { WriteTx } from '../write/write-tx';
import { ApiKey } from './api-key.entity';
import { generateKey, hashKey, visiblePrefix } from './authenticate';
import { Role, type Principal } from './role';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export interface NewApiKey {
  apiKey: ApiKey;
  /** The key itself: shown to its creator once, stored nowhere. */
  key: string;
}

/** Generates a key and stores its hash; the audit entry holds neither. */
export async function createApiKey(tx: WriteTx, input: { name: string; role: Role }): Promise<NewApiKey> {
  const v = new InputCheck();
  const name = v.matches('name', input.name, NAME, '1 to 64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit', true)!;
  const role = v.value('role', input.role)!;
  v.throwProblems();
  const key = generateKey();
  const row = tx.manager.create(ApiKey, { name, role, prefix: visiblePrefix(key), keyHash: hashKey(key), createdBy: tx.actor.name });
  await tx.assertUnique(ApiKey, row, { columns: ['name'], field: 'name', label: 'name (names stay taken after revocation)' }, ['input']);
  const { keyHash: _hash, ...apiKey } = await tx.manager.save(row);
  const saved = tx.manager.create(ApiKey, apiKey);
  tx.record(AuditAction.CREATE, 'ApiKey', saved.id, null, { name, role, prefix: saved.prefix, createdBy: saved.createdBy });
  return { apiKey: saved, key };
}

/** Revokes a key by id or name; revoking a revoked key changes nothing. */
export async function revokeApiKey(tx: WriteTx, input: { id?: string | null; name?: string | null }): Promise<ApiKey> {
  const v = new InputCheck();
  if ((input.id == null) === (input.name == null)) v.fail('id', 'or name must be given, not both');
  const rowId = v.decode('id', input.id, ApiKey, false);
  v.throwProblems();
  const where = rowId != null ? { rowId } : { name: input.name! };
  const key = await tx.manager.findOne(ApiKey, { where, lock: { mode: 'pessimistic_write' } });
  if (!key)
    throw notFound(`No API key has ${rowId != null ? `id ${input.id}` : `name "${input.name}"`}`, {
      field: ['input', rowId != null ? 'id' : 'name'],
    });
  if (key.revokedAt) return key;
  await txQuery(tx.manager, sql`UPDATE api_keys SET revoked_at = now() WHERE id = ${sql.value(key.rowId)}`);
  const revoked = await tx.manager.findOneByOrFail(ApiKey, { rowId: key.rowId });
  tx.record(AuditAction.REVOKE, 'ApiKey', key.id, { revokedAt: null }, { revokedAt: revoked.revokedAt });
  return revoked;
}

export function listApiKeys(db: DataSource): Promise<ApiKey[]> {
  return db.getRepository(ApiKey).find({ order: { name: 'ASC' } });
}

/** The command line acts as an admin without a key; its audit entries name the OS user. */
function commandLineContext(db: DataSource, config: Config) {
  const principal: Principal = { keyId: null, name: `cli:${userInfo().username}`, role: Role.ADMIN };
  return createContext(db, config, `cli-${randomUUID()}`, { principal });
}

/** What `npm run apikey -- create` does: the createApiKey mutation's own path, run locally. */
export function issueApiKey(db: DataSource, config: Config, input: { name: string; role: Role }): Promise<NewApiKey> {
  const ctx = commandLineContext(db, config);
  return runWrite(ctx, { operation: 'createApiKey', input, idempotent: false }, (tx) => createApiKey(tx, input));
}

export async function revokeApiKeyLocally(db: DataSource, config: Config, input: { id?: string; name?: string }): Promise<ApiKey> {
  const ctx = commandLineContext(db, config);
  const { apiKey } = await runWrite(ctx, { operation: 'revokeApiKey', input, idempotent: false }, async (tx) => ({
    apiKey: await revokeApiKey(tx, input),
  }));
  return apiKey;
}
