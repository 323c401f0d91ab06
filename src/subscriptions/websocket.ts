import type http from 'node:http';
import { GraphQLError, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { sql } from 'pg-sql2';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { apiError, ErrorCode } from '../common/errors';
import { readQuery } from '../common/read-query';
import { RateLimiter, type SharedRateLimiter } from '../http/rate-limit';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Principal } from '../auth/role';
import { corsAllows } from '../http/origins';
import { authenticateConnection, ConnectionRefused } from './connection-auth';
import { type SubscriptionOperations, GRAPHQL_PATH } from './operations';

export { GRAPHQL_PATH };

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  db: DataSource;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** Shared with HTTP: a client's subscribes and requests draw on one budget (across instances when kept in PostgreSQL). */
  limiter: Pick<RateLimiter | SharedRateLimiter, 'take'>;
  /** The checks every HTTP operation passes (query limits, NUL characters). */
  /** Parsing, checks, context and error reports, shared with the Server-Sent Events transport. */
  operations: SubscriptionOperations;
}

export interface SubscriptionServer {
  /** Closes every socket with 1001 Going Away and stops accepting new ones. */
  stop(): Promise<void>;
}

/** Pings every this often; a socket that has not answered the previous ping by then is dropped. */
const KEEPALIVE_MS = 12_000;

type ConnectionState = {
  socket: WebSocket;
  request: http.IncomingMessage;
  /** The API key of `connection_init`; null for an anonymous reader. */
  principal?: Principal | null;
  /** Ids of this socket's subscriptions that are streaming (for the active-subscriptions gauge). */
  streaming?: Set<string>;
};

/**
 * Browsers send Origin on a WebSocket upgrade and, unlike fetch, do not enforce CORS on it, so a
 * page on any site could otherwise open a socket here with its visitor's network position.
 * Allowed: no Origin (not a browser), the same origin (the landing page's embedded Sandbox), and
 * the CORS allow-list (with local origins outside production, as for HTTP).
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
  allowLocal = false,
): boolean {
  if (origin === undefined) return true;
  if (corsAllows(origin, allowed, allowLocal)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Close code for a socket over the instance's ceiling (RFC 6455: Try Again Later). */
export const TRY_AGAIN_LATER = 1013;

/**
 * Why a key that opened a socket no longer may use it: revoked, deleted, or given another role
 * (a downgrade must not keep the old role's subscriptions); null while it still holds.
 */
export async function keysWithdrawn(db: DataSource, principals: readonly Principal[]): Promise<Map<number, string>> {
  const ids = [...new Set(principals.map((p) => p.keyId).filter((id): id is number => id !== null))];
  const withdrawn = new Map<number, string>();
  if (ids.length === 0) return withdrawn;
  const { text, values } = sql.compile(sql`SELECT id, role, revoked_at FROM api_keys WHERE id = ANY(${sql.value(ids)}::int[])`);
  const rows = await readQuery<{ id: number; role: string; revoked_at: Date | null }>(db, text, values);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  for (const principal of principals) {
    if (principal.keyId === null || withdrawn.has(principal.keyId)) continue;
    const row = byId.get(principal.keyId);
    if (!row) withdrawn.set(principal.keyId, 'Forbidden: this API key no longer exists');
    else if (row.revoked_at) withdrawn.set(principal.keyId, 'Forbidden: this API key has been revoked');
    else if (row.role !== principal.role)
      withdrawn.set(principal.keyId, `Forbidden: this API key's role changed to ${row.role}; connect again`);
  }
  return withdrawn;
}

/**
 * Re-checks the API keys of open connections every `everyMs`, on every instance alike, so a key
 * revoked anywhere loses its connections here within that time: `withdraw` gets each connection
 * whose key no longer holds, with the reason. Returns the timer, to clear at shutdown.
 */
