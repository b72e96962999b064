import {
  getNamedType, getNullableType, GraphQLError, isListType, Kind,
  type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';
import type { OperationLimits } from '../config';

/** The largest page a paginated field returns, used when `first` is a variable. */
const maxPageSize = 100;

/**
 * Validation rules that bound what one operation may cost: depth, aliases, directives, an
 * estimated cost, and no subscriptions. A rejection is a validation error (HTTP 400, clear message).
 */
export function operationLimitRules(limits: OperationLimits): ValidationRule[] {
  return [(context) => limitVisitor(context, limits)];
}

function limitVisitor(context: ValidationContext, limits: OperationLimits): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const reject = (message: string) => context.reportError(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  let aliases = 0;
  let directives = 0;
  return {
    Field(node) { if (node.alias) aliases += 1; },
    Directive() { directives += 1; },
    OperationDefinition: {
      leave(operation: OperationDefinitionNode) {
        if (operation.operation === 'subscription') reject('Subscriptions are not supported');
      },
    },
    Document: {
      leave() {
        if (aliases > limits.maxAliases) reject(`The operation uses ${aliases} aliases; at most ${limits.maxAliases} are allowed`);
        if (directives > limits.maxDirectives) reject(`The operation uses ${directives} directives; at most ${limits.maxDirectives} are allowed`);
        for (const definition of context.getDocument().definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const root = rootType(context.getSchema(), definition.operation);
          const { depth, cost } = measure(definition.selectionSet, root, fragments, limits, new Set(), false);
          if (depth > limits.maxDepth) reject(`The operation is nested ${depth} levels deep; at most ${limits.maxDepth} are allowed`);
          if (cost > limits.maxCost) reject(`The operation's estimated cost is ${cost}; at most ${limits.maxCost} is allowed`);
        }
      },
    },
  };
}

type Fields = Record<string, GraphQLField<unknown, unknown>>;

/** Depth and cost of a selection: each field costs 1, times the size of every list above it. */
function measure(
  selectionSet: SelectionSetNode, fields: Fields | undefined, fragments: Map<string, FragmentDefinitionNode>,
  limits: OperationLimits, visiting: Set<string>, inPage: boolean,
): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let inner: { depth: number; cost: number } | undefined;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = fields?.[selection.name.value];
      const paged = !!selection.arguments?.some((a) => a.name.value === 'first');
      const child = selection.selectionSet
        ? measure(selection.selectionSet, fieldsOf(field), fragments, limits, visiting, paged)
        : { depth: 0, cost: 0 };
      const factor = factorOf(selection, field, limits, inPage);
      inner = { depth: child.depth + 1, cost: factor * (1 + child.cost) };
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : undefined;
      const set = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragment?.selectionSet;
      const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '';
      if (!set || (key && visiting.has(key))) continue;
      if (key) visiting.add(key);
      // A fragment on another type (an interface member) is measured without field types: depth still counts.
      inner = measure(set, fields, fragments, limits, visiting, inPage);
      if (key) visiting.delete(key);
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

/** A paged field (`first`) counts its page size; a connection's edges inside it count once; other lists count listFactor. */
function factorOf(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, limits: OperationLimits, inPage: boolean): number {
  const first = node.arguments?.find((a) => a.name.value === 'first');
  if (first) return first.value.kind === Kind.INT ? Math.max(1, Number(first.value.value)) : maxPageSize;
  if (!field || !isListType(getNullableType(field.type))) return 1;
  return inPage && (node.name.value === 'edges' || node.name.value === 'nodes') ? 1 : limits.listFactor;
}

function fieldsOf(field: GraphQLField<unknown, unknown> | undefined): Fields | undefined {
  const type = field && getNamedType(field.type);
  return type && 'getFields' in type ? (type.getFields() as Fields) : undefined;
}

function rootType(schema: GraphQLSchema, operation: string): Fields | undefined {
  const type = operation === 'query' ? schema.getQueryType() : operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return type?.getFields() as Fields | undefined;
}
