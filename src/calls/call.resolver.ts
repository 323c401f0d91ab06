import { Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { DateScalar } from '../common/scalars';
import { dateIn, zonedInstant } from '../common/time-zones';
import { Official } from '../officials/official.entity';
import { holdingOn } from '../officials/official.service';
import { PostHolding } from '../officials/post-holding.entity';
import { Country } from '../places/country.entity';
import { countryOf } from '../places/places.resolver';
import { Source } from '../sources/source.entity';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.resolver';
import { listStatementsOf } from '../statements/statement.service';
import { CallParticipant } from './call-participant.entity';
import { Call } from './call.entity';
import { CallListArgs } from './call.inputs';
import { listCalls } from './call.service';

export const CallConnection = Connection(Call);

@ObjectType({ description: 'The date a call fell on for one side, in that side\'s time zone.' })
export class CallLocalDate {
  @Field(() => Country, { description: 'The side.' })
  country: Country;

  @Field({ description: 'IANA time zone of that side (its capital).' })
  timeZone: string;

  @Field(() => DateScalar, { description: 'Earliest local date the call can have fallen on.' })
  earliestDate: string;

  @Field(() => DateScalar, { description: 'Latest local date; equals `earliestDate` when the local date is certain.' })
  latestDate: string;
}

/** The instants the call can have started between: exact, a reported window, or its whole day. */
function startBounds(call: Call): [number, number] {
  if (call.startedAt) return [call.startedAt.getTime(), call.startedAt.getTime()];
  const dayStart = zonedInstant(call.date, '00:00', call.timeZone);
  const dayEnd = zonedInstant(call.date, '23:59', call.timeZone);
  return [call.earliestStart?.getTime() ?? dayStart, call.latestStart?.getTime() ?? dayEnd];
}

@Resolver(() => Call)
export class CallResolver {
  @Query(() => CallConnection, { description: 'Calls and meetings, filtered and ordered (earliest first by default).' })
  calls(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: CallListArgs) {
    return listCalls(ctx, page, filter, orderBy);
  }

  @FieldResolver(() => [CallParticipant], { description: 'Who took part.' })
  participants(@Root() call: Call, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy<CallParticipant, number>(CallParticipant, 'callId', 'e.id', { entity: Official, property: 'officialId' }).load(call.rowId);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements made in or about the call, earliest first.' })
  statements(@Root() call: Call, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatementsOf(ctx, 'call', call.rowId, page, filter, orderBy);
  }

  @FieldResolver(() => [Source], { description: 'Documents about the call: readouts, releases and what quotes them.' })
  sources(@Root() call: Call, @Ctx() ctx: Context) {
    return ctx.loaders.through<Source, number>(
      'Call.sources',
      Source,
      `SELECT DISTINCT key, target_id, published_on FROM (
         SELECT call_id AS key, id AS target_id, published_on FROM sources WHERE call_id = ANY($1)
         UNION SELECT st.call_id, so.id, so.published_on FROM statements st JOIN sources so ON so.id = st.source_id WHERE st.call_id = ANY($1)
         UNION SELECT st.call_id, so.id, so.published_on FROM statements st JOIN statement_reports r ON r.statement_id = st.id
           JOIN sources so ON so.id = r.source_id WHERE st.call_id = ANY($1)
       ) s ORDER BY key, published_on, target_id`,
    ).load(call.rowId);
  }

  @FieldResolver(() => [CallLocalDate], {
    description: 'The local date on each participant\'s side: a call on the afternoon of 31 January in Tokyo fell on 30 or 31 January in Washington.',
  })
  async localDates(@Root() call: Call, @Ctx() ctx: Context): Promise<CallLocalDate[]> {
    const participants = await ctx.loaders.manyBy<CallParticipant, number>(CallParticipant, 'callId').load(call.rowId);
    const officials = await ctx.loaders.byKey<Official, number>(Official).loadMany(participants.map((p) => p.officialId));
    const codes = [...new Set(officials.flatMap((o) => (o && !(o instanceof Error) ? [o.countryCode] : [])))];
    const [from, to] = startBounds(call);
    const countries = await Promise.all(codes.map((code) => countryOf(ctx, code)));
    return countries.flatMap((country) =>
      country ? [{ country, timeZone: country.timeZone, earliestDate: dateIn(from, country.timeZone), latestDate: dateIn(to, country.timeZone) }] : [],
    );
  }
}

@Resolver(() => CallParticipant)
export class CallParticipantResolver {
  @FieldResolver(() => Official, { description: 'The official.' })
  official(@Root() participant: CallParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.byKey<Official, number>(Official).load(participant.officialId);
  }

  @FieldResolver(() => Call, { description: 'The call.' })
  call(@Root() participant: CallParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.byKey<Call, number>(Call).load(participant.callId);
  }

  @FieldResolver(() => PostHolding, { nullable: true, description: 'The post the official held on the call\'s date.' })
  async postHolding(@Root() participant: CallParticipant, @Ctx() ctx: Context) {
    const call = await ctx.loaders.byKey<Call, number>(Call).load(participant.callId);
    return call ? holdingOn(ctx, participant.officialId, call.date) : null;
  }
}
