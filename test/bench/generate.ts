import pg from 'pg';
import { createDataSource } from '../../src/db/data-source';

/** Bumped whenever the generated data changes, so a cached database is rebuilt. */
export const GENERATOR_VERSION = 4;

export interface Scale {
  statements: number;
  countries: number;
  officials: number;
  calls: number;
  sources: number;
  commitments: number;
}

/** The issue's proportions: 1,000,000 statements, 30 countries, 2,000 officials, 100,000 calls, 200,000 sources, 500 commitments. */
export function scaleFor(statements: number): Scale {
  return {
    statements,
    countries: 30,
    officials: Math.max(60, Math.min(2000, Math.round(statements / 500))),
    calls: Math.max(20, Math.round(statements / 10)),
    sources: Math.max(20, Math.round(statements / 5)),
    commitments: Math.max(20, Math.min(500, Math.round(statements / 2000))),
  };
}

/** Words of the generated statements; the search request looks for two of them. */
export const VOCABULARY = (
  'alliance deterrence treaty defense security cooperation exercise navy army air force missile ' +
  'readiness commitment partner region stability peace dialogue ministry minister secretary ' +
  'talks bilateral joint statement support sovereignty territory island strait border patrol ' +
  'capability posture rotation deployment base forces command training interoperability ' +
  'intelligence cyber space maritime coast guard shipbuilding procurement industry supply chain ' +
  'nuclear extended umbrella assurance resolve consultation summit visit delegation agreement ' +
  'framework initiative investment technology research drill live fire amphibious landing ' +
  'submarine destroyer frigate fighter bomber drone radar interceptor battery brigade division ' +
  'theater headquarters logistics fuel ammunition stockpile munitions production reform budget ' +
  'parliament congress ratification protocol article obligation guarantee response attack armed ' +
  'aggression coercion pressure provocation incident collision warning condemnation concern ' +
  'transparency norms rules order prosperity economy trade sanctions export control semiconductor'
).split(' ');

const q = (sql: string) => sql;

