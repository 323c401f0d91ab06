import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Field names selected in `set`, fragments and inline fragments followed (directives ignored: a superset). */
function collect(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  into: Map<string, FieldNode[]>,
  seen = new Set<string>(),
): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      const list = into.get(selection.name.value) ?? [];
      list.push(selection);
      into.set(selection.name.value, list);
    } else if (selection.kind === 'InlineFragment') {
      collect(info, selection.selectionSet, into, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      collect(info, info.fragments[selection.name.value]?.selectionSet, into, seen);
    }
  }
}

/** Fields selected directly under the resolved field (all of its occurrences merged). */
export function selectedFields(info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) collect(info, node.selectionSet, fields);
  return fields;
}

/** Names of the fields selected on the `edges` of the connection being resolved. */
export function edgeFieldsSelected(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  for (const edge of selectedFields(info).get('edges') ?? []) {
    const fields = new Map<string, FieldNode[]>();
    collect(info, edge.selectionSet, fields);
    for (const name of fields.keys()) names.add(name);
  }
  return names;
}
