import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { Node, NodeEntity } from '../common/node';

@ObjectType({
  implements: Node,
  description: 'A treaty that commitments rest on, e.g. the U.S.-Japan Treaty of Mutual Cooperation and Security.',
})
@Entity('treaties')
export class Treaty extends NodeEntity {
  @Field({ description: 'Full official name.' })
  @Column('text', { unique: true })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name in common use.' })
  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of signature.' })
  @Column('date', { name: 'signed_on', nullable: true })
  signedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it entered into force.' })
  @Column('date', { name: 'in_force_on', nullable: true })
  inForceOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where facts about the treaty come from when not from a source recorded here, e.g. the public record.',
  })
  @Column('text', { nullable: true })
  notes: string | null;
}
