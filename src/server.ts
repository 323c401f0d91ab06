import { randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type RequestHandler } from 'express';
import Negotiator from 'negotiator';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { authPlugin, identifyRequest } from './auth/authenticate';
import type { Config } from './config';
import { createContext, type Context, type RequestIdentity } from './context';
import { ErrorCode } from './common/errors';
import { formatError, needsLogging, stacktraceOnRequest } from './common/format-error';
import { nulCharacterError } from './common/input-guards';
import { introspectionOff } from './common/introspection';
import { checkQueryLimits, type QueryLimits } from './common/limits';
import { DEFAULT_PAGE_SIZE } from './common/pagination';
import { bodyGuards } from './http/body-guards';
import { drainableServer } from './http/drain';
import { portError } from './http/port';
import { serveExplorer } from './http/explorer';
import { corsAllows, localGetQueries } from './http/origins';
import { RateLimiter, RateLimitUnavailable, SharedRateLimiter } from './http/rate-limit';
import { httpCaching } from './http/cache-control';
import { hostCheck, securityHeaders } from './http/security';
import { admission, graphqlFastPath, replayedHeaders, type NodeHandler } from './http/fast-path';
import { TrustedDocuments, TrustedDocumentsPolicy, trustedDocumentsPlugin } from './http/trusted-documents';
import { jsonErrorHandler, sendError } from './http/responses';
import type { Logger } from './logger';
import { Metrics } from './metrics';
import { readRouting } from './db/read-routing';
import { jitExecutor, jitGateway, resolvePlainFields } from './jit-executor';
import { KnownDocuments, knownDocuments, type GatewayExecutor } from './http/known-documents';
import { createSchema } from './schema';
import type { EmbeddedHealth } from './db/embedded';
import type { StatementFeed } from './statements/statement-feed';
import { GRAPHQL_PATH, SSE_PATH, SUBSCRIPTION_TRANSPORTS, SubscriptionOperations } from './subscriptions/operations';
import { serveEventStreams } from './subscriptions/sse';
import { serveSubscriptions } from './subscriptions/websocket';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  metrics: Metrics;
  /** Stops accepting, lets in-flight requests finish, then closes the remaining connections. */
  stop(): Promise<void>;
}

export function queryLimits(config: Config): QueryLimits {
  return { ...config.limits, defaultPageSize: Math.min(DEFAULT_PAGE_SIZE, config.maxPageSize), maxPageSize: config.maxPageSize };
}

/**
 * Checks every operation must pass before it runs, on HTTP and (through the same function)
 * WebSocket: no NUL characters in strings, and the query limits.
 */
export function operationGuard(schema: GraphQLSchema, config: Config) {
  const limits = queryLimits(config);
  return (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): GraphQLError | null => nulCharacterError(document, variables) ?? checkQueryLimits(schema, document, operationName, variables, limits);
}

function guardPlugin(guard: ReturnType<typeof operationGuard>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const error = guard(document, operationName, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

/**
 * A subscription sent as a plain HTTP request (a client with only an HTTP link, curl) cannot be
 * answered with one response: HTTP 400 naming the two ways subscriptions are served.
 */
function subscriptionsElsewhere(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(`Subscriptions are not answered by a plain HTTP request: subscribe over ${SUBSCRIPTION_TRANSPORTS}`, {
            extensions: {
              code: ErrorCode.BAD_REQUEST,
              transports: [
                { protocol: 'graphql-transport-ws', path: GRAPHQL_PATH },
                { protocol: 'graphql-sse', path: SSE_PATH },
              ],
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}

/** One log line and the metrics per operation; internal errors get the request id to quote. */
function observability(logger: Logger, metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (needsLogging(error)) {
              logger.error({ requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path }, 'operation failed');
            }
          }
        },
        async willSendResponse({ response, errors, operationName, operation }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = [
            ...new Set((body?.errors ?? errors ?? []).map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR))),
          ];
          // `operation` is set once the document parsed, validated and named an operation in it.
          const name = metrics.operationLabel(operationName ?? request.operationName, operation != null);
          const type = operation?.operation ?? 'unknown';
          metrics.requests.inc({ operation: name, type, outcome: codes.length ? 'error' : 'ok' });
          metrics.duration.observe({ operation: name, type }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? request.operationName ?? null,
              type,
              durationMs: Math.round(seconds * 10_000) / 10,
              outcome: codes.length ? 'error' : 'ok',
              errorCodes: codes.length ? codes : undefined,
            },
            'graphql request',
          );
          for (const error of body?.errors ?? []) {
            const code = String(error.extensions?.code);
            if (code === ErrorCode.INTERNAL_SERVER_ERROR || code === ErrorCode.SERVICE_UNAVAILABLE || code === ErrorCode.TIMEOUT) {
              (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
            }
          }
        },
      };
    },
  };
}

