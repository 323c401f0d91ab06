import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

@ObjectType({ implements: Node, description: "A subject statements touch, e.g. deterrence or North Korea's nuclear and missile threats." })
@Entity('topics')
export class Topic extends NodeEntity {
  @Field({ description: 'Stable lowercase key, e.g. "deterrence".' })
  @Column('text', { unique: true })
  slug: string;

  @Field({ description: 'Display name.' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'What the topic covers.' })
  @Column('text', { nullable: true })
  description: string | null;
}
