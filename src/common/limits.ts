import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  valueFromASTUntyped,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from './errors';

/** Limits every operation must stay within, on HTTP and WebSocket alike. */
export interface QueryLimits {
  /** Nesting depth of fields outside introspection. */
  maxDepth: number;
  /** Aliased fields in one operation (aliases multiply work without multiplying the document). */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Field selections once fragments are expanded (a fragment spread twice counts twice). */
  maxFields: number;
  /** Estimated objects returned: each object-typed field counts once per item of the lists around it. */
  maxCost: number;
  /** Nested list fields in an introspection path (the standard introspection query needs 3). */
  maxIntrospectionLists: number;
  /** Page size assumed for a connection without `first`/`last`. */
  defaultPageSize: number;
  maxPageSize: number;
}

/**
 * Items assumed for a list field that has neither a page size nor a list argument saying how long
 * it is: the cost model's stated estimates (documented in the README's Limits section), by field
 * name. They are generous for the data they describe (a statement has a few speakers, a call a
 * handful of participants and readouts); other lists count LIST_ESTIMATE items.
 */
export const LIST_ESTIMATES: Readonly<Record<string, number>> = {
  speakers: 5,
  participants: 10,
  commitments: 5,
  topics: 5,
  reportedIn: 5,
  sources: 5,
  localDates: 5,
  holdings: 10,
  posts: 10,
  counterparts: 10,
  proposedCommitments: 2,
};
export const LIST_ESTIMATE = 10;

function limitError(limit: string, max: number, actual: number, what: string): GraphQLError {
  // Expanded figures can pass 2^53 (or overflow); report them as "at least" that much.
  const shown = Math.min(actual, Number.MAX_SAFE_INTEGER);
  const text = shown < actual ? `more than ${shown}` : String(shown);
  return new GraphQLError(`Query exceeds the ${limit} limit: ${what} ${text}, at most ${max} allowed`, {
    extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, limit, max, actual: shown, http: { status: 400 } },
  });
}

const INTROSPECTION_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'args', 'directives']);

/** What a selection set adds to an operation, per item of the lists around it. */
interface Figures {
  /** Greatest field depth below the selection set's own. */
  depth: number;
  /** Estimated objects, for a multiplier of 1. */
  cost: number;
  /** Field selections, fragments expanded. */
  fields: number;
  /** Greatest number of nested introspection lists reached. */
  introspectionLists: number;
}

/** The figures of one operation, as the limits see them. */
export interface OperationFigures {
  depth: number;
  cost: number;
  fields: number;
  aliases: number;
  directives: number;
  introspectionLists: number;
  /** Selections visited to compute the figures: grows with the document, not with its expansion. */
  steps: number;
}