/** Every table the generator fills, in dependency order, as INSERT … SELECT over generate_series. */
function loadStatements(s: Scale): string[] {
  const words = `ARRAY[${VOCABULARY.map((w) => `'${w}'`).join(',')}]`;
  const V = VOCABULARY.length;
  // A source's date and call, and a statement's source, as expressions of their ids: no lookups.
  const sourceDate = (id: string) => `(DATE '2010-01-01' + ((${id})::bigint * 7919 % 5000)::int)`;
  const sourceCall = (id: string) => `(CASE WHEN (${id}) % 2 = 0 THEN ((${id}) / 2 - 1) % ${s.calls} + 1 END)`;
  const statementSource = (id: string) => `(((${id}) - 1) % ${s.sources} + 1)`;
  const speaker = (id: string, k: number) => `((((${id}) * ${k === 0 ? 7 : 13} + ${k}) % ${s.officials}) + 1)`;
  return [
    q(`INSERT INTO countries (code, name, time_zone)
       SELECT chr(65 + i / 26) || chr(65 + i % 26), 'Country ' || chr(65 + i / 26) || chr(65 + i % 26), 'UTC'
         FROM generate_series(0, ${s.countries - 1}) i`),
    // Organization 2c+1 is country c's ministry, 2c+2 its main newspaper.
    q(`INSERT INTO organizations (id, name, kind, country_code)
       SELECT 2 * i + 1 + m, CASE m WHEN 0 THEN 'Ministry of Defense ' ELSE 'Daily Courier ' END || chr(65 + i / 26) || chr(65 + i % 26),
              CASE m WHEN 0 THEN 'MINISTRY' ELSE 'MEDIA' END, chr(65 + i / 26) || chr(65 + i % 26)
         FROM generate_series(0, ${s.countries - 1}) i, generate_series(0, 1) m`),
    q(`INSERT INTO officials (id, name, country_code)
       SELECT i, 'Official ' || i, chr(65 + (i % ${s.countries}) / 26) || chr(65 + (i % ${s.countries}) % 26)
         FROM generate_series(1, ${s.officials}) i`),
    q(`INSERT INTO posts (id, title, organization_id)
       SELECT i, 'Deputy Minister No. ' || i, 2 * (i % ${s.countries}) + 1 FROM generate_series(1, ${s.officials}) i`),
    q(`INSERT INTO post_holdings (id, official_id, post_id, capacity, start_date)
       SELECT i, i, i, CASE WHEN i % 10 = 0 THEN 'ACTING' ELSE 'SUBSTANTIVE' END, DATE '2000-01-01' FROM generate_series(1, ${s.officials}) i`),
    q(`INSERT INTO calls (id, title, kind, date, time_zone)
       SELECT i, 'Call ' || i, (ARRAY['PHONE_CALL','VIDEO_CALL','MEETING'])[1 + i % 3], DATE '2010-01-01' + (i * 31 % 5000), 'UTC'
         FROM generate_series(1, ${s.calls}) i`),
    q(`INSERT INTO call_participants (id, call_id, official_id, is_initiator)
       SELECT 2 * i - 1 + p, i,
              CASE p WHEN 0 THEN (i * 7) % ${s.officials} + 1 ELSE ((i * 7) % ${s.officials} + 1 + i % ${s.officials - 1}) % ${s.officials} + 1 END,
              p = 0
         FROM generate_series(1, ${s.calls}) i, generate_series(0, 1) p`),
    q(`INSERT INTO sources (id, kind, title, url, published_on, publisher_id, call_id)
       SELECT i, (ARRAY['READOUT','PRESS_RELEASE','NEWS_ARTICLE','TRANSCRIPT'])[1 + i % 4],
              'Report ' || i || ' on ' || (${words})[1 + i % ${V}] || ' and ' || (${words})[1 + (i * 3) % ${V}],
              'https://example.org/sources/' || i, ${sourceDate('i')}, 2 * (i % ${s.countries}) + 2, ${sourceCall('i')}
         FROM generate_series(1, ${s.sources}) i`),
    // About 1.33 speakers per statement; one in twenty is attributed to a ministry instead. Each
    // speaker row holds its statement's date, as the insert trigger copies it.
    q(`INSERT INTO statement_speakers (statement_id, official_id, position, date)
       SELECT i, ${speaker('i', 0)}, 0, ${sourceDate(statementSource('i'))} FROM generate_series(1, ${s.statements}) i WHERE i % 20 <> 0
       UNION ALL
       SELECT i, ${speaker('i', 1)}, 1, ${sourceDate(statementSource('i'))} FROM generate_series(1, ${s.statements}) i
        WHERE i % 3 = 0 AND i % 20 <> 0 AND ${speaker('i', 1)} <> ${speaker('i', 0)}`),
    // search_vector as the insert trigger computes it (triggers are off while loading).
    q(`INSERT INTO statements (id, text, kind, date, source_id, call_id, attributed_organization_id, search_vector)
       SELECT i, t.text, CASE WHEN i % 4 = 0 THEN 'PARAPHRASE' ELSE 'DIRECT_QUOTE' END,
              ${sourceDate(statementSource('i'))}, ${statementSource('i')}, ${sourceCall(statementSource('i'))},
              CASE WHEN i % 20 = 0 THEN 2 * (i % ${s.countries}) + 1 END,
              statement_search_document(i, t.text, ${statementSource('i')})
         FROM generate_series(1, ${s.statements}) i,
              LATERAL (SELECT 'Statement ' || i || ': ' || string_agg((${words})[1 + ((i::bigint * (2 * k + 1) * 7919 + k * 104729) % ${V})::int], ' ') AS text
                         FROM generate_series(1, 14) k) t`),
    // The search copy, as the statements' trigger keeps it (statement_search, migration 1737600050000).
    q(`INSERT INTO statement_search (statement_id, search_vector) SELECT id, search_vector FROM statements ORDER BY id`),
    q(`INSERT INTO commitments (id, title, kind, guarantor_code, beneficiary_code)
       SELECT i, 'Commitment ' || i, (ARRAY['MUTUAL_DEFENSE','EXTENDED_DETERRENCE','SECURITY_ASSURANCE','FORCE_POSTURE','COOPERATION'])[1 + i % 5],
              chr(65 + (i % ${s.countries}) / 26) || chr(65 + (i % ${s.countries}) % 26),
              chr(65 + ((i + 1) % ${s.countries}) / 26) || chr(65 + ((i + 1) % ${s.countries}) % 26)
         FROM generate_series(1, ${s.commitments}) i`),
    // 1.5 links per statement.
    q(`INSERT INTO statement_commitments (statement_id, commitment_id, stance)
       SELECT i, (i * 31) % ${s.commitments} + 1, (ARRAY['AFFIRMS','REAFFIRMS','QUALIFIES','AFFIRMS'])[1 + (i / 7) % 4]
         FROM generate_series(1, ${s.statements}) i
       UNION ALL
       SELECT i, (i * 31 + 7) % ${s.commitments} + 1, (ARRAY['REAFFIRMS','AFFIRMS','WITHDRAWS'])[1 + i % 3]
         FROM generate_series(1, ${s.statements}) i WHERE i % 2 = 0`),
    q(`INSERT INTO topics (id, slug, name) SELECT i, 'topic-' || i, 'Topic ' || i FROM generate_series(1, 20) i`),
    // As the statement_countries triggers would have kept it.
    q(`INSERT INTO statement_countries (statement_id, country_code)
       SELECT sp.statement_id, o.country_code FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id
       UNION
       SELECT s.id, po.country_code FROM statements s JOIN sources so ON so.id = s.source_id JOIN organizations po ON po.id = so.publisher_id
       UNION
       SELECT s.id, ao.country_code FROM statements s JOIN organizations ao ON ao.id = s.attributed_organization_id`),
  ];
}

