/**
 * The extractor's state (what it has read so far, what it has proposed) and its run over a document's sentences:
 * the stages in the other modules of this directory are functions of it (`ex`). Fields marked internal are read
 * by those stages and by nothing outside this directory.
 */

import { type LexCall, Lexicon, type Mention } from '../lexicon';
import { OWN_RELEASE_VOICE, unquoted } from '../pipeline/publisher';
import { addressedInPerson, ASKS_ABOUT_TALKS, quotesAttributedAfter } from '../pipeline/turns';
import { type ProposedCommitment } from '../pipeline/commitments';
import { confidenceOf, finishConfidence } from '../pipeline/confidence';
import { gateDraft, gatedOut, type GateModel, gateRule } from '../pipeline/gate';
import { gateModel } from '../pipeline/gate-table';
import { capitalsBeforeBodies } from '../pipeline/attribution';
import { CONFIRMED_AFTER, genericOrganizations } from '../pipeline/coref';
import { countryOfZone } from '../pipeline/countries';
import { countryPairs } from '../pipeline/countries';
import { textDates } from '../pipeline/dates';
import { hasFiniteVerb } from '../pipeline/frames';
import {
  type Disposition,
  furnitureOver,
  NOT_A_POSITION,
  questionPremises,
  SPEAKER_POSITION,
  type SkipReason,
  skipReason,
  statesBeside,
} from '../pipeline/dispositions';
import { isTitleLine, SERVICE_BEFORE_RANK } from '../pipeline/people';
import { ENDS_AS_SENTENCE, OWN_DECISION, backgroundOf, headingBlocks } from '../pipeline/background';
import { type Block, segment, type Sentence } from '../pipeline/segment';
import { principalOf } from '../pipeline/speakers';
import {
  type Turn,
  attributedParagraphs,
  followsOn,
  TALKS_NOT_COVERED,
  turnNothing,
  turnPosition,
  turns,
  unlabelledTurns,
} from '../pipeline/turns';
import {
  type Quote,
  MAX_SENTENCE_CHARS,
  type RestoredText,
  restoreVariants,
  type Span,
  type TextDate,
  toOriginal,
  wordCount,
} from '../text';
import { ownReleaseVoice, proposedPublisherKey, publisherCountry, speakerAbroadCountry } from './publisher';
import {
  candidateCalls,
  documentDate,
  earlierCall,
  recordedSamePeople,
  RECORDED_SAME_PEOPLE,
  withCounterpartCountry,
  withReportedPeople,
} from './recorded-calls';
import { countryPairParties, findSignatories, signatoriesMeeting, widerSignatories } from './signatories';
import {
  proposedSpeakersOfTurns,
  proposeFromTitle,
  soleSpeaker,
  speakerLookups,
  speakersMeeting,
  speakersOfTurns,
  titleOnRecordMeeting,
  titlePrincipalNewcomer,
} from './speakers';
import {
  addressedMeeting,
  addressedMeetingOf,
  completeOneSide,
  ENGAGED_COUNTERPART,
  proposeEngagedCounterpart,
  jointEvent,
  proposeAddressed,
  proposeEngaged,
  questionedTalks,
  speaksOfCall,
  statementOfTalks,
} from './guests';
import { newcomerEngagement, otherTalksOf, proposeCall, talksInLead, updateCall } from './talks';
import { collectProposals, rememberPeople, rememberReporter } from './proposals';
import { orig } from './reading';
import { saidElsewhere, scanNamedDocuments, scanSpokespeople, settingCarries } from './sources';
import { contentGoesOn } from './relays';
import { readSentence } from './sentence';
import { transcriptTurn } from './transcript';
import { daysBetween, MULTILATERAL_MEETING, ONE_SIDE_COMPLETED, QUESTIONED_TALKS, uniq } from './rules';
import type {
  Ctx,
  DocumentKind,
  Extraction,
  ExtractOptions,
  Passage,
  ProposedCall,
  ProposedOfficial,
  ProposedOrganization,
  Reporter,
  SourceGuess,
} from './types';

/**
 * Drafts below this confidence (features whose drafts were right at most about one time in ten on the dev set) are not stored;
 * their sentences say BELOW_THRESHOLD. The default of `ExtractOptions.minConfidence` (the server's IMPORT_MIN_CONFIDENCE).
 */
export const MIN_DRAFT_CONFIDENCE = 0.1;

