import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

@ObjectType({ implements: Node, description: 'A recurring military exercise, e.g. Resolute Dragon.' })
@Entity('exercises')
export class Exercise extends NodeEntity {
  @Field({ description: 'Name of the exercise.' })
  @Column('text', { unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: 'Where it is held.' })
  @Column('text', { nullable: true })
  area: string | null;

  @Field(() => String, { nullable: true, description: 'What it practises.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Column('int', { name: 'organization_id', nullable: true })
  organizationId: number | null;

  @Column('int', { name: 'source_id', nullable: true })
  sourceId: number | null;
}
