import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { classifyFailure, ErrorCode } from './errors';

/**
 * Apollo refuses an automatic persisted query whose sha256Hash is not the query's with a bare
 * error (no code, which would read as an internal one): it gets a persisted-query code of its own.
 */
const APQ_MISMATCH_MESSAGE = 'provided sha does not match query';

/** Codes whose messages were written for clients; anything else may carry internals. */
export const CLIENT_SAFE_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

const codeOf = (error: GraphQLError | GraphQLFormattedError) => String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);

/** Errors the operator should hear about: internal ones, and the database being unavailable or slow. */
export function needsLogging(error: GraphQLError | GraphQLFormattedError): boolean {
  const code = codeOf(error);
  return !CLIENT_SAFE_CODES.has(code) || code === ErrorCode.SERVICE_UNAVAILABLE || code === ErrorCode.TIMEOUT;
}

/**
 * What clients see of an error, on HTTP and WebSocket alike: client-safe errors as they are
 * (without stack traces in production); database and programming errors as a code and a
 * message that say whether a retry may help, the details staying in the log.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (
      formatted.message === APQ_MISMATCH_MESSAGE &&
      [undefined, ErrorCode.INTERNAL_SERVER_ERROR].includes(formatted.extensions?.code as ErrorCode)
    ) {
      formatted = {
        ...formatted,
        message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent',
        extensions: { ...formatted.extensions, code: ErrorCode.PERSISTED_QUERY_HASH_MISMATCH },
      };
    }
    if (CLIENT_SAFE_CODES.has(codeOf(formatted))) {
      // Stack traces stay in the log; outside production a client may ask for them (stacktraceOnRequest).
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const failure = classifyFailure(original);
    return {
      message: failure.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: failure.code },
    };
  };
}

/** The request header that asks, outside production, for each error's stack trace in `extensions.stacktrace`. */
export const STACKTRACE_HEADER = 'x-include-stacktrace';

/** Outside production, puts the stack traces back into a response whose request asked for them. */
export function stacktraceOnRequest(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get(STACKTRACE_HEADER) !== 'true') return;
      return {
        async willSendResponse({ response, errors }) {
          if (response.body.kind !== 'single') return;
          response.body.singleResult.errors?.forEach((formatted, i) => {
            const original = errors?.[i];
            const stack = (original?.originalError ?? original)?.stack;
            if (stack)
              (formatted as { extensions: Record<string, unknown> }).extensions = {
                ...formatted.extensions,
                stacktrace: stack.split('\n'),
              };
          });
        },
      };
    },
  };
}
