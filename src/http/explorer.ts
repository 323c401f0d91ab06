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

/** An explorer tab: an operation and, when it declares variables, values for them. */
export interface ExplorerTab {
  query: string;
  variables?: string;
}

/**
 * The `graphql` blocks of a Markdown text that are operations, each with the variables the text
 * gives for it: the first inline-code JSON object (`` `{"input": …}` ``) between the block and the
 * next code block, for an operation that declares variables.
 */
export function exampleTabs(markdown: string): ExplorerTab[] {
  const blocks = [...markdown.matchAll(/^( *)```(\w*)\n([\s\S]*?)^ *```/gm)];
  const tabs: ExplorerTab[] = [];
  blocks.forEach((block, i) => {
    if (block[2] !== 'graphql') return;
    const [query] = exampleOperations(block[0]);
    if (!query) return;
    const between = markdown.slice(block.index! + block[0].length, blocks[i + 1]?.index ?? markdown.length);
    const json = /\$\w+\s*:/.test(query.split('{')[0]) ? /`(\{"[^`]*\})`/.exec(between)?.[1] : undefined;
    tabs.push(json ? { query, variables: JSON.stringify(JSON.parse(json), null, 2) } : { query });
  });
  return tabs;
}

/**
 * The explorer's tabs: one per README operation, so each runs on its own (a document holding all
 * of them would pass the token limit), the first with a word on how to use them.
 */
export function defaultTabs(): ExplorerTab[] {
  const tabs = readmePath ? exampleTabs(fs.readFileSync(readmePath, 'utf8')) : [];
  const header = [
    "# The README's example operations, one a tab, ready to run against the reference dataset.",
    '# Press the run button (or Ctrl-Enter) to run the operation in this tab.',
    '# Writes need an API key (npm run apikey -- create NAME --role EDITOR): add it under Headers as',
    '#   { "Authorization": "Bearer <key>" }',
    '# in any tab: the last headers typed apply to every tab that has none of its own ({} clears them).',
    '# The Docs and Explorer buttons on the left browse the schema.',
  ].join('\n');
  const fallback = { query: 'query Statements {\n  statements(first: 5) { totalCount edges { node { date text } } }\n}' };
  const [first, ...rest] = tabs.length ? tabs : [fallback];
  return [{ ...first, query: `${header}\n\n${first.query}\n` }, ...rest.map((tab) => ({ ...tab, query: `${tab.query}\n` }))];
}

/** Apollo Sandbox (online only) pointed at this server. */
export function sandboxLink(endpoint: string): string {
  return `https://studio.apollographql.com/sandbox/explorer?endpoint=${encodeURIComponent(endpoint)}`;
}

/** JSON inside a <script>: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const SCRIPT_PATH = `${EXPLORER_PATH}/explorer.js`;

/**
 * The page's only script (no inline scripts: the Content-Security-Policy allows this server's
 * files only). Besides starting Ruru, it makes the headers typed in any tab apply to every tab:
 * GraphiQL keeps headers per tab, so an API key typed in the first tab was missing from the
 * mutation tabs. The last headers edited are kept (localStorage) and added to every request to
 * the endpoint, over HTTP and in the WebSocket's `connection_init`, where the tab sets none.
 */