/** INTERVIEW_CARRIES: a sentence set in an interview with an outlet ("In an interview with a broadcaster, X said …"). */
const INTERVIEW_SETTING = /\b(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?interview\s+(?:with|on|to)\b/iu;

/** A question reported as put in a setting ("Rep. X asked whether …", "One senator asked why …"): the answer follows there. */
const QUESTION_IN_SETTING =
  /^[^“"]{0,120}?\b(?:asked|questioned|pressed\s+\w+\s+on)\s+(?:\w+\s+)?(?:whether|if|why|how|what|when|about)\b[^“"]*$/;

/** Talks the one speaker reports whose other side the text gave only further on (ONE_SIDE_COMPLETED appends its name to the rule). */
const completedOneSide = (talks: ProposedCall | null): boolean =>
  (talks?.rule.endsWith(ONE_SIDE_COMPLETED) || talks?.rule.endsWith(ENGAGED_COUNTERPART)) ?? false;

/** CONTENT_GOES_ON (round 17): a sentence that spells out the draft before it in a document's own account (CONTENT_OF_BEFORE, in more tenses and verbs). */
const CONTENT_GOES_ON =
  /^(?:(?:And|Also),?\s+)?(?:This|These|It)\s+(?:(?:will|would|also|shall|most|definitely|likely|certainly|further)\s+)*(?:includes?|included|involves?|covers?|calls?\s+for|called\s+for|identified|identifies|sets?\s+out|outlines?|outlined)\b/;

/**
 * ADDRESSED_BY_POST (round 17): a speaker's words to someone by post alone ("Good morning, Mr. Secretary", "Thank you, Madam
 * Minister"): the holder of that post among the call's participants is in the room. Group 1 the post.
 */
export const ADDRESSED_BY_POST = {
  name: 'ADDRESSED_BY_POST',
  pattern: /\b(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame)\s+(Secretary|Minister)\b(?!\s+(?:of|for)\b|\s+\p{Lu})/gu,
};
/** CONTENT_OF_WHAT_CAME_BEFORE (round 13): a sentence that spells out the one before ("This includes …", "These will include …"). */
const CONTENT_OF_BEFORE =
  /^(?:(?:And|Also),?\s+)?(?:This|These|That|Those|It)\s+(?:(?:will|would|also|shall)\s+)*(?:includes?|including|involves?|covers?|means?)\b/;

export class Extractor {
  /* internal */ readonly restored: RestoredText;
  /* internal */ readonly text: string;
  /* internal */ readonly original: string;
  /* internal */ readonly dates: TextDate[];
  /* internal */ readonly sources = new Map<string, SourceGuess>();
  /* internal */ readonly proposedOfficials = new Map<string, ProposedOfficial>();
  /* internal */ readonly proposedOrganizations = new Map<string, ProposedOrganization>();
  /* internal */ readonly proposedCommitments = new Map<string, ProposedCommitment>();
  /** Proposals a recorded commitment held already (stage 6b): what a later "the new headquarters" refers to. */
  /* internal */ readonly coveredProposals: ProposedCommitment[] = [];
  /* internal */ readonly documentSource: SourceGuess;
  /* internal */ readonly callHits = new Map<number, { span: string; rule: string; confidence: number }>();
  /** Spokespeople of a body named so far, by family name, and the body's words they speak (see `reporterAt`). */
  /* internal */ readonly spokespeople = new Map<string, Reporter>();
  /* internal */ mentionCache: Mention[] = [];
  /** Organizations and countries named so far, in order: what "the ministry" refers to. */
  /* internal */ readonly seenOrganizations: Mention[] = [];

  constructor(
    /* internal */ readonly lex: Lexicon,
    original: string,
    /* internal */ readonly options: ExtractOptions,
  ) {
    this.original = original;
    this.restored = restoreVariants(original, lex.data.variants);
    this.text = this.restored.text;
    this.dates = textDates(this.text, options.publishedOn);
    this.documentSource = {
      key: 'document',
      kind: options.kind,
      isDocument: true,
      publisherId: options.publisherId,
      proposedPublisher: null,
      speakerId: null,
      callId: null,
      label: options.title ?? 'the imported document',
    };
    // A press conference or transcript by one official named in its title (by name, or by title: "… by the Defense Minister"): its speaker.
    if (options.kind === 'PRESS_CONFERENCE' || options.kind === 'TRANSCRIPT')
      this.documentSource.speakerId = principalOf(options.title, speakerLookups(this))?.id ?? null;
  }

  /* internal */ publisherProposal: string | null | undefined;

  /* internal */ publisherPersonProposal: { id: number | null; key: string | null } | null | undefined;

  /** The date the passages are about: the text's dates near the publication date, else the publication date. */
  /* internal */ documentDay: string | null | undefined;

  /** The sentence being read was said in another setting (OTHER_SETTING) or states the country's own decision (OWN_DECISION). */
  /* internal */ wordsElsewhere = false;

  /** The sentence before, when its words were said in another setting (OTHER_SETTING), and its block. */
  /* internal */ lastElsewhere: { text: string; block: number } | null = null;

  /** The call or meeting the text reports when none is on record near its date. */
  /* internal */ reported: ProposedCall | null = null;

  /** Candidate calls were narrowed by a date the text gives. */
  /* internal */ callsByDate = false;

  /**
   * Reads the document, stage by stage: its paragraphs and sentences, the talks it reports (a first pass), a transcript's
   * turns and the talks they give, every sentence in order, the call chosen or proposed, the drafts' confidence and gate,
   * each sentence's disposition, the countries of what it proposes, and the result.
   */
  run(): Extraction {
    const doc = segmentDocument(this);
    reportedTalks(this, doc);
    signatoriesAndNamedSources(this, doc);
    const turnsOfDoc = documentTurns(this, doc);
    transcriptTalks(this, doc, turnsOfDoc);
    const produced = readBlocks(this, doc, turnsOfDoc);
    const chosen = chooseCall(this, produced);
    linkToCall(this, doc, produced, chosen);
    const gated = gateDrafts(this, produced, chosen.proposedCall);
    const dispositions = dispositionsOf(this, produced, gated);
    placeProposals(this, chosen.proposedCall);
    return extraction(this, doc, gated, chosen.proposedCall, dispositions);
  }

  /** The signatories of a joint statement: the officials its title names, else the first paragraph of its opening naming two or more. */
  /* internal */ signatories: { ids: number[]; proposed: string[]; span: string } = { ids: [], proposed: [], span: '' };

  /** The official speaking each labelled turn (by the turn's first block), for "A:" the principal. */
  /* internal */ turnSpeakers = new Map<number, number>();

  /**
   * OWN_RELEASE_VOICE: the minister whose own release this is (a release or readout imported with no publisher, headed by the
   * minister's name and title, pipeline/publisher.ts), on record (`id`) or proposed (`key`): the "I" of its first-person prose.
   */
  /* internal */ ownVoice: { id: number | null; key: string | null } | null = null;

  /**
   * TITLE_PRINCIPAL_FIRST: a transcript's title that names a person not on record before the one on record ("Doorstop
   * with Minister X after his call with Secretary Y", "Remarks by Minister X on her meeting with Secretary Y"): the first
   * is the principal, the one a bare label ("Minister:", "A:") stands for; the one on record is the other side of the talks.
   */
  /* internal */ titlePrincipalKey: string | null = null;

  /** JOINT_TITLE_GUEST: the meeting of the officials a joint transcript's title names, a guest among them not on record. */
  /* internal */ titleMeeting: ProposedCall | null = null;

  /** Keys of the speakers not on record, by a turn's label ("DEPUTY PRIME MINISTER X:" for a proposed official). */
  /* internal */ turnProposed: string[] = [];
  /* internal */ addressed: string[] = [];

  /** ADDRESSED_BY_POST (round 17): the posts a speaker addresses without a name ("Mr. Secretary", "Madam Minister"). */
  /* internal */ addressedPosts: string[] = [];

  /** A transcript where the talks' participants do not appear together (a minister's own press conference). */
  /* internal */ soloBriefing = false;
  /** The talks' participants speak in the transcript together (a joint press conference). */
  /* internal */ jointAppearance = false;

  /** The officials on record a joint appearance's title names (JOINT_TITLE), read once. */
  /* internal */ jointTitled: number[] | null = null;

  /** OTHER_TALKS: the first engagement a sentence reports beside the recorded call, and the block and people it was told with. */
  /* internal */ otherTalks: ProposedCall | null = null;
  /* internal */ otherTalksAt: { block: number; keys: string[]; ids: number[] } | null = null;
  /** The document reports an engagement with a person not on record (see updateCall). */
  /* internal */ withNewcomer = false;

  /** STATEMENT_TEXT_BEGINS in the document, searched once (a search of the whole text per draft was quadratic). */
  /* internal */ statementTextStart: RegExpExecArray | null | undefined;

  /** Per proposed body, the pattern of its acronym (the one the text brackets after its name, else its initials): read once. */
  /* internal */ readonly acronyms = new Map<string, RegExp | null>();

  /** The people a sentence names, most recent last: what "he", "she" and "the Secretary" can refer to. */
  /* internal */ recent: { ids: number[]; proposed: string[]; span: string }[] = [];

  /** The last body's "statement" a news story named (a readout or a release): what "the statement" refers to. */
  /* internal */ lastStatement: SourceGuess | null = null;

  /* internal */ quotesAll: Quote[] = [];

  // ---- parties ----------------------------------------------------------------------------------

  /** The sentence being read (parties of a span look at the rest of it). */
  /* internal */ currentSentence: Span | null = null;

  /* internal */ namedOfficials: number[] | null = null;

  /**
   * BODY_OF_A_SIDE_NOT_ON_RECORD: the key of the proposed body a news story's generic body name means, when the body on
   * record it matches is of no side of the talks (sideNotOnRecord); null otherwise.
   */
  /* internal */ readonly sideBodies = new Map<number, string>();
  /* internal */ officialMentions: { start: number; ids: number[] }[] | null = null;

  /** SPOKESPERSON_NAMED_BEFORE_TITLE: spokespeople named before their title in apposition, by full and family name: their body. */
  /* internal */ readonly namedSpokespeople = new Map<string, { organizationId: number; span: string }>();

  /** The kinds of document a news story names for each body ("a Pentagon readout"), and whether it reports a call. */
  /* internal */ readonly namedKinds = new Map<number, 'READOUT' | 'PRESS_RELEASE'>();
  /* internal */ reportsCall = false;
  /** The story reports a call by telephone or video (see `namesKind`). */
  /* internal */ remoteCall = false;
  /** Officials whose remarks the story says a transcript records ("…, according to a transcript released by the Pentagon"). */
  /* internal */ readonly transcriptSpeakers = new Set<number>();

  /** A sentence ending in a colon that takes a position ("They committed to:"), for the bullets after it. */
  /* internal */ leadIn: { block: number; subject: Span } | null = null;
  /** ASSESSMENT_GOES_ON: the last sentence of a readout's or release's account whose group subject took a position. */
  /* internal */ lastGroupStance: { block: number; end: number; subject: Span } | null = null;

  /** The last person a news story says spoke in a statement or release of theirs, for their quotation after it. */
  /* internal */ statementBy: { person: string; kind: DocumentKind; block: number } | null = null;

  /** Where the last sentence of words of people outside the governments (analysts, critics) ends, for a quotation going on. */
  /* internal */ outsiderEnd = -1;

  /** The last official's quotation (where it ends), for a quotation going on in the next sentence. */
  /* internal */ lastQuote: { block: number; end: number; reporter: Reporter } | null = null;

  /** A news paragraph's attribution to a body, for the sentences after it in the paragraph. */
  /* internal */ carried: { block: number; reporter: Reporter; reported: boolean } | null = null;
  /** SPEECH_IN_RELAYED_DOCUMENT: the officials a news story already gave remarks of their own (a press conference of theirs). */
  /* internal */ readonly pressSpeakers = new Set<number>();
  /**
   * RELAYED_ACCOUNT: the joint statement or the spokesperson's account a news story relays, for the sentences after it with
   * no attribution of their own; `parties` the people it has reported (ids and proposed keys).
   */
  /* internal */ relay: { account: 'joint' | 'person'; reporter: Reporter; parties: Set<string>; block: number } | null = null;
  /** PRONOUN_FOR_RUNNING_SPOKESPERSON: the spokesperson who reported last (their words, paragraph, sentence start). */
  /* internal */ runningSpokes: { reporter: Reporter; block: number; start: number } | null = null;
  /** ALSO_SAID_AFTER_TOLD_IN_TALKS: the paragraph whose sentence told of the talks as "X told Y that …", the paper's account. */
  /* internal */ toldInTalks: number | null = null;
  /** The joint statement a story reported last ("In a joint statement …, the two …"): its reporter and its subject's span. */
  /* internal */ jointStatement: { reporter: Reporter; subject: Span } | null = null;
  /** The block (paragraph) of the sentence being read. */
  /* internal */ blockIndex = -1;

  /* internal */ readonly turnSources = new Map<string, SourceGuess>();
}

/** TURN_SECTION_HEADING: a short line inside a turn, not a sentence, right before the next labelled turn. */
export const TURN_SECTION_HEADING = 'TURN_SECTION_HEADING: a short line inside a turn before the next label, not a sentence: a heading';

/** A sentence read: the role of its turn (null outside one), the passages it gave, and why it gave none. */
interface Produced {
  sentence: Sentence;
  role: Turn['role'] | null;
  passages: Passage[];
  skip?: { reason: SkipReason; rule: string };
}

/** The document segmented, the calls on record near its date, and the context (call, source) the sentences are read in. */
interface DocumentParts {
  /** Its paragraphs. */
  blocks: Block[];
  sentences: Sentence[];
  /** The candidate calls on record (narrowed by the stages as they read). */
  calls: LexCall[];
  ctx: Ctx;
}

/** A transcript's or a release's turns: who speaks which paragraphs. */
interface DocumentTurns {
  /** A press conference or a transcript. */
  transcript: boolean;
  turnList: Turn[];
  /** The turn of each paragraph in one. */
  turnOfBlock: Map<number, Turn>;
  /** A release's "X said:" lines (ATTRIBUTED_PARAGRAPHS), or null. */
  attributed: { turns: Turn[]; lines: Set<number> } | null;
  /** A release's attribution lines after its quotations (QUOTE_THEN_ATTRIBUTION), or null. */
  attributedAfter: { turns: Turn[]; lines: Set<number> } | null;
}

/** What the sentence loop reads with and writes to. */
interface Reading {
  doc: DocumentParts;
  turns: DocumentTurns;
  /** The sentences read so far, in order. */
  produced: Produced[];
  /** Titles, subtitles and date lines before the body. */
  heading: Set<number>;
  /** Whether a turn's words are about the call, by the turn's first block (-1 the opening statement). */
  aboutOfTurn: Map<number, { about: boolean }>;
  turnIndex: Map<Turn, number>;
  firstTurnBlock: number;
}

/** A paragraph of a speaker's turn (or of the opening statement, `opening`) and its sentences. */
interface BlockOfTurn {
  block: Block;
  inBlock: Sentence[];
  turn: Turn;
  opening: Turn | undefined;
}

/** A paragraph of a turn being read, with whether the turn's words are about the talks so far. */
interface TurnBlock extends BlockOfTurn {
  state: { about: boolean };
}

/** The call the drafts are linked to at the end: one on record of the same people (RECORDED_SAME_PEOPLE) or one proposed. */
interface ChosenCall {
  onRecord: LexCall | null;
  proposedCall: ProposedCall | null;
}

/** The drafts after confidence and gate: those kept, and the test of one held back. */
interface Gated {
  kept: Passage[];
  heldBack: (p: Passage) => boolean;
  floor: number;
  gate: GateModel | null;
}

/** Stage 1: the paragraphs and sentences, the candidate calls on record, and the context, with the one call on the date the text gives. */
function segmentDocument(ex: Extractor): DocumentParts {
  const { blocks, sentences } = segment(ex.text);
  const calls = withCounterpartCountry(ex, withReportedPeople(ex, candidateCalls(ex, sentences), sentences), sentences);
  const ctx: Ctx = { call: null, callEvidence: '', source: null, sourcesByKind: new Map() };
  if (ex.options.kind !== 'NEWS_ARTICLE') {
    ctx.source = ex.documentSource;
    ctx.sourcesByKind.set(ex.options.kind, ex.documentSource);
  }
  if (calls.length === 1 && ex.callsByDate) {
    ctx.call = calls[0];
    ctx.callEvidence = ex.dates.find((d) => Math.abs(daysBetween(d.date, calls[0].date)) <= 1)?.text ?? '';
    ex.callHits.set(calls[0].id, {
      span: ctx.callEvidence,
      rule: 'the only recorded call on the date the text gives',
      confidence: 0.8,
    });
  }
  return { blocks, sentences, calls, ctx };
}

/**
 * Stage 2: the people of the meeting the text reports (a first pass over the people named), for when no recorded call is
 * near the date or none has the people named (someone not on record took part).
 */
function reportedTalks(ex: Extractor, doc: DocumentParts): void {
  const { blocks, sentences, calls, ctx } = doc;
  for (const block of blocks) {
    ex.mentionCache = ex.lex.mentions(ex.text, block.start, block.end);
    collectProposals(ex, block);
  }
  titlePrincipalNewcomer(ex);
  proposeFromTitle(ex);
  const counterparts = proposeEngagedCounterpart(ex, sentences);
  ex.ownVoice = ownReleaseVoice(ex);
  ex.reported = proposeCall(ex, sentences);
  // ENGAGED_COUNTERPART (round 20): talks held with one side named, the other proposed from its family name: both sides.
  if (!ex.reported && counterparts.length) {
    const oneSide = proposeCall(ex, sentences, true);
    if (oneSide?.missing) {
      for (const key of counterparts) if (!oneSide.proposedParticipants.includes(key)) oneSide.proposedParticipants.push(key);
      ex.reported = { ...oneSide, missing: null, rule: `${oneSide.rule}; ${ENGAGED_COUNTERPART}` };
    }
  }
  // NEWCOMER_FIRST: the engagement the text reports is with someone not on record ("Minister X held a telephone
  // conversation with the U.S. Secretary"): a recorded call is taken only where a sentence names all its participants,
  // from the first line on (a title line naming one of them says nothing of a recorded call with someone else).
  if (ex.reported?.proposedParticipants.length) ex.withNewcomer = true;
  // REPORTED_PAIR_OFF_RECORD (round 11): so is one between people on record that no call near the date has all of
  // ("During a phone conversation between A and B, …", A's call with C on record that month): a headline naming A alone
  // does not pick A's other call.
  const pairOff = ex.reported?.participantIds.length ?? 0;
  if (pairOff >= 2 && !calls.some((c) => ex.reported!.participantIds.every((p) => c.participantIds.includes(p)))) ex.withNewcomer = true;
  // NEWCOMER_NOT_THE_DATED_CALL: the engagement the text reports first is with someone not on record and leaves out a
  // participant of the one call on record that day ("the President received the Secretary", the Secretary's talks with
  // his counterpart the same day on record): that call is another engagement, taken only where a sentence names it.
  const dated = ctx.call;
  // MULTILATERAL_MEETING: so is a call on record that day between some of the members of a meeting of three countries
  // or more (a bilateral meeting on its sidelines).
  // OTHER_PAIR_NOT_THE_DATED_CALL (round 10): so is the one call on record that day when the engagement reported is
  // between others on record ("A held a call with C" and the call on record that day is A's with B).
  const otherPair =
    ex.reported != null &&
    ex.reported.participantIds.length >= 2 &&
    ex.reported.participantIds.some((p) => !dated?.participantIds.includes(p));
  if (
    dated &&
    (ex.reported?.proposedParticipants.length || otherPair) &&
    (!dated.participantIds.every((p) => ex.reported!.participantIds.includes(p)) || ex.reported!.rule === MULTILATERAL_MEETING)
  ) {
    ctx.call = null;
    ex.callHits.delete(dated.id);
  }
}

/** Stage 3: a joint statement's signatories, and the documents and spokespeople a news story names. */
function signatoriesAndNamedSources(ex: Extractor, doc: DocumentParts): void {
  const { blocks, sentences, ctx } = doc;
  if (ex.options.kind === 'JOINT_STATEMENT') findSignatories(ex, blocks);
  // MULTILATERAL_SIGNATORIES: a joint statement its opening says officials of three countries or more signed is not the
  // statement of a call on record between some of them.
  if (ctx.call && widerSignatories(ex, ctx.call)) {
    ex.callHits.delete(ctx.call.id);
    ctx.call = null;
  }
  if (ex.options.kind === 'NEWS_ARTICLE') scanNamedDocuments(ex, sentences);
  if (ex.options.kind === 'NEWS_ARTICLE') scanSpokespeople(ex, sentences);
}

/** Stage 4: the turns of a transcript or a release, their speakers, whom they address, and the call of a joint press conference. */
function documentTurns(ex: Extractor, doc: DocumentParts): DocumentTurns {
  const { blocks, calls, ctx } = doc;
  const transcript = ex.options.kind === 'PRESS_CONFERENCE' || ex.options.kind === 'TRANSCRIPT';
  const turnOfBlock = new Map<number, Turn>();
  const turnList = turns(ex.text, blocks, transcript, ex.documentSource.speakerId != null ? 'A' : (ex.options.title ?? null));
  // A release's "X said:" line and the unquoted paragraphs after it: that speaker's turn.
  const attributed = !transcript && turnList.length === 0 ? attributedParagraphs(ex.text, blocks) : null;
  // A press conference page with no labels: questions and answers alternate after "Questions and Answers".
  if (transcript && turnList.length === 0)
    turnList.push(...unlabelledTurns(ex.text, blocks, ex.documentSource.speakerId != null ? 'A' : (ex.options.title ?? null)));
  if (attributed) turnList.push(...attributed.turns);
  // QUOTE_THEN_ATTRIBUTION: a release's quotation paragraphs, then their speaker's line.
  const attributedAfter = !transcript && turnList.length === 0 ? quotesAttributedAfter(ex.text, blocks, isTitleLine) : null;
  if (attributedAfter) turnList.push(...attributedAfter.turns);
  for (const t of turnList) for (let b = t.fromBlock; b <= t.toBlock; b++) turnOfBlock.set(b, t);
  ex.turnSpeakers = speakersOfTurns(ex, turnList, calls);
  ex.turnProposed = proposedSpeakersOfTurns(ex, turnList);
  // ADDRESSED_IN_PERSON: the names a speaker's turn opens by addressing ("Minister X, welcome …"): the other side is present.
  ex.addressed = turnList
    .filter((t) => t.role === 'SPEAKER' || t.role === 'ANSWER')
    .flatMap((t) => addressedInPerson(ex.text.slice(t.bodyStart, blocks[Math.min(t.toBlock, t.fromBlock + 2)].end)));
  ex.addressedPosts = uniq(
    turnList
      .filter((t) => t.role === 'SPEAKER' || t.role === 'ANSWER')
      .flatMap((t) => [...ex.text.slice(t.bodyStart, blocks[t.toBlock].end).matchAll(ADDRESSED_BY_POST.pattern)].map((m) => m[1])),
  );
  // A joint press conference reports the meeting of its speakers (two countries): a call on record with someone who
  // does not speak in it is another engagement ("Pete and I" in Canberra is not his video call with Tokyo that week).
  const speaking = new Set(ex.turnSpeakers.values());
  if (transcript && speaking.size > 0 && speakersMeeting(ex)) {
    const other = calls.filter((c) => !c.participantIds.every((p) => speaking.has(p)));
    if (other.length) {
      calls.splice(0, calls.length, ...calls.filter((c) => !other.includes(c)));
      for (const c of other) ex.callHits.delete(c.id);
      if (ctx.call && other.includes(ctx.call)) ctx.call = null;
    }
    // SPEAKERS_CALL (round 13): the one call near the date between exactly the speakers is the meeting they speak at.
    const theirs = calls.filter((c) => c.participantIds.length === speaking.size && c.participantIds.every((p) => speaking.has(p)));
    if (!ctx.call && speaking.size >= 2 && ex.turnProposed.length === 0 && theirs.length === 1) {
      ctx.call = theirs[0];
      ex.reported = null;
      ex.callHits.set(theirs[0].id, {
        span: ex.options.title ?? '',
        rule: 'SPEAKERS_CALL: the one recorded call near the date between exactly the speakers of the transcript',
        confidence: 0.7,
      });
    }
  }
  return { transcript, turnList, turnOfBlock, attributed, attributedAfter };
}

/** Stage 5: the talks a transcript reports when no call is on record (guests addressed or questioned, one side completed), and the talks of the lead. */
function transcriptTalks(ex: Extractor, doc: DocumentParts, turnsOfDoc: DocumentTurns): void {
  const { blocks, sentences, calls, ctx } = doc;
  const { transcript, turnList } = turnsOfDoc;
  // ADDRESSED_NEWCOMER: the guest the first speaker addresses, not on record, proposed (the meeting is then found below).
  // (A meeting the opening address already gave, with the people on record addressed, is found again with the guests added.)
  if (
    transcript &&
    !ctx.call &&
    (ex.reported == null || addressedMeeting(ex) != null) &&
    proposeAddressed(ex, turnList, blocks) &&
    addressedMeeting(ex)
  )
    ex.reported = proposeCall(ex, sentences);
  // A joint press conference with a speaker not on record: the meeting of its speakers (found only now the labels are read).
  // (Or, now the speakers are known, the engagement the one speaker reports in the first person: FIRST_PERSON_ENGAGEMENT.)
  // ENGAGED_NEWCOMER: the one met, in the speaker's own account of the engagement, not on record, proposed first.
  if (transcript && !ex.reported && !ctx.call) proposeEngaged(ex, sentences);
  ex.reported ??= proposeCall(ex, sentences);
  // ADDRESSED_MEETING: else the one speaker with those the opening addresses or welcomes by name ("can I welcome my good
  // friend, X, the Secretary of …"), on record or proposed.
  if (transcript && !ex.reported && !ctx.call) ex.reported = addressedMeetingOf(ex, turnList, blocks);
  // QUESTION_ON_TALKS: a question names the talks the one speaker just had, none on record: that engagement, proposed.
  // QUESTIONED_NEWCOMER: with calls on record, only when the question names someone besides the speaker ("You just had
  // lunch with Minister for Defence Payne": the guest proposed).
  if (transcript && !ex.reported && !ctx.call) {
    const asked = questionedTalks(ex, turnList, blocks);
    if (asked && (calls.length === 0 || asked.participantIds.length + asked.proposedParticipants.length >= 2)) ex.reported = asked;
  }
  // ONE_SIDE_COMPLETED: talks the one speaker reports with the other side unnamed where they are told ("I have met with him
  // for the first time, and we had wide-ranging discussions …"), the counterpart named by title and family name further on
  // ("Defense Minister Thanh stated …"): that counterpart, proposed, is the other participant.
  if (transcript && !ctx.call && !ex.reported && soleSpeaker(ex)) {
    const oneSide = proposeCall(ex, sentences, true);
    if (oneSide?.missing) {
      ex.reported = oneSide;
      completeOneSide(ex, sentences);
      if (ex.reported.missing) ex.reported = null;
    }
  }
  // JOINT_POSITION, early (round 17): with no call on record near the date and no talks found above, the people of two
  // countries the lead makes the joint subject of a position taken ("A and B agreed Wednesday to …") are those "they" and
  // "the two ministers" stand for ("They also agreed …"), as at the end of the document (found there, it came too late).
  if (!ctx.call && !ex.reported && calls.length === 0) {
    const joint = proposeCall(ex, sentences, true);
    if (joint && !joint.missing && joint.participantIds.length + joint.proposedParticipants.length >= 2) ex.reported = joint;
  }
  // TALKS_IN_LEAD, early: else the talks the opening reports with two sides named are the talks "the two ministers", "they"
  // and "both sides" stand for.
  if (!ctx.call && !ex.reported && calls.length === 0) {
    const lead = talksInLead(ex, sentences);
    if (lead && !lead.missing) ex.reported = lead;
  }
  ex.jointAppearance = jointEvent(ex, calls);
  // JOINT_APPEARANCE_DAY: at a joint appearance with no date in the text, the one recorded meeting of those present held on
  // the day the transcript is published (one day either side) is the one it follows.
  if (transcript && ex.jointAppearance && !ctx.call && calls.length > 1 && ex.options.publishedOn) {
    const published = ex.options.publishedOn;
    const thatDay = calls.filter((c) => Math.abs(daysBetween(c.date, published)) <= 1);
    if (thatDay.length === 1) {
      ctx.call = thatDay[0];
      ex.callHits.set(thatDay[0].id, {
        span: ex.options.title ?? '',
        rule: 'JOINT_APPEARANCE_DAY: the one recorded meeting of those appearing together on the day of the transcript',
        confidence: 0.7,
      });
    }
  }
  // One official answers every turn (a minister's own press conference); a speaker not resolved leaves it open.
  ex.soloBriefing =
    transcript &&
    new Set(ex.turnSpeakers.values()).size === 1 &&
    turnList.every((t) => (t.role !== 'SPEAKER' && t.role !== 'ANSWER') || ex.turnSpeakers.has(t.fromBlock));
}

/** Stage 6: every paragraph's sentences in order, a turn's as a speaker's words, prose sentence by sentence. */
function readBlocks(ex: Extractor, doc: DocumentParts, turnsOfDoc: DocumentTurns): Produced[] {
  const produced: Produced[] = [];
  const { blocks, sentences, calls, ctx } = doc;
  const { turnList, turnOfBlock, attributed, attributedAfter } = turnsOfDoc;
  // Titles, subtitles and date lines before the body: never a position.
  const heading = headingBlocks(blocks.map((b) => ex.text.slice(b.start, b.end)));
  // Whether a turn's words are about the call: carried forward from its question and its earlier sentences.
  const aboutOfTurn = new Map<number, { about: boolean }>();
  const turnIndex = new Map(turnList.map((t, i) => [t, i]));
  const firstTurnBlock = turnList[0]?.fromBlock ?? -1;
  const rd: Reading = { doc, turns: turnsOfDoc, produced, heading, aboutOfTurn, turnIndex, firstTurnBlock };
  let next = 0;
  for (const block of blocks) {
    const inBlock: Sentence[] = [];
    while (next < sentences.length && sentences[next].block === block.index) inBlock.push(sentences[next++]);
    mentionsOfBlock(ex, block);
    collectProposals(ex, block);
    const opening = openingTurn(ex, rd, block);
    const turn = turnOfBlock.get(block.index) ?? opening;
    /** Every sentence of the block skipped for one reason (after `each`, when given). */
    const skipBlock = (skip: { reason: SkipReason; rule: string }, each?: (sentence: Sentence) => void) => {
      for (const sentence of inBlock) {
        each?.(sentence);
        produced.push({ sentence, role: null, passages: [], skip: { ...skip } });
      }
    };
    if (attributed?.lines.has(block.index) || attributedAfter?.lines.has(block.index)) {
      skipBlock({ reason: 'NO_POSITION', rule: 'attribution line: the paragraphs after it are the speaker’s words' });
      continue;
    }
    if (heading.has(block.index) && !turn) {
      skipBlock({ reason: 'BOILERPLATE', rule: 'title, subtitle or date line before the body' }, (sentence) =>
        updateCall(ex, sentence, calls, ctx),
      );
      continue;
    }
    // TURN_SECTION_HEADING (round 15): a short line inside a turn that does not end as a sentence, right before the next
    // labelled turn, is a heading of the next part ("Regional situation", "Realignment of bases"), no words of the speaker.
    if (turn && turn !== opening && block.index > turn.fromBlock && turnOfBlock.get(block.index + 1)?.fromBlock === block.index + 1) {
      const line = ex.text.slice(block.start, block.end).trim();
      if (!ENDS_AS_SENTENCE(line) && line.split(/\s+/).length <= 10) {
        skipBlock({ reason: 'BOILERPLATE', rule: TURN_SECTION_HEADING });
        continue;
      }
    }
    if (turn) {
      readTurnBlock(ex, rd, { block, inBlock, turn, opening });
      continue;
    }
    readProseBlock(ex, rd, block, inBlock);
  }
  return produced;
}

/** The people and bodies a paragraph names (generic bodies resolved), as the mentions its sentences are read with. */
function mentionsOfBlock(ex: Extractor, block: Block): void {
  // SERVICE_BEFORE_RANK: "Air Force Maj. Gen. Ana Ruiz": the service designates the officer, it is no body named here.
  const named = ex.lex
    .mentions(ex.text, block.start, block.end)
    .filter((m) => m.kind !== 'organization' || !SERVICE_BEFORE_RANK.test(ex.text.slice(m.end, m.end + 40)));
  const generic = genericOrganizations(
    ex.lex,
    ex.text,
    block.start,
    block.end,
    // CAPITAL_BEFORE_BODY: "Seoul's defense ministry" is that country's.
    [...ex.seenOrganizations, ...named, ...capitalsBeforeBodies(ex.text, block.start, block.end)].sort((a, b) => a.start - b.start),
    [
      ex.options.publisherId,
      // "the ministry" of the officials named here or last: their organization.
      ...[...named.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]), ...ex.recent.flatMap((r) => r.ids)]
        .reverse()
        .map((id) => ex.lex.holding(id, documentDate(ex))?.organizationId ?? null),
    ].filter((x): x is number => x != null),
    named
      .filter((m) => m.kind === 'official' && m.ids.length === 1)
      .map((m) => ex.lex.holding(m.ids[0], documentDate(ex))?.organizationId)
      .filter((x): x is number => x != null),
  );
  ex.mentionCache = generic.length ? [...named, ...generic].sort((a, b) => a.start - b.start) : named;
  ex.seenOrganizations.push(...ex.mentionCache.filter((m) => m.kind === 'organization' || m.kind === 'country'));
  if (ex.seenOrganizations.length > 50) ex.seenOrganizations.splice(0, ex.seenOrganizations.length - 50);
}

