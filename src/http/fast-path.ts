import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import type { Context } from '../context';
import type { KnownOutcome } from './known-documents';
import { hostAllowed, hostName } from './security';

/** A middleware as Express runs it, applied here to Node's own request and response. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => unknown;

export interface FastPathOptions {
  apollo: ApolloServer<Context>;
  /** The same middlewares, in the same order, as Express runs on `/graphql` before body parsing. */
  before: NodeHandler[];
  /** Express's error handler: a malformed body and any thrown error end the same way on both paths. */
  onError: ErrorRequestHandler;
  context: (req: IncomingMessage, res: ServerResponse) => Promise<Context>;
  /** Queries of documents Apollo already validated, answered without its per-request pipeline (known-documents.ts). */
  known?: ((request: HTTPGraphQLRequest, context: Context) => Promise<KnownOutcome>) | null;
  maxBodyBytes: number;
  allowedHosts: readonly string[] | null;
  /** Behind a proxy the client address comes from X-Forwarded-For, which Express reads: no fast path. */
  trustProxy: boolean;
  /** Called for each request the fast path takes (a metric). */
  taken: () => void;
  /** Called with the known-document path's outcome for each request it was offered (a metric). */
  knownOutcome?: (answered: boolean) => void;
}

// body-parser accepts only charsets that start with "utf-": "utf8" is a 415 there, so it is not plain here.
const PLAIN_JSON = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Whether a request is the common case the fast path answers: `POST /graphql` (exactly), a
 * UTF-8 JSON body of announced length within the limit, not compressed, not asking for an event
 * stream, to an allowed host. Anything else (GET, OPTIONS, multipart, other media types or
 * charsets, chunked or compressed bodies, too-large bodies, SSE, a refused Host) goes to Express,
 * which answers it, errors included.
 */
export function takesFastPath(
  req: IncomingMessage,
  options: Pick<FastPathOptions, 'maxBodyBytes' | 'allowedHosts' | 'trustProxy'>,
): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql' || options.trustProxy) return false;
  const { headers } = req;
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON.test(type)) return false;
  const length = headers['content-length'];
  if (length === undefined || !/^\d+$/.test(length) || Number(length) > options.maxBodyBytes) return false;
  if (headers['transfer-encoding'] !== undefined) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (headers.accept === 'text/event-stream') return false;
  return options.allowedHosts === null || hostAllowed(hostName(headers.host), options.allowedHosts);
}

/** What body-parser's strict JSON parser accepts (an object or array, an empty body as `{}`), or a parse failure. */
function parseBody(text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return {};
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw Object.assign(new SyntaxError('strict JSON'), { type: 'entity.parse.failed', status: 400 });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw Object.assign(error as Error, { type: 'entity.parse.failed', status: 400 });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** Runs connect-style handlers in order until one answers (does not call `next`) or fails. */
function runHandlers(handlers: NodeHandler[], req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let i = 0;
    const next = (error?: unknown) => {
      if (error) return reject(error);
      if (i === handlers.length) return resolve(true);
      const handler = handlers[i++];
      let called = false;
      const once = (e?: unknown) => {
        if (called) return;
        called = true;
        next(e);
      };
      try {
        const result = handler(req, res, once);
        // A handler that answered calls nothing: the chain stops once the response has finished.
        if (result instanceof Promise) result.catch(reject);
      } catch (e) {
        reject(e);
      }
    };
    next();
    res.once('finish', () => resolve(false));
    res.once('close', () => resolve(false));
  });
}

/**
 * The plain `POST /graphql` request in front of Express: the same middlewares (request id,
 * security headers, CORS, body guards, API key and rate limit, request deadline) run on Node's
 * request and response, the body is read and parsed as body-parser would, and Apollo's
 * `executeHTTPGraphQLRequest` answers it, as its Express integration would. What it saves is
 * Express's router, its request and response prototypes, body-parser and `res.send`.
 * Returns false (and touches nothing) for a request it leaves to Express.
 */
export function graphqlFastPath(options: FastPathOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { apollo, before, onError } = options;
  const fail = (error: unknown, req: IncomingMessage, res: ServerResponse) =>
    onError(error, req as never, res as never, (e?: unknown) => {
      // Express's last resort, should the handler pass the error on (it does only once headers went out).
      if (e !== undefined && !res.writableEnded) res.destroy();
    });
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    if (!(await runHandlers(before, req, res))) return;
    const body = parseBody(await readBody(req));
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: 'POST', headers, search: '', body };
    let response: HTTPGraphQLResponse;
    // A context that fails to be made is left to Apollo, which reports it its own way.
    const context = options.known ? await options.context(req, res).catch(() => null) : null;
    const outcome = context && options.known ? await options.known(httpGraphQLRequest, context) : null;
    if (outcome) options.knownOutcome?.('response' in outcome);
    if (outcome && 'response' in outcome) response = outcome.response;
    else {
      // Apollo's (the context already made is the request's: made once, as Apollo would).
      const made = outcome?.handOver ?? context;
      response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => (made ? Promise.resolve(made) : options.context(req, res)),
      });
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    if (!takesFastPath(req, options)) return false;
    options.taken();
    answer(req, res).catch((error: unknown) => fail(error, req, res));
    return true;
  };
}

/**
 * At most `limit` GraphQL requests past this point at once; the others wait their turn in order
 * of arrival (their request deadline still runs). Without it, every request a client sends starts
 * at once: at 64 concurrent requests and 10 pooled connections, the event loop interleaves the
 * parsing, planning and serializing of all 64, so each takes longer and some wait far longer
 * than others. `limit` 0: no limit.
 */
export function admission(limit: number, waiting: { inc(): void; dec(): void } = { inc() {}, dec() {} }): NodeHandler {
  if (limit <= 0) return (_req, _res, next) => next();
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  return (_req, res, next) => {
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      release();
    };
    const start = () => {
      // Answered (a deadline) or abandoned while waiting: pass the turn on.
      if (res.writableEnded || res.destroyed) return done();
      res.once('finish', done);
      res.once('close', done);
      next();
    };
    if (active < limit) {
      active++;
      start();
    } else {
      waiting.inc();
      queue.push(() => {
        waiting.dec();
        start();
      });
    }
  };
}

/**
 * A middleware whose only effect is to set headers that depend on nothing in the request
 * (helmet's, from the configuration alone), run once against a recording response and replayed
 * for each request: helmet runs a dozen small middlewares per request, 2.6 % of the server's CPU
 * on the smallest benchmark request. `test/fast-path.test.ts` compares the headers with Express's.
 */
export function replayedHeaders(handler: NodeHandler): NodeHandler {
  const steps: (readonly [string, string | number | readonly string[] | null])[] = [];
  let finished = false;
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void steps.push([name, value]),
    removeHeader: (name: string) => void steps.push([name, null]),
  };
  handler({ method: 'POST', url: '/graphql', headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    finished = error === undefined;
  });
  if (!finished) throw new Error('a replayed middleware must call next() at once, without an error');
  return (_req, res, next) => {
    for (const [name, value] of steps) {
      if (value === null) res.removeHeader(name);
      else res.setHeader(name, value);
    }
    next();
  };
}
