import { Authorized, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/role';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import { SourceKind } from '../sources/source.entity';
import { StatementKind } from '../statements/statement.entity';
import type {
  Evidence,
  ProposedCall,
  ProposedCommitment,
  ProposedOfficial,
  ProposedOrganization,
  SourceGuess,
  StanceGuess,
} from './extract';

export enum ImportFormat {
  TEXT = 'TEXT',
  HTML = 'HTML',
}
registerEnumType(ImportFormat, { name: 'ImportFormat', description: 'How a document was given: plain text or a saved web page.' });

export enum DraftStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DraftStatus, {
  name: 'DraftStatus',
  description: 'Where a draft statement is in review.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an editor.' },
    ACCEPTED: { description: 'Accepted: a statement was recorded from it.' },
    REJECTED: { description: 'Rejected: nothing was recorded.' },
  },
});

/** What the import found in the whole document, kept as it was found. */
export interface ImportAnalysis {
  sentenceCount: number;
  dates: { text: string; date: string; rule: string }[];
  calls: { callId: number; span: string; rule: string; confidence: number }[];
  proposedOfficials: ProposedOfficial[];
  proposedOrganizations: ProposedOrganization[];
  /** Commitments the text names that the dataset lacks (created on acceptance); absent in imports made before. */
  proposedCommitments?: ProposedCommitment[];
  /** The call or meeting the text reports when none is recorded; `callId` once the first draft that proposes it was accepted. */
  proposedCall?: (ProposedCall & { callId?: number | null }) | null;
  /** The publisher's time zone the import was given (a proposed call is recorded in it); absent in imports made before. */
  timeZone?: string | null;
  method: string;
}

export enum SentenceStatus {
  DRAFTED = 'DRAFTED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(SentenceStatus, {
  name: 'SentenceStatus',
  description: 'What became of a sentence of an imported document.',
  valuesConfig: {
    DRAFTED: { description: 'A draft covers it (found by the import, or made by an editor).' },
    SKIPPED: { description: 'No draft: the reason says why.' },
  },
});

export enum SkipReason {
  BOILERPLATE = 'BOILERPLATE',
  QUESTION = 'QUESTION',
  BACKGROUND = 'BACKGROUND',
  NO_POSITION = 'NO_POSITION',
  BELOW_THRESHOLD = 'BELOW_THRESHOLD',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(SkipReason, {
  name: 'SkipReason',
  description: 'Why a sentence of an imported document gave no draft.',
  valuesConfig: {
    BOILERPLATE: { description: 'Page furniture, a heading, a date line, a moderator, a release’s end mark or contact line.' },
    QUESTION: { description: 'A question (a reporter’s turn of a transcript, or a sentence ending with a question mark).' },
    BACKGROUND: { description: 'Narrative without a reporting or position verb (who met whom, where).' },
    NO_POSITION: {
      description: 'A verb, but no reporter, author or party found for it, or words that take no position (declining to comment).',
    },
    BELOW_THRESHOLD: { description: 'Drafts were found but all below the confidence threshold.' },
    DUPLICATE: { description: 'Its words were drafted already from an earlier sentence.' },
  },
});

// Part of an imported document: editors' work, like the document and its drafts.
@Authorized(Role.EDITOR)
@ObjectType({
  implements: Node,
  description: 'A sentence of an imported document and what became of it: drafted, or skipped with a reason.',
})
@Entity('import_sentences')
export class ImportSentence extends NodeEntity {
  @Column('int', { name: 'import_id' })
  importId: number;

  @Field(() => Int, { description: 'Order of the sentence in its document, from 0.' })
  @Column('int')
  position: number;

  @Field(() => Int, { description: "Offset of the sentence in the document's text." })
  @Column('int', { name: 'start_offset' })
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the sentence.' })
  @Column('int', { name: 'end_offset' })
  endOffset: number;

  @Field(() => SentenceStatus, { description: 'Drafted or skipped.' })
  @Column('text')
  status: SentenceStatus;

  @Field(() => SkipReason, { nullable: true, description: 'Why it was skipped; null when drafted.' })
  @Column('text', { nullable: true })
  reason: SkipReason | null;

  @Field({ description: 'The rule that decided, by name (e.g. "question turn of a transcript").' })
  @Column('text')
  rule: string;

  @Column('int', { name: 'draft_ids', array: true })
  draftIds: number[];
}

// Editors' work in progress (the full text of what was pasted, the drafts before review): an
// EDITOR key reads them, wherever they are reached (the lists, node(id), a mutation's payload).
@Authorized(Role.EDITOR)
@ObjectType({ implements: Node, description: 'A document pasted or uploaded for import, with the drafts found in it.' })
@Entity('import_documents')
export class ImportDocument extends NodeEntity {
  @Field({
    description:
      "SHA-256 (hex) of the document's text as extracted and normalized, in its hash form (quotation marks, apostrophes, dashes and white space folded, NFKC): the same content imports once, whatever its typography.",
  })
  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Field(() => ImportFormat, { description: 'Plain text or HTML.' })
  @Column('text')
  format: ImportFormat;

  @Field(() => SourceKind, { description: 'What kind of document it is; the kind of the source it becomes.' })
  @Column('text')
  kind: SourceKind;

  @Field({ description: "Title given, or the page's title, or the first words." })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Where it was published, if given.' })
  @Column('text', { nullable: true })
  url: string | null;

  @Column('int', { name: 'publisher_id', nullable: true })
  publisherId: number | null;

  @Field(() => DateScalar, { description: 'Publication date given (or the day of import).' })
  @Column('date', { name: 'published_on' })
  publishedOn: string;

