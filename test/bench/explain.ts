/**
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL this API sends for the benchmark's heavier requests, on a
 * database `npm run bench` generated, flagging sequential scans of the large tables.
 *
 *   node dist/test/bench/explain.js --statements 100000 [--plans] [--cpu-runs 10]
 *
 * Beside each plan's time it prints the PostgreSQL backend's CPU time per run (median), which a
 * busy machine distorts far less than elapsed time.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { option } from './requests';

const COLUMNS = 'e."id", e."version", e."text", e."kind", e."date", e."source_id", e."call_id", e."attributed_organization_id"';
const LARGE = ['statements', 'statement_speakers', 'sources', 'statement_commitments', 'statement_countries'];

const QUERIES: { name: string; sql: string; params: unknown[] }[] = [
  {
    name: 'filtered page (country, date range, newest first)',
    sql: `SELECT ${COLUMNS} FROM statements e
           WHERE EXISTS (SELECT 1 FROM statement_countries sc WHERE sc.statement_id = e.id AND sc.country_code = ANY($1))
             AND e.date >= $2 AND e.date <= $3 ORDER BY e.date DESC, e.id DESC LIMIT 51`,
    params: [['AB'], '2015-01-01', '2015-12-31'],
  },
  {
    name: 'affirmations (one commitment, two stances, date order)',
    sql: `SELECT ${COLUMNS} FROM statements e
           WHERE EXISTS (SELECT 1 FROM statement_commitments l WHERE l.statement_id = e.id
                  AND (CAST($1 AS int[]) IS NULL OR l.commitment_id = ANY($2)) AND (CAST($3 AS text[]) IS NULL OR l.stance = ANY($4)))
           ORDER BY (e.date + 0) ASC, (e.id + 0) ASC LIMIT 51`,
    params: [[7], [7], ['AFFIRMS', 'REAFFIRMS'], ['AFFIRMS', 'REAFFIRMS']],
  },
  {
    name: 'affirmations, the same condition with a scalar id (as PostGraphile writes it)',
    sql: `SELECT ${COLUMNS} FROM statements e
           WHERE EXISTS (SELECT 1 FROM statement_commitments l WHERE l.statement_id = e.id AND l.commitment_id = $1 AND l.stance IN ('AFFIRMS', 'REAFFIRMS'))
           ORDER BY e.date ASC, e.id ASC LIMIT 51`,
    params: [7],
  },
  {
    name: 'nested: first 5 statements of 40 officials (one LATERAL query)',
    sql: `SELECT k.parent AS "__parent", x.* FROM unnest(CAST($1 AS int[])) AS k(parent)
           CROSS JOIN LATERAL (SELECT ${COLUMNS} FROM statement_speakers sp JOIN statements e ON e.id = sp.statement_id
             WHERE sp.official_id = k.parent ORDER BY sp.date DESC, sp.statement_id DESC LIMIT 6) x`,
    params: [Array.from({ length: 40 }, (_, i) => ((i * 37) % 200) + 1)],
  },
  {
    name: "one official's 5 newest statements (the speaker-date index)",
    sql: `SELECT ${COLUMNS} FROM statement_speakers sp JOIN statements e ON e.id = sp.statement_id
           WHERE sp.official_id = $1 ORDER BY sp.date DESC, sp.statement_id DESC LIMIT 6`,
    params: [38],
  },
  {
    name: "one official's 5 newest statements, as before the speaker-date index (fetch all, sort)",
    sql: `SELECT ${COLUMNS} FROM statements e
           WHERE EXISTS (SELECT 1 FROM statement_speakers sp WHERE sp.statement_id = e.id AND sp.official_id = $1)
           ORDER BY (e.date + 0) DESC, (e.id + 0) DESC LIMIT 6`,
    params: [38],
  },
  {
    name: 'search, first page by relevance, written plainly (the order by definition; what PostGraphile and the floor run)',
    sql: `SELECT ${COLUMNS}, round(ts_rank(e.search_vector, websearch_to_tsquery('english', f_unaccent($1)))::numeric, 6) AS _key0 FROM statements e
           WHERE e.search_vector @@ websearch_to_tsquery('english', f_unaccent($1))
           ORDER BY 9 DESC, e.id ASC LIMIT 21`,
    params: ['deterrence missile'],
  },
  {
    name: 'search, first page by relevance, as src/statements/search-page.ts writes it (rank once, round near the cut, statement_search)',
    sql: `WITH hits AS MATERIALIZED (
             SELECT h.id, h.r FROM (SELECT x.statement_id AS id, ts_rank(x.search_vector, (SELECT websearch_to_tsquery('english', f_unaccent($1)))) AS r
               FROM statement_search x WHERE x.search_vector @@ (SELECT websearch_to_tsquery('english', f_unaccent($1))) OFFSET 0) h),
           near AS (SELECT h.id, h.r FROM hits h WHERE h.r >= coalesce((SELECT c.r - (0.00001 + abs(c.r) * 0.00001)
             FROM (SELECT h.r::float8 AS r FROM hits h ORDER BY h.r DESC LIMIT 1 OFFSET 20) c), '-infinity'::float8)),
           rounded AS MATERIALIZED (SELECT d.r, round(d.r::numeric, 6) AS k FROM (SELECT DISTINCT r FROM near) d),
           top AS (SELECT h.id, h.r, rounded.k FROM near h JOIN rounded ON rounded.r = h.r ORDER BY rounded.k DESC, h.id ASC LIMIT 21)
         SELECT ${COLUMNS}, top.k AS _key0, top.r::float8 AS __rank FROM top JOIN statements e ON e.id = top.id ORDER BY top.k DESC, top.id ASC`,
    params: ['deterrence missile'],
  },
  {
    name: 'speakers of 50 statements with their officials (one query)',
    sql: `SELECT p.key AS "__key", o.* FROM (SELECT p0.*, row_number() OVER () AS __n FROM (
             SELECT statement_id AS key, official_id AS target_id FROM statement_speakers WHERE statement_id = ANY($1) ORDER BY statement_id, position, official_id) p0) p
           JOIN officials o ON o.id = p.target_id ORDER BY p.__n`,
    params: [Array.from({ length: 50 }, (_, i) => i * 991 + 1)],
  },
];

const CPU_RUNS = Number(option('cpu-runs', '10'));

/**
 * The CPU time the server process spends on one run of the query (median of CPU_RUNS), from
 * /proc/<backend pid>/schedstat: unlike elapsed time, it does not grow while the machine is busy
 * with other work. Null when the backend's /proc entry cannot be read (another machine, not Linux).
 */
