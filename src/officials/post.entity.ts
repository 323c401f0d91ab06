import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

@ObjectType({ implements: Node, description: 'A position that exists apart from its holder, e.g. "Minister of National Defense".' })
@Entity('posts')
export class Post extends NodeEntity {
  @Field({ description: 'Title of the post.' })
  @Column('text')
  title: string;

  @Column('int', { name: 'organization_id' })
  organizationId: number;
}
