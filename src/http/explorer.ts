import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/**
 * The GraphQL IDE served by the server itself: Ruru (GraphiQL 5 with the explorer plugin, a
 * headers editor and graphql-ws subscriptions), every asset from the `ruru` npm package, so it
 * works offline. Its prebuilt bundle is served as static files: no bundler, no CDN. Its first document holds the README's example operations.
 */
export const EXPLORER_PATH = '/explorer';
const STATIC_PATH = `${EXPLORER_PATH}/static/`;

/** Ruru's prebuilt bundle, copied from the `ruru` package by the build (scripts/build.mjs). */
const ruruStaticDir = [path.resolve(__dirname, '../../explorer-static'), path.resolve(__dirname, '../../dist/explorer-static')].find((p) =>
  fs.existsSync(p),
);

/** README.md at the repository (or image) root, from dist/src/http or src/http. */
const readmePath = [path.resolve(__dirname, '../../../README.md'), path.resolve(__dirname, '../../README.md')].find((p) =>
  fs.existsSync(p),
);

/** The `graphql` blocks of a Markdown text that are operations (query, subscription, mutation). */
export function exampleOperations(markdown: string): string[] {
  return [...markdown.matchAll(/^( *)```graphql\n([\s\S]*?)^ *```/gm)]
    .map(([, indent, body]) =>
      body
        .split('\n')
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n')
        .trim(),
    )
    .filter((op) => /^(query|subscription|mutation)\b/.test(op));
}

/**
 * The explorer's tabs: one per README operation, so each runs on its own (a document holding all
 * of them would pass the token limit), the first with a word on how to use them.
 */
export function defaultTabs(): { query: string }[] {
  const operations = readmePath ? exampleOperations(fs.readFileSync(readmePath, 'utf8')) : [];
  const header = [
    "# The README's example operations, one a tab, ready to run against the reference dataset.",
    '# Press the run button (or Ctrl-Enter) to run the operation in this tab.',
    '# Writes need an API key (npm run apikey -- create NAME --role EDITOR): add it under Headers as',
    '#   { "Authorization": "Bearer <key>" }',
    '# The Docs and Explorer buttons on the left browse the schema.',
  ].join('\n');
  const fallback = 'query Statements {\n  statements(first: 5) { totalCount edges { node { date text } } }\n}';
  const [first, ...rest] = operations.length ? operations : [fallback];
  return [{ query: `${header}\n\n${first}\n` }, ...rest.map((query) => ({ query: `${query}\n` }))];
}

/** Apollo Sandbox (online only) pointed at this server. */
export function sandboxLink(endpoint: string): string {
  return `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(endpoint)}`;
}

/** JSON inside a <script>: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Ruru's page (after its own template in ruru/server), every URL on this server. */
function explorerPage(): string {
  const config = {
    staticPath: STATIC_PATH,
    endpoint: '/graphql',
    subscriptionEndpoint: '/graphql',
    defaultTabs: defaultTabs(),
    isHeadersEditorEnabled: true,
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Alliance statements API — explorer</title>
<link rel="modulepreload" href="${STATIC_PATH}ruru.js" />
<link rel="stylesheet" href="${STATIC_PATH}ruru.css" />
<style>body { margin: 0; } #ruru-root { height: 100vh; }</style>
<script>
const RURU_CONFIG = ${scriptJson(config)};
</script>
<script type="module">
const worker = (file) => new Worker(new URL(${scriptJson(STATIC_PATH)} + file, import.meta.url), { type: "module" });
globalThis.MonacoEnvironment = {
  getWorker(_, label) {
    return worker(label === "json" ? "jsonWorker.js" : label === "graphql" ? "graphqlWorker.js" : "editorWorker.js");
  },
};
</script>
</head>
<body>
<div id="ruru-root"></div>
<a id="sandbox-link" target="_blank" rel="noopener" title="Apollo Sandbox loads from the internet"
   style="position:fixed;right:12px;bottom:8px;font:12px system-ui,sans-serif;color:#888;z-index:10">Apollo Sandbox (online)</a>
<script type="module">
const theme = localStorage.getItem("graphiql:theme") || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
document.body.className += " graphiql-" + theme;
document.getElementById("sandbox-link").href = ${scriptJson(sandboxLink('ENDPOINT'))}.replace("ENDPOINT", encodeURIComponent(location.origin + "/graphql"));
import { React, createRoot, Ruru } from ${scriptJson(`${STATIC_PATH}ruru.js`)};
createRoot(document.getElementById("ruru-root")).render(React.createElement(Ruru, RURU_CONFIG));
</script>
</body>
</html>
`;
}

/**
 * Serves the explorer at /explorer (its assets under /explorer/static/), sends a browser that
 * opens / or /graphql there, and otherwise tells / what the server offers.
 */
export function serveExplorer(app: Express, enabled: boolean): void {
  const assets = enabled ? ruruStaticDir : undefined;
  if (assets) {
    let page: string | undefined;
    app.use(STATIC_PATH, express.static(assets, { immutable: true, maxAge: '1d', index: false }));
    app.get([EXPLORER_PATH, `${EXPLORER_PATH}/`], (_req, res) => {
      page ??= explorerPage();
      res.type('html').setHeader('cache-control', 'no-cache').send(page);
    });
    // A browser opening the endpoint itself (no query) gets the explorer rather than an error.
    app.get('/graphql', (req, res, next) => {
      if (
        Object.keys(req.query).length === 0 &&
        req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html'
      ) {
        res.redirect(302, EXPLORER_PATH);
        return;
      }
      next();
    });
  }
  app.get('/', (req, res) => {
    if (assets && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.redirect(302, EXPLORER_PATH);
      return;
    }
    res.json({
      graphql: '/graphql',
      explorer: assets ? EXPLORER_PATH : 'off (set INTROSPECTION=true to serve it)',
      health: '/healthz',
      ready: '/readyz',
    });
  });
}
