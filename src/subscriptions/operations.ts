import { randomUUID } from 'node:crypto';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/role';
import type { Config } from '../config';
import { createContext, type Context } from '../context';
import { ErrorCode } from '../common/errors';
import { formatError, needsLogging } from '../common/format-error';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { TrustedDocumentsPolicy } from '../http/trusted-documents';
import type { StatementFeed } from '../statements/statement-feed';
import { sharedSubscribe } from './shared-execution';

export const GRAPHQL_PATH = '/graphql';
/** Where subscriptions are served as Server-Sent Events (the graphql-sse protocol, distinct connections). */
export const SSE_PATH = '/graphql/stream';

/** The checks every HTTP operation passes (query limits, NUL characters). */
export type OperationGuard = (
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
) => GraphQLError | null;

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

function withCode(error: GraphQLError, code: string, message = error.message): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/**
 * What Apollo validates HTTP operations with (it adds nothing to graphql's specified rules but
 * the introspection ban when introspection is off); the query limits come on top, through the
 * same guard as HTTP.
 */
function validationRules(config: Pick<Config, 'introspection'>): ValidationRule[] {
  return config.introspection ? [...specifiedRules] : [...specifiedRules, NoSchemaIntrospectionCustomRule];
}

/** How a client reaches subscriptions: both ways, named wherever a client took a wrong one. */
export const SUBSCRIPTION_TRANSPORTS =
  `a WebSocket at ${GRAPHQL_PATH} (protocol graphql-transport-ws) or Server-Sent Events at ${SSE_PATH} ` +
  `(protocol graphql-sse: POST the operation with "Accept: text/event-stream")`;

export interface SubscriptionOperationsOptions {
  schema: GraphQLSchema;
  db: DataSource;
  config: Config;
  logger: Logger;
  metrics: Metrics;
  guard: OperationGuard;
  feed: StatementFeed;
  /** Trusted documents: a subscription is checked by its text, like an HTTP operation, on either transport. */
  trusted?: Pick<TrustedDocumentsPolicy, 'refusal'>;
}

/**
 * What the WebSocket and the Server-Sent Events transports share: an operation is parsed,
 * validated and checked against the query limits as on HTTP (only subscriptions: queries and
 * mutations stay on HTTP, where their deadlines and authorization live), runs in a context with
 * the feed's shared loaders, and its errors are formatted, counted and logged the same way.
 */
export class SubscriptionOperations {
  private readonly rules: ValidationRule[];
  private readonly format: ReturnType<typeof formatError>;
  private readonly documents = new DocumentCache();
  private readonly production: boolean;
  /** Subscribers sharing an execution share its errors too: each is logged once, not once per subscriber. */
  private readonly logged = new WeakSet<GraphQLError>();
  /**
   * graphql's `subscribe` for both transports: subscribers running the same operation with the
   * same role share one execution per event, whichever way they are connected.
   */
  readonly subscribe = sharedSubscribe((args) => (args.contextValue as Context).principal?.role ?? 'ANONYMOUS');

  constructor(private readonly options: SubscriptionOperationsOptions) {
    this.production = options.config.env === 'production';
    this.rules = validationRules(options.config);
    this.format = formatError(this.production);
  }

  /** The execution arguments of a subscription, or the errors to answer with. */
  prepare(
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    principal: Principal | null,
    transport: string,
  ): ExecutionArgs | readonly GraphQLError[] {
    const { schema, config, guard, db, feed } = this.options;
    let document = this.documents.get(payload.query);
    if (!document) {
      try {
        document = parse(payload.query, { maxTokens: config.limits.maxTokens });
      } catch (error) {
        if (error instanceof GraphQLError) return [withCode(error, ErrorCode.GRAPHQL_PARSE_FAILED)];
        throw error;
      }
      const invalid = validate(schema, document, this.rules);
      if (invalid.length > 0) {
        // As Apollo does with hideSchemaDetailsFromClientErrors: no field-name suggestions in production.
        return invalid.map((e) =>
          withCode(e, ErrorCode.GRAPHQL_VALIDATION_FAILED, this.production ? e.message.replace(/ ?Did you mean(.+?)\?$/, '') : e.message),
        );
      }
      this.documents.set(payload.query, document);
    }
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      return [
        new GraphQLError('Could not identify the operation to run; name one with operationName', {
          extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE },
        }),
      ];
    }
    if (operation.operation !== 'subscription') {
      return [
        new GraphQLError(`Send ${operation.operation} operations over HTTP (POST ${GRAPHQL_PATH}); ${transport} serves subscriptions`, {
          extensions: { code: ErrorCode.BAD_REQUEST },
        }),
      ];
    }
    const untrusted = this.options.trusted?.refusal(document, principal, false, { textAllowed: true });
    if (untrusted) return [untrusted];
    const limited = guard(document, payload.operationName, payload.variables ?? undefined);
    if (limited) return [limited];
    const contextValue = subscriptionContext(createContext(db, config, randomUUID(), { principal }), feed);
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
  }

  /** Errors as clients get them, counted and (internal ones) logged once. */
  report(errors: readonly GraphQLError[], operationName: string | null | undefined) {
    const formatted = errors.map((error) => this.format(error.toJSON(), error));
    errors.forEach((error, i) => {
      this.options.metrics.errors.inc({ code: String(formatted[i].extensions?.code) });
      if (!needsLogging(error) || this.logged.has(error)) return;
      this.logged.add(error);
      this.options.logger.error({ err: error.originalError ?? error, path: error.path, operationName }, 'subscription failed');
    });
    return formatted;
  }
}

/**
 * A subscription's context. Its events are executed with the feed's shared DataLoaders, renewed
 * with each batch of new statements and every second (see StatementFeed.sharedLoaders): loaders
 * of its own would cache relations for the subscription's whole life, and a crowd of subscribers
 * would each load the same relations.
 */
function subscriptionContext(base: Context, feed: StatementFeed): Context {
  return Object.defineProperty({ ...base, statementFeed: feed }, 'loaders', { get: () => feed.sharedLoaders(), enumerable: true });
}
