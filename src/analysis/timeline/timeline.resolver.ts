import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Commitment } from '../../commitments/commitment.entity';
import { DateScalar } from '../../common/scalars';
import type { Context } from '../../context';
import { affirmations, daysSinceLastAffirmed, wordingHistory } from './timeline.service';
import { AffirmationArgs, CommitmentAffirmationConnection, CommitmentPhrasing, WordingHistoryArgs } from './timeline.types';

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
    description:
      'Days from the latest affirming or reaffirming statement made on or before `asOf` to `asOf` (0 when affirmed that day); never negative, ' +
      'whatever was affirmed after `asOf`. Null when nothing affirmed it on or before `asOf` (never affirmed, or only later).',
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