  @Field({ description: 'Language (BCP 47).' })
  @Column('text')
  language: string;

  @Field({ description: 'The text as extracted (article body of a web page) and normalized; drafts point into it.' })
  @Column('text')
  text: string;

  @Column('jsonb')
  analysis: ImportAnalysis;

  @Column('int', { name: 'source_id', nullable: true })
  sourceId: number | null;

  @Column('text', { name: 'imported_by' })
  importedBy: string;

  @Field(() => DateTimeScalar, { description: 'When it was imported.' })
  get importedAt(): Date {
    return this.createdAt;
  }
}

@ObjectType({ description: 'Why the import guessed what it guessed: the words, the rule or alias, and how sure it is.' })
export class DraftEvidence {
  @Field({
    description:
      'What the guess is about: author, party, source, call, date, commitment, topic or text; "confidence" explains the draft\'s confidence, "gate" the sentence gate\'s chance that its words state a position.',
  })
  field: string;

  @Field({ description: 'What was guessed, in words.' })
  value: string;

  @Field({ description: 'The words of the document that led to it, as the document has them.' })
  span: string;

  @Field({ description: 'The rule or alias that matched.' })
  rule: string;

  @Field(() => Float, { description: 'From 0 to 1.' })
  confidence: number;
}

/** One restoration of spun wording in a draft's words, as stored (`statement_drafts.restorations`). */
export interface DraftRestoration {
  variant: string;
  restored: string;
  variantId: number | null;
}

@ObjectType({
  description:
    "Spun wording a text variant restored in a draft's or statement's words: what the document said, what the text says instead, and the variant that did it.",
})
export class TextRestoration {
  @Field({ description: 'The words as the document has them.' })
  variant: string;

  @Field({ description: 'The words as restored in the text.' })
  restored: string;

  /** Row id of the text variant, null when it was removed since. */
  variantId: number | null;
}

@Authorized(Role.EDITOR)
@ObjectType({
  implements: Node,
  description: 'A statement the import found in a document, to be accepted (perhaps edited) or rejected by an editor.',
})
@Entity('statement_drafts')
export class StatementDraft extends NodeEntity {
  @Column('int', { name: 'import_id' })
  importId: number;

  @Field(() => Int, { description: 'Order of the draft in its document, from 0.' })
  @Column('int')
  position: number;

  @Field(() => DraftStatus, { description: 'Pending, accepted or rejected.' })
  @Column('text')
  status: DraftStatus;

  @Field(() => StatementKind, { description: 'Direct quote or paraphrase.' })
  @Column('text')
  kind: StatementKind;

  @Field({ description: "The statement's words as they would be recorded: spun wording restored, never the spun words." })
  @Column('text')
  text: string;

  @Field({ description: 'The same words as the document has them.' })
  @Column('text', { name: 'original_text' })
  originalText: string;

  @Field(() => Int, { description: "Offset of the original words in the document's text." })
  @Column('int', { name: 'start_offset' })
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the original words.' })
  @Column('int', { name: 'end_offset' })
  endOffset: number;

  @Field(() => DateScalar, { nullable: true, description: 'Date the statement was made, as guessed.' })
  @Column('date', { name: 'statement_date', nullable: true })
  date: string | null;

  @Column('int', { name: 'speaker_ids', array: true })
  speakerIds: number[];

  @Column('int', { name: 'attributed_organization_id', nullable: true })
  attributedOrganizationId: number | null;

  @Column('int', { name: 'party_ids', array: true })
  partyIds: number[];

  @Column('int', { name: 'call_id', nullable: true })
  callId: number | null;

  @Column('jsonb')
  commitments: { id: number; stance: StanceGuess }[];

  @Column('int', { name: 'topic_ids', array: true })
  topicIds: number[];

  @Column('jsonb', { name: 'source_guess' })
  sourceGuess: SourceGuess;

  /** Keys of proposed officials among the authors and parties, and of proposed commitments with their stance. */
  @Column('jsonb')
  proposals: {
    speakers: string[];
    parties: string[];
    commitments?: { key: string; stance: StanceGuess }[];
    /** Key of the proposed organization that is the author (ImportDocument.proposedOrganizations). */
    organization?: string | null;
    /** Words not about the talks (an answer on another subject, remarks before a legislature): not the proposed call's. */
    offTalks?: boolean;
  };

  @Field(() => [DraftEvidence], { description: 'The evidence for each guess.' })
  @Column('jsonb')
  evidence: Evidence[];

  @Field(() => Float, { description: 'How sure the import is that this is a statement as guessed, from 0 to 1.' })
  @Column('real')
  confidence: number;

  @Column('int', { name: 'statement_id', nullable: true })
  statementId: number | null;

  @Field(() => [TextRestoration], {
    description:
      'Text variants that restored spun wording in these words (what the document said, what the text says); empty when none did.',
  })
  @Column('jsonb', { default: () => "'[]'" })
  restorations: DraftRestoration[];
}

@ObjectType({
  implements: Node,
  description: 'Wording a synonym-spinning site puts in place of the real terms, and the real wording the import restores.',
})
@Entity('text_variants')
export class TextVariant extends NodeEntity {
  @Field({ description: 'The wording as spun, e.g. "Secretary of Protection".' })
  @Column('text')
  variant: string;

  @Field({ description: 'The real wording, e.g. "Secretary of Defense".' })
  @Column('text')
  restored: string;

  @Field({ description: 'Matched only with this exact capitalisation.' })
  @Column('boolean', { name: 'case_sensitive' })
  caseSensitive: boolean;
}
