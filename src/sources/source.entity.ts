import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { Node, NodeEntity } from '../common/node';

export enum SourceKind {
  READOUT = 'READOUT',
  PRESS_RELEASE = 'PRESS_RELEASE',
  PRESS_CONFERENCE = 'PRESS_CONFERENCE',
  JOINT_STATEMENT = 'JOINT_STATEMENT',
  NEWS_ARTICLE = 'NEWS_ARTICLE',
  TRANSCRIPT = 'TRANSCRIPT',
}
registerEnumType(SourceKind, { name: 'SourceKind', description: 'What kind of document a source is.' });

@ObjectType({
  implements: Node,
  description: 'A document statements come from or are reported in: a readout, release, press conference, news article…',
})
@Entity('sources')
export class Source extends NodeEntity {
  @Field(() => SourceKind, { description: 'What kind of document it is.' })
  @Column('text')
  kind: SourceKind;

  @Field({ description: 'Title, or a description of the document where it has none.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Where the document can be read; null when not known (never invented).' })
  @Column('text', { nullable: true })
  url: string | null;

  @Field(() => DateScalar, { description: "Date of publication, in the publisher's time zone." })
  @Column('date', { name: 'published_on' })
  publishedOn: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exact time of publication, when known.' })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Field({ description: 'Language of the text as recorded here (BCP 47, e.g. "en", "ja", "ko").' })
  @Column('text', { default: 'en' })
  language: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the copy recorded here was retrieved.' })
  @Column('timestamptz', { name: 'retrieved_at', nullable: true })
  retrievedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the retrieved copy, to detect later edits.' })
  @Column('text', { name: 'content_hash', nullable: true })
  contentHash: string | null;

  @Field(() => String, { nullable: true, description: 'Notes on provenance, e.g. how the copy was obtained or corrected.' })
  @Column('text', { nullable: true })
  notes: string | null;

  @Column('int', { name: 'publisher_id', nullable: true })
  publisherId: number | null;

  @Column('int', { name: 'call_id', nullable: true })
  callId: number | null;
}
