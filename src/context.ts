import type { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from './auth/role';
import type { Config } from './config';
import type { StatementFeed } from './statements/statement-feed';
import { Loaders } from './common/loaders';

/** What every resolver receives: the database, this request's loaders and the configuration. */
export interface Context {
  db: DataSource;
  config: Config;
  loaders: Loaders;
  requestId: string;
  /** The API key the request was made with; null when it sent none. */
  principal: Principal | null;
  /** Why the request's credentials were refused; reported before anything runs (see authPlugin). */
  authError: GraphQLError | null;
  /** The request's Idempotency-Key header, when it sent one. */
  idempotencyKey: string | null;
  /** Where `statementAdded` subscribes; present on WebSocket operations, where subscriptions run. */
  statementFeed?: StatementFeed;
}

export type RequestIdentity = Partial<Pick<Context, 'principal' | 'authError' | 'idempotencyKey'>>;

export function createContext(db: DataSource, config: Config, requestId: string, identity: RequestIdentity = {}): Context {
  return {
    db,
    config,
    loaders: new Loaders(db),
    requestId,
    principal: identity.principal ?? null,
    authError: identity.authError ?? null,
    idempotencyKey: identity.idempotencyKey ?? null,
  };
}