const IDENTITY_TABLES = [
  'organizations',
  'officials',
  'posts',
  'post_holdings',
  'calls',
  'call_participants',
  'sources',
  'statements',
  'commitments',
  'statement_commitments',
  'topics',
];

/**
 * Whether a database's recorded scale is `scale`. Key by key: jsonb gives keys back in its own
 * order (shortest first), so comparing JSON texts never matched and every run regenerated.
 */
export function sameScale(recorded: Record<string, unknown>, scale: Scale): boolean {
  const keys = Object.keys(scale) as (keyof Scale)[];
  return Object.keys(recorded).length === keys.length && keys.every((k) => recorded[k] === scale[k]);
}

/** Runs the API's pending migrations on the database at `url`, each in its own transaction, logging their times. */
async function migrate(url: string, log: (m: string) => void): Promise<void> {
  const db = createDataSource({ url, poolSize: 1, statementTimeoutMs: 0, acquireTimeoutMs: 60_000 });
  await db.initialize();
  try {
    const started = Date.now();
    const applied = await db.runMigrations({ transaction: 'each' });
    if (applied.length) {
      log(`  migrations ${applied.map((m) => m.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      // A backfill rewrites rows: fresh statistics and no dead tuples before anything is timed.
      const vacuumed = Date.now();
      await db.query('VACUUM ANALYZE');
      log(`  VACUUM ANALYZE in ${((Date.now() - vacuumed) / 1000).toFixed(1)} s`);
    }
  } finally {
    await db.destroy();
  }
}

/**
 * Creates `database` on the cluster at `adminUrl` (dropping it first when it holds other data),
 * migrates it and fills it at `scale`. Returns false when it already held this scale's data.
 */
export async function generate(adminUrl: string, database: string, scale: Scale, log: (m: string) => void): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount! > 0;
    if (exists) {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      try {
        const meta = await c
          .query(`SELECT scale, version FROM bench_meta`)
          .catch(() => ({ rows: [] as { scale: Scale; version: number }[] }));
        const row = meta.rows[0];
        if (row && row.version === GENERATOR_VERSION && sameScale(row.scale, scale)) {
          await c.end();
          // Kept, but brought to the API's current schema (a migration's backfill fills new columns).
          await migrate(url.toString(), log);
          return false;
        }
      } finally {
        await c.end().catch(() => undefined);
      }
      await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  await migrate(url.toString(), log);
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  try {
    await c.query(`SET statement_timeout = 0`);
    await c.query(`SET maintenance_work_mem = '512MB'`);
    await c.query('BEGIN');
    // Triggers and foreign-key checks off: the data is consistent by construction.
    await c.query(`SET LOCAL session_replication_role = replica`);
    for (const sql of loadStatements(scale)) {
      const started = Date.now();
      const r = await c.query(sql);
      log(`  ${sql.trim().split(/\s+/).slice(0, 3).join(' ')}: ${r.rowCount} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    for (const table of IDENTITY_TABLES) {
      await c.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    await c.query(`CREATE TABLE bench_meta (scale jsonb NOT NULL, version integer NOT NULL)`);
    await c.query(`INSERT INTO bench_meta VALUES ($1, $2)`, [JSON.stringify(scale), GENERATOR_VERSION]);
    await c.query('COMMIT');
    const started = Date.now();
    await c.query('VACUUM ANALYZE');
    log(`  VACUUM ANALYZE in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await c.end();
  }
  return true;
}
