import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs } from '../common/connection';
import { MutationInput, MutationPayload } from '../write/mutation-types';
import { DateScalar } from '../common/scalars';
import { Source, SourceKind } from '../sources/source.entity';
import { Statement, StatementKind } from '../statements/statement.entity';
import { StatementCommitmentInput } from '../statements/statement.inputs';
import { DraftStatus, ImportDocument, ImportSentence, StatementDraft, TextVariant } from './import.entity';

@InputType({ description: 'A document to import: its text or saved HTML, and what is known about it.' })
export class ImportDocumentInput extends MutationInput {
  @Field(() => String, { nullable: true, description: 'Plain text (at most 200,000 characters); give this or html.' })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A saved web page; its article body is taken (Mozilla Readability), scripts and navigation dropped. Give this or text.',
  })
  html?: string | null;

  @Field(() => SourceKind, {
    nullable: true,
    description:
      'What kind of document it is (NEWS_ARTICLE when left out): a READOUT or PRESS_RELEASE speaks for its publisher; a PRESS_CONFERENCE or TRANSCRIPT has speaker turns ("NAME: …").',
  })
  kind?: SourceKind | null;

  @Field(() => String, { nullable: true, description: "Title; else the page's title or the first words." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published (http or https), if known; never guessed.' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organization that published it, if known.' })
  publisherId?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Publication date; weekdays in the text ("on Friday") are read relative to it. Today when left out.',
  })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Language, BCP 47 ("en" when left out).' })
  language?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A document whose text is that of a recorded source (same content hash, typography aside) is refused with a CONFLICT naming the source (extensions.sourceId), since its statements may be recorded already. True imports it anyway, to find statements not yet recorded: the payload names the source (recordedSource) and accepted drafts point to it.',
  })
  allowRecordedSource?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The publisher's IANA time zone for this document (e.g. \"Asia/Tokyo\" for a readout issued during a trip to Tokyo): a call is dated on the publisher's side in it. Else the publisher's country's zone.",
  })
  timeZone?: string | null;
}

@ObjectType({ description: 'What importDocument returns.' })
export class ImportDocumentPayload extends MutationPayload {
  @Field(() => ImportDocument, { description: 'The imported document; its drafts are listed under it.' })
  importDocument: ImportDocument;

  @Field(() => Int, { description: 'Number of drafts found.' })
  draftCount: number;

  @Field(() => Source, {
    nullable: true,
    description: 'The source this document is recorded as already (imported with allowRecordedSource: true); null for a new document.',
  })
  recordedSource: Source | null;
}

@InputType({ description: 'Narrows a list of drafts. Fields combine with AND; a list means "any of".' })
export class DraftFilter {
  @Field(() => [ID], { nullable: true, description: 'Imported documents the drafts come from.' })
  importIds?: string[] | null;

  @Field(() => [DraftStatus], { nullable: true, description: 'Review statuses.' })
  statuses?: DraftStatus[] | null;

  @Field(() => [StatementKind], { nullable: true, description: 'Direct quotes or paraphrases.' })
  kinds?: StatementKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Calls the drafts were placed in.' })
  callIds?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'Only drafts at least this confident (0 to 1).' })
  minConfidence?: number | null;
}

@ArgsType()
export class DraftListArgs extends ConnectionArgs {
  @Field(() => DraftFilter, { nullable: true, description: 'Narrow the list.' })
  filter?: DraftFilter | null;
}

@InputType({ description: 'Changes to a draft made while accepting it; what is left out is taken from the draft.' })
export class DraftEditsInput {
  @Field(() => String, { nullable: true, description: 'The words.' })
  text?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'Direct quote or paraphrase.' })
  kind?: StatementKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the statement was made.' })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'An existing source it originates from, instead of the one the draft proposes.' })
  sourceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The call (null: none).' })
  callId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Officials who authored the words.' })
  speakerIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Organization that authored the words (null: none).' })
  attributedOrganizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Officials the text says took the position.' })
  partyIds?: string[] | null;

  @Field(() => [StatementCommitmentInput], { nullable: true, description: 'Commitments it touches, with stances.' })
  commitments?: StatementCommitmentInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Topics it touches.' })
  topicIds?: string[] | null;
}

@InputType({ description: 'A draft to accept as a statement.' })
export class AcceptDraftInput extends MutationInput {
  @Field(() => ID, { description: 'Id of the draft.' })
  draftId: string;

