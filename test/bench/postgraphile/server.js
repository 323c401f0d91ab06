// PostGraphile 4.14 with the connection-filter plugin over the benchmark database.
// Usage: DATABASE_URL=… PORT=0 node server.js (from this folder: it has its own node_modules).
'use strict';
const http = require('node:http');
const pg = require('pg');
const { postgraphile } = require('postgraphile');
const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE || 10) });
const handler = postgraphile(pool, 'public', {
  appendPlugins: [ConnectionFilterPlugin],
  graphileBuildOptions: { connectionFilterRelations: true },
  // The settings PostGraphile's documentation recommends for production.
  watchPg: false,
  graphiql: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  ignoreRBAC: false,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
});
const server = http.createServer(handler);
server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
  console.log(`listening on ${server.address().port}`);
});
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
