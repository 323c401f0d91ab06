import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../common/connection';
import { DateScalar } from '../common/scalars';
import { Capacity } from './post-holding.entity';

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

export enum OfficialOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
registerEnumType(OfficialOrder, {
  name: 'OfficialOrder',
  description: 'Orders of an official list; ties are broken by id.',
  valuesConfig: { NAME_ASC: { description: 'By name, A to Z.' }, NAME_DESC: { description: 'By name, Z to A.' } },
});

@ArgsType()
export class OfficialListArgs extends ConnectionArgs {
  @Field(() => OfficialFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: OfficialFilter | null;

  @Field(() => OfficialOrder, { defaultValue: OfficialOrder.NAME_ASC, description: 'Order of the list.' })
  orderBy: OfficialOrder;
}