const REQUEST_ERROR_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_LIMIT_EXCEEDED,
]);

/**
 * GraphQL over HTTP: a client that only accepts the legacy `application/json` gets request
 * errors (unparsable or invalid documents, bad variables) with status 200, as the spec says;
 * `application/graphql-response+json` clients keep the 4xx codes Apollo sends.
 */
function legacyJsonStatus(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          // Only a request error answered with 400 is in question: most responses end here.
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length || !errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return;
          const accept = request.http?.headers.get('accept');
          const preferred = accept
            ? new Negotiator({ headers: { accept } }).mediaType(['application/json', 'application/graphql-response+json'])
            : 'application/json';
          if (preferred === 'application/json') response.http.status = 200;
        },
      };
    },
  };
}

/**
 * Answers with 503 when a request outlives its deadline; the late result is then discarded.
 * Uses only Node's request and response (as do the other middlewares the fast path shares).
 */
function requestDeadline(timeoutMs: number, logger: Logger): NodeHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      logger.warn({ requestId: res.getHeader('x-request-id'), timeoutMs }, 'request deadline exceeded');
      sendError(res, 503, ErrorCode.TIMEOUT, `The request did not finish within ${timeoutMs} ms; retry or narrow it`);
      const discard = (() => res) as never;
      Object.assign(res, { status: discard, setHeader: discard, send: discard, json: discard, end: discard, write: () => true });
    }, timeoutMs);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

