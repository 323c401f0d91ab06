import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { Node, NodeEntity } from '../common/node';

export enum StatementKind {
  DIRECT_QUOTE = 'DIRECT_QUOTE',
  PARAPHRASE = 'PARAPHRASE',
}
registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'Whether the text is quoted verbatim or paraphrased by the source.',
  valuesConfig: {
    DIRECT_QUOTE: { description: 'The source quotes these words verbatim.' },
    PARAPHRASE: { description: 'The source reports the substance in its own words.' },
  },
});

@ObjectType({ implements: Node, description: 'Something a side said, as recorded by the source that originates it.' })
@Entity('statements')
export class Statement extends NodeEntity {
  @Field({ description: 'The words, verbatim for a direct quote, as reported for a paraphrase.' })
  @Column('text')
  text: string;

  @Field(() => StatementKind, { description: 'Direct quote or paraphrase.' })
  @Column('text')
  kind: StatementKind;

  @Field(() => DateScalar, { description: "Date the statement was made, in the speaker's time zone." })
  @Column('date')
  date: string;

  @Column('int', { name: 'source_id' })
  sourceId: number;

  @Column('int', { name: 'call_id', nullable: true })
  callId: number | null;

  @Column('int', { name: 'attributed_organization_id', nullable: true })
  attributedOrganizationId: number | null;
}
