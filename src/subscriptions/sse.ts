import type { Request as ExpressRequest, RequestHandler } from 'express';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/role';
import type { Config } from '../config';
import type { Context, RequestIdentity } from '../context';
import { apiError, ErrorCode } from '../common/errors';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { SSE_PATH, SUBSCRIPTION_TRANSPORTS, type SubscriptionOperations } from './operations';
import { recheckKeys } from './websocket';

export interface EventStreamOptions {
  db: DataSource;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  operations: SubscriptionOperations;
  /** True once the server is shutting down: no new streams. */
  shuttingDown: () => boolean;
}

export interface EventStreams {
  /** Serves one subscription as an event stream (after the HTTP chain identified the client and charged its rate limit). */
  handler: RequestHandler;
  /** Streams open on this instance. */
  readonly open: number;
  /** Ends every stream (each gets `complete`). */
  stop(): Promise<void>;
}

/** A result as sent: GraphQL errors are formatted by then. */
type Result = { data?: unknown; errors?: readonly unknown[]; extensions?: Record<string, unknown> };

type Reply = readonly [string, { status: number; statusText: string; headers: Record<string, string> }];

/** An answer before any stream starts: a GraphQL error body with its status. */
function reply(status: number, statusText: string, errors: readonly unknown[], headers: Record<string, string> = {}): Reply {
  return [JSON.stringify({ errors }), { status, statusText, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } }];
}

/**
 * A subscription's results, which the server can end early with one last result: the error
 * that says why (a withdrawn API key, a shutdown).
 */
class Interruptible implements AsyncIterableIterator<Result> {
  private interrupt!: (result: Result | null) => void;
  private readonly interrupted = new Promise<{ interrupted: Result | null }>(
    (resolve) => (this.interrupt = (result) => resolve({ interrupted: result })),
  );
  private done = false;

  constructor(
    private readonly source: AsyncIterator<Result>,
    readonly principal: Principal | null,
  ) {}

  end(result: Result | null): void {
    this.interrupt(result);
  }

  async next(): Promise<IteratorResult<Result>> {
    if (this.done) return { value: undefined, done: true };
    const step = await Promise.race([this.source.next(), this.interrupted]);
    if ('interrupted' in step) {
      await this.return();
      return step.interrupted ? { value: step.interrupted, done: false } : { value: undefined, done: true };
    }
    if (step.done) this.done = true;
    return step;
  }

  async return(): Promise<IteratorResult<Result>> {
    if (!this.done) {
      this.done = true;
      await this.source.return?.();
    }
    return { value: undefined, done: true };
  }

