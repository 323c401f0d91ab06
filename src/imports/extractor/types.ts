/**
 * The types of an extraction: passages, evidence, sources, proposals, options.
 */

import { type LexCall } from '../lexicon';
import { type ProposedCommitment, type StanceGuess } from '../pipeline/commitments';
import { type DraftFeatures } from '../pipeline/confidence';
import { type GateModel } from '../pipeline/gate';
import { type Disposition } from '../pipeline/dispositions';
import { type TextDate } from '../text';

export type DraftKind = 'DIRECT_QUOTE' | 'PARAPHRASE';
export type DocumentKind = 'READOUT' | 'PRESS_RELEASE' | 'PRESS_CONFERENCE' | 'JOINT_STATEMENT' | 'NEWS_ARTICLE' | 'TRANSCRIPT';

export interface Evidence {
  /** What the guess is about: author, party, source, call, date, commitment, topic, text. */
  field: string;
  /** What was guessed, in words (a name, a title, an id). */
  value: string;
  /** The words of the document that led to it (original wording). */
  span: string;
  rule: string;
  confidence: number;
}

/** A source a passage originates from, as the text describes it. */
export interface SourceGuess {
  /** Identity within the document: kind, publisher, speaker and call. */
  key: string;
  kind: DocumentKind;
  /** The document being imported itself. */
  isDocument: boolean;
  publisherId: number | null;
  /** Key of a proposed organization when the publisher is not on record. */
  proposedPublisher: string | null;
  speakerId: number | null;
  /** PROPOSED_SPEAKER: key of a proposed official who is the speaker (a press conference of someone not on record). */
  proposedSpeaker?: string | null;
  callId: number | null;
  /** How the text refers to it, e.g. "A Pentagon readout". */
  label: string;
}

export interface ProposedOfficial {
  key: string;
  name: string;
  title: string | null;
  capacity: 'SUBSTANTIVE' | 'ACTING' | 'DESIGNATE';
  countryCode: string | null;
  organizationId: number | null;
  span: string;
}

export interface ProposedCall {
  participantIds: number[];
  /** Keys of proposed officials among the participants. */
  proposedParticipants: string[];
  date: string | null;
  span: string;
  rule: string;
  /** ONE_SIDE_NAMED: what the editor must add before the call can be recorded (the other side, not named in the text). */
  missing?: string | null;
}

export interface ProposedOrganization {
  key: string;
  name: string;
  countryCode: string | null;
  span: string;
}

export interface Passage {
  kind: DraftKind;
  /** The words with spun wording restored: what the statement would say. */
  text: string;
  /** The same words as the document has them. */
  originalText: string;
  start: number;
  end: number;
  speakerIds: number[];
  /** Keys of proposed officials who are authors. */
  proposedSpeakers: string[];
  attributedOrganizationId: number | null;
  /** Key of a proposed organization that is the author: the document's publisher named in its text, not on record. */
  proposedOrganization?: string | null;
  /** Words not about the talks (an answer on another subject, remarks before a legislature): no proposed call either. */
  offTalks?: boolean;
  partyIds: number[];
  proposedParties: string[];
  source: SourceGuess;
  callId: number | null;
  date: string | null;
  commitments: { id: number; stance: StanceGuess }[];
  /** Keys of proposed commitments (created on acceptance), with the stance. */
  proposedCommitments: { key: string; stance: StanceGuess }[];
  topicIds: number[];
  evidence: Evidence[];
  confidence: number;
  /** What the confidence was looked up by. */
  features: DraftFeatures;
  /** The sentence gate's probability that the words state a position (gate.ts); undefined when no gate ran. */
  gate?: number;
  /** Restorations applied: [original, restored]. */
  restorations: [string, string][];
}

export interface ExtractOptions {
  kind: DocumentKind;
  publisherId: number | null;
  publishedOn: string | null;
  title?: string | null;
  /** The publisher's IANA time zone for this document; else its country's. */
  timeZone?: string | null;
  /** Keep drafts below the confidence threshold, and those the sentence gate holds back, too (for measuring the pipeline). */
  keepAll?: boolean;
  /** The sentence gate's model (gate.ts); null: no gate. Default: the shipped model (gate-table.ts). */
  gate?: GateModel | null;
  /** Drafts under this confidence are held back, their sentences BELOW_THRESHOLD (IMPORT_MIN_CONFIDENCE). Default MIN_DRAFT_CONFIDENCE. */
  minConfidence?: number;
}

export interface Extraction {
  text: string;
  passages: Passage[];
  dates: TextDate[];
  calls: { callId: number; span: string; rule: string; confidence: number }[];
  sources: SourceGuess[];
  proposedOfficials: ProposedOfficial[];
  proposedOrganizations: ProposedOrganization[];
  proposedCommitments: ProposedCommitment[];
  /** A call or meeting the text reports that is not on record (none matched): for an editor to record. */
  proposedCall: ProposedCall | null;
  sentenceCount: number;
  /** What became of each sentence: drafted, or skipped with a reason. */
  dispositions: Disposition[];
}

// ---------------------------------------------------------------------------------------------

export interface Reporter {
  kind: 'official' | 'source' | 'group' | 'none';
  officialIds: number[];
  proposed: string[];
  source: SourceGuess | null;
  span: string;
  rule: string;
  confidence: number;
  /** An official's words from a document of theirs the text names ("said in a written statement"). */
  documentKind?: DocumentKind;
  /** RELAYED_ACCOUNT: a spokesperson's account of others' words; "he" / "she" in them is not the spokesperson. */
  relayed?: boolean;
  /** POST_QUOTED: an official's post on a social network the story quotes (not said to reporters). */
  post?: boolean;
}

export interface Ctx {
  call: LexCall | null;
  callEvidence: string;
  source: SourceGuess | null;
  sourcesByKind: Map<string, SourceGuess>;
}
