import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Whether the query asks for any of these fields anywhere below the resolved field (fragments included). */
export function requestsAnyField(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean => (set?.selections ?? []).some((selection) => {
    if (selection.kind === 'Field') return names.includes(selection.name.value) || visit(selection.selectionSet);
    if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
    return visit(info.fragments[selection.name.value]?.selectionSet);
  });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
