import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createContext, type Context } from './common/context';
import { ErrorCode } from './common/errors';
import { CLIENT_SAFE_CODES, formatError } from './common/format-error';
import { extraValidationRules, MAX_REQUEST_BYTES } from './common/validation';
import type { Logger } from './logger';
import { createSchema } from './schema';
import type { StatementFeed } from './statements/statement-feed';
import type { KeyVerifier } from './subscriptions/connection-auth';
import { serveSubscriptions } from './subscriptions/websocket';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

function requestLogging(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
            if (!CLIENT_SAFE_CODES.has(String(code))) {
              logger.error({ requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path }, 'resolver error');
            }
          }
        },
        async willSendResponse({ response, errors, operationName }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round(ms * 10) / 10,
              outcome: errors?.length ? 'error' : 'ok',
              errorCodes: errors?.length ? [...new Set(errors.map((e) => e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR))] : undefined,
            },
            'graphql request',
          );
          if (response.http) response.http.headers.set('x-request-id', contextValue.requestId);
        },
      };
    },
  };
}

export interface ServerDependencies {
  feed: StatementFeed;
  verifyKey: KeyVerifier;
}

export async function startServer(config: Config, db: DataSource, logger: Logger, deps: ServerDependencies): Promise<RunningServer> {
  const schema = await createSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const production = config.env === 'production';

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // main.ts owns shutdown: it stops serving first and the database last.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    validationRules: [...extraValidationRules],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.landingPage ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
      requestLogging(logger),
    ],
    formatError: (formatted: GraphQLFormattedError): GraphQLFormattedError => formatError(formatted, production),
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      const pending = await db.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    cors<cors.CorsRequest>({
      origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
      credentials: false,
      maxAge: 600,
    }),
    express.json({ limit: MAX_REQUEST_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-request-id'];
        const requestId = typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
        return createContext(db, config, requestId);
      },
    }),
  );

  const subscriptions = serveSubscriptions({ httpServer, schema, db, config, logger, feed: deps.feed, verifyKey: deps.verifyKey });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await subscriptions.stop();
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    httpServer,
    stop: async () => {
      // Sockets first: Apollo's drain waits for HTTP connections, and upgraded ones are ours.
      await subscriptions.stop();
      await apollo.stop();
    },
  };
}

export type { BaseContext };