/** The opening statement a paragraph before the first labelled turn belongs to (or an own release's first-person paragraph), if any. */
function openingTurn(ex: Extractor, rd: Reading, block: Block): Turn | undefined {
  const { transcript, turnList } = rd.turns;
  const { heading, firstTurnBlock } = rd;
  // Before the first labelled turn, a transcript's first-person prose is the principal speaker's opening statement.
  // (OWN_RELEASE_VOICE: so is a minister's own release's paragraph in the first person singular, theirs.)
  const opening =
    (transcript &&
      ex.documentSource.speakerId != null &&
      (firstTurnBlock === -1 || block.index < firstTurnBlock) &&
      SPEAKER_POSITION.firstPerson.test(ex.text.slice(block.start, block.end))) ||
    (ex.ownVoice != null &&
      turnList.length === 0 &&
      (OWN_RELEASE_VOICE.singular.test(unquoted(ex.text.slice(block.start, block.end))) ||
        // PAGE_DETAILS_SPEAKER: a transcript with no labels is its one speaker's words throughout.
        (transcript && !heading.has(block.index))))
      ? ({
          label: 'A',
          role: 'SPEAKER',
          bodyStart: block.start,
          fromBlock: block.index,
          toBlock: block.index,
        } as Turn)
      : undefined;
  return opening;
}

