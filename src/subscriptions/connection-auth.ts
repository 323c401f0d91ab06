import { CloseCode } from 'graphql-ws';

export type ApiKeyRole = 'READER' | 'EDITOR' | 'ADMIN';

/** Who an API key belongs to. */
export interface KeyIdentity {
  name: string;
  role: ApiKeyRole;
}

/**
 * Checks an API key (the token after "Bearer "): its owner, or null when the key is unknown or
 * revoked. The API-key service provides the real one; the app passes it in.
 */
export type KeyVerifier = (token: string) => Promise<KeyIdentity | null>;

/** Who is on the other end of a socket: a key's owner, or an anonymous reader when reads are open. */
export type ConnectionIdentity = KeyIdentity | { name: null; role: 'READER' };

export const ANONYMOUS_READER: ConnectionIdentity = Object.freeze({ name: null, role: 'READER' });

/** Fails closed: until a verifier is wired in, no key opens a socket that requires one. */
export const refuseAllKeys: KeyVerifier = async () => null;

/** A socket refused during `connection_init`, with the graphql-transport-ws close code to send. */
export class ConnectionRefused extends Error {
  constructor(
    readonly closeCode: CloseCode.Unauthorized | CloseCode.Forbidden,
    message: string,
  ) {
    super(message);
  }
}

export interface ConnectionAuthOptions {
  requireAuthForReads: boolean;
  verifyKey: KeyVerifier;
}

/**
 * The `connection_init` counterpart of the HTTP `Authorization` header: the client sends
 * `{ authorization: "Bearer <key>" }` as connectionParams. With reads open, every socket is an
 * anonymous reader. With reads closed, no or a malformed credential is 4401 Unauthorized, and a
 * key the verifier rejects 4403 Forbidden (graphql-ws's code for a refused `connection_init`).
 */
export async function authenticateConnection(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  options: ConnectionAuthOptions,
): Promise<ConnectionIdentity> {
  if (!options.requireAuthForReads) return ANONYMOUS_READER;
  const header = connectionParams?.authorization ?? connectionParams?.Authorization;
  const token = typeof header === 'string' ? /^Bearer\s+(\S{1,512})$/i.exec(header.trim())?.[1] : undefined;
  if (!token) throw new ConnectionRefused(CloseCode.Unauthorized, 'Unauthorized: send connectionParams.authorization "Bearer <API key>"');
  const identity = await options.verifyKey(token);
  if (!identity) throw new ConnectionRefused(CloseCode.Forbidden, 'Forbidden: unknown or revoked API key');
  return identity;
}
