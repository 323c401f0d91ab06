import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  isObjectType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from './context';
import { precomputedResult } from './http/known-documents';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];
type Loaded = Awaited<ReturnType<Gateway['load']>>;
type Executor = Loaded['executor'];

/**
 * Executes queries with graphql-jit: each document is compiled once into JavaScript that walks
 * exactly its selection (no per-field dispatch, argument coercion or completion by type at run
 * time), which the in-process benchmark `test/bench/jit.ts` measured at 0.62–0.82 of graphql-js's
 * CPU per request on the five benchmark requests, same answers. `GRAPHQL_JIT=false` keeps
 * graphql-js's `execute` for everything.
 *
 * What stays with graphql-js, so that answers and errors cannot differ there: mutations (run one
 * at a time, rare, not worth the risk), anything graphql-jit refuses to compile, and variables
 * that do not coerce (graphql-js's `getVariableValues` reports them with the very errors, and so
 * the HTTP status, `execute` gives). A document is compiled the first time it runs (1–2 ms for
 * the benchmark's requests, about what Apollo's validation of a new document costs); Apollo's
 * document store keeps a repeated query text as the same parsed document, the key of the cache
 * here, so the compiled query lives as long as the store keeps the document.
 */
export function jitExecutor(schema: GraphQLSchema): Executor {
  // A compiled query per document and operation name; null: graphql-js runs it.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  return async (request) => {
    const { document, operation } = request;
    const contextValue = request.context;
    const variableValues = request.request.variables ?? {};
    const operationName = request.request.operationName ?? undefined;
    // A result the known-document path computed and handed over for Apollo to format its errors.
    const pre = precomputedResult(contextValue as Context, document, operationName);
    if (pre) return pre;
    const js = () => execute({ schema, document, contextValue, variableValues, operationName }) as Promise<ExecutionResult>;
    if (!operation || operation.operation !== 'query') return js();
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName);
      query = isCompiledQuery(result) ? result : null;
      byName.set(key, query);
    }
    if (query === null) return js();
    const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 50 });
    if (errors) return { errors };
    const result = await query.query(undefined, contextValue, variableValues);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit's errors are objects of its own (on GraphQLError's prototype) without `extensions`
 * unless the thrown error had some, which Apollo's error formatting reads; graphql-js's are what
 * every consumer expects. Same message, path, locations and original error (whose extensions,
 * a domain error's code, graphql-js copies).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError });
  (made as { locations: GraphQLError['locations'] }).locations = error.locations;
  return made;
}

/**
 * graphql-jit reads a field without a resolver inline and takes the value as it is, where
 * graphql-js's default resolver awaits a promise (and calls a method): this API has plain objects
 * whose properties are promises or getters returning one (a speaker's `title`, lazy `totalCount`s).
 * So every such field gets a resolver with exactly graphql-js's default semantics, whose result
 * graphql-jit awaits when it is a promise; graphql-js, which still runs mutations and
 * subscriptions, answers the same with it. (Reading the entities' columns inline instead, Node
 * types exempted, measured no faster: `test/bench/jit.ts`, /work/notes/i20-jit.md.) Once per schema.
 */
const prepared = new WeakSet<GraphQLSchema>();
export function resolvePlainFields(schema: GraphQLSchema): GraphQLSchema {
  if (prepared.has(schema)) return schema;
  prepared.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      const name = field.name;
      field.resolve = (source, args, context, info) => {
        const value = source?.[name];
        return typeof value === 'function' ? source[name](args, context, info) : value;
      };
    }
  }
  return schema;
}

/**
 * Apollo Server 4 and 5 take another executor only through their `gateway` option: a "gateway"
 * of one fixed schema whose executor is graphql-jit's (Apollo still parses, validates and runs
 * every plugin hook as before; only `execute` is replaced).
 */
export function jitGateway(schema: GraphQLSchema, executor: Executor = jitExecutor(resolvePlainFields(schema))): Gateway {
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}
