import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors';

/** Nesting of variable values beyond any input type of the schema (the deepest needs a handful). */
export const MAX_VARIABLE_DEPTH = 32;

/**
 * What is wrong with the variables' strings, if anything: a NUL character, a lone UTF-16
 * surrogate (not text: PostgreSQL would store U+FFFD instead), or nesting deeper than any input
 * type allows. Walks with its own stack: a 10,000-deep value must not overflow the call stack.
 */
function variablesProblem(variables: unknown): string | null {
  const stack: [unknown, number][] = [[variables, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) return problem;
    } else if (value && typeof value === 'object') {
      if (depth >= MAX_VARIABLE_DEPTH) return `Variables must not nest deeper than ${MAX_VARIABLE_DEPTH} levels`;
      if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1]);
      else
        for (const [key, item] of Object.entries(value)) {
          stack.push([key, depth + 1]);
          stack.push([item, depth + 1]);
        }
    }
  }
  return null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'Text arguments must not contain NUL (\\u0000) characters';
  if (LONE_SURROGATE.test(value))
    return 'Text arguments must be valid Unicode: a lone UTF-16 surrogate (\\uD800-\\uDFFF) is not a character';
  return null;
}

/**
 * PostgreSQL text cannot hold NUL characters, nor lone surrogates (they would be stored as U+FFFD,
 * silently): a string carrying one would fail deep in a query as an internal error or lose data.
 * Refusing it up front, for every argument, gives the client a clear error.
 */
export function nulCharacterError(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | null {
  const problem = variablesProblem(variables ?? {}) ?? documentProblem(document);
  return problem
    ? new GraphQLError(problem, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
      })
    : null;
}

/** Documents already checked: Apollo hands the same parsed document to every request that sends the same text. */
const checkedDocuments = new WeakMap<DocumentNode, string | null>();

function documentProblem(document: DocumentNode): string | null {
  let problem = checkedDocuments.get(document);
  if (problem === undefined) {
    problem = null;
    visit(document, {
      [Kind.STRING]: (node) => {
        problem ??= stringProblem(node.value);
      },
    });
    checkedDocuments.set(document, problem);
  }
  return problem;
}
