import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Commitment } from '../../commitments/commitment.entity';
import { Stance } from '../../commitments/statement-commitment.entity';
import { Connection } from '../../common/connection';
import { Official } from '../../officials/official.entity';
import { PostHolding } from '../../officials/post-holding.entity';
import { Country } from '../../places/country.entity';
import { Source } from '../../sources/source.entity';
import { Statement } from '../../statements/statement.entity';
import { Topic } from '../../topics/topic.entity';

export enum PositionStatus {
  OWN_SIDE = 'OWN_SIDE',
  CONFIRMED = 'CONFIRMED',
  DENIED = 'DENIED',
  CONFIRMED_BY_ECHO = 'CONFIRMED_BY_ECHO',
  CONTESTED = 'CONTESTED',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
}
registerEnumType(PositionStatus, {
  name: 'PositionStatus',
  description:
    "What the party's own side (statements whose side is the party's country, on the same commitment or topic, about the same call) " +
    'says of a position another side attributes to it.',
  valuesConfig: {
    OWN_SIDE: { description: "The attributing statement is itself the party's side's: nothing to confirm." },
    CONFIRMED: {
      description:
        "The party's side says it in its own sources: on a commitment, the same stance direction (affirms/reaffirms, or qualifies/withdraws); " +
        'on a topic, a statement touching the topic.',
    },
    CONFIRMED_BY_ECHO: {
      description:
        "No statement of the party's side says it in so many words, but a source of the party's side records that it echoes the attributing " +
        'statement (it ran "along similar lines": `Source.echoes`). See `echoingSources`.',
    },
    DENIED: {
      description:
        "The party's side takes only the opposite direction on the commitment, e.g. qualifies or withdraws what it is reported to have reaffirmed.",
    },
    CONTESTED: { description: "The party's side has statements both ways (a confirming statement or echo, and a denying statement)." },
    NOT_CONFIRMED: {
      description: "The party's side is silent on the commitment or topic in its own sources about the event, and echoes nothing of it.",
    },
  },
});

export enum PositionSubject {
  COMMITMENT = 'COMMITMENT',
  TOPIC = 'TOPIC',
}
registerEnumType(PositionSubject, {
  name: 'PositionSubject',
  description: 'What a reported position is on.',
  valuesConfig: {
    COMMITMENT: { description: 'A commitment the attributing statement touches, with the stance it attributes.' },
    TOPIC: {
      description:
        'A topic the attributing statement touches: positions outside the commitments (e.g. concern over Russia-North Korea military ' +
        'cooperation, a "global comprehensive strategic alliance", meeting in person). No stance.',
    },
  },
});

@InputType({ description: 'Narrows reported positions. Fields combine with AND; a list means "any of".' })
export class ReportedPositionFilter {
  @Field(() => [String], { nullable: true, description: 'ISO codes of the party\'s country ("positions attributed to Japan").' })
  partyCountries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO codes of the attributing statement\'s side ("by U.S. sources").' })
  reportedByCountries?: string[] | null;

  @Field(() => [PositionStatus], { nullable: true, description: 'Statuses, e.g. [NOT_CONFIRMED].' })
  statuses?: PositionStatus[] | null;

  @Field(() => [PositionSubject], { nullable: true, description: 'Positions on commitments, on topics, or both (the default).' })
  subjects?: PositionSubject[] | null;

  @Field(() => [ID], { nullable: true, description: 'Commitments the position is on (so: commitment positions only).' })
  commitmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Topics the position is on (so: topic positions only).' })
  topicIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Calls the attributing statement is about.' })
  callIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Officials the position is attributed to.' })
  partyIds?: string[] | null;
}

@ArgsType()
export class ReportedPositionArgs {
  @Field(() => ReportedPositionFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: ReportedPositionFilter | null;

  @Field(() => Int, { nullable: true, description: 'Return at most this many positions (default 20, at most the page-size ceiling).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return positions after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Return at most this many positions from the end (or before `before`); not with `first`.',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return positions before this cursor.' })
  before?: string | null;
}

@ObjectType({ description: "A position a statement attributes to a party, judged against what the party's own side says." })
export class ReportedPosition {
  @Field(() => Statement, { description: 'The attributing statement.' })
  statement: Statement;

  @Field(() => Official, { description: 'The party the position is attributed to.' })
  party: Official;

  @Field(() => PostHolding, { nullable: true, description: "The party's post on the statement's date." })
  partyPostHolding: PostHolding | null;

  @Field(() => String, { nullable: true, description: "The party's title on the statement's date." })
  partyTitle: string | null;

  @Field(() => PositionSubject, { description: 'Whether the position is on a commitment or on a topic.' })
  subject: PositionSubject;

  @Field(() => Commitment, { nullable: true, description: 'The commitment the position is on; null for a position on a topic.' })
  commitment: Commitment | null;

  @Field(() => Topic, { nullable: true, description: 'The topic the position is on; null for a position on a commitment.' })
  topic: Topic | null;

  @Field(() => Stance, { nullable: true, description: 'The stance attributed on the commitment; null for a position on a topic.' })
  stance: Stance | null;

  @Field(() => Country, { nullable: true, description: 'The side of the attributing statement.' })
  reportedBy: Country | null;

  @Field(() => Country, { description: "The party's country: the side that can confirm it." })
  partyCountry: Country;

  @Field(() => PositionStatus, {
    description:
      "Confirmed (in so many words or by an echo), denied, contested or not confirmed by the party's side; or the party's own side's statement.",
  })
  status: PositionStatus;

  @Field(() => [Statement], {
    description: "The party's side's statements taking the same direction (on a topic: touching it), earliest first.",
  })
  confirmingStatements: Statement[];

  @Field(() => [Statement], { description: "The party's side's statements taking the opposite direction, earliest first." })
  denyingStatements: Statement[];

  @Field(() => [Source], {
    description: "Sources of the party's side that record echoing the attributing statement (`Source.echoes`), earliest published first.",
  })
  echoingSources: Source[];
}

export const ReportedPositionConnection = Connection(ReportedPosition);

@ObjectType({ description: 'What a source echoes of another ("along similar lines"): the other source and the statements of it echoed.' })
export class SourceEcho {
  @Field(() => Source, { description: 'The source echoed.' })
  source: Source;

  @Field(() => [Statement], { description: 'Its statements echoed, in the order made.' })
  statements: Statement[];
}