/** Whether a turn's words are about the talks: found once per turn, carried forward from its question and its earlier sentences. */
function turnAbout(ex: Extractor, rd: Reading, b: BlockOfTurn): { about: boolean } {
  const { block, turn, opening } = b;
  const { blocks, sentences, calls, ctx } = rd.doc;
  const { turnList } = rd.turns;
  const { aboutOfTurn, turnIndex, firstTurnBlock } = rd;
  const key = turn === opening ? -1 : turn.fromBlock;
  let state = aboutOfTurn.get(key);
  if (!state) {
    const i = turnIndex.get(turn) ?? -1;
    const question = i > 0 && turnList[i - 1].role === 'QUESTION' ? turnList[i - 1] : null;
    // STATEMENT_OF_THE_TALKS (round 17): a speaker's opening statement, before any question, that reports the talks
    // anywhere in it (on record or proposed: "And today, we've had a Defence Ministers' meeting here") is about them from
    // its first sentence, as it is after that mention.
    const statementEnd =
      i <= 0 || turnList.slice(0, i).every((t) => t.role !== 'QUESTION')
        ? blocks[turn === opening ? (firstTurnBlock === -1 ? blocks.length - 1 : firstTurnBlock - 1) : turn.toBlock].end
        : -1;
    const talksHeld = ctx.call != null || ex.reported != null;
    state = {
      about:
        jointEvent(ex, calls) ||
        (talksHeld &&
          statementEnd > block.start &&
          statementOfTalks(
            ex,
            sentences.filter((x) => x.end > (turn === opening ? block.start : turn.bodyStart) && x.end <= statementEnd),
            turn === opening ? (ex.documentSource.speakerId ?? ex.ownVoice?.id ?? undefined) : ex.turnSpeakers.get(turn.fromBlock),
            calls,
          )) ||
        (question != null &&
          (speaksOfCall(ex, question.bodyStart, blocks[question.toBlock].end, ex.turnSpeakers.get(turn.fromBlock), calls) ||
            // ASKS_ABOUT_TALKS: "Did you share any view on …?" after the talks a press conference reports.
            (ex.reported != null && ASKS_ABOUT_TALKS.test(ex.text.slice(question.bodyStart, blocks[question.toBlock].end).trim())))),
    };
    aboutOfTurn.set(key, state);
  }
  return state;
}

