import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors';

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => hasNul(k) || hasNul(v));
  return false;
}

/**
 * PostgreSQL text cannot hold NUL characters: a string carrying one would fail deep in a query
 * as an internal error. Refusing it up front, for every argument, gives the client a clear error.
 */
export function nulCharacterError(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | null {
  let found = hasNul(variables ?? {});
  if (!found) {
    visit(document, {
      [Kind.STRING]: (node) => {
        if (node.value.includes('\u0000')) found = true;
      },
    });
  }
  return found
    ? new GraphQLError('Text arguments must not contain NUL (\\u0000) characters', {
        extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
      })
    : null;
}
