import { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate';
import type { Principal } from '../auth/role';
import type { Config } from '../config';

/** A socket refused during `connection_init`, with the graphql-transport-ws close code to send. */
export class ConnectionRefused extends Error {
  constructor(
    readonly closeCode: CloseCode.Unauthorized | CloseCode.Forbidden,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The `connection_init` counterpart of the HTTP `Authorization` header: the client sends
 * `{ authorization: "Bearer <key>" }` as connectionParams, checked exactly as the header is.
 * No credential: an anonymous reader, or 4401 Unauthorized when reads need a key. A credential
 * the server refuses (malformed, unknown, revoked): 4403 Forbidden, graphql-ws's code for a
 * refused `connection_init`, with the same message HTTP gives.
 */
export async function authenticateConnection(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  db: DataSource,
  config: Pick<Config, 'requireAuthForReads'>,
): Promise<Principal | null> {
  const header = connectionParams?.authorization ?? connectionParams?.Authorization;
  let principal: Principal | null;
  try {
    principal = await authenticate(db, typeof header === 'string' ? header : null);
  } catch (error) {
    if (error instanceof GraphQLError) throw new ConnectionRefused(CloseCode.Forbidden, `Forbidden: ${error.message}`);
    throw error;
  }
  if (!principal && config.requireAuthForReads) {
    throw new ConnectionRefused(CloseCode.Unauthorized, 'Unauthorized: send connectionParams.authorization "Bearer <API key>"');
  }
  return principal;
}
