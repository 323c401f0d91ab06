import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context';

/** Seconds a shared cache (a CDN) or the browser may keep a GET query's answer. */
export const MAX_AGE = {
  /** Countries, treaties, territories, topics, the import's wording variants: changed by admins, rarely. */
  reference: 900,
  /** The record (statements, calls, officials, sources, analyses…): new statements arrive any time. */
  record: 60,
  /** Live or per-user: never stored. */
  none: 0,
} as const;

/**
 * What each part of the schema may be cached for, declared once (like `@cacheControl` hints): by
 * the type a field returns, or by a field itself. An object type not named here is record data;
 * connection and edge types take what their nodes take; scalars take their parent's.
 * A response may be cached for the smallest figure of everything its operation selects.
 */
export const CACHE_HINTS: { types: Record<string, number>; fields: Record<string, number> } = {
  types: {
    Country: MAX_AGE.reference,
    Treaty: MAX_AGE.reference,
    Territory: MAX_AGE.reference,
    Topic: MAX_AGE.reference,
    TextVariant: MAX_AGE.reference,
    // Editors' and admins' data: only ever read with a key, and changing under review.
    ImportDocument: MAX_AGE.none,
    StatementDraft: MAX_AGE.none,
    ApiKey: MAX_AGE.none,
    AuditEntry: MAX_AGE.none,
  },
  fields: {
    // The feed's position right now: stale at once.
    'Query.latestStatementCursor': MAX_AGE.none,
  },
};

/**
 * The hint of a type a field returns, or undefined when it takes its selection's. A connection or
 * an edge has its nodes' (`countries { totalCount }` is reference data like the countries).
 */
function typeHint(type: GraphQLNamedType): number | undefined {
  if (!isObjectType(type) || type.name === 'PageInfo' || type.name.startsWith('__')) return undefined;
  const wrapped = /Connection$/.test(type.name) ? type.getFields().edges : /Edge$/.test(type.name) ? type.getFields().node : undefined;
  if (wrapped) return typeHint(getNamedType(wrapped.type));
  return CACHE_HINTS.types[type.name] ?? MAX_AGE.record;
}

const min = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/**
 * The max-age of an operation: the smallest hint among the fields it selects (fragments followed;
 * `@skip`/`@include` ignored, which can only lower it), record data's when nothing says otherwise.
 */
export function operationMaxAge(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  if (operation.operation !== 'query') return MAX_AGE.none;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const visit = (selectionSet: SelectionSetNode, parent: GraphQLNamedType): number | undefined => {
    let age: number | undefined;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field) return MAX_AGE.none;
        const type = getNamedType(field.type);
        age = min(age, CACHE_HINTS.fields[`${parent.name}.${field.name}`] ?? typeHint(type));
        if (selection.selectionSet) age = min(age, visit(selection.selectionSet, type));
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) return MAX_AGE.none;
        const type = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (!type) return MAX_AGE.none;
        age = min(age, min(type === schema.getQueryType() ? undefined : typeHint(type), visit(fragment.selectionSet, type)));
      }
    }
    return age;
  };
  return visit(operation.selectionSet, schema.getQueryType()!) ?? MAX_AGE.record;
}

/**
 * HTTP caching of GET queries: `Cache-Control: public, max-age=N` from the fields the operation
 * reads, `no-store` for anything sent with a key (Authorization), with errors, or live. Every
 * other GraphQL response (POST, whose answers HTTP caches do not keep anyway) gets `no-store` at
 * the start of the request, and nothing more is done for it. `Vary` names what changes an answer
 * besides the URL: Origin (CORS headers), Accept (the media type and status) and Authorization.
 */
export function httpCaching(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  // Apollo hands back the same parsed document for the same text: each is measured once.
  const measured = new WeakMap<OperationDefinitionNode, number>();
  return {
    async requestDidStart({ request, response }) {
      if (request.http?.method !== 'GET') {
        response.http.headers.set('cache-control', 'no-store');
        return;
      }
      return {
        async willSendResponse({ response, document, operation, errors }) {
          const headers = response.http.headers;
          // Replaces the Vary CORS set (Origin), so it is named again.
          headers.set('vary', 'Origin, Accept, Authorization');
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          let age: number = MAX_AGE.none;
          if (document && operation && !errors?.length && !body?.errors?.length && !request.http?.headers.get('authorization')) {
            age = measured.get(operation) ?? operationMaxAge(schema, document, operation);
            measured.set(operation, age);
          }
          headers.set('cache-control', age > 0 ? `public, max-age=${age}` : 'no-store');
        },
      };
    },
  };
}
