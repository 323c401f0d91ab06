import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Stance } from '../commitments/statement-commitment.entity';
import { ConnectionArgs } from '../common/connection';
import { FilteredArgs } from '../common/ordering';
import { MutationInput, MutationPayload, UpdateInput } from '../write/mutation-types';
import { DateScalar } from '../common/scalars';
import { Source, SourceKind } from '../sources/source.entity';
import { NewSourceInput, type SourceFields } from '../sources/source.inputs';
import { Statement, StatementKind } from './statement.entity';
import { searchOrders, statementOrders } from './statement.queries';

/**
 * The filter fields a statement can be matched on as soon as it is recorded, without a query:
 * shared by `statements(filter:)` and `statementAdded(filter:)` so that they mean the same.
 * Decorated only so that type-graphql passes its fields on; no field refers to it, so it is not
 * in the schema.
 */
@InputType({ description: 'The fields of StatementFilter a statement can be matched on as it is recorded.' })
export abstract class StatementMatchFields {
  @Field(() => [String], {
    nullable: true,
    description: "ISO codes: a speaker's country, the publisher's or the attributed organization's.",
  })
  countries?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Officials, any of whom authored the words (speakers; not parties: see partyIds).' })
  speakerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Calls the statement was made in or about.' })
  callIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Commitments the statement touches.' })
  commitmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Topics the statement touches.' })
  topicIds?: string[] | null;
}

@InputType({ description: 'Narrows a list of statements. Fields combine with AND; a list means "any of".' })
export class StatementFilter extends StatementMatchFields {
  @Field(() => [ID], { nullable: true, description: 'Organizations that authored the statement (its attributed organization).' })
  attributedOrganizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Officials, any of whom the text says took a position (its parties).' })
  partyIds?: string[] | null;

  @Field(() => [Stance], { nullable: true, description: 'Stances on a commitment (on one of `commitmentIds` when both are given).' })
  stances?: Stance[] | null;

  @Field(() => [ID], { nullable: true, description: 'Originating sources.' })
  sourceIds?: string[] | null;

  @Field(() => [SourceKind], { nullable: true, description: 'Kinds of the originating source.' })
  sourceKinds?: SourceKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Publishers (organizations) of the originating source.' })
  publisherIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Made on or after this date.' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Made on or before this date.' })
  dateTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only verbatim quotes (true) or only paraphrases (false).' })
  directQuotesOnly?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text match (web-search syntax: words, "exact phrase", or, -exclude) on text, speakers and source.',
  })
  text?: string | null;
}

export const StatementOrder = statementOrders.values;
export type StatementOrder = keyof typeof StatementOrder;

export const SearchOrder = searchOrders.values;
export type SearchOrder = keyof typeof SearchOrder;

@ArgsType()
export class StatementListArgs extends FilteredArgs(StatementFilter, StatementOrder, StatementOrder.DATE_ASC) {}

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, { description: 'What to look for, in web-search syntax: words, "an exact phrase", or, -excluded.' })
  text: string;

  @Field(() => StatementFilter, { nullable: true, description: 'Narrow the hits further.' })
  filter?: StatementFilter | null;

  @Field(() => SearchOrder, { defaultValue: SearchOrder.RELEVANCE, description: 'Order of the hits.' })
  orderBy: SearchOrder;
}

@InputType({ description: 'A commitment a statement touches, and how.' })
export class StatementCommitmentInput {
  @Field(() => ID, { description: 'Id of the commitment.' })
  commitmentId: string;

  @Field(() => Stance, { description: 'Whether the statement affirms, reaffirms, qualifies or withdraws it.' })
  stance: Stance;
}

@InputType({
  description:
    'A statement with everything it comes with: its source (existing or new), speakers, call, commitments, topics and the sources that report it.',
})
export class AddStatementInput extends MutationInput {
  @Field({ description: 'The words, verbatim for a direct quote; at most 10000 characters, unique within the source.' })
  text: string;

  @Field(() => StatementKind, { description: 'Direct quote or paraphrase.' })
  kind: StatementKind;

  @Field(() => DateScalar, {
    description:
      "Date the statement was made, in the speaker's time zone; not after tomorrow, nor more than a day after its source was published.",
  })
  date: string;

  @Field(() => ID, { nullable: true, description: 'Id of the source it originates from; give this or newSource.' })
  sourceId?: string | null;

  @Field(() => NewSourceInput, { nullable: true, description: 'A source to record with it; give this or sourceId.' })
  newSource?: SourceFields | null;

  @Field(() => ID, { nullable: true, description: 'Id of the call it was made in or about.' })
  callId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Ids of the officials who authored the words (spoke them, e.g. a direct quote or a press conference), in order. A statement needs an author: speakers, an attributed organization, or both.',
  })
  speakerIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Id of the organization that authored the words, e.g. the ministry whose readout or release states them in the third person.',
  })
  attributedOrganizationId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Ids of the officials the text says took a position ("Secretary Hegseth reaffirmed …"), in the order it names them, each once; they need not be authors. ' +
      "Must be set whenever the text attributes a stance or view to someone, the speaker's own counterpart included: when a minister speaks of " +
      '"the unwavering commitment of the U.S.", the U.S. official who made it is a party. Leave it empty only when the text attributes no position ' +
      '(the tone of a conversation): a statement without parties yields no reported position.',
  })
  partyIds?: string[] | null;

  @Field(() => [StatementCommitmentInput], { nullable: true, description: 'Commitments it touches, each once, with its stance.' })
  commitments?: StatementCommitmentInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the topics it touches.' })
  topicIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids of other sources that report it, e.g. news articles quoting the release; not its own source.',
  })
  reportedInSourceIds?: string[] | null;
}

@ObjectType({ description: 'What addStatement returns.' })
export class AddStatementPayload extends MutationPayload {
  @Field(() => Statement, { description: 'The statement as recorded.' })
  statement: Statement;

  @Field(() => Source, { description: 'The source it originates from (the new one, when newSource was given).' })
  source: Source;
}

@InputType({
  description:
    'Corrections to a recorded statement. Fields left out stay as they are; a list given replaces the recorded one (send [] to clear it); callId and attributedOrganizationId take null to clear them.',
})
export class UpdateStatementInput extends UpdateInput {
  @Field(() => String, { nullable: true, description: 'The corrected words; at most 10000 characters, unique within the source.' })
  text?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'Direct quote or paraphrase.' })
  kind?: StatementKind | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Date the statement was made, in the speaker's time zone; not more than a day after its source was published.",
  })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the source it originates from (an existing one).' })
  sourceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the call it was made in or about; null when it is about none.' })
  callId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Ids of the officials who authored the words, in order. The statement keeps an author: speakers, an organization, or both.',
  })
  speakerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Id of the organization that authored the words; null for none.' })
  attributedOrganizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the officials the text says took a position, in the order it names them.' })
  partyIds?: string[] | null;

  @Field(() => [StatementCommitmentInput], {
    nullable: true,
    description: 'Commitments it touches, each once, with its stance; a commitment kept keeps its StatementCommitment id.',
  })
  commitments?: StatementCommitmentInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the topics it touches.' })
  topicIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of other sources that report it; not its own source.' })
  reportedInSourceIds?: string[] | null;
}

@ObjectType({ description: 'What updateStatement returns.' })
export class UpdateStatementPayload extends MutationPayload {
  @Field(() => Statement, { description: 'The statement as corrected.' })
  statement: Statement;
}
