import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from '../logger';

/** A GraphQL-shaped error body for failures outside GraphQL execution (body parsing, limits). */
export function sendError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  res.status(status).type('application/json').json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** Body-parser failures become one log line and a JSON error, never an HTML stack trace. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    const requestId = res.getHeader('x-request-id');
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      logger.info({ requestId, outcome: 'rejected', reason: 'body too large' }, 'request rejected');
      sendError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${(error as { limit?: number }).limit} bytes`);
      return;
    }
    if (type === 'entity.parse.failed') {
      logger.info({ requestId, outcome: 'rejected', reason: 'malformed JSON' }, 'request rejected');
      sendError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
      return;
    }
    if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
      sendError(res, 415, 'BAD_REQUEST', 'Unsupported body encoding or charset');
      return;
    }
    if (res.headersSent) {
      next(error);
      return;
    }
    logger.error({ requestId, err: error }, 'unhandled HTTP error');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', { requestId });
  };
}
