import { createHash } from 'node:crypto';
import {
  HeaderMap,
  type ApolloServer,
  type ApolloServerPlugin,
  type GraphQLRequestListener,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import Negotiator from 'negotiator';
import type { Context } from '../context';

/**
 * The documents Apollo has parsed and validated (with this server's schema and rules), by their
 * text, as Apollo's document store holds them (the same objects: graphql-jit's compiled queries
 * and the read plans are cached on them). Filled by `plugin()` once a document has passed
 * validation; at most `max` texts, the oldest forgotten first.
 */
export class KnownDocuments {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly max = 1000) {}

  get(text: string): DocumentNode | undefined {
    return this.documents.get(text);
  }

  get size(): number {
    return this.documents.size;
  }

  /** Records each document Apollo validated. `didResolveOperation` runs only after validation passed. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ source, document }) => {
          if (this.documents.get(source) === document) return;
          this.documents.delete(source);
          if (this.documents.size >= this.max) this.documents.delete(this.documents.keys().next().value!);
          this.documents.set(source, document);
        },
      }),
    };
  }
}

/** The executor Apollo runs queries with through its gateway option (src/jit-executor.ts). */
export type GatewayExecutor = (request: {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  context: Context;
  request: { variables?: Record<string, unknown>; operationName?: string };
}) => Promise<ExecutionResult>;

const PRECOMPUTED = Symbol('precomputed result');

interface Precomputed {
  document: DocumentNode;
  operationName: string | undefined;
  result: ExecutionResult;
}

/**
 * The result the known-document path already computed for a request it hands to Apollo (one
 * with errors: Apollo formats them), so that the executor returns it instead of running the
 * query a second time. Only for the very document and operation it was computed for.
 */
export function precomputedResult(
  context: Context,
  document: DocumentNode,
  operationName: string | undefined,
): ExecutionResult | undefined {
  const pre = (context as { [PRECOMPUTED]?: Precomputed })[PRECOMPUTED];
  return pre && pre.document === document && pre.operationName === operationName ? pre.result : undefined;
}

const MEDIA_TYPES = {
  APPLICATION_JSON: 'application/json; charset=utf-8',
  APPLICATION_JSON_GRAPHQL_CALLBACK: 'application/json; callbackSpec=1.0; charset=utf-8',
  APPLICATION_GRAPHQL_RESPONSE_JSON: 'application/graphql-response+json; charset=utf-8',
};

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The hooks a listener may have for this path to answer: those Apollo calls for a successful query
 * whose document its store holds (`didEncounterErrors` is never reached here: a result with errors
 * goes to Apollo), and the parsing and validation hooks, which Apollo does not call for a stored
 * document either (in production Apollo adds its DisableSuggestions plugin, which has one). Any
 * other (`responseForOperation`, `executionDidStart`…): Apollo answers.
 */
const HOOKS_RUN = new Set([
  'didResolveSource',
  'didResolveOperation',
  'didEncounterErrors',
  'willSendResponse',
  'parsingDidStart',
  'validationDidStart',
]);

const withResult = (context: Context, document: DocumentNode, operationName: string | undefined, result: ExecutionResult) => {
  const pre: Precomputed = { document, operationName, result };
  return { handOver: Object.assign(context, { [PRECOMPUTED]: pre }) };
};

/** What `knownDocuments` answers: a response, or the request handed to Apollo (with the context to use, if one was made). */
export type KnownOutcome = { response: HTTPGraphQLResponse } | { handOver: Context | null };

export interface KnownDocumentPathOptions {
  apollo: ApolloServer<Context>;
  known: KnownDocuments;
  /** The plugins given to Apollo, in the same order. */
  plugins: readonly ApolloServerPlugin<Context>[];
  schema: GraphQLSchema;
  executor: GatewayExecutor;
  stringifyResult: (result: ExecutionResult) => string;
}

/**
 * Apollo's request pipeline for a query whose document Apollo has already parsed and validated,
 * without what does not change between requests of that document: the SHA-256 of the text, the
 * document store lookup, the two content negotiations (memoized per Accept header), the HTTP
 * body checks Apollo makes again. It runs the very plugins Apollo runs, their hooks in Apollo's
 * order (`requestDidStart`, `didResolveSource`, `didResolveOperation`, then the executor, then
 * `willSendResponse`) on a request context shaped as Apollo's, executes with the same executor,
 * and answers only a complete success. Everything else is handed to Apollo before anything was
 * sent: a document not yet known, a mutation or subscription, a persisted-query or `documentId`
 * that does not name a known text, an Accept header Apollo refuses, a hook that throws or that
 * this path does not run (`responseForOperation`, `executionDidStart`…), and any result with
 * errors (Apollo then gets the result already computed, see `precomputedResult`, and formats
 * its errors, status and hooks as always). `test/fast-path.test.ts` compares its answers with
 * Express's; `KNOWN_DOCUMENTS=false` turns it off.
 */
export function knownDocuments(
  options: KnownDocumentPathOptions,
): (request: HTTPGraphQLRequest, context: Context) => Promise<KnownOutcome> {
  const { apollo, known, plugins, schema, executor, stringifyResult } = options;
  const contentTypes = new Map<string, string | null>();
  const contentType = (accept: string | undefined): string | null => {
    if (!accept) return MEDIA_TYPES.APPLICATION_JSON;
    let type = contentTypes.get(accept);
    if (type === undefined) {
      type =
        new Negotiator({ headers: { accept } }).mediaType([
          MEDIA_TYPES.APPLICATION_JSON,
          MEDIA_TYPES.APPLICATION_GRAPHQL_RESPONSE_JSON,
          MEDIA_TYPES.APPLICATION_JSON_GRAPHQL_CALLBACK,
        ]) ?? null;
      if (contentTypes.size < 64) contentTypes.set(accept, type);
    }
    return type;
  };
  const handOver = { handOver: null } as const;

  return async (httpRequest, baseContext) => {
    const body = httpRequest.body;
    // Apollo's checks of a POST body (runHttpQuery): anything unusual is Apollo's to answer.
    if (!isRecord(body) || (typeof body.query !== 'string' && body.query !== undefined)) return handOver;
    const { variables, operationName, extensions } = body;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return handOver;
    if (extensions !== undefined && extensions !== null && !isRecord(extensions)) return handOver;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return handOver;
    const type = contentType(httpRequest.headers.get('accept'));
    if (type === null) return handOver;
    if (body.query === undefined && !('documentId' in body)) return handOver;

    const request = {
      query: typeof body.query === 'string' ? body.query : undefined,
      operationName: typeof operationName === 'string' ? operationName : undefined,
      variables: isRecord(variables) ? variables : undefined,
      extensions: isRecord(extensions) ? extensions : undefined,
      http: httpRequest,
    };
    let queryHash: string | undefined;
    // As Apollo's internalExecuteOperation: a copy of the context per operation.
    const contextValue = Object.assign(Object.create(Object.getPrototypeOf(baseContext)), baseContext) as Context;
    const requestContext = {
      logger: apollo.logger,
      cache: apollo.cache,
      schema,
      request,
      response: { http: { status: undefined as number | undefined, headers: new HeaderMap() }, body: undefined as unknown },
      contextValue,
      metrics: { persistedQueryHit: false, persistedQueryRegister: false },
      requestIsBatched: false,
      // Computed only when a plugin reads it (trusted documents, when enforced).
      get queryHash() {
        return (queryHash ??= createHash('sha256')
          .update(request.query ?? '')
          .digest('hex'));
      },
      source: undefined as string | undefined,
      document: undefined as DocumentNode | undefined,
      operation: undefined as OperationDefinitionNode | undefined,
      operationName: null as string | null,
    };
    const rc = requestContext as never;
    let listeners: GraphQLRequestListener<Context>[];
    let result: ExecutionResult;
    try {
      listeners = (await Promise.all(plugins.map((p) => p.requestDidStart?.(rc)))).filter((l) => l !== undefined);
      // A hook this path does not run (or a persisted query, which Apollo's cache answers): Apollo's.
      if (listeners.some((l) => Object.keys(l).some((hook) => !HOOKS_RUN.has(hook)))) return handOver;
      if (request.extensions?.persistedQuery !== undefined || request.query === undefined) return handOver;
      const document = known.get(request.query);
      const operation = document && getOperationAST(document, request.operationName);
      if (!document || !operation || operation.operation !== 'query') return handOver;
      requestContext.source = request.query;
      await Promise.all(listeners.map((l) => l.didResolveSource?.(rc)));
      requestContext.document = document;
      requestContext.operation = operation;
      requestContext.operationName = operation.name?.value ?? null;
      await Promise.all(listeners.map((l) => l.didResolveOperation?.(rc)));
      result = await executor({
        document,
        operation,
        context: contextValue,
        request: { variables: request.variables, operationName: request.operationName },
      });
      if (result.errors?.length || !('data' in result)) return withResult(baseContext, document, request.operationName, result);
    } catch {
      // Apollo runs it again from the start and answers the failure its own way.
      return handOver;
    }
    requestContext.response.body = { kind: 'single', singleResult: { ...result, errors: undefined } };
    try {
      await Promise.all(listeners.map((l) => l.willSendResponse?.(rc)));
    } catch {
      return withResult(baseContext, requestContext.document, request.operationName, result);
    }
    const headers = requestContext.response.http.headers;
    if (!headers.get('content-type')) headers.set('content-type', type);
    const single = (requestContext.response.body as { singleResult: ExecutionResult }).singleResult;
    return {
      response: {
        status: requestContext.response.http.status,
        headers,
        body: { kind: 'complete', string: stringifyResult({ errors: single.errors, data: single.data, extensions: single.extensions }) },
      },
    };
  };
}
