import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createContext, type Context } from '../common/context';
import { formatError, isClientSafe } from '../common/format-error';
import { MAX_REQUEST_BYTES, validationRules } from '../common/validation';
import type { Logger } from '../logger';
import type { StatementFeed } from '../statements/statement-feed';
import { authenticateConnection, ConnectionRefused, type ConnectionIdentity, type KeyVerifier } from './connection-auth';
import { sharedSubscribe } from './shared-execution';

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  db: DataSource;
  config: Config;
  logger: Logger;
  feed: StatementFeed;
  verifyKey: KeyVerifier;
}

export interface SubscriptionServer {
  /** Closes every socket with 1001 Going Away and stops accepting new ones. */
  stop(): Promise<void>;
}

type ConnectionState = {
  identity?: ConnectionIdentity;
};

export const GRAPHQL_PATH = '/graphql';

/**
 * Browsers send Origin on a WebSocket upgrade and, unlike fetch, do not enforce CORS on it, so a
 * page on any site could otherwise open a socket here with its visitor's network position.
 * Allowed: no Origin (not a browser), the same origin (the landing page's embedded Sandbox), and
 * the CORS allow-list.
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Operations that parsed and validated, by text, as Apollo's document store keeps them for HTTP:
 * a crowd subscribing with the same operation shares one AST instead of one each, and skips
 * parsing and validating it again. Least recently used first out.
 */
class DocumentCache {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly maxEntries = 500,
    private readonly maxQueryLength = 20_000,
  ) {}

  get(query: string): DocumentNode | undefined {
    const document = this.documents.get(query);
    if (document) {
      this.documents.delete(query);
      this.documents.set(query, document);
    }
    return document;
  }

  set(query: string, document: DocumentNode): void {
    if (query.length > this.maxQueryLength) return;
    this.documents.set(query, document);
    if (this.documents.size > this.maxEntries) this.documents.delete(this.documents.keys().next().value!);
  }
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

/**
 * Subscriptions over graphql-transport-ws on the HTTP server's port and path. Operations are
 * parsed and validated with the same rules as HTTP, errors formatted the same way; queries and
 * mutations stay on HTTP, where their limits and authorization live.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { httpServer, schema, db, config, logger, feed, verifyKey } = options;
  const production = config.env === 'production';
  const rules = validationRules(config);
  const documents = new DocumentCache();
  // Subscribers share executions only with others of the same role (see sharedSubscribe).
  const roles = new WeakMap<object, string>();

  const wss = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    maxPayload: MAX_REQUEST_BYTES,
    verifyClient: (info, done) => {
      if (isAllowedOrigin(info.req.headers.origin, info.req.headers.host, config.corsOrigins)) return done(true);
      logger.warn({ origin: info.origin }, 'WebSocket upgrade refused: origin not allowed');
      done(false, 403, 'Origin not allowed');
    },
  });

  // Subscribers sharing an execution share its errors too: log each once, not once per subscriber.
  const logged = new WeakSet<GraphQLError>();
  const report = (errors: readonly GraphQLError[], operationName: string | null | undefined) => {
    for (const error of errors) {
      if (isClientSafe(error) || logged.has(error)) continue;
      logged.add(error);
      logger.error({ err: error.originalError ?? error, path: error.path, operationName }, 'subscription error');
    }
    return errors.map((error) => formatError(error.toJSON(), production));
  };

  const server = useServer<Record<string, unknown>, ConnectionState>(
    {
      schema,
      isProd: production,
      connectionInitWaitTimeout: config.wsConnectionInitTimeoutMs,
      subscribe: sharedSubscribe((args) => roles.get(args.contextValue as object) ?? null),
      onConnect: async (ctx) => {
        try {
          ctx.extra.identity = await authenticateConnection(ctx.connectionParams, { requireAuthForReads: config.requireAuthForReads, verifyKey });
          return true;
        } catch (error) {
          if (!(error instanceof ConnectionRefused)) throw error;
          // graphql-ws would close a refusal with 4403 only; 4401 (no credential) needs closing here.
          ctx.extra.socket.close(error.closeCode, error.message);
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload): ExecutionArgs | readonly GraphQLError[] => {
        let document = documents.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query);
          } catch (error) {
            if (error instanceof GraphQLError) return [withCode(error, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)];
            throw error;
          }
          const invalid = validate(schema, document, rules);
          if (invalid.length > 0) return invalid.map((e) => withCode(e, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED));
          documents.set(payload.query, document);
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return [new GraphQLError('Could not identify the operation to run; name one with operationName', {
            extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE },
          })];
        }
        if (operation.operation !== 'subscription') {
          return [new GraphQLError(`Send ${operation.operation} operations over HTTP (POST ${GRAPHQL_PATH}); this socket serves subscriptions`, {
            extensions: { code: ApolloServerErrorCode.BAD_REQUEST },
          })];
        }
        const contextValue: Context = { ...createContext(db, config, randomUUID()), statementFeed: feed };
        if (ctx.extra.identity) roles.set(contextValue, ctx.extra.identity.role);
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onNext: (_ctx, _id, payload, _args, result) => {
        if (!result.errors?.length) return undefined;
        return { ...result, errors: report(result.errors, payload.operationName) };
      },
      onError: (_ctx, _id, payload, errors) => report(errors, payload.operationName),
    },
    wss,
  );

  return {
    stop: async () => {
      await server.dispose();
    },
  };
}
