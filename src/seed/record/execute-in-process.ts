import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import type { DataSource } from 'typeorm';
import { Role } from '../../auth/role';
import type { Config } from '../../config';
import { createContext } from '../../context';
import { createSchema } from '../../schema';
import type { Execute } from './load-record';

/**
 * Runs operations against the API's own schema in this process, as an ADMIN named `seed:record`:
 * the resolvers, input checks, write path and audit a client's request goes through, without HTTP.
 */
export async function executeInProcess(db: DataSource, config: Config): Promise<Execute> {
  const schema = await createSchema();
  const principal = { keyId: null, name: 'seed:record', role: Role.ADMIN };
  return async (source, variableValues) => {
    const result = await graphql({ schema, source, variableValues, contextValue: createContext(db, config, randomUUID(), { principal }) });
    return {
      data: result.data as Record<string, any> | null | undefined,
      errors: result.errors?.map((e) => ({ message: e.message, extensions: e.extensions })),
    };
  };
}