  /** graphql-sse ends a stream's operations through `return`, and recognises them as generators by `throw`. */
  async throw(error: unknown): Promise<IteratorResult<Result>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Subscriptions as Server-Sent Events, for clients that cannot or will not open a WebSocket (an
 * Apollo Client, urql or Relay with a graphql-sse link, curl, a browser's fetch): the graphql-sse
 * protocol in its "distinct connections" mode, one stream per subscription, POST (or GET) with
 * `Accept: text/event-stream`. Served on the HTTP port beside the WebSocket, with what the
 * WebSocket has: the API key of the `Authorization` header (checked again every
 * WS_KEY_RECHECK_MS: a withdrawn key's streams end with an UNAUTHENTICATED error), the same
 * operation checks and query limits, the HTTP rate limit per stream started, a ceiling of
 * streams per instance, and `after` to resume.
 */
export function serveEventStreams(options: EventStreamOptions): EventStreams {
  const { db, config, logger, metrics, operations } = options;
  const open = new Set<Interruptible>();

  const recheck = recheckKeys(
    db,
    config.wsKeyRecheckMs,
    logger,
    () => [...open],
    (stream, reason) => stream.end({ errors: [apiError(ErrorCode.UNAUTHENTICATED, reason).toJSON()] }),
  );

  const handle = createHandler<Record<string, unknown>>({
    // Distinct connections only: each request is its own stream, nothing is kept between requests.
    authenticate: () => null,
    onConnect: (): Reply | undefined => {
      if (options.shuttingDown())
        return reply(503, 'Service Unavailable', [
          apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The server is shutting down; connect again').toJSON(),
        ]);
      if (open.size >= config.sseMaxStreams) {
        metrics.errors.inc({ code: 'TOO_MANY_CONNECTIONS' });
        return reply(
          503,
          'Service Unavailable',
          [
            apiError(
              ErrorCode.SERVICE_UNAVAILABLE,
              `Too many event streams on this instance (at most ${config.sseMaxStreams}); try again later`,
            ).toJSON(),
          ],
          { 'retry-after': '5' },
        );
      }
      return undefined;
    },
    onSubscribe: (req, params) => {
      const identity = (req.context.res.locals.identity ?? {}) as RequestIdentity;
      if (identity.authError) return reply(401, 'Unauthorized', [identity.authError.toJSON()]);
      const principal = identity.principal ?? null;
      if (!principal && config.requireAuthForReads) {
        return reply(401, 'Unauthorized', [
          apiError(
            ErrorCode.UNAUTHENTICATED,
            'This server needs an API key for every request: send "Authorization: Bearer <key>"',
          ).toJSON(),
        ]);
      }
      const prepared = operations.prepare(
        { query: params.query, operationName: params.operationName, variables: params.variables },
        principal,
        'an event stream',
      );
      if (!Array.isArray(prepared)) return prepared as ExecutionArgs & { contextValue: Record<string, unknown> };
      return reply(400, 'Bad Request', operations.report(prepared as readonly GraphQLError[], params.operationName));
    },
    // onSubscribe validated (with the limits and the cached documents).
    validate: () => [],
    subscribe: (args) => operations.subscribe(args),
    onOperation: (ctx, _req, _args, result) => {
      if (!(Symbol.asyncIterator in Object(result))) return;
      const stream = new Interruptible((result as AsyncIterable<Result>)[Symbol.asyncIterator](), (ctx as unknown as Context).principal);
      open.add(stream);
      streamOf.set(ctx as object, stream);
      metrics.activeSubscriptions.inc();
      return stream as unknown as AsyncIterable<never>;
    },
    onNext: (_ctx, _req, result) => {
      const errors = (result as Result).errors;
      if (!errors?.length || !(errors[0] instanceof GraphQLError)) return undefined;
      return { ...result, errors: operations.report(errors as GraphQLError[], null) } as never;
    },
    onComplete: (ctx) => {
      const stream = streamOf.get(ctx as object);
      if (stream && open.delete(stream)) metrics.activeSubscriptions.dec();
    },
  });
  const streamOf = new WeakMap<object, Interruptible>();

  const handler: RequestHandler = (req, res, next) => {
    // graphql-sse streams only for exactly this Accept; anything else gets told how.
    if (req.headers.accept !== 'text/event-stream' || (req.method !== 'POST' && req.method !== 'GET')) {
      res.status(406).json({
        errors: [
          apiError(
            ErrorCode.BAD_REQUEST,
            `${SSE_PATH} serves subscriptions as Server-Sent Events: ${req.method === 'POST' || req.method === 'GET' ? '' : 'POST or GET, '}with "Accept: text/event-stream". Subscriptions are served over ${SUBSCRIPTION_TRANSPORTS}`,
          ).toJSON(),
        ],
      });
      return;
    }
    handle(req as ExpressRequest, res).catch((error: unknown) => {
      logger.error({ err: error, requestId: res.getHeader('x-request-id') }, 'event stream failed');
      if (!res.headersSent) next(error);
      else res.end();
    });
  };

  return {
    handler,
    get open() {
      return open.size;
    },
    stop: async () => {
      clearInterval(recheck);
      for (const stream of open) stream.end(null);
    },
  };
}
