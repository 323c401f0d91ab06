import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

export enum CommitmentKind {
  MUTUAL_DEFENSE = 'MUTUAL_DEFENSE',
  EXTENDED_DETERRENCE = 'EXTENDED_DETERRENCE',
  SECURITY_ASSURANCE = 'SECURITY_ASSURANCE',
  FORCE_POSTURE = 'FORCE_POSTURE',
  COOPERATION = 'COOPERATION',
}
registerEnumType(CommitmentKind, { name: 'CommitmentKind', description: 'What a commitment promises.' });

@ObjectType({
  implements: Node,
  description: 'A promise one country makes to another, e.g. "Article V of the U.S.-Japan security treaty applies to the Senkaku Islands".',
})
@Entity('commitments')
export class Commitment extends NodeEntity {
  @Field({ description: 'Short statement of the commitment.' })
  @Column('text', { unique: true })
  title: string;

  @Field(() => CommitmentKind, { description: 'What it promises.' })
  @Column('text')
  kind: CommitmentKind;

  @Field(() => String, { nullable: true, description: 'Longer description.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Article of the treaty it rests on, e.g. "Article V".' })
  @Column('text', { nullable: true })
  article: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where facts about the commitment (its treaty article, for one) come from when not from a source recorded here, e.g. the public record.',
  })
  @Column('text', { nullable: true })
  notes: string | null;

  @Column('char', { name: 'guarantor_code', length: 2 })
  guarantorCode: string;

  @Column('char', { name: 'beneficiary_code', length: 2 })
  beneficiaryCode: string;

  @Column('int', { name: 'treaty_id', nullable: true })
  treatyId: number | null;

  @Column('int', { name: 'territory_id', nullable: true })
  territoryId: number | null;
}
