import type { RequestHandler } from 'express';

/**
 * Browser origins of a developer's own machine: `http://localhost:<any port>` and
 * `http://127.0.0.1:<any port>` (and `[::1]`), where Vite (5173), Next.js (3000) and the like
 * serve a frontend under development. Allowed outside production unless CORS_ALLOW_LOCALHOST=false.
 */
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export function isLocalOrigin(origin: string): boolean {
  return LOCAL_ORIGIN.test(origin);
}

/** The CORS decision for an `Origin` header: the allow-list, `*`, or a local origin when allowed. */
export function corsAllows(origin: string, allowed: readonly string[], allowLocal: boolean): boolean {
  return allowed.includes('*') || allowed.includes(origin) || (allowLocal && isLocalOrigin(origin));
}

/**
 * Queries over GET from a local frontend (urql's default) pass Apollo's CSRF prevention when
 * local origins are allowed: a cross-site request forgery cannot come from the developer's own
 * origin, and GET never runs a mutation. Elsewhere GET needs `apollo-require-preflight` or POST.
 */
export function localGetQueries(allowLocal: boolean): RequestHandler {
  return (req, _res, next) => {
    const origin = req.headers.origin;
    if (allowLocal && req.method === 'GET' && typeof origin === 'string' && isLocalOrigin(origin)) {
      req.headers['apollo-require-preflight'] = 'true';
    }
    next();
  };
}
