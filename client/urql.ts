// urql for this API. urql sends queries as GET by default; the server refuses a GET without a
// preflight-forcing header (CSRF prevention), so every request carries `apollo-require-preflight`.
// (Or set `preferGetMethod: false` to send everything as POST.)
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient } from 'graphql-ws';

export interface UrqlOptions {
  url: string;
  apiKey?: string;
  /** In Node.js: the `ws` package's WebSocket. Browsers have their own. */
  webSocketImpl?: unknown;
}

export function createUrqlClient({ url, apiKey, webSocketImpl }: UrqlOptions) {
  const auth: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  const sockets = createClient({ url: url.replace(/^http/, 'ws'), connectionParams: auth, webSocketImpl });
  const client = new Client({
    url,
    fetchOptions: () => ({ headers: { 'apollo-require-preflight': 'true', ...auth } }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sockets.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, close: () => sockets.dispose() };
}
