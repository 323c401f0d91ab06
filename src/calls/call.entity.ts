import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { Node, NodeEntity } from '../common/node';

export enum CallKind {
  PHONE_CALL = 'PHONE_CALL',
  VIDEO_CALL = 'VIDEO_CALL',
  MEETING = 'MEETING',
}
registerEnumType(CallKind, { name: 'CallKind', description: 'How the officials engaged.' });

@ObjectType({
  implements: Node,
  description:
    "An engagement between officials: a phone or video call or a meeting. It keeps the time zone its date is given in, so each side's local date can be shown.",
})
@Entity('calls')
export class Call extends NodeEntity {
  @Field({ description: 'Short descriptive title, e.g. "Hegseth–Nakatani introductory telephone call".' })
  @Column('text')
  title: string;

  @Field(() => CallKind, { description: 'Phone call, video call or meeting.' })
  @Column('text')
  kind: CallKind;

  @Field(() => DateScalar, { description: 'Date of the call in `timeZone`.' })
  @Column('date')
  date: string;

  @Field({ description: 'IANA time zone `date` is given in, e.g. "Asia/Tokyo".' })
  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Exact start, when known.' })
  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Earliest possible start when only part of the day is known (e.g. "in the afternoon").',
  })
  @Column('timestamptz', { name: 'earliest_start', nullable: true })
  earliestStart: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Latest possible start when only part of the day is known.' })
  @Column('timestamptz', { name: 'latest_start', nullable: true })
  latestStart: Date | null;

  @Field(() => Int, { nullable: true, description: 'Length in minutes, when reported.' })
  @Column('int', { name: 'duration_minutes', nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true, description: 'What the call was about, in a sentence or two.' })
  @Column('text', { nullable: true })
  summary: string | null;
}