/** A paragraph of a speaker's turn, sentence by sentence. */
function readTurnBlock(ex: Extractor, rd: Reading, b: BlockOfTurn): void {
  const tb: TurnBlock = { ...b, state: turnAbout(ex, rd, b) };
  const { block, turn, inBlock } = b;
  // TURN_PEOPLE: the people a turn's sentences name are what "the Secretary", "he" refer to next, as in prose.
  let said: Span | null = null;
  for (const sentence of inBlock) {
    if (said) rememberPeople(ex, said);
    const start = Math.max(sentence.start, turn.fromBlock === block.index ? turn.bodyStart : block.start);
    said = { start, end: sentence.end };
    turnSentence(ex, rd, tb, sentence, start);
  }
  if (said) rememberPeople(ex, said);
}

/** One sentence of a speaker's turn (its words from `start`): background, a confirmation, joined to the one before, or the turn's passages. */
function turnSentence(ex: Extractor, rd: Reading, tb: TurnBlock, sentence: Sentence, start: number): void {
  const { block, turn, opening, inBlock, state } = tb;
  const { calls, ctx } = rd.doc;
  const { produced } = rd;
  if (turn.role === 'QUESTION' || turn.role === 'MODERATOR' || start >= sentence.end) {
    produced.push({ sentence, role: turn.role, passages: [] });
    return;
  }
  const words = ex.text.slice(start, sentence.end);
  const speakerId = turn === opening ? (ex.documentSource.speakerId ?? ex.ownVoice?.id ?? undefined) : ex.turnSpeakers.get(turn.fromBlock);
  if (speaksOfCall(ex, start, sentence.end, speakerId, calls)) state.about = true;
  // "… without exception. That is a promise, not a slogan.": one position in two sentences, one draft.
  const before = produced[produced.length - 1];
  const joined = before?.sentence.block === block.index ? before.passages[before.passages.length - 1] : undefined;
  const afterAccount = joined != null && TALKS_NOT_COVERED.test(joined.originalText);
  // "That was not a subject of today's talks, and I will not speculate": the refusal leaves an account of the talks
  // (and after one, closes it).
  const background = ((b) =>
    b?.reason === 'NO_POSITION' && ((afterAccount && b.rule.startsWith('declined')) || TALKS_NOT_COVERED.test(words)) ? null : b)(
    backgroundOf(words, true),
  );
  if (background) {
    // Still the context of what follows: the call it names ("Last night, Secretary X spoke by phone with …").
    updateCall(ex, { start, end: sentence.end }, calls, ctx);
    produced.push({ sentence, role: turn.role, passages: [], skip: background });
    return;
  }
  if (confirmedAfter(ex, rd, tb, sentence, words)) return;
  const declinedOrLeftOut =
    NOT_A_POSITION.find((r) => r.test.test(words) && !statesBeside(words, r.test) && !TALKS_NOT_COVERED.test(words)) ?? turnNothing(words);
  // What the talks left out is no position alone; "The Secretary gave me no number. Japan sets its own budget, and I
  // would refrain from going further.": followed by a statement of its own that a refusal closes, it is one passage
  // with it (the refusal joins it below).
  const nextSentence = declinedOrLeftOut != null && TALKS_NOT_COVERED.test(words) ? inBlock[inBlock.indexOf(sentence) + 1] : undefined;
  const nextWords = nextSentence ? ex.text.slice(nextSentence.start, nextSentence.end) : '';
  const accountClosed = NOT_A_POSITION[0].test.test(nextWords) && /^[^,;]{12,},\s*(?:and|but)\s+(?:I|we)\b/.test(nextWords);
  const declined = accountClosed ? undefined : declinedOrLeftOut;
  const position =
    accountClosed ||
    (!declined &&
      ((SPEAKER_POSITION.firstPerson.test(words) && SPEAKER_POSITION.position.test(words)) ||
        SPEAKER_POSITION.about.test(words) ||
        SPEAKER_POSITION.reported.test(words) ||
        turnPosition(words) != null));
  // "It was not discussed today. I will not speculate.": the refusal closes the account of the talks before it.
  const closesAccount = declined?.name === 'declines to comment' && afterAccount;
  if (joined && ((!declined && followsOn(words, position)) || closesAccount)) {
    const [, end] = toOriginal(ex.restored, sentence.start, sentence.end);
    joined.text = `${joined.text} ${ex.text.slice(start, sentence.end)}`;
    joined.end = end;
    joined.originalText = ex.original.slice(joined.start, end);
    produced.push({ sentence, role: turn.role, passages: [] });
    return;
  }
  if (!position) {
    produced.push({
      sentence,
      role: turn.role,
      passages: [],
      skip: declined
        ? { reason: declined.reason ?? 'NO_POSITION', rule: `speaker: ${declined.name}` }
        : { reason: 'NO_POSITION', rule: 'speaker: no first-person position, counterpart, alliance or commitment' },
    });
    return;
  }
  const turnPassages = transcriptTurn(
    ex,
    { start, end: sentence.end },
    turn.label,
    calls,
    ctx,
    state.about,
    ex.turnSpeakers.get(turn.fromBlock),
  );
  // CONTENT_OF_WHAT_CAME_BEFORE (round 13): "This includes …", "These will include …" right after a draft of the same
  // paragraph spells out what that draft's parties agreed or do: the same parties (the speaker's side alone only
  // when the draft before was).
  const previous = before?.sentence.block === block.index ? before.passages[before.passages.length - 1] : undefined;
  if (previous && CONTENT_OF_BEFORE.test(words))
    for (const p of turnPassages) {
      if (previous.partyIds.length + previous.proposedParties.length <= p.partyIds.length + p.proposedParties.length) continue;
      p.partyIds = [...previous.partyIds];
      p.proposedParties = [...previous.proposedParties];
      p.evidence.push({
        field: 'party',
        value: p.partyIds.map((x) => ex.lex.officials.get(x)?.name ?? '').join(', '),
        span: words.slice(0, 20),
        rule: 'CONTENT_OF_WHAT_CAME_BEFORE: "This includes …" after a draft: its parties',
        confidence: 0.6,
      });
    }
  produced.push({ sentence, role: turn.role, passages: turnPassages });
}

