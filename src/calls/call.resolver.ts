import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionNodePlan } from '../read/prefetch';
import type { Context } from '../context';
import { dateIn, zonedInstant } from '../common/time-zones';
import { Official } from '../officials/official.entity';
import { holdingOn } from '../officials/official.service';
import { PostHolding } from '../officials/post-holding.entity';
import { countryOf } from '../places/places.queries';
import { Source } from '../sources/source.entity';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.types';
import { listStatementsOf } from '../statements/statement.service';
import { CallParticipant } from './call-participant.entity';
import { Call } from './call.entity';
import { CallListArgs } from './call.inputs';
import { listCalls } from './call.service';
import { CallConnection, CallLocalDate } from './call.types';
import { callParticipantRelations, callRelations } from '../read/relations';

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
  calls(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: CallListArgs, @Info() info: GraphQLResolveInfo) {
    return listCalls(ctx, page, filter, orderBy, undefined, connectionNodePlan(ctx, info, Call));
  }

  @FieldResolver(() => [CallParticipant], { description: 'Who took part.' })
  participants(@Root() call: Call, @Ctx() ctx: Context) {
    return callRelations.participants.load(ctx, call);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements made in or about the call, earliest first.' })
  statements(@Root() call: Call, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatementsOf(ctx, 'call', call.rowId, page, filter, orderBy);
  }

  @FieldResolver(() => [Source], { description: 'Documents about the call: readouts, releases and what quotes them.' })
  sources(@Root() call: Call, @Ctx() ctx: Context) {
    return callRelations.sources.load(ctx, call);
  }

  @FieldResolver(() => [CallLocalDate], {
    description:
      "The local date on each participant's side: a call on the afternoon of 31 January in Tokyo fell on 30 or 31 January in Washington.",
  })
  async localDates(@Root() call: Call, @Ctx() ctx: Context): Promise<CallLocalDate[]> {
    const participants = await callRelations.participants.load(ctx, call);
    const officials = await Promise.all(participants.map((p) => callParticipantRelations.official.load(ctx, p)));
    const codes = [...new Set(officials.flatMap((o) => (o ? [o.countryCode] : [])))];
    const [from, to] = startBounds(call);
    const countries = await Promise.all(codes.map((code) => countryOf(ctx, code)));
    return countries.flatMap((country) =>
      country
        ? [{ country, timeZone: country.timeZone, earliestDate: dateIn(from, country.timeZone), latestDate: dateIn(to, country.timeZone) }]
        : [],
    );
  }
}

@Resolver(() => CallParticipant)
export class CallParticipantResolver {
  @FieldResolver(() => Official, { description: 'The official.' })
  official(@Root() participant: CallParticipant, @Ctx() ctx: Context) {
    return callParticipantRelations.official.load(ctx, participant);
  }

  @FieldResolver(() => Call, { description: 'The call.' })
  call(@Root() participant: CallParticipant, @Ctx() ctx: Context) {
    return callParticipantRelations.call.load(ctx, participant);
  }

  @FieldResolver(() => PostHolding, { nullable: true, description: "The post the official held on the call's date." })
  async postHolding(@Root() participant: CallParticipant, @Ctx() ctx: Context) {
    const call = await callParticipantRelations.call.load(ctx, participant);
    return call ? holdingOn(ctx, participant.officialId, call.date) : null;
  }
}
