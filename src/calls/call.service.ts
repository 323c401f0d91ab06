import type { SelectQueryBuilder } from 'typeorm';
import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { checkDateRange, Conditions, countryCodes, list, rowIds } from '../common/filters';
import { byColumn, listConnection } from '../common/list';
import { Call } from './call.entity';
import { CallOrder, type CallFilter } from './call.inputs';

const orderings = {
  [CallOrder.DATE_ASC]: byColumn<Call>('date-ASC', 'e.date', 'ASC', (c) => c.date),
  [CallOrder.DATE_DESC]: byColumn<Call>('date-DESC', 'e.date', 'DESC', (c) => c.date),
};

function callConditions(filter: CallFilter | null | undefined): Conditions {
  const c = new Conditions();
  if (!filter) return c;
  c.when(rowIds(filter.participantIds, 'Official', ['filter', 'participantIds']),
    'EXISTS (SELECT 1 FROM call_participants cp WHERE cp.call_id = e.id AND cp.official_id = ANY(:?))');
  const countries = countryCodes(filter.betweenCountries, ['filter', 'betweenCountries']);
  if (countries?.length) {
    c.add(
      `(SELECT count(DISTINCT o.country_code) FROM call_participants cp JOIN officials o ON o.id = cp.official_id
         WHERE cp.call_id = e.id AND o.country_code = ANY(:?)) = :?`,
      countries, new Set(countries).size,
    );
  }
  c.when(list(filter.kinds, ['filter', 'kinds']), 'e.kind = ANY(:?)');
  checkDateRange(filter.dateFrom, filter.dateTo, ['filter', 'dateFrom']);
  c.when(filter.dateFrom, 'e.date >= :?');
  c.when(filter.dateTo, 'e.date <= :?');
  return c;
}

export function listCalls(
  ctx: Context,
  page: ConnectionArgs,
  filter?: CallFilter | null,
  order: CallOrder = CallOrder.DATE_ASC,
  scope?: (qb: SelectQueryBuilder<Call>) => void,
) {
  const conditions = callConditions(filter);
  return listConnection(ctx, Call, page, orderings[order], (qb) => {
    scope?.(qb);
    conditions.applyTo(qb);
  });
}
