import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Call } from '../../calls/call.entity';
import { Commitment } from '../../commitments/commitment.entity';
import { DateScalar } from '../../common/scalars';
import { Country } from '../../places/country.entity';
import { Source } from '../../sources/source.entity';

@ObjectType({
  description:
    "A call in which one side's sources did not mention a commitment between the two countries that the side usually affirms: it affirmed or " +
    'reaffirmed it in each of the `window` latest earlier calls of the same kind between the two countries in which it made statements.',
})
export class CommitmentOmission {
  @Field(() => Call, { description: 'The call whose statements of this side leave the commitment out.' })
  call: Call;

  @Field(() => DateScalar, { description: "The call's date (in its time zone)." })
  date: string;

  @Field(() => Country, { description: 'The side that left it out.' })
  side: Country;

  @Field(() => Commitment, { description: 'The commitment left out.' })
  commitment: Commitment;

  @Field(() => [Source], { description: "The side's sources about the call that do not mention it." })
  sources: Source[];

  @Field(() => [Call], { description: 'The earlier calls in which the side affirmed it, latest first.' })
  priorCalls: Call[];

  @Field({ description: 'True while no later call of this side affirms the commitment again.' })
  open: boolean;
}

@ArgsType()
export class OmissionArgs {
  @Field(() => [String], { description: 'The two countries (ISO codes), e.g. ["US", "JP"].' })
  countries: string[];

  @Field(() => ID, { nullable: true, description: 'Only this commitment; all commitments between the two when omitted.' })
  commitmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only omissions by this side (one of the two ISO codes).' })
  side?: string | null;

  @Field(() => Int, {
    defaultValue: 2,
    description: 'How many earlier calls (1 to 20) the side must have affirmed the commitment in, each of them, for it to be usual.',
  })
  window: number;

  @Field({ defaultValue: false, description: 'Only omissions that are still open (no later affirmation by that side).' })
  openOnly: boolean;

  @Field(() => Int, { defaultValue: 50, description: 'Return at most this many (1 to 100), earliest call first.' })
  first: number;
}

@ObjectType({ description: "A commitment omission, delivered when a side's statement set for a call completes without it." })
export class CommitmentOmittedEvent {
  @Field(() => CommitmentOmission, { description: 'The omission.' })
  omission: CommitmentOmission;
}
