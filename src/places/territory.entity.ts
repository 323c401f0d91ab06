import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

@ObjectType({
  implements: Node,
  description: 'A territory whose administration or sovereignty matters to a commitment, e.g. the Senkaku Islands.',
})
@Entity('territories')
export class Territory extends NodeEntity {
  @Field({ description: 'English name.' })
  @Column('text', { unique: true })
  name: string;

  @Field(() => [String], { description: "Other names, e.g. in the claimants' languages (Diaoyu Islands, 尖閣諸島)." })
  @Column('text', { array: true, default: () => "'{}'" })
  aliases: string[];

  @Field(() => String, { nullable: true, description: 'Sea or region it lies in.' })
  @Column('text', { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Short description.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Column('char', { name: 'administered_by_code', length: 2, nullable: true })
  administeredByCode: string | null;
}
