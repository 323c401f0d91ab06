import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import { sql } from 'pg-sql2';
import { keyCondition } from '../common/natural-key';
import { txQuery } from '../common/tx-query';
import { seedImportVocabulary } from '../imports/import-seed';
import {
  referenceDataset as data,
  type CallData,
  type CommitmentData,
  type OfficialData,
  type OrganizationData,
  type PostData,
  type SourceData,
  type StatementData,
  type TerritoryData,
  type TreatyData,
} from './reference-dataset';

type Row = Record<string, unknown>;

/**
 * Looks rows up by natural key and inserts the missing ones. Looking up first (rather than only
 * relying on ON CONFLICT) means a second run sends no INSERT at all, so it does not even consume
 * identity values; ON CONFLICT DO NOTHING (no target, as several keys are expression indexes)
 * still guards the insert.
 */
class Loader {
  inserted = 0;

  constructor(private readonly m: EntityManager) {}

  /** Id of the row of `table` whose natural key (`key`) matches `row`, inserting it if missing. */
  async ensure(table: string, key: string[], row: Row): Promise<number> {
    return (await this.upsert(table, key, row, true)) as number;
  }

  /** Adds a row to a join table without an id unless it is there already. */
  async link(table: string, key: string[], row: Row): Promise<void> {
    await this.upsert(table, key, row, false);
  }

  private async upsert(table: string, key: string[], row: Row, withId: boolean): Promise<number | null> {
    const condition = keyCondition(
      key,
      (column) => {
        if (!(column in row)) throw new Error(`${table}: natural key part ${column} is not a column of the row`);
        return row[column];
      },
      true,
    )!;
    const id = withId ? sql`id` : sql`NULL::int`;
    const select = sql`SELECT ${id} AS id FROM ${sql.identifier(table)} WHERE ${condition}`;
    const found = await txQuery<{ id: number | null }>(this.m, select);
    if (found.length > 0) return found[0].id;

    const columns = Object.keys(row);
    const added = await txQuery<{ id: number | null }>(
      this.m,
      sql`INSERT INTO ${sql.identifier(table)} (${sql.join(
        columns.map((c) => sql.identifier(c)),
        ', ',
      )}) VALUES (${sql.join(
        columns.map((c) => sql.value(row[c] as never)),
        ', ',
      )})
       ON CONFLICT DO NOTHING RETURNING ${id} AS id`,
    );
    if (added.length > 0) {
      this.inserted += 1;
      return added[0].id;
    }
    // Skipped by ON CONFLICT: a concurrent seed committed the same row since we looked (read
    // committed: this statement sees it), or another unique key clashes, which is a data error.
    const again = await txQuery<{ id: number | null }>(this.m, select);
    if (again.length > 0) return again[0].id;
    throw new Error(`${table}: ${JSON.stringify(row)} conflicts with an existing row on a key other than (${key.join(', ')})`);
  }
}

/** Ids of the dataset's rows, by object identity (the dataset refers to rows by reference). */
class Ids<T extends object> {
  private readonly ids = new Map<T, number>();

  constructor(private readonly what: string) {}

  set(item: T, id: number): void {
    this.ids.set(item, id);
  }

  get(item: T): number {
    const id = this.ids.get(item);
    if (id === undefined) throw new Error(`reference dataset: a ${this.what} is referred to but not listed`);
    return id;
  }

  opt(item: T | null): number | null {
    return item === null ? null : this.get(item);
  }
}

function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Loads the reference dataset in one transaction, idempotently: rows are matched by their natural
 * keys (the unique indexes of the migration), so a second run inserts nothing and changes nothing.
 */
