import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { FilteredArgs } from '../common/ordering';
import { PayloadOf, UpdateInput } from '../write/mutation-types';
import { DateScalar } from '../common/scalars';
import { Official } from './official.entity';
import { Capacity, PostHolding } from './post-holding.entity';
import { officialOrders } from './official.queries';
import { Post } from './post.entity';

@InputType({
  description:
    'Narrows a list of officials. Fields combine with AND; a list means "any of". `postIds`, `capacities` and `heldOn` apply to one and the same post holding.',
})
export class OfficialFilter {
  @Field(() => [String], { nullable: true, description: 'ISO codes of the countries they serve.' })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Posts they have held.' })
  postIds?: string[] | null;

  @Field(() => [Capacity], { nullable: true, description: 'Capacities they have held a post in, e.g. [ACTING].' })
  capacities?: Capacity[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held the post (or any post) on this date.' })
  heldOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all appear, accent- and case-insensitively, in the name, native-script name, aliases or post titles: "Hegseth", "Secretary Hegseth", "김선호".',
  })
  name?: string | null;
}

export const OfficialOrder = officialOrders.values;
export type OfficialOrder = keyof typeof OfficialOrder;

@ArgsType()
export class OfficialListArgs extends FilteredArgs(OfficialFilter, OfficialOrder, OfficialOrder.NAME_ASC) {}

/** The fields of createOfficial and updateOfficial. */
export class OfficialFields {
  @Field({
    description:
      'Name in English as the person\'s government writes it, e.g. "Kim Seon-ho"; at most 200 characters, unique within the country.',
  })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in the native script, e.g. "김선호"; at most 200 characters.' })
  nativeName?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the country the official serves.' })
  countryCode: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names and spellings the person is reported under, each at most 200 characters.',
  })
  aliases?: string[] | null;
}

/** The fields of createPost and updatePost. */
export class PostFields {
  @Field({ description: 'Title of the post, e.g. "Minister of National Defense"; at most 300 characters, unique within the organization.' })
  title: string;

  @Field(() => ID, { description: 'Id of the organization the post belongs to.' })
  organizationId: string;
}

/** The fields of appointOfficial and updatePostHolding. */
export class PostHoldingFields {
  @Field(() => ID, { description: 'Id of the official who holds the post.' })
  officialId: string;

  @Field(() => ID, { description: 'Id of the post held.' })
  postId: string;

  @Field(() => Capacity, { description: 'Substantive, acting or designate.' })
  capacity: Capacity;

  @Field(() => DateScalar, { description: 'First day in the post; at most a year ahead (a designate may be named early).' })
  startDate: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in the post, not before startDate; null while it is held.' })
  endDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the dates come from, when not from a source in this record; at most 2000 characters.',
  })
  note?: string | null;
}

@InputType({ description: 'The end of a holding that is still open.' })
export class EndPostHoldingInput extends UpdateInput {
  @Field(() => DateScalar, { description: 'Last day in the post, not before its start.' })
  endDate: string;
}

export const OfficialPayload = PayloadOf('official', Official);
export const PostPayload = PayloadOf('post', Post);
export const PostHoldingPayload = PayloadOf('postHolding', PostHolding);
