import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { unavailableCode, unavailableMessage } from '../server/unavailable';

/**
 * What the gateway makes of a subgraph that did not answer (stopped, too slow, refusing
 * connections, 502-504): a GraphQL answer of that subgraph with one error per field it was asked
 * for. Each error has that field's path (`_entities` items are mapped by the gateway to where
 * they sit in the client's answer), so the query answers with what the other subgraphs gave.
 */
export function unavailableResponse(requestBody: string | undefined): Response {
  const errors = requestedPaths(requestBody).map((path) => ({ message: unavailableMessage, path, extensions: { code: unavailableCode } }));
  return new Response(JSON.stringify({ data: null, errors }), { status: 200, headers: { 'content-type': 'application/json' } });
}

function requestedPaths(body: string | undefined): Array<Array<string | number>> {
  try {
    const { query, variables } = JSON.parse(body ?? '') as { query: string; variables?: { representations?: unknown[] } };
    const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const fields = (operation?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s] : []));
    return fields.flatMap((field) => {
      if (field.name.value === '_entities') return (variables?.representations ?? []).map((_, i) => ['_entities', i]);
      return [[field.alias?.value ?? field.name.value]];
    });
  } catch {
    return [[]];
  }
}
