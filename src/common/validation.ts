import { NoSchemaIntrospectionCustomRule, specifiedRules, type ValidationRule } from 'graphql';
import type { Config } from '../config';

/** Largest request body (HTTP) and message (WebSocket) the server accepts. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/**
 * Rules every transport adds to graphql's specified rules. Apollo (HTTP) receives them as
 * `validationRules`; the WebSocket server through `validationRules()`. Add new limits here, so
 * that a subscription cannot do what a query may not.
 */
export const extraValidationRules: readonly ValidationRule[] = [];

/**
 * The full set of rules HTTP requests are validated with, for transports that validate on their
 * own: graphql's specified rules, the introspection ban Apollo adds when introspection is off,
 * and the shared extra rules.
 */
export function validationRules(config: Pick<Config, 'introspection'>): ValidationRule[] {
  return [...specifiedRules, ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule]), ...extraValidationRules];
}