export function recheckKeys<T extends { principal?: Principal | null }>(
  db: DataSource,
  everyMs: number,
  logger: Logger,
  open: () => T[],
  withdraw: (connection: T, reason: string) => void,
): NodeJS.Timeout {
  let rechecking = false;
  const timer = setInterval(() => {
    const keyed = open().filter((c) => c.principal?.keyId != null);
    if (rechecking || keyed.length === 0) return;
    rechecking = true;
    keysWithdrawn(
      db,
      keyed.map((c) => c.principal!),
    )
      .then((withdrawn) => {
        for (const connection of keyed) {
          const reason = withdrawn.get(connection.principal!.keyId!);
          if (reason) withdraw(connection, reason);
        }
      })
      // The database being away is no reason to drop connections: the next round checks again.
      .catch((error) => logger.debug({ err: error }, 'API key re-check failed'))
      .finally(() => (rechecking = false));
  }, everyMs);
  timer.unref();
  return timer;
}

/** The client address as HTTP's rate limiting sees it (express's `req.ip`). */
function clientAddress(request: http.IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0].trim();
  return request.socket.remoteAddress;
}

/**
 * Subscriptions over graphql-transport-ws on the HTTP server's port and path. Operations are
 * parsed, validated and checked against the query limits and the rate limit as on HTTP, and
 * errors formatted the same way; queries and mutations stay on HTTP, where their deadlines and
 * authorization live.
 */
