import { sql, type SQL } from 'pg-sql2';
import { Commitment } from '../../commitments/commitment.entity';
import type { Stance } from '../../commitments/statement-commitment.entity';
import { countryCodes, list, rowIds } from '../../common/filters';
import { paginateSql } from '../../common/pagination';
import type { Context } from '../../context';
import { Official } from '../../officials/official.entity';
import { holdingOn, holdingTitle } from '../../officials/official.service';
import { Source } from '../../sources/source.entity';
import { Statement } from '../../statements/statement.entity';
import { Topic } from '../../topics/topic.entity';
import { country, loadMap } from '../rows';
import { positionOrdering, reportedPositions as positionsSql } from './positions.queries';
import type { PositionStatus, PositionSubject, ReportedPosition, ReportedPositionArgs } from './positions.types';

interface PositionRow extends Record<string, unknown> {
  subject: PositionSubject;
  statement_id: number;
  commitment_id: number | null;
  topic_id: number | null;
  official_id: number;
  stance: Stance | null;
  party_country: string;
  reported_by: string | null;
  date_text: string;
  status: PositionStatus;
  confirming: number[];
  denying: number[];
  echoing: number[];
}

export function reportedPositions(ctx: Context, args: ReportedPositionArgs) {
  const f = args.filter ?? {};
  const at = (field: string) => ['filter', field];
  const conditions: SQL[] = [];
  const add = <V>(value: V | undefined, condition: (v: SQL) => SQL) => {
    if (value !== undefined) conditions.push(condition(sql.value(value as never)));
  };
  add(countryCodes(f.partyCountries, at('partyCountries')), (v) => sql`r.party_country = ANY(${v}::text[])`);
  add(countryCodes(f.reportedByCountries, at('reportedByCountries')), (v) => sql`r.reported_by = ANY(${v}::text[])`);
  add(list(f.statuses, at('statuses')), (v) => sql`r.status = ANY(${v}::text[])`);
  add(list(f.subjects, at('subjects')), (v) => sql`r.subject = ANY(${v}::text[])`);
  add(rowIds(f.commitmentIds, 'Commitment', at('commitmentIds')), (v) => sql`r.commitment_id = ANY(${v}::int[])`);
  add(rowIds(f.topicIds, 'Topic', at('topicIds')), (v) => sql`r.topic_id = ANY(${v}::int[])`);
  add(rowIds(f.callIds, 'Call', at('callIds')), (v) => sql`r.call_id = ANY(${v}::int[])`);
  add(rowIds(f.partyIds, 'Official', at('partyIds')), (v) => sql`r.official_id = ANY(${v}::int[])`);
  return paginateSql<PositionRow, ReportedPosition>(
    ctx.db,
    positionsSql(conditions),
    positionOrdering,
    args,
    ctx.config.maxPageSize,
    (rows) => toPositions(ctx, rows),
  );
}

async function toPositions(ctx: Context, rows: PositionRow[]): Promise<ReportedPosition[]> {
  const ids = (pick: (r: PositionRow) => (number | null)[]) => rows.flatMap(pick).filter((id): id is number => id != null);
  const [statements, officials, commitments, topics, sources] = await Promise.all([
    loadMap(
      ctx,
      Statement,
      ids((r) => [r.statement_id, ...r.confirming, ...r.denying]),
    ),
    loadMap(
      ctx,
      Official,
      ids((r) => [r.official_id]),
    ),
    loadMap(
      ctx,
      Commitment,
      ids((r) => [r.commitment_id]),
    ),
    loadMap(
      ctx,
      Topic,
      ids((r) => [r.topic_id]),
    ),
    loadMap(
      ctx,
      Source,
      ids((r) => r.echoing),
    ),
  ]);
  const present = <T>(items: (T | undefined)[]) => items.filter((x): x is T => x !== undefined);
  return Promise.all(
    rows.map(async (r) => {
      const holding = await holdingOn(ctx, r.official_id, r.date_text);
      return {
        subject: r.subject,
        statement: statements.get(r.statement_id)!,
        party: officials.get(r.official_id)!,
        partyPostHolding: holding,
        partyTitle: holding ? await holdingTitle(ctx, holding) : null,
        commitment: r.commitment_id == null ? null : commitments.get(r.commitment_id)!,
        topic: r.topic_id == null ? null : topics.get(r.topic_id)!,
        stance: r.stance,
        reportedBy: r.reported_by ? await country(ctx, r.reported_by) : null,
        partyCountry: await country(ctx, r.party_country),
        status: r.status,
        confirmingStatements: present(r.confirming.map((id) => statements.get(id))),
        denyingStatements: present(r.denying.map((id) => statements.get(id))),
        echoingSources: present(r.echoing.map((id) => sources.get(id))),
      };
    }),
  );
}
