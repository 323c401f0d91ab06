/**
 * graphql-jit against graphql-js's `execute`, in process, on this API's schema and the five
 * benchmark requests (`requests.ts`), over the benchmark's generated database. Prints figures;
 * never a test.
 *
 *   npm run build && node dist/test/bench/jit.js --statements 100000 --rounds 6 --iterations 40 --concurrency 4
 *
 * For each request: both engines' answers (data and errors) must be identical first. Then rounds
 * of interleaved A/B cells (the order alternates per round): `iterations` executions, `concurrency`
 * at a time, each with a fresh context as Apollo would build it, the result stringified as Apollo
 * does. A cell's figure is the process's CPU time (user + system, `process.cpuUsage`) per
 * execution, which the other processes of a shared machine disturb far less than wall time. The
 * database work (pg's row parsing included) is the same in both columns; the difference is the
 * engine. `--variant leaf` compiles with `disableLeafSerialization` as well.
 */
import 'reflect-metadata';
import path from 'node:path';
import { execute, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { resolvePlainFields } from '../../src/jit-executor';
import { createSchema } from '../../src/schema';
import { generate, scaleFor } from './generate';
import { option, paramsFor, requestsFor } from './requests';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const STATEMENTS = Number(option('statements', '100000'));
const ROUNDS = Number(option('rounds', '6'));
const ITERATIONS = Number(option('iterations', '40'));
const CONCURRENCY = Number(option('concurrency', '4'));
const ONLY = option('requests', '1,2,3,4,5')
  .split(',')
  .map((n) => Number(n) - 1);
const log = (m: string) => console.error(`[jit-bench] ${m}`);

type Run = (ctx: unknown) => Promise<ExecutionResult> | ExecutionResult;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function cell(run: Run, newContext: () => unknown): Promise<{ cpuMs: number; wallMs: number }> {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  let left = ITERATIONS;
  const worker = async () => {
    while (left-- > 0) JSON.stringify(await run(newContext()));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000 / ITERATIONS, wallMs: Number(process.hrtime.bigint() - wall) / 1e6 / ITERATIONS };
}

async function main() {
  const dataDir = path.resolve(process.env.BENCH_PG_DIR ?? path.join(ROOT, '.data', 'bench-pg'));
  const cluster = await startEmbeddedPostgres({ dataDir, database: 'postgres', shareRunning: true });
  const database = `bench_${STATEMENTS}`;
  await generate(cluster.url, database, scaleFor(STATEMENTS), log);
  const url = cluster.url.replace(/\/postgres$/, `/${database}`);
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, LOG_LEVEL: 'warn' });
  const db = createDataSource({ url, poolSize: 10, applicationName: 'jit-bench', preparedStatements: config.dbPreparedStatements });
  try {
    await db.initialize();
    const schema = await createSchema();
    // As the server does with GRAPHQL_JIT on (both engines then run these resolvers).
    // As the server does with GRAPHQL_JIT on (both engines then run these resolvers); `--plain none`
    // leaves them out (graphql-jit then misses promise-valued properties: the answers differ).
    const plain = option('plain', 'resolved');
    if (plain !== 'none') resolvePlainFields(schema);
    const params = paramsFor(STATEMENTS);
    const newContext = () => createContext(db, config, 'jit-bench');
    const leafOff = option('variant', '') === 'leaf';
    const rows: string[] = [];
    const requests = requestsFor('api', params);
    for (const i of ONLY) {
      const request = requests[i];
      const { query, variables } = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
      const document: DocumentNode = parse(query);
      const compileStart = process.hrtime.bigint();
      const compiled = compileQuery(schema, document, undefined, { disableLeafSerialization: leafOff });
      const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;
      if (!isCompiledQuery(compiled)) throw new Error(`${request.name}: graphql-jit refused it: ${JSON.stringify(compiled.errors)}`);
      const jit: Run = (ctx) => (compiled as CompiledQuery).query(undefined, ctx, variables);
      const js: Run = (ctx) => execute({ schema, document, variableValues: variables, contextValue: ctx });
      // Same answers first (data and errors), and every answer free of errors.
      const [a, b] = [JSON.stringify(await js(newContext())), JSON.stringify(await jit(newContext()))];
      if (a !== b) throw new Error(`${request.name}: the answers differ\njs:  ${a.slice(0, 600)}\njit: ${b.slice(0, 600)}`);
      if (a.includes('"errors"')) throw new Error(`${request.name}: errors in the answer: ${a.slice(0, 600)}`);
      // Warm both up (V8, the plan cache, prepared statements) before timing.
      await cell(js, newContext);
      await cell(jit, newContext);
      const cpu = { js: [] as number[], jit: [] as number[] };
      const wall = { js: [] as number[], jit: [] as number[] };
      for (let r = 0; r < ROUNDS; r++) {
        const order: ('js' | 'jit')[] = r % 2 ? ['jit', 'js'] : ['js', 'jit'];
        for (const engine of order) {
          const m = await cell(engine === 'js' ? js : jit, newContext);
          cpu[engine].push(m.cpuMs);
          wall[engine].push(m.wallMs);
        }
      }
      const ratio = median(cpu.jit) / median(cpu.js);
      const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
      const line = `| ${request.name} | ${(a.length / 1024).toFixed(1)} kB | ${median(cpu.js).toFixed(3)} (${range(cpu.js)}) | ${median(cpu.jit).toFixed(3)} (${range(cpu.jit)}) | ${ratio.toFixed(2)} | ${median(wall.js).toFixed(2)} / ${median(wall.jit).toFixed(2)} | ${compileMs.toFixed(1)} |`;
      log(line);
      rows.push(line);
    }
    console.log(
      `\n${ROUNDS} interleaved rounds × ${ITERATIONS} executions, ${CONCURRENCY} at a time, ${STATEMENTS} statements, plain fields: ${plain}${leafOff ? ', jit with disableLeafSerialization' : ''}\n`,
    );
    console.log(
      '| request | answer | graphql-js CPU ms/exec, median (range) | graphql-jit CPU ms/exec | jit ÷ js | wall ms/exec js / jit | jit compile ms |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    if (db.isInitialized) await db.destroy();
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
