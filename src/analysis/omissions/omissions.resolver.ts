import { Arg, Args, Ctx, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { subscribeToOmissions, type CommitmentOmittedArgs } from './omission-feed';
import { commitmentOmissions } from './omissions.service';
import { CommitmentOmission, CommitmentOmittedEvent, OmissionArgs } from './omissions.types';

@Resolver()
export class OmissionsResolver {
  @Query(() => [CommitmentOmission], {
    description:
      "Omissions between two countries: the calls in which one side's sources did not mention a commitment between the two that the side " +
      'usually affirms (it affirmed or reaffirmed it in each of the `window` latest earlier calls of the same kind between the two countries ' +
      'in which it made statements). Earliest call first.',
  })
  commitmentOmissions(@Ctx() ctx: Context, @Args() args: OmissionArgs) {
    return commitmentOmissions(ctx, args);
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
