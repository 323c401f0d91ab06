import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { reportedPositions } from './positions.service';
import { ReportedPositionArgs, ReportedPositionConnection } from './positions.types';

@Resolver()
export class PositionsResolver {
  @Query(() => ReportedPositionConnection, {
    description:
      "Every position a statement attributes to a party (an official in its `parties`), on each commitment and each topic it touches, with whether the party's " +
      'own side confirms it in its own sources about the same call (in so many words, or by a source that echoes the statement), denies it, or is silent, ' +
      'and the statements and sources that decide it. ' +
      'E.g. filter { partyCountries: ["JP"], reportedByCountries: ["US"], statuses: [NOT_CONFIRMED] }.',
  })
  reportedPositions(@Ctx() ctx: Context, @Args() args: ReportedPositionArgs) {
    return reportedPositions(ctx, args);
  }
}