/** CONFIRMED_AFTER: whether the sentence confirms the draft before it (then that draft is both sides' and the sentence is skipped). */
function confirmedAfter(ex: Extractor, rd: Reading, tb: TurnBlock, sentence: Sentence, words: string): boolean {
  const { block, turn } = tb;
  const { ctx } = rd.doc;
  const { produced } = rd;
  const before = produced[produced.length - 1];
  // CONFIRMED_AFTER (round 14): "These points were confirmed.", "This concern has been shared between us." right after
  // a draft of the same paragraph: that draft is both sides' position (the talks' participants with the speaker), and
  // the confirming sentence says nothing new.
  const confirming = before?.sentence.block === block.index && CONFIRMED_AFTER.pattern.test(words.trim());
  const confirmedDraft = confirming ? before.passages[before.passages.length - 1] : undefined;
  if (confirmedDraft) {
    const talks = ctx.call ?? ex.reported;
    const speakerIn =
      talks != null &&
      (confirmedDraft.speakerIds.some((x) => talks.participantIds.includes(x)) ||
        confirmedDraft.proposedSpeakers.some((k) => (ex.reported?.proposedParticipants ?? []).includes(k)));
    if (talks && speakerIn && talks.participantIds.length + (ctx.call ? 0 : (ex.reported?.proposedParticipants.length ?? 0)) >= 2) {
      for (const x of talks.participantIds) if (!confirmedDraft.partyIds.includes(x)) confirmedDraft.partyIds.push(x);
      if (!ctx.call)
        for (const k of ex.reported?.proposedParticipants ?? [])
          if (!confirmedDraft.proposedParties.includes(k)) confirmedDraft.proposedParties.push(k);
      confirmedDraft.evidence.push({
        field: 'party',
        value: 'both sides',
        span: words,
        rule: CONFIRMED_AFTER.name,
        confidence: 0.6,
      });
      produced.push({ sentence, role: turn.role, passages: [], skip: { reason: 'NO_POSITION', rule: CONFIRMED_AFTER.name } });
      return true;
    }
  }
  return false;
}