export function serveSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { httpServer, schema, db, config, logger, metrics, limiter, operations } = options;

  // Sockets opened with an API key, re-checked every wsKeyRecheckMs (see recheckKeys).
  const keyed = new Set<ConnectionState>();
  const withdraw = (state: ConnectionState, reason: string) => {
    keyed.delete(state);
    logger.info({ keyId: state.principal?.keyId, reason }, 'WebSocket closed: API key withdrawn');
    state.socket.close(CloseCode.Forbidden, reason);
  };
  const recheck = recheckKeys(
    db,
    config.wsKeyRecheckMs,
    logger,
    () => [...keyed],
    (state, reason) => keyed.has(state) && withdraw(state, reason),
  );

  const wss = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    maxPayload: config.limits.maxBodyBytes,
    handleProtocols,
    verifyClient: (info, done) => {
      if (isAllowedOrigin(info.req.headers.origin, info.req.headers.host, config.corsOrigins, config.corsAllowLocalhost)) return done(true);
      logger.warn({ origin: info.origin }, 'WebSocket upgrade refused: origin not allowed');
      done(false, 403, 'Origin not allowed');
    },
  });

  const server = makeServer<Record<string, unknown>, ConnectionState>({
    schema,
    connectionInitWaitTimeout: config.wsConnectionInitTimeoutMs,
    // Subscribers share executions only with others of the same role (see sharedSubscribe).
    subscribe: operations.subscribe,
    onConnect: async (ctx) => {
      try {
        ctx.extra.principal = await authenticateConnection(ctx.connectionParams, db, config);
        if (ctx.extra.principal?.keyId != null && ctx.extra.socket.readyState === ctx.extra.socket.OPEN) keyed.add(ctx.extra);
        return true;
      } catch (error) {
        if (!(error instanceof ConnectionRefused)) throw error;
        // graphql-ws would close a refusal with 4403 only; 4401 (no credential) needs closing here.
        ctx.extra.socket.close(error.closeCode, error.message);
        return false;
      }
    },
    onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
      // `ctx.subscriptions` already holds this one.
      const open = Object.keys(ctx.subscriptions).length;
      if (open > config.wsMaxSubscriptionsPerSocket) {
        return [
          new GraphQLError(
            `Too many subscriptions on this socket: ${open}, at most ${config.wsMaxSubscriptionsPerSocket} at once; complete one or open another socket`,
            {
              extensions: {
                code: ErrorCode.QUERY_LIMIT_EXCEEDED,
                limit: 'subscriptionsPerSocket',
                max: config.wsMaxSubscriptionsPerSocket,
                actual: open,
              },
            },
          ),
        ];
      }
      // The key may have been revoked or changed since connection_init: check it again.
      if (ctx.extra.principal?.keyId != null) {
        let reason: string | undefined;
        try {
          reason = (await keysWithdrawn(db, [ctx.extra.principal])).get(ctx.extra.principal.keyId);
        } catch {
          return [apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The API key could not be checked; retry shortly')];
        }
        if (reason) {
          withdraw(ctx.extra, reason);
          return [apiError(ErrorCode.UNAUTHENTICATED, reason)];
        }
      }
      let retryAfter: number;
      try {
        retryAfter = await limiter.take(
          RateLimiter.clientKey(ctx.extra.principal?.keyId, clientAddress(ctx.extra.request, config.trustProxy)),
        );
      } catch (error) {
        // The shared limiter's database is away: refuse this start, keep the socket.
        logger.warn({ err: error }, 'rate limit could not be checked for a subscription');
        return [apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The rate limit could not be checked; retry shortly')];
      }
      if (retryAfter > 0) {
        return [apiError(ErrorCode.RATE_LIMITED, `Too many requests; retry after ${retryAfter} s`, { retryAfterSeconds: retryAfter })];
      }
      return operations.prepare(payload, ctx.extra.principal ?? null, 'this socket');
    },
    onNext: (_ctx, _id, payload, _args, result) => {
      if (!result.errors?.length) return undefined;
      return { ...result, errors: operations.report(result.errors, payload.operationName) };
    },
    onError: (_ctx, _id, payload, errors) => operations.report(errors, payload.operationName),
    onOperation: (ctx, id, _payload, _args, result) => {
      if (!(Symbol.asyncIterator in Object(result))) return;
      (ctx.extra.streaming ??= new Set()).add(id);
      metrics.activeSubscriptions.inc();
    },
    onComplete: (ctx, id) => {
      if (ctx.extra.streaming?.delete(id)) metrics.activeSubscriptions.dec();
    },
  });

  // graphql-ws's own `ws` glue, with the server's logger instead of console.error: a client that
  // breaks the WebSocket framing (a frame over MAX_BODY_BYTES, bad UTF-8) is closed by `ws`
  // with the proper code (1009, 1007, 1002) and is no internal error of ours.
  wss.on('error', (error) => logger.error({ err: error }, 'WebSocket server error'));
  wss.on('connection', (socket, request) => {
    socket.on('error', (error) => logger.debug({ err: error.message }, 'WebSocket closed for a protocol violation'));
    if (wss.clients.size > config.wsMaxConnections) {
      metrics.errors.inc({ code: 'TOO_MANY_CONNECTIONS' });
      socket.close(TRY_AGAIN_LATER, `Too many connections on this instance (at most ${config.wsMaxConnections}); try again later`);
      return;
    }
    let answered = true;
    socket.on('pong', () => (answered = true));
    const keepAlive = setInterval(() => {
      if (!answered) return socket.terminate();
      answered = false;
      socket.ping();
    }, KEEPALIVE_MS);
    const extra: ConnectionState = { socket, request };
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            // A socket closing under a send is the client leaving, not a failure.
            socket.send(data, (error) => (error && socket.readyState === socket.OPEN ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              // A well-formed message only a server may send (`next`, `error`, `connection_ack`):
              // the client broke the protocol, as with any other bad message.
              if (error instanceof Error && error.message.startsWith('Unexpected message of type')) {
                socket.close(CloseCode.BadRequest, error.message.slice(0, 120));
                return;
              }
              logger.error({ err: error }, 'WebSocket message handling failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      extra,
    );
    socket.once('close', (code, reason) => {
      clearInterval(keepAlive);
      keyed.delete(extra);
      void closed(code, String(reason));
    });
  });

  return {
    stop: async () => {
      clearInterval(recheck);
      for (const socket of wss.clients) socket.close(1001, 'Going away');
      // Resolves once every socket has closed (or been cut by ws after its close timeout).
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
