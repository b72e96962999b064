import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

/**
 * PostgreSQL text cannot hold U+0000, and no field of this API needs it: an operation carrying it
 * in a variable or a string literal is refused whole, with where it was, before anything runs.
 */
export function nulGuardPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const where = pathOfNul(request.variables ?? {}, 'variables') ?? literalWithNul(document);
          if (where) {
            throw new GraphQLError(`${where} contains the NUL character (U+0000), which no text accepts: remove it`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function pathOfNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = key.includes('\u0000') ? path : pathOfNul(inner, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

function literalWithNul(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node) {
      if (!found && node.value.includes('\u0000')) found = `The string at line ${node.loc?.startToken.line ?? '?'} of the operation`;
    },
  });
  return found;
}
