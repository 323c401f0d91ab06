import { GraphQLError } from 'graphql';

/** The `extensions.code` values clients can receive. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
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
