// Apollo Client 4 for this API: queries and mutations over HTTP, subscriptions over WebSocket
// (graphql-transport-ws), Relay-style lists merged page by page, `Node` fragments matched.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { possibleTypes } from './possible-types';

export interface ApolloOptions {
  /** http://localhost:4000/graphql */
  url: string;
  /** An API key, for mutations (or every request when the server has REQUIRE_AUTH_FOR_READS on). */
  apiKey?: string;
  /** In Node.js: the `ws` package's WebSocket. Browsers have their own. */
  webSocketImpl?: unknown;
  /**
   * Send queries and mutations by id (GET for queries, so caches can keep them): the id codegen put
   * in the document (`__meta__.hash`, see codegen.ts), else the SHA-256 of its text. For a server
   * with TRUSTED_DOCUMENTS; an id it does not know is retried with the text.
   */
  persistedDocuments?: boolean;
}

/** The document's id: graphql-codegen's `__meta__.hash`, or the SHA-256 of the printed text (Web Crypto). */
async function documentId(document: DocumentNode): Promise<string> {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (hash) return hash.replace(/^sha256:/, '');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(print(document)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createApolloClient({ url, apiKey, webSocketImpl, persistedDocuments }: ApolloOptions) {
  const auth: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  const sockets = createClient({ url: url.replace(/^http/, 'ws'), connectionParams: auth, webSocketImpl });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(sockets),
    persistedDocuments
      ? new PersistedQueryLink({ generateHash: documentId, useGETForHashedQueries: true }).concat(
          new HttpLink({ uri: url, headers: { 'apollo-require-preflight': 'true', ...auth } }),
        )
      : new HttpLink({ uri: url, headers: auth }),
  );
  const cache = new InMemoryCache({
    possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter and order; fetchMore({ variables: { after } }) appends.
          statements: relayStylePagination(['filter', 'orderBy']),
          calls: relayStylePagination(['filter', 'orderBy']),
          officials: relayStylePagination(['filter', 'orderBy']),
          search: relayStylePagination(['text', 'filter', 'orderBy']),
        },
      },
    },
  });
  const client = new ApolloClient({ link, cache });
  return { client, close: () => (client.stop(), sockets.dispose()) };
}
