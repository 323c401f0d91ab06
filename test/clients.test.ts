import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gql } from '@apollo/client';
import WebSocket from 'ws';
import { createApolloClient } from '../client/apollo';
import { createUrqlClient } from '../client/urql';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { newKey, startTestServer, type TestServer } from './helpers';
import { referenceRowIds } from './statements';

/** The typed client kit (client/*.ts, shown in the README) against the reference dataset. */
let server: TestServer;
before(async () => {
  server = await startTestServer('clients', { NODE_ENV: 'development' });
});
after(async () => {
  await server?.stop();
});

const root = path.resolve(__dirname, '../..');

test('the README shows the client kit as it is in client/', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const kit = ['client/apollo.ts', 'client/urql.ts'].map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join('\n');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .filter((b) => /createApolloClient|createUrqlClient|possibleTypes/.test(b));
  assert.ok(blocks.length >= 2, 'README blocks from the kit');
  for (const block of blocks.filter((b) => /^(\/\/|import|export)/.test(b))) {
    for (const line of block.split('\n').filter((l) => l.trim() && !l.includes('…')))
      assert.ok(kit.includes(line), `README line not in client/: ${line}`);
  }
});

const PAGE = gql`
  query StatementPages($after: String) {
    statements(first: 5, after: $after, orderBy: DATE_ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...StatementLine
        }
      }
    }
  }
  fragment StatementLine on Statement {
    date
    text
    speakers {
      official {
        name
      }
    }
  }
`;

const ADDED = gql`
  subscription Added($after: String) {
    statementAdded(after: $after, filter: { countries: ["JP"] }) {
      cursor
      statement {
        id
        text
      }
    }
  }
`;

async function addJapaneseStatement(text: string): Promise<string> {
  const editor = await newKey(server, Role.EDITOR);
  const refs = await referenceRowIds(server.app.db);
  const { client, close } = createApolloClient({ url: server.url, apiKey: editor.key, webSocketImpl: WebSocket });
  try {
    const { data } = await client.mutate<{ addStatement: { statement: { id: string } } }>({
      mutation: gql`
        mutation Add($input: AddStatementInput!) {
          addStatement(input: $input) {
            statement {
              id
              text
            }
          }
        }
      `,
      variables: {
        input: {
          text,
          kind: 'PARAPHRASE',
          date: '2025-01-31',
          sourceId: toGlobalId('Source', refs.sources.japanRelease),
          speakerIds: [toGlobalId('Official', refs.officials.nakatani)],
        },
      },
    });
    return data!.addStatement.statement.id;
  } finally {
    close();
  }
}

describe('Apollo Client', () => {
  test('relayStylePagination gathers every page into one cached list; Node fragments match', async () => {
    const { client, close } = createApolloClient({ url: server.url, webSocketImpl: WebSocket });
    try {
      const first = await client.query<any>({ query: PAGE });
      let page = first.data.statements;
      let pages = 1;
      while (page.pageInfo.hasNextPage) {
        const more = await client.query<any>({ query: PAGE, variables: { after: page.pageInfo.endCursor }, fetchPolicy: 'network-only' });
        page = more.data.statements;
        pages++;
      }
      const cached = client.readQuery<any>({ query: PAGE })!.statements;
      assert.ok(pages >= 5, `${pages} pages`);
      assert.equal(cached.edges.length, cached.totalCount);
      assert.equal(new Set(cached.edges.map((e: any) => e.node.id)).size, cached.totalCount);

      const id = cached.edges[0].node.id;
      const byNode = await client.query<any>({
        query: gql`
          query One($id: ID!) {
            node(id: $id) {
              id
              ... on Statement {
                text
              }
            }
          }
        `,
        variables: { id },
      });
      assert.equal(byNode.data.node.__typename, 'Statement');
      assert.equal(byNode.data.node.text, cached.edges[0].node.text);
    } finally {
      close();
    }
  });

  test('GraphQLWsLink receives a statement added through the API with a key', { timeout: 30_000 }, async () => {
    const { client, close } = createApolloClient({ url: server.url, webSocketImpl: WebSocket });
    try {
      const { data } = await client.query<any>({
        query: gql`
          {
            latestStatementCursor
          }
        `,
        fetchPolicy: 'network-only',
      });
      const text = `Apollo Client test statement ${Date.now()}`;
      const received = new Promise<any>((resolve, reject) => {
        const subscription = client.subscribe<any>({ query: ADDED, variables: { after: data.latestStatementCursor } }).subscribe({
          next: (result) => {
            if (result.data?.statementAdded.statement.text === text) {
              subscription.unsubscribe();
              resolve(result.data.statementAdded);
            }
          },
          error: reject,
        });
      });
      const id = await addJapaneseStatement(text);
      assert.equal((await received).statement.id, id);
    } finally {
      close();
    }
  });
});

describe('urql', () => {
  test('queries over GET with the preflight header, and subscriptions over graphql-ws', { timeout: 30_000 }, async () => {
    const { client, close } = createUrqlClient({ url: server.url, webSocketImpl: WebSocket });
    try {
      const result = await client
        .query(`query Commitments { commitments(filter: { guarantors: ["US"] }) { totalCount edges { node { title } } } }`, {})
        .toPromise();
      assert.equal(result.error, undefined);
      assert.ok(result.data.commitments.totalCount >= 2);
      // What the header is for: the same GET without it is refused as a possible CSRF.
      const plainGet = await fetch(`${server.url}?query=${encodeURIComponent('{ commitments { totalCount } }')}`);
      assert.equal(plainGet.status, 400);

      const cursor = (await client.query(`{ latestStatementCursor }`, {}).toPromise()).data.latestStatementCursor;
      const text = `urql test statement ${Date.now()}`;
      const received = new Promise<string>((resolve) => {
        const { unsubscribe } = client.subscription(ADDED, { after: cursor }).subscribe((event) => {
          if (event.data?.statementAdded.statement.text === text) {
            unsubscribe();
            resolve(event.data.statementAdded.statement.id);
          }
        });
      });
      const id = await addJapaneseStatement(text);
      assert.equal(await received, id);
    } finally {
      close();
    }
  });
});
