import { sql } from 'pg-sql2';
import type { ConnectionArgs } from '../common/connection';
import { readQuery } from '../common/read-query';
import type { Context } from '../context';
import { EntityWrites } from '../write/entity-writes';
import { checkDateRange, Conditions, countryCodes, list, rowIds } from '../common/filters';
import { listConnection } from '../common/list';
import { Territory } from '../places/territory.entity';
import { Treaty } from '../places/treaty.entity';
import { Commitment } from './commitment.entity';
import { type CommitmentFields, type CommitmentFilter, CommitmentOrder } from './commitment.inputs';
import { affirming, commitmentOrders } from './commitment.queries';

function commitmentConditions(filter: CommitmentFilter | null | undefined): Conditions {
  const c = new Conditions();
  if (!filter) return c;
  c.when(countryCodes(filter.guarantors, ['filter', 'guarantors']), (e, v) => sql`${e}.guarantor_code = ANY(${v})`);
  c.when(countryCodes(filter.beneficiaries, ['filter', 'beneficiaries']), (e, v) => sql`${e}.beneficiary_code = ANY(${v})`);
  c.when(list(filter.kinds, ['filter', 'kinds']), (e, v) => sql`${e}.kind = ANY(${v})`);
  c.when(rowIds(filter.treatyIds, 'Treaty', ['filter', 'treatyIds']), (e, v) => sql`${e}.treaty_id = ANY(${v})`);
  c.when(rowIds(filter.territoryIds, 'Territory', ['filter', 'territoryIds']), (e, v) => sql`${e}.territory_id = ANY(${v})`);
  checkDateRange(filter.affirmedFrom, filter.affirmedTo, ['filter', 'affirmedFrom']);
  if (filter.affirmedFrom || filter.affirmedTo) {
    const [from, to] = [sql.value(filter.affirmedFrom ?? null), sql.value(filter.affirmedTo ?? null)];
    c.add(
      (e) => sql`EXISTS (SELECT 1 FROM statement_commitments l JOIN statements s ON s.id = l.statement_id
                WHERE l.commitment_id = ${e}.id AND ${affirming(sql.identifier('l'))}
                  AND (${from}::date IS NULL OR s.date >= ${from}) AND (${to}::date IS NULL OR s.date <= ${to}))`,
    );
  }
  return c;
}

export function listCommitments(ctx: Context, page: ConnectionArgs, filter?: CommitmentFilter | null, order = CommitmentOrder.TITLE_ASC) {
  const conditions = commitmentConditions(filter);
  return listConnection(ctx, Commitment, page, commitmentOrders.orderings[order], conditions.parts);
}

export interface AffirmationSummary {
  firstAffirmedOn: string | null;
  lastAffirmedOn: string | null;
  affirmationCount: number;
}

/** First and last affirmation dates and the number of affirming statements, batched per request. */
export function affirmationSummary(ctx: Context, commitmentId: number): Promise<AffirmationSummary> {
  return ctx.loaders
    .get<number, AffirmationSummary>('Commitment.affirmations', async (ids) => {
      const [l, s] = [sql.identifier(Symbol('l')), sql.identifier(Symbol('s'))];
      const { text, values } = sql.compile(
        sql`SELECT ${l}.commitment_id AS key, min(${s}.date) AS "firstAffirmedOn", max(${s}.date) AS "lastAffirmedOn",
                   count(*)::int AS "affirmationCount"
              FROM statement_commitments ${l} JOIN statements ${s} ON ${s}.id = ${l}.statement_id
             WHERE ${l}.commitment_id = ANY(${sql.value(ids as number[])}::int[]) AND ${affirming(l)}
             GROUP BY 1`,
      );
      const rows = await readQuery<AffirmationSummary & { key: number }>(ctx.db, text, values);
      const byId = new Map(rows.map((r) => [r.key, r]));
      return ids.map((id) => byId.get(id) ?? { firstAffirmedOn: null, lastAffirmedOn: null, affirmationCount: 0 });
    })
    .load(commitmentId);
}

export const commitmentWrites = new EntityWrites<Commitment, CommitmentFields>({
  entity: Commitment,
  unique: [{ columns: ['title'], field: 'title', label: 'title' }],
  read: (v, input) => ({
    title: v.text('title', input.title, { max: 300, required: true }),
    kind: v.value('kind', input.kind),
    description: v.text('description', input.description, { max: 5000, multiline: true }),
    article: v.text('article', input.article, { max: 100 }),
    guarantorCode: v.country('guarantorCode', input.guarantorCode, true),
    beneficiaryCode: v.country('beneficiaryCode', input.beneficiaryCode, true),
    treatyId: v.ref('treatyId', input.treatyId, Treaty),
    territoryId: v.ref('territoryId', input.territoryId, Territory),
  }),
  rules: (commitment, v) => {
    if (commitment.guarantorCode === commitment.beneficiaryCode) v.fail('beneficiaryCode', 'must differ from guarantorCode');
    if (commitment.article != null && commitment.treatyId == null) v.fail('article', 'names an article of a treaty: give treatyId too');
  },
});
