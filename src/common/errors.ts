import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` a client can receive, and the only place codes are spelled: the
 * README's "Error codes" table lists exactly these (test/unit/error-codes.test.ts checks it).
 */
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
  /** The operation breaks a query limit (depth, cost, aliases…; see limits.ts). */
  QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED',
  /** Sent by Express middleware before GraphQL runs (HTTP 413, 415, 400). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  BAD_REQUEST = 'BAD_REQUEST',
  /** Apollo Server's own codes (ApolloServerErrorCode), passed on unchanged. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** An automatic persisted query whose sha256Hash is not the query's (Apollo sends it without a code). */
  PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH',
  /** TRUSTED_DOCUMENTS is on and the operation is not one of them (or came as text where an id is required). */
  TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED',
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

function extensionsOf(code: ErrorCode, details: ErrorDetails): Record<string, unknown> {
  const { field, ...rest } = details;
  return { code, ...(field !== undefined ? { field: fieldPath(field) } : {}), ...rest };
}

/**
 * What services, the write path and resolvers throw when the caller asked for something wrong:
 * plain errors with a code and details, not GraphQL's, so that the command-line tools can print
 * them too. They become GraphQL errors without any wrapper around resolvers: graphql-js makes a
 * GraphQL error of whatever a resolver or `subscribe` throws (`locatedError`), and copies the
 * thrown error's `extensions` onto it, so `extensions` is where the code and details are read.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** `extensions.code` and the details (`field` as a path), as clients see them. */
  get extensions(): Record<string, unknown> {
    return extensionsOf(this.code, this.details);
  }
}

/** A DomainError subclass whose code is fixed. */
function withCode(code: ErrorCode) {
  return class extends DomainError {
    constructor(message: string, details?: ErrorDetails) {
      super(code, message, details);
    }
  };
}

/** BAD_USER_INPUT: the input is malformed or breaks a rule. */
export class InputError extends withCode(ErrorCode.BAD_USER_INPUT) {}
/** NOT_FOUND: an id or key names nothing. */
export class NotFoundError extends withCode(ErrorCode.NOT_FOUND) {}
/** CONFLICT: the record is not in the state the write expects (duplicate, stale version, references). */
export class ConflictError extends withCode(ErrorCode.CONFLICT) {}
/** UNAUTHENTICATED: the operation needs an API key and none was sent. */
export class UnauthenticatedError extends withCode(ErrorCode.UNAUTHENTICATED) {}
/** FORBIDDEN: the key's role is below what the operation needs. */
export class ForbiddenError extends withCode(ErrorCode.FORBIDDEN) {}

export const badInput = (message: string, details?: ErrorDetails) => new InputError(message, details);
export const notFound = (message: string, details?: ErrorDetails) => new NotFoundError(message, details);
export const conflict = (message: string, details?: ErrorDetails) => new ConflictError(message, details);
export const unauthenticated = (message: string, details?: ErrorDetails) => new UnauthenticatedError(message, details);
export const forbidden = (message: string, details?: ErrorDetails) => new ForbiddenError(message, details);

/**
 * A GraphQL error built directly, for the layers around execution that answer in GraphQL's terms
 * themselves: HTTP authentication, the WebSocket server, the subscription feed's iterator.
 */
export function apiError(code: ErrorCode, message: string, details: ErrorDetails = {}): GraphQLError {
  return new GraphQLError(message, { extensions: extensionsOf(code, details) });
}

/** SQLSTATE classes and driver messages that mean "the database is not reachable right now". */
const UNAVAILABLE_SQLSTATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|terminating connection|Client has encountered a connection error|not queryable|Connection is not established/i;

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
