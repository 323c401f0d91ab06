import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Call } from '../../calls/call.entity';
import { Commitment } from '../../commitments/commitment.entity';
import { Stance } from '../../commitments/statement-commitment.entity';
import { DateScalar } from '../../common/scalars';
import { Country } from '../../places/country.entity';
import { Source } from '../../sources/source.entity';
import { Statement } from '../../statements/statement.entity';
import { Topic } from '../../topics/topic.entity';

@ObjectType({ description: 'A source in a comparison, with how long after the event it was published.' })
export class ComparedSource {
  @Field(() => Source, { description: 'The document.' })
  source: Source;

  @Field(() => DateScalar, { description: "Date of publication, in the publisher's time zone." })
  publishedOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Whole minutes from the start of the call to publication; null unless both instants are recorded.',
  })
  minutesAfterCallStart: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Days from the call's date on the publisher's side (its start, or the start of its window, in the publisher's country's time zone) to publication; 0 for the same day; null when the sources are about no one call.",
  })
  daysAfterCall: number | null;
}

@ObjectType({ description: "One side's account of an event: the sources of one country and what its statements touch." })
export class SideAccount {
  @Field(() => Country, {
    description: "The side: the country of the sources' publisher (else of the attributed organization, else of the first speaker).",
  })
  country: Country;

  @Field(() => [ComparedSource], { description: "The side's sources, earliest published first." })
  sources: ComparedSource[];

  @Field(() => Int, { description: "Number of the side's statements about the event." })
  statementCount: number;

  @Field(() => [Commitment], { description: "Commitments the side's statements touch, by title." })
  commitments: Commitment[];

  @Field(() => [Topic], { description: "Topics the side's statements touch, by name." })
  topics: Topic[];
}

@ObjectType({ description: 'What one side said on a commitment in an event: its stances and its exact words.' })
export class SideWording {
  @Field(() => Country, { description: 'The side.' })
  country: Country;

  @Field(() => [Stance], { description: "The stances the side's statements take on the commitment, each once." })
  stances: Stance[];

  @Field(() => [String], { description: "The side's exact wordings (the statements' texts), in the order made." })
  wordings: string[];

  @Field(() => [Statement], { description: "The side's statements on the commitment, in the order made." })
  statements: Statement[];
}

export enum CommitmentAgreement {
  ALL_AFFIRM = 'ALL_AFFIRM',
  SOME_QUALIFY = 'SOME_QUALIFY',
  SOME_WITHDRAW = 'SOME_WITHDRAW',
  NONE_AFFIRM = 'NONE_AFFIRM',
  ONE_SIDE_ONLY = 'ONE_SIDE_ONLY',
}
registerEnumType(CommitmentAgreement, {
  name: 'CommitmentAgreement',
  description:
    "Whether the sides of a comparison agree on a commitment. Each mentioning side's stance is summed up as its strongest departure: " +
    'WITHDRAWS if any of its statements withdraws the commitment, else QUALIFIES if any qualifies it, else AFFIRMS (affirms or reaffirms).',
  valuesConfig: {
    ALL_AFFIRM: { description: 'Two or more sides mention it and every one of them affirms or reaffirms it.' },
    SOME_QUALIFY: {
      description: 'Two or more sides mention it; at least one affirms it and at least one qualifies it; none withdraws it.',
    },
    SOME_WITHDRAW: { description: 'Two or more sides mention it; at least one affirms it and at least one withdraws (or denies) it.' },
    NONE_AFFIRM: { description: 'Two or more sides mention it and none affirms it: each qualifies or withdraws it.' },
    ONE_SIDE_ONLY: { description: 'Only one side mentions it (see `missingFrom` for the others).' },
  },
});

@ObjectType({
  description:
    "A commitment in a comparison: which sides mention it, whether they agree on it, and each side's stances and wording side by side.",
})
export class CommitmentComparison {
  @Field(() => Commitment, { description: 'The commitment.' })
  commitment: Commitment;

  @Field({
    description:
      'True when statements of more than one side touch the commitment, whatever their stances; false when one side only does. ' +
      'Overlap, not agreement: a commitment one side reaffirms and the other qualifies is shared. See `agreement`.',
  })
  shared: boolean;

  @Field(() => CommitmentAgreement, {
    description: 'Whether the mentioning sides agree on it: all affirm, some qualify, some withdraw, none affirms, or one side only.',
  })
  agreement: CommitmentAgreement;

  @Field(() => [Country], { description: 'The sides that mention it.' })
  countries: Country[];

  @Field(() => [Country], { description: 'The sides of the comparison that do not mention it.' })
  missingFrom: Country[];

  @Field(() => [SideWording], { description: "Each mentioning side's stances and wording, side by side." })
  sides: SideWording[];
}

@ObjectType({ description: 'A topic in a comparison and the sides that touch it.' })
export class TopicComparison {
  @Field(() => Topic, { description: 'The topic.' })
  topic: Topic;

  @Field({ description: 'True when more than one side touches it.' })
  shared: boolean;

  @Field(() => [Country], { description: 'The sides that touch it.' })
  countries: Country[];
}

@ObjectType({
  description:
    "The sides' accounts of one event compared: each side (a country) with its sources and how long after the call each came out, " +
    "the commitments and topics each side's statements touch, which are shared and which appear on one side only, and the wordings side by side.",
})
export class ReadoutComparison {
  @Field(() => Call, {
    nullable: true,
    description: 'The call compared; null for sources about no call (sources about different calls are refused, not mixed).',
  })
  call: Call | null;

  @Field(() => [SideAccount], { description: "Each side's account, by country code." })
  sides: SideAccount[];

  @Field(() => [CommitmentComparison], {
    description: 'Every commitment any side touches: shared ones first, then by title. Each has its `agreement`.',
  })
  commitments: CommitmentComparison[];

  @Field(() => [TopicComparison], { description: 'Every topic any side touches: shared ones first, then by name.' })
  topics: TopicComparison[];

  @Field({
    description: 'True when the event has more statements than a comparison reads (2000); the comparison then covers the earliest.',
  })
  truncated: boolean;
}
