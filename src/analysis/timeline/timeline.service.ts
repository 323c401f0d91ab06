import { sql, type SQL } from 'pg-sql2';
import type { Commitment } from '../../commitments/commitment.entity';
import type { Stance } from '../../commitments/statement-commitment.entity';
import { badInput } from '../../common/errors';
import { checkDateRange, countryCodes, list } from '../../common/filters';
import { paginateSql } from '../../common/pagination';
import { today } from '../../common/validation';
import type { Context } from '../../context';
import { Statement } from '../../statements/statement.entity';
import { country, loadMap } from '../rows';
import { runSql } from '../side.sql';
import { affirmationOrdering, commitmentUsages, daysSinceAffirmed, wordingUsages } from './timeline.queries';
import type { AffirmationArgs, CommitmentAffirmation, CommitmentPhrasing, WordingHistoryArgs } from './timeline.types';
import { groupPhrasings } from './wording';

export interface UsageRow extends Record<string, unknown> {
  commitment_id: number;
  statement_id: number;
  date: string;
  stance: Stance;
  text: string;
  side: string | null;
  author: string | null;
}

export async function toAffirmations(ctx: Context, rows: UsageRow[]): Promise<CommitmentAffirmation[]> {
  const statements = await loadMap(
    ctx,
    Statement,
    rows.map((r) => r.statement_id),
  );
  return Promise.all(
    rows.map(async (r) => ({
      date: r.date,
      stance: r.stance,
      wording: r.text,
      side: r.side ? await country(ctx, r.side) : null,
      author: r.author,
      statement: statements.get(r.statement_id)!,
    })),
  );
}

/** The conditions of a timeline's filter on a usage (alias `u`), for the resolver and the compiled first page alike; throws on a bad filter. */
export function affirmationConditions(filter: AffirmationArgs['filter']): SQL[] {
  const f = filter ?? {};
  const at = (field: string) => ['filter', field];
  const conditions: SQL[] = [];
  const add = <V>(value: V | null | undefined, condition: (v: SQL) => SQL) => {
    if (value != null) conditions.push(condition(sql.value(value as never)));
  };
  add(countryCodes(f.countries, at('countries')), (v) => sql`u.side = ANY(${v}::text[])`);
  add(list(f.stances, at('stances')), (v) => sql`u.stance = ANY(${v}::text[])`);
  checkDateRange(f.dateFrom, f.dateTo, at('dateFrom'));
  add(f.dateFrom, (v) => sql`u.date >= ${v}`);
  add(f.dateTo, (v) => sql`u.date <= ${v}`);
  return conditions;
}

export function affirmations(ctx: Context, commitment: Commitment, args: AffirmationArgs) {
  return paginateSql<UsageRow, CommitmentAffirmation>(
    ctx.db,
    commitmentUsages(sql.value(commitment.rowId), affirmationConditions(args.filter)),
    affirmationOrdering,
    args,
    ctx.config.maxPageSize,
    (rows) => toAffirmations(ctx, rows),
  );
}

/** Days from the latest affirmation on or before `asOf` (today by default) to `asOf`; null when none is on or before it. */
export async function daysSinceLastAffirmed(ctx: Context, commitment: Commitment, asOf: string | null | undefined): Promise<number | null> {
  const [row] = await runSql<{ days: number | null }>(ctx, daysSinceAffirmed(commitment.rowId, asOf ?? today()));
  return row.days;
}

export async function wordingHistory(ctx: Context, commitment: Commitment, args: WordingHistoryArgs): Promise<CommitmentPhrasing[]> {
  if (!(args.similarity >= 0.5 && args.similarity <= 1))
    throw badInput('"similarity" must be between 0.5 and 1', { field: ['similarity'] });
  if (!(args.first >= 1 && args.first <= 100)) throw badInput('"first" must be between 1 and 100', { field: ['first'] });
  const rows = await runSql<UsageRow>(ctx, wordingUsages(commitment.rowId));
  const groups = groupPhrasings(
    rows.map((r) => ({ wording: r.text, item: r })),
    args.similarity,
  ).slice(0, args.first);
  const statements = await loadMap(
    ctx,
    Statement,
    groups.flatMap((g) => [g.usages[0].item.statement_id, g.usages[g.usages.length - 1].item.statement_id]),
  );
  return Promise.all(
    groups.map(async (g) => {
      const items = g.usages.map((u) => u.item);
      const sides = [...new Set(items.map((i) => i.side).filter((s): s is string => !!s))];
      return {
        wording: g.wording,
        variants: [...new Set(items.map((i) => i.text))],
        usageCount: items.length,
        firstUsedOn: items[0].date,
        lastUsedOn: items[items.length - 1].date,
        firstStatement: statements.get(items[0].statement_id)!,
        lastStatement: statements.get(items[items.length - 1].statement_id)!,
        usedBy: [...new Set(items.map((i) => i.author).filter((a): a is string => !!a))],
        countries: await Promise.all(sides.map((code) => country(ctx, code))),
        stances: [...new Set(items.map((i) => i.stance))],
      };
    }),
  );
}