/** `/metrics`: with METRICS_TOKEN, that bearer token; without, anyone outside production and loopback clients in production. */
function metricsAllowed(config: Config, req: express.Request): boolean {
  if (config.metricsToken) {
    const given = Buffer.from(req.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${config.metricsToken}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  if (config.env !== 'production') return true;
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export interface ServerState {
  shuttingDown: boolean;
}

export interface ServerDependencies {
  feed: StatementFeed;
  /** The embedded PostgreSQL's supervision state, when this process owns one. */
  embeddedHealth?: () => EmbeddedHealth;
  /** Connections to read replicas; queries are spread over them (see readRouting). */
  replicas?: DataSource[];
}

export async function startServer(
  config: Config,
  db: DataSource,
  logger: Logger,
  deps: ServerDependencies,
  state: ServerState = { shuttingDown: false },
): Promise<RunningServer> {
  const schema = await createSchema();
  const metrics = new Metrics(db);
  // HTTP requests and subscription starts draw on one budget per client; kept in PostgreSQL, it is
  // shared by every instance.
  const limiter =
    config.rateLimitStore === 'postgres'
      ? new SharedRateLimiter(
          config.rateLimitPerMinute,
          (db.options as { url: string }).url,
          config.rateLimitOnStoreFailure,
          (detail, message) => logger.warn(detail, message),
        )
      : new RateLimiter(config.rateLimitPerMinute);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on responses: hashing every GraphQL response body costs time, and POST answers are
  // never revalidated (the explorer's static files keep theirs: express.static sets its own).
  app.set('etag', false);
  if (config.trustProxy) app.set('trust proxy', true);
  // Requests are dispatched below, once the fast path and the Express app are set up.
  const httpServer = http.createServer();
  const drainer = drainableServer(httpServer);
  const production = config.env === 'production';
  const guard = operationGuard(schema, config);
  // The operations this server's frontends ship (graphql-codegen's persisted documents), when configured.
  const trustedDocuments = config.trustedDocuments.file ? TrustedDocuments.fromFile(config.trustedDocuments.file) : null;
  const trusted = new TrustedDocumentsPolicy(config.trustedDocuments.mode, trustedDocuments, config.introspection);
  // The list's operations keep their metric series; with the list enforced, no other name takes one.
  if (trustedDocuments) metrics.reserveOperationNames(trustedDocuments.operationNames, config.trustedDocuments.mode !== 'off');

  // Queries run on graphql-jit (src/jit-executor.ts); the known-document path uses the same executor.
  const executor = config.graphqlJit ? jitExecutor(resolvePlainFields(schema)) : null;
  // Documents Apollo validated, answered on the fast path without its per-request pipeline (src/http/known-documents.ts).
  const known = config.knownDocuments && config.httpFastPath && executor ? new KnownDocuments() : null;
  // Compact JSON: Apollo pretty-prints by default, which costs time on every response.
  const stringifyResult = (result: object) => JSON.stringify(result);
  const plugins: ApolloServerPlugin<Context>[] = [
    // We set no cache hints; the default plugin would still run a hook on every resolved field.
    ApolloServerPluginCacheControlDisabled(),
    // Browsers get the offline explorer instead (src/http/explorer.ts).
    ApolloServerPluginLandingPageDisabled(),
    observability(logger, metrics),
    subscriptionsElsewhere(),
    authPlugin(),
    trustedDocumentsPlugin(trusted),
    guardPlugin(guard),
    legacyJsonStatus(),
    httpCaching(schema),
    ...(deps.replicas?.length ? [readRouting(db, deps.replicas, config.readYourWritesMs)] : []),
    ...(production ? [] : [stacktraceOnRequest()]),
    ...(known ? [known.plugin()] : []),
  ];
  const apollo = new ApolloServer<Context>({
    // Apollo takes another executor only as a "gateway".
    ...(executor ? { gateway: jitGateway(schema, executor) } : { schema }),
    // Introspection is refused by our own rule, whose message names INTROSPECTION=true.
    introspection: true,
    validationRules: config.introspection ? [] : [introspectionOff],
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // main.ts owns shutdown: it stops serving first and the database last.
    stopOnTerminationSignals: false,
    stringifyResult,
    plugins,
    formatError: formatError(production),
  });
  await apollo.start();

  const preamble: NodeHandler = (req, res, next) => {
    // While draining, clients must not reuse the connection: the next request goes elsewhere.
    if (state.shuttingDown) res.setHeader('connection', 'close');
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    logger.debug({ requestId, method: req.method, path: req.url?.split('?')[0] }, 'request received');
    next();
  };
  const security = securityHeaders(production) as NodeHandler;
  const hosts = hostCheck(config.allowedHosts) as NodeHandler;
  app.use(preamble, security, hosts);
  app.get('/healthz', (_req, res) => {
    // An embedded PostgreSQL that died and could not be restarted leaves this process useless:
    // say so, so that an orchestrator restarts it. While it is being restarted, the process is fine.
    const embedded = deps.embeddedHealth?.();
    if (embedded && !state.shuttingDown && (embedded.state === 'failed' || embedded.state === 'stopped')) {
      res.status(503).json({ status: 'embedded PostgreSQL down', detail: embedded.detail });
      return;
    }
    res.json(embedded ? { status: 'ok', embeddedPostgres: embedded.state, restarts: embedded.restarts } : { status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (state.shuttingDown) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      if (await db.showMigrations()) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (req, res) => {
    if (!metricsAllowed(config, req)) {
      sendError(
        res,
        403,
        ErrorCode.FORBIDDEN,
        'Metrics are not public: send METRICS_TOKEN as a bearer token, or scrape from the same machine',
      );
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  serveExplorer(app, config.landingPage);

  const identities = new WeakMap<object, RequestIdentity>();
  const identifyAndLimit: NodeHandler = async (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    // Who is asking decides the rate-limit bucket; the context reuses the answer.
    const identity = await identifyRequest(db, req.headers);
    identities.set(res, identity);
    // The SSE handler reads it from Express's response.
    const locals = (res as Partial<express.Response>).locals;
    if (locals) locals.identity = identity;
    // Express's `req.ip` (X-Forwarded-For with TRUST_PROXY); the fast path serves only direct clients.
    const address = (req as { ip?: string }).ip ?? req.socket.remoteAddress;
    let retryAfter: number;
    try {
      retryAfter = await limiter.take(RateLimiter.clientKey(identity.principal?.keyId, address));
    } catch (error) {
      if (!(error instanceof RateLimitUnavailable)) throw error;
      res.setHeader('retry-after', '1');
      metrics.errors.inc({ code: ErrorCode.SERVICE_UNAVAILABLE });
      sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, error.message);
      return;
    }
    if (retryAfter > 0) {
      res.setHeader('retry-after', String(retryAfter));
      metrics.errors.inc({ code: ErrorCode.RATE_LIMITED });
      sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests; retry after ${retryAfter} s`, { retryAfterSeconds: retryAfter });
      return;
    }
    next();
  };
  const corsForGraphql = cors<cors.CorsRequest>({
    origin: (origin, allow) => allow(null, origin !== undefined && corsAllows(origin, config.corsOrigins, config.corsAllowLocalhost)),
    credentials: false,
    maxAge: 600,
    // Browser clients may read these: the id to quote in a report, and when to retry after a 429.
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
  const parseJson = express.json({ limit: config.limits.maxBodyBytes, type: ['application/json', 'application/*+json'] });

  // Subscriptions as Server-Sent Events: at their own path, and at /graphql for a request that asks
  // for an event stream. Mounted first: '/graphql' would match '/graphql/stream' too.
  const operations = new SubscriptionOperations({ schema, db, config, logger, metrics, guard, feed: deps.feed, trusted });
  const eventStreams = serveEventStreams({ db, config, logger, metrics, operations, shuttingDown: () => state.shuttingDown });
  app.use(SSE_PATH, corsForGraphql, bodyGuards(config.limits.maxBodyBytes), identifyAndLimit, parseJson, eventStreams.handler);
  const eventStreamsByAccept: RequestHandler = (req, res, next) =>
    // A body that fails to parse goes to the error handler (dropping the error left the request unanswered).
    req.headers.accept === 'text/event-stream'
      ? parseJson(req, res, (error?: unknown) => (error ? next(error) : eventStreams.handler(req, res, next)))
      : next();

  const guardBody = bodyGuards(config.limits.maxBodyBytes) as NodeHandler;
  const deadline = requestDeadline(config.requestTimeoutMs, logger);
  const admitted = admission(config.maxInFlight, metrics.waitingRequests);
  const contextOf = async (res: http.ServerResponse) =>
    createContext(db, config, String(res.getHeader('x-request-id')), identities.get(res));
  app.use(
    GRAPHQL_PATH,
    corsForGraphql,
    guardBody,
    localGetQueries(config.corsAllowLocalhost),
    identifyAndLimit as RequestHandler,
    eventStreamsByAccept,
    deadline as RequestHandler,
    admitted as RequestHandler,
    parseJson,
    expressMiddleware(apollo, { context: async ({ res }) => contextOf(res) }),
  );
  // Anything else: a JSON 404 with the security headers (Express's own page would replace them).
  app.use((req, res) => sendError(res, 404, ErrorCode.NOT_FOUND, `Nothing at ${req.method} ${req.path}: GraphQL is at /graphql`));
  const onError = jsonErrorHandler(logger);
  app.use(onError);
  // Plain `POST /graphql` JSON requests skip Express: the same middlewares, in the same order
  // (those that apply to such a request), then Apollo directly (src/http/fast-path.ts).
  const fastPath = config.httpFastPath
    ? graphqlFastPath({
        apollo,
        before: [
          preamble,
          replayedHeaders(security),
          hosts,
          corsForGraphql as NodeHandler,
          guardBody,
          identifyAndLimit,
          deadline,
          admitted,
        ],
        onError,
        context: async (_req, res) => contextOf(res),
        known:
          known && executor
            ? knownDocuments({ apollo, known, plugins, schema, executor: executor as unknown as GatewayExecutor, stringifyResult })
            : null,
        maxBodyBytes: config.limits.maxBodyBytes,
        allowedHosts: config.allowedHosts,
        trustProxy: config.trustProxy,
        taken: () => metrics.fastPathRequests.inc(),
        knownOutcome: (answered) => metrics.knownDocumentRequests.inc({ outcome: answered ? 'answered' : 'apollo' }),
      })
    : () => false;
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!fastPath(req, res)) app(req, res);
  });

  const subscriptions = serveSubscriptions({ httpServer, schema, db, config, logger, metrics, limiter, operations });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => reject(portError(error, config.host, config.port)));
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    httpServer,
    metrics,
    stop: async () => {
      state.shuttingDown = true;
      // Sockets first, with 1001: the drain would otherwise cut upgraded connections without a word.
      await subscriptions.stop();
      await eventStreams.stop();
      limiter.stop();
      await drainer.drain(Math.min(1000, config.shutdownTimeoutMs), config.shutdownTimeoutMs);
      await apollo.stop();
    },
  };
}
