import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Call } from '../calls/call.entity';
import { CallListArgs } from '../calls/call.inputs';
import { CallConnection } from '../calls/call.types';
import { listCalls } from '../calls/call.service';
import { Commitment } from '../commitments/commitment.entity';
import type { Context } from '../context';
import { badInput } from '../common/errors';
import { DateScalar } from '../common/scalars';
import { Country } from '../places/country.entity';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.types';
import { listStatements } from '../statements/statement.service';
import {
  affirmations,
  checkPair,
  commitmentOmissions,
  compareCall,
  compareSources,
  daysSinceLastAffirmed,
  pairCommitments,
  pairSideCondition,
  reportedPositions,
  wordingHistory,
} from './analysis.service';
import {
  AffirmationArgs,
  CommitmentAffirmationConnection,
  CommitmentOmission,
  CommitmentOmittedEvent,
  CommitmentPhrasing,
  CountryPair,
  OmissionArgs,
  PairCommitment,
  ReadoutComparison,
  ReportedPositionArgs,
  ReportedPositionConnection,
  WordingHistoryArgs,
} from './analysis.types';
import { subscribeToOmissions, type CommitmentOmittedArgs } from './omission-feed';

@Resolver()
export class AnalysisResolver {
  @Query(() => ReadoutComparison, {
    description:
      "Compares the sides' accounts in any set of sources about one event (e.g. two readouts of one meeting): per side (country) its sources, " +
      'the commitments and topics it touches, shared or one-sided, and the wordings side by side. At most 50 sources.',
  })
  readoutComparison(@Ctx() ctx: Context, @Arg('sourceIds', () => [ID], { description: 'The sources to compare.' }) sourceIds: string[]) {
    return compareSources(ctx, sourceIds);
  }

  @Query(() => ReportedPositionConnection, {
    description:
      "Every position a statement attributes to a party (an official in its `parties`, on a commitment it touches), with whether the party's own " +
      'side confirms it in its own sources about the same call, denies it, or is silent, and the statements that decide it. ' +
      'E.g. filter { partyCountries: ["JP"], reportedByCountries: ["US"], statuses: [NOT_CONFIRMED] }.',
  })
  reportedPositions(@Ctx() ctx: Context, @Args() args: ReportedPositionArgs) {
    return reportedPositions(ctx, args);
  }

  @Query(() => [CommitmentOmission], {
    description:
      "Omissions between two countries: the calls in which one side's sources did not mention a commitment between the two that the side " +
      'usually affirms (it affirmed or reaffirmed it in each of the `window` latest earlier calls of the same kind between the two countries ' +
      'in which it made statements). Earliest call first.',
  })
  commitmentOmissions(@Ctx() ctx: Context, @Args() args: OmissionArgs) {
    return commitmentOmissions(ctx, args);
  }

  @Query(() => CountryPair, {
    description: "Everything between two countries in one place: calls, each side's statements, commitments both ways, open omissions.",
  })
  countryPair(
    @Arg('countries', () => [String], { description: 'The two countries (ISO codes), e.g. ["US", "KR"].' }) countries: string[],
  ): CountryPair {
    const codes = checkPair(countries, 'countries');
    return { codes };
  }

  @Subscription(() => CommitmentOmittedEvent, {
    description:
      "Omissions as they happen: delivered when a side's new statement set for a call completes without a commitment between the call's " +
      'countries that the side usually affirms. "Usually": the side affirmed or reaffirmed it in each of the `window` latest earlier calls of the ' +
      'same kind between the two countries in which it made statements. "Completes": no further statement about the call has been recorded ' +
      'for `settleSeconds`. Each omission is delivered once per subscription.',
    subscribe: ({ args, context }) => subscribeToOmissions(context as Context, args as CommitmentOmittedArgs),
  })
  commitmentOmitted(
    @Root() omission: CommitmentOmission,
    @Arg('countries', () => [String], { nullable: true, description: 'Only calls between these two countries (ISO codes).' })
    _countries: string[] | null,
    @Arg('commitmentIds', () => [ID], { nullable: true, description: 'Only these commitments.' }) _commitmentIds: string[] | null,
    @Arg('window', () => Int, { defaultValue: 2, description: 'How many earlier calls (1 to 20) define "usually".' }) _window: number,
    @Arg('settleSeconds', () => Int, {
      defaultValue: 10,
      description: 'Seconds (0 to 3600) without a new statement about a call after which its statement set counts as complete.',
    })
    _settleSeconds: number,
  ): CommitmentOmittedEvent {
    return { omission };
  }
}