  @Field(() => Int, { nullable: true, description: "The draft's version as reviewed; CONFLICT when it changed since." })
  version?: number | null;

  @Field(() => DraftEditsInput, { nullable: true, description: 'Corrections to the draft.' })
  edits?: DraftEditsInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Record the statement even though its text nearly equals one its source already has (without it, that is a CONFLICT naming the existing statement in `extensions.existingId`).',
  })
  confirmNearDuplicate?: boolean | null;
}

@ObjectType({ description: 'What acceptDraft returns.' })
export class AcceptDraftPayload extends MutationPayload {
  @Field(() => StatementDraft, { description: 'The draft, now accepted.' })
  draft: StatementDraft;

  @Field(() => Statement, { description: 'The statement recorded from it.' })
  statement: Statement;

  @Field(() => Source, { description: 'The source the statement originates from.' })
  source: Source;
}

@InputType({ description: 'A draft to reject.' })
export class RejectDraftInput extends MutationInput {
  @Field(() => ID, { description: 'Id of the draft.' })
  draftId: string;

  @Field(() => Int, { nullable: true, description: "The draft's version as reviewed; CONFLICT when it changed since." })
  version?: number | null;
}

@ObjectType({ description: 'What rejectDraft returns.' })
export class RejectDraftPayload extends MutationPayload {
  @Field(() => StatementDraft, { description: 'The draft, now rejected.' })
  draft: StatementDraft;
}

@InputType({ description: 'An alias to add to an official, organization, country, commitment or topic.' })
export class AddAliasInput extends MutationInput {
  @Field(() => ID, { description: 'Id of the official, organization, country, commitment or topic.' })
  entityId: string;

  @Field({ description: 'The alias, at most 200 characters. For a commitment, "A + B" needs both phrases in a passage.' })
  alias: string;
}

@InputType({ description: 'An alias to remove from an official, organization, country, commitment or topic.' })
export class RemoveAliasInput extends AddAliasInput {}

@ObjectType({ description: 'What addAlias and removeAlias return.' })
export class AliasPayload extends MutationPayload {
  @Field(() => ID, { description: 'The entity.' })
  entityId: string;

  @Field(() => [String], { description: 'Its aliases now.' })
  aliases: string[];
}

@InputType({ description: 'Wording a synonym spinner produces and the real wording to restore.' })
export class AddTextVariantInput extends MutationInput {
  @Field({ description: 'The spun wording, e.g. "Secretary of Protection"; at most 200 characters, unique.' })
  variant: string;

  @Field({ description: 'The real wording, e.g. "Secretary of Defense".' })
  restored: string;

  @Field(() => Boolean, { nullable: true, description: 'Match only with this capitalisation (false when left out).' })
  caseSensitive?: boolean | null;
}

@ObjectType({ description: 'What addTextVariant returns.' })
export class TextVariantPayload extends MutationPayload {
  @Field(() => TextVariant, { description: 'The variant as recorded.' })
  textVariant: TextVariant;
}

@InputType({ description: 'A text variant to remove.' })
export class RemoveTextVariantInput extends MutationInput {
  @Field(() => ID, { description: 'Id of the variant.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'Its version; CONFLICT when it changed since.' })
  version?: number | null;
}

@ObjectType({ description: 'What removeTextVariant returns.' })
export class RemoveTextVariantPayload extends MutationPayload {
  @Field(() => ID, { description: 'Id of the removed variant.' })
  removedId: string;
}

@InputType({ description: 'A skipped sentence of an imported document to turn into a draft.' })
export class DraftSentenceInput extends MutationInput {
  @Field(() => ID, { description: 'The ImportSentence.' })
  sentenceId: string;

  @Field(() => Int, { nullable: true, description: 'The version of the sentence read; a conflict when it changed since.' })
  version?: number | null;

  @Field(() => StatementKind, { nullable: true, description: 'PARAPHRASE when left out.' })
  kind?: StatementKind | null;

  @Field(() => String, { nullable: true, description: 'The words of the draft; the sentence as the document has it when left out.' })
  text?: string | null;
}

@ObjectType({ description: 'What draftSentence returns.' })
export class DraftSentencePayload extends MutationPayload {
  @Field(() => StatementDraft, { description: 'The new draft, pending: review and accept it like any other.' })
  draft: StatementDraft;

  @Field(() => ImportSentence, { description: 'The sentence, now drafted.' })
  sentence: ImportSentence;
}
