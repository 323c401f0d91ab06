import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import { Stance } from '../commitments/statement-commitment.entity';
import { Connection } from '../common/connection';
import { DateScalar } from '../common/scalars';
import { Official } from '../officials/official.entity';
import { PostHolding } from '../officials/post-holding.entity';
import { Country } from '../places/country.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { Topic } from '../topics/topic.entity';
import { DEFAULT_SIMILARITY } from './wording';

// ---------------------------------------------------------------------------------------------
// Readout comparison

@ObjectType({ description: 'A source in a comparison, with how long after the event it was published.' })
export class ComparedSource {
  @Field(() => Source, { description: 'The document.' })
  source: Source;

  @Field(() => DateScalar, { description: "Date of publication, in the publisher's time zone." })
  publishedOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Whole minutes from the start of the call to publication; null unless both instants are recorded.',
  })
  minutesAfterCallStart: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Days from the call's date on the publisher's side (its start, or the start of its window, in the publisher's country's time zone) to publication; 0 for the same day; null when the sources are about no one call.",
  })
  daysAfterCall: number | null;
}

@ObjectType({ description: "One side's account of an event: the sources of one country and what its statements touch." })
export class SideAccount {
  @Field(() => Country, {
    description: "The side: the country of the sources' publisher (else of the attributed organization, else of the first speaker).",
  })
  country: Country;

  @Field(() => [ComparedSource], { description: "The side's sources, earliest published first." })
  sources: ComparedSource[];

  @Field(() => Int, { description: "Number of the side's statements about the event." })
  statementCount: number;

  @Field(() => [Commitment], { description: "Commitments the side's statements touch, by title." })
  commitments: Commitment[];

  @Field(() => [Topic], { description: "Topics the side's statements touch, by name." })
  topics: Topic[];
}

@ObjectType({ description: 'What one side said on a commitment in an event: its stances and its exact words.' })
export class SideWording {
  @Field(() => Country, { description: 'The side.' })
  country: Country;

  @Field(() => [Stance], { description: "The stances the side's statements take on the commitment, each once." })
  stances: Stance[];

  @Field(() => [String], { description: "The side's exact wordings (the statements' texts), in the order made." })
  wordings: string[];

  @Field(() => [Statement], { description: "The side's statements on the commitment, in the order made." })
  statements: Statement[];
}

@ObjectType({ description: "A commitment in a comparison: which sides mention it, and each side's wording side by side." })
export class CommitmentComparison {
  @Field(() => Commitment, { description: 'The commitment.' })
  commitment: Commitment;

  @Field({ description: 'True when more than one side mentions it; false when it appears on one side only.' })
  shared: boolean;

  @Field(() => [Country], { description: 'The sides that mention it.' })
  countries: Country[];

  @Field(() => [Country], { description: 'The sides of the comparison that do not mention it.' })
  missingFrom: Country[];

  @Field(() => [SideWording], { description: "Each mentioning side's stances and wording, side by side." })
  sides: SideWording[];
}

@ObjectType({ description: 'A topic in a comparison and the sides that touch it.' })
export class TopicComparison {
  @Field(() => Topic, { description: 'The topic.' })
  topic: Topic;

  @Field({ description: 'True when more than one side touches it.' })
  shared: boolean;

  @Field(() => [Country], { description: 'The sides that touch it.' })
  countries: Country[];
}

@ObjectType({
  description:
    "The sides' accounts of one event compared: each side (a country) with its sources and how long after the call each came out, " +
    "the commitments and topics each side's statements touch, which are shared and which appear on one side only, and the wordings side by side.",
})
export class ReadoutComparison {
  @Field(() => Call, { nullable: true, description: 'The call compared; null for sources about no one call.' })
  call: Call | null;

  @Field(() => [SideAccount], { description: "Each side's account, by country code." })
  sides: SideAccount[];

  @Field(() => [CommitmentComparison], { description: 'Every commitment any side touches: shared ones first, then by title.' })
  commitments: CommitmentComparison[];

  @Field(() => [TopicComparison], { description: 'Every topic any side touches: shared ones first, then by name.' })
  topics: TopicComparison[];

