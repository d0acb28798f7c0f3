import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects `path` below it (e.g. edges, node, author), through
 * inline fragments and named fragments alike. Lets a resolver load what its children will need
 * in one batch, and only when they will need it. `fieldNodes` asks it of another field of the
 * same operation (e.g. a child the resolver reads ahead for).
 */
export function selectsPath(
  info: GraphQLResolveInfo,
  path: readonly string[],
  fieldNodes: readonly FieldNode[] = info.fieldNodes,
): boolean {
  const visit = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value !== path[depth]) continue;
        if (depth === path.length - 1) return true;
        if (visit(selection.selectionSet, depth + 1, seen)) return true;
      } else if (selection.kind === 'InlineFragment') {
        if (visit(selection.selectionSet, depth, seen)) return true;
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        seen.add(name);
        if (visit(info.fragments[name]?.selectionSet, depth, seen)) return true;
      }
    }
    return false;
  };
  return fieldNodes.some((node) => visit(node.selectionSet, 0, new Set()));
}