/**
 * Measures an operation without expanding its fragments: each fragment's figures are computed
 * once (per introspection context, at most `maxIntrospectionLists + 2` of them) and reused at every
 * spread, so the work is linear in the document's size however often fragments spread each other.
 * Returns null when the document has no such operation.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: Pick<QueryLimits, 'defaultPageSize' | 'maxPageSize' | 'maxIntrospectionLists'>,
): OperationFigures | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return null;

  // Variables as the operation will see them: the value sent, else the declared default.
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables && Object.prototype.hasOwnProperty.call(variables, name)) values[name] = variables[name];
    else if (definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  const valueOf = (node: ValueNode): unknown => (node.kind === Kind.VARIABLE ? values[node.name.value] : valueFromASTUntyped(node, values));

  const pageSize = (args: readonly ArgumentNode[] | undefined): number | null => {
    for (const arg of args ?? []) {
      if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
      const value = valueOf(arg.value);
      // An absent or null page size means the default page (below).
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.min(value, limits.maxPageSize));
    }
    return null;
  };
  /** The longest list given as an argument (`nodes(ids: [...])` returns one item per id). */
  const listArgumentLength = (args: readonly ArgumentNode[] | undefined): number | null => {
    let longest: number | null = null;
    for (const arg of args ?? []) {
      const value = arg.value.kind === Kind.LIST || arg.value.kind === Kind.VARIABLE ? valueOf(arg.value) : undefined;
      if (Array.isArray(value)) longest = Math.max(longest ?? 0, value.length);
    }
    return longest;
  };

  let steps = 0;
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  // Aliases and directives are counted as written: once per node of the document.
  const counted = new WeakSet<object>();
  const memo = new Map<string, Figures>();
  const onPath = new Set<string>();
  const maxLists = limits.maxIntrospectionLists + 1;

  const fragmentFigures = (name: string, lists: number): Figures | null => {
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are validation errors reported elsewhere; they add nothing here.
    if (!fragment || onPath.has(name)) return null;
    const key = `${Math.min(lists, maxLists)}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    if (!counted.has(fragment)) {
      counted.add(fragment);
      directives += fragment.directives?.length ?? 0;
    }
    onPath.add(name);
    const type = schema.getType(fragment.typeCondition.name.value);
    const figures = type ? measure(fragment.selectionSet, type, lists) : { depth: 0, cost: 0, fields: 0, introspectionLists: lists };
    onPath.delete(name);
    memo.set(key, figures);
    return figures;
  };

  const measure = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, introspectionLists: number): Figures => {
    const total: Figures = { depth: 0, cost: 0, fields: 0, introspectionLists };
    const add = (part: Figures, multiplier: number, depthOffset: number) => {
      total.depth = Math.max(total.depth, part.depth + depthOffset);
      total.cost += part.cost * multiplier;
      total.fields += part.fields;
      total.introspectionLists = Math.max(total.introspectionLists, part.introspectionLists);
    };
    for (const selection of selectionSet.selections) {
      steps++;
      if (!counted.has(selection)) {
        counted.add(selection);
        directives += selection.directives?.length ?? 0;
        if (selection.kind === Kind.FIELD && selection.alias) aliases++;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const figures = fragmentFigures(selection.name.value, introspectionLists);
        if (figures) add(figures, 1, 0);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
        add(measure(selection.selectionSet, type, introspectionLists), 1, 0);
        continue;
      }

      total.fields++;
      const name = selection.name.value;
      const introspection = name.startsWith('__');
      const field: GraphQLField<unknown, unknown> | undefined =
        parent === root && name === '__schema'
          ? SchemaMetaFieldDef
          : parent === root && name === '__type'
            ? TypeMetaFieldDef
            : isObjectType(parent) || isAbstractType(parent)
              ? 'getFields' in parent
                ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name]
                : undefined
              : undefined;
      const depthStep = introspection || introspectionLists > 0 ? 0 : 1;
      total.depth = Math.max(total.depth, depthStep);

      let lists = introspectionLists;
      if ((introspection || introspectionLists > 0 || parent.name.startsWith('__')) && INTROSPECTION_LISTS.has(name)) lists++;
      total.introspectionLists = Math.max(total.introspectionLists, lists);
      if (!selection.selectionSet || !field) continue;

      const named = getNamedType(field.type);
      const isConnection = named.name.endsWith('Connection');
      // A connection's items are counted on the connection (its page); its edges list adds nothing.
      const insideConnection = parent.name.endsWith('Connection');
      // A field whose `first` has a declared default (e.g. `wordingHistory(first: Int = 20)`) returns up to that many.
      const defaultFirst = field.args.find((arg) => arg.name === 'first')?.defaultValue;
      const declaredPage = typeof defaultFirst === 'number' ? Math.min(defaultFirst, limits.maxPageSize) : null;
      let items = 1;
      if (isConnection) items = pageSize(selection.arguments) ?? declaredPage ?? limits.defaultPageSize;
      else if (isListType(getNullableType(field.type)) && !insideConnection && !introspection && !parent.name.startsWith('__')) {
        items =
          pageSize(selection.arguments) ?? declaredPage ?? listArgumentLength(selection.arguments) ?? LIST_ESTIMATES[name] ?? LIST_ESTIMATE;
      }
      // A list field returns `items` objects; a connection is one object whose page is its edges'.
      total.cost += isConnection ? 1 : Math.max(items, 1);
      // Beyond the cap nothing more is measured: the figure only needs to show the limit is passed.
      if (lists <= limits.maxIntrospectionLists) add(measure(selection.selectionSet, named, lists), Math.max(items, 1), depthStep);
    }
    return total;
  };

  const figures = measure(operation.selectionSet, root, 0);
  return {
    depth: figures.depth,
    cost: figures.cost,
    fields: figures.fields,
    aliases,
    directives,
    introspectionLists: figures.introspectionLists,
    steps,
  };
}

/** Measures an operation (see measureOperation) and returns the first limit it breaks, if any. */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): GraphQLError | null {
  const figures = measured(schema, document, operationName, variables, limits);
  if (!figures) return null;
  if (figures.depth > limits.maxDepth) return limitError('depth', limits.maxDepth, figures.depth, 'depth');
  if (figures.introspectionLists > limits.maxIntrospectionLists) {
    return limitError('introspection', limits.maxIntrospectionLists, figures.introspectionLists, 'nested introspection lists');
  }
  if (figures.aliases > limits.maxAliases) return limitError('aliases', limits.maxAliases, figures.aliases, 'aliases');
  if (figures.directives > limits.maxDirectives) return limitError('directives', limits.maxDirectives, figures.directives, 'directives');
  if (figures.fields > limits.maxFields)
    return limitError('fields', limits.maxFields, figures.fields, 'field selections (fragments expanded)');
  if (figures.cost > limits.maxCost) return limitError('cost', limits.maxCost, figures.cost, 'estimated objects');
  return null;
}

/** Figures already measured, per limits and parsed document (Apollo reuses the document of a repeated query text). */
const measurements = new WeakMap<QueryLimits, WeakMap<DocumentNode, Map<string, OperationFigures | null>>>();
/** Distinct operation names and variables remembered per document; then it starts over. */
const MEASUREMENTS_PER_DOCUMENT = 64;

function measured(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): OperationFigures | null {
  let byDocument = measurements.get(limits);
  if (!byDocument) measurements.set(limits, (byDocument = new WeakMap()));
  let byCall = byDocument.get(document);
  if (!byCall) byDocument.set(document, (byCall = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
  let figures = byCall.get(key);
  if (figures === undefined) {
    figures = measureOperation(schema, document, operationName, variables, limits);
    if (byCall.size >= MEASUREMENTS_PER_DOCUMENT) byCall.clear();
    byCall.set(key, figures);
  }
  return figures;
}