  @Field({
    description: 'True when the event has more statements than a comparison reads (2000); the comparison then covers the earliest.',
  })
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Reported versus confirmed

export enum PositionStatus {
  OWN_SIDE = 'OWN_SIDE',
  CONFIRMED = 'CONFIRMED',
  DENIED = 'DENIED',
  CONTESTED = 'CONTESTED',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
}
registerEnumType(PositionStatus, {
  name: 'PositionStatus',
  description:
    "What the party's own side (statements whose side is the party's country, on the same commitment, about the same call) says of a position another side attributes to it.",
  valuesConfig: {
    OWN_SIDE: { description: "The attributing statement is itself the party's side's: nothing to confirm." },
    CONFIRMED: {
      description: "The party's side takes the same stance direction (affirms/reaffirms, or qualifies/withdraws) in its own sources.",
    },
    DENIED: {
      description:
        "The party's side takes only the opposite direction, e.g. qualifies or withdraws what it is reported to have reaffirmed.",
    },
    CONTESTED: { description: "The party's side has statements both ways." },
    NOT_CONFIRMED: { description: "The party's side is silent on the commitment in its own sources about the event." },
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

  @Field(() => [ID], { nullable: true, description: 'Commitments the position is on.' })
  commitmentIds?: string[] | null;

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

  @Field(() => Commitment, { description: 'The commitment the position is on.' })
  commitment: Commitment;

  @Field(() => Stance, { description: 'The stance attributed.' })
  stance: Stance;

  @Field(() => Country, { nullable: true, description: 'The side of the attributing statement.' })
  reportedBy: Country | null;

  @Field(() => Country, { description: "The party's country: the side that can confirm it." })
  partyCountry: Country;

  @Field(() => PositionStatus, {
    description: "Confirmed, denied, contested or not confirmed by the party's side; or the party's own side's statement.",
  })
  status: PositionStatus;

  @Field(() => [Statement], { description: "The party's side's statements taking the same direction, earliest first." })
  confirmingStatements: Statement[];

  @Field(() => [Statement], { description: "The party's side's statements taking the opposite direction, earliest first." })
  denyingStatements: Statement[];
}

export const ReportedPositionConnection = Connection(ReportedPosition);

// ---------------------------------------------------------------------------------------------
// Commitment over time

@ObjectType({ description: "A statement on a commitment, in the commitment's timeline." })
export class CommitmentAffirmation {
  @Field(() => DateScalar, { description: 'Date of the statement.' })
  date: string;

  @Field(() => Stance, { description: 'Its stance on the commitment.' })
  stance: Stance;

  @Field({ description: "The exact wording: the statement's text." })
  wording: string;

  @Field(() => Country, { nullable: true, description: 'The side whose account it is.' })
  side: Country | null;

  @Field(() => String, { nullable: true, description: "Who authored the words: the attributed organization, else the speakers' names." })
  author: string | null;

  @Field(() => Statement, { description: 'The statement: its source, speakers, parties and their titles that day.' })
  statement: Statement;
}

@InputType({ description: "Narrows a commitment's timeline. Fields combine with AND." })
export class AffirmationFilter {
  @Field(() => [String], { nullable: true, description: "ISO codes of the statement's side." })
  countries?: string[] | null;

  @Field(() => [Stance], { nullable: true, description: 'Stances.' })
  stances?: Stance[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Made on or after this date.' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Made on or before this date.' })
  dateTo?: string | null;
}

@ArgsType()
export class AffirmationArgs {
  @Field(() => AffirmationFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: AffirmationFilter | null;

  @Field(() => Int, { nullable: true, description: 'Return at most this many (default 20, at most the page-size ceiling).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return entries after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Return at most this many entries from the end (or before `before`); not with `first`.',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return entries before this cursor.' })
  before?: string | null;
}

export const CommitmentAffirmationConnection = Connection(CommitmentAffirmation);

@ObjectType({
  description:
    'One phrasing of a commitment: identical and near-identical wordings grouped. Near-identical: the sets of normalised words ' +
    '(lower-cased, accents and punctuation dropped) overlap by at least the similarity asked for (shared words / all words).',
})
export class CommitmentPhrasing {
  @Field({ description: 'The wording as first used.' })
  wording: string;

  @Field(() => [String], { description: 'Every distinct wording grouped in this phrasing, in order of first use.' })
  variants: string[];

  @Field(() => Int, { description: 'Number of statements using it.' })
  usageCount: number;

  @Field(() => DateScalar, { description: 'Date it first appeared.' })
  firstUsedOn: string;

  @Field(() => DateScalar, { description: 'Date it last appeared.' })
  lastUsedOn: string;

  @Field(() => Statement, { description: 'The statement that first used it.' })
  firstStatement: Statement;

  @Field(() => Statement, { description: 'The statement that last used it.' })
  lastStatement: Statement;

  @Field(() => [String], { description: 'Who used it: authors (organizations or speakers), each once, in order of first use.' })
  usedBy: string[];

  @Field(() => [Country], { description: 'The sides that used it, in order of first use.' })
  countries: Country[];

  @Field(() => [Stance], { description: 'The stances it was used with, each once.' })
  stances: Stance[];
}

@ArgsType()
export class WordingHistoryArgs {
  @Field(() => Float, {
    defaultValue: DEFAULT_SIMILARITY,
    description: 'Word-set similarity (0.5 to 1) from which two wordings are the same phrasing; 1 groups identical word sets only.',
  })
  similarity: number;

  @Field(() => Int, { defaultValue: 20, description: 'Return at most this many phrasings (1 to 100), oldest first.' })
  first: number;
}

// ---------------------------------------------------------------------------------------------
// Omissions

@ObjectType({
  description:
    "A call in which one side's sources did not mention a commitment between the two countries that the side usually affirms: it affirmed or " +
    'reaffirmed it in each of the `window` latest earlier calls of the same kind between the two countries in which it made statements.',
})
export class CommitmentOmission {
  @Field(() => Call, { description: 'The call whose statements of this side leave the commitment out.' })
  call: Call;

  @Field(() => DateScalar, { description: "The call's date (in its time zone)." })
  date: string;

  @Field(() => Country, { description: 'The side that left it out.' })
  side: Country;

  @Field(() => Commitment, { description: 'The commitment left out.' })
  commitment: Commitment;

  @Field(() => [Source], { description: "The side's sources about the call that do not mention it." })
  sources: Source[];

  @Field(() => [Call], { description: 'The earlier calls in which the side affirmed it, latest first.' })
  priorCalls: Call[];

  @Field({ description: 'True while no later call of this side affirms the commitment again.' })
  open: boolean;
}

@ArgsType()
export class OmissionArgs {
  @Field(() => [String], { description: 'The two countries (ISO codes), e.g. ["US", "JP"].' })
  countries: string[];

  @Field(() => ID, { nullable: true, description: 'Only this commitment; all commitments between the two when omitted.' })
  commitmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only omissions by this side (one of the two ISO codes).' })
  side?: string | null;

  @Field(() => Int, {
    defaultValue: 2,
    description: 'How many earlier calls (1 to 20) the side must have affirmed the commitment in, each of them, for it to be usual.',
  })
  window: number;

  @Field({ defaultValue: false, description: 'Only omissions that are still open (no later affirmation by that side).' })
  openOnly: boolean;

  @Field(() => Int, { defaultValue: 50, description: 'Return at most this many (1 to 100), earliest call first.' })
  first: number;
}

@ObjectType({ description: "A commitment omission, delivered when a side's statement set for a call completes without it." })
export class CommitmentOmittedEvent {
  @Field(() => CommitmentOmission, { description: 'The omission.' })
  omission: CommitmentOmission;
}

// ---------------------------------------------------------------------------------------------
// Country pair

@ObjectType({ description: 'A commitment between the two countries with its latest statement.' })
export class PairCommitment {
  @Field(() => Commitment, { description: 'The commitment (either direction).' })
  commitment: Commitment;

  @Field(() => Int, { description: 'Number of statements affirming or reaffirming it.' })
  affirmationCount: number;

  @Field(() => CommitmentAffirmation, { nullable: true, description: 'The latest statement affirming or reaffirming it; null if none.' })
  latestAffirmation: CommitmentAffirmation | null;
}

@ObjectType({ description: "Everything between two countries: calls, each side's statements, commitments both ways, open omissions." })
export class CountryPair {
  /** The two codes, in the order asked; the fields are resolved by CountryPairResolver. */
  codes: [string, string];
}
