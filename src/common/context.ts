import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { StatementFeed } from '../statements/statement-feed';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders and the configuration. */
export interface Context {
  db: DataSource;
  config: Config;
  loaders: Loaders;
  requestId: string;
  /** Where `statementAdded` subscribes; present on WebSocket operations, where subscriptions run. */
  statementFeed?: StatementFeed;
}

export function createContext(db: DataSource, config: Config, requestId: string): Context {
  return { db, config, loaders: new Loaders(db), requestId };
}