export async function seedReferenceDataset(db: DataSource): Promise<{ inserted: number }> {
  return db.transaction(async (m) => {
    const load = new Loader(m);
    const organizations = new Ids<OrganizationData>('organization');
    const officials = new Ids<OfficialData>('official');
    const posts = new Ids<PostData>('post');
    const treaties = new Ids<TreatyData>('treaty');
    const territories = new Ids<TerritoryData>('territory');
    const commitments = new Ids<CommitmentData>('commitment');
    const calls = new Ids<CallData>('call');
    const sources = new Ids<SourceData>('source');
    const statements = new Ids<StatementData>('statement');
    const topics = new Map<string, number>();

    for (const c of data.countries) {
      await load.link('countries', ['code'], { code: c.code, name: c.name, time_zone: c.timeZone });
    }
    for (const o of data.organizations) {
      const id = await load.ensure('organizations', ['country_code', 'lower(name)'], {
        name: o.name,
        short_name: o.shortName,
        kind: o.kind,
        aliases: o.aliases,
        country_code: o.country,
        parent_id: organizations.opt(o.parent),
      });
      organizations.set(o, id);
    }
    for (const o of data.officials) {
      const id = await load.ensure('officials', ['country_code', 'lower(name)'], {
        name: o.name,
        native_name: o.nativeName,
        aliases: o.aliases,
        country_code: o.country,
      });
      officials.set(o, id);
    }
    for (const p of data.posts) {
      posts.set(
        p,
        await load.ensure('posts', ['organization_id', 'lower(title)'], {
          title: p.title,
          organization_id: organizations.get(p.organization),
        }),
      );
    }
    for (const h of data.postHoldings) {
      await load.ensure('post_holdings', ['official_id', 'post_id', 'start_date'], {
        official_id: officials.get(h.official),
        post_id: posts.get(h.post),
        capacity: h.capacity,
        start_date: h.startDate,
        end_date: h.endDate,
        note: h.note,
      });
    }
    for (const t of data.treaties) {
      const id = await load.ensure('treaties', ['name'], {
        name: t.name,
        short_name: t.shortName,
        signed_on: t.signedOn,
        in_force_on: t.inForceOn,
        notes: t.notes,
      });
      treaties.set(t, id);
      for (const country of t.parties)
        await load.link('treaty_parties', ['treaty_id', 'country_code'], { treaty_id: id, country_code: country });
    }
    for (const t of data.territories) {
      const id = await load.ensure('territories', ['name'], {
        name: t.name,
        aliases: t.aliases,
        region: t.region,
        description: t.description,
        administered_by_code: t.administeredBy,
      });
      territories.set(t, id);
      for (const country of t.claimants)
        await load.link('territory_claimants', ['territory_id', 'country_code'], { territory_id: id, country_code: country });
    }
    for (const t of data.topics) {
      topics.set(t.slug, await load.ensure('topics', ['slug'], { slug: t.slug, name: t.name, description: t.description }));
    }
    for (const c of data.commitments) {
      const id = await load.ensure('commitments', ['title'], {
        title: c.title,
        kind: c.kind,
        description: c.description,
        article: c.article,
        notes: c.notes,
        guarantor_code: c.guarantor,
        beneficiary_code: c.beneficiary,
        treaty_id: treaties.opt(c.treaty),
        territory_id: territories.opt(c.territory),
      });
      commitments.set(c, id);
    }
    for (const c of data.calls) {
      const id = await load.ensure('calls', ['date', 'lower(title)'], {
        title: c.title,
        kind: c.kind,
        date: c.date,
        time_zone: c.timeZone,
        started_at: c.startedAt,
        earliest_start: c.earliestStart,
        latest_start: c.latestStart,
        duration_minutes: c.durationMinutes,
        summary: c.summary,
      });
      calls.set(c, id);
      for (const p of c.participants) {
        await load.ensure('call_participants', ['call_id', 'official_id'], {
          call_id: id,
          official_id: officials.get(p.official),
          is_initiator: p.isInitiator,
        });
      }
    }
    for (const s of data.sources) {
      const id = await load.ensure('sources', ['publisher_id', 'kind', 'published_on', 'lower(title)'], {
        kind: s.kind,
        title: s.title,
        published_on: s.publishedOn,
        published_at: s.publishedAt,
        language: s.language,
        content_hash: s.contentFile === null ? null : sha256OfFile(s.contentFile),
        notes: s.notes,
        publisher_id: organizations.opt(s.publisher),
        call_id: calls.opt(s.call),
      });
      sources.set(s, id);
    }
    for (const s of data.statements) {
      const id = await load.ensure('statements', ['source_id', 'md5(text)'], {
        text: s.text,
        kind: s.kind,
        date: s.date,
        source_id: sources.get(s.source),
        call_id: calls.opt(s.call),
        attributed_organization_id: organizations.opt(s.attributedOrganization),
      });
      statements.set(s, id);
      for (const [position, speaker] of s.speakers.entries()) {
        await load.link('statement_speakers', ['statement_id', 'official_id'], {
          statement_id: id,
          official_id: officials.get(speaker),
          position,
        });
      }
      for (const [position, party] of s.parties.entries()) {
        await load.link('statement_parties', ['statement_id', 'official_id'], {
          statement_id: id,
          official_id: officials.get(party),
          position,
        });
      }
      for (const report of s.reportedBy) {
        await load.link('statement_reports', ['statement_id', 'source_id'], { statement_id: id, source_id: sources.get(report) });
      }
      for (const { commitment, stance } of s.commitments) {
        await load.ensure('statement_commitments', ['statement_id', 'commitment_id'], {
          statement_id: id,
          commitment_id: commitments.get(commitment),
          stance,
        });
      }
      for (const slug of s.topics) {
        const topicId = topics.get(slug);
        if (topicId === undefined) throw new Error(`reference dataset: topic ${slug} is referred to but not listed`);
        await load.link('statement_topics', ['statement_id', 'topic_id'], { statement_id: id, topic_id: topicId });
      }
    }
    for (const echo of data.sourceEchoes) {
      for (const statement of echo.statements) {
        await load.link('source_echoes', ['source_id', 'statement_id'], {
          source_id: sources.get(echo.source),
          statement_id: statements.get(statement),
        });
      }
    }
    for (const d of data.deployments) {
      await load.ensure('deployments', ['operator_id', 'lower(platform)', 'lower(base)'], {
        platform: d.platform,
        count: d.count,
        base: d.base,
        mission: d.mission,
        status: d.status,
        status_recorded_on: d.statusRecordedOn,
        indefinite: d.indefinite,
        expected_end_month: d.expectedEndMonth,
        operator_id: organizations.get(d.operator),
        host_country_code: d.hostCountry,
        source_id: sources.opt(d.source),
      });
    }
    for (const e of data.exercises) {
      await load.ensure('exercises', ['name'], {
        name: e.name,
        area: e.area,
        description: e.description,
        organization_id: organizations.opt(e.organization),
        source_id: sources.opt(e.source),
      });
    }
    load.inserted += await seedImportVocabulary(m);
    return { inserted: load.inserted };
  });
}

/** True when nothing has been loaded yet: no countries and no statements. */
export async function isDatabaseEmpty(db: DataSource): Promise<boolean> {
  const [row] = await txQuery<{ empty: boolean }>(
    db.manager,
    sql`SELECT NOT EXISTS (SELECT 1 FROM countries) AND NOT EXISTS (SELECT 1 FROM statements) AS empty`,
  );
  return row.empty;
}
