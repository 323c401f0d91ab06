import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

export enum Stance {
  AFFIRMS = 'AFFIRMS',
  REAFFIRMS = 'REAFFIRMS',
  QUALIFIES = 'QUALIFIES',
  WITHDRAWS = 'WITHDRAWS',
}
registerEnumType(Stance, { name: 'Stance', description: 'What a statement does to a commitment.' });

@ObjectType({ implements: Node, description: "A statement's stance on a commitment." })
@Entity('statement_commitments')
export class StatementCommitment extends NodeEntity {
  @Column('int', { name: 'statement_id' })
  statementId: number;

  @Column('int', { name: 'commitment_id' })
  commitmentId: number;

  @Field(() => Stance, { description: 'Affirms, reaffirms, qualifies or withdraws the commitment.' })
  @Column('text')
  stance: Stance;
}
