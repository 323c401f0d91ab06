// Apollo Client 4 for this API: queries and mutations over HTTP, subscriptions over WebSocket
// (graphql-transport-ws), Relay-style lists merged page by page, `Node` fragments matched.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { possibleTypes } from './possible-types';

export interface ApolloOptions {
  /** http://localhost:4000/graphql */
  url: string;
  /** An API key, for mutations (or every request when the server has REQUIRE_AUTH_FOR_READS on). */
  apiKey?: string;
  /** In Node.js: the `ws` package's WebSocket. Browsers have their own. */
  webSocketImpl?: unknown;
}

export function createApolloClient({ url, apiKey, webSocketImpl }: ApolloOptions) {
  const auth: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  const sockets = createClient({ url: url.replace(/^http/, 'ws'), connectionParams: auth, webSocketImpl });
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(sockets),
    new HttpLink({ uri: url, headers: auth }),
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
