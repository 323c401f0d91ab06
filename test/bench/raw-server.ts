/**
 * The floor: node:http and pg, one hand-written SQL statement per request that returns the
 * answer as JSON text, sent as it comes. Usage: DATABASE_URL=… PORT=0 node raw-server.js
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/** A speaker's title on the statement's date, as the API composes it. */
const SPEAKER_TITLE = (official: string, date: string) => `(
  SELECT CASE h.capacity WHEN 'ACTING' THEN 'Acting ' || p.title WHEN 'DESIGNATE' THEN p.title || '-designate' ELSE p.title END
    FROM post_holdings h JOIN posts p ON p.id = h.post_id
   WHERE h.official_id = ${official} AND h.start_date <= ${date} AND (h.end_date IS NULL OR h.end_date >= ${date})
   ORDER BY h.start_date DESC, h.id DESC LIMIT 1)`;

export const RAW_SQL: Record<string, { sql: string; args: (body: any) => unknown[] }> = {
  'statement by id': {
    sql: `SELECT json_build_object('text', s.text, 'date', s.date,
            'speakers', coalesce((SELECT json_agg(json_build_object('name', o.name, 'title', ${SPEAKER_TITLE('sp.official_id', 's.date')}) ORDER BY sp.position, sp.official_id)
                                    FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id WHERE sp.statement_id = s.id), '[]'),
            'source', (SELECT json_build_object('title', so.title, 'url', so.url) FROM sources so WHERE so.id = s.source_id))::text AS j
            FROM statements s WHERE s.id = $1`,
    args: (b) => [b.id],
  },
  'nested call page': {
    sql: `SELECT coalesce(json_agg(json_build_object('title', c.title, 'date', c.date, 'participants', (
            SELECT coalesce(json_agg(json_build_object('name', o.name, 'statements', (
              SELECT coalesce(json_agg(json_build_object('text', s.text, 'date', s.date, 'commitments', (
                SELECT coalesce(json_agg(json_build_object('stance', l.stance, 'title', cm.title) ORDER BY l.id), '[]')
                  FROM statement_commitments l JOIN commitments cm ON cm.id = l.commitment_id WHERE l.statement_id = s.id)) ORDER BY s.date DESC, s.id DESC), '[]')
                FROM (SELECT s.id, s.text, s.date FROM statement_speakers sp JOIN statements s ON s.id = sp.statement_id
                       WHERE sp.official_id = o.id ORDER BY sp.date DESC, sp.statement_id DESC LIMIT 5) s)) ORDER BY cp.id), '[]')
              FROM call_participants cp JOIN officials o ON o.id = cp.official_id WHERE cp.call_id = c.id))
            ORDER BY c.date DESC, c.id DESC), '[]')::text AS j
            FROM (SELECT id, title, date FROM calls ORDER BY date DESC, id DESC LIMIT 20) c`,
    args: () => [],
  },
  'filtered page': {
    sql: `SELECT coalesce(json_agg(json_build_object('text', s.text, 'date', s.date,
            'speakers', (SELECT coalesce(json_agg(o.name ORDER BY sp.position, sp.official_id), '[]')
                           FROM statement_speakers sp JOIN officials o ON o.id = sp.official_id WHERE sp.statement_id = s.id),
            'source', so.title) ORDER BY s.date DESC, s.id DESC), '[]')::text AS j
            FROM (SELECT s.id, s.text, s.date, s.source_id FROM statements s
                   WHERE s.date BETWEEN $2 AND $3
                     AND EXISTS (SELECT 1 FROM statement_countries sc WHERE sc.statement_id = s.id AND sc.country_code = $1)
                   ORDER BY s.date DESC, s.id DESC LIMIT 50) s JOIN sources so ON so.id = s.source_id`,
    args: (b) => [b.country, b.from, b.to],
  },
  search: {
    sql: `SELECT coalesce(json_agg(json_build_object('text', s.text, 'date', s.date, 'rank', round(s.rank::numeric, 4)) ORDER BY s.r DESC, s.id), '[]')::text AS j
            FROM (SELECT s.id, s.text, s.date, ts_rank(s.search_vector, q)::float8 AS rank, round(ts_rank(s.search_vector, q)::numeric, 6) AS r
                    FROM statements s, websearch_to_tsquery('english', f_unaccent($1)) q
                   WHERE s.search_vector @@ q ORDER BY r DESC, s.id LIMIT 20) s`,
    args: (b) => [b.text],
  },
  affirmations: {
    sql: `SELECT coalesce(json_agg(json_build_object('text', s.text, 'date', s.date) ORDER BY s.date, s.id), '[]')::text AS j
            FROM (SELECT s.id, s.text, s.date FROM statements s
                   WHERE EXISTS (SELECT 1 FROM statement_commitments l WHERE l.statement_id = s.id AND l.commitment_id = $1 AND l.stance IN ('AFFIRMS', 'REAFFIRMS'))
                   ORDER BY s.date, s.id LIMIT 50) s`,
    args: (b) => [b.commitment],
  },
};

if (require.main === module) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const name = decodeURIComponent((req.url ?? '/').slice(1));
      const entry = RAW_SQL[name];
      if (!entry) {
        res.writeHead(404).end();
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      } catch {
        res.writeHead(400).end();
        return;
      }
      pool.query({ name, text: entry.sql, values: entry.args(body) }).then(
        (r) => res.writeHead(200, { 'content-type': 'application/json' }).end(r.rows[0]?.j ?? 'null'),
        (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
      );
    });
  });
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    console.log(`listening on ${(server.address() as AddressInfo).port}`);
  });
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