@Resolver(() => Call)
export class CallComparisonResolver {
  @FieldResolver(() => ReadoutComparison, { description: "The sides' accounts of this call compared: see ReadoutComparison." })
  comparison(@Root() call: Call, @Ctx() ctx: Context) {
    return compareCall(ctx, call);
  }
}

@Resolver(() => Commitment)
export class CommitmentTimelineResolver {
  @FieldResolver(() => CommitmentAffirmationConnection, {
    description:
      'Every statement on the commitment in order (date, then recording), with author, side, stance and exact wording; parties and titles through `statement`.',
  })
  affirmations(@Root() commitment: Commitment, @Ctx() ctx: Context, @Args() args: AffirmationArgs) {
    return affirmations(ctx, commitment, args);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Days from the latest affirming or reaffirming statement to `asOf`; null if never affirmed.',
  })
  daysSinceLastAffirmed(
    @Root() commitment: Commitment,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to count to; today (UTC) when omitted.' }) asOf: string | null,
  ) {
    return daysSinceLastAffirmed(ctx, commitment, asOf);
  }

  @FieldResolver(() => [CommitmentPhrasing], {
    description:
      "The commitment's phrasings over time: identical and near-identical wordings grouped, oldest first, with first and last use and who used them.",
  })
  wordingHistory(@Root() commitment: Commitment, @Ctx() ctx: Context, @Args() args: WordingHistoryArgs) {
    return wordingHistory(ctx, commitment, args);
  }
}

@Resolver(() => CountryPair)
export class CountryPairResolver {
  @FieldResolver(() => [Country], { description: 'The two countries, in the order asked.' })
  countries(@Root() pair: CountryPair, @Ctx() ctx: Context) {
    return Promise.all(pair.codes.map((code) => ctx.loaders.byKey<Country, string>(Country).load(code)));
  }

  @FieldResolver(() => CallConnection, { description: 'Calls in which officials of both countries took part (earliest first by default).' })
  calls(@Root() pair: CountryPair, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: CallListArgs) {
    return listCalls(ctx, page, { ...filter, betweenCountries: pair.codes }, orderBy);
  }

  @FieldResolver(() => StatementConnection, {
    description: "One side's statements about the two countries' calls (earliest first by default).",
  })
  statements(
    @Root() pair: CountryPair,
    @Ctx() ctx: Context,
    @Arg('side', () => String, { description: 'The side: one of the two ISO codes.' }) side: string,
    @Args() { filter, orderBy, ...page }: StatementListArgs,
  ) {
    const code = side.trim().toUpperCase();
    if (!pair.codes.includes(code)) throw badInput('"side" must be one of the two countries', { field: ['side'] });
    return listStatements(ctx, page, filter, orderBy, (qb) =>
      qb.where(pairSideCondition, { side: code, a: pair.codes[0], b: pair.codes[1] }),
    );
  }

  @FieldResolver(() => [PairCommitment], {
    description: 'Commitments between the two countries, both directions, each with its latest affirmation.',
  })
  commitments(@Root() pair: CountryPair, @Ctx() ctx: Context) {
    return pairCommitments(ctx, pair.codes);
  }

  @FieldResolver(() => [CommitmentOmission], {
    description: 'Omissions between the two countries that are still open (no later affirmation by that side).',
  })
  openOmissions(
    @Root() pair: CountryPair,
    @Ctx() ctx: Context,
    @Arg('window', () => Int, { defaultValue: 2, description: 'How many earlier calls (1 to 20) define "usually".' }) window: number,
  ) {
    return commitmentOmissions(ctx, { countries: pair.codes, window, openOnly: true, first: 100 });
  }
}
