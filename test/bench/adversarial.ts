import 'reflect-metadata';
import { parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { loadConfig } from '../../src/config';
import { createSchema } from '../../src/schema';
import { operationGuard } from '../../src/server';
import { fanOut } from '../adversarial-documents';
import { benchImports } from './adversarial-imports';

/**
 * `npm run bench:adversarial [-- --repeat N] [--analysis | --imports [--only NAME]]`: first the analysis every document goes through before
 * execution (parse with the token limit, graphql-js's specified validation rules, then our guard:
 * NUL/surrogate/depth checks of variables and the query limits) over documents built to make it
 * expensive, each as large as the token limit allows. Prints each document's worst time and the
 * worst of all. A figure to read, not a pass/fail test: the machine may be busy. Then the import's
 * inputs over HTTP (adversarial-imports.ts): time, answer and the worst event-loop stall per shape.
 * `--analysis` or `--imports` runs one part only.
 */

const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://unused@localhost/unused' });
const maxTokens = config.limits.maxTokens;

/** Repeats `unit(i)` while the document stays within the token limit (checked by parsing). */
function largest(make: (n: number) => string, start = 1): { n: number; query: string } {
  let lo = start;
  let hi = start;
  const fits = (n: number) => {
    try {
      parse(make(n), { maxTokens });
      return true;
    } catch {
      return false;
    }
  };
  while (fits(hi)) {
    lo = hi;
    hi *= 2;
    if (hi > 1_000_000) break;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return { n: lo, query: make(lo) };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `"T2ZmaWNpYWw6${i}"`).join(' ');

const documents: { name: string; make: (n: number) => string; variables?: (n: number) => Record<string, unknown> }[] = [
  { name: 'fragment fan-out (each spreads the previous twice)', make: (n) => fanOut(n) },
  {
    name: 'fragment fan-out, 8 spreads per fragment',
    make: (n) => {
      let d = `query { ...F${n} } fragment F0 on Query { __typename }`;
      for (let i = 1; i <= n; i++) d += ` fragment F${i} on Query { ${`...F${i - 1} `.repeat(8)}}`;
      return d;
    },
  },
  {
    name: 'fragment fan-out through object fields, aliased',
    make: (n) => {
      let d = `query { official(id: "x") { ...F${n} } } fragment F0 on Official { name }`;
      for (let i = 1; i <= n; i++) d += ` fragment F${i} on Official { ...F${i - 1} h${i}: holdings { official { ...F${i - 1} } } }`;
      return d;
    },
  },
  {
    name: 'fragment fan-out on the subscription root',
    make: (n) => fanOut(n, 'Subscription', 'statementAdded { cursor }', 'subscription'),
  },
  {
    name: 'fragment fan-out inside introspection',
    make: (n) => {
      let d = `query { __schema { ...F${n} } } fragment F0 on __Schema { types { name } }`;
      for (let i = 1; i <= n; i++) d += ` fragment F${i} on __Schema { ...F${i - 1} ...F${i - 1} }`;
      return d;
    },
  },
  { name: 'deep nesting', make: (n) => `{ official(id: "x") { ${'holdings { official { '.repeat(n)}name${' } }'.repeat(n)} } }` },
  { name: 'wide aliases', make: (n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: countries { totalCount }`).join(' ')} }` },
  {
    name: 'same field, different arguments (overlap checks)',
    make: (n) => `{ ${Array.from({ length: n }, (_, i) => `officials(first: ${i % 100}) { totalCount }`).join(' ')} }`,
  },
  { name: 'long literal list', make: (n) => `{ nodes(ids: [${ids(n)}]) { id } }` },
  {
    name: 'long variable list (body limit)',
    make: () => 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables: () => ({ ids: Array.from({ length: 4000 }, (_, i) => `T2ZmaWNpYWw6${i}`) }),
  },
  {
    name: 'deeply nested variable (10,000 levels)',
    make: () => 'query($f: StatementFilter) { statements(filter: $f) { totalCount } }',
    variables: () => {
      let value: unknown = 'x';
      for (let i = 0; i < 10_000; i++) value = { a: value };
      return { f: value };
    },
  },
  { name: 'many directives', make: (n) => `{ countries { ${'totalCount @include(if: true) @skip(if: false) '.repeat(n)} } }` },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.includes('--imports')) await benchAnalysis(args);
  if (!args.includes('--analysis')) await benchImports({ only: args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined });
}

async function benchAnalysis(args: string[]): Promise<void> {
  const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 20;
  const schema = await createSchema();
  const guard = operationGuard(schema, config);
  const rules = [...specifiedRules];
  let worst = { name: '', ms: 0 };
  console.log(
    `token limit ${maxTokens}, ${repeat} runs each; per-phase times are those of the slowest run (shared machine: read them as upper bounds)\n`,
  );
  console.log(
    ['document', 'size', 'bytes', 'parse ms', 'validate ms', 'limits ms', 'worst total ms', 'median total ms', 'answer'].join('\t'),
  );
  for (const doc of documents) {
    // Documents of a fixed text (the weight is in the variables) are not grown.
    const { n, query } = doc.variables ? { n: 1, query: doc.make(1) } : largest(doc.make);
    const variables = doc.variables?.(n);
    let slowest = { parse: 0, validate: 0, limits: 0, total: 0 };
    const totals: number[] = [];
    let answer = 'accepted';
    for (let r = 0; r < repeat; r++) {
      const t0 = process.hrtime.bigint();
      const document: DocumentNode = parse(query, { maxTokens });
      const t1 = process.hrtime.bigint();
      const errors = validate(schema, document, rules);
      const t2 = process.hrtime.bigint();
      // As the server does: the guard runs only on documents that validated.
      const limited = errors.length ? null : guard(document, undefined, variables);
      const t3 = process.hrtime.bigint();
      const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
      const run = { parse: ms(t0, t1), validate: ms(t1, t2), limits: ms(t2, t3), total: ms(t0, t3) };
      totals.push(run.total);
      if (run.total > slowest.total) slowest = run;
      answer = errors.length
        ? `GRAPHQL_VALIDATION_FAILED (${errors.length})`
        : limited
          ? `${limited.extensions.code} ${limited.extensions.limit ?? ''}`.trim()
          : 'accepted';
    }
    if (slowest.total > worst.ms) worst = { name: doc.name, ms: slowest.total };
    const median = totals.sort((x, y) => x - y)[Math.floor(totals.length / 2)];
    console.log(
      [
        doc.name,
        n,
        query.length,
        slowest.parse.toFixed(2),
        slowest.validate.toFixed(2),
        slowest.limits.toFixed(2),
        slowest.total.toFixed(2),
        median.toFixed(2),
        answer,
      ].join('\t'),
    );
  }
  console.log(`\nworst analysis time: ${worst.ms.toFixed(2)} ms (${worst.name})`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