const EXPLORER_SCRIPT = `const config = JSON.parse(document.getElementById("ruru-config").textContent);
const worker = (file) => new Worker(new URL(config.staticPath + file, import.meta.url), { type: "module" });
globalThis.MonacoEnvironment = {
  getWorker(_, label) {
    return worker(label === "json" ? "jsonWorker.js" : label === "graphql" ? "graphqlWorker.js" : "editorWorker.js");
  },
};

const SHARED_HEADERS = "alliance:explorer:headers";
const lowerKeys = (object) => Object.fromEntries(Object.entries(object).map(([k, v]) => [k.toLowerCase(), String(v)]));
const sharedHeaders = () => {
  try {
    const value = JSON.parse(localStorage.getItem(SHARED_HEADERS) || "{}");
    return value && typeof value === "object" && !Array.isArray(value) ? lowerKeys(value) : {};
  } catch {
    return {};
  }
};
// GraphiQL reports the editor's text on every change, a switch to a tab without headers (empty
// text) included: only headers someone wrote count ({} clears them).
const onEditHeaders = (text) => {
  if (!text.trim()) return;
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) localStorage.setItem(SHARED_HEADERS, JSON.stringify(value));
  } catch {
    // Half-typed JSON: keep the last complete headers.
  }
};
// GraphiQL takes a tab's operation name from its editor a moment after the tab opens: run at
// once, a request carries the previous tab's name with this tab's document, and the server
// refuses it. A name the document does not define is replaced by its only operation's (or dropped).
const operationNames = (query) => [...String(query).matchAll(/\\b(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]);
const fixOperationName = (payload) => {
  if (!payload || typeof payload !== "object" || typeof payload.query !== "string" || !payload.operationName) return payload;
  const names = operationNames(payload.query);
  if (names.includes(payload.operationName)) return payload;
  const { operationName: _, ...rest } = payload;
  return names.length === 1 ? { ...rest, operationName: names[0] } : rest;
};
const fixBody = (body) => {
  if (typeof body !== "string") return body;
  try {
    return JSON.stringify(fixOperationName(JSON.parse(body)));
  } catch {
    return body;
  }
};
const endpoint = new URL(config.endpoint, location.href).href;
const nativeFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input, init = {}) => {
  const url = typeof input === "string" || input instanceof URL ? new URL(input, location.href).href : input.url;
  if (url.split("?")[0] !== endpoint) return nativeFetch(input, init);
  const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
  for (const [name, value] of Object.entries(sharedHeaders())) if (!headers.has(name)) headers.set(name, value);
  return nativeFetch(input, { ...init, headers, body: fixBody(init.body) });
};
const nativeSend = WebSocket.prototype.send;
WebSocket.prototype.send = function (data) {
  if (typeof data === "string") {
    try {
      const message = JSON.parse(data);
      if (message.type === "connection_init") {
        message.payload = { ...sharedHeaders(), ...lowerKeys(message.payload ?? {}) };
        data = JSON.stringify(message);
      } else if (message.type === "subscribe") {
        message.payload = fixOperationName(message.payload);
        data = JSON.stringify(message);
      }
    } catch {
      // Not JSON: send it as it is.
    }
  }
  return nativeSend.call(this, data);
};

const theme = localStorage.getItem("graphiql:theme") || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
document.body.className += " graphiql-" + theme;
document.getElementById("sandbox-link").href = config.sandboxLink.replace("ENDPOINT", encodeURIComponent(location.origin + "/graphql"));
const { React, createRoot, Ruru } = await import(config.staticPath + "ruru.js");
const { sandboxLink: _, ...props } = config;
// The operations of the document GraphiQL last read (it reads a tab's document, and picks the
// operation to run, 100 ms after the tab opens or the text changes): what the browser test waits for.
const onEditQuery = (query) => {
  document.documentElement.dataset.operations = operationNames(query).join(" ");
};
createRoot(document.getElementById("ruru-root")).render(React.createElement(Ruru, { ...props, onEditHeaders, onEditQuery }));
`;

/** Ruru's page (after its own template in ruru/server), every URL on this server, no inline script. */
function explorerPage(): string {
  const config = {
    staticPath: STATIC_PATH,
    endpoint: '/graphql',
    subscriptionEndpoint: '/graphql',
    defaultTabs: defaultTabs(),
    isHeadersEditorEnabled: true,
    sandboxLink: sandboxLink('ENDPOINT'),
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Alliance statements API — explorer</title>
<link rel="modulepreload" href="${STATIC_PATH}ruru.js" />
<link rel="stylesheet" href="${STATIC_PATH}ruru.css" />
<style>body { margin: 0; } #ruru-root { height: 100vh; } #sandbox-link { position: fixed; right: 12px; bottom: 8px; font: 12px system-ui, sans-serif; color: #888; z-index: 10; }</style>
<script id="ruru-config" type="application/json">${scriptJson(config)}</script>
<script type="module" src="${SCRIPT_PATH}"></script>
</head>
<body>
<div id="ruru-root"></div>
<a id="sandbox-link" target="_blank" rel="noopener" title="Apollo Sandbox loads from the internet">Apollo Sandbox (online)</a>
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
    app.get(SCRIPT_PATH, (_req, res) => {
      res.type('text/javascript').setHeader('cache-control', 'no-cache').send(EXPLORER_SCRIPT);
    });
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
