import { sql } from 'pg-sql2';
import type { PageRowPlan, Where } from '../common/pagination';
import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { EntityWrites } from '../write/entity-writes';
import { checkDateRange, Conditions, countryCodes, list, rowIds } from '../common/filters';
import { listFiltered } from '../common/list';
import { dateIn } from '../common/time-zones';
import { InputCheck } from '../common/validation';
import type { WriteTx } from '../write/write-tx';
import { Official } from '../officials/official.entity';
import { Call } from './call.entity';
import { callOrders } from './call.queries';
import { type CallFields, type CallFilter, CallOrder, type CallParticipantInput, type RecordCallFields } from './call.inputs';

/** The conditions of a call filter on the call row; throws on a bad filter. */
export function callConditions(filter: CallFilter | null | undefined): Conditions {
  const c = new Conditions();
  if (!filter) return c;
  c.when(
    rowIds(filter.participantIds, 'Official', ['filter', 'participantIds']),
    (e, v) => sql`EXISTS (SELECT 1 FROM call_participants cp WHERE cp.call_id = ${e}.id AND cp.official_id = ANY(${v}))`,
  );
  const countries = countryCodes(filter.betweenCountries, ['filter', 'betweenCountries']);
  if (countries?.length) {
    const [codes, size] = [sql.value(countries), sql.value(new Set(countries).size)];
    c.add(
      (e) => sql`(SELECT count(DISTINCT o.country_code) FROM call_participants cp JOIN officials o ON o.id = cp.official_id
         WHERE cp.call_id = ${e}.id AND o.country_code = ANY(${codes})) = ${size}`,
    );
  }
  c.when(list(filter.kinds, ['filter', 'kinds']), (e, v) => sql`${e}.kind = ANY(${v})`);
  checkDateRange(filter.dateFrom, filter.dateTo, ['filter', 'dateFrom']);
  c.when(filter.dateFrom, (e, v) => sql`${e}.date >= ${v}`);
  c.when(filter.dateTo, (e, v) => sql`${e}.date <= ${v}`);
  return c;
}

export function listCalls(
  ctx: Context,
  page: ConnectionArgs,
  filter?: CallFilter | null,
  order: CallOrder = CallOrder.DATE_ASC,
  scope: readonly Where[] = [],
  /** Relations the request selects below the nodes, fetched with them. */
  plan?: PageRowPlan<Call> | null,
) {
  return listFiltered(ctx, Call, page, callOrders.orderings[order], callConditions(filter), scope, plan);
}

const MAX_PARTICIPANTS = 50;

export const callWrites = new EntityWrites<Call, CallFields>({
  entity: Call,
  unique: [{ columns: ['date', 'lower(title)'], field: 'title', label: 'title on this date' }],
  read: (v, input) => ({
    title: v.text('title', input.title, { max: 300, required: true }),
    kind: v.value('kind', input.kind),
    date: v.date('date', input.date, { required: true }),
    timeZone: v.timeZone('timeZone', input.timeZone, true),
    startedAt: v.instant('startedAt', input.startedAt),
    earliestStart: v.instant('earliestStart', input.earliestStart),
    latestStart: v.instant('latestStart', input.latestStart),
    durationMinutes: v.integer('durationMinutes', input.durationMinutes, 1, 1440),
    summary: v.text('summary', input.summary, { max: 2000, multiline: true }),
  }),
  rules: (call, v) => {
    if (call.startedAt && (call.earliestStart || call.latestStart)) {
      v.fail('startedAt', 'is exact: leave earliestStart and latestStart out when it is known');
    }
    v.order('latestStart', 'earliestStart', call.earliestStart, call.latestStart);
    // The call keeps the date of its own time zone; an instant on another day there is a mix-up.
    for (const field of ['startedAt', 'earliestStart', 'latestStart'] as const) {
      const instant = call[field];
      const local = instant && dateIn(instant, call.timeZone);
      if (local && local !== call.date) v.fail(field, `falls on ${local} in ${call.timeZone}, not on the call's date ${call.date}`);
    }
  },
});

function readParticipants(v: InputCheck, participants: CallParticipantInput[]): { officialId: number; isInitiator: boolean }[] {
  if (participants.length < 2) v.fail('participants', 'must name at least two officials');
  if (participants.length > MAX_PARTICIPANTS) v.fail('participants', `takes at most ${MAX_PARTICIPANTS} officials`);
  if (participants.filter((p) => p.isInitiator).length > 1) v.fail('participants', 'may have at most one initiator');
  const seen = new Set<number>();
  return participants.flatMap((p, i) => {
    const officialId = v.ref(['participants', i, 'officialId'], p.officialId, Official, true);
    if (officialId == null) return [];
    if (seen.has(officialId)) v.fail(['participants', i, 'officialId'], 'repeats an earlier participant');
    seen.add(officialId);
    return [{ officialId, isInitiator: p.isInitiator }];
  });
}

/** A call with its participants, in the caller's transaction. */
export async function recordCall(tx: WriteTx, input: RecordCallFields): Promise<Call> {
  const v = new InputCheck();
  const draft = callWrites.read(v, input, true);
  const participants = readParticipants(v, input.participants);
  await v.done(tx.manager);
  const call = await callWrites.insert(tx, draft, ['input'], { participants });
  await tx.link(
    'call_participants',
    ['call_id', 'official_id', 'is_initiator'],
    participants.map((p) => [call.rowId, p.officialId, p.isInitiator]),
  );
  return call;
}
