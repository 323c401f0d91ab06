import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Stance } from '../../commitments/statement-commitment.entity';
import { Connection } from '../../common/connection';
import { DateScalar } from '../../common/scalars';
import { Country } from '../../places/country.entity';
import { Statement } from '../../statements/statement.entity';
import { DEFAULT_SIMILARITY } from './wording';

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