/** A paragraph of prose, sentence by sentence: the call and setting each is read in, its passages, and who it was about. */
function readProseBlock(ex: Extractor, rd: Reading, block: Block, inBlock: Sentence[]): void {
  const { calls, ctx } = rd.doc;
  const { produced } = rd;
  const blockMentions = ex.mentionCache;
  for (const sentence of inBlock) {
    // No statement is this long: a run-on "sentence" (a table, a stray quotation mark) is not read, keeping time bounded.
    if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) {
      produced.push({ sentence, role: null, passages: [] });
      continue;
    }
    ex.mentionCache = mentionsBetween(blockMentions, sentence.start, sentence.end);
    ex.blockIndex = block.index;
    updateCall(ex, sentence, calls, ctx);
    // Read even when it is background: the source, call and people it names are the context of what follows.
    const background = backgroundOf(ex.text.slice(sentence.start, sentence.end));
    // "In January, the two had agreed by phone to …": a story's account of an earlier call between the same people.
    const current = ctx.call;
    const earlier = ex.options.kind === 'NEWS_ARTICLE' ? earlierCall(ex, sentence, current) : null;
    if (earlier) ctx.call = earlier;
    const elsewhere =
      !earlier &&
      (saidElsewhere(ex, sentence, current?.participantIds ?? ex.reported?.participantIds ?? []) ||
        settingCarries(ex, sentence, block.index, block.end));
    // The chain of remarks made elsewhere, for the names of who spoke there.
    // QUESTION_IN_SETTING: a question put there ("Rep. X asked whether …") keeps the setting for the answer after it.
    // (INTERVIEW_CARRIES, round 13: a sentence set in an interview that tells of the talks is the talks', but the same
    // speaker's quotations after it were still said there. Not remarks to lawmakers, which the corpus keeps with the talks.)
    ex.lastElsewhere =
      elsewhere || (!earlier && INTERVIEW_SETTING.test(ex.text.slice(sentence.start, sentence.end)))
        ? { text: `${ex.lastElsewhere?.text ?? ''} ${ex.text.slice(sentence.start, sentence.end)}`, block: block.index }
        : ex.lastElsewhere && QUESTION_IN_SETTING.test(ex.text.slice(sentence.start, sentence.end))
          ? { ...ex.lastElsewhere, block: block.index + 1 }
          : null;
    // OWN_DECISION: a country's policy stated as its own decision, the counterpart and the talks unnamed: not the call's.
    const own =
      !earlier &&
      !elsewhere &&
      OWN_DECISION.test(ex.text.slice(sentence.start, sentence.end)) &&
      !speaksOfCall(ex, sentence.start, sentence.end, undefined, calls);
    if (elsewhere || own) ctx.call = null;
    // OTHER_TALKS (round 13): talks the sentence reports with someone the recorded call leaves out are not that call.
    if (!earlier && !elsewhere && !own && ctx.call && otherTalksOf(ex, sentence, block.index, ctx.call)) ctx.call = null;
    ex.wordsElsewhere = elsewhere || own;
    const found = readSentence(ex, sentence, sentence.quotes, ctx);
    ex.wordsElsewhere = false;
    // CONTENT_GOES_ON (round 17): "This includes …", "It calls for …", "It identified …" right after a draft of the same
    // paragraph spells out what that draft's parties agreed, a document's account as a speaker's turn (CONTENT_OF_WHAT_CAME_BEFORE).
    const before = produced[produced.length - 1];
    const previous =
      !background && found.length === 0 && before?.sentence.block === block.index ? before.passages[before.passages.length - 1] : undefined;
    if (previous && CONTENT_GOES_ON.test(ex.text.slice(sentence.start, sentence.end).trim()))
      found.push(contentGoesOn(ex, previous, sentence));
    if (elsewhere || own) for (const p of found) p.offTalks = true;
    if (ctx.call !== current) ctx.call = current;
    produced.push(background ? { sentence, role: null, passages: [], skip: background } : { sentence, role: null, passages: found });
    rememberPeople(ex, sentence);
    // The one person a sentence is about ("The Secretary affirmed …") is the one "he" next refers to.
    const about = found[0];
    if (about && about.partyIds.length + about.proposedParties.length === 1)
      ex.recent.push({ ids: about.partyIds, proposed: about.proposedParties, span: 'the subject of the sentence before' });
    else if (about && about.speakerIds.length + about.proposedSpeakers.length === 1)
      ex.recent.push({ ids: about.speakerIds, proposed: about.proposedSpeakers, span: 'the speaker of the sentence before' });
    rememberReporter(ex, sentence);
  }
}

/**
 * Stage 7: the call of the drafts with none: one found or proposed (TALKS_IN_LEAD last), unless a call on record has exactly its
 * people (RECORDED_SAME_PEOPLE), which the drafts then take.
 */
function chooseCall(ex: Extractor, produced: Produced[]): ChosenCall {
  const found =
    ex.callHits.size === 0
      ? ((completedOneSide(ex.reported) ? ex.reported : null) ??
        proposeCall(
          ex,
          produced.map((p) => p.sentence),
        ) ??
        signatoriesMeeting(ex) ??
        (ex.reported?.rule === QUESTIONED_TALKS || addressedMeeting(ex) ? ex.reported : null) ??
        titleOnRecordMeeting(ex) ??
        proposeCall(
          ex,
          produced.map((p) => p.sentence),
          true,
        ))
      : newcomerEngagement(ex)
        ? ex.reported
        : ex.otherTalks;
  // TALKS_IN_LEAD: no call on record taken by any draft, none proposed by a rule above, the opening reports talks.
  const toPropose =
    found ??
    (produced.some((x) => x.passages.some((p) => p.callId != null))
      ? null
      : talksInLead(
          ex,
          produced.map((p) => p.sentence),
        ));
  // RECORDED_SAME_PEOPLE (stop 40): a call on record of exactly the people the call to propose has is that call.
  const onRecord = toPropose ? recordedSamePeople(ex, toPropose) : null;
  const proposedCall = onRecord ? null : toPropose;
  if (onRecord && toPropose) {
    ex.callHits.set(onRecord.id, { span: toPropose.span, rule: RECORDED_SAME_PEOPLE.name, confidence: 0.5 });
    for (const p of produced.flatMap((x) => x.passages)) {
      if (p.callId != null || p.offTalks) continue;
      p.callId = onRecord.id;
      p.features.call = 'call';
      p.evidence.push({
        field: 'call',
        value: onRecord.title,
        span: toPropose.span,
        rule: `${RECORDED_SAME_PEOPLE.name}: the call the text reports is the one on record between exactly its people${toPropose.date ? ', that day' : `, within ${RECORDED_SAME_PEOPLE.days} days before publication`}`,
        confidence: 0.5,
      });
    }
  }
  return { onRecord, proposedCall };
}

/** Stage 8: the parties of a draft whose subject is the talks' two countries, and the call proposed on every draft. */
function linkToCall(ex: Extractor, doc: DocumentParts, produced: Produced[], chosen: ChosenCall): void {
  const { calls } = doc;
  const { onRecord, proposedCall } = chosen;
  // COUNTRY_PAIR_OF_THE_TALKS in any genre (round 17): a draft of the document's own account with no party whose subject is
  // the talks' two countries ("Korea and Vietnam have agreed to …" in a ministry's release) is the talks' two people.
  // (Not one relayed from a body's statement: "The United States and Japan will study …, the Pentagon said", dev d46.)
  const linked = onRecord ? [...calls, onRecord] : calls;
  for (const p of produced.flatMap((x) => x.passages)) countryPairParties(ex, p, proposedCall, linked);
  for (const p of produced.flatMap((x) => x.passages)) authorAsParty(p);
  if (proposedCall)
    for (const p of produced.flatMap((x) => x.passages)) {
      if (p.callId == null && !p.offTalks) {
        p.features.call = 'proposed';
        p.confidence = confidenceOf(p.features).value;
      }
      p.evidence.push({
        field: 'call',
        value: `no recorded call: proposed (${proposedCall.date ?? 'date unknown'})`,
        span: proposedCall.span,
        rule: proposedCall.rule,
        confidence: 0.5,
      });
    }
}

/**
 * AUTHOR_AS_PARTY: a draft whose words name no party though officials are its author (a speaker's quotation of a clause
 * or a fragment, "… undermine the peace of the region," he said; a joint statement's sentence whose subject is no person)
 * takes the position of its author: the author's officials, on record or proposed, are its parties. Not an author that is
 * a body only (a ministry's release), which names no one, nor a quoted noun phrase with no verb of its own.
 */
export const AUTHOR_AS_PARTY = 'AUTHOR_AS_PARTY: words that name no party, said or signed by officials: the officials who said them';
function authorAsParty(p: Passage): void {
  if (p.partyIds.length + p.proposedParties.length > 0 || p.speakerIds.length + p.proposedSpeakers.length === 0) return;
  // NOT_A_FRAGMENT (stop 41): a fragment lifted from a sentence (lower case first) with no finite verb of its own, a noun
  // phrase ("a reaffirmation of the unwavering commitment of the U.S. to …", the reference article), takes no one's
  // position: no party, as its label has.
  if (/^\s*\p{Ll}/u.test(p.text) && !hasFiniteVerb(p.text)) return;
  p.partyIds = [...p.speakerIds];
  p.proposedParties = [...p.proposedSpeakers];
  p.evidence.push({ field: 'party', value: 'the author', span: '', rule: AUTHOR_AS_PARTY, confidence: 0.5 });
}

