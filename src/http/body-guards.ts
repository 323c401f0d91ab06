import type { RequestHandler } from 'express';
import { ErrorCode } from '../common/errors';
import { sendError } from './responses';

/**
 * Checks a request body's headers before anything reads it:
 * - a `Content-Length` over the limit gets 413 at once (body-parser would answer only once the
 *   whole announced body had arrived, or the request deadline passed), and the connection closes;
 * - JSON is UTF-8 (RFC 8259): another `charset` (utf-7, which body-parser would decode, latin1…)
 *   gets 415.
 */
export function bodyGuards(maxBodyBytes: number): RequestHandler {
  return (req, res, next) => {
    const length = req.headers['content-length'];
    if (length !== undefined && /^\d+$/.test(length) && Number(length) > maxBodyBytes) {
      res.setHeader('connection', 'close');
      sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body is larger than ${maxBodyBytes} bytes`);
      // Nothing more of this body will be read.
      res.once('finish', () => req.socket.destroySoon());
      return;
    }
    const type = req.headers['content-type'];
    const charset = type ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(type)?.[1]?.toLowerCase() : undefined;
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      sendError(res, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Unsupported charset "${charset.slice(0, 40)}": send JSON in UTF-8`);
      return;
    }
    next();
  };
}
