import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders and the configuration. */
export interface Context {
  db: DataSource;
  config: Config;
  loaders: Loaders;
  requestId: string;
}

export function createContext(db: DataSource, config: Config, requestId: string): Context {
  return { db, config, loaders: new Loaders(db), requestId };
}
