import { GraphQLError } from 'graphql';

/** The `extensions.code` values clients can receive. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  TIMEOUT = 'TIMEOUT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface ErrorDetails {
  /** Input path of the offending argument, e.g. ["input", "speakerIds", 1]. */
  field?: string | (string | number)[];
  [key: string]: unknown;
}

function fieldPath(field: ErrorDetails['field']): (string | number)[] | undefined {
  if (field === undefined) return undefined;
  return Array.isArray(field) ? field : field.split('.');
}

export function apiError(code: ErrorCode, message: string, details: ErrorDetails = {}): GraphQLError {
  const { field, ...rest } = details;
  return new GraphQLError(message, {
    extensions: { code, ...(field !== undefined ? { field: fieldPath(field) } : {}), ...rest },
  });
}

export const badInput = (message: string, details?: ErrorDetails) => apiError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (message: string, details?: ErrorDetails) => apiError(ErrorCode.NOT_FOUND, message, details);
export const conflict = (message: string, details?: ErrorDetails) => apiError(ErrorCode.CONFLICT, message, details);
export const unauthenticated = (message: string, details?: ErrorDetails) => apiError(ErrorCode.UNAUTHENTICATED, message, details);
export const forbidden = (message: string, details?: ErrorDetails) => apiError(ErrorCode.FORBIDDEN, message, details);

/** SQLSTATE classes and driver messages that mean "the database is not reachable right now". */
const UNAVAILABLE_SQLSTATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_MESSAGES = /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection|Client has encountered a connection error|not queryable|Connection is not established/i;

const UNAVAILABLE = { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The database is unavailable; retry shortly' };

/**
 * What a server-side failure means for the client: a database outage or timeout is worth a
 * retry and says so; anything else is an internal error whose details stay in the log.
 */
export function classifyFailure(error: unknown): { code: ErrorCode; message: string } {
  const e = error as { name?: string; code?: string; message?: string; driverError?: { code?: string; message?: string } } | undefined;
  // TypeORM says "already released" when the connection under a transaction died while a query
  // of that transaction was still on its way: the database went away, not our code.
  if (e?.name === 'QueryRunnerProviderAlreadyReleasedError' || e?.name === 'QueryRunnerAlreadyReleasedError') {
    return UNAVAILABLE;
  }
  const sqlState = e?.driverError?.code ?? e?.code;
  const message = `${e?.message ?? ''} ${e?.driverError?.message ?? ''}`;
  if (sqlState === '57014') return { code: ErrorCode.TIMEOUT, message: 'The query took too long and was cancelled; narrow it or retry' };
  if ((sqlState && UNAVAILABLE_SQLSTATES.test(sqlState)) || UNAVAILABLE_MESSAGES.test(message)) {
    return UNAVAILABLE;
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}
