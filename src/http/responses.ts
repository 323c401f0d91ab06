import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { classifyFailure, ErrorCode } from '../common/errors';
import type { Logger } from '../logger';

/**
 * A GraphQL-shaped error body for failures outside GraphQL execution (body parsing, limits).
 * Written with Node's own response methods (the headers Express's `res.json` would set), so that
 * the fast path (`fast-path.ts`) answers with the same bytes as Express.
 */
export function sendError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** Body-parser failures become one log line and a JSON error, never an HTML stack trace. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    const requestId = res.getHeader('x-request-id');
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      logger.info({ requestId, outcome: 'rejected', reason: 'body too large' }, 'request rejected');
      sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body is larger than ${(error as { limit?: number }).limit} bytes`);
      return;
    }
    if (type === 'entity.parse.failed') {
      logger.info({ requestId, outcome: 'rejected', reason: 'malformed JSON' }, 'request rejected');
      sendError(res, 400, ErrorCode.BAD_REQUEST, 'Request body is not valid JSON');
      return;
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      sendError(res, 415, ErrorCode.BAD_REQUEST, 'Unsupported body encoding or charset');
      return;
    }
    if (res.headersSent) {
      next(error);
      return;
    }
    // Other client errors body-parser reports (a corrupt gzip or deflate body, a body shorter
    // than its Content-Length): the client's fault, with the status body-parser gives it.
    const status = (error as { status?: unknown }).status;
    if ((error as { expose?: boolean }).expose && typeof status === 'number' && status >= 400 && status < 500) {
      logger.info({ requestId, outcome: 'rejected', reason: type ?? String((error as Error).message) }, 'request rejected');
      sendError(
        res,
        status,
        ErrorCode.BAD_REQUEST,
        status === 400 && /zlib|gzip|deflate|header check|incorrect/i.test(String((error as Error).message))
          ? 'Request body is not valid for its Content-Encoding'
          : String((error as Error).message),
      );
      return;
    }
    logger.error({ requestId, err: error }, 'unhandled HTTP error');
    const failure = classifyFailure(error);
    sendError(res, failure.code === ErrorCode.INTERNAL_SERVER_ERROR ? 500 : 503, failure.code, failure.message, { requestId });
  };
}
