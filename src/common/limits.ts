import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Limits every operation must stay within, on HTTP and WebSocket alike. */
export interface QueryLimits {
  /** Nesting depth of fields outside introspection. */
  maxDepth: number;
  /** Aliased fields in one operation (aliases multiply work without multiplying the document). */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Field selections written in the operation (the same field repeated counts each time). */
  maxFields: number;
  /** Estimated objects returned: each object-typed field counts once per item of the lists around it. */
  maxCost: number;
  /** Nested list fields in an introspection path (the standard introspection query needs 3). */
  maxIntrospectionLists: number;
  /** Page size assumed for a connection without `first`/`last`. */
  defaultPageSize: number;
  maxPageSize: number;
}

export const LIMIT_ERROR_CODE = 'QUERY_LIMIT_EXCEEDED';

function limitError(limit: string, max: number, actual: number, what: string): GraphQLError {
  return new GraphQLError(`Query exceeds the ${limit} limit: ${what} ${actual}, at most ${max} allowed`, {
    extensions: { code: LIMIT_ERROR_CODE, limit, max, actual, http: { status: 400 } },
  });
}

const INTROSPECTION_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'args', 'directives']);

interface Walk {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  fields: number;
}

/**
 * Measures an operation by walking its selections (fragments expanded, each fragment at most
 * once per path so a cycle cannot loop) and returns the first limit it breaks, if any.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return null;

  const totals: Walk = { depth: 0, cost: 0, aliases: 0, directives: operation.directives?.length ?? 0, fields: 0 };
  // Counted once per fragment/selection in the document, not per expansion.
  const countedNodes = new Set<object>();

  const pageSize = (args: readonly { name: { value: string }; value: ValueNode }[] | undefined): number | null => {
    for (const arg of args ?? []) {
      if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
      const v = arg.value;
      const raw = v.kind === Kind.INT ? Number(v.value) : v.kind === Kind.VARIABLE ? Number(variables?.[v.name.value]) : NaN;
      if (Number.isFinite(raw)) return Math.max(0, Math.min(raw, limits.maxPageSize));
    }
    return null;
  };

  const visit = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType,
    depth: number,
    multiplier: number,
    introspectionLists: number,
    path: Set<string>,
  ): GraphQLError | null => {
    for (const selection of selectionSet.selections) {
      if (!countedNodes.has(selection)) {
        countedNodes.add(selection);
        totals.directives += selection.directives?.length ?? 0;
        if (selection.kind === Kind.FIELD) totals.fields++;
        if (selection.kind === Kind.FIELD && selection.alias) totals.aliases++;
      }
      if (totals.fields > limits.maxFields) return limitError('fields', limits.maxFields, totals.fields, 'field selections');
      if (totals.aliases > limits.maxAliases) return limitError('aliases', limits.maxAliases, totals.aliases, 'aliases');
      if (totals.directives > limits.maxDirectives) return limitError('directives', limits.maxDirectives, totals.directives, 'directives');

      if (selection.kind === Kind.FRAGMENT_SPREAD || selection.kind === Kind.INLINE_FRAGMENT) {
        let set: SelectionSetNode;
        let type = parent;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || path.has(name)) continue;
          if (!countedNodes.has(fragment)) {
            countedNodes.add(fragment);
            totals.directives += fragment.directives?.length ?? 0;
          }
          set = fragment.selectionSet;
          type = schema.getType(fragment.typeCondition.name.value) ?? parent;
          const error = visit(set, type, depth, multiplier, introspectionLists, new Set(path).add(name));
          if (error) return error;
        } else {
          set = selection.selectionSet;
          if (selection.typeCondition) type = schema.getType(selection.typeCondition.name.value) ?? parent;
          const error = visit(set, type, depth, multiplier, introspectionLists, path);
          if (error) return error;
        }
        continue;
      }

      const name = selection.name.value;
      const introspection = name.startsWith('__');
      const field: GraphQLField<unknown, unknown> | undefined =
        isObjectType(parent) || isAbstractType(parent) ? ('getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined) : undefined;
      const fieldDepth = introspection || introspectionLists > 0 ? depth : depth + 1;
      if (fieldDepth > totals.depth) totals.depth = fieldDepth;
      if (totals.depth > limits.maxDepth) return limitError('depth', limits.maxDepth, totals.depth, 'depth');

      let lists = introspectionLists;
      if ((introspection || introspectionLists > 0 || parent.name.startsWith('__')) && INTROSPECTION_LISTS.has(name)) lists++;
      if (lists > limits.maxIntrospectionLists) {
        return limitError('introspection', limits.maxIntrospectionLists, lists, 'nested introspection lists');
      }

      if (!selection.selectionSet || !field) continue;
      const named = getNamedType(field.type);
      totals.cost += multiplier;
      if (totals.cost > limits.maxCost) return limitError('cost', limits.maxCost, totals.cost, 'estimated objects');
      const isConnection = named.name.endsWith('Connection');
      // A list field whose `first` has a default (e.g. `wordingHistory(first: Int = 20)`) returns up to that many.
      const defaultFirst = field.args.find((arg) => arg.name === 'first')?.defaultValue;
      const page =
        pageSize(selection.arguments) ??
        (typeof defaultFirst === 'number' ? Math.min(defaultFirst, limits.maxPageSize) : isConnection ? limits.defaultPageSize : null);
      const nextMultiplier = page !== null && (isConnection || isListType(getNullableType(field.type))) ? multiplier * Math.max(page, 1) : multiplier;
      const error = visit(selection.selectionSet, named, fieldDepth, nextMultiplier, lists, path);
      if (error) return error;
    }
    return null;
  };

  return visit(operation.selectionSet, root, 0, 1, 0, new Set());
}
