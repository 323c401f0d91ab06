import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

/** Codes whose messages were written for clients; anything else may carry internals. */
export const CLIENT_SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

export function isClientSafe(error: GraphQLFormattedError): boolean {
  return CLIENT_SAFE_CODES.has(String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
}

/**
 * What clients see of an error, on every transport: client-safe errors as they are; database
 * and programming errors as a bare INTERNAL_SERVER_ERROR (the log has the details).
 */
export function formatError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (isClientSafe(formatted)) return formatted;
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(production ? {} : { stacktrace: formatted.extensions?.stacktrace }) },
  };
}
