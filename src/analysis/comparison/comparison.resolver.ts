import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Call } from '../../calls/call.entity';
import type { Context } from '../../context';
import { compareCall, compareSources } from './comparison.service';
import { ReadoutComparison } from './comparison.types';

@Resolver()
export class ComparisonResolver {
  @Query(() => ReadoutComparison, {
    description:
      "Compares the sides' accounts in a set of sources about one event (e.g. two readouts of one call): per side (country) its sources, " +
      'the commitments and topics it touches, shared or one-sided, whether the sides agree on each commitment, and the wordings side by side. ' +
      'At most 50 sources. Sources about different calls are refused with BAD_USER_INPUT naming the calls (`extensions.calls`): ' +
      "compare one call's sources at a time, or each call's `comparison`.",
  })
  readoutComparison(@Ctx() ctx: Context, @Arg('sourceIds', () => [ID], { description: 'The sources to compare.' }) sourceIds: string[]) {
    return compareSources(ctx, sourceIds);
  }
}

@Resolver(() => Call)
export class CallComparisonResolver {
  @FieldResolver(() => ReadoutComparison, { description: "The sides' accounts of this call compared: see ReadoutComparison." })
  comparison(@Root() call: Call, @Ctx() ctx: Context) {
    return compareCall(ctx, call);
  }
}
