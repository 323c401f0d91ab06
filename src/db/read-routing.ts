import type { ApolloServerPlugin } from '@apollo/server';
import { sql } from 'pg-sql2';
import type { DataSource } from 'typeorm';
import type { Context } from '../context';
import { Loaders } from '../common/loaders';
import { readQuery } from '../common/read-query';
import { txQuery } from '../common/tx-query';

/**
 * Queries go to the read replicas in turn; mutations, and every read of an API key that wrote
 * within `windowMs` (on any instance: the primary's client_writes table says), go to the
 * primary. Subscriptions' listener and the write path never see a replica.
 */
export function readRouting(primary: DataSource, replicas: DataSource[], windowMs: number): ApolloServerPlugin<Context> {
  let next = 0;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query' || replicas.length === 0) return;
          const keyId = contextValue.principal?.keyId;
          if (keyId) {
            const { text, values } = sql.compile(
              sql`SELECT 1 FROM client_writes WHERE key_id = ${sql.value(keyId)} AND at > clock_timestamp() - ${sql.value(windowMs)} * interval '1 millisecond'`,
            );
            const recent = await readQuery(primary, text, values);
            if (recent.length > 0) return;
          }
          const replica = replicas[next++ % replicas.length];
          contextValue.db = replica;
          contextValue.loaders = new Loaders(replica);
        },
        async willSendResponse({ operation, contextValue }) {
          // Recorded before the response leaves, so the client's next request sees it.
          const keyId = contextValue.principal?.keyId;
          if (operation?.operation !== 'mutation' || !keyId || replicas.length === 0) return;
          await txQuery(
            primary.manager,
            sql`INSERT INTO client_writes (key_id, at) VALUES (${sql.value(keyId)}, clock_timestamp()) ON CONFLICT (key_id) DO UPDATE SET at = EXCLUDED.at`,
          );
        },
      };
    },
  };
}
