import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { toGlobalId } from '../src/common/global-id';

/** Ids of reference-dataset rows the subscription tests refer to, looked up by natural key. */
export interface ReferenceRowIds {
  officials: { hegseth: number; nakatani: number; kim: number };
  calls: { nakatani: number; kim: number };
  sources: { pentagonNakataniReadout: number; japanRelease: number; rokRelease: number; newsReport: number };
  organizations: { dod: number; japanMod: number; rokMnd: number };
  commitments: { articleV: number; defenseOfRok: number };
  topics: { deterrence: number; senkaku: number; trilateral: number };
}

type Queryable = Pick<DataSource, 'query'>;

async function one(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  const rows: { id: number }[] = await db.query(sql, params);
  if (rows.length !== 1) throw new Error(`reference dataset: expected one row for ${sql} ${JSON.stringify(params)}, got ${rows.length}`);
  return rows[0].id;
}

export async function referenceRowIds(db: Queryable): Promise<ReferenceRowIds> {
  const official = (name: string) => one(db, 'SELECT id FROM officials WHERE name = $1', [name]);
  const call = (title: string) => one(db, 'SELECT id FROM calls WHERE title = $1', [title]);
  const source = (kind: string, titleStart: string) =>
    one(db, 'SELECT id FROM sources WHERE kind = $1 AND title LIKE $2', [kind, `${titleStart}%`]);
  const organization = (country: string, name: string) =>
    one(db, 'SELECT id FROM organizations WHERE country_code = $1 AND name = $2', [country, name]);
  const commitment = (title: string) => one(db, 'SELECT id FROM commitments WHERE title = $1', [title]);
  const topic = (slug: string) => one(db, 'SELECT id FROM topics WHERE slug = $1', [slug]);
  return {
    officials: { hegseth: await official('Pete Hegseth'), nakatani: await official('Gen Nakatani'), kim: await official('Kim Seon-ho') },
    calls: {
      nakatani: await call('Hegseth–Nakatani introductory telephone call'),
      kim: await call('Hegseth–Kim Seon-ho introductory telephone call'),
    },
    sources: {
      pentagonNakataniReadout: await source('READOUT', "Pentagon readout of Secretary of Defense Pete Hegseth's call with Japan"),
      japanRelease: await source('PRESS_RELEASE', 'Ministry of Defense release'),
      rokRelease: await source('PRESS_RELEASE', 'Ministry of National Defense release'),
      newsReport: await source('NEWS_ARTICLE', "Unidentified outlet's report"),
    },
    organizations: {
      dod: await organization('US', 'Department of Defense'),
      japanMod: await organization('JP', 'Ministry of Defense'),
      rokMnd: await organization('KR', 'Ministry of National Defense'),
    },
    commitments: {
      articleV: await commitment('Article V of the U.S.-Japan security treaty applies to the Senkaku Islands'),
      defenseOfRok: await commitment('U.S. commitment to the defense of the Republic of Korea'),
    },
    topics: {
      deterrence: await topic('deterrence'),
      senkaku: await topic('senkaku-islands'),
      trilateral: await topic('trilateral-cooperation'),
    },
  };
}

export interface NewStatement {
  source: number;
  text?: string;
  kind?: 'DIRECT_QUOTE' | 'PARAPHRASE';
  date?: string;
  call?: number | null;
  attributedOrganization?: number | null;
  speakers?: number[];
  commitments?: number[];
  topics?: number[];
  reportedIn?: number[];
}

export interface InsertedStatement {
  rowId: number;
  /** The statement's global id, as the API returns it. */
  id: string;
  text: string;
}

/**
 * Records a statement with its links in one transaction, as the write API will; plain SQL, so
 * the subscription tests rely on the database trigger alone. `db` is a DataSource or a URL.
 */
export async function insertStatement(db: DataSource | string, statement: NewStatement): Promise<InsertedStatement> {
  const client = typeof db === 'string' ? new pg.Client({ connectionString: db }) : null;
  const run = async (q: (sql: string, params?: unknown[]) => Promise<any[]>): Promise<InsertedStatement> => {
    const text = statement.text ?? `Test statement ${randomUUID()}`;
    const [{ id }] = await q(
      `INSERT INTO statements (text, kind, date, source_id, call_id, attributed_organization_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        text,
        statement.kind ?? 'PARAPHRASE',
        statement.date ?? '2025-01-31',
        statement.source,
        statement.call ?? null,
        statement.attributedOrganization ?? null,
      ],
    );
    for (const [position, official] of (statement.speakers ?? []).entries()) {
      await q('INSERT INTO statement_speakers (statement_id, official_id, position) VALUES ($1, $2, $3)', [id, official, position]);
    }
    for (const commitment of statement.commitments ?? []) {
      await q(`INSERT INTO statement_commitments (statement_id, commitment_id, stance) VALUES ($1, $2, 'REAFFIRMS')`, [id, commitment]);
    }
    for (const topic of statement.topics ?? [])
      await q('INSERT INTO statement_topics (statement_id, topic_id) VALUES ($1, $2)', [id, topic]);
    for (const source of statement.reportedIn ?? [])
      await q('INSERT INTO statement_reports (statement_id, source_id) VALUES ($1, $2)', [id, source]);
    return { rowId: id, id: toGlobalId('Statement', id), text };
  };
  if (!client) return (db as DataSource).transaction((m) => run((sql, params) => m.query(sql, params)));
  await client.connect();
  try {
    await client.query('BEGIN');
    const inserted = await run(async (sql, params) => (await client.query(sql, params)).rows);
    await client.query('COMMIT');
    return inserted;
  } finally {
    await client.end();
  }
}

/** Records `count` bare statements in one transaction (announced together at its commit); their ids in order. */
export async function insertManyStatements(db: DataSource, count: number, source: number): Promise<string[]> {
  // Thousands of rows, each through the statement triggers: on a busy machine that can outlast
  // the server's 5-s statement timeout, which is for requests, not for the test's own setup.
  const rows: { id: number }[] = await db.transaction(async (m) => {
    await m.query(`SET LOCAL statement_timeout = '120s'`);
    return m.query(
      `INSERT INTO statements (text, kind, date, source_id)
       SELECT 'Bulk statement ' || g || ' ' || $1, 'PARAPHRASE', '2025-01-31', $2 FROM generate_series(1, $3) g ORDER BY g RETURNING id`,
      [randomUUID(), source, count],
    );
  });
  return rows.map((r) => toGlobalId('Statement', r.id));
}