/** Stage 9: every draft's confidence finished and gated; those kept (deduplicated, in order). */
function gateDrafts(ex: Extractor, produced: Produced[], proposedCall: ProposedCall | null): Gated {
  const all = produced.flatMap((p) => p.passages);
  const gate = ex.options.gate === undefined ? gateModel : ex.options.gate;
  for (const p of all) {
    finishConfidence(p, { proposedCall: proposedCall !== null, document: ex.options.kind });
    if (gate) gateDraft(p, gate);
  }
  const floor = ex.options.minConfidence ?? MIN_DRAFT_CONFIDENCE;
  const heldBack = (p: Passage) => !ex.options.keepAll && (p.confidence < floor || gatedOut(p, gate));
  const kept = dedupe(all.filter((p) => !heldBack(p)).sort((a, b) => a.start - b.start || a.end - b.end));
  return { kept, heldBack, floor, gate };
}

/** Stage 10: what became of each sentence (drafted, or skipped and why), question premises marked. */
function dispositionsOf(ex: Extractor, produced: Produced[], gated: Gated): Disposition[] {
  const { kept, heldBack, floor, gate } = gated;
  const dispositions = produced.map(({ sentence, role, passages, skip }): Disposition => {
    const [start, end] = toOriginal(ex.restored, sentence.start, sentence.end);
    const positions = kept.flatMap((p, i) => (p.start < end && p.end > start ? [i] : []));
    if (positions.length)
      return { index: sentence.index, start, end, status: 'DRAFTED', reason: null, rule: 'a draft covers it', draftPositions: positions };
    const text = ex.text.slice(sentence.start, sentence.end);
    const why =
      furnitureOver(skip, text) ??
      skipReason({
        role,
        belowThreshold: passages.length > 0 && passages.every(heldBack),
        gated: passages.length > 0 && passages.every((p) => p.confidence >= floor) ? gateRule(passages, gate) : null,
        hasSubject: ex.lex.mentions(ex.text, sentence.start, sentence.end).some((m) => m.kind === 'official' || m.kind === 'title'),
        text,
        words: wordCount(text),
      });
    const duplicate = passages.length > 0 && passages.some((p) => !heldBack(p));
    return duplicate
      ? {
          index: sentence.index,
          start,
          end,
          status: 'SKIPPED',
          reason: 'DUPLICATE',
          rule: 'its words are drafted already from an earlier sentence',
          draftPositions: [],
        }
      : { index: sentence.index, start, end, status: 'SKIPPED', reason: why.reason, rule: why.rule, draftPositions: [] };
  });
  questionPremises(
    dispositions,
    produced.map((p) => ({ block: p.sentence.block, inTurn: p.role != null, text: ex.text.slice(p.sentence.start, p.sentence.end) })),
  );
  return dispositions;
}

/** Stage 11: the countries of the officials and bodies proposed, where the text leaves them unplaced. */
function placeProposals(ex: Extractor, proposedCall: ProposedCall | null): void {
  // OWN_TRANSCRIPT_COUNTRY: the one speaker of a transcript imported with no publisher on record, not on record
  // themselves (a minister's own doorstop), is of the country of the time zone the importer gave for it.
  const sole = ex.options.publisherId == null ? soleSpeaker(ex) : null;
  const own = sole?.key ? ex.proposedOfficials.get(sole.key) : undefined;
  if (own && !own.countryCode) own.countryCode = speakerAbroadCountry(ex) ?? countryOfZone(ex.options.timeZone);
  // PUBLISHER_FIELD_COUNTRY: an official not on record whose title names the field of the proposed publisher ("the
  // Defence Minister" in a Ministry of Defence's release) and no country is the publisher's own, of its country.
  const publisherKey = proposedPublisherKey(ex);
  const body = publisherKey ? ex.proposedOrganizations.get(publisherKey) : undefined;
  const field = body
    ? /\bof\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(\p{Lu}[\p{L}-]+)$|^(?:[\p{L}-]+\s+){0,3}(\p{Lu}[\p{L}-]+)$/u.exec(body.name)
    : null;
  const noun = field?.[1] ?? field?.[2];
  if (body && noun)
    for (const o of ex.proposedOfficials.values())
      if (
        !o.countryCode &&
        ((o.title && new RegExp(`\\b${noun}\\b`, 'i').test(o.title)) ||
          // PORTFOLIO_IN_BRACKETS: "Minister Van Dalen (Defence)", the portfolio after the name, as Dutch and Belgian releases write it.
          ex.text.includes(`${o.name} (${noun})`))
      )
        o.countryCode = publisherCountry(ex, body.name);
  // TALKS_PAIR_COUNTRY: a participant of the talks not on record and left unplaced is of the one country the text pairs
  // with the other participants' ("India-US partnership", "the defence ministers of India and Japan").
  const talks = proposedCall ?? ex.reported;
  if (talks) {
    const sides = new Set(
      [
        ...talks.participantIds.map((id) => ex.lex.officials.get(id)?.countryCode),
        ...talks.proposedParticipants.map((k) => ex.proposedOfficials.get(k)?.countryCode),
      ].filter((c): c is string => c != null),
    );
    const unplaced = talks.proposedParticipants.filter((k) => ex.proposedOfficials.get(k)?.countryCode == null);
    const other = new Set(
      countryPairs(ex.text).flatMap(([a, b]) => (sides.has(a) && !sides.has(b) ? [b] : sides.has(b) && !sides.has(a) ? [a] : [])),
    );
    if (unplaced.length === 1 && sides.size > 0 && other.size === 1) ex.proposedOfficials.get(unplaced[0])!.countryCode = [...other][0];
    // PUBLISHER_SIDE_COUNTRY (round 14): else the one participant left unplaced is of the proposed publisher's country, when
    // no participant placed is of it (an embassy's or a ministry's release of its own side's talks with a recorded official).
    const still = talks.proposedParticipants.filter((k) => ex.proposedOfficials.get(k)?.countryCode == null);
    const own = body ? publisherCountry(ex, body.name) : null;
    if (still.length === 1 && sides.size > 0 && own && !sides.has(own)) ex.proposedOfficials.get(still[0])!.countryCode = own;
  }
  // SPEAKING_BODY_COUNTRY: a body not on record that speaks in the document (a source's proposed publisher) and whose country
  // no words gave is of the one country of the talks' participants not on record (the side whose body it is).
  if (talks) {
    const unrecordedSides = uniq(
      talks.proposedParticipants.map((k) => ex.proposedOfficials.get(k)?.countryCode).filter((c): c is string => c != null),
    );
    const speaking = new Set([...ex.sources.values()].map((x) => x.proposedPublisher).filter((k): k is string => k != null));
    if (unrecordedSides.length === 1)
      for (const key of speaking) {
        const body = ex.proposedOrganizations.get(key);
        if (body && body.countryCode == null && key !== ex.publisherProposal) body.countryCode = unrecordedSides[0];
      }
  }
}

/** Stage 12: the extraction. */
function extraction(
  ex: Extractor,
  doc: DocumentParts,
  gated: Gated,
  proposedCall: ProposedCall | null,
  dispositions: Disposition[],
): Extraction {
  const { sentences } = doc;
  const { kept } = gated;
  return {
    text: ex.original,
    passages: kept,
    dates: ex.dates.map((d) => ({ ...d, text: orig(ex, d.start, d.end) })),
    calls: [...ex.callHits.entries()].map(([callId, e]) => ({ callId, ...e })),
    sources: [...ex.sources.values()],
    proposedOfficials: [...ex.proposedOfficials.values()],
    // The proposed publisher's country once every official of the document is read.
    proposedOrganizations: [...ex.proposedOrganizations.values()].map((o) =>
      o.key === ex.publisherProposal ? { ...o, countryCode: publisherCountry(ex, o.name) } : o,
    ),
    proposedCommitments: [...ex.proposedCommitments.values()],
    proposedCall,
    sentenceCount: sentences.length,
    dispositions,
  };
}

/** Mentions (sorted by start) within a span, by binary search. */
function mentionsBetween(mentions: Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start - 40) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) out.push(mentions[i]);
  return out;
}

function dedupe(passages: Passage[]): Passage[] {
  const seen = new Set<string>();
  return passages.filter((p) => {
    // A turn's source (TURN_SPEAKER_SOURCE) is the document: the same words are one draft whoever said them.
    const key = `${p.source.isDocument ? 'document' : p.source.key}|${p.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
