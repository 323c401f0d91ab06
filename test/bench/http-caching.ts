/**
 * What the HTTP caching plugin (src/http/cache-control.ts) costs: Apollo's HTTP pipeline in
 * process (no network, no database: `{ __typename }` and the README's queries answered from the
 * schema alone, errors included), with and without the plugin, POST and GET, rounds alternating.
 * Prints figures; never a test.
 *
 *   npm run build && node dist/test/bench/http-caching.js [--requests 20000] [--rounds 5]
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, parse } from 'graphql';
import { operationMaxAge, httpCaching } from '../../src/http/cache-control';
import { exampleOperations } from '../../src/http/explorer';
import { createSchema } from '../../src/schema';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const REQUESTS = option('requests', 20_000);
const ROUNDS = option('rounds', 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const schema = await createSchema();
  const servers = new Map<string, ApolloServer>();
  for (const [name, plugins] of [
    ['without', []],
    ['with', [httpCaching(schema)]],
  ] as [string, ApolloServerPlugin[]][]) {
    const server = new ApolloServer({ schema, plugins, stringifyResult: (r) => JSON.stringify(r) });
    await server.start();
    servers.set(name, server);
  }
  const query = '{ __typename }';
  const post = () => ({
    method: 'POST',
    headers: new HeaderMap([['content-type', 'application/json']]),
    search: '',
    body: { query },
  });
  const get = () => ({
    method: 'GET',
    headers: new HeaderMap([['apollo-require-preflight', 'true']]),
    search: `?query=${encodeURIComponent(query)}`,
    body: undefined,
  });
  const figures: Record<string, number[]> = {};
  // Round 0 warms up and is not counted; the order of the two servers alternates between rounds.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [method, request] of [
      ['POST', post],
      ['GET', get],
    ] as const) {
      const order = round % 2 ? [...servers].reverse() : [...servers];
      for (const [name, server] of order) {
        const started = process.hrtime.bigint();
        for (let i = 0; i < REQUESTS; i++) {
          const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: request(), context: async () => ({}) });
          if (response.status !== undefined && response.status !== 200) throw new Error(`status ${response.status}`);
        }
        const micros = Number(process.hrtime.bigint() - started) / 1000 / REQUESTS;
        if (round > 0) (figures[`${method} ${name}`] ??= []).push(micros);
      }
    }
  }
  console.log(`# HTTP caching plugin: ${REQUESTS} requests × ${ROUNDS} rounds per cell, Apollo's HTTP pipeline in process`);
  console.log('| request | without the plugin (µs, median; rounds min–max) | with it (µs) | difference of medians |');
  console.log('| --- | --- | --- | --- |');
  const cell = (values: number[]) => `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
  for (const method of ['POST', 'GET']) {
    const without = median(figures[`${method} without`]);
    const withIt = median(figures[`${method} with`]);
    console.log(
      `| ${method} \`{ __typename }\` | ${cell(figures[`${method} without`])} | ${cell(figures[`${method} with`])} | ${(withIt - without).toFixed(1)} µs (${(((withIt - without) / without) * 100).toFixed(1)} %) |`,
    );
  }

  // Measuring an operation the first time (afterwards it is remembered per parsed document).
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
  const queries = exampleOperations(readme).filter((op) => /^query\b/.test(op));
  const documents = queries.map((q) => parse(q));
  const started = process.hrtime.bigint();
  const times = 200;
  for (let i = 0; i < times; i++) for (const document of documents) operationMaxAge(schema, document, getOperationAST(document)!);
  const perOperation = Number(process.hrtime.bigint() - started) / 1000 / (times * documents.length);
  console.log(`\nFirst measure of an operation (the README's ${documents.length} queries, mean): ${perOperation.toFixed(1)} µs`);
  for (const server of servers.values()) await server.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
