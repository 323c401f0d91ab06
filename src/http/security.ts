import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { ErrorCode } from '../common/errors';
import { sendError } from './responses';

/**
 * Security headers on every response (helmet): a Content-Security-Policy under which a page of
 * this server may load only this server's own assets (the explorer's scripts, styles, workers and
 * fonts) and talk only to this server, and may not be framed; `nosniff`; no referrer to other
 * sites. Styles may be inline: the explorer's editor (Monaco) writes its own `<style>` elements.
 * Strict-Transport-Security only in production, where TLS is expected in front of the server.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'worker-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // A public API: browsers of other origins (CORS_ORIGINS) read its responses.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    xFrameOptions: { action: 'deny' },
  });
}

/** The host name of a `Host` header, lower-cased, without its port (`[::1]` keeps its brackets). */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(header.trim().toLowerCase());
  return match?.[1] || undefined;
}

/** Whether `host` is one of `allowed`, where `*.example.org` admits every subdomain (not the domain itself). */
export function hostAllowed(host: string | undefined, allowed: readonly string[]): boolean {
  if (!host) return false;
  return allowed.some((entry) =>
    entry.startsWith('*.') ? host.endsWith(entry.slice(1)) && host.length > entry.length - 1 : host === entry,
  );
}

/**
 * DNS rebinding: a page on attacker.example whose name is made to resolve to 127.0.0.1 is
 * same-origin with the server from the browser's view, so CORS does not stop it; its requests
 * still say `Host: attacker.example`. Outside production only loopback names are answered unless
 * ALLOWED_HOSTS says otherwise (null: every host).
 */
export function hostCheck(allowed: readonly string[] | null): RequestHandler {
  return (req, res, next) => {
    if (allowed === null) return next();
    const host = hostName(req.headers.host);
    if (hostAllowed(host, allowed)) return next();
    sendError(
      res,
      403,
      ErrorCode.FORBIDDEN,
      `Host "${host ?? ''}" is not served here (a DNS-rebinding guard): this server answers ${allowed.join(', ')}; set ALLOWED_HOSTS to add names`,
      { reason: 'HOST_NOT_ALLOWED' },
    );
  };
}