async function backendCpu(client: pg.Client, text: string, values: unknown[]): Promise<number | null> {
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const read = () => Number(fs.readFileSync(`/proc/${rows[0].pid}/schedstat`, 'utf8').split(' ')[0]);
  try {
    read();
  } catch {
    return null;
  }
  const runs: number[] = [];
  for (let i = 0; i < CPU_RUNS; i++) {
    const before = read();
    await client.query(text, values);
    runs.push((read() - before) / 1e6);
  }
  return runs.sort((a, b) => a - b)[runs.length >> 1];
}

async function main() {
  const statements = Number(option('statements', '100000'));
  const dataDir = path.resolve(process.env.BENCH_PG_DIR ?? path.join(__dirname, '..', '..', '..', '.data', 'bench-pg'));
  // A cluster already running there (a benchmark in progress) is used as it is and left running.
  const cluster = await startEmbeddedPostgres({ dataDir, database: 'postgres', shareRunning: true });
  const client = new pg.Client({ connectionString: cluster.url.replace(/\/postgres$/, `/bench_${statements}`) });
  try {
    await client.connect();
    for (const q of QUERIES) {
      // Twice: the first run reads from disk, the second shows the steady state.
      await client.query(`EXPLAIN (ANALYZE) ${q.sql}`, q.params);
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.sql}`, q.params);
      const plan = rows[0]['QUERY PLAN'][0];
      const seqScans: string[] = [];
      const walk = (node: any) => {
        if (node['Node Type'] === 'Seq Scan' && LARGE.includes(node['Relation Name']))
          seqScans.push(`${node['Relation Name']} (${node['Actual Rows']} rows)`);
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(plan.Plan);
      const cpu = await backendCpu(client, q.sql, q.params);
      console.log(
        `${q.name}: ${plan['Execution Time'].toFixed(1)} ms${cpu === null ? '' : ` (backend CPU ${cpu.toFixed(1)} ms, median of ${CPU_RUNS})`}, ` +
          `shared buffers hit ${plan.Plan['Shared Hit Blocks']} read ${plan.Plan['Shared Read Blocks']}, ` +
          `${seqScans.length ? `SEQUENTIAL SCANS: ${seqScans.join(', ')}` : 'no sequential scan of a large table'}`,
      );
      if (process.argv.includes('--plans')) {
        const text = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
        console.log(text.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
      }
    }
  } finally {
    await client.end();
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
