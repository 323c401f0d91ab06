import { createHash, randomBytes } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { sql } from 'pg-sql2';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Context, RequestIdentity } from '../context';
import { apiError, ErrorCode } from '../common/errors';
import { readQuery } from '../common/read-query';
import type { Principal, Role } from './role';

/** Recognisable in logs, configs and secret scanners. */
export const KEY_PREFIX = 'ask_';
const KEY_FORMAT = /^ask_[A-Za-z0-9_-]{43}$/;
const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export function generateKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Keys carry 256 random bits, so a plain SHA-256 is enough: there is nothing to brute-force. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The part of a key that may be shown again: the prefix and six of its 43 random characters. */
export function visiblePrefix(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 6);
}

/**
 * The caller named by an `Authorization: Bearer <key>` header: null without a header, the key's
 * name and role for a working key, UNAUTHENTICATED for anything else. Also what WebSocket
 * `connection_init` uses. Messages never repeat the key.
 */
export async function authenticate(db: DataSource, authorization: string | null | undefined): Promise<Principal | null> {
  if (authorization == null || authorization.trim() === '') return null;
  const token = BEARER.exec(authorization)?.[1];
  if (!token) throw apiError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <API key>"');
  if (!KEY_FORMAT.test(token)) throw apiError(ErrorCode.UNAUTHENTICATED, 'The bearer token is not an API key of this service');
  const { text, values } = sql.compile(sql`SELECT id, name, role, revoked_at FROM api_keys WHERE key_hash = ${sql.value(hashKey(token))}`);
  const rows = await readQuery<{ id: number; name: string; role: Role; revoked_at: Date | null }>(db, text, values);
  if (rows.length === 0) throw apiError(ErrorCode.UNAUTHENTICATED, 'Unknown API key');
  if (rows[0].revoked_at) throw apiError(ErrorCode.UNAUTHENTICATED, 'This API key has been revoked');
  return { keyId: rows[0].id, name: rows[0].name, role: rows[0].role };
}

/** Refuses an anonymous caller when the server is configured to need a key for reads too. */
export function assertCanRead(config: Pick<Config, 'requireAuthForReads'>, principal: Principal | null): void {
  if (config.requireAuthForReads && !principal) {
    throw apiError(ErrorCode.UNAUTHENTICATED, 'This server needs an API key for every request: send "Authorization: Bearer <key>"');
  }
}

/**
 * Who an HTTP request comes from. A refused key does not fail context creation (Apollo would
 * prefix its message); it is kept and reported by authPlugin before the operation runs.
 */
export async function identifyRequest(db: DataSource, headers: Record<string, string | string[] | undefined>): Promise<RequestIdentity> {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const idempotencyKey = header('idempotency-key') ?? null;
  try {
    return { principal: await authenticate(db, header('authorization')), idempotencyKey };
  } catch (error) {
    if (error instanceof GraphQLError) return { principal: null, authError: error, idempotencyKey };
    throw error;
  }
}

/** Fails the request with HTTP 401 when its key was refused, or reads need one and it sent none. */
export function authPlugin(): ApolloServerPlugin<Context> {
  const withStatus = (error: GraphQLError) =>
    new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.authError) throw withStatus(contextValue.authError);
          try {
            assertCanRead(contextValue.config, contextValue.principal);
          } catch (error) {
            throw error instanceof GraphQLError ? withStatus(error) : error;
          }
        },
      };
    },
  };
}
