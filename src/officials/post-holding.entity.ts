import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { Node, NodeEntity } from '../common/node';

export enum Capacity {
  SUBSTANTIVE = 'SUBSTANTIVE',
  ACTING = 'ACTING',
  DESIGNATE = 'DESIGNATE',
}
registerEnumType(Capacity, {
  name: 'Capacity',
  description: 'In what capacity an official holds a post.',
  valuesConfig: {
    SUBSTANTIVE: { description: 'Appointed to the post in their own right.' },
    ACTING: { description: 'Performing the duties of the post without being appointed to it.' },
    DESIGNATE: { description: 'Named for the post but not yet in office.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'An official holding a post for a period, in a capacity. Both dates are inclusive: `startDate` is the first day in the post and `endDate` the last ' +
    '(the day before a successor took over), so a holding covers a date D when startDate <= D and (endDate is null or D <= endDate).',
})
@Entity('post_holdings')
export class PostHolding extends NodeEntity {
  @Column('int', { name: 'official_id' })
  officialId: number;

  @Column('int', { name: 'post_id' })
  postId: number;

  @Field(() => Capacity, { description: 'Substantive, acting or designate.' })
  @Column('text')
  capacity: Capacity;

  @Field(() => DateScalar, { description: 'First day in the post.' })
  @Column('date', { name: 'start_date' })
  startDate: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day in the post, inclusive (the day before the successor took over); null while it is held or when the end is not recorded.',
  })
  @Column('date', { name: 'end_date', nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: 'Where the dates come from, when not from a source in this dataset.' })
  @Column('text', { nullable: true })
  note: string | null;
}
