/**
 * From a document's text to draft statements, free of the database: sentences, quoted passages,
 * reported speech and who took a position, the sources a passage comes from, the call, dates,
 * commitments and topics, and the people and bodies the text names that are not on record yet.
 * Every guess carries its evidence (the words matched, the rule, a confidence).
 */
import { dateIn } from '../common/time-zones';
import { type LexCall, Lexicon, type LexOrganization, type Mention, surname } from './lexicon';
import { OWN_RELEASE_VOICE, publisherLine, publisherPerson, readoutLeadLine, unquoted } from './pipeline/publisher';
import {
  addressedInPerson,
  addressedWithTitles,
  ASKS_ABOUT_TALKS,
  HOSTED_COUNTERPART,
  JOINT_TITLE,
  HOSTED_TITLE,
  otherSideForms,
  QUESTION_ON_TALKS,
  quotesAttributedAfter,
  titledNames,
  postOfFieldNames,
  familyOfName,
} from './pipeline/turns';
import {
  aliasMatches,
  clauseStance,
  commitmentsIn,
  type ProposedCommitment,
  sentenceParts,
  type StanceGuess,
  stanceOf,
} from './pipeline/commitments';
import { confidenceOf, type DraftFeatures, finishConfidence, frameFamily } from './pipeline/confidence';
import { type GateModel, gateDraft, gatedOut, gateRule } from './pipeline/gate';
import { gateModel } from './pipeline/gate-table';
import {
  BODY_DOCUMENT_NOUNS,
  bodySourceKind,
  bodyDocument,
  capitalsBeforeBodies,
  DEFINITE_BODY_DOCUMENT,
  BODY_OF_A_SIDE_NOT_ON_RECORD,
  PROPOSED_BODY_AS_REPORTER,
  OPENING_PHRASE_BEFORE_REPORTER,
  ALSO_SAID_AFTER_TOLD_IN_TALKS,
  SPEECH_IN_RELAYED_DOCUMENT,
  POST_QUOTED,
  continuesBodyAccount,
  talksGroupSubject,
  attributionRunsOn,
  ATTRIBUTION_RUNS_ON,
  type RelaySubject,
  continuesRelayedAccount,
  FRAGMENT_UNDER_ACCORDING,
  OTHER_OUTLET_REPORT,
  continuesFrame,
  coordinatedSubjects,
  GENERIC_STATEMENT,
  namesKind,
  REMOTE_CALL,
  openingAdjunct,
  outerAttribution,
  RELAYED_ACCOUNT,
  SPOKEN_SETTING_OPENING,
  OUTSIDE_REPORTER,
  THIRD_COUNTRY_SUBJECT,
  WRITTEN_ACCOUNT,
  familyNameAtEnd,
  PRONOUN_FOR_RUNNING_SPOKESPERSON,
  SPOKESPERSON_NAMED_BEFORE_TITLE,
  quotedPredicateSubject,
  quoteInsideClause,
  clauseGoesOnUnquoted,
  PEOPLE_SUBJECT,
  secondThatClauseSubjects,
  SIGNATORY_REFERENCE,
  subjectLength,
} from './pipeline/attribution';
import {
  clauseOfVerb,
  bothCountriesSubject,
  CONFIRMED_AFTER,
  explicitGroupOf,
  genericOrganizations,
  groupOfAnotherSize,
  HOME_AFFAIRS_WE,
  jointPredicate,
  ONE_SIDE_WE,
  participleOpening,
  RECIPROCAL_ACT,
  turnGroupOf,
  subjectAppositive,
  WORDS_RECEIVED,
} from './pipeline/coref';
import {
  CALL_KIND_RULES,
  HELD_ENGAGEMENT,
  engagementNotHeld,
  intendedEngagement,
  JOINT_DISCUSSION,
  JOINT_POSITION,
  missingCounterpart,
  NAMED_PAIR_MEETING,
  ONE_SIDE_NAMED,
  OPENING_ADDRESS,
  OTHER_SETTING,
  OTHER_SIDE_AS_PARTY,
  VISIT_ENGAGEMENT,
  RECEIVED_AS_GUEST,
  TALKS_IN_LEAD,
} from './pipeline/proposed-call';
import { countryOfZone, governmentSubject } from './pipeline/countries';
import { CAPITAL_GOVERNMENTS, countriesNamed, countryPairs } from './pipeline/countries';
import { outsidePastPeriodLead, pastPeriodEngagement, textDates } from './pipeline/dates';
import {
  type Disposition,
  furnitureOver,
  NOT_A_POSITION,
  questionPremises,
  SPEAKER_POSITION,
  type SkipReason,
  skipReason,
  statesBeside,
} from './pipeline/dispositions';
import {
  clauseAfter,
  hasFiniteVerb,
  ISSUED_DOCUMENT,
  LEAD_SETTING_THAT,
  LEAD_WITHOUT_THAT,
  REPORTED_REFUSAL,
  trailingFrame,
} from './pipeline/frames';
import { REPORTER_STAYS_CENTRE, TOLD_AUDIENCE, TRAILING_THEN_PARTICIPLE } from './pipeline/frames';
import {
  appointmentAfter,
  bodyNameEnd,
  editDistance,
  isTitleLine,
  nameStyleCountry,
  nameVariants,
  personNames,
  postForRole,
  SERVICE_BEFORE_RANK,
  titledPeople,
} from './pipeline/people';
import {
  ENDS_AS_SENTENCE,
  MEETING_STANCE_PURPOSE,
  OWN_DECISION,
  backgroundOf,
  headingBlocks,
  isEventClause,
  isListLeadIn,
} from './pipeline/background';
import { BULLET, segment, type Sentence } from './pipeline/segment';
import {
  labelSpeaker,
  officialNamed,
  nameCore,
  onePersonProposed,
  PRINCIPAL_LABEL,
  principalOf,
  type SpeakerLookups,
  titleCase,
} from './pipeline/speakers';
import {
  FIRST_PERSON_SUBJECT,
  type Turn,
  attributedParagraphs,
  turnLabel,
  followsOn,
  reportedToSpeaker,
  TALKS_NOT_COVERED,
  quotationNothing,
  turnNothing,
  turnPosition,
  turns,
  unlabelledTurns,
} from './pipeline/turns';
import {
  editsWithin,
  findQuotes,
  ImportInputError,
  MAX_DOCUMENT_CHARS,
  normalizeText,
  type Quote,
  MAX_SENTENCE_CHARS,
  type RestoredText,
  restoreVariants,
  type Span,
  type TextDate,
  toOriginal,
  wordCount,
} from './text';

export type DraftKind = 'DIRECT_QUOTE' | 'PARAPHRASE';
export type DocumentKind = 'READOUT' | 'PRESS_RELEASE' | 'PRESS_CONFERENCE' | 'JOINT_STATEMENT' | 'NEWS_ARTICLE' | 'TRANSCRIPT';
export type { ProposedCommitment, StanceGuess };

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

/**
 * QUOTED_BODY_CARRIES: the body a news sentence's quotation is attributed to ('“…,” the ministry said in a press release')
 * carries to the next paragraph as a body named in an outer attribution does (NEXT_PARAGRAPH_SAME_SIDE /
 * NEXT_PARAGRAPH_BOTH_SIDES read it).
 */
const QUOTED_BODY_CARRIES = 'the body a quotation is attributed to, carried to the next paragraph';

/** Drafts below this confidence (features whose drafts were right at most about one time in ten on the dev set) are not stored; their sentences say BELOW_THRESHOLD. */
export const MIN_DRAFT_CONFIDENCE = 0.1;

// ---------------------------------------------------------------------------------------------
// Word lists (grammar, not data about entities)

/** STANCE_AS_STATE (round 14): "are looking forward to", "are of one mind on/that": a stance stated as a state (the index is the copula's). */
const STANCE_AS_STATE = String.raw`(?:are|is|were|was)\s+(?:(?:also|very\s+much|much|both|all)\s+)?(?:looking\s+forward\s+to|of\s+(?:one|the\s+same|a\s+single)\s+mind\b(?=\s+(?:on|that|about|in|regarding)\b))`;
const POSITION_VERBS =
  'reaffirmed|reiterated|agreed|affirmed|confirmed|pledged|expressed|discussed|shared|emphasized|emphasised|stressed|welcomed|condemned|' +
  'said|stated|noted|highlighted|underscored|committed|vowed|called|urged|announced|praised|thanked|recognized|recognised|acknowledged|' +
  'concurred|decided|exchanged|reviewed|looked forward|look forward|looks forward|were able|was able|was encouraged|were encouraged|congratulated|explained|promised|' +
  'commended|requested|assessed|conveyed|made clear|makes clear|reconfirmed|appreciated|proposed|suggested|underlined|reassured|sought|applauded|' +
  'assured|informed|voiced|spoke|talked|told|insisted|warned|denounced|rejected|opposed|supported|endorsed|declined|mentioned|added|described|intend|intends|will|' +
  'outlined|briefed|presented|offered|invited|' +
  // STANCE_ACTS (round 12): verbs of conveying or praising a stance, as releases and stories write them.
  'communicated|lauded|hailed|complimented|' +
  // An answer in a release's account ("X responded that …", "Y replied that …"); a principal directing the staffs ("instructed their staffs to …").
  'replied|responded|instructed|tasked|restated|' +
  // SAYING_THAT (round 18): verbs of saying that report a position only with a clause after them ("X declared that …", "Y
  // maintained that …", "Z repeated that …"), as wire copy and translated releases write them.
  'declared|asserted|guaranteed|(?:maintained|claimed|repeated|indicated)(?=\\s+that\\b)|' +
  // A request and its answer in news copy: "Seo asked for …, adding that Hegseth responded positively".
  'asked for|asked that|responded positively|responded favorably|responded favourably|' +
  // STANCE_RENEWED (round 13): a commitment renewed ("renewed their commitment to …", "renewed his pledge"), and a policy set
  // out at length ("X elaborated the UK's approach …", "elaborated on …"), as ministries' English releases write them.
  String.raw`renewed(?=\s+(?:their|his|her|its|the|a|an)\s+(?:[\w-]+\s+){0,2}(?:commitments?|pledges?|resolve|determination|support|calls?|vows?|promises?)\b)|elaborated|` +
  // STANCE_AS_STATE (round 14): a stance stated as the group's state, not an act ("Both leaders are looking forward to …",
  // "X and Y are of one mind on the need for …"), as readouts and stories write it.
  STANCE_AS_STATE;
// (ONCE_AGAIN_WITH_VERB, round 13: "once again" is the verb's, so the subject before it does not end in "once", an earlier occasion.)
const POSITION_VERB = new RegExp(`\\b(?:also\\s+|further\\s+|(?:once\\s+)?again\\s+|jointly\\s+)?(?:${POSITION_VERBS})\\b`, 'i');
const REPORTING = new RegExp(
  String.raw`\b(concluded by stating|went on to say|said|stated|added|noted|acknowledged|mentioned|explained|stressed|emphasized|announced|reported|wrote|${TOLD_AUDIENCE}|stating|saying|adding|noting|including)(?:\s+(?:later|earlier)\s+(?:in|on)\s+the\s+day|\s+on\s+\p{Lu}\p{Ll}+day)?(\s+that)\b`,
  'giu',
);
/** After a quotation: "…,” Koizumi said." / "…,” the minister told reporters." */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{1,30}(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-—–]+\s*/u;
/** A full stop inside a name: after an initial or an abbreviated courtesy title or rank ("P. Lund", "Mr. Lund", "Gen. Lund"). */
const NAME_STOP = String.raw`(?<=(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Adm|Capt|Sen|Rep|Gov|Jr|Sr|St))\.`;
const INVERTED_NAMED = new RegExp(
  String.raw`^\s*[,.;:]?\s*((?:[^,.;“”"]|${NAME_STOP}){2,60}?)\s+(said|says|added|stated|noted|stressed|told reporters|told journalists|told|wrote|declared|insisted|warned|explained|replied|responded|answered|expressed|emphasi[sz]ed|underscored|remarked|asserted|commented|(?:was|were) quoted (?:(?:by \S+(?: \S+){0,3} )|\w+ )?as (?:saying|telling)|quoted (?:\S+ ){1,4}as (?:saying|telling))\b`,
);
// (A dash may stand for the comma, as some ministries' English releases write it: "“…” – said the minister.")
const INVERTED =
  /^\s*[,.;:]?\s*[,]?\s*(?:[–—]\s*)?(?:he |she |they )?(said|stated|read|added|noted|wrote|acknowledged|mentioned|according to)\s+/i;
// MET_INTRANSITIVE (round 15): "A and B met on the sidelines of …", "… met Saturday", "… met for the first time": the people
// named before the verb, as "met with B" names them after it.
// MEETING_ADJUNCT (round 11): "X agreed with Y that …, at a meeting in <place> on Tuesday", "… in a meeting on Wednesday in <city>":
// the adjunct reports the meeting of the people the sentence names.
const CALL_WORDS =
  /\b(?:(?:phone|telephone|telephonic|video|virtual)\s+(?:call|conference|conversation|teleconference|talks)|(?:video\s*)?teleconference\s+with|videoconference\s+with|call(?:ed)?\s+with|spoke\s+(?:(?:by|over\s+the)\s+(?:tele)?phone\s+|by\s+video(?:\s+link)?\s+)?(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s+)?with|held\s+(?:talks|a\s+meeting|an?\s+(?:(?:phone|telephone|video)\s+)?(?:call|teleconference|conference))|(?:had|held)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:conversation|discussion|talk|chat|exchange)\s+with|met\s+with|meeting\s+with|talks\s+with|(?:after|before|following|while)\s+meeting|(?:at|during|after|before)\s+(?:the\s+(?:start|end|outset)\s+of\s+)?their\s+(?:talks|meeting|call)|met\s+(?:(?:his|her|their)\s+(?:[\w.-]+\s+)?counterparts?|(?:the\s+)?(?:[\w.'’-]+\s+){0,3}(?:secretary|minister))|met\s+(?:in|at)\s+(?=[A-Z])|met\s+(?:on\s+the\s+(?:sidelines|margins)\b|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|today\b|yesterday\b|virtually\b|here\b|for\s+(?:the\s+first\s+time|talks|about|(?:an?|two|three|\d+)\s+(?:hours?|minutes))\b)|(?:at|during|in)\s+an?\s+(?:[\w-]+\s+){0,2}?meeting\s+(?:in|at|on|held)\s|meeting\s+(?:between|of)\s+(?:the\s+)?(?:defen[cs]e\s+)?(?:ministers|secretaries|chiefs)|(?:call|conversation|talks|meeting)\s+(?:(?:in|since|this|last|of)\s+(?:[\w-]+\s+){0,2})?between)\b/i;
/** COUNTERPART_COUNTRY: the verbs of an engagement held (past or perfect), not one planned or travelled to. */
const ENGAGEMENT_HELD = /\b(?:met|held|had|hosted|received|spoke|talked|conducted|(?:has|have|had)\s+(?:met|held|spoken|talked|had))\b/i;
/** COUNTERPART_COUNTRY: a country named right before an official's post or "counterpart" ("Chile's defense minister", "Chilean counterpart"). */
const COUNTRY_PERSON_AFTER =
  /^(?:['’]s)?\s+(?:(?:new|then|top|defen[cs]e|national|foreign|military|deputy|vice|prime)\s+){0,2}(?:counterparts?|ministers?|secretary|secretaries|chiefs?|minister\s+of)\b/i;
/**
 * A visitor received or hosted by an official ("Secretary X received U.S. Assistant Secretary Y at …", "hosted a
 * delegation led by …", "hosted a reception/dinner in <city> for <visitor>"; a headline's "receives"/"hosts"; "welcomed Secretary X
 * to Berlin / at the ministry", where a place follows: not "welcomed Minister X's pledge to keep …"): an engagement too. Case-sensitive, so the title after the verb must be a title ("received the
 * report that Secretary …" is not one). HOSTED_BY_NAME (round 13): "hosted <name> for/at/aboard …", the guest named without a title.
 */
const RECEIVED_VISITOR =
  /\b(?:welcom(?:ed|es|ing)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:Secretary|Minister|Chief|Ambassador|Commander|General|Admiral|Deputy|Under)\b(?=[^.;]{0,80}?\s(?:to|in|at)\s+(?:the\s+)?[A-Z])|(?:received|receives|hosted|hosts)\s+(?:a\s+(?:[\w-]+\s+)?delegation\b|(?:a|an)\s+(?:courtesy\s+)?(?:call|visit)\s+(?:from|by)\s+(?:the\s+)?[A-Z]|(?:a|an)\s+(?:[\w-]+\s+)?(?:reception|courtesy\s+call|welcome\s+ceremony|dinner|luncheon|banquet)\b(?=[^.;]{0,80}\bfor\s+(?:the\s+)?[A-Z])|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:Secretary|Minister|Chief|Ambassador|Commander|General|Admiral|Deputy|Under)\b|(?<=hosted\s|hosts\s)(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+(?=\s+(?:for|at|aboard|in|on)\s)))/;
/**
 * ENGAGEMENT_CLAUSE (round 10): the people of an engagement are named in its clause ("The conversation between A and B came
 * …", "A met with B in Seoul"), not in a clause of time or cause after it ("… after President C halted aid", "… as C
 * watched", "… amid C's warnings"): the length of the sentence up to such a clause after the engagement's words.
 */
/**
 * SEPARATE_ENGAGEMENTS (round 13): nor in a clause that reports other engagements apart from it ("A met with B, and held
 * separate discussions with C and D, June 1 in Tokyo", "… and separately met C"): C and D are not of A's meeting with B, and
 * the sentence names the recorded meeting of A and B all the same.
 */
export const SEPARATE_ENGAGEMENTS = {
  name: 'other engagements held apart: "…, and held separate discussions with …", "and separately met …"',
  pattern:
    /,?\s+(?:and\s+|then\s+)?(?:(?:also|later|then)\s+)?(?:(?:held|had|conducted|paid)\s+(?:a\s+)?separate\s+(?:[\w-]+\s+)?(?:discussions?|meetings?|talks|calls?|conversations?|courtesy\s+calls?)\b|separately\s+(?:met|spoke|talked|called|held|conferred)\b)/,
};
export const ENGAGEMENT_CLAUSE_END = new RegExp(
  String.raw`\s(?:after|(?<!\bwell\s)as(?!\s+well\s+as\b)|amid|since|because|when|while|before|following|days?\s+after|weeks?\s+after)\s|` +
    SEPARATE_ENGAGEMENTS.pattern.source,
);
export function engagementClause(sentence: string): number {
  const words = CALL_WORDS.exec(sentence) ?? RECEIVED_VISITOR.exec(sentence);
  if (!words) return sentence.length;
  const from = words.index + words[0].length;
  // The people the engagement's words name come first ("between A and B", "with B"): the clause goes on past them.
  const rest = sentence.slice(from);
  const cut = [ENGAGEMENT_CLAUSE_END.exec(rest), ENGAGEMENT_COORDINATED.pattern.exec(rest)]
    .filter((m) => m != null)
    .sort((a, b) => a.index - b.index)[0];
  return cut ? from + cut.index : sentence.length;
}
/**
 * ENGAGEMENT_COORDINATED (round 19): the engagement's clause ends where another is coordinated to it: a second predicate of
 * the same subject ("X met with several ministers and passed on a letter from A"), or a new clause with a subject of its
 * own (", and this follows the accord A and B reached last year"). The people named there are not the engagement's.
 */
export const ENGAGEMENT_COORDINATED = {
  name: "ENGAGEMENT_COORDINATED: a second predicate or clause coordinated to the engagement: its people are not the engagement's",
  pattern:
    /\s+and\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}+ed|paid|laid|made|gave|took|went|spoke|told)\b(?!\s+(?:by|to\s+be)\b)|,\s+and\s+(?:this|that|it|which)\s+(?!(?:was|were)\s+(?:held|attended)\b)/u,
};
/**
 * REPORTER_NOT_PARTICIPANT (round 11): the one who reports an engagement is not one of its people ("A spokesperson X said
 * Minister A had a phone call with Secretary B", "During a call between A and B, the two agreed …, spokesperson X said"):
 * the part of the sentence left once a reporting frame at either end is set aside, as [from, to).
 */
// REPORTER_OPENING_ACCORDING (round 12): "According to X, the press secretary, A had a phone call with B": the source that
// opens the sentence, with its appositive, is set aside as the one after it is.
const REPORTER_BEFORE =
  /^(?:(?:(?:In|Through)\s+(?:a|an|the|his|her|its)\s+[\w\s-]{1,40},\s+)?[^,;:“”"]{2,90}?\s(?:said|says|announced|stated|confirmed)\s+(?:that\s+|on\s+\w+\s+(?:that\s+)?)?|According\s+to\s+[^,;:“”"]{2,60}?,\s+(?:(?:the|a|an|his|her|its)\s+[^,;:“”"]{2,60}?,\s+)?)(?=\S)/;
const REPORTER_AFTER =
  /,\s*(?:according\s+to\s+[^,;:“”"]{2,90}?|[^,;:“”"]{2,90}?\s(?:said|says|added|stated|announced)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+|\s+in\s+a\s+(?:statement|release|readout))?)\s*[.!]?\s*$/u;
export function withoutReporter(sentence: string): { from: number; to: number } {
  const before = REPORTER_BEFORE.exec(sentence);
  const after = REPORTER_AFTER.exec(sentence);
  const from = before ? before[0].length : 0;
  return { from, to: after && after.index > from ? after.index : sentence.length };
}
/**
 * DATE_OF_SUBORDINATE_CLAUSE (round 10): a clause of time or cause after the main verb dates its own event, not the
 * sentence's ("The two agreed to speed up the work after the countries in March confirmed its start": the agreement is of
 * the talks reported, March of the earlier confirmation). The words before such a clause.
 */
export const mainClause = (clause: string): string => {
  const cut = ENGAGEMENT_CLAUSE_END.exec(clause);
  return cut && cut.index > 0 ? clause.slice(0, cut.index) : clause;
};
/** A name (its title before it) in apposition right before a group subject: see ADJUNCT_APPOSITIVE. */
const ADJUNCT_APPOSITIVE =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}[\p{Lu}][\p{L}'’-]+(?:,?\s+(?:Jr\.|Sr\.|III|II))?,\s+(?=(?:the\s+(?:two|three|four)|both|they)\b)/u;
/** A counted group as a subject ("the two officials", "both ministers", "the pair"): see GROUP_OF_THE_LEAD. */
const LEAD_GROUP =
  /\b(?:the\s+two|both|the\s+pair)(?:\s+(?:defen[cs]e|senior|top|foreign)){0,2}\s+(?:officials|ministers|secretaries|leaders|chiefs|sides|men|women)\b/i;
/** Words that report a call or meeting between the people a sentence names. */
/** COUNTERPART_OF_COUNTRY (round 13): the other side of talks held named by its country and post only, its one holder on record. */
const COUNTERPART_OF_COUNTRY = "talks held with a country's minister named by the post only: its one holder on record that day";
const reportsEngagement = (text: string) =>
  CALL_WORDS.test(text) || RECEIVED_VISITOR.test(text) || HELD_ENGAGEMENT.pattern.test(text) || namedPairMeeting(text) != null;
/** LEAD_DATED_TALKS (round 17): how many opening sentences are read, how many days before publication the talks' day may be. */
export const LEAD_DATED_TALKS = {
  name: 'LEAD_DATED_TALKS',
  sentences: 12,
  days: 92,
  /** Talks held, the countries' names with dots between verb and noun ("held the Japan-U.S. Defense Ministerial meeting"). */
  held: /\b(?:held|had|conducted|convened)\s+(?:[\w.'’-]+\s+){0,5}?(?:talks|meeting|call|conference|teleconference|dialogue)\b/i,
};
/** INTERVIEW_CARRIES: a sentence set in an interview with an outlet ("In an interview with a broadcaster, X said …"). */
const INTERVIEW_SETTING = /\b(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?interview\s+(?:with|on|to)\b/iu;
/** NAMED_PAIR_MEETING: the two countries of a meeting named by them ("at the Japan-Fiji Defense Ministerial Meeting"), else null. */
function namedPairMeeting(text: string): [string, string] | null {
  const m = NAMED_PAIR_MEETING.pattern.exec(text);
  const pairs = m ? countryPairs(m[1]) : [];
  return pairs.length === 1 ? pairs[0] : null;
}
/** A question reported as put in a setting ("Rep. X asked whether …", "One senator asked why …"): the answer follows there. */
const QUESTION_IN_SETTING =
  /^[^“"]{0,120}?\b(?:asked|questioned|pressed\s+\w+\s+on)\s+(?:\w+\s+)?(?:whether|if|why|how|what|when|about)\b[^“"]*$/;
/** The words right before a country named as the partner of an activity ("cooperation with Japan"): see updateCall. */
const COUNTRY_AS_PARTNER = /\bwith\s+(?:the\s+)?$/i;
/**
 * A body's head named by the body ("the head of the MND", "the head of the ministry", "the department's chief"): group 1
 * or 2 the body's words (an acronym, "ministry", "department" or its name).
 */
const HEAD_OF_BODY =
  /\b(?:[Tt]he\s+)?(?:[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?((?:Ministry|Department)\s+of\s+(?:National\s+)?\p{Lu}[\p{L}-]+|ministry|department|\p{Lu}{2,6})\b|\bthe\s+(ministry|department)['’]s\s+(?:head|chief)\b/u;
/** GROUP_ACCOUNT_NOT_REMARKS (round 17): a group's reported position after one official's remarks is the paper's account. */
const GROUP_ACCOUNT_NOT_REMARKS = "the talks' people together after one official's remarks: the paper's own account, not those remarks";
/** Words said to the press: "told reporters", "told Indian and American journalists", "at a news conference". */
const TOLD_THE_PRESS =
  /\btold\s+(?:[\p{L}-]+\s+){0,3}?(?:reporters|journalists|the\s+press|the\s+media)\b|\b(?:at|during)\s+(?:a|the|an)\s+(?:joint\s+)?(?:news|press)\s+(?:conference|briefing|availability)\b/u;
/** A transcript turn's first sentence, its speaker's label in capitals first ("SECRETARY JANE DOE: …"). */
const TURN_OPENING = /^\p{Lu}[\p{Lu}\s,.'’-]{2,80}:\s/u;
const QUESTIONED_TALKS = 'QUESTION_ON_TALKS: a question names the talks the one speaker just had, none on record';
const ONE_SIDE_COMPLETED = 'ONE_SIDE_COMPLETED: the other side of talks the one speaker reports, named by title and family name further on';
/** Talks the one speaker reports whose other side the text gave only further on (ONE_SIDE_COMPLETED appends its name to the rule). */
const completedOneSide = (talks: ProposedCall | null): boolean => talks?.rule.endsWith(ONE_SIDE_COMPLETED) ?? false;
/** Title and courtesy words, never a given name before a family name (ADDRESSED_NEWCOMER). */
/** OWN_CABINET (round 14): see guestSpeakerCountry. Group 1: the country's word. */
export const OWN_CABINET = {
  name: "the speaker a member of a country's cabinet or government: of that country",
  pattern:
    /\bI\b[^.!?]{0,80}?\b(?:member|minister)\s+of\s+the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:Cabinet|Government|Parliament)\b/u,
};
/** JOINT_TITLE_GUEST (round 14): see proposeFromTitle. */
export const JOINT_TITLE_GUEST = {
  name: "JOINT_TITLE_GUEST: a transcript's title names an official on record and another not on record by title and family name",
};
/** GUEST_GIVEN_NAME (round 14): a host calls the guest by the given name alone after "my friend" (group 1). */
export const GUEST_GIVEN_NAME = {
  name: 'the guest known by family name alone, called by the given name after "my friend"',
  pattern: /\bmy\s+(?:(?:good|dear|great|old)\s+)?(?:friend|colleague)\s*,?\s+(\p{Lu}\p{Ll}[\p{L}’'-]+)(?!\s*\p{Lu})(?![\p{L}’'-])/gu,
};
const ADDRESS_WORD =
  /^(?:Minister|Secretary|Prime|Deputy|Vice|State|Hon|Honourable|Honorable|Mr|Mrs|Ms|Dr|Madam|Sir|General|Admiral|Ambassador|Defen[cs]e|Foreign|President|Senator|Chancellor|Premier|Welcom\w*|Remarks|With|Dear|The|And)\.?$/;
/** A speaker reporting their own engagement: "I had a good conversation with …", "I spoke with …", "I met …". */
// (Round 13: a host's "I welcomed X", "I received X"; "we had a … meeting", the speaker's side holding it.)
const FIRST_PERSON_ENGAGEMENT =
  /(?:^|[\s,;:])(?:I\s+(?:(?:also|just|have|had|was\s+able\s+to)\s+)*(?:had|held|spoke|met|talked|called|welcomed|received|hosted)|[Ww]e\s+(?:(?:also|just|have)\s+)*(?:had|held|met))\b/;
/** COUNTRY_PAIR_AGREED (round 15): a lead whose subject is two countries and nothing else ("Japan and the Philippines"). */
const COUNTRY_PAIR_LEAD =
  /^\s*((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+and\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?$/u;
const COUNTRY_PAIR_AGREED = 'two countries the subject of what they agreed: the talks of their people the next sentences name';
/** BODY_TELLS_OUTCOME (round 15): words of what talks came to ("agreed on Tuesday to …"), in a body's attributed sentence. */
const BODY_TELLS_OUTCOME = /\b(?:agreed|agree|reaffirmed|reconfirmed|vowed|pledged)\s+(?:on\s+\w+\s+|\w+day\s+)?(?:to|that|on)\b/;
/** JOINT_POSITION (round 15): words that date a sentence's event to an earlier month or year than the document's. */
const EARLIER_TIME =
  /\b(?:in|since|during|back\s+in|earlier\s+in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|\blast\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\b(?:months|years|weeks)\s+ago\b|\bhad\s+(?:agreed|confirmed|reaffirmed|pledged|vowed)\b/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * A month opening a sentence or a clause after a semicolon: "In January, …", "Back in March, …", "…; in February they
 * agreed …" (the clause's subject follows the month, with or without a comma).
 */
const EARLIER_MONTH =
  /(?:^|;\s+)(?:(?:[Bb]ack|[Ee]arlier)\s+)?[Ii]n\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,|\s+(?=(?:the|they|he|she|both|[A-Z][\w-]+)\s))/;
/**
 * A month in a sentence's first clause dating what it reports: "At their meeting in Tokyo on July 28, …", "The two met in
 * Seoul in November for …", "In February, the two agreed over the phone …": an account of that earlier engagement.
 */
const EARLIER_ENGAGEMENT_MONTH =
  /\b(?:[Ii]n|[Oo]n)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * MONTH_THEN_RELATIVE: a month followed by a relative clause that tells what happened then ("since February, when they
 * agreed …", "after a June meeting at which the two signed …", "following a January phone call in which they …"): the
 * clause is an account of that month's engagement, wherever the month stands in the sentence. Its subject must be the
 * people ("they", "the two", a name): "in February, when the ministry was reorganized" dates no engagement.
 */
const MONTH_THEN_RELATIVE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:\d{1,2}\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:call|meeting|talks|conversation|visit|session)s?)?(?:,\s+when|,?\s+(?:in|at|during)\s+which|,\s+where)\s+(?:they|the\s+two|both|he|she|the\s+(?:two\s+)?(?:ministers|leaders|officials|sides|secretaries)|\p{Lu}[\p{L}'’-]+\s+(?:and|had|also|agreed|said|told|met|spoke))\b/u;
/**
 * LAST_MONTH_ENGAGEMENT: an engagement dated "last month" ("their call last month", "last month's meeting", "when they met
 * last month", "last month, when they agreed …"): the month before the story's, as a named month would be.
 */
const LAST_MONTH_ENGAGEMENT =
  /\b(?:(?:call|meeting|talks|conversation|spoke|met|talked)\s+(?:[\w-]+\s+){0,3}?last\s+month\b|last\s+month['’]s\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|meeting|talks|conversation)|last\s+month,\s+when\b)/i;
/** A sentence opening on the statement a body named after it issued: "In a statement released Monday, the ministry said …". */
const STATEMENT_SETTING_BEFORE_BODY = /(?:^|[.!?]\s+|^\W*)[Ii]n\s+(?:a|an)\s+(?:[\w-]+\s+)?$/;
/** A story's sentence set in a joint statement: "In a joint statement issued after the talks, …", "In their joint declaration, …". */
const JOINT_STATEMENT_SETTING =
  /^[^,;“”"]{0,20}\b[Ii]n\s+(?:a|an|the|their|its)\s+joint\s+(?:statement|declaration|communiqu[eé]|press statement)\b[^,;“”"]{0,60},/;

/** A document the sides issued together, named as what reports a sentence: "a joint statement", "their joint communiqué". */
const JOINT_DOCUMENT = /\bjoint\s+(?:statement|declaration|communiqu[eé]|press statement|press release)s?\b/i;

/** An official named by nationality and office alone: "the Japanese minister", "the South Korean defense chief". */
const NATIONAL_OFFICIAL = /^the\s+(?:[\p{Lu}][\p{L}.]*\s+){1,2}(?:defen[cs]e\s+)?(?:minister|secretary|chief|counterpart)$/u;

/** After a quotation, the document that carries an official's words: its kind, or 'body' for "was quoted as saying". */
function quotedThrough(after: string): 'PRESS_RELEASE' | 'READOUT' | 'body' | null {
  const head = after.slice(0, 160);
  const doc =
    /^[^.;“”"]{0,80}?,\s+according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(press release|news release|release|statement|readout|read-out)\b/i.exec(
      head,
    );
  if (doc) return /read-?out/i.test(doc[1]) ? 'READOUT' : 'PRESS_RELEASE';
  // "“…,” X told Y, the ministry said." / "…, according to the ministry.": X's words in that body's account.
  if (
    /^[^.;“”"]{0,80}?,\s+(?:(?:the|its|his|her)\s+(?:[\w-]+\s+){0,2}(?:ministry|department|Pentagon|office)\s+(?:said|added|reported)|according\s+to\s+(?:the|its|his|her)\s+(?:[\w-]+\s+){0,2}(?:ministry|department|Pentagon|office))\b/i.test(
      head,
    )
  )
    return 'body';
  // POSTED_BY_BODY: "“…,” X said in remarks posted by the ministry": X's words as the body published them (its release).
  if (
    /^[^.;“”"]{0,60}?\b(?:said|wrote)\s+in\s+(?:(?:a|the|his|her)\s+)?(?:remarks|comments|message|statement)\s+(?:posted|published|released|issued)\s+(?:online\s+)?by\s+(?:the|its|his|her)\s+(?:[\w-]+\s+){0,2}(?:ministry|department|Pentagon|office)\b/i.test(
      head,
    )
  )
    return 'body';
  // "was quoted (by the ministry) as saying", "the Pentagon quoted X as saying": X's words in the body's account.
  return /^[^.;“”"]{0,60}?\b(?:(?:was|were)\s+quoted\s+(?:by\s+\S+(?:\s+\S+){0,3}\s+|\w+\s+)?|quoted\s+(?:\S+\s+){1,4})as\s+(?:saying|telling)\b/i.test(
    head,
  )
    ? 'body'
    : null;
}

/** One rule for every genre (the corpus's): a compound sentence stays one passage, its parties the union of its clauses' subjects. */
const SPLIT_CLAUSES = false;
/**
 * A group of the talks' people as a subject; "both" ending a subject span (", and both agreed …" cut before its verb) too,
 * also where the span ends with the opening mark of a quoted predicate ('said the two had “highlighted …”').
 */
// BARE_GROUP (round 15): a group with no article, as ministries' lists and joint statements write it ("- Ministers confirmed …",
// "During the meeting, three leaders discussed …"), at the start of the sentence or after a comma, colon or dash.
// COUNTED_GROUP_MODIFIER: "the two government officials", "both senior defense officials", "the two top diplomats".
// COUNTED_COUNTRIES_POSSESSIVE (round 16): "the two countries' defense chiefs", "both nations' ministers": the group of the talks.
/** PLACE_NAME_COUNTRY (round 17): a country's name inside a place's ("the South China Sea", "the Korean Peninsula") qualifies no one. */
const PLACE_AFTER_COUNTRY = /^\s*(?:Sea|Ocean|Strait|Straits|Peninsula|Shoal|Gulf|Bay|Coast)\b/;
/**
 * COUNTRY_NOT_QUALIFYING: whether a country ending at `end` qualifies what begins at `at`: no preposition or bracket between
 * ("the visit to Japan of President X"), nor a preposition before it ("envoy to Japan X", a destination).
 */
const qualifies = (end: number, at: number, text: string, start = end) =>
  !/(?:^|\s)(?:of|to|in|at|from|with|for|by|on|into|toward|towards)\s|[()[\];:!?]/u.test(text.slice(end, at)) &&
  !/(?:^|\s)(?:to|into|toward|towards|from|in)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, start - 12), start));
/** COUNTRY_PAIR_OPENING (round 17): a sentence opening on two countries joined by "and" as its subject ("Korea and Vietnam have agreed"). */
const COUNTRY_PAIR_OPENING =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)(?:\s+(?:have|has|also|both|jointly|together))*\s+\p{Ll}/u;
/** POST_GROUP_NO_HEAD_OF_STATE: a group word naming a post or a field, and the titles of heads of state or government. */
const POST_GROUP = /\b(?:ministers|secretaries|officials|defen[cs]e\s+chiefs)\b/i;
const HEAD_OF_STATE_TITLE =
  /^(?:President|Vice[- ]President|Prime Minister|King|Queen|Emperor|Sultan|Emir|Crown Prince|Chancellor|Premier)\b/i;
/** PARTICIPANT_REPORTS_PAIR: a clause opening on its reporter ("Nakatani said", "Minister Ana Ruiz told reporters that"). */
const REPORTER_OPENING =
  /^(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for)\s+){1,6}?(?:said|says|stated|noted|added|told\s+(?:reporters|journalists|the\s+press))\s+(?:that\s+)?/u;
const GROUP =
  /\b(?:the\s+(?:two|three|four)|both)\s+(?:countries|nations)['’]\s+(?:(?:defen[cs]e|foreign|top|military)\s+)?(?:chiefs|ministers|leaders|secretaries|heads|officials)\b|(?:^|[,:]\s+|-\s+)(?:(?:[Tt]wo|[Tt]hree|[Ff]our)\s+(?:(?:defen[cs]e|[Dd]efen[cs]e)\s+)?(?:leaders|ministers|[Mm]inisters|secretaries|chiefs)|Ministers)\b|\b(?:the (?:two|three|four)|both of the|both|each of the two|the pair of)\s+(?:(?:defen[cs]e|government|senior|top|foreign|security|military|cabinet|national|high-ranking)\s+){0,2}(?:chiefs|leaders|ministers|sides|parties|officials|secretaries|counterparts|principals|delegations|defen[cs]e|men|women)\b|\b[Tt]he\s+(?:defen[cs]e\s+)?(?:chiefs|leaders|ministers|secretaries|counterparts|principals)\b|\b[Tt]he\s+group\b(?!\s+of\b)|\b(?:and|with)\s+(?:his|her)\s+(?:[\w.-]+\s+){0,2}counterpart\b|\bboth of them\b|\b[Tt]he (?:two|three|four)\b(?=(?:\s+(?:had|have|also|both|then|jointly|further))*\s*[“"‘]?\s*$)|\bthe two\b(?=\s+(?:also\s+)?(?:agreed|reaffirmed|discussed|shared|expressed))|\bboth\b(?=\s+(?:also\s+)?(?:agreed|reaffirmed|reiterated|discussed|shared|expressed))|\bboth(?=\s*[“"‘]?\s*$)|\b(?:they|the pair)\b|\bthe officials\b(?=(?:\s+(?:also|both|jointly|further))*\s*[“"‘]?\s*$)/gi;
/** JOINT_TITLED_PAIR: "Secretary X and Minister Y" opening a joint statement: its two signatories by title and family name. */
const JOINT_TITLED_PAIR = {
  name: 'JOINT_TITLED_PAIR: a joint statement opening on its two signatories by title and family name, one not on record: proposed',
  pattern:
    /\b(Secretary|Minister|Raksha Mantri|Defen[cs]e Minister|Defen[cs]e Secretary)\s+(\p{Lu}[\p{Ll}’'-]+)\s+and\s+(Secretary|Minister|Raksha Mantri|Defen[cs]e Minister|Defen[cs]e Secretary)\s+(\p{Lu}[\p{Ll}’'-]+)\b/u,
};
/** "<body> quoted <person> as saying (that)", "<person> was quoted (by <body>) as telling <someone> (that)": group 1 or 2 the person.
 * QUOTED_AS_BY_TAIL: "… as saying by <reporter>" (the one who quoted, after the verb) opens no clause: nothing follows to report. */
const QUOTED_AS =
  /(?:\bquoted\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)|\b((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:was|were)\s+quoted(?:\s+by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?)\s+as\s+(?:saying\s+|telling\s+(?:[\w.'’-]+\s+){1,4}?)(?:that\s+)?(?=\S)(?!by\s)/g;

/** "and a senior Pentagon official", "and a U.S. defense official": an official of a side, not named; group 1 from the body. */
const UNNAMED_OFFICIAL = /\band\s+an?\s+(?:senior\s+|top\s+|high-ranking\s+)?((?:[A-Z][\w.-]*\s+){1,3}(?:defen[cs]e\s+)?official)\b/;

/** Another official's words, remarks or assurances, as an object: "the secretary's words", "Hegseth's assurances". */
const WORDS_OF_OTHER =
  /\b((?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:[A-Z][\w-]+|secretary|minister))['’]s\s+(?:words|remarks|assurances?|reassurances?|pledge|message|comments|promise)\b/;

// News copy lowercases a title standing alone ("the secretary's words", "the minister added"): those count too.
// SHARED_ARTICLE (round 12): "the Secretary and Minister discussed …", as readouts write the two principals: one article
// for both titles, each the talks' holder of its own.
const GENERIC_TITLE =
  /(?:\b[Tt]he\s+|(?<=\b[Tt]he\s+(?:[Dd]efen[cs]e\s+)?(?:Secretary|Minister)\s+and\s+))(?:[Aa]cting\s+)?(?:(Defen[cs]e|Foreign)\s+(?=Secretary|Minister))?(Minister of State|Secretary of State|State Secretary|Under Secretary|Assistant Secretary|Permanent Secretary|Parliamentary Secretary|Associate Minister|Assistant Minister|Secretary|Minister|Vice Minister|Deputy Secretary|Deputy Minister|State Minister|Chairman|Ambassador|Director General|Spokesperson|secretary|minister)\b(?!\s+(?:of|for|general)\b|-)/g;
/** TITLE_DOMAIN: the word of a domain before a title ("Defence Secretary"), as a pattern on the holder's title (either spelling). */
const DOMAIN_WORD = (word: string): string => (/^defen/i.test(word) ? '[Dd]efen[cs]e|Pentagon|War' : `\\b${word}\\b`);
/**
 * DEFENSE_HEAD_DESCRIPTION: a description of a country's head of defence instead of a title ("the U.S. defense chief",
 * "Japan's defence minister", "the Pentagon chief", "the South Korean defense minister"): the talks' participant of that
 * country (the country is required; group 1 the words before the noun, where it is named).
 * COUNTRY_DESCRIBED_OFFICIAL (round 10): also opening a sentence ("The U.S. defense chief vowed …"), and with no domain
 * word when the country is there ("the Japanese minister stressed …", "the American secretary"; group 2), as wire copy
 * names the counterpart a second time; a name right after is a title of that name, not a description.
 */
const DEFENSE_HEAD_DESCRIPTION =
  /\b(?:[Tt]he\s+|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?['’]s\s+)(?:((?:[\p{Lu}][\p{L}.-]*\s+){0,2})?(?:[Dd]efen[cs]e|Pentagon|[Mm]ilitary)\s+(?:[Cc]hief|[Hh]ead|boss|[Mm]inister|[Ss]ecretary)\b|((?:[\p{Lu}][\p{L}.-]*\s+){1,2})(?:[Mm]inister|[Ss]ecretary)\b(?!\s+(?:of|for|general)\b|-|\s+\p{Lu}))/gu;
/**
 * COUNTRY_GROUP (round 10): officials named as a group by their countries ("the South Korean and U.S. defense ministers",
 * "the defense ministers of Japan, the United States and Australia", "the Japanese, U.S. and Australian defense chiefs"):
 * for each country named, its one participant in the talks, else its one official the text proposes. Group 1 or 2 is the list.
 */
const COUNTRY_WORDS = String.raw`[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2}`;
const COUNTRY_LIST = String.raw`(?:the\s+)?${COUNTRY_WORDS}(?:\s*,\s*(?:the\s+)?${COUNTRY_WORDS})*,?\s+and\s+(?:the\s+)?${COUNTRY_WORDS}`;
// NAMED_COUNTRIES_POSSESSIVE (round 16): the last country with a possessive ("South Korea and Australia's defense chiefs").
// GROUP_WITHOUT_ARTICLE (round 12): also capitalised, as headlines and some wire leads write it ("Defence Ministers of A and B
// concurred …"), and with no article where the list opens the clause ("Japanese and Chilean defense ministers discussed …").
const GROUP_NOUN = String.raw`(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Tt]op|[Mm]ilitary)\s+)?(?:[Mm]inisters|[Cc]hiefs|[Ss]ecretaries|[Ll]eaders|[Hh]eads)`;
// TOP_OFFICIALS_OF_COUNTRIES (round 11): "Top defense officials from A and B are keen on …", as news leads name the ministers
// of the talks before naming them: the group of their countries (not "senior officials", who are others).
const TOP_OFFICIALS = String.raw`(?<![\p{L}])[Tt]op\s+(?:(?:defen[cs]e|military|security)\s+)?officials`;
const COUNTRY_GROUP = new RegExp(
  String.raw`\b(?:(?:[Tt]he\s+)?${GROUP_NOUN}|${TOP_OFFICIALS})\s+(?:of|from)\s+(${COUNTRY_LIST})|(?:\b[Tt]he\s+|^\s*|(?<=[,;:]\s+))((?:[\p{Lu}][\p{L}.-]*\s+){1,2}(?:(?:,\s*|,?\s*and\s+)(?:[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?(?:['’]s)?\s+))+)${GROUP_NOUN}\b`,
  'gu',
);
const GROUP_ENGAGEMENT =
  'GROUP_ENGAGEMENT: officials named as a group of two countries in an engagement: their meeting, none on record near the date';
/**
 * MULTILATERAL_MEETING (round 10): a sentence that reports a meeting of officials named by three countries or more ("The
 * defense ministers of A, B, C and D attend a meeting in …"): their meeting, not a bilateral call on record between two
 * of them the same day; a sentence naming a member not on record beside them is that meeting's too.
 */
const MULTILATERAL_MEETING = 'MULTILATERAL_MEETING: a meeting of officials named by three countries or more, none on record';
/** The same, without the global flag: `test` keeps no position between texts. */
const DEFENSE_HEAD_DESCRIBED = new RegExp(DEFENSE_HEAD_DESCRIPTION.source, 'u');
/**
 * RECIPIENT_TO (round 10): the one a position is passed on to ("communicate to X", "convey to X", "explain to X", and the
 * editor's "[to X]" inside a quotation): a recipient, not a party.
 */
const RECIPIENT_TO =
  /(?:\b(?:communicat(?:e|es|ed|ing)|convey(?:s|ed|ing)?|explain(?:s|ed|ing)?|relay(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,3}?|\[\s*)to\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
/** RECIPIENT_NOT_PARTY: a verb of telling right before a person: the one told, not the one taking the position. */
const RECIPIENT_BEFORE = /\b(?:tell|tells|told|telling|assure[sd]?|assuring|inform(?:s|ed)?|remind(?:s|ed)?|brief(?:s|ed)?)\s+$/i;
const SOURCE_NOUN =
  /\b(read-?out|press release|news release|release|statement|joint statement|press conference|news conference|press briefing|briefing|transcript)s?\b/gi;
/**
 * STANCE_ACTS (round 12): acts in the account of talks that are positions whoever takes them (general English, not one
 * writer's): signing an instrument ("The officials signed an updated joint vision statement …", "X and Y signed a memorandum
 * of intent …": an agreement; active voice only, so "deals signed in August" is not one, nor a signing of a past year,
 * "signed a memorandum in 2013", "in July 2012", round 14), raising a concern ("X raised his country's concern at …"), speaking highly of a partner's
 * role, celebrating progress or a conclusion reached, assessing that …; (CLOSING_WITH_STANCE, round 13) the talks closing with
 * the group taking a stance ("The meeting concluded with the two officials committing to …", "The call ended with both
 * ministers reaffirming …": the participle the verb). The index is the verb's. (The news account's own
 * verbs take communicated, conveyed, voiced, lauded, hailed and complimented too, round 12.)
 */
const STANCE_ACT =
  /(?<!\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?)\b(?:also\s+)?(?:(?:co-?)?signed\s+(?:(?:a|an|the|two|three|several|their|new|updated)\s+)(?:[\w'’./-]+\s+){0,8}?(?:memorand(?:um|a)|agreements?|arrangements?|statements?|declarations?|letters?|accords?|protocols?|MOUs?|MOIs?|MOAs?|road\s?maps?|treat(?:y|ies)|deals?|contracts?|plans?|charters?|frameworks?|visions?)\b(?![^.;]{0,120}\b(?:in|since)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\b)|raised\s+(?:[\w'’-]+\s+){0,3}?(?:concerns?|objections?|opposition|worries)\b|spoke(?:n)?\s+highly\s+of\b|celebrated\s+(?:the\s+)?(?:[\w-]+\s+)?(?:progress|conclusion|signing|success|achievements?|milestones?)\b|assessed\s+that\b|(?<=\b(?:concluded|ended|closed|wrapped\s+up)\s+with\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:officials|ministers|secretaries|leaders|sides|chiefs|principals|counterparts|delegations)\s+(?:also\s+)?)(?:committing|reaffirming|reiterating|pledging|agreeing|affirming|vowing|expressing|underscoring|emphasi[sz]ing|stressing|confirming)\b)/i;
/**
 * Verbs of a position a news report states on its own account ("Austin reaffirmed …", "X told his counterpart that …"): not meetings, travel or talks.
 * NEWS_STANCE_VERBS: also the other verbs real wire copy uses for a stance taken in talks, as readouts use them ("underscored
 * the need", "highlighted the commitment", "commended the decision", "called for", "asked for", "shared the view", "reached an
 * understanding", "concurred", "characterized the alliance as …"), and "discussed" a topic (a draft, as the corpus labels it).
 */
// SAYING_THAT (round 18): and the verbs of saying wire copy uses for one ("X asserted that …", "made clear that …", "stated
// again that …", "informed the minister that …"), those that also take a noun only before "that".
// CALLED_ASSESSMENT (round 15): "X called <the act or the other side's words> a “direct threat” / “very encouraging”": an
// assessment (README: assessments are positions); the quotation follows within the clause.
const NEWS_ACCOUNT_VERB =
  /(?<!\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?)\b(?:also\s+)?(?:asserted|restated|guaranteed|(?:stated|said)\s+(?:once\s+)?again(?=\s+that\b)|(?:made|makes)\s+(?:it\s+)?clear(?=\s+(?:to\s+[^,;.]{1,40}?\s+)?that\b)|(?:maintained|claimed|repeated|indicated)(?=\s+that\b)|informed(?=\s+[^,;.]{1,60}?\s+that\b)|reaffirmed|reiterated|agreed|affirmed|confirmed|pledged|vowed|committed|condemned|welcomed|expressed|urged|stressed|emphasized|emphasised|warned|promised|assured|rejected|opposed|endorsed|praised|thanked(?=\s[^.;]{2,80}?\bfor\b)|explained|noted|briefed|acknowledged|recogni[sz]ed|gave\s+(?:his|her|their)\s+(?:assurance|support|backing)|told(?=\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b)|underscored|underlined|highlighted|commended|applauded|concurred|decided|declared|criticized|criticised|re-?confirmed|re-?affirmed|(?:called|asked)\s+for|called(?=\s+(?!for\b|on\b)[^,;“”"]{1,80}?\s+(?:an?\s+)?[“"])|made\s+(?:a|the|their|his|her)\s+(?:[\w-]+\s+)?(?:commitment|pledge|promise|vow)|told(?=\s+(?!(?:a|an|the|his|her|their|its|our|reporters|journalists|lawmakers|parliament|me|us|them|him)\b)(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:during|at|in|on|after)\s+[^,;.]{1,60}?\s+)?that\b)|shared\s+(?:(?:the|a|their|his|her)\s+)?(?:[\w-]+\s+)?(?:need|view|views|recognition|understanding|concern|concerns|worry|worries|assessment|commitment|determination)|reached\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:understanding|agreement|consensus)\s+(?:to|on|that)|(?:characteri[sz]ed|described)(?!\s+(?:the|their|his|her|its|our)\s+(?:[\w-]+\s+)?(?:call|meeting|talks|conversation|discussions?|visit)\b)(?=\s[^.;]{2,80}?\bas\b)|discussed|mentioned(?=\s+(?:[\w'’-]+\s+){0,3}?(?:position|view|stance)\s+that\b)|(?:opened|began|concluded|ended|closed)\s+(?:(?:the|their|his|her)\s+)?(?:[\w-]+\s+)?(?:call|meeting|talks|conversation)\s+by(?=\s+["“]?(?:reaffirming|reiterating|underscoring|stressing|emphasi[sz]ing|highlighting|pledging|affirming|confirming|agreeing)\b)|communicated|conveyed|voiced|lauded|hailed|complimented|(?:are|were)\s+(?:(?:also|both|all)\s+)?(?:looking\s+forward\s+to|of\s+(?:one|the\s+same|a\s+single)\s+mind(?=\s+(?:on|that|about|in|regarding)\b)))\b/i;
/**
 * People outside the governments whose words a story reports (not an audience: "told lawmakers"); ACADEMIC_DESCRIBED: a
 * speaker described by academic work ("…, who teaches security studies at a university", "a lecturer at …").
 */
const NON_OFFICIAL_SPEAKER =
  /(?<!\b(?:told|to|before|with|by)\s+(?:\w+\s+)?)\b(?:critics?|analysts?|experts?|lawmakers?|legislators?|opposition|professors?|researchers?|commentators?|observers?|residents?|activists?|scholars?|specialists?|(?:senior|research|visiting|nonresident|non-resident)\s+fellows?|former\s+(?:[\w.-]+\s+){0,3}?(?:officials?|diplomats?|ambassadors?|officers?|negotiators?|advisers?|advisors?|aides?)|lecturers?|academics?|economists?|pollsters?|who\s+(?:teaches|lectures|studies|researches|specializes|specialises|writes)\b|(?:teaches|lectures|works)\s+(?:[\w-]+\s+){0,3}?at\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:university|institute|think[-\s]tank|college|academy))\b/iu;
/** A joint statement's signatories in the present tense: "We reaffirm", "We express", "The Ministers welcome". */
const SIGNATORIES_PRESENT =
  /\b(?:also\s+|further\s+|jointly\s+)?(?:reaffirm|reiterate|affirm|confirm|express|welcome|condemn|commit|pledge|recognize|recognise|acknowledge|underscore|emphasize|emphasise|stress|support|oppose|urge|call|share|decide|agree|intend|remain|look forward|are committed|are united)\b/i;
/** "We" of both sides of talks: they did something together. */
const JOINT_WE =
  /(?<!\b[Ww]hat\s+|\bwhich\s+)\b[Ww]e\s+(?:(?:also|both|have|had|all|jointly|further|again|once again|were able to|could)\s+)*(?:agreed|confirmed|reaffirmed|discussed|shared|exchanged|decided|concurred|affirmed|reiterated|welcomed|condemned|committed|pledged|(?:talked|spoke)\s+about)\b/;
/** "We" agreeing with the other side: "we agreed/confirmed/reaffirmed/decided/concurred", a joint act whoever reports it. */
/**
 * REDUCED_RELATIVE_APPOSITIVE: a noun phrase set off after a comma whose relative clause has no "that"/"which" (", a figure
 * Tanaka declined to endorse", ", a plan the minister has long opposed"): it tells about the noun, and its subject takes no
 * position of the sentence's. Matched on the words before the position verb (it ends at the verb).
 */
const REDUCED_RELATIVE_APPOSITIVE =
  /,\s+(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:has|had|have|also|long|reportedly|has long|had long)\s+)*$/u;
/**
 * POSSESSOR_OF_POSITION: a position stated as someone's answer, message or commitment ("The Secretary's answer was yes", "the
 * U.S. side's commitment … was confirmed"), after an optional lead-in of the speaker ("What I can say is that"): group 1 the
 * possessor.
 */
/** SPEAKER_LEAD: a speaker's lead-in before the clause that carries the words ("What I will say is that …", "I can tell you that …"). */
const SPEAKER_LEAD = /^(?:What I (?:can|will|would) (?:say|tell you) is|I can tell you|I can say)(?: that)?\s+/;
const POSSESSOR_OF_POSITION = new RegExp(
  String.raw`^(?:${SPEAKER_LEAD.source.slice(1)})?((?:the\s+|The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*|side))['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:answer|response|reply|message|position|stance|assurance|pledge|commitment|promise|support)\b`,
  'u',
);
/**
 * GROUP_SUBJECT_DRAFT (round 12): a sentence of the account of the talks whose subject is the group of them ("The ministers
 * agreed …", "The two sides also voiced …", "They emphasised …", "Japanese and Philippine defense ministers discussed …",
 * "The defense chiefs of A and B held talks and agreed …"; after an opening phrase: "In particular, the ministers agreed …",
 * "To that end, both sides agreed …") states a position whoever the group's people are: it is a draft even when none of
 * them is on record or proposed (its parties are then left for the editor), as a reader knows it is the talks' position
 * before knowing who took part. So is one official by a definite title ("The defence minister conveyed …") the world has no
 * holder of.
 */
// (BARE_GROUP, round 15: "Three leaders …", "- Ministers …" with no article, as GROUP.)
const GROUP_SUBJECT =
  /^\s*(?:\p{Lu}[^,;:“”"]{1,60},\s+)?(?:(?:[Tt]he|[Bb]oth|(?=(?:[Tt]wo|[Tt]hree|[Ff]our)\s))\s*(?:(?:two|three|four|Two|Three|Four)\s+)?(?:(?:[\p{Lu}][\p{L}.-]*\s+){1,2}and\s+(?:[\p{Lu}][\p{L}.-]*\s+){1,2})?(?:(?:defen[cs]e|foreign|senior|top|military|security|national|government|high-ranking)\s+){0,2}(?:ministers|[Mm]inisters|secretaries|[Ss]ecretaries|leaders|officials|sides|chiefs|counterparts|principals|delegations|parties|governments|countries|nations)\b|(?:[\p{Lu}][\p{L}.-]*\s+){1,2}and\s+(?:[\p{Lu}][\p{L}.-]*\s+){1,2}(?:(?:defen[cs]e|foreign|top|military)\s+)?(?:ministers|chiefs|secretaries|leaders|officials)\b|[Tt]he\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign)\s+)?(?:[Mm]inister|[Ss]ecretary|chief)\b|(?:[Tt]hey|[Bb]oth|[Tt]he two|[Tt]he pair)\b|(?:-\s+)?Ministers\s*$|[Tt]he\s+group\s*$|(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?:\s+(?:have|has|also|both|jointly|together))*\s*$)/u;
/**
 * COUNTRY_PAIR_SUBJECT (round 14): two proper names joined by "and", nothing else ("Australia and the United States"); stop 36:
 * an auxiliary or "also" after them too ("Korea and Vietnam have agreed …", "Japan and Australia have also agreed …").
 */
const COUNTRY_PAIR_SUBJECT =
  /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?:\s+(?:have|has|also|both|jointly|together))*$/u;
/** GROUP_SUBJECT_DRAFT: the subject (GROUP_OF_THE_TALKS, round 14: "The group" alone, as a readout of a meeting of four names its principals; two names or countries joined by "and" alone, "Australia and the United States are of one mind …") (the words before the verb) is such a group, not telling an earlier occasion ("The two countries last discussed …"). */
// (DATELINE_BEFORE_GROUP, round 15: "TOKYO -- Japan and the Philippines agreed …": the wire's dateline is no part of the subject.)
const groupSubjectDraft = (subject: string) =>
  GROUP_SUBJECT.test(subject.replace(DATELINE, '')) && !/\b(?:last|previously|earlier|once|had)\s*$/i.test(subject);
/** LEADING_ADJUNCT: an adverbial clause opening a sentence ("Before we sat down, …", "When we met, …"): its subject is not the sentence's. */
const LEADING_ADJUNCT = /^\s*(?:Before|After|When|While|Once|Since|Until|As soon as|Although|Though)\s+[^,;:]{2,80},\s*/;
/** SHARED_WITH_OTHER: "… with <Y> to discuss their shared …": group 1 the other person. */
// (A comma may set the purpose apart: "X spoke with Y on the phone today, to reaffirm their shared …", round 13.)
const SHARED_WITH_OTHER =
  /\bwith\s+([^,;()]{3,120}?(?:\([^)]{1,20}\)[^,;()]{0,80}?)?),?\s+(?:\w+\s+)?to\s+(?:discuss|review|reaffirm|highlight|underscore|emphasize)\s+their\s+(?:shared|mutual|common)\b/;
const SHARED_WITH_OTHER_RULE = 'SHARED_WITH_OTHER: "with Y to discuss their shared …": Y holds it too';
/**
 * VERB_WITH_PARTNER (round 10): a verb of a joint position with its partner right after it ("Secretary X underscored with
 * Minister Y progress on …", "X reaffirmed with Y the importance of …", as readouts write it): Y holds it too. Not a verb
 * of passing something on ("shared with", "briefed"). Group 1 the partner's words (capitalised, up to five).
 */
export const VERB_WITH_PARTNER =
  /^(?:reaffirmed|reiterated|underscored|discussed|emphasi[sz]ed|stressed|highlighted|affirmed|confirmed|reviewed|agreed|concurred|welcomed|condemned)\s+(?:also\s+)?with\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}'’-]+)/u;
const VERB_WITH_PARTNER_RULE = 'VERB_WITH_PARTNER: "X underscored with Y …": Y holds it too';
/**
 * WITH_GROUP_PARTICIPLE (round 10): an absolute clause "…, with the pair also pledging to …", "…, with both sides agreeing
 * that …" states the group's position: the group (the people of the talks) holds it. Group 1 the group's words.
 * TALKS_CONCLUDED_WITH_GROUP (round 13): so does the close of an account ("The call concluded with both officials
 * reaffirming …"), in a body's quoted words too.
 */
export const WITH_GROUP_PARTICIPLE =
  /(?:,\s+|\b(?:concluded|ended|closed|wrapped\s+up)\s+)with\s+((?:the\s+(?:pair|two|three|four)|both(?:\s+sides|\s+(?:of\s+the\s+)?(?:ministers|leaders|men|women|officials|chiefs))?|the\s+(?:ministers|leaders|defen[cs]e\s+chiefs))(?:\s+(?:defen[cs]e\s+)?(?:ministers|leaders|sides|officials|chiefs))?)\s+(?:also\s+|both\s+|jointly\s+)*(?:pledg|vow|agree|reaffirm|affirm|confirm|express|stress|emphasi[sz]|underscor|commit|promis|condemn|welcom|call)\w*ing\b/;
/** HE_AND_I: "He and I", "She and I" as the subject of a speaker's words: the speaker and the one "he" refers to. */
// (BRACKETED_REFERENT, round 10: "He (Trump) and I", "She [the minister] and I": the words the editor put in brackets name who.)
const HE_AND_I = /(?:^|[,;:—–]\s*|\b(?:and|but|that|so)\s+)(?:[Hh]e|[Ss]he)(?:\s*[([]([^)\]]{2,40})[)\]])?\s+and\s+I\b/;
const HE_AND_I_RULE = 'HE_AND_I: "he and I" in a quotation: the speaker and the last other person named';
export const AGREEING_WE =
  /\b[Ww]e\s+(?:(?:also|both|have|had|all|jointly|further|again|once again|were able to)\s+)*(?:agreed|confirmed|reaffirmed|decided|concurred|shared\s+(?:the|a|our)\s+(?:recognition|view|understanding))\b/;
const GOVERNMENT_SUBJECT = 'a country or its capital as subject: its official in the call';
const SIDE_OF_A_DELEGATION = 'SIDE_OF_A_DELEGATION: "the U.S. side" at talks with two or more of its people: all of them';
/** SIDE_AS_GOVERNMENT: the noun after a country's name or adjective that makes it a party of talks ("the U.S. side"). */
const SIDE_OF_COUNTRY = /\s+(?:side|government|administration|delegation)\s*$/i;
/** SIDE_AS_GOVERNMENT: the one country of "the <country or its adjective>" before the side's noun ("American" is one here). */
const sideCountry = (words: string): string | null => {
  const w = words.trim().replace(/^the\s+/i, '');
  const named = /^(?:U\.S\.|U\.K\.|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)$/u.test(w) ? countriesNamed(w) : [];
  return named.length === 1 ? named[0] : governmentSubject(words);
};
/** COUNTRIES_OF_THE_TALKS (round 16): "the two countries", "both nations", "the three governments" as the subject (after an adjunct). */
const COUNTRIES_AS_GROUP =
  /(?:^|[,:]\s*)(?:the\s+(?:two|three|four)|both)\s+(?:countries|nations|governments)(?:\s+(?:also|both|further|jointly|then))*\s*$/i;
const COUNTRIES_OF_THE_TALKS = 'COUNTRIES_OF_THE_TALKS: "the two countries" as subject: the people of the talks, one side each';
/**
 * MEETING_AS_SUBJECT (round 17): the talks themselves as the subject of a stance, as readouts and stories write it ("The call
 * reaffirmed the enduring strength of the alliance", "The Meeting reaffirmed the importance of …", "The dialogue discussed …",
 * "Discussions focused on …", "The conversation, held on Monday, focused on …"): the talks' people hold it (the participants of
 * the call on record, else of the call the text reports). Only with a verb of a stance or of what the talks took up
 * (MEETING_STANCE_VERB): "The meeting highlighted the long relationship, which dates to …", "The dialogue served as an
 * opportunity …", "The conversation provided an opportunity to discuss …" tell of the meeting, no one's position.
 */
const MEETING_NOUN = String.raw`(?:(?:[Tt]he|[Tt]heir|[Tt]oday['’]s)\s+(?:(?!(?:next|last|previous|earlier|first)\b)[\w-]+\s+){0,3}?(?:call|meeting|Meeting|talks|Talks|dialogue|Dialogue|conversation|discussions?|Discussions?|teleconference|videoconference|consultations?|Consultations?)|Talks|Discussions)`;
export const MEETING_AS_SUBJECT = new RegExp(
  String.raw`^\s*${MEETING_NOUN}(?:\s*,\s+(?:held|which\s+(?:was|took))\b[^,;]{1,60},)?(?:\s+(?:today|also|further|then|again))*\s*$`,
  'u',
);
const MEETING_STANCE_VERB =
  /^\s*(?:(?:also|further|again|then)\s+)?(?:reaffirmed|reiterated|re-?confirmed|affirmed|confirmed|underscored|discussed|focus(?:s)?ed\s+on|cent(?:er|re)d\s+on|concentrated\s+on)\b/i;
/** MEETING_TOPIC_VERB: what the talks themselves took up, as their verb ("Discussions focused on …", "Their talks centred on …"). */
const MEETING_TOPIC_VERB = new RegExp(
  String.raw`(?<=^\W*${MEETING_NOUN}(?:\s*,\s+(?:held|which\s+(?:was|took))\b[^,;]{1,60},)?(?:\s+(?:today|also|further|then|again))*\s+)(?:focus(?:s)?ed|cent(?:er|re)d|concentrated)(?=\s+on\b)`,
  'u',
);
/**
 * PASSIVE_OF_THE_TALKS (round 17): a stance of the talks in the passive, no agent named ("Progress was reviewed regarding …",
 * "A range of issues were deliberated at length during talks between …"): the people of the talks took it. The index is the
 * participle's; the subject before it ends in "was"/"were".
 */
const PASSIVE_STANCE_VERB =
  /(?<=^[^?]{3,160}?\b(?:was|were)\s+(?:(?:also|further|then)\s+)?)(?:discussed|highlighted|reviewed|deliberated|emphasi[sz]ed|reaffirmed|underscored|stressed|tackled)\b(?!\s+(?:by|in\s+(?:19|20)\d{2})\b)(?=[^?]*$)/u;
const PASSIVE_SUBJECT = /^(?!\s*(?:No|Nothing|Neither|None|What|Whether|It)\b)[^?]{3,160}?\b(?:was|were)\s+(?:(?:also|further|then)\s+)?$/u;
/** PASSIVE_AGENT: the stance verb of a passive with "by" after it, where it is in a sentence (a news account's verb). */
const PASSIVE_BY_VERB =
  /(?<=\b(?:was|were)\s+(?:(?:also|further|again|then|first)\s+)?)(?:re-?)?(?:confirmed|affirmed|reaffirmed|reiterated|agreed|stated|expressed|stressed|emphasi[sz]ed|underscored|acknowledged)(?=\s+by\s)/u;
/** PASSIVE_AGENT: the stance verb of a passive whose subject ends before it, then "by" and its agent (group 1), up to a comma or a preposition of setting. */
const PASSIVE_AGENT =
  /^\s*(?:(?:also|further|again|then|first)\s+)?(?:re-?)?(?:confirmed|affirmed|reaffirmed|reiterated|agreed|stated|expressed|stressed|emphasi[sz]ed|underscored|acknowledged)\s+by\s+((?:the\s+)?[^,;.?!]{2,120}?)(?=\s*(?:[,;.?!]|$|\s+(?:in|at|during|on|over|after|when)\s))/u;
/** MEETING_TOPIC_VERB as the verb of words when it comes before the verb found otherwise ("Discussions focused on … shared …"). */
const earlierTopic = (words: string, found: RegExpExecArray | null): RegExpExecArray | null => {
  const topic = MEETING_TOPIC_VERB.exec(words) ?? PASSIVE_STANCE_VERB.exec(words);
  return topic && (!found || topic.index < found.index) ? topic : found;
};
/**
 * FOLLOWING_ITEMS (round 17): a lead-in that names the list below it within the sentence, a full stop at its end ("the two
 * Ministers concurred to coordinate the following items and jointly prepare …."): the numbered or bulleted items after it take
 * its parties, as after a lead-in ending in a colon.
 */
const FOLLOWING_ITEMS =
  /\bthe following\s+(?:[\w-]+\s+){0,2}?(?:items|activities|areas|measures|points|steps|initiatives|projects|matters|fields|actions|efforts|priorities|principles)\b/i;
/** CONTENT_GOES_ON (round 17): a sentence that spells out the draft before it in a document's own account (CONTENT_OF_BEFORE, in more tenses and verbs). */
const CONTENT_GOES_ON =
  /^(?:(?:And|Also),?\s+)?(?:This|These|It)\s+(?:(?:will|would|also|shall|most|definitely|likely|certainly|further)\s+)*(?:includes?|included|involves?|covers?|calls?\s+for|called\s+for|identified|identifies|sets?\s+out|outlines?|outlined)\b/;
const CONTENT_GOES_ON_RULE = 'CONTENT_GOES_ON: "This includes …", "It calls for …" right after a draft of the same paragraph: its parties';
/** LIST_NUMERAL: a list item's numeral alone right before the sentence on its line ("  1. " before "Activate …"). */
const LIST_NUMERAL_BEFORE = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$/;
const MEETING_AS_SUBJECT_RULE = 'MEETING_AS_SUBJECT: the talks themselves as subject ("The call reaffirmed …"): the people of the talks';
/** A body's spokesperson: "Pentagon spokesperson X", "the ministry's spokesman", "Pentagon Press Secretary X". */
const SPOKESPERSON_OF_BODY = /\b(?:spokes(?:person|man|woman)|press\s+secretary|deputy\s+press\s+secretary)\b/i;
/** SPOKESPERSON_ON_RECORD_SPEAKS_FOR_BODY: words a spokesperson said at a briefing, to reporters or in an interview. */
const SPOKESPERSON_PLACED =
  /\b(?:told\s+(?:[\p{L}-]+\s+){0,3}?(?:reporters|journalists|the\s+press|the\s+media)|(?:news|press)\s+(?:conference|briefing|availability)|briefing|interview|podium)\b/iu;
/** Trailing frames that report speech ("…, X said."), as opposed to "according to X". */
const SPOKEN_TRAILING = /^trailing attribution/;
/** A clause that takes a position: a position verb other than those of events (spoke, talked), and not a travel plan. */
const takesPosition = (clause: string) => {
  const verbs = [...clause.matchAll(new RegExp(POSITION_VERB.source, 'gi'))].map((m) => m[0].trim().split(/\s+/).pop()!.toLowerCase());
  if (verbs.some((v) => !/^(?:will|intends?|spoke|talked)$/.test(v))) return true;
  return verbs.some((v) => /^(?:will|intends?)$/.test(v)) && !TRAVEL_PLAN.test(clause);
};
/**
 * QUOTED_NOTHING: the background rules that hold inside a quotation too: a schedule, the agenda of talks about to start ('"I'm
 * looking forward to our discussion today on …"'), the meeting itself ('"held an introductory call today to discuss …"', a
 * readout's opening quoted by a story), a courtesy alone ('"I am delighted to host the Minister here, …"', round 11), the topic of
 * the talks alone ('"The two Ministers exchanged views on the region,"', round 12), the meeting itself or what it came after
 * (round 12). The words of a quotation, but no position.
 */
const QUOTED_NOTHING = /^(?:schedule|AGENDA_AHEAD|meeting event|courtesy|the topic of the talks|the meeting itself|MEETING_CONTEXT)/;
/** QUOTED_NOTHING for a quotation of one sentence (a schedule in any): "Had a call with X. We stand together …" goes on to a position. */
const quotedNothing = (words: string) => {
  const rule = backgroundOf(words.replace(/,$/, '.'), true)?.rule ?? '';
  if (rule.startsWith('schedule') || (QUOTED_NOTHING.test(rule) && !/\p{Ll}{2}[.!?]["”’]?\s+["“]?\p{Lu}/u.test(words.trim()))) return true;
  // QUOTED_NOTHING_THROUGHOUT (round 12): a quotation of several sentences each of which is nothing (a readout's opening quoted
  // whole: the call, then what it came on the heels of) yields nothing; one position among them keeps it all.
  const sentences = words.trim().split(/(?<=\p{Ll}{2}[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u);
  return (
    sentences.length > 1 &&
    sentences.length <= 4 &&
    sentences.every((t) => QUOTED_NOTHING.test(backgroundOf(t.replace(/,$/, '.'), true)?.rule ?? ''))
  );
};

/**
 * OPENING_PARTICIPLE_CLAUSE: a participle clause opening a readout's sentence ("Noting the alignment of …, Secretary X
 * applauded …", "Recognizing …, the two leaders agreed …"), however long: the sentence's subject and verb come after it.
 */
const OPENING_PARTICIPLE_CLAUSE = /^\s*\p{Lu}[a-z]{2,}ing\s+(?!that\b)[^;:“”"]{2,240}?,\s+(?=(?:the|both|he|she|they|\p{Lu}))/u;
/**
 * OPENING_ADVERBIAL_VERB (round 12): an adverbial phrase or clause opening a sentence ("In view of the significance of the drill
 * as it will be the first …, the two Ministers concurred …", "Given that …, the Secretary reaffirmed …") may hold a verb of
 * its own; the sentence's verb and subject come after its comma. Used only when the first position verb lies inside it.
 * (OPENING_IN_LINE_WITH, round 13: also "In line with shared intent to move “full steam ahead” …, the Principals recognized …",
 * "Consistent with …", "Building on …", a short quotation allowed inside.)
 */
const OPENING_ADVERBIAL =
  /^\s*(?:In (?:the )?(?:view|light|consideration|recognition) of|Given|Considering|Because(?: of)?|Due to|Although|Though|While|Whereas|Regarding|Concerning|With (?:regard|respect) to|In respect of|In (?:line|keeping|accordance) with|Consistent with|In support of|Building on)\s+(?:[^;:“”"]|“[^“”]{1,60}”){2,240}?,\s+(?=(?:the|both|he|she|they|\p{Lu}))/u;
/**
 * PHRASE_QUOTED_IN_ACCOUNT: a quotation inside a story's sentence that is a phrase of it, not words of their own: it comes
 * after a position verb of the sentence (not right after a verb of saying or a colon), is no sentence itself (it opens in
 * lower case, or has no finite verb), and no attribution follows it.
 */
function phraseQuotedInAccount(before: string, quoted: string, after: string): boolean {
  if (wordCount(before) < 3 || !NEWS_ACCOUNT_VERB.test(before)) return false;
  if (/(?:\b(?:said|says|told\s+\S+|added|stated|saying|adding)\s*[,:]?|[:])\s*[“"‘]?$/i.test(before)) return false;
  if (
    /^[,\s”"’]*(?:(?:he|she|they|it)\s+)?(?:said|says|added|stated|told)\b|^[,\s”"’]*(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|added|stated|told)\b/u.test(
      after,
    )
  )
    return false;
  return /^\s*\p{Ll}/u.test(quoted) || !hasFiniteVerb(quoted.split(/[,;]/)[0]);
}
/** JOINT_DOCUMENT_SUBJECT: the joint statement itself as the subject of a story's sentence ("The joint statement also called for …"). */
/** JOINT_DOCUMENT_NAMED_BEFORE (round 14): the reporter is "the statement" (or communique, declaration) alone, a document named before. */
const THE_STATEMENT = /^\s*(?:the|that|this)\s+(?:joint\s+)?(?:statement|communiqu[eé]|declaration)\s*$/i;
const JOINT_DOCUMENT_SUBJECT =
  /^(?:The|That|This|Their|Its)\s+(?:joint\s+)?(?:statement|document|declaration|communiqu[eé])\s+(?:(?:also|further|then)\s+)*$/i;
/** The reporters GROUP_SPOKEN applies to: the group named as reporter ("they", "the two ministers"). */
/** A sentence attributed to people left unnamed ("…, officials said."), whom the next "they" refers to. */
const UNNAMED_GROUP_REPORTED = /\b(?:officials|sources|diplomats|aides|people)\s+(?:said|say|says|told|added)\b[^.!?]*[.!?]["”’]?\s*$/i;
const GROUP_SPOKEN = /^(?:THEY_AS_REPORTER|title or group as reporter)/;
const JOINT_STATEMENT_RELAYED = 'JOINT_STATEMENT_RELAYED: a joint statement the story relays, of the participants of its talks';
const JOINT_DOCUMENT_SUBJECT_RULE = 'JOINT_DOCUMENT_SUBJECT: the joint statement named before, its signatories';
/**
 * MEETING_STANCE_PURPOSE: "met … to reaffirm …": the infinitive as the position verb (its index where "to" starts); "paid a
 * call …, underscoring …": the meeting's verb, so that the subject before it alone takes the participle's position.
 */
function meetingPurpose(words: string): RegExpExecArray | null {
  const m = MEETING_STANCE_PURPOSE.exec(words);
  if (!m) return null;
  const at = m[1] ? m.index + m[0].lastIndexOf(' to ') + 1 : m.index;
  const out = Object.assign([words.slice(at, m.index + m[0].length)], { index: at, input: words, groups: undefined });
  return out as unknown as RegExpExecArray;
}
/** A plan to travel, attend or speak somewhere, or an announcement to come: news, not a position. */
const TRAVEL_PLAN =
  /\b(?:will|intends? to)\s+(?:\w+\s+)?(?:travel|visit|depart|arrive|attend|leave|deliver|be released|be announced|be published|make\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+){0,2}(?:trip|visit))\b/i;
/** ADDRESSED_POST (round 13): a turn's label that is a post addressed, "Mr. Secretary", "Madam Minister" (group 1 the post). */
const ADDRESSED_POST_LABEL = /^(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame)\s+(Secretary|Minister)$/;
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
const FIRST_PERSON = /(?:^|[\s,])(?:I|[Ww]e)\b/;
const FIRST_PLURAL = /(?:^|[\s,])[Ww]e\b/;
const PRONOUN = /^(?:he|she)\b/i;
/**
 * CONNECTIVE_BEFORE_PRONOUN (round 13): a connective opening a sentence before its pronoun subject ("Furthermore, he …",
 * "In particular, she …", "As part of this, he …"): a few lower-case words after a capital, no name among them, then a comma.
 */
/**
 * ASSESSMENT_GOES_ON (round 13): an assessment of an act named just before, with a demonstrative subject ("This action
 * represented a serious violation of …", "Such launches pose a grave threat to …", "This move undermines …").
 */
/**
 * SIGNED_ASSESSMENT (round 14): a joint statement's plain assessment of the signatories' alliance or partnership: its subject
 * that alliance, partnership or relationship (a determiner, up to four words, an optional parenthesis), a copula of what it is
 * or remains. STATEMENT_TEXT_BEGINS: where a release quoting the statement starts its text ("Begin Text:", "The text of the
 * following statement was released …"): before it, the release's own words.
 */
const SIGNED_ASSESSMENT =
  /^[^\p{L}]*(?:The|Our|This|These|That|Its|Their)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:[Aa]lliances?|[Pp]artnerships?|[Rr]elationships?|[Ff]riendship|[Tt]ies)\s+(?:\([^)]{1,60}\)\s+)?(?:(?:also|still|now|increasingly)\s+)?(?:is|are|remains?|has\s+been|have\s+been|continues?\s+to\s+be|will\s+(?:remain|continue\s+to\s+be))\b/u;
const STATEMENT_TEXT_BEGINS = /\bBegin\s+Text\b|\btext\s+of\s+the\s+following\s+(?:joint\s+)?statement\b/i;
const DEMONSTRATIVE_ASSESSMENT =
  /^\s*(?:This|That|These|Those|Such)\s+(?:[\w-]+\s+){0,2}?(?:actions?|acts?|launch(?:es)?|tests?|provocations?|behaviou?r|conduct|moves?|activit(?:y|ies)|attacks?|violations?)\s+(?:also\s+|clearly\s+)?(?:represent(?:ed|s)?|constitut(?:ed|es?)|pos(?:ed|es?)|violat(?:ed|es?)|undermin(?:ed|es?)|threaten(?:ed|s)?|(?:is|was|are|were)\s+(?:a|an|in)\s+(?:[\w-]+\s+){0,3}?(?:violation|breach|threat|provocation|challenge))\b/u;
const CONNECTIVE_BEFORE_PRONOUN = /\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3},\s+/u;
/** BARE_TITLE_OF_LAST_NAMED: a title alone as the subject, after a bullet or a connective ("◦ In particular, Secretary …"). */
const BARE_TITLE_SUBJECT = new RegExp(
  String.raw`^[^\p{L}]*(?:${CONNECTIVE_BEFORE_PRONOUN.source})?(Secretary|Minister)\s+(?:(?:also|further|then|again)\s+)?$`,
  'u',
);
/** "We" as the subject of a joint act in a speaker's turn: both sides of the talks. */
const JOINT_WE_SUBJECT =
  /(?:^|[,;]\s+and\s+(?:(?:today|then|now|yesterday|also)\s+)?)(?:[\w-]+(?:\s+[\w-]+){0,3},\s+|(?:And|But|So|Then|Also|Next|Finally|Additionally)\s+|(?:Today|Yesterday|Tonight|Now)\s+)?[Ww]e\s+(?:(?:also|both|have|jointly|will|shall|are going to|can)\s+)*(?:agreed|confirmed|discussed|reaffirmed|shared|exchanged|decided|concurred|keep|work|upgrade|strengthen|deepen|continue|cooperate|coordinate)\b/;
/**
 * WE_OF_TALKS_NOT_ON_RECORD (round 18): "we" as the subject a speaker's sentence opens on (after a short phrase and a comma or
 * a connective at most: "We have just discussed …", "Therefore, we have reached …"), said in a turn about talks with no call
 * on record by one of the participants of the talks the text reports: both sides of those talks. On the fourteen real tuning
 * folders a transcript sentence of such a speaker opening on "we" was labelled as both sides 38 times of 39 (a "we" anywhere
 * in the sentence, "I stated that we …" too, 44 of 52: the speaker's own clause, left out). `otherSideAsPartner`: not "we
 * look forward to consulting with France" with France the other side's country (the 39th): the other side set apart.
 */
export const WE_OF_TALKS_NOT_ON_RECORD = {
  name: 'WE_OF_TALKS_NOT_ON_RECORD: "we" opening a turn about talks not on record, a participant speaking: both sides of the talks',
  // (WE_AFTER_AS: also the "we" of a clause the sentence opens on with "as" or "besides": "As we take steps together …",
  // "And as we've made clear, …".)
  opening:
    /^(?:[^,;]{0,60},\s+)?(?:(?:And|But|So|Now|Today|Together|Also|Therefore|Then)\s+)?(?:(?:[Aa]s|[Bb]esides)\s+)?[Ww]e(?:['’](?:ll|ve|re|d))?\b/,
  otherSideAsPartner: /\bwith\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/gu,
};

/** WE_OF_TALKS_NOT_ON_RECORD: whether a speaker's (`ids` or `proposed`, one) words are both sides of `talks`. */
function weOfTalksNotOnRecord(
  words: string,
  ids: number[],
  proposed: string[],
  talks: ProposedCall | null,
  countryOf: (who: number | string) => string | null,
): boolean {
  if (!talks || ids.length + proposed.length !== 1) return false;
  const speaker = ids[0] ?? proposed[0];
  const others = [...talks.participantIds, ...talks.proposedParticipants].filter((x) => x !== speaker);
  if (others.length === 0 || others.length === talks.participantIds.length + talks.proposedParticipants.length) return false;
  if (!WE_OF_TALKS_NOT_ON_RECORD.opening.test(words) || ONE_SIDE_WE.test(words) || HOME_AFFAIRS_WE.test(words)) return false;
  if (groupOfAnotherSize(words, others.length + 1)) return false;
  const otherCountries = others.map((x) => countryOf(x)).filter((c): c is string => c != null);
  return ![...words.matchAll(WE_OF_TALKS_NOT_ON_RECORD.otherSideAsPartner)].some((m) =>
    countriesNamed(m[1]).some((c) => otherCountries.includes(c)),
  );
}
/** The people of `ids` and `proposed` added to a passage's parties (each once), with the evidence that adds them. */
function addParties(p: Passage, ids: readonly number[], proposed: readonly string[], evidence: Evidence): void {
  for (const c of ids) if (!p.partyIds.includes(c)) p.partyIds.push(c);
  for (const c of proposed) if (!p.proposedParties.includes(c)) p.proposedParties.push(c);
  p.evidence.push(evidence);
}

/** "He" or "she" as a subject: at the start, after a clause break, or after "and", "but", "that". */
const SUBJECT_PRONOUN = /(?:^|[,;:—–]\s*|\b(?:and|but|that|because)\s+)(?:[Hh]e|[Ss]he)\b/;
/** Words of a transcript that speak of the talks: the meeting, the counterpart, a joint act. */
export const SPEAKS_OF_CALL =
  /\b(?:[Ww]e|[Bb]oth of us)\s+(?:also\s+)?(?:agreed|confirmed|discussed|reaffirmed|shared|exchanged)\b|(?<!\b(?:be|been|being|is|are|was|were)\s+)\b(?:met|meeting|call|talks|[Hh]e|him|[Ss]he|her|[Tt]he (?:(?:State|Vice|Deputy|Assistant|Acting|Defen[cs]e|Senior Vice)\s+)?(?:Secretary|Minister))\b/;

const ORG_PROPOSAL = /\b((?:Ministry|Department|Office|Agency)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})/g;
/** BODY_NAME_END: the length of the body's name an ORG_PROPOSAL match `m` in `text` gives, without a title or party after it. */
const proposedBodyLength = (text: string, m: RegExpMatchArray) =>
  Math.min(m[1].length, bodyNameEnd(text.slice(m.index!, m.index! + m[1].length + 2)));

const uniq = <T>(xs: T[]) => [...new Set(xs)];
/** Words in capitals written as names are ("NAKATANI Gen" → "Nakatani Gen"), for matching. */
const titleCased = (s: string) =>
  s.replace(/[\p{L}’'-]+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
const capitalize = (s: string) => s.replace(/^(\s*)(\p{Ll})/u, (_, a: string, b: string) => a + b.toUpperCase());

// ---------------------------------------------------------------------------------------------

interface Reporter {
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

/** A reporter that is officials, on record or proposed, with no document of theirs named. */
const officialReporter = (officialIds: number[], proposed: string[], span: string, rule: string, confidence: number): Reporter => ({
  kind: 'official',
  officialIds,
  proposed,
  source: null,
  span,
  rule,
  confidence,
});

/** A reporter that is a document or a body's account: the source the words come through. */
const sourceReporter = (source: SourceGuess | null, span: string, rule: string, confidence: number): Reporter => ({
  kind: 'source',
  officialIds: [],
  proposed: [],
  source,
  span,
  rule,
  confidence,
});

interface Ctx {
  call: LexCall | null;
  callEvidence: string;
  source: SourceGuess | null;
  sourcesByKind: Map<string, SourceGuess>;
}

export class Extractor {
  private readonly restored: RestoredText;
  private readonly text: string;
  private readonly original: string;
  private readonly dates: TextDate[];
  private readonly sources = new Map<string, SourceGuess>();
  private readonly proposedOfficials = new Map<string, ProposedOfficial>();
  private readonly proposedOrganizations = new Map<string, ProposedOrganization>();
  private readonly proposedCommitments = new Map<string, ProposedCommitment>();
  /** Proposals a recorded commitment held already (stage 6b): what a later "the new headquarters" refers to. */
  private readonly coveredProposals: ProposedCommitment[] = [];
  private readonly documentSource: SourceGuess;
  private readonly callHits = new Map<number, { span: string; rule: string; confidence: number }>();
  /** Spokespeople of a body named so far, by family name, and the body's words they speak (see `reporterAt`). */
  private readonly spokespeople = new Map<string, Reporter>();
  private mentionCache: Mention[] = [];
  /** Organizations and countries named so far, in order: what "the ministry" refers to. */
  private readonly seenOrganizations: Mention[] = [];

  constructor(
    private readonly lex: Lexicon,
    original: string,
    private readonly options: ExtractOptions,
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
      this.documentSource.speakerId = principalOf(options.title, this.speakerLookups())?.id ?? null;
  }

  private publisherProposal: string | null | undefined;
  /**
   * A release or readout imported with no publisher on record that names its publisher on a line of
   * its own (pipeline/publisher.ts): that body, proposed with its country, is the author of its
   * third-person prose.
   */
  private proposedPublisherKey(): string | null {
    if (this.publisherProposal !== undefined) return this.publisherProposal;
    this.publisherProposal = null;
    if (this.options.publisherId != null || !['READOUT', 'PRESS_RELEASE'].includes(this.options.kind)) return null;
    const line = publisherLine(this.text) ?? this.selfNamedBody();
    if (!line) return null;
    const countryCode = this.publisherCountry(line.country ?? line.name);
    // On record already (the same name in the same country): not proposed. A generic name ("Ministry of Defence") of another country's body is no match.
    if (
      this.lex
        .mentions(line.name)
        .some((m) => m.kind === 'organization' && m.ids.some((id) => this.lex.organizations.get(id)?.countryCode === countryCode))
    )
      return null;
    const key = `organization:${line.name.toLowerCase()}`;
    if (!this.proposedOrganizations.has(key))
      this.proposedOrganizations.set(key, { key, name: line.name, countryCode, span: this.orig(line.start, line.end) });
    // A minister named on the publisher's line is of its country.
    for (const name of line.people ?? []) {
      const minister = this.proposedOfficials.get(`official:${nameCore(name)}`);
      if (minister) minister.countryCode ??= countryCode;
    }
    this.publisherProposal = key;
    return key;
  }

  /**
   * SPEAKER_ABROAD_COUNTRY (round 14): the one speaker of a page with no publisher, not on record and placed by no words, speaking
   * where the time zone's country is never named ("here in Brussels", a coalition meeting abroad): the zone is the venue's, not
   * the speaker's. The country the text names most (twice or more, ahead of any other), leaving out the countries of the
   * officials on record it names (the other side of the talks); else null and the zone stands.
   */
  private speakerAbroadCountry(): string | null {
    const zone = countryOfZone(this.options.timeZone);
    const mentions = this.lex.mentions(this.text);
    if (!zone || mentions.some((m) => m.kind === 'country' && m.countryCode === zone)) return null;
    const others = new Set(
      mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => this.lex.officials.get(m.ids[0])?.countryCode),
    );
    const counts = new Map<string, number>();
    for (const m of mentions)
      if (m.kind === 'country' && m.countryCode && !others.has(m.countryCode))
        counts.set(m.countryCode, (counts.get(m.countryCode) ?? 0) + 1);
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : null;
  }

  /**
   * SELF_NAMED_BODY (round 14): a release or readout imported with no publisher and no line naming one, whose lead paragraph
   * names one body of the time zone's country that is not on record and not set in another country's words ("… was
   * received at the Department of X on <date>"): the body that publishes it, named of itself, the author of its prose.
   * Not when a minister's own head line stands (publisherPerson) nor when the lead names two such bodies.
   */
  private selfNamedBody(): { name: string; start: number; end: number; country: string | null; people?: string[] } | null {
    const zone = countryOfZone(this.options.timeZone);
    if (!zone || publisherPerson(this.text)) return null;
    const lead = /[^\n]{60,}/.exec(this.text);
    if (!lead) return null;
    const recorded = this.lex.mentions(lead[0]).filter((m) => m.kind === 'organization');
    const found = new Map<string, { name: string; start: number; end: number; country: string | null }>();
    for (const m of lead[0].matchAll(new RegExp(ORG_PROPOSAL.source, 'g'))) {
      const at = m.index;
      if (recorded.some((x) => x.start <= at && x.end > at)) continue;
      // (Set in another country's words: "Japan's Ministry of Defense", "the Japanese Department of …".)
      const before = lead[0].slice(Math.max(0, at - 30), at);
      const qualified = this.lex
        .mentions(before)
        .filter((x) => x.kind === 'country' && x.end >= before.trimEnd().length - 4)
        .pop()?.countryCode;
      if (qualified && qualified !== zone) return null;
      // (A body that speaks in the lead is another's voice reported, not the page's own.)
      if (/^\s*(?:\([^)]{1,12}\)\s*)?(?:said|says|stated|announced)\b/.test(lead[0].slice(at + m[1].length))) return null;
      const name = m[1].slice(0, proposedBodyLength(lead[0], m));
      found.set(name, { name, start: lead.index + at, end: lead.index + at + name.length, country: null });
    }
    return found.size === 1 ? [...found.values()][0] : null;
  }

  private publisherPersonProposal: { id: number | null; key: string | null } | null | undefined;
  /**
   * A minister's own release imported with no publisher ("Hon Jane Roe / Minister of Defence" at its head,
   * pipeline/publisher.ts): the minister (on record, else proposed with the publisher's country) is the author of its
   * third-person prose, as a publishing body is of its own.
   */
  private publisherPersonAuthor(): { id: number | null; key: string | null } | null {
    if (this.publisherPersonProposal !== undefined) return this.publisherPersonProposal;
    this.publisherPersonProposal = null;
    if (
      this.options.publisherId != null ||
      (!['READOUT', 'PRESS_RELEASE'].includes(this.options.kind) && !this.pageDetailsTranscript()) ||
      this.proposedPublisherKey() != null
    )
      return null;
    const line = publisherPerson(this.text);
    if (!line) return null;
    const known = this.lex.mentions(line.name).find((m) => m.kind === 'official' && m.ids.length === 1);
    if (known) return (this.publisherPersonProposal = { id: known.ids[0], key: null });
    const key = `official:${nameCore(line.name)}`;
    const proposed = this.proposedOfficials.get(key);
    const countryCode =
      (this.pageDetailsTranscript() ? this.guestSpeakerCountry(line.name) : null) ??
      proposed?.countryCode ??
      this.speakerAbroadCountry() ??
      this.publisherCountry(line.name);
    if (proposed) proposed.countryCode = countryCode;
    else
      this.proposedOfficials.set(key, {
        key,
        name: line.name,
        title: line.title,
        capacity: 'SUBSTANTIVE',
        countryCode,
        organizationId: null,
        span: this.orig(line.start, line.end),
      });
    return (this.publisherPersonProposal = { id: null, key });
  }

  /** A proposed publisher's country: named with it, else that of the officials not on record the document names (its own people), else the one it names most. */
  private publisherCountry(name: string): string | null {
    const most = (codes: (string | null | undefined)[]) => {
      const counts = new Map<string, number>();
      for (const c of codes) if (c && c !== 'US') counts.set(c, (counts.get(c) ?? 0) + 1);
      const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      // Two countries named as often: no guess (the editor gives it).
      return first && (!second || second[1] < first[1]) ? first[0] : null;
    };
    return (
      this.lex.mentions(name).find((m) => m.kind === 'country')?.countryCode ??
      // (A country the lexicon does not hold, named by a form of its name: "Norwegian".)
      countriesNamed(name)[0] ??
      // The time zone the importer gave for the publisher, when it is one country's.
      countryOfZone(this.options.timeZone) ??
      most([...this.proposedOfficials.values()].map((p) => p.countryCode)) ??
      most(this.lex.mentions(this.text).map((m) => (m.kind === 'country' ? m.countryCode : null)))
    );
  }

  /**
   * SPEAKER_OTHER_SIDE: the country of a transcript's speaker proposed from the page's details: named with the name, else the
   * one the text names most once the other side of the speaker's own relations ("our relationship with X") is left out. Null
   * when the text names no such relation (the time zone is where the press conference was held, not whose speaker it is).
   */
  private guestSpeakerCountry(name: string): string | null {
    const own = this.lex.mentions(name).find((m) => m.kind === 'country')?.countryCode ?? countriesNamed(name)[0];
    if (own) return own;
    // OWN_CABINET (round 14): the speaker calls themself a member of a country's cabinet or government ("I … the first
    // member of the <Adj> Cabinet to …"): that country, whatever the time zone of the place they speak.
    const cabinet = OWN_CABINET.pattern.exec(this.text);
    const cabinetCountry = cabinet ? countriesNamed(cabinet[1]) : [];
    if (cabinetCountry.length === 1) return cabinetCountry[0];
    const other = new Set(otherSideForms(this.text).flatMap((f) => countriesNamed(f)));
    // OTHER_SPEAKER_SIDE (round 13): the countries of the officials on record who speak turns of the transcript (the host of a
    // joint press conference on the guest's page) are the other side too.
    // (Read from the turns' labels: the turns themselves may not be read yet.)
    for (const line of this.text.split('\n')) {
      const label = turnLabel(line);
      if (label?.role !== 'SPEAKER') continue;
      for (const m of this.lex.mentions(titleCase(line.slice(0, label.length))))
        if (m.kind === 'official' && m.ids.length === 1) {
          const code = this.lex.officials.get(m.ids[0])?.countryCode;
          if (code) other.add(code);
        }
    }
    if (!other.size) return null;
    const counts = new Map<string, number>();
    for (const m of this.lex.mentions(this.text))
      if (m.kind === 'country' && m.countryCode && !other.has(m.countryCode))
        counts.set(m.countryCode, (counts.get(m.countryCode) ?? 0) + 1);
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return first && (!second || second[1] < first[1]) ? first[0] : null;
  }

  /** The lexicon as the speakers stage reads it: on the document's day, the publisher's country. */
  private speakerLookups(): SpeakerLookups {
    const date = this.options.publishedOn;
    return {
      mentions: (t) => this.lex.mentions(t),
      holders: (title, country) => this.lex.holders(title, date, country),
      countryOf: (id) => this.lex.officials.get(id)?.countryCode ?? null,
      nameOf: (id) => this.lex.officials.get(id)?.name ?? null,
      publisherCountry:
        this.options.publisherId != null ? (this.lex.organizations.get(this.options.publisherId)?.countryCode ?? null) : null,
    };
  }

  private orig(start: number, end: number): string {
    const [a, b] = toOriginal(this.restored, start, end);
    return this.original.slice(a, b);
  }

  /** The date the passages are about: the text's dates near the publication date, else the publication date. */
  private documentDay: string | null | undefined;
  /**
   * The call on record an account in the past dates before the story's: by a day it gives ("Hegseth's April 17 call with
   * …", "their March 3 meeting": the one call within a day of it) or by a month ("In January, the two ministers had
   * agreed …", "At their meeting in Tokyo on July 28, …": the one call of that month), between the people of the call
   * the story reports or the two or more officials on record the sentence names ("In February, Hegseth had told Ahn …").
   */
  private earlierCall(s: Span, current: LexCall | null): LexCall | null {
    const published = this.documentDate();
    if (!current || !published) return null;
    const text = this.text.slice(s.start, s.end);
    // The officials on record the sentence names, two or more: an earlier call between them, whoever the story's call is with.
    const named = uniq(
      this.lex
        .mentions(this.text, s.start, s.end)
        .filter((x) => x.kind === 'official' && x.ids.length === 1)
        .map((x) => x.ids[0]),
    );
    const between = (c: LexCall) =>
      current.participantIds.every((p) => c.participantIds.includes(p)) ||
      (named.length >= 2 && named.every((p) => c.participantIds.includes(p)));
    // "Hegseth's April 17 call with …": a day the sentence gives, days before the story's call, and one call on record that day.
    const onDay = this.dates
      .filter((d) => d.start >= s.start && d.end <= s.end && daysBetween(d.date, current.date) < -1)
      .flatMap((d) => this.lex.data.calls.filter((c) => c.id !== current.id && Math.abs(daysBetween(c.date, d.date)) <= 1 && between(c)));
    if (uniq(onDay.map((c) => c.id)).length === 1 && /\b(?:call|talks|meeting|met|spoke)\b/i.test(text)) return onDay[0];
    const m =
      EARLIER_MONTH.exec(text) ??
      EARLIER_ENGAGEMENT_MONTH.exec(mainClause(text.split(/[,;]/)[0])) ??
      MONTH_THEN_RELATIVE.exec(text) ??
      (LAST_MONTH_ENGAGEMENT.test(text) ? ['', MONTHS[(Number(published.split('-')[1]) + 10) % 12]] : null);
    // The past perfect of any verb ("had told", "had sent"), a past tense, or a past meeting or reporting verb.
    if (!m || !/\b(?:had\s+(?:(?:also|already|first|earlier)\s+)?\p{Ll}{3,}|\p{Ll}{3,}ed|met|held|spoke|took|made|told|said)\b/u.test(text))
      return null;
    if (/\b(?:will|would|shall|plans?|is to|are to)\b/i.test(text.split(/[,;]/)[0])) return null;
    const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    const [py, pm] = published.split('-').map(Number);
    if (month === pm) return null;
    const year = month < pm ? py : py - 1;
    const prefix = `${year}-${String(month).padStart(2, '0')}`;
    const found = this.lex.data.calls.filter((c) => c.date.startsWith(prefix) && between(c));
    return found.length === 1 ? found[0] : null;
  }

  /**
   * PAST_PERIOD_ENGAGEMENT: a speaker's "Last month I hosted Minister X, and we agreed …" with no call near the document's
   * date: the one recorded engagement in that period between the speaker and the officials the sentence names.
   */
  private periodEngagement(s: Span, speakerId: number | undefined): LexCall | null {
    const published = this.documentDate();
    if (speakerId == null || !published) return null;
    const period = pastPeriodEngagement(this.text.slice(s.start, s.end), published);
    if (!period) return null;
    const named = this.lex
      .mentions(titleCased(this.text.slice(s.start, s.end)))
      .filter((x) => x.kind === 'official' && x.ids.length === 1)
      .map((x) => x.ids[0]);
    const people = uniq([speakerId, ...named]);
    if (people.length < 2) return null;
    const found = this.lex.data.calls.filter(
      (c) => c.date >= period.from && c.date <= period.to && people.every((p) => c.participantIds.includes(p)),
    );
    if (found.length !== 1) return null;
    if (!this.callHits.has(found[0].id))
      this.callHits.set(found[0].id, {
        span: this.orig(s.start, Math.min(s.end, s.start + 160)),
        rule: 'a past period the speaker names ("last month I hosted …") and the people of a recorded engagement then',
        confidence: 0.7,
      });
    return found[0];
  }

  /**
   * OTHER_SETTING: an official's remarks in another setting (to lawmakers, at a hearing) that neither report an
   * engagement nor name anyone or any country of the call's other side are not the call's words.
   */
  private saidElsewhere(s: Span, participantIds: number[]): boolean {
    if (!participantIds.length) return false;
    const text = this.text.slice(s.start, s.end);
    if (!OTHER_SETTING.pattern.test(text) || reportsEngagement(text) || /\b(?:call|talks|meeting|counterpart)\b/i.test(text)) return false;
    const mentions = this.lex.mentions(this.text, s.start, s.end);
    const ids = new Set(mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]));
    // A country of the other side counts as its side ("asked the U.S. side"), not as the topic of the remarks ("said South Korea should …").
    const codes = new Set(
      mentions
        .filter((m) => m.countryCode && (m.kind !== 'country' || OTHER_SIDE_AS_PARTY.test(this.text.slice(m.end, m.end + 40))))
        .map((m) => m.countryCode),
    );
    const sides = participantIds.filter((p) => ids.has(p) || codes.has(this.lex.officials.get(p)?.countryCode ?? ''));
    // (A participant not on record named there counts as a side too: "X said he and Y discussed …", Y proposed.)
    const proposedNamed = this.proposedIn(s.start, s.end).filter((p) => this.reported?.proposedParticipants.includes(p.key));
    if (proposedNamed.length && sides.length + proposedNamed.length >= 2) return false;
    // The speaker's own side may be named; the other side must not be.
    return sides.length <= 1;
  }

  /** The sentence being read was said in another setting (OTHER_SETTING) or states the country's own decision (OWN_DECISION). */
  private wordsElsewhere = false;

  /** The sentence before, when its words were said in another setting (OTHER_SETTING), and its block. */
  private lastElsewhere: { text: string; block: number } | null = null;
  /**
   * SETTING_CARRIES: the words after remarks made in another setting, by the same speaker, were said there too: a quotation
   * that goes on in the same paragraph ('… Park said at the hearing. "I will not …"'), or a quotation attributed to the
   * person the sentences before named ('"If confirmed, I will …," Park said.'), or that person going on ("Park, a retired
   * general, also said …", "… added"), unless it reports the engagement.
   */
  private settingCarries(s: Span, block: number, blockEnd = s.end): boolean {
    const before = this.lastElsewhere;
    if (!before) return false;
    const own = this.text.slice(s.start, s.end).trim();
    if (reportsEngagement(own)) return false;
    // QUOTATION_RUNS_ON (round 13): a quotation opened and not closed in the sentence runs on to its attribution at the end of
    // the paragraph ('"A. B," Park said.'): the speaker named there is the one who goes on.
    const runsOn = /^[“"][^”"]*$/.test(own) && block === before.block + 1;
    const text = runsOn ? this.text.slice(s.start, blockEnd).trim() : own;
    if (block === before.block && /^[“"]/.test(text) && !/[”"]\s*,?\s+[^“"]*\b(?:said|says|added|told)\b/.test(text)) return true;
    const who =
      /[”"],?\s+(?:\p{Lu}[\p{L}'’-]+\s+)*?(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|continued|replied|answered|responded)\b[^“"]*$/u.exec(
        text,
      ) ??
      // "Park, a retired general, also said …": the same speaker going on.
      /^(\p{Lu}[\p{L}'’-]+)\b[^.;“"]{0,80}?\s(?:also\s+(?:said|told)|added|went\s+on\s+to\s+say)\b/u.exec(text);
    // A quotation attributed to "he" or "she" (same or next paragraph): the person the sentence before named, going on there.
    if (
      !who &&
      (block === before.block || block === before.block + 1) &&
      /^[“"][^“”"]+[”"],?\s+(?:he|she)\s+(?:said|added|continued)\b[^“"]*$/.test(text)
    )
      return true;
    return !!who && new RegExp(`\\b${who[1]}\\b`).test(before.text);
  }

  private documentDate(): string | null {
    if (this.documentDay !== undefined) return this.documentDay;
    this.documentDay = this.computeDocumentDate();
    return this.documentDay;
  }

  private computeDocumentDate(): string | null {
    const published = this.options.publishedOn;
    const near = this.dates.filter((d) => !published || (d.date <= published && d.date >= addDays(published, -14)));
    return near[0]?.date ?? published ?? this.dates[0]?.date ?? null;
  }

  private candidateCalls(sentences: Sentence[]): LexCall[] {
    const date = this.documentDate();
    const published = this.options.publishedOn;
    const near = this.lex.data.calls.filter((c) => {
      if (date && Math.abs(daysBetween(c.date, date)) <= 2) return true;
      return published != null && c.date <= addDays(published, 1) && c.date >= addDays(published, -10);
    });
    if (near.length === 0) {
      const lead = this.leadDatedTalks(sentences);
      if (lead.length) {
        this.callsByDate = true;
        return lead;
      }
    }
    // Several calls on record: the one on a date the text gives (the call's day on the publisher's side, one day either side).
    const given = this.dates.filter((d) => !published || (d.date >= addDays(published, -30) && d.date <= addDays(published, 1)));
    // One call on record near the date is chosen up front too when the text gives its date ("held phone talks Tuesday morning").
    if (near.length === 0 || given.length === 0) return near;
    const dated = near.filter((c) => {
      const day = this.sideDate(c, this.options.publisherId, undefined) ?? c.date;
      return given.some((d) => Math.abs(daysBetween(day, d.date)) <= 1);
    });
    if (dated.length) this.callsByDate = true;
    return dated.length ? dated : near;
  }

  /**
   * LEAD_DATED_TALKS (round 17): with no call on record near the publication, the first sentence of the opening that reports
   * talks gives their day, weeks before (a monthly bulletin's "On June 29th, Minister A and Secretary B held …"): the calls on
   * record that day (one day either side) between the people that sentence names, two or more, all of them.
   */
  private leadDatedTalks(sentences: Sentence[]): LexCall[] {
    const published = this.options.publishedOn;
    if (!published) return [];
    for (const s of sentences.slice(0, LEAD_DATED_TALKS.sentences)) {
      const text = this.text.slice(s.start, s.end);
      if (!reportsEngagement(text) && !LEAD_DATED_TALKS.held.test(text)) continue;
      const days = this.dates
        .filter((d) => d.start >= s.start && d.end <= s.end && d.date <= published && d.date >= addDays(published, -LEAD_DATED_TALKS.days))
        .map((d) => d.date);
      const named = this.officialsNamedIn(s);
      // (A heading naming the talks by their countries names no one: the sentence that names them is read.)
      if (named.length < 2) continue;
      return this.lex.data.calls.filter(
        (c) =>
          days.some((d) => Math.abs(daysBetween(c.date, d)) <= 1) &&
          c.participantIds.length === named.length &&
          c.participantIds.every((p) => named.includes(p)),
      );
    }
    return [];
  }

  /**
   * The officials on record a sentence names by one name each (up to where it runs into the next one's words), each once;
   * with `onDay`, only those holding a post that day (OUT_OF_OFFICE_NAME).
   */
  private officialsNamedIn(s: Sentence, onDay?: string | null): number[] {
    return uniq(
      this.lex
        .mentions(this.text, s.start, this.apartFrom(s))
        .filter((m) => m.kind === 'official' && m.ids.length === 1 && (!onDay || this.lex.holding(m.ids[0], onDay) != null))
        .map((m) => m.ids[0]),
    );
  }

  /** The call or meeting the text reports when none is on record near its date. */
  private reported: ProposedCall | null = null;

  /** Candidate calls were narrowed by a date the text gives. */
  private callsByDate = false;

  run(): Extraction {
    const produced: { sentence: Sentence; role: Turn['role'] | null; passages: Passage[]; skip?: { reason: SkipReason; rule: string } }[] =
      [];
    const { blocks, sentences } = segment(this.text);
    const calls = this.withCounterpartCountry(this.withReportedPeople(this.candidateCalls(sentences), sentences), sentences);
    const ctx: Ctx = { call: null, callEvidence: '', source: null, sourcesByKind: new Map() };
    if (this.options.kind !== 'NEWS_ARTICLE') {
      ctx.source = this.documentSource;
      ctx.sourcesByKind.set(this.options.kind, this.documentSource);
    }
    if (calls.length === 1 && this.callsByDate) {
      ctx.call = calls[0];
      ctx.callEvidence = this.dates.find((d) => Math.abs(daysBetween(d.date, calls[0].date)) <= 1)?.text ?? '';
      this.callHits.set(calls[0].id, {
        span: ctx.callEvidence,
        rule: 'the only recorded call on the date the text gives',
        confidence: 0.8,
      });
    }
    // The people of the meeting the text reports (a first pass over the people named), for when no recorded call is
    // near the date or none has the people named (someone not on record took part).
    {
      for (const block of blocks) {
        this.mentionCache = this.lex.mentions(this.text, block.start, block.end);
        this.collectProposals(block);
      }
      this.titlePrincipalNewcomer();
      this.proposeFromTitle();
      this.ownVoice = this.ownReleaseVoice();
      this.reported = this.proposeCall(sentences);
      // NEWCOMER_FIRST: the engagement the text reports is with someone not on record ("Minister X held a telephone
      // conversation with the U.S. Secretary"): a recorded call is taken only where a sentence names all its participants,
      // from the first line on (a title line naming one of them says nothing of a recorded call with someone else).
      if (this.reported?.proposedParticipants.length) this.withNewcomer = true;
      // REPORTED_PAIR_OFF_RECORD (round 11): so is one between people on record that no call near the date has all of
      // ("During a phone conversation between A and B, …", A's call with C on record that month): a headline naming A alone
      // does not pick A's other call.
      const pairOff = this.reported?.participantIds.length ?? 0;
      if (pairOff >= 2 && !calls.some((c) => this.reported!.participantIds.every((p) => c.participantIds.includes(p))))
        this.withNewcomer = true;
      // NEWCOMER_NOT_THE_DATED_CALL: the engagement the text reports first is with someone not on record and leaves out a
      // participant of the one call on record that day ("the President received the Secretary", the Secretary's talks with
      // his counterpart the same day on record): that call is another engagement, taken only where a sentence names it.
      const dated = ctx.call;
      // MULTILATERAL_MEETING: so is a call on record that day between some of the members of a meeting of three countries
      // or more (a bilateral meeting on its sidelines).
      // OTHER_PAIR_NOT_THE_DATED_CALL (round 10): so is the one call on record that day when the engagement reported is
      // between others on record ("A held a call with C" and the call on record that day is A's with B).
      const otherPair =
        this.reported != null &&
        this.reported.participantIds.length >= 2 &&
        this.reported.participantIds.some((p) => !dated?.participantIds.includes(p));
      if (
        dated &&
        (this.reported?.proposedParticipants.length || otherPair) &&
        (!dated.participantIds.every((p) => this.reported!.participantIds.includes(p)) || this.reported!.rule === MULTILATERAL_MEETING)
      ) {
        ctx.call = null;
        this.callHits.delete(dated.id);
      }
    }
    if (this.options.kind === 'JOINT_STATEMENT') this.findSignatories(blocks);
    // MULTILATERAL_SIGNATORIES: a joint statement its opening says officials of three countries or more signed is not the
    // statement of a call on record between some of them.
    if (ctx.call && this.widerSignatories(ctx.call)) {
      this.callHits.delete(ctx.call.id);
      ctx.call = null;
    }
    if (this.options.kind === 'NEWS_ARTICLE') this.scanNamedDocuments(sentences);
    if (this.options.kind === 'NEWS_ARTICLE') this.scanSpokespeople(sentences);
    const transcript = this.options.kind === 'PRESS_CONFERENCE' || this.options.kind === 'TRANSCRIPT';
    const turnOfBlock = new Map<number, Turn>();
    const turnList = turns(this.text, blocks, transcript, this.documentSource.speakerId != null ? 'A' : (this.options.title ?? null));
    // A release's "X said:" line and the unquoted paragraphs after it: that speaker's turn.
    const attributed = !transcript && turnList.length === 0 ? attributedParagraphs(this.text, blocks) : null;
    // A press conference page with no labels: questions and answers alternate after "Questions and Answers".
    if (transcript && turnList.length === 0)
      turnList.push(...unlabelledTurns(this.text, blocks, this.documentSource.speakerId != null ? 'A' : (this.options.title ?? null)));
    if (attributed) turnList.push(...attributed.turns);
    // QUOTE_THEN_ATTRIBUTION: a release's quotation paragraphs, then their speaker's line.
    const attributedAfter = !transcript && turnList.length === 0 ? quotesAttributedAfter(this.text, blocks, isTitleLine) : null;
    if (attributedAfter) turnList.push(...attributedAfter.turns);
    for (const t of turnList) for (let b = t.fromBlock; b <= t.toBlock; b++) turnOfBlock.set(b, t);
    this.turnSpeakers = this.speakersOfTurns(turnList, calls);
    this.turnProposed = this.proposedSpeakersOfTurns(turnList);
    // ADDRESSED_IN_PERSON: the names a speaker's turn opens by addressing ("Minister X, welcome …"): the other side is present.
    this.addressed = turnList
      .filter((t) => t.role === 'SPEAKER' || t.role === 'ANSWER')
      .flatMap((t) => addressedInPerson(this.text.slice(t.bodyStart, blocks[Math.min(t.toBlock, t.fromBlock + 2)].end)));
    this.addressedPosts = uniq(
      turnList
        .filter((t) => t.role === 'SPEAKER' || t.role === 'ANSWER')
        .flatMap((t) => [...this.text.slice(t.bodyStart, blocks[t.toBlock].end).matchAll(ADDRESSED_BY_POST.pattern)].map((m) => m[1])),
    );
    // A joint press conference reports the meeting of its speakers (two countries): a call on record with someone who
    // does not speak in it is another engagement ("Pete and I" in Canberra is not his video call with Tokyo that week).
    const speaking = new Set(this.turnSpeakers.values());
    if (transcript && speaking.size > 0 && this.speakersMeeting()) {
      const other = calls.filter((c) => !c.participantIds.every((p) => speaking.has(p)));
      if (other.length) {
        calls.splice(0, calls.length, ...calls.filter((c) => !other.includes(c)));
        for (const c of other) this.callHits.delete(c.id);
        if (ctx.call && other.includes(ctx.call)) ctx.call = null;
      }
      // SPEAKERS_CALL (round 13): the one call near the date between exactly the speakers is the meeting they speak at.
      const theirs = calls.filter((c) => c.participantIds.length === speaking.size && c.participantIds.every((p) => speaking.has(p)));
      if (!ctx.call && speaking.size >= 2 && this.turnProposed.length === 0 && theirs.length === 1) {
        ctx.call = theirs[0];
        this.reported = null;
        this.callHits.set(theirs[0].id, {
          span: this.options.title ?? '',
          rule: 'SPEAKERS_CALL: the one recorded call near the date between exactly the speakers of the transcript',
          confidence: 0.7,
        });
      }
    }
    // ADDRESSED_NEWCOMER: the guest the first speaker addresses, not on record, proposed (the meeting is then found below).
    // (A meeting the opening address already gave, with the people on record addressed, is found again with the guests added.)
    if (
      transcript &&
      !ctx.call &&
      (this.reported == null || this.addressedMeeting() != null) &&
      this.proposeAddressed(turnList, blocks) &&
      this.addressedMeeting()
    )
      this.reported = this.proposeCall(sentences);
    // A joint press conference with a speaker not on record: the meeting of its speakers (found only now the labels are read).
    // (Or, now the speakers are known, the engagement the one speaker reports in the first person: FIRST_PERSON_ENGAGEMENT.)
    // ENGAGED_NEWCOMER: the one met, in the speaker's own account of the engagement, not on record, proposed first.
    if (transcript && !this.reported && !ctx.call) this.proposeEngaged(sentences);
    this.reported ??= this.proposeCall(sentences);
    // ADDRESSED_MEETING: else the one speaker with those the opening addresses or welcomes by name ("can I welcome my good
    // friend, X, the Secretary of …"), on record or proposed.
    if (transcript && !this.reported && !ctx.call) this.reported = this.addressedMeetingOf(turnList, blocks);
    // QUESTION_ON_TALKS: a question names the talks the one speaker just had, none on record: that engagement, proposed.
    // QUESTIONED_NEWCOMER: with calls on record, only when the question names someone besides the speaker ("You just had
    // lunch with Minister for Defence Payne": the guest proposed).
    if (transcript && !this.reported && !ctx.call) {
      const asked = this.questionedTalks(turnList, blocks);
      if (asked && (calls.length === 0 || asked.participantIds.length + asked.proposedParticipants.length >= 2)) this.reported = asked;
    }
    // ONE_SIDE_COMPLETED: talks the one speaker reports with the other side unnamed where they are told ("I have met with him
    // for the first time, and we had wide-ranging discussions …"), the counterpart named by title and family name further on
    // ("Defense Minister Thanh stated …"): that counterpart, proposed, is the other participant.
    if (transcript && !ctx.call && !this.reported && this.soleSpeaker()) {
      const oneSide = this.proposeCall(sentences, true);
      if (oneSide?.missing) {
        this.reported = oneSide;
        this.completeOneSide(sentences);
        if (this.reported.missing) this.reported = null;
      }
    }
    // JOINT_POSITION, early (round 17): with no call on record near the date and no talks found above, the people of two
    // countries the lead makes the joint subject of a position taken ("A and B agreed Wednesday to …") are those "they" and
    // "the two ministers" stand for ("They also agreed …"), as at the end of the document (found there, it came too late).
    if (!ctx.call && !this.reported && calls.length === 0) {
      const joint = this.proposeCall(sentences, true);
      if (joint && !joint.missing && joint.participantIds.length + joint.proposedParticipants.length >= 2) this.reported = joint;
    }
    // TALKS_IN_LEAD, early: else the talks the opening reports with two sides named are the talks "the two ministers", "they"
    // and "both sides" stand for.
    if (!ctx.call && !this.reported && calls.length === 0) {
      const lead = this.talksInLead(sentences);
      if (lead && !lead.missing) this.reported = lead;
    }
    this.jointAppearance = this.jointEvent(calls);
    // JOINT_APPEARANCE_DAY: at a joint appearance with no date in the text, the one recorded meeting of those present held on
    // the day the transcript is published (one day either side) is the one it follows.
    if (transcript && this.jointAppearance && !ctx.call && calls.length > 1 && this.options.publishedOn) {
      const published = this.options.publishedOn;
      const thatDay = calls.filter((c) => Math.abs(daysBetween(c.date, published)) <= 1);
      if (thatDay.length === 1) {
        ctx.call = thatDay[0];
        this.callHits.set(thatDay[0].id, {
          span: this.options.title ?? '',
          rule: 'JOINT_APPEARANCE_DAY: the one recorded meeting of those appearing together on the day of the transcript',
          confidence: 0.7,
        });
      }
    }
    // One official answers every turn (a minister's own press conference); a speaker not resolved leaves it open.
    this.soloBriefing =
      transcript &&
      new Set(this.turnSpeakers.values()).size === 1 &&
      turnList.every((t) => (t.role !== 'SPEAKER' && t.role !== 'ANSWER') || this.turnSpeakers.has(t.fromBlock));
    // Titles, subtitles and date lines before the body: never a position.
    const heading = headingBlocks(blocks.map((b) => this.text.slice(b.start, b.end)));
    // Whether a turn's words are about the call: carried forward from its question and its earlier sentences.
    const aboutOfTurn = new Map<number, { about: boolean }>();
    const turnIndex = new Map(turnList.map((t, i) => [t, i]));
    const firstTurnBlock = turnList[0]?.fromBlock ?? -1;
    let next = 0;
    for (const block of blocks) {
      const inBlock: Sentence[] = [];
      while (next < sentences.length && sentences[next].block === block.index) inBlock.push(sentences[next++]);
      // SERVICE_BEFORE_RANK: "Air Force Maj. Gen. Ana Ruiz": the service designates the officer, it is no body named here.
      const named = this.lex
        .mentions(this.text, block.start, block.end)
        .filter((m) => m.kind !== 'organization' || !SERVICE_BEFORE_RANK.test(this.text.slice(m.end, m.end + 40)));
      const generic = genericOrganizations(
        this.lex,
        this.text,
        block.start,
        block.end,
        // CAPITAL_BEFORE_BODY: "Seoul's defense ministry" is that country's.
        [...this.seenOrganizations, ...named, ...capitalsBeforeBodies(this.text, block.start, block.end)].sort((a, b) => a.start - b.start),
        [
          this.options.publisherId,
          // "the ministry" of the officials named here or last: their organization.
          ...[
            ...named.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]),
            ...this.recent.flatMap((r) => r.ids),
          ]
            .reverse()
            .map((id) => this.lex.holding(id, this.documentDate())?.organizationId ?? null),
        ].filter((x): x is number => x != null),
        named
          .filter((m) => m.kind === 'official' && m.ids.length === 1)
          .map((m) => this.lex.holding(m.ids[0], this.documentDate())?.organizationId)
          .filter((x): x is number => x != null),
      );
      this.mentionCache = generic.length ? [...named, ...generic].sort((a, b) => a.start - b.start) : named;
      this.seenOrganizations.push(...this.mentionCache.filter((m) => m.kind === 'organization' || m.kind === 'country'));
      if (this.seenOrganizations.length > 50) this.seenOrganizations.splice(0, this.seenOrganizations.length - 50);
      this.collectProposals(block);
      // Before the first labelled turn, a transcript's first-person prose is the principal speaker's opening statement.
      // (OWN_RELEASE_VOICE: so is a minister's own release's paragraph in the first person singular, theirs.)
      const opening =
        (transcript &&
          this.documentSource.speakerId != null &&
          (firstTurnBlock === -1 || block.index < firstTurnBlock) &&
          SPEAKER_POSITION.firstPerson.test(this.text.slice(block.start, block.end))) ||
        (this.ownVoice != null &&
          turnList.length === 0 &&
          (OWN_RELEASE_VOICE.singular.test(unquoted(this.text.slice(block.start, block.end))) ||
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
          this.updateCall(sentence, calls, ctx),
        );
        continue;
      }
      // TURN_SECTION_HEADING (round 15): a short line inside a turn that does not end as a sentence, right before the next
      // labelled turn, is a heading of the next part ("Regional situation", "Realignment of bases"), no words of the speaker.
      if (turn && turn !== opening && block.index > turn.fromBlock && turnOfBlock.get(block.index + 1)?.fromBlock === block.index + 1) {
        const line = this.text.slice(block.start, block.end).trim();
        if (!ENDS_AS_SENTENCE(line) && line.split(/\s+/).length <= 10) {
          skipBlock({ reason: 'BOILERPLATE', rule: TURN_SECTION_HEADING });
          continue;
        }
      }
      if (turn) {
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
          const talksHeld = ctx.call != null || this.reported != null;
          state = {
            about:
              this.jointEvent(calls) ||
              (talksHeld &&
                statementEnd > block.start &&
                this.statementOfTalks(
                  sentences.filter((x) => x.end > (turn === opening ? block.start : turn.bodyStart) && x.end <= statementEnd),
                  turn === opening
                    ? (this.documentSource.speakerId ?? this.ownVoice?.id ?? undefined)
                    : this.turnSpeakers.get(turn.fromBlock),
                  calls,
                )) ||
              (question != null &&
                (this.speaksOfCall(question.bodyStart, blocks[question.toBlock].end, this.turnSpeakers.get(turn.fromBlock), calls) ||
                  // ASKS_ABOUT_TALKS: "Did you share any view on …?" after the talks a press conference reports.
                  (this.reported != null &&
                    ASKS_ABOUT_TALKS.test(this.text.slice(question.bodyStart, blocks[question.toBlock].end).trim())))),
          };
          aboutOfTurn.set(key, state);
        }
        // TURN_PEOPLE: the people a turn's sentences name are what "the Secretary", "he" refer to next, as in prose.
        let said: Span | null = null;
        for (const sentence of inBlock) {
          if (said) this.rememberPeople(said);
          const start = Math.max(sentence.start, turn.fromBlock === block.index ? turn.bodyStart : block.start);
          said = { start, end: sentence.end };
          if (turn.role === 'QUESTION' || turn.role === 'MODERATOR' || start >= sentence.end) {
            produced.push({ sentence, role: turn.role, passages: [] });
            continue;
          }
          const words = this.text.slice(start, sentence.end);
          const speakerId =
            turn === opening ? (this.documentSource.speakerId ?? this.ownVoice?.id ?? undefined) : this.turnSpeakers.get(turn.fromBlock);
          if (this.speaksOfCall(start, sentence.end, speakerId, calls)) state.about = true;
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
            this.updateCall({ start, end: sentence.end }, calls, ctx);
            produced.push({ sentence, role: turn.role, passages: [], skip: background });
            continue;
          }
          // CONFIRMED_AFTER (round 14): "These points were confirmed.", "This concern has been shared between us." right after
          // a draft of the same paragraph: that draft is both sides' position (the talks' participants with the speaker), and
          // the confirming sentence says nothing new.
          const confirming = before?.sentence.block === block.index && CONFIRMED_AFTER.pattern.test(words.trim());
          const confirmedDraft = confirming ? before.passages[before.passages.length - 1] : undefined;
          if (confirmedDraft) {
            const talks = ctx.call ?? this.reported;
            const speakerIn =
              talks != null &&
              (confirmedDraft.speakerIds.some((x) => talks.participantIds.includes(x)) ||
                confirmedDraft.proposedSpeakers.some((k) => (this.reported?.proposedParticipants ?? []).includes(k)));
            if (
              talks &&
              speakerIn &&
              talks.participantIds.length + (ctx.call ? 0 : (this.reported?.proposedParticipants.length ?? 0)) >= 2
            ) {
              for (const x of talks.participantIds) if (!confirmedDraft.partyIds.includes(x)) confirmedDraft.partyIds.push(x);
              if (!ctx.call)
                for (const k of this.reported?.proposedParticipants ?? [])
                  if (!confirmedDraft.proposedParties.includes(k)) confirmedDraft.proposedParties.push(k);
              confirmedDraft.evidence.push({
                field: 'party',
                value: 'both sides',
                span: words,
                rule: CONFIRMED_AFTER.name,
                confidence: 0.6,
              });
              produced.push({ sentence, role: turn.role, passages: [], skip: { reason: 'NO_POSITION', rule: CONFIRMED_AFTER.name } });
              continue;
            }
          }
          const declinedOrLeftOut =
            NOT_A_POSITION.find((r) => r.test.test(words) && !statesBeside(words, r.test) && !TALKS_NOT_COVERED.test(words)) ??
            turnNothing(words);
          // What the talks left out is no position alone; "The Secretary gave me no number. Japan sets its own budget, and I
          // would refrain from going further.": followed by a statement of its own that a refusal closes, it is one passage
          // with it (the refusal joins it below).
          const nextSentence =
            declinedOrLeftOut != null && TALKS_NOT_COVERED.test(words) ? inBlock[inBlock.indexOf(sentence) + 1] : undefined;
          const nextWords = nextSentence ? this.text.slice(nextSentence.start, nextSentence.end) : '';
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
            const [, end] = toOriginal(this.restored, sentence.start, sentence.end);
            joined.text = `${joined.text} ${this.text.slice(start, sentence.end)}`;
            joined.end = end;
            joined.originalText = this.original.slice(joined.start, end);
            produced.push({ sentence, role: turn.role, passages: [] });
            continue;
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
            continue;
          }
          const turnPassages = this.transcriptTurn(
            { start, end: sentence.end },
            turn.label,
            calls,
            ctx,
            state.about,
            this.turnSpeakers.get(turn.fromBlock),
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
                value: p.partyIds.map((x) => this.lex.officials.get(x)?.name ?? '').join(', '),
                span: words.slice(0, 20),
                rule: 'CONTENT_OF_WHAT_CAME_BEFORE: "This includes …" after a draft: its parties',
                confidence: 0.6,
              });
            }
          produced.push({ sentence, role: turn.role, passages: turnPassages });
        }
        if (said) this.rememberPeople(said);
        continue;
      }
      const blockMentions = this.mentionCache;
      for (const sentence of inBlock) {
        // No statement is this long: a run-on "sentence" (a table, a stray quotation mark) is not read, keeping time bounded.
        if (sentence.end - sentence.start > MAX_SENTENCE_CHARS) {
          produced.push({ sentence, role: null, passages: [] });
          continue;
        }
        this.mentionCache = mentionsBetween(blockMentions, sentence.start, sentence.end);
        this.blockIndex = block.index;
        this.updateCall(sentence, calls, ctx);
        // Read even when it is background: the source, call and people it names are the context of what follows.
        const background = backgroundOf(this.text.slice(sentence.start, sentence.end));
        // "In January, the two had agreed by phone to …": a story's account of an earlier call between the same people.
        const current = ctx.call;
        const earlier = this.options.kind === 'NEWS_ARTICLE' ? this.earlierCall(sentence, current) : null;
        if (earlier) ctx.call = earlier;
        const elsewhere =
          !earlier &&
          (this.saidElsewhere(sentence, current?.participantIds ?? this.reported?.participantIds ?? []) ||
            this.settingCarries(sentence, block.index, block.end));
        // The chain of remarks made elsewhere, for the names of who spoke there.
        // QUESTION_IN_SETTING: a question put there ("Rep. X asked whether …") keeps the setting for the answer after it.
        // (INTERVIEW_CARRIES, round 13: a sentence set in an interview that tells of the talks is the talks', but the same
        // speaker's quotations after it were still said there. Not remarks to lawmakers, which the corpus keeps with the talks.)
        this.lastElsewhere =
          elsewhere || (!earlier && INTERVIEW_SETTING.test(this.text.slice(sentence.start, sentence.end)))
            ? { text: `${this.lastElsewhere?.text ?? ''} ${this.text.slice(sentence.start, sentence.end)}`, block: block.index }
            : this.lastElsewhere && QUESTION_IN_SETTING.test(this.text.slice(sentence.start, sentence.end))
              ? { ...this.lastElsewhere, block: block.index + 1 }
              : null;
        // OWN_DECISION: a country's policy stated as its own decision, the counterpart and the talks unnamed: not the call's.
        const own =
          !earlier &&
          !elsewhere &&
          OWN_DECISION.test(this.text.slice(sentence.start, sentence.end)) &&
          !this.speaksOfCall(sentence.start, sentence.end, undefined, calls);
        if (elsewhere || own) ctx.call = null;
        // OTHER_TALKS (round 13): talks the sentence reports with someone the recorded call leaves out are not that call.
        if (!earlier && !elsewhere && !own && ctx.call && this.otherTalksOf(sentence, block.index, ctx.call)) ctx.call = null;
        this.wordsElsewhere = elsewhere || own;
        const found = this.sentence(sentence, sentence.quotes, ctx);
        this.wordsElsewhere = false;
        // CONTENT_GOES_ON (round 17): "This includes …", "It calls for …", "It identified …" right after a draft of the same
        // paragraph spells out what that draft's parties agreed, a document's account as a speaker's turn (CONTENT_OF_WHAT_CAME_BEFORE).
        const before = produced[produced.length - 1];
        const previous =
          !background && found.length === 0 && before?.sentence.block === block.index
            ? before.passages[before.passages.length - 1]
            : undefined;
        if (previous && CONTENT_GOES_ON.test(this.text.slice(sentence.start, sentence.end).trim()))
          found.push(this.contentGoesOn(previous, sentence));
        if (elsewhere || own) for (const p of found) p.offTalks = true;
        if (ctx.call !== current) ctx.call = current;
        produced.push(background ? { sentence, role: null, passages: [], skip: background } : { sentence, role: null, passages: found });
        this.rememberPeople(sentence);
        // The one person a sentence is about ("The Secretary affirmed …") is the one "he" next refers to.
        const about = found[0];
        if (about && about.partyIds.length + about.proposedParties.length === 1)
          this.recent.push({ ids: about.partyIds, proposed: about.proposedParties, span: 'the subject of the sentence before' });
        else if (about && about.speakerIds.length + about.proposedSpeakers.length === 1)
          this.recent.push({ ids: about.speakerIds, proposed: about.proposedSpeakers, span: 'the speaker of the sentence before' });
        this.rememberReporter(sentence);
      }
    }
    const found =
      this.callHits.size === 0
        ? ((completedOneSide(this.reported) ? this.reported : null) ??
          this.proposeCall(produced.map((p) => p.sentence)) ??
          this.signatoriesMeeting() ??
          (this.reported?.rule === QUESTIONED_TALKS || this.addressedMeeting() ? this.reported : null) ??
          this.titleOnRecordMeeting() ??
          this.proposeCall(
            produced.map((p) => p.sentence),
            true,
          ))
        : this.newcomerEngagement()
          ? this.reported
          : this.otherTalks;
    // TALKS_IN_LEAD: no call on record taken by any draft, none proposed by a rule above, the opening reports talks.
    const proposedCall =
      found ?? (produced.some((x) => x.passages.some((p) => p.callId != null)) ? null : this.talksInLead(produced.map((p) => p.sentence)));
    // COUNTRY_PAIR_OF_THE_TALKS in any genre (round 17): a draft of the document's own account with no party whose subject is
    // the talks' two countries ("Korea and Vietnam have agreed to …" in a ministry's release) is the talks' two people.
    // (Not one relayed from a body's statement: "The United States and Japan will study …, the Pentagon said", dev d46.)
    for (const p of produced.flatMap((x) => x.passages)) this.countryPairParties(p, proposedCall, calls);
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
    const all = produced.flatMap((p) => p.passages);
    const gate = this.options.gate === undefined ? gateModel : this.options.gate;
    for (const p of all) {
      finishConfidence(p, { proposedCall: proposedCall !== null, document: this.options.kind });
      if (gate) gateDraft(p, gate);
    }
    const heldBack = (p: Passage) => !this.options.keepAll && (p.confidence < MIN_DRAFT_CONFIDENCE || gatedOut(p, gate));
    const kept = dedupe(all.filter((p) => !heldBack(p)).sort((a, b) => a.start - b.start || a.end - b.end));
    const dispositions = produced.map(({ sentence, role, passages, skip }): Disposition => {
      const [start, end] = toOriginal(this.restored, sentence.start, sentence.end);
      const positions = kept.flatMap((p, i) => (p.start < end && p.end > start ? [i] : []));
      if (positions.length)
        return { index: sentence.index, start, end, status: 'DRAFTED', reason: null, rule: 'a draft covers it', draftPositions: positions };
      const text = this.text.slice(sentence.start, sentence.end);
      const why =
        furnitureOver(skip, text) ??
        skipReason({
          role,
          belowThreshold: passages.length > 0 && passages.every(heldBack),
          gated: passages.length > 0 && passages.every((p) => p.confidence >= MIN_DRAFT_CONFIDENCE) ? gateRule(passages, gate) : null,
          hasSubject: this.lex.mentions(this.text, sentence.start, sentence.end).some((m) => m.kind === 'official' || m.kind === 'title'),
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
      produced.map((p) => ({ block: p.sentence.block, inTurn: p.role != null, text: this.text.slice(p.sentence.start, p.sentence.end) })),
    );
    // OWN_TRANSCRIPT_COUNTRY: the one speaker of a transcript imported with no publisher on record, not on record
    // themselves (a minister's own doorstop), is of the country of the time zone the importer gave for it.
    const sole = this.options.publisherId == null ? this.soleSpeaker() : null;
    const own = sole?.key ? this.proposedOfficials.get(sole.key) : undefined;
    if (own && !own.countryCode) own.countryCode = this.speakerAbroadCountry() ?? countryOfZone(this.options.timeZone);
    // PUBLISHER_FIELD_COUNTRY: an official not on record whose title names the field of the proposed publisher ("the
    // Defence Minister" in a Ministry of Defence's release) and no country is the publisher's own, of its country.
    const publisherKey = this.proposedPublisherKey();
    const body = publisherKey ? this.proposedOrganizations.get(publisherKey) : undefined;
    const field = body
      ? /\bof\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(\p{Lu}[\p{L}-]+)$|^(?:[\p{L}-]+\s+){0,3}(\p{Lu}[\p{L}-]+)$/u.exec(body.name)
      : null;
    const noun = field?.[1] ?? field?.[2];
    if (body && noun)
      for (const o of this.proposedOfficials.values())
        if (
          !o.countryCode &&
          ((o.title && new RegExp(`\\b${noun}\\b`, 'i').test(o.title)) ||
            // PORTFOLIO_IN_BRACKETS: "Minister Van Dalen (Defence)", the portfolio after the name, as Dutch and Belgian releases write it.
            this.text.includes(`${o.name} (${noun})`))
        )
          o.countryCode = this.publisherCountry(body.name);
    // TALKS_PAIR_COUNTRY: a participant of the talks not on record and left unplaced is of the one country the text pairs
    // with the other participants' ("India-US partnership", "the defence ministers of India and Japan").
    const talks = proposedCall ?? this.reported;
    if (talks) {
      const sides = new Set(
        [
          ...talks.participantIds.map((id) => this.lex.officials.get(id)?.countryCode),
          ...talks.proposedParticipants.map((k) => this.proposedOfficials.get(k)?.countryCode),
        ].filter((c): c is string => c != null),
      );
      const unplaced = talks.proposedParticipants.filter((k) => this.proposedOfficials.get(k)?.countryCode == null);
      const other = new Set(
        countryPairs(this.text).flatMap(([a, b]) => (sides.has(a) && !sides.has(b) ? [b] : sides.has(b) && !sides.has(a) ? [a] : [])),
      );
      if (unplaced.length === 1 && sides.size > 0 && other.size === 1) this.proposedOfficials.get(unplaced[0])!.countryCode = [...other][0];
      // PUBLISHER_SIDE_COUNTRY (round 14): else the one participant left unplaced is of the proposed publisher's country, when
      // no participant placed is of it (an embassy's or a ministry's release of its own side's talks with a recorded official).
      const still = talks.proposedParticipants.filter((k) => this.proposedOfficials.get(k)?.countryCode == null);
      const own = body ? this.publisherCountry(body.name) : null;
      if (still.length === 1 && sides.size > 0 && own && !sides.has(own)) this.proposedOfficials.get(still[0])!.countryCode = own;
    }
    // SPEAKING_BODY_COUNTRY: a body not on record that speaks in the document (a source's proposed publisher) and whose country
    // no words gave is of the one country of the talks' participants not on record (the side whose body it is).
    if (talks) {
      const unrecordedSides = uniq(
        talks.proposedParticipants.map((k) => this.proposedOfficials.get(k)?.countryCode).filter((c): c is string => c != null),
      );
      const speaking = new Set([...this.sources.values()].map((x) => x.proposedPublisher).filter((k): k is string => k != null));
      if (unrecordedSides.length === 1)
        for (const key of speaking) {
          const body = this.proposedOrganizations.get(key);
          if (body && body.countryCode == null && key !== this.publisherProposal) body.countryCode = unrecordedSides[0];
        }
    }
    return {
      text: this.original,
      passages: kept,
      dates: this.dates.map((d) => ({ ...d, text: this.orig(d.start, d.end) })),
      calls: [...this.callHits.entries()].map(([callId, e]) => ({ callId, ...e })),
      sources: [...this.sources.values()],
      proposedOfficials: [...this.proposedOfficials.values()],
      // The proposed publisher's country once every official of the document is read.
      proposedOrganizations: [...this.proposedOrganizations.values()].map((o) =>
        o.key === this.publisherProposal ? { ...o, countryCode: this.publisherCountry(o.name) } : o,
      ),
      proposedCommitments: [...this.proposedCommitments.values()],
      proposedCall,
      sentenceCount: sentences.length,
      dispositions,
    };
  }

  /** The signatories of a joint statement: the officials its title names, else the first paragraph of its opening naming two or more. */
  private signatories: { ids: number[]; proposed: string[]; span: string } = { ids: [], proposed: [], span: '' };
  private findSignatories(blocks: Span[]): void {
    const title = this.options.title ? titleCased(this.options.title) : '';
    const officialsIn = (mentions: Mention[]) =>
      uniq(mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]));
    const fromTitle = officialsIn(this.lex.mentions(title));
    if (fromTitle.length >= 2) {
      this.signatories = { ids: fromTitle, proposed: [], span: this.options.title ?? '' };
      return;
    }
    // (The opening of a statement published on a web page comes after its banner lines: twelve blocks are read.)
    for (const block of blocks.slice(0, 12)) {
      this.mentionCache = this.lex.mentions(this.text, block.start, block.end);
      this.collectProposals(block);
      const ids = officialsIn(this.mentionCache);
      const proposed = this.proposedIn(block.start, block.end).map((p) => p.key);
      if (ids.length + proposed.length >= 2) {
        // SIGNATORIES_OF_ONE_LEVEL (round 19): a head of state or government the opening names beside two ministers or more
        // (the President a visiting Secretary called on) is no signatory of the ministers' statement (POST_GROUP_NO_HEAD_OF_STATE).
        const signed = this.ofThePost('ministers', ids, proposed, this.documentDate());
        this.signatories = { ...signed, span: this.orig(block.start, Math.min(block.end, block.start + 160)) };
        break;
      }
    }
    this.mentionCache = [];
    if (this.signatories.ids.length + this.signatories.proposed.length < 2) this.titledPairSignatories(blocks);
  }

  /**
   * JOINT_TITLED_PAIR: a joint statement whose opening names its two signatories by title and family name only ("Secretary X
   * and Minister Y reaffirmed …"), one of them not on record: that one proposed by the family name (the full name where the
   * text gives it), and the two are the signatories.
   */
  private titledPairSignatories(blocks: Span[]): void {
    for (const block of blocks.slice(0, 12)) {
      const words = this.text.slice(block.start, block.end);
      const pair = JOINT_TITLED_PAIR.pattern.exec(words);
      if (!pair) continue;
      const sides = [
        { title: pair[1], name: pair[2] },
        { title: pair[3], name: pair[4] },
      ];
      const ids: number[] = [];
      const proposed: string[] = [];
      for (const side of sides) {
        const onRecord = this.lex.mentions(`${side.title} ${side.name}`).filter((m) => m.kind === 'official' && m.ids.length === 1);
        if (onRecord.length) {
          ids.push(onRecord[0].ids[0]);
          continue;
        }
        // (Proposed now, or already by another rule: either way the one whose key ends in that family name.)
        this.proposeGuest(side, words, JOINT_TITLED_PAIR.name);
        const key = this.proposedKeyOfFamily(side.name);
        if (key) proposed.push(key);
      }
      if (ids.length + proposed.length === 2) {
        this.signatories = { ids, proposed, span: this.orig(block.start + pair.index, block.start + pair.index + pair[0].length) };
        return;
      }
    }
  }

  /** The key of the official proposed so far whose keyed name ends in the family name of `name` ("official:jane roe" for "Roe"). */
  private proposedKeyOfFamily(name: string): string | undefined {
    const family = nameCore(name).split(' ').pop();
    return [...this.proposedOfficials.keys()].find((k) => k.slice('official:'.length).split(' ').pop() === family);
  }

  /** COUNTRY_PAIR_OF_THE_TALKS (any genre): see where it is called. */
  private countryPairParties(p: Passage, proposedCall: ProposedCall | null, calls: LexCall[]): void {
    if (p.offTalks) return;
    // PARTICIPANT_REPORTS_PAIR (round 19): also the words of one of the talks' people ("Japan and Chile agreed on Monday to …,
    // Minister X said", "X said Chile and Japan have agreed to …"), the reported clause opening on the pair: the speaker and
    // those the speaker's words name are some of the talks' people, the pair all of them.
    const reported = REPORTER_OPENING.exec(p.text);
    const pair = COUNTRY_PAIR_OPENING.exec(reported ? p.text.slice(reported[0].length) : p.text);
    if (!pair) return;
    const ownAccount = p.partyIds.length + p.proposedParties.length === 0 && p.source.isDocument && !reported;
    const codes = [pair[1], pair[2]].map((w) => {
      const named = this.lex.mentions(w).filter((m) => m.kind === 'country' && m.countryCode);
      return uniq([...named.map((m) => m.countryCode!), ...countriesNamed(w)]);
    });
    if (codes.some((c) => c.length !== 1) || codes[0][0] === codes[1][0]) return;
    const call = p.callId != null ? calls.find((c) => c.id === p.callId) : null;
    const ids = call ? call.participantIds : p.callId == null ? (proposedCall?.participantIds ?? []) : [];
    const proposed = call ? [] : p.callId == null ? (proposedCall?.proposedParticipants ?? []) : [];
    // TALKS_OF_TWO_COUNTRIES (round 19): talks of more than two people (a "2+2") count when each person is of one of the two
    // countries the subject names, and each country has one at least: the subject is all of them.
    const countryOf = [
      ...ids.map((id) => this.lex.officials.get(id)?.countryCode ?? null),
      ...proposed.map((k) => this.proposedOfficials.get(k)?.countryCode ?? null),
    ];
    const ofTheTwo =
      countryOf.length > 2 &&
      countryOf.every((c) => c === codes[0][0] || c === codes[1][0]) &&
      countryOf.includes(codes[0][0]) &&
      countryOf.includes(codes[1][0]);
    if (ids.length + proposed.length !== 2 && !ofTheTwo) return;
    const speakers = [...p.speakerIds, ...p.proposedSpeakers];
    const participantSpeaks =
      speakers.length > 0 &&
      p.speakerIds.every((id) => ids.includes(id)) &&
      p.proposedSpeakers.every((k) => proposed.includes(k)) &&
      p.partyIds.every((id) => ids.includes(id)) &&
      p.proposedParties.every((k) => proposed.includes(k));
    // (What the talks did, past or perfect: not a speaker's own outlook, "Chile and Japan will continue to work together".)
    const outlook =
      /^(?:(?:also|both|jointly|together)\s+)*(?:will|would|shall|should|must|can|could|may|might|need|needs|are|is|remain)\b/.test(
        (reported ? p.text.slice(reported[0].length) : p.text).slice(pair[0].length - 1),
      );
    if (!ownAccount && (!participantSpeaks || outlook)) return;
    p.partyIds = [...ids];
    p.proposedParties = [...proposed];
    p.evidence.push({
      field: 'party',
      value: 'the people of the talks',
      span: pair[0],
      rule: "COUNTRY_PAIR_OF_THE_TALKS: the talks' two countries as the subject: the talks' two people",
      confidence: 0.6,
    });
  }

  /** MULTILATERAL_SIGNATORIES: the signatories are of three countries or more, one each, and the call's people are some of them. */
  private widerSignatories(call: LexCall): boolean {
    const { ids, proposed } = this.signatories;
    const countries = [
      ...ids.map((id) => this.lex.officials.get(id)?.countryCode ?? null),
      ...proposed.map((k) => this.proposedOfficials.get(k)?.countryCode ?? null),
    ];
    return (
      countries.length >= 3 &&
      countries.every((c) => c != null) &&
      new Set(countries).size === countries.length &&
      call.participantIds.length < countries.length &&
      call.participantIds.every((p) => ids.includes(p))
    );
  }

  /** A joint statement's meeting, when none is on record: its signatories met. */
  private signatoriesMeeting(): ProposedCall | null {
    const { ids, proposed, span } = this.signatories;
    if (ids.length + proposed.length < 2) return null;
    return {
      participantIds: ids,
      proposedParticipants: proposed,
      date: this.documentDate(),
      span,
      rule: 'a joint statement: the meeting of its signatories, none on record near the date',
    };
  }

  /** Signatories of a joint statement: its call's participants when one is chosen, else those its opening names. */
  private signatoriesOf(ctx: Ctx): { ids: number[]; proposed: string[] } {
    if (this.options.kind !== 'JOINT_STATEMENT') return { ids: [], proposed: [] };
    if (ctx.call?.participantIds.length) return { ids: ctx.call.participantIds, proposed: [] };
    return this.signatories;
  }

  /** The official speaking each labelled turn (by the turn's first block), for "A:" the principal. */
  private turnSpeakers = new Map<number, number>();
  private speakersOfTurns(list: Turn[], calls: LexCall[]): Map<number, number> {
    const out = new Map<number, number>();
    const look = this.speakerLookups();
    const among = uniq(calls.flatMap((c) => c.participantIds));
    for (const t of list) {
      if (t.role !== 'SPEAKER' && t.role !== 'ANSWER') continue;
      if (this.titlePrincipalKey && PRINCIPAL_LABEL.test(t.label.trim())) continue;
      const who = labelSpeaker(t.label, look, this.documentSource.speakerId, among);
      if (who) out.set(t.fromBlock, who.id);
      // ADDRESSED_POST (round 13): a turn handed to "Mr. Secretary", "Madam Minister": the one participant of the calls near
      // the date whose post has that word.
      const post = who ? null : ADDRESSED_POST_LABEL.exec(t.label.trim());
      if (post) {
        const holders = among.filter((id) => new RegExp(`\\b${post[1]}\\b`).test(this.lex.holding(id, this.documentDate())?.title ?? ''));
        if (holders.length === 1) out.set(t.fromBlock, holders[0]);
      }
    }
    // MISSPELT_LABEL (round 15): a label of one family name no one on record bears ("Cater:" beside "Carter:") is the one speaker
    // of the other turns whose family name it misspells by one letter.
    const unresolved = list.filter((t) => (t.role === 'SPEAKER' || t.role === 'ANSWER') && !out.has(t.fromBlock));
    const named = unresolved.length ? this.namedInText() : [];
    for (const t of unresolved) {
      const one = this.misspeltSpeaker(t.label, uniq([...out.values(), ...named]));
      if (one != null) out.set(t.fromBlock, one);
    }
    return out;
  }

  /** MISSPELT_LABEL: the one of `known` whose family name the label's one word misspells by one letter (five letters or more). */
  private misspeltSpeaker(label: string, known: number[]): number | null {
    const word = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]{4,})$/u.exec(titleCase(label.trim()))?.[1]?.toLowerCase();
    if (!word) return null;
    const close = known.filter((id) => {
      const family = (this.lex.officials.get(id)?.name ?? '').split(/\s+/).map((w) => w.toLowerCase());
      return family.some((w) => w.length >= 5 && w !== word && editDistance(w, word) === 1);
    });
    return close.length === 1 ? close[0] : null;
  }

  /**
   * JOINT_LABEL (round 15): a label naming two speakers or more ("Nakatani, Carter:", "MINISTER X AND SECRETARY Y:"), as a
   * newspaper lays out what both sides said together: each of them (a misspelt family name read by MISSPELT_LABEL). Null
   * unless every part names someone and they are two or more.
   */
  private jointLabelSpeakers(label: string, among: number[]): number[] | null {
    const parts = label
      .split(JOINT_LABEL.split)
      .map((x) => x.trim())
      .filter(Boolean);
    if (parts.length < 2 || parts.length > 4) return null;
    const look = this.speakerLookups();
    const known = uniq([...this.turnSpeakers.values(), ...among, ...this.namedInText()]);
    const ids: number[] = [];
    for (const part of parts) {
      const id = officialNamed(part, look, among, true)?.id ?? this.misspeltSpeaker(part, known);
      if (id == null) return null;
      ids.push(id);
    }
    const out = uniq(ids);
    return out.length >= 2 ? out : null;
  }

  /**
   * OWN_RELEASE_VOICE: the minister whose own release this is (a release or readout imported with no publisher, headed by the
   * minister's name and title, pipeline/publisher.ts), on record (`id`) or proposed (`key`): the "I" of its first-person prose.
   */
  private ownVoice: { id: number | null; key: string | null } | null = null;
  private ownReleaseVoice(): { id: number | null; key: string | null } | null {
    // PAGE_DETAILS_SPEAKER: a minister's own transcript page (no publisher, no speaker the title names) headed by the
    // minister's details ("The Hon X MP / Minister for Defence"): that minister is the one who speaks it.
    if (this.pageDetailsTranscript()) return publisherPerson(this.text) ? this.publisherPersonAuthor() : null;
    if (this.options.publisherId != null || !['READOUT', 'PRESS_RELEASE'].includes(this.options.kind)) return null;
    if (!publisherPerson(this.text) || !OWN_RELEASE_VOICE.singular.test(unquoted(this.text))) return null;
    return this.publisherPersonAuthor();
  }

  /** PAGE_DETAILS_SPEAKER applies: a transcript with no publisher and no principal from its title. */
  private pageDetailsTranscript(): boolean {
    return (
      (this.options.kind === 'TRANSCRIPT' || this.options.kind === 'PRESS_CONFERENCE') &&
      this.options.publisherId == null &&
      this.documentSource.speakerId == null &&
      this.titlePrincipalKey == null
    );
  }

  /**
   * TITLE_PRINCIPAL_FIRST: a transcript's title that names a person not on record before the one on record ("Doorstop
   * with Minister X after his call with Secretary Y", "Remarks by Minister X on her meeting with Secretary Y"): the first
   * is the principal, the one a bare label ("Minister:", "A:") stands for; the one on record is the other side of the talks.
   */
  private titlePrincipalKey: string | null = null;
  private titlePrincipalNewcomer(): void {
    const title = this.options.title;
    const principal = this.documentSource.speakerId;
    if (!title || (this.options.kind !== 'TRANSCRIPT' && this.options.kind !== 'PRESS_CONFERENCE')) return;
    // No one on record in the title: the person not on record it names first, if any.
    const onRecord = principal == null ? null : this.lex.mentions(title).find((m) => m.kind === 'official' && m.ids.includes(principal));
    if (principal != null && !onRecord) return;
    const before = onRecord ? title.slice(0, onRecord.start) : title;
    const first = [...this.proposedOfficials.values()]
      .map((p) => ({ p, at: before.indexOf(p.name) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!first) return;
    this.titlePrincipalKey = first.p.key;
    this.documentSource.speakerId = null;
  }

  /**
   * TITLE_NEWCOMERS: the officials a transcript's title names with their titles who are not on record ("… Joint Press
   * Conference with Philippine Secretary of National Defense Jan X", "Bilateral in Honor of Jan Y, President of Z"), proposed
   * as the text's own words would propose them: a title often names the guest the excerpt names only by title or not at all.
   */
  private proposeFromTitle(): void {
    const title = this.options.title;
    if (!title || (this.options.kind !== 'TRANSCRIPT' && this.options.kind !== 'PRESS_CONFERENCE')) return;
    const named = this.lex.mentions(titleCased(title));
    for (const person of titledPeople(title)) {
      if (!person.title || named.some((m) => m.kind === 'official' && m.start < person.end && m.end > person.start)) continue;
      // "His Royal Highness": an honorific, no one's name (HOSTED_TITLE_GUEST).
      if (HOSTED_TITLE_GUEST.honorific.test(person.name)) continue;
      const key = `official:${nameCore(person.name)}`;
      const before = title.slice(0, person.titleStart).trimEnd();
      const country =
        person.countryCode ??
        named.filter((m) => m.kind === 'country' && m.end >= before.length - 1 && m.end <= person.titleStart).pop()?.countryCode ??
        null;
      // One proposed already (from a label "PRESIDENT X:"): the title gives what it lacks.
      const known =
        this.proposedOfficials.get(key) ??
        [...this.proposedOfficials.values()].find((p) => nameCore(p.name).endsWith(person.family.toLowerCase()));
      if (known) {
        known.countryCode ??= country;
        known.title ??= withoutHonorific(person.title);
        continue;
      }
      this.proposedOfficials.set(key, {
        key,
        name: person.name,
        title: withoutHonorific(person.title),
        capacity: person.capacity,
        countryCode: country,
        organizationId: null,
        span: title.slice(person.titleStart, person.end),
      });
    }
    this.hostedTitleGuest(title);
    // JOINT_TITLE_GUEST (round 14): a transcript's title naming two officials or more by title and family name ("Joint Press
    // Briefing by Secretary A and Minister B of India"), one of them on record: each other one, not on record, is the guest
    // of the appearance, proposed as an addressed guest is (full name from the title or the text, country after the name).
    const byTitle = titledNames(title);
    const onRecordOf = (a: { title: string; name: string }) =>
      this.lex
        .mentions(titleCased(`${a.title} ${a.name}`))
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => m.ids[0]);
    const guests: string[] = [];
    let onRecord = byTitle.flatMap(onRecordOf);
    if (byTitle.length >= 2 && onRecord.length > 0)
      for (const a of byTitle) {
        this.proposeGuest(a, title, JOINT_TITLE_GUEST.name);
        // (Round 15: also a guest proposed already from the text, "SINGAPORE DEFENSE MINISTER X:", whom the title names.)
        const guest = [...this.proposedOfficials.values()].find((p) => p.name.split(/\s+/).pop() === a.name.split(/\s+/).pop());
        if (guest && !guests.includes(guest.key)) guests.push(guest.key);
      }
    else {
      // POST_OF_FIELD (round 19): a title naming one side "Minister of National Defense X" ("Joint Press Conference by Secretary
      // A and Minister of National Defense B"), B proposed already from the text (a label, an introduction): the meeting of
      // A and B. The title's words propose no one new here.
      const ofField = postOfFieldNames(title);
      onRecord = uniq([...onRecord, ...ofField.flatMap(onRecordOf)]);
      if (byTitle.length + ofField.length < 2 || onRecord.length === 0) return;
      for (const a of ofField) {
        if (onRecordOf(a).length) continue;
        const guest = [...this.proposedOfficials.values()].find((p) => familyOfName(p.name) === a.family);
        if (guest && !guests.includes(guest.key)) guests.push(guest.key);
      }
    }
    if (guests.length)
      this.titleMeeting = {
        participantIds: uniq(onRecord),
        proposedParticipants: guests,
        date: this.documentDate(),
        span: title,
        rule: `${JOINT_TITLE_GUEST.name}: their meeting, none on record`,
      };
  }
  /**
   * TITLE_PAIR_ON_RECORD (round 15): a transcript's title naming two officials or more on record, of two countries or more
   * ("Secretary A Joint Press Briefing With Minister B", "Secretary A Remarks Welcoming Minister B"), when no call is on
   * record between them near the date (asked only then): their meeting, proposed.
   */
  private titleOnRecordMeeting(): ProposedCall | null {
    const title = this.options.title;
    if (!title || (this.options.kind !== 'TRANSCRIPT' && this.options.kind !== 'PRESS_CONFERENCE')) return null;
    const ids = uniq(
      this.lex
        .mentions(titleCased(title))
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => m.ids[0]),
    );
    const countries = new Set(ids.map((id) => this.lex.officials.get(id)?.countryCode).filter((c) => c != null));
    if (ids.length < 2 || countries.size < 2) return null;
    return {
      participantIds: ids,
      proposedParticipants: [],
      date: this.documentDate(),
      span: title,
      rule: 'TITLE_PAIR_ON_RECORD: the officials on record a transcript title names, of two countries: their meeting, none on record',
    };
  }

  /**
   * HOSTED_TITLE_GUEST (round 15): a transcript titled as its principal on record welcoming, greeting or hosting a guest not on
   * record ("X Welcomes Jan Roe, Minister of Defense of Y, to the Pentagon", "X Greets Y's Minister of Defense His Excellency
   * Jan Roe"): the guest is proposed (the last name after the verb that is no honorific, the title written before it or after
   * it, the one country the words name) and the meeting of the two is the one the remarks belong to, as JOINT_TITLE_GUEST.
   */
  private hostedTitleGuest(title: string): void {
    const principal = this.documentSource.speakerId;
    const hosted = HOSTED_TITLE.exec(title);
    if (principal == null || !hosted || this.titleMeeting) return;
    const words = hosted[1].replace(/\s+(?:to|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}\s.-]*$/u, '');
    if (this.lex.mentions(titleCased(words)).some((m) => m.kind === 'official')) return;
    const names = personNames(words).filter((n) => !HOSTED_TITLE_GUEST.honorific.test(n.text) && n.text.split(/\s+/).length >= 2);
    const guest = names[names.length - 1];
    if (!guest) return;
    const key = `official:${nameCore(guest.text)}`;
    if (![...this.proposedOfficials.values()].some((p) => p.key === key || nameCore(p.name).endsWith(guest.family.toLowerCase()))) {
      const before = words.slice(0, guest.start).replace(HOSTED_TITLE_GUEST.honorifics, ' ');
      const after = words.slice(guest.end);
      const titleWords = HOSTED_TITLE_GUEST.titleBefore.exec(before)?.[1] ?? HOSTED_TITLE_GUEST.titleAfter.exec(after)?.[1] ?? null;
      const countries = uniq(
        this.lex
          .mentions(words)
          .filter((m) => m.kind === 'country' && m.countryCode)
          .map((m) => m.countryCode!),
      );
      this.proposedOfficials.set(key, {
        key,
        name: guest.text,
        title: titleWords ? titleWords.trim() : null,
        capacity: 'SUBSTANTIVE',
        countryCode: countries.length === 1 ? countries[0] : null,
        organizationId: null,
        span: `${title} (${HOSTED_TITLE_GUEST.name})`,
      });
    }
    const proposed = [...this.proposedOfficials.values()].find(
      (p) => p.key === key || nameCore(p.name).endsWith(guest.family.toLowerCase()),
    );
    if (!proposed) return;
    this.titleMeeting = {
      participantIds: [principal],
      proposedParticipants: [proposed.key],
      date: this.documentDate(),
      span: title,
      rule: `${HOSTED_TITLE_GUEST.name}: their meeting, none on record`,
    };
  }

  /** JOINT_TITLE_GUEST: the meeting of the officials a joint transcript's title names, a guest among them not on record. */
  private titleMeeting: ProposedCall | null = null;

  /**
   * ADDRESSED_NEWCOMER: the guest a transcript's first speaker opens by addressing ("Deputy Prime Minister X, it's great to
   * see you again"), not on record: proposed, with the full name the title or the page gives for that family name ("…
   * Welcoming Deputy Prime Minister Jan X to …", "The Hon Jan X MP"), else the family name alone, and the title given there
   * or in the address. The meeting of the speaker with the guest is then the one the remarks belong to (OPENING_ADDRESS).
   */
  private proposeAddressed(list: Turn[], blocks: Span[]): boolean {
    const first = list.find((t) => t.role === 'SPEAKER' || t.role === 'ANSWER');
    if (!first) return false;
    const opening = this.text.slice(first.bodyStart, blocks[Math.min(first.toBlock, first.fromBlock + 2)].end);
    let added = false;
    for (const a of addressedWithTitles(opening)) added = this.proposeGuest(a, opening) || added;
    return added;
  }

  /**
   * ENGAGED_NEWCOMER: the one speaker's own account of the engagement ("I have just held a meeting with Australian Defense
   * Minister X"), the one met named by title and family name and not on record: proposed as an addressed guest is.
   */
  private proposeEngaged(sentences: Sentence[]): boolean {
    if (!this.soleSpeaker()) return false;
    let added = false;
    for (const s of sentences.slice(0, 40)) {
      const words = this.text.slice(s.start, s.end);
      if (!FIRST_PERSON_ENGAGEMENT.test(words) || !reportsEngagement(words)) continue;
      for (const a of titledNames(words)) added = this.proposeGuest(a, words) || added;
      if (added) break;
    }
    return added;
  }

  /** ONE_SIDE_COMPLETED (see run): the first defense counterpart named by title and family name, not the speaker, proposed. */
  private completeOneSide(sentences: Sentence[]): void {
    const talks = this.reported;
    const speaker = this.soleSpeaker();
    if (!talks || !speaker) return;
    const speakerName =
      speaker.id != null ? (this.lex.officials.get(speaker.id)?.name ?? '') : (this.proposedOfficials.get(speaker.key ?? '')?.name ?? '');
    for (const s of sentences) {
      const words = this.text.slice(s.start, s.end);
      if (/\?\s*$/.test(words)) continue;
      for (const a of titledNames(words)) {
        if (!/\b(?:Defen[cs]e|Secretary)\b/.test(a.title)) continue;
        const family = a.name.split(/\s+/).pop()!;
        if (speakerName.split(/\s+/).includes(family)) continue;
        this.proposeGuest(a, words, ONE_SIDE_COMPLETED);
        const guest = [...this.proposedOfficials.values()].find((p) => p.name.split(/\s+/).pop() === family);
        if (!guest) continue;
        if (!talks.proposedParticipants.includes(guest.key)) talks.proposedParticipants.push(guest.key);
        talks.missing = null;
        talks.rule = `${talks.rule}; ${ONE_SIDE_COMPLETED}`;
        return;
      }
    }
  }

  /**
   * A guest named by title and family name, not on record, proposed (ADDRESSED_NEWCOMER, ENGAGED_NEWCOMER): the full name the
   * title or the page gives for that family name, else the family name alone; the title given with the full name, else the
   * one used; the country named just before the title.
   */
  private proposeGuest(a: { title: string; name: string }, context: string, rule?: string): boolean {
    const words = `${a.title} ${a.name}`;
    if (this.lex.mentions(titleCased(words)).some((m) => m.kind === 'official')) return false;
    const family = a.name.split(/\s+/).pop()!;
    if ([...this.proposedOfficials.values()].some((p) => p.name.split(/\s+/).pop() === family)) return false;
    const escaped = family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}’'-]+)\\s+${escaped}(?![\\p{L}])`, 'gu');
    const countryBefore = (before: string) =>
      this.lex
        .mentions(before)
        .filter((m) => m.kind === 'country' && m.end >= before.trimEnd().length - 1)
        .pop()?.countryCode ?? null;
    let name = a.name;
    let fullTitle: string | null = null;
    let country: string | null = null;
    for (const [where, source] of [
      [this.options.title ?? '', 'title'],
      [this.text, 'text'],
    ] as const) {
      const given = [...where.matchAll(full)].find((m) => !ADDRESS_WORD.test(m[1]));
      if (!given) continue;
      name = `${given[1]} ${family}`;
      const person = titledPeople(where.slice(Math.max(0, given.index - 120), given.index + given[0].length)).pop();
      if (person?.title && person.family === family) {
        fullTitle = person.title;
        country = countryBefore(where.slice(0, Math.max(0, given.index - 120) + person.titleStart));
      }
      if (source === 'title' || fullTitle) break;
    }
    // "Australian Defense Minister X": the country of the words where the guest was named.
    const at = a.title ? context.indexOf(words) : -1;
    if (country == null && at > 0) country = countryBefore(context.slice(0, at));
    // "… Minister X of India": the country right after the name (a title's own words, JOINT_TITLE_GUEST).
    if (country == null && at >= 0 && rule) {
      const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})/u.exec(context.slice(at + words.length));
      const named = of ? this.lex.mentions(of[1]).filter((m) => m.kind === 'country') : [];
      if (named.length === 1) country = named[0].countryCode ?? null;
    }
    // GUEST_GIVEN_NAME (round 14): a guest known by family name alone whom the host calls by the given name ("welcome my friend
    // Jan to …"): the one such word in the text, not a title or a place, is the given name.
    if (!name.includes(' ')) {
      const friends = [...this.text.matchAll(GUEST_GIVEN_NAME.pattern)]
        .map((m) => m[1])
        .filter(
          (w) => !ADDRESS_WORD.test(w) && w !== family && !this.lex.mentions(w).some((m) => m.kind === 'country' || m.kind === 'official'),
        );
      if (new Set(friends).size === 1) name = `${friends[0]} ${family}`;
    }
    const key = `official:${nameCore(name)}`;
    if (this.proposedOfficials.has(key)) return false;
    this.proposedOfficials.set(key, {
      key,
      name,
      title: fullTitle ?? (a.title || null),
      capacity: 'SUBSTANTIVE',
      countryCode: country,
      organizationId: null,
      span: rule ? `${words} (${rule})` : words,
    });
    return true;
  }

  /**
   * The engagement a reporter's question names as the one the one speaker just had (QUESTION_ON_TALKS): the speaker and
   * whoever the words name, the others unnamed ("the trilateral meeting with the U.S. and Australia"), so perhaps the speaker
   * alone (an editor records it with the others; accepting a draft records no call of one person).
   */
  private questionedTalks(list: Turn[], blocks: Span[]): ProposedCall | null {
    const speaker = this.soleSpeaker();
    if (!speaker || (speaker.id == null && speaker.key == null)) return null;
    for (const q of list.filter((t) => t.role === 'QUESTION').slice(0, 3)) {
      const start = q.bodyStart;
      const asked = QUESTION_ON_TALKS.exec(this.text.slice(start, blocks[q.toBlock].end));
      if (!asked) continue;
      const phrase = asked[1] ?? asked[2] ?? asked[3];
      const at = start + asked.index + asked[0].indexOf(phrase);
      const end = at + phrase.length;
      // QUESTIONED_NEWCOMER: the guest named there by title and family name, not on record, proposed.
      for (const a of titledNames(phrase)) this.proposeGuest(a, phrase, QUESTIONED_TALKS);
      const ids = uniq(
        this.lex
          .mentions(this.text, at, end)
          .filter((m) => m.kind === 'official' && m.ids.length === 1)
          .map((m) => m.ids[0]),
      );
      const proposed = this.proposedIn(at, end).map((p) => p.key);
      if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
      if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
      return {
        participantIds: ids,
        proposedParticipants: proposed,
        date: this.documentDate(),
        span: this.orig(start, blocks[q.toBlock].end),
        rule: QUESTIONED_TALKS,
      };
    }
    return null;
  }

  /** The meeting of the one speaker with the people the first turn's opening addresses (ADDRESSED_MEETING), if any. */
  private addressedMeetingOf(list: Turn[], blocks: Span[]): ProposedCall | null {
    const speaker = this.soleSpeaker();
    const first = list.find((t) => t.role === 'SPEAKER' || t.role === 'ANSWER');
    if (!speaker || !first) return null;
    const ids: number[] = speaker.id != null ? [speaker.id] : [];
    const proposed: string[] = speaker.key != null ? [speaker.key] : [];
    const opening = this.text.slice(first.bodyStart, blocks[Math.min(first.toBlock, first.fromBlock + 2)].end);
    for (const a of addressedWithTitles(opening)) {
      const words = titleCased(`${a.title} ${a.name}`.trim());
      const official = this.lex.mentions(words).find((m) => m.kind === 'official' && m.ids.length === 1);
      const guest = official
        ? null
        : [...this.proposedOfficials.values()].find((p) => p.name.split(/\s+/).pop() === a.name.split(/\s+/).pop());
      if (official && !ids.includes(official.ids[0])) ids.push(official.ids[0]);
      if (guest && !proposed.includes(guest.key)) proposed.push(guest.key);
    }
    if (ids.length + proposed.length < 2) return null;
    return {
      participantIds: ids,
      proposedParticipants: proposed,
      date: this.documentDate(),
      span: opening.slice(0, 300),
      rule: OPENING_ADDRESS.name,
    };
  }

  /** Keys of the speakers not on record, by a turn's label ("DEPUTY PRIME MINISTER X:" for a proposed official). */
  private turnProposed: string[] = [];
  private addressed: string[] = [];

  /** ADDRESSED_BY_POST (round 17): the posts a speaker addresses without a name ("Mr. Secretary", "Madam Minister"). */
  private addressedPosts: string[] = [];
  private proposedSpeakersOfTurns(list: Turn[]): string[] {
    const out: string[] = [];
    for (const t of list) {
      if ((t.role !== 'SPEAKER' && t.role !== 'ANSWER') || this.turnSpeakers.has(t.fromBlock)) continue;
      if (this.titlePrincipalKey && PRINCIPAL_LABEL.test(t.label.trim())) {
        out.push(this.titlePrincipalKey);
        continue;
      }
      const found = onePersonProposed(this.proposedByLabel(t.label));
      if (found.length === 1) out.push(found[0].key);
    }
    return uniq(out);
  }

  /** A transcript where the talks' participants do not appear together (a minister's own press conference). */
  private soloBriefing = false;
  /** The talks' participants speak in the transcript together (a joint press conference). */
  private jointAppearance = false;

  /** The officials on record a joint appearance's title names (JOINT_TITLE), read once. */
  private jointTitled: number[] | null = null;

  /** A joint press conference of the call's participants: every word of it belongs to the call. */
  private jointEvent(calls: LexCall[]): boolean {
    const speakers = new Set(this.turnSpeakers.values());
    // ADDRESSED_IN_PERSON: a participant the speaker addresses by name is there too, with or without a turn of their own.
    // JOINT_TITLE: so is one the title names as appearing jointly ("Joint News Conference with Secretary X and Minister Y").
    const title = this.options.title ?? '';
    const officialsIn = (words: string) =>
      this.lex.mentions(titleCased(words)).flatMap((m) => (m.kind === 'official' && m.ids.length === 1 ? m.ids : []));
    // HOSTED_TITLE: so is the guest a title says the speaker welcomes, hosts or receives.
    const titled = (this.jointTitled ??= JOINT_TITLE.test(title)
      ? officialsIn(title)
      : ((h) => (h ? officialsIn(h[1]) : []))(HOSTED_TITLE.exec(title)));
    // ADDRESSED_BY_POST (round 17): so is the one who does not speak and holds the post a speaker addresses ("Good morning,
    // Mr. Secretary"), a participant of a call between those present.
    const date = this.documentDate();
    const byPost = (p: number) => this.addressedPosts.some((post) => this.lex.holding(p, date, post) != null);
    const present = (p: number) => speakers.has(p) || this.addressedOfficial(p) || titled.includes(p) || byPost(p);
    if (speakers.size >= 2 && calls.some((c) => c.participantIds.every((p) => speakers.has(p)))) return true;
    // ADDRESSED_NEWCOMER: the one speaker opened by addressing the guests of a meeting not on record: they are there too.
    if (speakers.size + this.turnProposed.length >= 1 && this.addressedMeeting()) return true;
    // JOINT_TITLE_GUEST (round 14): the guest a joint transcript's title names, not on record, is there with the speakers.
    const guestOf = this.titleMeeting;
    if (guestOf && speakers.size >= 1 && [...speakers].every((p) => guestOf.participantIds.includes(p))) return true;
    return speakers.size >= 1 && calls.some((c) => c.participantIds.length >= 2 && c.participantIds.every(present));
  }

  /**
   * STATEMENT_OF_THE_TALKS (round 17): an opening statement whose words come to the talks with no other event told before
   * (a visit, another meeting: "Yesterday I visited the shipyard", then "Today I held the meeting with …" tells a trip in
   * order, and what came before belongs to the visit).
   */
  private statementOfTalks(statement: Sentence[], speakerId: number | undefined, calls: LexCall[]): boolean {
    for (const x of statement) {
      const words = this.text.slice(x.start, x.end);
      // (The next speaker's label with no words after it, as a cut page leaves it, is none of this speaker's words.)
      if (/:\s*$/.test(words) && words === words.toUpperCase()) continue;
      if (this.speaksOfCall(x.start, x.end, speakerId, calls)) return true;
      if (reportsEngagement(words) || backgroundOf(words, true)?.reason === 'BACKGROUND') return false;
    }
    return false;
  }

  /** The meeting the text reports is the one of a speaker with the guests the opening addresses (OPENING_ADDRESS). */
  private addressedMeeting(): ProposedCall | null {
    return this.reported?.rule === OPENING_ADDRESS.name ? this.reported : null;
  }

  /** Whether a speaker addressed this official by name ("Minister X, welcome …"): ADDRESSED_IN_PERSON. */
  private addressedOfficial(id: number): boolean {
    const name = this.lex.officials.get(id)?.name;
    if (!name || !this.addressed.length) return false;
    const core = nameCore(name).toLowerCase().split(/\s+/);
    return this.addressed.some((a) =>
      a
        .toLowerCase()
        .split(/\s+/)
        .every((w) => core.includes(w)),
    );
  }

  /** Words that speak of the call or the counterpart: another official named, "the Secretary", "he", the meeting, "we agreed". */
  private speaksOfCall(start: number, end: number, speakerId: number | undefined, calls: LexCall[]): boolean {
    const words = this.text.slice(start, end);
    if (SPEAKS_OF_CALL.test(words)) return true;
    // A participant of a call near the date named (not someone the speaker merely mentions).
    // (With no call on record, the people of the engagement the text reports.)
    const participants = new Set(calls.length ? calls.flatMap((c) => c.participantIds) : (this.reported?.participantIds ?? []));
    return this.lex
      .mentions(titleCased(words))
      .some((m) => m.kind === 'official' && m.ids.length === 1 && m.ids[0] !== speakerId && participants.has(m.ids[0]));
  }

  /**
   * Recorded calls that can be the one the text reports: where its first sentence reporting a call or meeting names two
   * officials or more, a call that leaves one of them out is another engagement (a call with Tokyo is not a call with Seoul).
   */
  /** SEPARATE_ENGAGEMENTS: where a sentence's engagement ends before others held apart (their people name no call), else its end. */
  private apartFrom(s: Span): number {
    const apart = SEPARATE_ENGAGEMENTS.pattern.exec(this.text.slice(s.start, s.end));
    return apart && reportsEngagement(this.text.slice(s.start, s.start + apart.index)) ? s.start + apart.index : s.end;
  }

  private withReportedPeople(calls: LexCall[], sentences: Sentence[]): LexCall[] {
    // A news article can report several engagements; a readout, release or transcript reports one.
    if (calls.length === 0 || this.options.kind === 'NEWS_ARTICLE') return calls;
    for (const s of sentences.slice(0, 20)) {
      const text = this.text.slice(s.start, s.end);
      if (!reportsEngagement(text) && !/\b(?:held|had)\s+(?:[\w-]+\s+){0,4}?(?:talks|meeting|call|conference|teleconference)\b/i.test(text))
        continue;
      // OUT_OF_OFFICE_NAME (round 17): a name of someone on record who held no post that day ("Chairman Kim", the family
      // name of a minister of later years) is someone else, no participant of a call on record.
      const named = this.officialsNamedIn(s, this.documentDate());
      if (named.length < 2) continue;
      return calls.filter((c) => named.every((id) => c.participantIds.includes(id)));
    }
    return calls;
  }

  /**
   * COUNTERPART_COUNTRY (round 12): the first engagement the text reports names the other side by its country ("met
   * Chile's defense minister", "held talks with his Chilean counterpart", "spoke with the Chilean minister"): a call on
   * record is that engagement only if someone of each country so named took part (not the same official's call with a
   * third country that week).
   */
  private withCounterpartCountry(calls: LexCall[], sentences: Sentence[]): LexCall[] {
    if (calls.length === 0) return calls;
    for (const s of sentences.slice(0, 12)) {
      const text = this.text.slice(s.start, s.end);
      // (Talks held, not talks to come: "headed to X for talks with his Japanese counterpart", "plans to meet".)
      if (!reportsEngagement(text) || !ENGAGEMENT_HELD.test(text) || intendedEngagement(text)) continue;
      const codes = uniq(
        this.lex
          .mentions(this.text, s.start, this.apartFrom(s))
          .filter((m) => m.kind === 'country' && m.countryCode && COUNTRY_PERSON_AFTER.test(this.text.slice(m.end, m.end + 50)))
          .map((m) => m.countryCode!),
      );
      if (!codes.length) return calls;
      return calls.filter((c) => codes.every((code) => c.participantIds.some((p) => this.lex.officials.get(p)?.countryCode === code)));
    }
    return calls;
  }

  /** A transcript of officials of two sides speaking together (on record or not): their meeting. */
  private speakersMeeting(): ProposedCall | null {
    const speakers = uniq([...this.turnSpeakers.values()]);
    const countries = new Set([
      ...speakers.map((id) => this.lex.officials.get(id)?.countryCode),
      ...this.turnProposed.map((k) => this.proposedOfficials.get(k)?.countryCode ?? null).filter((c) => c != null),
    ]);
    // A minister not on record whose country the text does not give, beside speakers on record: the other side too.
    const unknownMinister = this.turnProposed.some((k) => {
      const o = this.proposedOfficials.get(k);
      return (
        o != null && !o.countryCode && /\bMinister\b|\bSecretary of\b|\bUnder\s?[Ss]ecretary\b|\bState Secretary\b/.test(o.title ?? '')
      );
    });
    if (speakers.length + this.turnProposed.length < 2 || (countries.size < 2 && !(unknownMinister && speakers.length > 0))) return null;
    return {
      participantIds: speakers,
      proposedParticipants: this.turnProposed,
      date: this.documentDate(),
      span: this.options.title ?? '',
      rule: 'the speakers of a transcript, from two countries, none on record near the date',
    };
  }

  /**
   * HEAD_OF_BODY: the minister heading a body named by its words: an acronym of a body's name (the proposed publisher's,
   * or one on record), "the ministry" (the publisher), or its name. The one official, proposed or on record, whose title is
   * a minister's of that body's field ("Minister of National Defence" for the "Ministry of National Defence").
   */
  private headOf(words: string): { ids: number[]; proposed: string[] } | null {
    const initials = (name: string) =>
      name
        .split(/\s+/)
        .filter((w) => !/^(?:of|the|and|for)$/i.test(w))
        .map((w) => w[0])
        .join('')
        .toUpperCase();
    const publisherKey = this.proposedPublisherKey();
    const names = [
      ...(publisherKey ? [this.proposedOrganizations.get(publisherKey)!.name] : []),
      ...(this.options.publisherId != null ? [this.lex.organizations.get(this.options.publisherId)?.name ?? ''] : []),
      ...[...this.lex.organizations.values()].map((o) => o.name),
    ];
    const body = /^\p{Lu}{2,6}$/u.test(words)
      ? names.find((n) => initials(n) === words)
      : /^(?:ministry|department)$/i.test(words)
        ? names[0]
        : words;
    const field = body ? /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})$/u.exec(body)?.[1] : undefined;
    if (!field) return null;
    const noun = field.split(/\s+/).pop()!;
    const minister = new RegExp(`\\bMinister\\s+(?:of|for)\\s+(?:the\\s+)?${field}\\b|\\b${noun}\\s+Minister\\b`, 'i');
    const proposed = [...this.proposedOfficials.values()].filter((o) => o.title && minister.test(o.title)).map((o) => o.key);
    const ids = this.lex.holders(`Minister of ${field}`, this.documentDate(), null);
    return proposed.length + ids.length === 1 ? { ids, proposed } : null;
  }

  /**
   * The one official who speaks every answer of a transcript (a minister's own doorstop or press conference), on record
   * (`id`) or proposed (`key`): the "I" of its words. Null when several speak or none is known.
   */
  private soleSpeaker(): { id: number | null; key: string | null } | null {
    if (this.options.kind !== 'TRANSCRIPT' && this.options.kind !== 'PRESS_CONFERENCE') return this.ownVoice;
    const ids = uniq([...this.turnSpeakers.values()]);
    if (ids.length + this.turnProposed.length === 1) return { id: ids[0] ?? null, key: this.turnProposed[0] ?? null };
    if (ids.length + this.turnProposed.length === 0 && this.documentSource.speakerId != null)
      return { id: this.documentSource.speakerId, key: null };
    // PAGE_MINISTER_SPEAKS (round 14): a minister's own transcript page ("Senator the Hon X / Minister for Defence" in its
    // details) whose turns are labelled by a bare post ("MINISTER:") names no speaker: the page's minister is the one speaking.
    if (ids.length + this.turnProposed.length === 0 && this.pageDetailsTranscript()) return this.publisherPersonAuthor();
    return null;
  }

  /**
   * HOSTED_COUNTERPART: the one speaker's "today, we've had a Defence Ministers' meeting here in …" at a press conference abroad:
   * the meeting of the speaker with the holder of that post in the country the speaker names as the other side
   * (SPEAKER_OTHER_SIDE), when there is exactly one on record.
   */
  private hostedCounterpartMeeting(
    first: Sentence[],
    speaker: { id: number | null; key: string | null },
  ): { s: Sentence; ids: number[]; proposed: string[]; rule: string } | null {
    const s = first.find((x) => HOSTED_COUNTERPART.pattern.test(this.text.slice(x.start, x.end)));
    if (!s) return null;
    const field = HOSTED_COUNTERPART.pattern.exec(this.text.slice(s.start, s.end))![1];
    const other = uniq(otherSideForms(this.text).flatMap((f) => countriesNamed(f)));
    if (other.length !== 1) return null;
    const holders = this.lex.holders(`Minister of ${/^defen/i.test(field) ? 'Defense' : 'Foreign Affairs'}`, this.documentDate(), other[0]);
    if (holders.length !== 1 || holders[0] === speaker.id) return null;
    return {
      s,
      ids: uniq([...(speaker.id != null ? [speaker.id] : []), holders[0]]),
      proposed: speaker.key != null ? [speaker.key] : [],
      rule: HOSTED_COUNTERPART.name,
    };
  }

  /** ONE_COUNTRY_NO_TALKS: people whose countries are all known and the same. */
  private oneCountry(people: (number | string)[]): boolean {
    const countries = people.map((x) => this.personCountry(x));
    return countries.every((c) => c != null) && new Set(countries).size === 1;
  }

  /** The country of an official on record (by id) or proposed (by key), null when not known. */
  private personCountry(who: number | string): string | null {
    return typeof who === 'number'
      ? (this.lex.officials.get(who)?.countryCode ?? null)
      : (this.proposedOfficials.get(who)?.countryCode ?? null);
  }

  /**
   * TALKS_IN_LEAD: the talks the title or the opening reports, when nothing else proposed a call: the officials the first
   * sentence reporting them names (two countries or more), else none and `missing` says what the editor must add.
   */
  /** TALKS_IN_LEAD: the sentences of the opening that report talks held (not to come, not a topic). */
  private leadTalks(sentences: Sentence[]): Sentence[] {
    const held = (words: string) => {
      const at = [CALL_WORDS.exec(words), HELD_ENGAGEMENT.pattern.exec(words), TALKS_IN_LEAD.opening.exec(words)].find((m) => m);
      return at != null && !engagementNotHeld(words.slice(0, at.index));
    };
    return sentences.filter((s) => s.start < TALKS_IN_LEAD.reach && held(this.text.slice(s.start, s.end)));
  }

  private talksInLead(sentences: Sentence[]): ProposedCall | null {
    const title = this.options.title ?? '';
    const lead = this.leadTalks(sentences);
    if (!TALKS_IN_LEAD.title.test(title) && lead.length === 0) return null;
    // Where the people are looked for: each sentence that reports the talks, then with the two sentences after it (a lead
    // names the ministers in the next sentence: "During the talks, Minister A and his Polish counterpart, B, …"), then the
    // title, then the whole opening; the first that names two people or more of two countries, four at most.
    const opening = sentences.filter((s) => s.start < TALKS_IN_LEAD.reach);
    const windows = [
      ...lead.map((s) => this.text.slice(s.start, s.end)),
      ...lead.map((s) => {
        const at = sentences.indexOf(s);
        return this.text.slice(s.start, sentences[Math.min(sentences.length - 1, at + 2)].end);
      }),
      title,
      opening.length ? this.text.slice(opening[0].start, opening[opening.length - 1].end) : '',
    ];
    for (const words of windows) {
      const ids = uniq(
        this.lex
          .mentions(words)
          .filter((m) => m.kind === 'official' && m.ids.length === 1)
          .map((m) => m.ids[0]),
      );
      const proposed = uniq(
        [...this.proposedOfficials.values()].filter((p) => words.toLowerCase().includes(nameCore(p.name))).map((p) => p.key),
      ).filter((k, _, all) => !all.some((o) => o !== k && k.startsWith(`${o} `)));
      const countries = new Set(
        [...ids.map((id) => this.personCountry(id)), ...proposed.map((k) => this.personCountry(k))].filter((c) => c),
      );
      if (ids.length + proposed.length >= 2 && ids.length + proposed.length <= 4 && countries.size >= 2) {
        return {
          participantIds: ids,
          proposedParticipants: proposed,
          date: this.documentDate(),
          span: words,
          rule: TALKS_IN_LEAD.name,
        };
      }
    }
    const span = lead.length ? this.text.slice(lead[0].start, lead[0].end) : title;
    return {
      participantIds: [],
      proposedParticipants: [],
      date: this.documentDate(),
      span,
      rule: TALKS_IN_LEAD.name,
      missing: TALKS_IN_LEAD.missing,
    };
  }

  /** The first sentence that reports a call or meeting between two people or more, when no recorded call matched. */
  private proposeCall(sentences: Sentence[], oneSide = false): ProposedCall | null {
    const meeting = this.speakersMeeting() ?? this.titleMeeting;
    if (meeting) return meeting;
    const first = sentences.slice(0, 40);
    const peopleIn = (start: number, end: number) => ({
      ids: [
        ...new Set(
          this.lex
            .mentions(this.text, start, end)
            .filter((m) => m.kind === 'official' && m.ids.length === 1)
            .map((m) => m.ids[0]),
        ),
      ],
      proposed: uniq([...this.proposedIn(start, end), ...this.proposedByBareTitle(this.text.slice(start, end))].map((p) => p.key)),
    });
    // The first sentence that reports a call or meeting between two people or more; else (no sentence says so in so many
    // words) the first that makes two people or more the joint subject of a discussion ("X and Y discussed on Wednesday …").
    let found: { s: Sentence; ids: number[]; proposed: string[]; rule: string; missing?: string } | null = null;
    // ONE_COUNTRY_NO_TALKS: the first sentence whose people are all of one country, kept as one side's account if no other.
    let oneSided: { s: Sentence; ids: number[]; proposed: string[]; rule: string; missing?: string } | null = null;
    const speaker = this.soleSpeaker();
    for (const s of first) {
      // MULTILATERAL_MEETING: "the defense ministers of A, B, C and D met …", or as the subject of a position they took
      // together ("The defense ministers of A, B and C said Sunday …"): one person per country named.
      const group = this.groupOfCountries(s.start, s.end);
      const guest = RECEIVED_AS_GUEST.pattern.test(this.text.slice(s.start, s.end));
      const visit = VISIT_ENGAGEMENT.pattern.test(this.text.slice(s.start, s.end)) || guest;
      if (!reportsEngagement(this.text.slice(s.start, s.end)) && !group?.subject && !visit) continue;
      // INTENDED_ENGAGEMENT: "X is seeking to hold talks with Y" reports no call held.
      const words = CALL_WORDS.exec(this.text.slice(s.start, s.end));
      if (!group && words && intendedEngagement(this.text.slice(s.start, s.start + words.index))) continue;
      const clauseEnd = s.start + engagementClause(this.text.slice(s.start, s.end));
      // REPORTER_NOT_PARTICIPANT: the reporter is left out when the engagement still names two people or more without him.
      const frame = withoutReporter(this.text.slice(s.start, s.end));
      const unframed = peopleIn(s.start + frame.from, Math.min(clauseEnd, s.start + frame.to));
      const { ids, proposed } = unframed.ids.length + unframed.proposed.length >= 2 ? unframed : peopleIn(s.start, clauseEnd);
      if (group && group.ids.length + group.proposed.length > ids.length + proposed.length) {
        found = { s, ids: uniq([...ids, ...group.ids]), proposed: uniq([...proposed, ...group.proposed]), rule: MULTILATERAL_MEETING };
        break;
      }
      // GROUP_ENGAGEMENT (round 12): "Japanese and Chilean defense ministers discussed … in a bilateral meeting", the two
      // named later: the meeting of the officials the group of two countries stands for.
      const pair = !group && ids.length + proposed.length < 2 && words ? this.pairOfCountries(s.start, clauseEnd) : null;
      if (pair) {
        found = { s, ids: pair.ids, proposed: pair.proposed, rule: GROUP_ENGAGEMENT };
        break;
      }
      // FIRST_PERSON_ENGAGEMENT: "I had a good conversation with X", "I met X" in the words of the one speaker of a transcript.
      if (speaker && FIRST_PERSON_ENGAGEMENT.test(this.text.slice(s.start, s.end)) && ids.length + proposed.length === 1) {
        if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
        if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
      }
      // GROUP_OF_THE_LEAD (round 11): "In a meeting in <city> on <date>, the two officials discussed …" names no one: the
      // engagement of the two people the sentence before names ("A and B have reaffirmed …").
      const prev = first[first.indexOf(s) - 1];
      const lead =
        ids.length + proposed.length < 2 && prev && LEAD_GROUP.test(this.text.slice(s.start, s.end))
          ? peopleIn(prev.start, prev.end)
          : null;
      if (lead && lead.ids.length + lead.proposed.length === 2) {
        found = {
          s,
          ids: lead.ids,
          proposed: lead.proposed,
          rule: 'GROUP_OF_THE_LEAD: a group in an engagement, the two people of the sentence before',
        };
        break;
      }
      if (ids.length + proposed.length < 2) continue;
      // ONE_COUNTRY_NO_TALKS (round 19): talks are between countries; people all of one country (a name spelt twice,
      // "Minister X" and "Minister Xd", or a delegation's members) are no call's two sides: read on.
      if (this.oneCountry([...ids, ...proposed])) {
        oneSided ??= { s, ids, proposed, rule: ONE_SIDE_NAMED.name, missing: missingCounterpart(null) };
        continue;
      }
      found = {
        s,
        ids,
        proposed,
        rule:
          visit && !reportsEngagement(this.text.slice(s.start, s.end))
            ? guest
              ? RECEIVED_AS_GUEST.name
              : VISIT_ENGAGEMENT.name
            : 'a call or meeting between people named, none on record near the date',
      };
      break;
    }
    for (const s of found ? [] : first) {
      const verb = JOINT_DISCUSSION.pattern.exec(this.text.slice(s.start, s.end));
      if (!verb) continue;
      const { ids, proposed } = peopleIn(s.start, s.start + verb.index + verb[0].length - verb[1].length);
      if (ids.length + proposed.length < 2) continue;
      found = { s, ids, proposed, rule: JOINT_DISCUSSION.name };
      break;
    }
    // JOINT_POSITION (round 15): else, as a last resort (no recorded call taken anywhere: a sentence between the people of a
    // recorded call says nothing of which one it is), the first sentence that makes two people or more of two countries the
    // joint subject of a position taken ("A and B agreed Friday to …"): a lead that reports the talks by their outcome. Not
    // one dated to an earlier month or year ("A and B agreed in April to …": those earlier talks).
    for (const s of found || !oneSide ? [] : first) {
      const verb = JOINT_POSITION.pattern.exec(this.text.slice(s.start, s.end));
      if (!verb) continue;
      if (EARLIER_TIME.test(this.text.slice(s.start, s.end))) continue;
      const subject = this.text.slice(s.start, s.start + verb.index + verb[0].length - verb[1].length);
      if (/\b(?:said|says|told|according\s+to|reported|quoted)\b/i.test(subject)) continue;
      const { ids, proposed } = peopleIn(s.start, s.start + subject.length);
      // COUNTRY_PAIR_AGREED (round 15): "Japan and the Philippines agreed Saturday to …": two countries the subject, no one
      // named: the people of those countries the next sentences name (one side only: proposed with it, the other left to add).
      const pair =
        ids.length + proposed.length === 0 ? COUNTRY_PAIR_LEAD.exec(subject.slice(DATELINE.exec(subject)?.[0].length ?? 0)) : null;
      const codes = pair ? [countriesNamed(pair[1].replace(/^the\s+/i, '')), countriesNamed(pair[2].replace(/^the\s+/i, ''))] : [];
      if (pair && codes.every((c) => c.length === 1) && codes[0][0] !== codes[1][0]) {
        const at = first.indexOf(s);
        const later = peopleIn(s.start, first[Math.min(first.length - 1, at + 2)].end);
        const sideIds = later.ids.filter((id) => codes.some((c) => c[0] === this.personCountry(id)));
        const sideKeys = later.proposed.filter((k) => codes.some((c) => c[0] === this.personCountry(k)));
        const sides = new Set([...sideIds, ...sideKeys].map((x) => this.personCountry(x)));
        if (sideIds.length + sideKeys.length === 0) continue;
        const other = sides.size < 2 ? (codes.find((c) => !sides.has(c[0])) ?? [])[0] : null;
        found = {
          s,
          ids: sideIds,
          proposed: sideKeys,
          rule: COUNTRY_PAIR_AGREED,
          ...(other ? { missing: missingCounterpart(pair[sides.has(codes[0][0]) ? 2 : 1].replace(/^the\s+/i, '')) } : {}),
        };
        break;
      }
      if (ids.length + proposed.length < 2) continue;
      const countries = new Set(
        [
          ...ids.map((id) => this.lex.officials.get(id)?.countryCode),
          ...proposed.map((k) => this.proposedOfficials.get(k)?.countryCode),
        ].filter((c): c is string => c != null),
      );
      if (countries.size < 2) continue;
      found = { s, ids, proposed, rule: JOINT_POSITION.name };
      break;
    }
    // OPENING_ADDRESS: the one speaker of a transcript opens by addressing the guests by name.
    const opened = first.findIndex((s) => TURN_OPENING.test(this.text.slice(s.start, s.end)));
    for (const s of found || !speaker ? [] : first.slice(Math.max(0, opened), Math.max(0, opened) + 3)) {
      const address = OPENING_ADDRESS.pattern.exec(this.text.slice(s.start, s.end));
      if (!address) continue;
      const from = s.start + address.index + address[0].indexOf(address[1]);
      const { ids, proposed } = peopleIn(from, from + address[1].length);
      if (!speaker || ids.length + proposed.length === 0) continue;
      if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
      if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
      if (ids.length + proposed.length < 2) continue;
      found = { s, ids, proposed, rule: OPENING_ADDRESS.name };
      break;
    }
    // HOSTED_COUNTERPART: a guest's "today we've had a Defence Ministers' meeting here" is the press conference's own meeting,
    // with the host's holder of the same post, before any other engagement the speaker recounts.
    const host = speaker ?? this.ownVoice;
    const hosted = host ? this.hostedCounterpartMeeting(first, host) : null;
    if (hosted) found = hosted;
    // ONE_COUNTRY_NO_TALKS: no other engagement found: the one side's people, the other left to the editor.
    found ??= oneSided;
    // ONE_SIDE_NAMED (round 13): talks held whose other side the text names by a title, a country or a body only.
    let missing: string | null = found?.missing ?? null;
    // (Only as the last resort, when the document's drafts are read: talks whose other side is unnamed say nothing of which
    // recorded call they are.)
    if (!found && oneSide) {
      const one = this.oneSideEngagement(first, speaker);
      if (one) ({ missing, ...found } = one);
      missing ||= null;
    }
    if (!found) return null;
    const { s, ids, proposed } = found;
    // MULTILATERAL_MEETING: so is an engagement whose people (one not on record) are of three countries or more, one each.
    const countries = [
      ...ids.map((id) => this.lex.officials.get(id)?.countryCode ?? null),
      ...proposed.map((k) => this.proposedOfficials.get(k)?.countryCode ?? null),
    ];
    const rule =
      found.rule !== OPENING_ADDRESS.name &&
      proposed.length > 0 &&
      countries.length >= 3 &&
      countries.every((c) => c != null) &&
      new Set(countries).size === countries.length
        ? MULTILATERAL_MEETING
        : found.rule;
    const text = this.text.slice(s.start, s.end);
    // The date of the engagement: in its sentence, else in the next sentence that reports an engagement with a date (a title names none).
    // (Not the date of a dateline: "WASHINGTON, March 20 (PWS) - … on Thursday".)
    const lineEnd = s.start + (DATELINE.exec(text)?.[0].length ?? 0);
    const dated =
      this.dates.find((d) => d.start >= lineEnd && d.end <= s.end) ??
      first
        .filter((t) => t.start > s.start && CALL_KIND_RULES.some((r) => r.test.test(this.text.slice(t.start, t.end))))
        .map((t) => this.dates.find((d) => d.start >= t.start && d.end <= t.end))
        .find((d) => d != null);
    return {
      participantIds: ids,
      proposedParticipants: proposed,
      date: dated?.date ?? this.documentDate(),
      span: this.orig(s.start, s.end),
      rule,
      ...(missing ? { missing } : {}),
    };
  }

  /** OTHER_TALKS: the first engagement a sentence reports beside the recorded call, and the block and people it was told with. */
  private otherTalks: ProposedCall | null = null;
  private otherTalksAt: { block: number; keys: string[]; ids: number[] } | null = null;

  /**
   * OTHER_TALKS (round 13): a sentence reporting talks held ("paid a courtesy call to Prime Minister X", "In his meeting
   * with X, the Secretary …", "Y told Z during their talks …") whose clause names someone the recorded call leaves out (not
   * on record, or on record and no participant of it), and not every participant of that call, reports other talks: the
   * recorded call is not its call; the first such talks are proposed. A sentence after it in the same paragraph that names
   * one of those people again goes on about them ("… and assured the Prime Minister of …").
   */
  private otherTalksOf(s: Sentence, block: number, call: LexCall): boolean {
    const text = this.text.slice(s.start, s.end);
    const named = (from: number, to: number) => ({
      ids: uniq(
        this.lex
          .mentions(this.text, from, to)
          .filter((m) => m.kind === 'official' && m.ids.length === 1)
          .map((m) => m.ids[0]),
      ),
      keys: uniq([...this.proposedIn(from, to), ...this.proposedByBareTitle(this.text.slice(from, to))].map((p) => p.key)),
    });
    const joint = JOINT_DISCUSSION.pattern.exec(text);
    const words = CALL_WORDS.exec(text) ?? HELD_ENGAGEMENT.pattern.exec(text) ?? joint;
    // (Talks as the topic of a question or a remark, "Asked about cost-sharing talks with …", are no talks held.)
    const topic = words != null && /\b(?:about|on|regarding|over|of)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, words.index));
    if (words && !topic && !intendedEngagement(text.slice(0, words.index))) {
      const clause = named(s.start, s.start + (words === joint ? joint.index + joint[0].length : engagementClause(text)));
      const outsiders = clause.ids.filter((id) => !call.participantIds.includes(id));
      const inCall = clause.ids.filter((id) => call.participantIds.includes(id));
      if ((clause.keys.length || outsiders.length) && inCall.length < call.participantIds.length) {
        this.otherTalksAt = { block, keys: clause.keys, ids: outsiders };
        // The call's participants the sentence names by title too ("the Secretary"): the other side of those talks.
        const titled = this.lex
          .mentions(this.text, s.start, s.end)
          .filter((m) => m.kind === 'title')
          .flatMap((m) => this.lex.holders(m.title!, this.documentDate(), this.qualifier(m.start)))
          .filter((id) => call.participantIds.includes(id));
        // (A readout's "the Secretary", "the Minister": the call's one participant whose post is so called.)
        const word = /\b[Tt]he\s+(Secretary|Minister)\b(?!\s+(?:of|for)\b|\s+\p{Lu})/u.exec(text)?.[1];
        const side = word
          ? call.participantIds.filter((p) =>
              this.lex.officials.get(p)?.holdings.some((h) => h.title.includes(word) && (!h.endDate || h.endDate >= call.date)),
            )
          : [];
        this.otherTalks ??= {
          participantIds: uniq([...inCall, ...titled, ...(side.length === 1 ? side : []), ...outsiders]),
          proposedParticipants: clause.keys,
          date: this.dates.find((d) => d.start >= s.start && d.end <= s.end)?.date ?? call.date,
          span: this.orig(s.start, s.end),
          rule: 'OTHER_TALKS: talks with someone the recorded call leaves out',
        };
        return true;
      }
    }
    const at = this.otherTalksAt;
    if (at?.block !== block) return false;
    const again = named(s.start, s.end);
    return again.keys.some((k) => at.keys.includes(k)) || again.ids.some((id) => at.ids.includes(id));
  }

  /**
   * ONE_SIDE_NAMED (round 13): the first sentence that reports talks held (not talks to come, not remarks in another
   * setting) naming one participant only, on record or proposed (in a transcript or a release's own voice, "I met …", "we
   * had a … meeting": the one speaking): that side, and what the editor must add for the other one ("his Italian
   * counterpart", "Italy's defence minister": the words the text gives, when it gives a country before a post).
   */
  private oneSideEngagement(
    first: Sentence[],
    speaker: { id: number | null; key: string | null } | null,
  ): { s: Sentence; ids: number[]; proposed: string[]; rule: string; missing: string } | null {
    for (const s of first) {
      const text = this.text.slice(s.start, s.end);
      if (!reportsEngagement(text) || OTHER_SETTING.pattern.test(text)) continue;
      const words = CALL_WORDS.exec(text) ?? HELD_ENGAGEMENT.pattern.exec(text) ?? RECEIVED_VISITOR.exec(text);
      if (words && engagementNotHeld(text.slice(0, words.index))) continue;
      const clauseEnd = s.start + engagementClause(text);
      const frame = withoutReporter(text);
      const from = s.start + frame.from;
      const to = Math.min(clauseEnd, s.start + frame.to);
      const ids = uniq(
        this.lex
          .mentions(this.text, from, to)
          .filter((m) => m.kind === 'official' && m.ids.length === 1)
          .map((m) => m.ids[0]),
      );
      const proposed = uniq([...this.proposedIn(from, to), ...this.proposedByBareTitle(this.text.slice(from, to))].map((p) => p.key));
      // (The one speaking, of one of the two countries of a meeting named by them: "At the Japan-Fiji … Meeting, I expressed …".)
      const pair = namedPairMeeting(text);
      const speakerCode = speaker
        ? speaker.id != null
          ? this.lex.officials.get(speaker.id)?.countryCode
          : this.proposedOfficials.get(speaker.key ?? '')?.countryCode
        : null;
      if (
        speaker &&
        (FIRST_PERSON_ENGAGEMENT.test(text) || (pair && speakerCode && pair.includes(speakerCode) && /\b(?:I|[Ww]e)\b/.test(text)))
      ) {
        if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
        if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
      }
      // Two people or more: not one side (the rules before decided); none: nobody to propose it with.
      if (ids.length + proposed.length !== 1) continue;
      const country = this.lex
        .mentions(this.text, from, to)
        .find((m) => m.kind === 'country' && COUNTRY_PERSON_AFTER.test(this.text.slice(m.end, m.end + 50)));
      const post = country ? COUNTRY_PERSON_AFTER.exec(this.text.slice(country.end, country.end + 50))![0] : '';
      // COUNTERPART_OF_COUNTRY: "Japan's defense minister", "his Japanese counterpart": the one holder of that country's post on
      // record that day (the named side's own post, a defence or foreign ministry's head) is the other side.
      const sideCodes = [
        ...ids.map((id) => this.lex.officials.get(id)?.countryCode),
        ...proposed.map((k) => this.proposedOfficials.get(k)?.countryCode),
      ];
      const otherCode = country?.countryCode ?? (pair?.find((c) => !sideCodes.includes(c)) || null);
      if (otherCode) {
        const field = /foreign/i.test(post) ? 'Foreign Affairs' : 'Defense';
        const posts =
          field === 'Defense' ? ['Minister of Defense', 'Secretary of Defense'] : ['Minister of Foreign Affairs', 'Secretary of State'];
        const holders = uniq(posts.flatMap((t) => this.lex.holders(t, this.documentDate(), otherCode))).filter((h) => !ids.includes(h));
        if (holders.length === 1) return { s, ids: [...ids, holders[0]], proposed, rule: COUNTERPART_OF_COUNTRY, missing: '' };
      }
      const counterpart =
        /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Lu}[\p{L}-]*\s+)?[Cc]ounterparts?\b/u.exec(this.text.slice(from, to))?.[0] ??
        (country ? this.text.slice(country.start, country.end) + post : null) ??
        (pair ? NAMED_PAIR_MEETING.pattern.exec(text)![0].replace(/^\S+\s+/, '') : null);
      return { s, ids, proposed, rule: ONE_SIDE_NAMED.name, missing: missingCounterpart(counterpart) };
    }
    return null;
  }

  private mentionsIn(start: number, end: number): Mention[] {
    return this.mentionCache.filter((m) => m.start >= start && m.end <= end);
  }

  // ---- the call -------------------------------------------------------------------------------

  /**
   * NEWCOMER_ENGAGEMENT: the engagement the text reports first is with someone not on record and leaves out a participant
   * of every recorded call a sentence was given ("the President received the Secretary"; the Secretary's talks with his
   * counterpart that day are on record): the sentences given no recorded call belong to the engagement reported.
   */
  private newcomerEngagement(): boolean {
    const reported = this.reported;
    if (!reported?.proposedParticipants.length) return false;
    return [...this.callHits.keys()].every((id) => {
      const call = this.lex.data.calls.find((c) => c.id === id);
      // (MULTILATERAL_MEETING: a call on record between some of its members is another engagement too.)
      return (
        call != null && (!call.participantIds.every((p) => reported.participantIds.includes(p)) || reported.rule === MULTILATERAL_MEETING)
      );
    });
  }
  /** The document reports an engagement with a person not on record (see updateCall). */
  private withNewcomer = false;
  private updateCall(s: Span, calls: LexCall[], ctx: Ctx): void {
    if (calls.length === 0) return;
    const end = this.apartFrom(s);
    const mentions = this.mentionsIn(s.start, end);
    const officials = new Set(mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]));
    for (const m of mentions.filter((x) => x.kind === 'title')) {
      const holders = this.lex.holders(m.title!, this.documentDate(), this.qualifier(m.start));
      if (holders.length === 1) officials.add(holders[0]);
    }
    // COUNTRY_AS_PARTNER: "cooperation with Japan", "work with Tokyo" in a sentence that reports no engagement names the
    // subject of the talks, not a side of another call: it does not switch the call the text is already about (with none
    // yet, "its alliance with Japan" may still point to Japan's call).
    const current = ctx.call;
    const partnerOnly = (code: string | null | undefined) =>
      current != null && !current.participantIds.some((p) => this.lex.officials.get(p)?.countryCode === code);
    const engagement = reportsEngagement(this.text.slice(s.start, s.end));
    const countries = new Set(
      mentions
        .filter(
          (m) =>
            (m.kind === 'organization' || m.kind === 'country') &&
            m.countryCode &&
            (engagement ||
              m.kind !== 'country' ||
              !partnerOnly(m.countryCode) ||
              !COUNTRY_AS_PARTNER.test(this.text.slice(Math.max(s.start, m.start - 12), m.start))),
        )
        .map((m) => m.countryCode!),
    );
    const common = (code: string) => calls.every((c) => c.participantIds.some((p) => this.lex.officials.get(p)?.countryCode === code));
    // A call whose participants leave out an official the sentence names (by name) is another engagement.
    const named = mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]);
    // An engagement with someone not on record ("met with Polish Minister … Tomasz Wierzbicki") is no recorded call:
    // from then on only a call whose participants the sentence names all is taken.
    // So is one between people on record that no call near the date has them all ("held a video conference with …").
    // (A proposed person with a country, or one named by a title: "Defence Secretary X", "The Defence Secretary has met …".)
    const newcomers = uniq([...this.proposedIn(s.start, end), ...this.proposedByBareTitle(this.text.slice(s.start, end))]).filter(
      (p) => p.countryCode !== null || p.title != null,
    );
    if (this.reported?.rule === MULTILATERAL_MEETING && newcomers.some((p) => this.reported!.proposedParticipants.includes(p.key))) return;
    const unrecorded = newcomers.length > 0 || !calls.some((c) => named.every((id) => c.participantIds.includes(id)));
    if (unrecorded && named.length + newcomers.length >= 2 && reportsEngagement(this.text.slice(s.start, s.end))) this.withNewcomer = true;
    const scored = calls
      .filter((c) => named.length < 2 || named.every((id) => c.participantIds.includes(id)))
      .filter((c) => !this.widerSignatories(c))
      .map((c) => ({
        c,
        score:
          c.participantIds.filter((p) => officials.has(p)).length * 2 +
          c.participantIds.filter((p) => {
            const code = this.lex.officials.get(p)?.countryCode;
            return code != null && countries.has(code) && !common(code);
          }).length,
      }))
      .sort((a, b) => b.score - a.score);
    // CALL_OF_THE_DAY_GIVEN (round 10): several calls between the same people tie; the one on the day this sentence gives
    // (in the publisher's time zone, as the date was read) is the one it reports ("received X at the Pentagon Thursday").
    // (Only where no call is chosen yet, or the sentence reports an engagement: "Earlier on Tuesday, X toured a shipyard" does
    // not switch to Tuesday's call.)
    if (
      scored.length > 1 &&
      scored[0].score > 0 &&
      scored[0].score === scored[1].score &&
      (ctx.call == null || reportsEngagement(this.text.slice(s.start, s.end)))
    ) {
      const days = this.dates.filter((d) => d.start >= s.start && d.end <= s.end).map((d) => d.date);
      const tied = scored.filter((x) => x.score === scored[0].score);
      const onDay = tied.filter((x) => days.includes(this.sideDate(x.c, this.options.publisherId, undefined) ?? x.c.date));
      if (onDay.length === 1) onDay[0].score += 1;
      scored.sort((a, b) => b.score - a.score);
    }
    if (scored.length === 0) return;
    if (this.withNewcomer && !scored[0].c.participantIds.every((p) => officials.has(p))) return;
    if (scored[0].score > 0 && (scored.length === 1 || scored[0].score > scored[1].score)) {
      // A single mention of the official all candidate calls share says nothing.
      if (scored[0].score === 2 && scored[0].c.participantIds.every((p) => officials.has(p)) === false && calls.length > 1) {
        const only = [...officials][0];
        if (calls.every((c) => c.participantIds.includes(only))) return;
      }
      ctx.call = scored[0].c;
      ctx.callEvidence = this.orig(s.start, Math.min(s.end, s.start + 160));
      if (!this.callHits.has(ctx.call.id)) {
        this.callHits.set(ctx.call.id, {
          span: ctx.callEvidence,
          rule: 'participants named together, date near the document',
          confidence: 0.8,
        });
      }
    } else if (calls.length === 1 && officials.size > 0 && calls[0].participantIds.some((p) => officials.has(p)) && scored.length === 1) {
      ctx.call = calls[0];
      ctx.callEvidence = this.orig(s.start, Math.min(s.end, s.start + 160));
      if (!this.callHits.has(ctx.call.id))
        this.callHits.set(ctx.call.id, {
          span: ctx.callEvidence,
          rule: 'only call near the date with a participant named',
          confidence: 0.7,
        });
    }
  }

  /** The countries a passage's parties and call stand for (commitments read "extended deterrence" in their context). */
  private countriesOf(parties: { ids: number[]; proposed: string[] }, callId: number | null): string[] {
    const call = callId == null ? undefined : this.lex.data.calls.find((c) => c.id === callId);
    const ids = [...parties.ids, ...(call?.participantIds ?? [])];
    const codes = [
      ...ids.map((id) => this.lex.officials.get(id)?.countryCode),
      ...parties.proposed.map((key) => this.proposedOfficials.get(key)?.countryCode),
    ];
    return uniq(codes.filter((c): c is string => !!c));
  }

  /**
   * PROPOSED_BODY_SPEAKS: the body not on record the document names (proposed once, `ORG_PROPOSAL` or its own publisher line)
   * named again in a span as the one that speaks ("the Department of X said", "according to the DX", "the DX statement"): by
   * its name, or by its acronym (the one the text brackets after its name, else its initials). Its key; null when none or
   * more than one.
   */
  private proposedBodyIn(from: number, to: number): string | null {
    const words = this.text.slice(from, to);
    const hits = [...this.proposedOrganizations.values()].filter((o) => {
      if (words.includes(o.name)) return true;
      const acronym = this.acronymOf(o);
      return acronym != null && acronym.test(words);
    });
    return hits.length === 1 ? hits[0].key : null;
  }

  /** STATEMENT_TEXT_BEGINS in the document, searched once (a search of the whole text per draft was quadratic). */
  private statementTextStart: RegExpExecArray | null | undefined;
  private statementTextBegins(): RegExpExecArray | null {
    if (this.statementTextStart === undefined) this.statementTextStart = STATEMENT_TEXT_BEGINS.exec(this.text);
    return this.statementTextStart;
  }

  /** Per proposed body, the pattern of its acronym (the one the text brackets after its name, else its initials): read once. */
  private readonly acronyms = new Map<string, RegExp | null>();
  private acronymOf(o: ProposedOrganization): RegExp | null {
    if (this.acronyms.has(o.key)) return this.acronyms.get(o.key)!;
    const bracketed = new RegExp(`${o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\((\\p{Lu}{2,6})\\)`, 'u').exec(this.text)?.[1];
    const initials = o.name
      .split(/\s+/)
      .filter((w) => !/^(?:of|the|and|for)$/i.test(w))
      .map((w) => w[0])
      .join('')
      .toUpperCase()
      .replace(/[^\p{Lu}]/gu, '');
    const acronym = bracketed ?? (initials.length >= 2 ? initials : null);
    const pattern = acronym === null ? null : new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u');
    this.acronyms.set(o.key, pattern);
    return pattern;
  }

  /**
   * COUNTRY_NOT_QUALIFYING (round 19): the country of a person not on record, named just before their title or name, only where
   * it qualifies them ("Japan's Minister", "the Indian Defence Minister", "U.S. Secretary"): not a country set apart from them by
   * a preposition or a bracket, nor one a preposition governs — the object of another phrase ("the state visit to Japan of President X",
   * "Indian envoy to Japan X", "… (MENAFN - Live Mint) Defence Minister X").
   */
  private personQualifier(at: number): string | null {
    const before = this.mentionCache.filter((m) => m.kind === 'country' && m.end <= at && at - m.end <= 12);
    const last = before.length ? before[before.length - 1] : null;
    return last && qualifies(last.end, at, this.text, last.start) ? last.countryCode : null;
  }

  /**
   * POST_GROUP_NO_HEAD_OF_STATE (round 19): a group named by a post or a field ("the Secretaries", "both ministers", "the two
   * defense officials") leaves out a head of state or government among the people it stands for (the President whose state visit
   * the ministers' talks were held during, the President a visiting Secretary called on): not a minister, secretary or defence
   * official. Only when two people or more are left; a group of another kind ("they", "both sides", "the leaders") keeps all.
   */
  private ofThePost(group: string, ids: number[], proposed: string[], date: string | null): { ids: number[]; proposed: string[] } {
    if (!POST_GROUP.test(group)) return { ids, proposed };
    const head = (title: string | null | undefined) => title != null && HEAD_OF_STATE_TITLE.test(title);
    const keptIds = ids.filter((id) => !head(this.lex.holding(id, date)?.title));
    const keptProposed = proposed.filter((k) => !head(this.proposedOfficials.get(k)?.title));
    return keptIds.length + keptProposed.length >= 2 ? { ids: keptIds, proposed: keptProposed } : { ids, proposed };
  }

  /** Country named just before a title or organization ("Japan", "South Korea’s", "U.S."). */
  private qualifier(at: number): string | null {
    const before = this.mentionCache.filter((m) => m.kind === 'country' && m.end <= at && at - m.end <= 12);
    return before.length ? before[before.length - 1].countryCode : null;
  }

  // ---- proposals --------------------------------------------------------------------------------

  private collectProposals(para: Span): void {
    let text = this.text.slice(para.start, para.end);
    // A transcript label in capitals ("PRESS SECRETARY JANE DOE:") read as names are written (the offsets do not change).
    const label = turnLabel(text);
    if (label?.role === 'SPEAKER') text = titleCase(text.slice(0, label.length)) + text.slice(label.length);
    for (const person of titledPeople(text)) {
      const nameStart = para.start + person.start;
      const nameEnd = para.start + person.end;
      const covered = this.mentionCache.some(
        (x) => (x.kind === 'official' || x.kind === 'organization' || x.kind === 'country') && x.start < nameEnd && x.end > nameStart,
      );
      if (covered) continue;
      // A person without a title is proposed only when they speak ("Gilberto Teodoro said"), or are appointed ("…, whom X named as the next minister").
      const after = this.text.slice(nameEnd, nameEnd + 40);
      const appointed = person.title
        ? null
        : appointmentAfter(this.text.slice(nameEnd, nameEnd + 200), this.text.slice(Math.max(0, nameStart - 60), nameStart));
      let appointedOrg: number | null = null;
      if (appointed) {
        const country = this.qualifier(para.start + person.titleStart) ?? nameStyleCountry(person) ?? this.lastCountry(nameStart);
        const titles = [...this.lex.officials.values()]
          .filter((o) => !country || o.countryCode === country)
          .flatMap((o) => o.holdings.map((h) => h.title));
        const post = postForRole(appointed.role, titles);
        appointedOrg =
          [...this.lex.officials.values()].flatMap((o) => o.holdings).find((h) => post != null && h.title === post)?.organizationId ?? null;
        Object.assign(person, {
          title: post ?? capitalize(appointed.role),
          capacity: 'DESIGNATE',
          countryCode: person.countryCode ?? country,
        });
      }
      if (
        !person.title &&
        !person.counterpart &&
        !/^\s*,?\s*(?:(?:also|later|then)\s+)?(?:said|says|told|added|stated|noted|stressed|warned|wrote|announced)\b/.test(after)
      )
        continue;
      const titleStart = para.start + person.titleStart;
      const country =
        person.countryCode ??
        this.personQualifier(titleStart) ??
        // (A country or a body named just before the title: not another person named there, "Secretary X met with Prime Minister Y".)
        // (PERSON_BETWEEN_QUALIFIER: a country before another official named in between qualifies that official:
        // "US Secretary of Defense X, Defense Secretary Y".)
        this.mentionsIn(Math.max(para.start, titleStart - 40), nameStart).find(
          (x) =>
            x.countryCode &&
            (x.kind === 'country' || x.kind === 'organization') &&
            !this.mentionsIn(x.end, titleStart).some((y) => y.kind === 'official') &&
            // PAIR_QUALIFIES_NO_ONE: a country joined to another by a dash ("a ROK-UK meeting") names both sides, no one's.
            !/^[-‑–]\s*\p{Lu}/u.test(this.text.slice(x.end, x.end + 3)) &&
            // PLACE_NAME_COUNTRY: nor a country inside a place's name ("… in the South China Sea'' in a call to Defense Secretary X").
            !PLACE_AFTER_COUNTRY.test(this.text.slice(x.end, x.end + 12)) &&
            // COUNTRY_NOT_QUALIFYING (round 19): nor a country set apart from the title (see personQualifier), nor one inside
            // the title's "for …" part, the post's portfolio ("Deputy Assistant Secretary of State for Korea", "Director General
            // for North American Affairs": an American's and a Korean's posts).
            (x.end > titleStart
              ? !/\bfor\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(this.text.slice(titleStart, x.start))
              : qualifies(x.end, titleStart, this.text, x.start)) &&
            !/\p{L}\s*[-‑–]$/u.test(this.text.slice(Math.max(0, x.start - 3), x.start)),
        )?.countryCode ??
        nameStyleCountry(person) ??
        null;
      // The body they serve: named in the title, or just after the name ("… Han Ji-soo of the Ministry of …").
      const org =
        this.mentionsIn(titleStart, nameStart).find((x) => x.kind === 'organization') ??
        (/^\s+(?:of|at|from)\s+(?:the\s+)?/.test(after)
          ? this.mentionsIn(nameEnd, nameEnd + 60).find((x) => x.kind === 'organization')
          : undefined);
      // A title after the publisher's own name ("Deputy Secretary of Defense" in the Department of Defense's readout):
      // one of its officials, of its country.
      const own = country == null && !org ? this.publisherOwnTitle(person.title) : null;
      // One entry per person: "Ramon Andres" and "RAMON T. ANDRES" (a host's words and a label) are one official, named in full.
      // NAME_ON_RECORD: a name an official on record bears once initials, suffixes and courtesy words are set aside (in
      // either order) is theirs, though the lexicon did not read it here ("Lloyd Austin1 min read", page clutter glued on).
      if (this.onRecordName(person.name)) continue;
      // FAMILY_NAME_OF_PROPOSED (round 14): a name that is the last words of one official proposed already ("Secretary Del
      // Rosario" after "Secretary Albert F. Del Rosario") is that official, not a second one.
      const core = nameCore(person.name);
      const fuller = this.proposedOfficials.has(`official:${core}`)
        ? []
        : [...this.proposedOfficials.values()].filter((p) => nameCore(p.name).endsWith(` ${core}`));
      const key = fuller.length === 1 ? fuller[0].key : `official:${core}`;
      const known = this.proposedOfficials.get(key);
      if (known && person.name.split(/\s+/).length > known.name.split(/\s+/).length) known.name = person.name;
      if (!known) {
        this.proposedOfficials.set(key, {
          key,
          name: person.name,
          title: person.title,
          capacity: person.capacity,
          countryCode: country ?? org?.countryCode ?? own?.countryCode ?? null,
          organizationId: org?.ids[0] ?? appointedOrg ?? own?.id ?? null,
          span: this.orig(titleStart, nameEnd),
        });
      } else if (!known.title && person.title) {
        Object.assign(known, { title: person.title, capacity: person.capacity, span: this.orig(titleStart, nameEnd) });
        known.countryCode ??= country ?? org?.countryCode ?? null;
      } else {
        // COUNTRY_AT_ANY_MENTION: a later mention that gives the country ("Indian Minister of Defence X" after "Defence
        // Minister X") places the official the first left unplaced. Only a country the words name (a body read as one of
        // the world's, "the Ministry of National Defence", may be another country's of the same name).
        known.countryCode ??= person.countryCode ?? this.personQualifier(titleStart) ?? null;
      }
    }
    let people: ReturnType<typeof personNames> | null = null;
    for (const m of text.matchAll(ORG_PROPOSAL)) {
      people ??= personNames(text);
      const start = para.start + m.index!;
      if (this.mentionCache.some((x) => x.kind === 'organization' && x.start <= start && x.end >= start + 10)) continue;
      // The body's name ends where a person's name or a courtesy title begins ("… of National Defense Ramon T. Cruz", "… and The Rt Hon …").
      const cut = Math.min(
        ...people.filter((p) => p.start > m.index! && p.start < m.index! + m[1].length).map((p) => p.start - m.index!),
        /\s+(?:and\s+)?(?:The\s+)?(?:Rt|Hon|Honourable|Honorable)\b/.exec(m[1])?.index ?? m[1].length,
        // BODY_NAME_END: or where a title or another party's possessive begins ("… and Secretary X", "… Director General for …").
        proposedBodyLength(text, m),
      );
      const name = m[1]
        .slice(0, cut)
        .trim()
        .replace(/\s+(?:and|on|in)$/i, '');
      const key = `organization:${name.toLowerCase()}`;
      const known = this.proposedOrganizations.get(key);
      if (!known) {
        this.proposedOrganizations.set(key, { key, name, countryCode: this.qualifier(start), span: this.orig(start, start + name.length) });
      } else known.countryCode ??= this.qualifier(start);
    }
  }

  /** NAME_ON_RECORD: whether a name, its initials, suffixes and courtesy words set aside, is one an official on record bears (either order). */
  private onRecordName(name: string): boolean {
    const core = (n: string) =>
      n
        .split(/\s+/)
        .filter((w) => w && !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)$/u.test(w))
        .map((w) => w.toLowerCase());
    const words = core(name);
    if (words.length < 2) return false;
    const key = words.join(' ');
    const reversed = [...words].reverse().join(' ');
    return [...this.lex.officials.values()].some((o) =>
      [o.name, ...o.aliases].some((n) => {
        const k = core(n).join(' ');
        return k === key || k === reversed;
      }),
    );
  }

  /** The publisher, when a title is built on its name's last word ("Secretary of Defense" and the Department of Defense). */
  private publisherOwnTitle(title: string | null): { id: number; countryCode: string | null } | null {
    const publisher = this.options.publisherId != null ? this.lex.organizations.get(this.options.publisherId) : undefined;
    const field = publisher ? /\bof\s+(?:the\s+)?((?:National\s+)?\p{Lu}[\p{L}-]+)$/u.exec(publisher.name) : null;
    if (!title || !field || !publisher?.countryCode) return null;
    return new RegExp(`\\b(?:of|for)\\s+(?:the\\s+)?${field[1]}\\b`).test(title)
      ? { id: publisher.id, countryCode: publisher.countryCode }
      : null;
  }

  /** The words before a point name a person (on record or proposed) and no body: who "said in a statement". */
  private personSubject(start: number, at: number): boolean {
    const named = this.mentionsIn(start, at);
    if (named.some((m) => m.kind === 'organization')) return false;
    return named.some((m) => m.kind === 'official') || this.proposedIn(start, at).length > 0;
  }

  /** The country named last before a point (a country, or a body's country): whose post a designate takes when the text names no other. */
  private lastCountry(at: number): string | null {
    const before = this.seenOrganizations.filter((m) => m.end <= at && m.countryCode);
    return before.length ? before[before.length - 1].countryCode : null;
  }

  /** Proposed officials whose name (or family name, in any case) appears in a span. */
  private proposedIn(start: number, end: number): ProposedOfficial[] {
    const text = this.text.slice(start, end);
    return [...this.proposedOfficials.values()].filter((p) => {
      if (text.includes(p.name)) return true;
      const parts = p.name.split(/\s+/).filter((w) => !/^(?:Jr\.|Sr\.|II|III|IV|\p{Lu}\.)$/u.test(w));
      if (parts.length < 2) return false;
      return parts.some(
        (f, i) =>
          (i === parts.length - 1 || i === 0) &&
          f.length > 2 &&
          new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text) &&
          /\p{Lu}/u.test(text),
      );
    });
  }

  /**
   * The one proposed official whose title (two words or more) a text uses alone as a name: "The Defence Secretary has
   * met …" after "Defence Secretary Alistair Penrose" (not when a name follows the title).
   */
  private proposedByBareTitle(text: string): ProposedOfficial[] {
    const found = [...this.proposedOfficials.values()].filter((p) => {
      if (!p.title || p.title.split(/\s+/).length < 2) return false;
      const title = p.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`\\b[Tt]he\\s+${title}\\b(?!\\s+\\p{Lu})`, 'u').test(text);
    });
    const titles = new Set(found.map((p) => p.title));
    return found.length === 1 || (found.length > 1 && titles.size === found.length) ? found : [];
  }

  /** Proposed officials a transcript label names ("MINISTER TEODORO"). */
  private proposedByLabel(label: string): ProposedOfficial[] {
    const words = label.split(/\s+/).map((w) => w.toLowerCase());
    return [...this.proposedOfficials.values()].filter((p) =>
      p.name.split(/\s+/).some((w) => w.length > 2 && words.includes(w.toLowerCase())),
    );
  }

  /** The people a sentence names, most recent last: what "he", "she" and "the Secretary" can refer to. */
  private recent: { ids: number[]; proposed: string[]; span: string }[] = [];
  private rememberPeople(s: Span): void {
    for (const m of this.mentionsIn(s.start, s.end)) {
      if (this.insideQuote(m.start)) continue;
      if (m.kind === 'official' && m.ids.length === 1) this.recent.push({ ids: m.ids, proposed: [], span: m.text });
    }
    for (const p of this.proposedIn(s.start, s.end)) this.recent.push({ ids: [], proposed: [p.key], span: p.name });
    if (this.recent.length > 20) this.recent.splice(0, this.recent.length - 20);
  }

  /** REPORTER_STAYS_CENTRE: the one named as the subject of a reporting verb is the one "he" next refers to (after the party of its clause). */
  private rememberReporter(s: Span): void {
    const reporter = this.mentionsIn(s.start, s.end)
      .filter(
        (m) =>
          m.kind === 'official' &&
          m.ids.length === 1 &&
          !this.insideQuote(m.start) &&
          REPORTER_STAYS_CENTRE.after.test(this.text.slice(m.end, Math.min(s.end, m.end + 60))),
      )
      .pop();
    if (reporter) this.recent.push({ ids: reporter.ids, proposed: [], span: reporter.text });
  }

  // ---- sources ----------------------------------------------------------------------------------

  private sourceKind(noun: string): DocumentKind {
    const n = noun.toLowerCase();
    if (n.startsWith('read')) return 'READOUT';
    if (n.includes('joint')) return 'JOINT_STATEMENT';
    if (n.includes('conference') || n.includes('briefing')) return 'PRESS_CONFERENCE';
    if (n.includes('transcript')) return 'TRANSCRIPT';
    return 'PRESS_RELEASE';
  }

  private source(
    kind: DocumentKind,
    publisherId: number | null,
    speakerId: number | null,
    label: string,
    ctx: Ctx,
    proposedPublisher: string | null = null,
    proposedSpeaker: string | null = null,
  ): SourceGuess {
    // "… provided the following readout", "this release": the document itself.
    if (
      this.options.kind !== 'NEWS_ARTICLE' &&
      speakerId == null &&
      (kind === this.options.kind || /\bfollowing\b/i.test(label)) &&
      (publisherId == null || publisherId === this.options.publisherId)
    ) {
      ctx.sourcesByKind.set(kind, this.documentSource);
      ctx.source = this.documentSource;
      return this.documentSource;
    }
    const callId = ctx.call?.id ?? null;
    const key = `${kind}|${publisherId ?? proposedPublisher ?? '-'}|${speakerId ?? proposedSpeaker ?? '-'}|${callId ?? '-'}`;
    let s = this.sources.get(key);
    if (!s) {
      s = { key, kind, isDocument: false, publisherId, proposedPublisher, speakerId, proposedSpeaker, callId, label };
      this.sources.set(key, s);
    }
    ctx.sourcesByKind.set(kind, s);
    ctx.source = s;
    return s;
  }

  /** Source nouns of a sentence ("A Pentagon readout", "the release", "his press conference"), in order. */
  private sourceMentions(s: Span, ctx: Ctx, subject: () => number | null): { start: number; end: number; source: SourceGuess }[] {
    const out: { start: number; end: number; source: SourceGuess }[] = [];
    const text = this.text.slice(s.start, s.end);
    for (const m of text.matchAll(SOURCE_NOUN)) {
      const at = s.start + m.index!;
      if (this.insideQuote(at)) continue;
      const kind = this.sourceKind(m[1]);
      const before = this.text.slice(Math.max(s.start, at - 60), at);
      const definite = /\b(?:the|this|that)\s*$/i.test(before) && !/\b(?:issued|released|published)\s+(?:the|a)\s*$/i.test(before);
      // SERVICE_BEFORE_RANK (round 12): a service named in a person's rank ("Press Secretary Air Force Maj. Gen. X provided
      // the following readout") is no body issuing the document.
      const issuer = (x: Mention) => x.kind === 'organization' && !SERVICE_BEFORE_RANK.test(this.text.slice(x.end, x.end + 40));
      const orgs = this.mentionsIn(Math.max(s.start, at - 80), at).filter(issuer);
      const adjacent = this.mentionsIn(Math.max(s.start, at - 25), at).filter(issuer);
      let source: SourceGuess | null = null;
      if (kind === 'PRESS_CONFERENCE') {
        const speaker = subject();
        const publisher = speaker ? (this.lex.holding(speaker, this.documentDate())?.organizationId ?? null) : null;
        source = this.source(kind, publisher, speaker, m[0], ctx);
      } else if (adjacent.length || (!definite && orgs.length)) {
        const org = (adjacent.length ? adjacent : orgs)[(adjacent.length ? adjacent : orgs).length - 1];
        // BODY_OF_A_SIDE_NOT_ON_RECORD: the like-named body of a side not on record, proposed (after HOME_MINISTRY).
        this.rehomeMinistry(org);
        const sideBody = this.bodyOfSideNotOnRecord(org);
        // A body's "statement" in a news story is the kind of document that body issues (a readout of a call, a release).
        const issued =
          this.options.kind === 'NEWS_ARTICLE' && GENERIC_STATEMENT.test(m[1]) && !namesKind(m[1], this.remoteCall)
            ? sideBody
              ? 'PRESS_RELEASE'
              : this.bodyKind(org.ids[0])
            : kind;
        source = sideBody
          ? this.source(issued, null, null, this.text.slice(org.start, at + m[0].length), ctx, sideBody)
          : this.source(issued, org.ids[0], null, this.text.slice(org.start, at + m[0].length), ctx);
        if (GENERIC_STATEMENT.test(m[1])) this.lastStatement = source;
      } else if (!orgs.length && GENERIC_STATEMENT.test(m[1]) && this.proposedBodyIn(Math.max(s.start, at - 25), at)) {
        // PROPOSED_BODY_SPEAKS: "the DX statement", the body not on record the document proposed: its release.
        const body = this.proposedBodyIn(Math.max(s.start, at - 25), at)!;
        source = this.source('PRESS_RELEASE', null, null, this.orig(Math.max(s.start, at - 25), at + m[0].length).trim(), ctx, body);
        this.lastStatement = source;
      } else if (!definite && GENERIC_STATEMENT.test(m[1]) && STATEMENT_SETTING_BEFORE_BODY.test(before)) {
        // STATEMENT_SETTING_BEFORE_BODY: "In a statement issued late Monday in Washington, the Pentagon said …": the body
        // named after the setting, in the same clause, issued it (not a statement named earlier in the story).
        const lead = this.text.slice(at + m[0].length, Math.min(s.end, at + m[0].length + 90));
        const cut = /[;“”"]|\b(?:said|says|told|stated|added|announced)\b/.exec(lead)?.index ?? lead.length;
        const org = this.mentionsIn(at + m[0].length, at + m[0].length + cut).find((x) => x.kind === 'organization' && x.ids.length === 1);
        // PROPOSED_BODY_SPEAKS: the body named after the setting is one not on record the document proposed.
        const body = org ? null : this.proposedBodyIn(at + m[0].length, at + m[0].length + cut);
        if (body) {
          source = this.source('PRESS_RELEASE', null, null, this.orig(at, at + m[0].length + cut).trim(), ctx, body);
          this.lastStatement = source;
          out.push({ start: at + m[0].length, end: at + m[0].length + cut, source });
          continue;
        }
        if (org) {
          const issued = this.options.kind === 'NEWS_ARTICLE' && !namesKind(m[1], this.remoteCall) ? this.bodyKind(org.ids[0]) : kind;
          source = this.source(issued, org.ids[0], null, this.text.slice(at, org.end), ctx);
          this.lastStatement = source;
          out.push({ start: org.start, end: org.end, source });
          continue;
        }
      } else if (definite && GENERIC_STATEMENT.test(m[1]) && this.lastStatement) {
        // "according to the statement": the body's statement named before, whatever its kind.
        source = this.lastStatement;
        ctx.source = source;
      } else if (definite && ctx.sourcesByKind.has(kind)) {
        source = ctx.sourcesByKind.get(kind)!;
        ctx.source = source;
      } else if (
        definite &&
        this.options.kind === 'NEWS_ARTICLE' &&
        DEFINITE_BODY_DOCUMENT.test(m[1]) &&
        ctx.source &&
        bodyDocument(ctx.source)
      ) {
        // DEFINITE_BODY_DOCUMENT: "…, the release said" with no release named before: the body's document the story relays.
        source = ctx.source;
      } else if (!definite && GENERIC_STATEMENT.test(m[1]) && this.personSubject(s.start, at)) {
        // "Ana Ruiz said in a written statement": the person's own statement (read with the reporter), no body's.
      } else {
        const proposed = [...this.proposedOrganizations.values()].find((p) => before.includes(p.name));
        if (proposed)
          source = this.source(kind, null, null, this.text.slice(Math.max(s.start, at - 60), at + m[0].length), ctx, proposed.key);
        else if (ctx.sourcesByKind.has(kind)) source = ctx.sourcesByKind.get(kind)!;
      }
      if (source) out.push({ start: at, end: at + m[0].length, source });
    }
    return out;
  }

  /** The last body's "statement" a news story named (a readout or a release): what "the statement" refers to. */
  private lastStatement: SourceGuess | null = null;

  private quotesAll: Quote[] = [];
  private insideQuote(at: number): boolean {
    return this.quotesAll.some((q) => q.start <= at && at < q.end);
  }

  /**
   * A statement is dated in its originating source's time zone: the Pentagon's readout of a call
   * that began at 07:00 in Tokyo on 31 January is dated 30 January. Needs the call's start (or a
   * window of it that falls on one day there) and the publisher's (else the speaker's) country;
   * undefined when either is unknown.
   */
  private sideDate(call: LexCall, organizationId: number | null, speakerId: number | undefined): string | undefined {
    if (!call.earliestStart || !call.latestStart) return undefined;
    const code =
      (organizationId != null ? this.lex.organizations.get(organizationId)?.countryCode : undefined) ??
      (speakerId != null ? this.lex.officials.get(speakerId)?.countryCode : undefined);
    const ownZone = organizationId != null && organizationId === this.options.publisherId ? this.options.timeZone : null;
    const timeZone = ownZone ?? (code ? this.lex.data.countries.find((c) => c.code === code)?.timeZone : undefined);
    if (!timeZone) return undefined;
    const [from, to] = [dateIn(new Date(call.earliestStart), timeZone), dateIn(new Date(call.latestStart), timeZone)];
    return from === to ? from : undefined;
  }

  // ---- parties ----------------------------------------------------------------------------------

  /** The sentence being read (parties of a span look at the rest of it). */
  private currentSentence: Span | null = null;

  /** GROUP_ACCOUNT_NOT_REMARKS: in a story, words before a verb that name the talks' people together, one official's remarks the current source. */
  private groupAfterRemarks(words: string, at: number, ctx: Ctx): boolean {
    const source = ctx.source;
    if (this.options.kind !== 'NEWS_ARTICLE' || !source || source.isDocument) return false;
    if (source.kind !== 'PRESS_CONFERENCE' && source.kind !== 'TRANSCRIPT') return false;
    if (source.speakerId == null && source.proposedSpeaker == null) return false;
    const open = openingAdjunct(words);
    const { ids, proposed } = this.parties(at + open, at + words.length, ctx, []);
    return talksGroupSubject(words.slice(open), new Set(ids).size + new Set(proposed).size);
  }

  /** The text of the sentence being read (or of `[start, end)` when none is). */
  private sentenceAround(start: number, end: number): string {
    const s = this.currentSentence;
    return s && s.start <= start && s.end >= end ? this.text.slice(s.start, s.end) : this.text.slice(start, end);
  }

  /** Whether the sentence being read names an official outside `[start, end)` (a title inside the span is someone else). */
  private namedInSentence(start: number, end: number, id: number): boolean {
    const s = this.currentSentence;
    if (!s || start < s.start || end > s.end) return false;
    return [...this.mentionsIn(s.start, start), ...this.mentionsIn(end, s.end)].some(
      (m) => m.kind === 'official' && m.ids.length === 1 && m.ids[0] === id,
    );
  }

  /** Officials named, or referred to as a group or by title, in a span. */
  /** The parties a clause's subject names, leaving out those of an appositive that describes it (SUBJECT_APPOSITIVE). */
  private subjectParties(start: number, end: number, ctx: Ctx, evidence: Evidence[]): { ids: number[]; proposed: string[] } {
    const app = subjectAppositive(this.text.slice(start, end));
    // A list of countries in a COUNTRY_GROUP ("the ministers of Japan, the United States and …") is no appositive.
    const listed = [...this.text.slice(start, end).matchAll(COUNTRY_GROUP)].some(
      (m) => app && m.index! < app.start && m.index! + m[0].length > app.start,
    );
    if (app && !listed) {
      const head = this.parties(start, start + app.start, ctx, []);
      if (head.ids.length + head.proposed.length > 0) {
        const before = this.parties(start, start + app.start, ctx, evidence);
        const after = this.parties(start + app.end, end, ctx, evidence);
        return { ids: uniq([...before.ids, ...after.ids]), proposed: uniq([...before.proposed, ...after.proposed]) };
      }
    }
    return this.parties(start, end, ctx, evidence);
  }

  /** The last two different people named (recorded or proposed), when their countries are known to differ or one is unknown. */
  /** The people the subject of the sentence before `start` names (in the same paragraph): THEY_OF_PREVIOUS_SUBJECT. */
  private previousSubjectPeople(start: number, depth = 0): { ids: number[]; proposed: string[] } | null {
    const before = this.text.slice(Math.max(0, start - 400), start);
    const prev = /(?:^|\n|[.!?]["”’]?\s+)((?:\d+\.\s+)?)([^.!?\n]{8,350}[.!?]["”’]?)\s*$/.exec(before);
    if (!prev) return null;
    const at = start - before.length + before.lastIndexOf(prev[2]);
    const subject = prev[2].slice(0, subjectLength(prev[2]));
    if (!subject.trim()) return null;
    // A "They" before it too ("A and B welcomed …. They reaffirmed …. They underscored …"): the subject that one refers to.
    if (/^\s*they\s*$/i.test(subject)) return depth < 3 ? this.previousSubjectPeople(at, depth + 1) : null;
    const ids = uniq(
      this.lex
        .mentions(this.text, at, at + subject.length)
        .filter((x) => x.kind === 'official' && x.ids.length === 1)
        .map((x) => x.ids[0]),
    );
    return { ids, proposed: this.proposedIn(at, at + subject.length).map((p) => p.key) };
  }

  /**
   * COUNTRY_GROUP: the people a list of countries stands for, one per country: its participant in the talks (recorded,
   * else reported), else the one official of that country the text proposes. Null unless two countries or more, each
   * with exactly one.
   */
  private countryGroup(start: number, end: number, participants: number[]): { ids: number[]; proposed: string[] } | null {
    const codes = uniq(
      this.lex.mentions(this.text, start, end).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : [])),
    );
    if (codes.length < 2) return null;
    const people = participants.length ? participants : (this.reported?.participantIds ?? []);
    const proposedPeople = participants.length ? [] : (this.reported?.proposedParticipants ?? []);
    const ids: number[] = [];
    const proposed: string[] = [];
    // GROUP_COUNTRY_OF_NEWCOMER (round 11): the one participant of the talks whose country the text never gave ("officer-in-charge
    // X had a call with Secretary Y") is the one country of the group left over once the others have theirs: "Top officials
    // from A and B" after a call of Y (B) with X are Y and X, and X is of A.
    const unplaced = proposedPeople.filter((k) => this.proposedOfficials.get(k)?.countryCode == null);
    const placed = (code: string) =>
      people.some((p) => this.lex.officials.get(p)?.countryCode === code) ||
      proposedPeople.some((k) => this.proposedOfficials.get(k)?.countryCode === code);
    const leftOver = codes.filter((c) => !placed(c));
    // GROUP_COUNTRY_OF_LONE_NEWCOMER (round 12): before any talks are known ("Japanese and Chilean defense ministers met …"
    // opening the story), the one official the text proposes with no country stands for the one country of the group no
    // one else named stands for.
    const loose = proposedPeople.length ? [] : [...this.proposedOfficials.values()].filter((p) => !p.countryCode && p.title);
    const named = (code: string) =>
      people.some((p) => this.lex.officials.get(p)?.countryCode === code) ||
      [...this.proposedOfficials.values()].some((p) => p.countryCode === code && p.title) ||
      this.namedInText().some((id) => this.lex.officials.get(id)?.countryCode === code);
    const nobody = loose.length === 1 ? codes.filter((c) => !named(c)) : [];
    for (const code of codes) {
      const theirs = people.filter((p) => this.lex.officials.get(p)?.countryCode === code);
      let keys = proposedPeople.filter((k) => this.proposedOfficials.get(k)?.countryCode === code);
      if (
        theirs.length + keys.length === 0 &&
        unplaced.length === 1 &&
        leftOver.length === 1 &&
        people.length + proposedPeople.length === codes.length
      )
        keys = unplaced;
      if (theirs.length + keys.length === 0)
        keys = [...this.proposedOfficials.values()].filter((p) => p.countryCode === code && p.title).map((p) => p.key);
      // …else the one official of that country on record the text names.
      if (theirs.length + keys.length === 0)
        theirs.push(...this.namedInText().filter((id) => this.lex.officials.get(id)?.countryCode === code));
      if (theirs.length + keys.length === 0 && nobody.length === 1 && nobody[0] === code) keys = [loose[0].key];
      if (theirs.length + keys.length !== 1) return null;
      if (keys === unplaced) this.proposedOfficials.get(unplaced[0])!.countryCode = code;
      if (keys.length === 1 && loose[0]?.key === keys[0]) loose[0].countryCode = code;
      ids.push(...theirs);
      proposed.push(...keys);
    }
    return { ids, proposed };
  }

  /** The widest COUNTRY_GROUP of three countries or more in a span, resolved (see countryGroup), else null. */
  private groupOfCountries(start: number, end: number): { ids: number[]; proposed: string[]; subject: boolean } | null {
    let best: { ids: number[]; proposed: string[]; subject: boolean } | null = null;
    const text = this.text.slice(start, end);
    const lineEnd = DATELINE.exec(text)?.[0].length ?? 0;
    for (const m of text.matchAll(COUNTRY_GROUP)) {
      const list = m[1] ?? m[2];
      const at = start + m.index! + m[0].indexOf(list);
      const found = this.countryGroup(at, at + list.length, []);
      // The subject: the group opens the sentence (after its dateline).
      const group = found && { ...found, subject: /^[\s—–-]*$/.test(text.slice(lineEnd, m.index)) };
      if (
        group &&
        group.ids.length + group.proposed.length >= 3 &&
        (!best || group.ids.length + group.proposed.length > best.ids.length + best.proposed.length)
      )
        best = group;
    }
    return best;
  }

  /** GROUP_ENGAGEMENT: a COUNTRY_GROUP of exactly two countries in a span, resolved (see countryGroup), else null. */
  private pairOfCountries(start: number, end: number): { ids: number[]; proposed: string[] } | null {
    const text = this.text.slice(start, end);
    for (const m of text.matchAll(COUNTRY_GROUP)) {
      const list = m[1] ?? m[2];
      const at = start + m.index! + m[0].indexOf(list);
      const found = this.countryGroup(at, at + list.length, []);
      if (found && found.ids.length + found.proposed.length === 2) return found;
    }
    return null;
  }

  private namedOfficials: number[] | null = null;
  /** The officials on record the whole text names (read once, when first asked). */
  private namedInText(): number[] {
    this.namedOfficials ??= uniq(
      this.lex
        .mentions(this.text, 0, this.text.length)
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => m.ids[0]),
    );
    return this.namedOfficials;
  }

  private lastTwoNamed(): { ids: number[]; proposed: string[] } | null {
    const seen: { id: number | null; key: string | null; country: string | null }[] = [];
    for (const r of [...this.recent].reverse()) {
      const id = r.ids.length === 1 ? r.ids[0] : null;
      const key = r.proposed.length === 1 ? r.proposed[0] : null;
      if ((id == null) === (key == null) || seen.some((x) => x.id === id && x.key === key)) continue;
      const country =
        id != null ? (this.lex.officials.get(id)?.countryCode ?? null) : (this.proposedOfficials.get(key!)?.countryCode ?? null);
      seen.push({ id, key, country });
      if (seen.length === 2) break;
    }
    if (seen.length !== 2 || (seen[0].country != null && seen[0].country === seen[1].country)) return null;
    return { ids: seen.flatMap((x) => (x.id != null ? [x.id] : [])), proposed: seen.flatMap((x) => (x.key != null ? [x.key] : [])) };
  }

  private parties(
    start: number,
    end: number,
    ctx: Ctx,
    evidence: Evidence[],
    field = 'party',
    depth = 0,
  ): { ids: number[]; proposed: string[] } {
    const ids: number[] = [];
    const text = this.text.slice(start, end);
    const date = ctx.call?.date ?? this.documentDate();
    const participants = ctx.call?.participantIds ?? [];
    for (const m of this.mentionsIn(start, end)) {
      if (m.kind === 'official') {
        if (RECIPIENT_TO.test(this.text.slice(Math.max(start, m.start - 60), m.start))) continue;
        let chosen = m.ids;
        if (m.ids.length > 1) chosen = m.ids.filter((id) => participants.includes(id));
        // NAME_HELD_ON_THE_DAY (round 13): a family name two officials share ("Minister Lee"), none of them in a call on record:
        // the one who held a post on the document's day.
        if (m.ids.length > 1 && chosen.length !== 1) {
          const holding = m.ids.filter((id) => this.lex.holding(id, date) != null);
          if (holding.length === 1) chosen = holding;
        }
        if (chosen.length === 1) {
          ids.push(chosen[0]);
          evidence.push({
            field,
            value: this.lex.officials.get(chosen[0])!.name,
            span: this.orig(m.start, m.end),
            rule: m.rule,
            confidence: m.confidence,
          });
        }
      } else if (m.kind === 'title') {
        // "Minister of Defense" inside "Vice Minister of Defense" is another post.
        if (
          /(?:Vice|Deputy|State|Under|Assistant|Senior|Parliamentary|Prime)\s+$/.test(this.text.slice(Math.max(0, m.start - 20), m.start))
        )
          continue;
        // "Defense Minister nominee Park": not the holder of the title.
        if (/^\s*(?:-\s*)?(?:nominee|designate|candidate|pick)\b/i.test(this.text.slice(m.end, m.end + 14))) continue;
        // A title directly before a name is part of that name's mention.
        if (this.mentionsIn(m.end, Math.min(end, m.end + 2)).some((x) => x.kind === 'official')) continue;
        if (
          /^(?:[- ](?:designate|nominee|elect))?\s+[A-Z][a-z]/.test(this.text.slice(m.end, m.end + 14)) &&
          this.proposedIn(m.end, Math.min(this.text.length, m.end + 50)).length
        )
          continue;
        let holders = this.lex.holders(m.title!, date, this.qualifier(m.start));
        if (holders.length > 1 && participants.length) holders = holders.filter((h) => participants.includes(h));
        if (holders.length === 1) {
          ids.push(holders[0]);
          evidence.push({
            field,
            value: this.lex.officials.get(holders[0])!.name,
            span: this.orig(m.start, m.end),
            rule: `${m.rule} held on ${date ?? 'the day'}`,
            confidence: 0.75,
          });
        }
      }
    }
    const titled: string[] = [];
    for (const m of text.matchAll(GENERIC_TITLE)) {
      const word = m[2];
      // RECIPIENT_NOT_PARTY: "… asked me to tell the Minister that …": who is told a position does not take it.
      if (RECIPIENT_BEFORE.test(text.slice(0, m.index))) continue;
      // TITLE_DOMAIN: "the Defence Secretary" is a holder whose title names defence; NAMED_ELSEWHERE: a title and a name in one
      // sentence are two people ("The Defence Secretary set out …, which Secretary X welcomed").
      const fits = (id: number) =>
        (!m[1] || new RegExp(DOMAIN_WORD(m[1])).test(this.lex.holding(id, date, word)?.title ?? '')) &&
        !this.namedInSentence(start, end, id);
      let holders = participants.filter((p) => this.lex.holding(p, date, word) && fits(p));
      let rule = `"the ${word}": the call's participant with that title`;
      if (holders.length !== 1) {
        // Else the last person named who holds that title, recorded or proposed.
        const last = [...this.recent]
          .reverse()
          .find(
            (r) =>
              (r.ids.length === 1 && this.lex.holding(r.ids[0], date, word) && fits(r.ids[0])) ||
              (r.proposed.length === 1 && new RegExp(`\\b${word}\\b`).test(this.proposedOfficials.get(r.proposed[0])?.title ?? '')),
          );
        holders = last?.ids ?? [];
        if (last?.proposed.length) titled.push(last.proposed[0]);
        rule = `"the ${word}": the last person named with that title`;
      }
      if (holders.length === 1) {
        ids.push(holders[0]);
        evidence.push({
          field,
          value: this.lex.officials.get(holders[0])!.name,
          span: this.orig(start + m.index!, start + m.index! + m[0].length),
          rule,
          confidence: 0.7,
        });
      }
    }
    for (const m of text.matchAll(DEFENSE_HEAD_DESCRIPTION)) {
      if (RECIPIENT_BEFORE.test(text.slice(0, m.index))) continue;
      const at = start + m.index!;
      const codes = new Set(
        this.mentionsIn(at, at + m[0].length).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : [])),
      );
      if (/Pentagon/.test(m[0])) codes.add('US');
      if (codes.size !== 1) continue;
      const people = participants.length ? participants : (this.reported?.participantIds ?? []);
      const theirs = people.filter((p) => codes.has(this.lex.officials.get(p)?.countryCode ?? '') && !this.namedInSentence(start, end, p));
      // …or the proposed participant of that country in the talks the text reports ("the Philippine defense chief").
      const proposedTheirs = participants.length
        ? []
        : (this.reported?.proposedParticipants ?? []).filter((k) => codes.has(this.proposedOfficials.get(k)?.countryCode ?? ''));
      if (theirs.length + proposedTheirs.length !== 1) continue;
      ids.push(...theirs);
      titled.push(...proposedTheirs);
      evidence.push({
        field,
        value: theirs.length ? this.lex.officials.get(theirs[0])!.name : proposedTheirs[0],
        span: this.orig(at, at + m[0].length),
        rule: m[2]
          ? "COUNTRY_DESCRIBED_OFFICIAL: the <country> minister/secretary: that country's participant in the talks"
          : "a description of a country's head of defence: that country's participant in the talks",
        confidence: 0.65,
      });
    }
    // The spans of the groups so resolved: a group word inside one ("The defense ministers" of "… of A and B") is not read again.
    const grouped: [number, number][] = [];
    for (const m of text.matchAll(COUNTRY_GROUP)) {
      if (RECIPIENT_BEFORE.test(text.slice(0, m.index))) continue;
      const list = m[1] ?? m[2];
      const at = start + m.index! + m[0].indexOf(list);
      const group = this.countryGroup(at, at + list.length, participants);
      if (!group) continue;
      grouped.push([m.index!, m.index! + m[0].length]);
      ids.push(...group.ids);
      titled.push(...group.proposed);
      evidence.push({
        field,
        value: [...group.ids.map((id) => this.lex.officials.get(id)?.name), ...group.proposed].join(', '),
        span: this.orig(start + m.index!, start + m.index! + m[0].length),
        rule: "COUNTRY_GROUP: officials named as a group by their countries: each country's participant in the talks, else its official named",
        confidence: 0.65,
      });
    }
    // BARE_TITLE_SUBJECT: a proposed official's title with no article opening the clause ("Raksha Mantri highlighted …"),
    // as some governments' releases write the minister's title as a proper noun: that official, when one holds it.
    if (ids.length === 0 && titled.length === 0) {
      const bare = [...this.proposedOfficials.values()].filter(
        (p) =>
          p.title &&
          p.title.split(/\s+/).length >= 2 &&
          text.trim().startsWith(p.title) &&
          /^(?:\s+\p{Ll}|\s*$)/u.test(text.trim().slice(p.title.length)),
      );
      if (bare.length === 1) titled.push(bare[0].key);
    }
    // HEAD_OF_BODY as a party: "The Head of the MND presented …", as Polish and other ministries' English releases name their
    // minister by the body he heads: the minister who heads it (proposed or on record).
    const head = ids.length === 0 && titled.length === 0 ? HEAD_OF_BODY.exec(text) : null;
    const headed = head && !RECIPIENT_BEFORE.test(text.slice(0, head.index)) ? this.headOf(head[1] ?? head[2]) : null;
    if (head && headed) {
      ids.push(...headed.ids);
      titled.push(...headed.proposed);
      evidence.push({
        field,
        value: [...headed.ids.map((id) => this.lex.officials.get(id)?.name), ...headed.proposed].join(', '),
        span: this.orig(start + head.index, start + head.index + head[0].length),
        rule: `"the head of ${head[1] ?? head[2]}": the minister who heads it`,
        confidence: 0.65,
      });
    }
    const signing = this.signatoriesOf(ctx);
    for (const m of text.matchAll(GROUP)) {
      if (grouped.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
      // GROUP_OF_ITS_SIZE (round 10): "the three ministers", "the four" are a group of that many: not talks of another size.
      const counted = /\b(two|three|four)\b/i.exec(m[0])?.[1].toLowerCase();
      const size = counted ? { two: 2, three: 3, four: 4 }[counted as 'two' | 'three' | 'four'] : null;
      // (Not a part of a wider subject: "The Secretary and the two Ministers" are three.)
      const wrongSize = (n: number) => size != null && n !== size && !/\band\s+$/i.test(text.slice(0, m.index));
      // A joint statement with no recorded call: "the Ministers", "they" are its signatories, not whoever the text reports meeting.
      if (!participants.length && signing.ids.length + signing.proposed.length >= 2) {
        if (wrongSize(signing.ids.length + signing.proposed.length)) continue;
        // THEY_OF_PREVIOUS_SUBJECT: "They" after a sentence whose subject is some of the signatories ("Minister A and Minister
        // B welcomed Secretary C …. They reaffirmed …"): those, not all who signed.
        const some = /^they$/i.test(m[0]) ? this.previousSubjectPeople(start) : null;
        const subset =
          some &&
          some.ids.length + some.proposed.length >= 2 &&
          some.ids.every((x) => signing.ids.includes(x)) &&
          some.proposed.every((x) => signing.proposed.includes(x)) &&
          some.ids.length + some.proposed.length < signing.ids.length + signing.proposed.length;
        if (subset) {
          ids.push(...some.ids);
          titled.push(...some.proposed);
          evidence.push({
            field,
            value: 'the subject of the sentence before',
            span: this.orig(start + m.index!, start + m.index! + m[0].length),
            rule: 'THEY_OF_PREVIOUS_SUBJECT: "They" after a sentence whose subject is some of the signatories: those',
            confidence: 0.7,
          });
          continue;
        }
        const signed = this.ofThePost(m[0], signing.ids, signing.proposed, date);
        ids.push(...signed.ids);
        titled.push(...signed.proposed);
        evidence.push({
          field,
          value: 'the signatories of the joint statement',
          span: this.orig(start + m.index!, start + m.index! + m[0].length),
          rule: `group "${m[0]}" in a joint statement: its signatories`,
          confidence: 0.8,
        });
        continue;
      }
      // No recorded call: the people of the call or meeting the text reports.
      if (
        !participants.length &&
        this.reported &&
        this.reported.participantIds.length + this.reported.proposedParticipants.length >= 2 &&
        !wrongSize(this.reported.participantIds.length + this.reported.proposedParticipants.length)
      ) {
        const met = this.ofThePost(m[0], this.reported.participantIds, this.reported.proposedParticipants, date);
        ids.push(...met.ids);
        titled.push(...met.proposed);
        evidence.push({
          field,
          value: 'the participants of the call the text reports (not on record)',
          span: this.orig(start + m.index!, start + m.index! + m[0].length),
          rule: `group "${m[0]}": the people of the reported meeting`,
          confidence: 0.6,
        });
      }
      // GROUP_OF_LAST_NAMED: no call on record or reported, "both ministers", "the two": the last two people named, of two
      // countries (as a reader takes them from the sentences before).
      else if (!participants.length && /\b(?:both|two|pair)\b/i.test(m[0])) {
        const pair = this.lastTwoNamed();
        if (pair) {
          ids.push(...pair.ids);
          titled.push(...pair.proposed);
          evidence.push({
            field,
            value: 'the last two people named',
            span: this.orig(start + m.index!, start + m.index! + m[0].length),
            rule: `GROUP_OF_LAST_NAMED: group "${m[0]}" with no call: the last two people named, of two countries`,
            confidence: 0.5,
          });
        }
      }
      if (participants.length && !wrongSize(participants.length)) {
        ids.push(...participants);
        evidence.push({
          field,
          value: participants.map((p) => this.lex.officials.get(p)?.name).join(' and '),
          span: this.orig(start + m.index!, start + m.index! + m[0].length),
          rule: `group "${m[0]}": the participants of the call`,
          confidence: 0.8,
        });
      }
    }
    // "Japan", "The United States" as the subject of a joint statement's sentence: that country's signatories.
    if (ids.length === 0 && titled.length === 0 && signing.ids.length + signing.proposed.length >= 2) {
      const codes = new Set(this.mentionsIn(start, end).flatMap((m) => (m.kind === 'country' && m.countryCode ? [m.countryCode] : [])));
      const theirs = signing.ids.filter((id) => codes.has(this.lex.officials.get(id)?.countryCode ?? ''));
      const proposedTheirs = signing.proposed.filter((k) => codes.has(this.proposedOfficials.get(k)?.countryCode ?? ''));
      if (theirs.length + proposedTheirs.length && theirs.length + proposedTheirs.length < signing.ids.length + signing.proposed.length) {
        ids.push(...theirs);
        titled.push(...proposedTheirs);
        evidence.push({
          field,
          value: 'the signatories of the country named',
          span: '',
          rule: 'a country as subject in a joint statement',
          confidence: 0.6,
        });
      }
    }
    // "We", "They", "The Ministers", "The three ministers" in a joint statement: its signatories.
    if (
      ids.length === 0 &&
      titled.length === 0 &&
      signing.ids.length + signing.proposed.length >= 2 &&
      SIGNATORY_REFERENCE.test(text.trim())
    ) {
      ids.push(...signing.ids);
      titled.push(...signing.proposed);
      evidence.push({
        field,
        value: 'the signatories of the joint statement',
        span: text.trim().split(/\s/)[0],
        rule: 'signatory reference in a joint statement',
        confidence: 0.8,
      });
    }
    // A government by its country's or capital's name as the whole subject ("Washington would keep …"): its official in the call.
    // SENTENCE_INITIAL_THE (round 17): "The United States reiterated …": the article the sentence opens with, capitalised, is
    // the running text's "the United States".
    // (TALKS_NOT_ON_RECORD, round 18: for a side, "the U.S. side", with no call on record: the people of the call the text
    // reports, proposed or not. Not a country's name alone, which a speaker also uses to describe it: "Germany is emerging as …".)
    const sideWords = SIDE_OF_COUNTRY.test(text);
    const talks =
      participants.length || !sideWords
        ? { ids: participants, proposed: [] as string[] }
        : { ids: this.reported?.participantIds ?? [], proposed: this.reported?.proposedParticipants ?? [] };
    const government =
      ids.length === 0 && titled.length === 0 && talks.ids.length + talks.proposed.length
        ? (governmentSubject(text) ??
          governmentSubject(text.replace(/^\s*The\s+/, 'the ')) ??
          // SIDE_AS_GOVERNMENT (round 18): "The U.S. side", "the American side", "the Japanese government" as the whole subject,
          // as ministries' English releases and translated stories name a party of talks: that country's official in them.
          (sideWords ? sideCountry(text.replace(SIDE_OF_COUNTRY, '')) : null))
        : null;
    const side = government ? talks.ids.filter((p) => this.lex.officials.get(p)?.countryCode === government) : [];
    const proposedSide = government ? talks.proposed.filter((k) => this.proposedOfficials.get(k)?.countryCode === government) : [];
    // UNNAMED_COUNTERPART: "Ishizaki and a senior Pentagon official agreed …": an official left unnamed beside a participant of
    // the talks is the participant from that body's or country's side.
    const unnamed = participants.length ? UNNAMED_OFFICIAL.exec(text) : null;
    if (unnamed && ids.some((id) => participants.includes(id))) {
      const at = start + unnamed.index + unnamed[0].length - unnamed[1].length;
      const codes = this.mentionsIn(at, at + unnamed[1].length).flatMap((m) => (m.countryCode ? [m.countryCode] : []));
      const theirs = participants.filter((p) => !ids.includes(p) && codes.includes(this.lex.officials.get(p)?.countryCode ?? ''));
      if (theirs.length === 1) {
        ids.push(theirs[0]);
        evidence.push({
          field,
          value: this.lex.officials.get(theirs[0])!.name,
          span: unnamed[1],
          rule: "an unnamed official of a side beside a participant: that side's participant in the talks",
          confidence: 0.6,
        });
      }
    }
    // GOVERNMENTS_PAIR: "Japan and the United States agreed …": each country's official in the talks.
    const pair = ids.length === 0 && titled.length === 0 && participants.length ? /^\s*(.+?)\s+and\s+(.+?)\s*$/.exec(text) : null;
    const sides = pair
      ? [pair[1], pair[2]].map((w) => {
          const code = governmentSubject(w);
          const of = code ? participants.filter((p) => this.lex.officials.get(p)?.countryCode === code) : [];
          return of.length === 1 ? of[0] : null;
        })
      : [];
    if (sides.length === 2 && sides[0] != null && sides[1] != null && sides[0] !== sides[1]) {
      ids.push(sides[0], sides[1]);
      evidence.push({
        field,
        value: 'both governments',
        span: text.trim(),
        rule: `${GOVERNMENT_SUBJECT} (two countries)`,
        confidence: 0.6,
      });
    }
    // COUNTRIES_OF_THE_TALKS (round 16): "the two countries", "both nations" as the whole subject ("During the meeting, the two
    // countries agreed …"): the people of the talks, recorded, else the call the text reports (its proposed people too).
    // (Not the subject of a clause someone's words report: "He emphasized that both nations must …" is his.)
    if (
      ids.length === 0 &&
      titled.length === 0 &&
      COUNTRIES_AS_GROUP.test(text) &&
      !/\b(?:that|said|says)\s*$/i.test(this.text.slice(Math.max(0, start - 12), start))
    ) {
      const counted = /\b(two|three|four)\b/i.exec(text)?.[1].toLowerCase();
      const size = counted ? { two: 2, three: 3, four: 4 }[counted as 'two' | 'three' | 'four'] : 2;
      const people = participants.length
        ? { ids: participants, proposed: [] as string[] }
        : this.reported
          ? { ids: this.reported.participantIds, proposed: this.reported.proposedParticipants }
          : { ids: [], proposed: [] };
      const countries = new Set([
        ...people.ids.map((p) => this.lex.officials.get(p)?.countryCode ?? null),
        ...people.proposed.map((k) => this.proposedOfficials.get(k)?.countryCode ?? null),
      ]);
      if (countries.size === size && !countries.has(null)) {
        ids.push(...people.ids);
        titled.push(...people.proposed);
        evidence.push({
          field,
          value: 'the people of the talks',
          span: text.trim(),
          rule: COUNTRIES_OF_THE_TALKS,
          confidence: 0.6,
        });
      }
    }
    // PASSIVE_AGENT (round 18): a stance in the passive with its agent after "by" ("The application of Article 5 to the islands
    // was confirmed by the two ministers", "… was reaffirmed by telephone talks between A and B"): the agent's people.
    const agent =
      ids.length === 0 && titled.length === 0 && PASSIVE_SUBJECT.test(text) ? PASSIVE_AGENT.exec(this.text.slice(end, end + 200)) : null;
    if (agent && depth < 1) {
      const from = end + agent.index + agent[0].length - agent[1].length;
      const by = this.parties(from, from + agent[1].length, ctx, evidence, field, depth + 1);
      ids.push(...by.ids);
      titled.push(...by.proposed);
    }
    // MEETING_AS_SUBJECT (round 17): "The call reaffirmed …", "Discussions focused on …": the people of the talks.
    // PASSIVE_OF_THE_TALKS (round 17): "Progress was reviewed …": so are the unnamed agents of a stance in the passive.
    if (
      ids.length === 0 &&
      titled.length === 0 &&
      (this.meetingAsSubject(start, end) ||
        (PASSIVE_SUBJECT.test(text) &&
          PASSIVE_STANCE_VERB.test(this.text.slice(start, Math.min(this.text.length, end + 200)).split(/(?<=[.!?])\s/)[0])))
    ) {
      const people = participants.length
        ? { ids: participants, proposed: [] as string[] }
        : this.reported
          ? { ids: this.reported.participantIds, proposed: this.reported.proposedParticipants }
          : { ids: [], proposed: [] };
      if (people.ids.length + people.proposed.length >= 2) {
        ids.push(...people.ids);
        titled.push(...people.proposed);
        evidence.push({ field, value: 'the people of the talks', span: text.trim(), rule: MEETING_AS_SUBJECT_RULE, confidence: 0.6 });
      }
    }
    if (side.length === 0 && proposedSide.length === 1) {
      titled.push(proposedSide[0]);
      evidence.push({ field, value: proposedSide[0], span: text.trim(), rule: GOVERNMENT_SUBJECT, confidence: 0.6 });
    }
    // SIDE_OF_A_DELEGATION (round 18): "the U.S. side" at talks where that country had two people (a 2+2) is both of them; a
    // country's or capital's name alone ("Washington would …") stays one person or none.
    if ((side.length === 1 || (sideWords && side.length > 1)) && proposedSide.length === 0) {
      ids.push(...side);
      evidence.push({
        field,
        value: side.map((x) => this.lex.officials.get(x)!.name).join(', '),
        span: text.trim(),
        rule: side.length > 1 ? SIDE_OF_A_DELEGATION : GOVERNMENT_SUBJECT,
        confidence: 0.6,
      });
    }
    // "He" or "She" as the subject: the last person named. (CONNECTIVE_BEFORE_PRONOUN, round 13: also after a connective
    // that opens the sentence, "Furthermore, he …", "As part of this, she …", as releases go on about one person.)
    const last = this.recent[this.recent.length - 1];
    if (
      ids.length === 0 &&
      titled.length === 0 &&
      last &&
      new RegExp(String.raw`^\s*(?:${CONNECTIVE_BEFORE_PRONOUN.source})?(?:[Hh]e|[Ss]he)\b`, 'u').test(text)
    ) {
      ids.push(...last.ids);
      titled.push(...last.proposed);
      evidence.push({ field, value: last.span, span: text.trim().split(/\s/)[0], rule: 'pronoun: the last person named', confidence: 0.6 });
    }
    // BARE_TITLE_OF_LAST_NAMED (round 13): "In particular, Secretary mentioned …", a title with no article nor name as the whole
    // subject (as some ministries' English drops the article): the last person named who holds it, recorded or proposed.
    const bare = ids.length === 0 && titled.length === 0 ? BARE_TITLE_SUBJECT.exec(text) : null;
    if (bare) {
      const word = bare[1];
      const last = [...this.recent]
        .reverse()
        .find(
          (r) =>
            (r.ids.length === 1 && r.proposed.length === 0 && this.lex.holding(r.ids[0], date, word)) ||
            (r.ids.length === 0 &&
              r.proposed.length === 1 &&
              new RegExp(`\\b${word}\\b`).test(this.proposedOfficials.get(r.proposed[0])?.title ?? '')),
        );
      if (last) {
        ids.push(...last.ids);
        titled.push(...last.proposed);
        evidence.push({
          field,
          value: last.span,
          span: word,
          rule: 'BARE_TITLE_OF_LAST_NAMED: a bare title as subject: the last person named who holds it',
          confidence: 0.55,
        });
      }
    }
    const proposed = uniq([...this.proposedIn(start, end).map((p) => p.key), ...titled]);
    for (const key of proposed) {
      const p = this.proposedOfficials.get(key)!;
      evidence.push({ field, value: `${p.name} (new)`, span: p.span, rule: 'name not on record: proposed', confidence: 0.6 });
    }
    return { ids: uniq(ids), proposed };
  }

  // ---- a sentence -------------------------------------------------------------------------------

  private sentence(s: Span, quotes: Quote[], ctx: Ctx): Passage[] {
    this.quotesAll = quotes;
    this.currentSentence = s;
    const passages: Passage[] = [];
    // The headline repeated as the first line ("Hegseth says …") is the story's title, not a passage.
    if (this.options.title && isTitle(this.text.slice(s.start, s.end), this.options.title)) return passages;
    // Words of people outside the governments ("critics said", "said Lee, an opposition lawmaker") take no position of theirs.
    if (this.options.kind === 'NEWS_ARTICLE' && this.outsidersSpeak(s, quotes)) {
      this.outsiderEnd = s.end;
      return passages;
    }
    // OUTSIDER_GOES_ON: a quotation standing alone right after an outsider's quoted words ("“…,” said X, a professor. “…”")
    // is the rest of their words: no position either.
    if (
      this.outsiderEnd >= 0 &&
      /^\s*$/.test(this.text.slice(this.outsiderEnd, s.start)) &&
      quotes.length > 0 &&
      /^[\s.,!?]*$/.test(this.text.slice(s.start, quotes[0].start) + this.text.slice(quotes[quotes.length - 1].end, s.end))
    ) {
      this.outsiderEnd = s.end;
      return passages;
    }
    const out = (start: number, end: number) => quotes.filter((q) => q.start < end && q.end > start);
    const passageQuote = (q: Quote) => wordCount(this.text.slice(q.innerStart, q.innerEnd)) >= 6;
    let bigQuotes = quotes.filter(passageQuote);
    const mentions = this.mentionsIn(s.start, s.end).filter((m) => !this.insideQuote(m.start));
    const subjectOfficial = (): number | null => {
      const evidence: Evidence[] = [];
      const first = mentions.find((m) => m.kind === 'official' || m.kind === 'title');
      if (!first) return null;
      const { ids } = this.parties(first.start, first.end, ctx, evidence);
      return ids.length === 1 ? ids[0] : null;
    };
    // The official reporting in this sentence: the one right before a reporting verb, else the first named.
    const reportingOfficial = (): number | null => {
      for (const m of this.text.slice(s.start, s.end).matchAll(REPORTING)) {
        const at = s.start + m.index!;
        const before = mentions.filter((x) => (x.kind === 'official' || x.kind === 'title') && x.end <= at && at - x.end < 40);
        if (before.length) {
          const { ids } = this.parties(before[before.length - 1].start, before[before.length - 1].end, ctx, []);
          if (ids.length === 1) return ids[0];
        }
      }
      return subjectOfficial();
    };
    const sourceMentions = this.sourceMentions(s, ctx, reportingOfficial);

    // PRONOUN_FOR_RUNNING_SPOKESPERSON: remember the spokesperson who reported last; anyone else reporting ends it.
    const reporterAt = (from: number, to: number): Reporter => {
      const r = reporterAtRaw(from, to);
      if (r.rule.startsWith('a spokesperson of the body')) this.runningSpokes = { reporter: r, block: this.blockIndex, start: s.start };
      else if (r.kind !== 'none' && this.runningSpokes && this.runningSpokes.start < s.start) this.runningSpokes = null;
      return r;
    };
    const reporterAtRaw = (from: number, to: number): Reporter => {
      const sources = sourceMentions.filter((x) => x.start >= from && x.end <= to);
      let people = mentions.filter((x) => (x.kind === 'official' || x.kind === 'title') && x.start >= from && x.end <= to);
      // SUBJECT_APPOSITIVE: "Lee, who succeeded Park last year, said": the reporter is the head, not the one its description names.
      const app = subjectAppositive(this.text.slice(from, to));
      if (app && people.some((x) => x.end <= from + app.start))
        people = people.filter((x) => x.end <= from + app.start || x.start >= from + app.end);
      const lastSource = sources[sources.length - 1];
      const lastPerson = people[people.length - 1];
      const relayedJoint = this.relayedJointStatement(from, to, people.length > 0, ctx, s.start);
      if (relayedJoint) return relayedJoint;
      // "Ahn's office", "the minister's spokesperson": the person's organization speaks.
      const office = /[’']s\s+(?:office|ministry|department|spokes(?:person|man|woman)|aides?)\b/.exec(this.text.slice(from, to));
      const owner = office
        ? mentions.filter((x) => x.kind === 'official' && x.ids.length === 1 && x.start >= from && x.end <= to).pop()
        : undefined;
      // POSSESSIVE_PRONOUN_OFFICE: "his office said", "her ministry said": the office of the one "he" / "she" refers to (the
      // last person named), as "X's office" names X's.
      const pronounOffice =
        !owner && /^\s*(?:his|her)\s+(?:office|ministry|department|spokes(?:person|man|woman))\s*$/i.test(this.text.slice(from, to));
      const referent = pronounOffice ? [...this.recent].reverse().find((r) => r.ids.length + r.proposed.length === 1) : undefined;
      const ownerOrg = owner
        ? this.lex.holding(owner.ids[0], this.documentDate())?.organizationId
        : referent?.ids.length
          ? this.lex.holding(referent.ids[0], this.documentDate())?.organizationId
          : undefined;
      if (ownerOrg != null)
        return sourceReporter(
          this.source(this.bodyKind(ownerOrg), ownerOrg, null, this.orig(from, to).trim(), ctx),
          this.orig(from, to).trim(),
          `organization as reporter (${office?.[0].trim() ?? this.text.slice(from, to).trim()} of ${owner?.text ?? referent!.span})`,
          0.7,
        );
      // PRONOUN_FOR_RUNNING_SPOKESPERSON: "…, she said." after the spokesperson's sentence is the spokesperson.
      const running = this.runningSpokes;
      if (
        running &&
        running.start < s.start &&
        this.blockIndex - running.block <= PRONOUN_FOR_RUNNING_SPOKESPERSON.paragraphs &&
        PRONOUN_FOR_RUNNING_SPOKESPERSON.pronoun.test(this.text.slice(from, to).replace(/^[^]*[,;]/, ''))
      )
        return {
          ...running.reporter,
          span: this.orig(from, to).trim(),
          rule: `${running.reporter.rule}, ${PRONOUN_FOR_RUNNING_SPOKESPERSON.name}`,
        };
      // "Amundsen said" after "Pentagon spokesman Col. Derek Amundsen said …": the spokesperson again, the body's words.
      // SPOKESPERSON_NAMED_AGAIN: also as the last words before the verb ("In a statement on the call, Roe said …").
      // (SPOKESPERSON_NAMED_BEFORE_TITLE: "X also said" / "X further noted": the adverb after the name is not part of it.)
      const named = this.text.slice(from, to).trim().replace(SPOKESPERSON_NAMED_BEFORE_TITLE.adverb, '');
      const again =
        this.spokespeople.get(named) ?? this.spokespeople.get(familyNameAtEnd(named) ?? '') ?? this.appositiveSpokesperson(named, ctx);
      if (again) return { ...again, span: this.orig(from, to).trim(), rule: `${again.rule}, named again by family name` };
      // "Pentagon spokesperson X", "a ministry spokesman": the body speaks through them (its document, its words).
      const spokes = SPOKESPERSON_OF_BODY.exec(this.text.slice(from, to));
      const spokesBody = spokes
        ? mentions
            .filter(
              (x) => x.kind === 'organization' && x.ids.length === 1 && x.start >= from && x.end <= from + spokes.index + spokes[0].length,
            )
            .pop()
        : undefined;
      if (
        spokesBody &&
        from + spokes!.index + spokes![0].length - spokesBody.end < 30 &&
        !(lastSource && lastSource.start > spokesBody.start)
      ) {
        const org = spokesBody.ids[0];
        const spoke: Reporter = sourceReporter(
          this.source(this.bodyKind(org), org, null, this.orig(spokesBody.start, to).trim(), ctx),
          this.orig(from, to).trim(),
          `a spokesperson of the body speaks for it (${spokesBody.text})`,
          0.7,
        );
        // The spokesperson's family name, the last word of the name after the title ("spokesman Col. Derek Amundsen").
        // (Read up to the reporting verb: after a quotation the words passed here run on to it, "… Marcus Lindqvist said".)
        const name = /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}?(\p{Lu}[\p{Ll}'’-]+)\s*$/u.exec(
          this.text
            .slice(from + spokes!.index + spokes![0].length, to)
            .replace(/\s+(?:said|says|stated|added|noted|told|wrote)\b[^]*$/, ''),
        );
        if (name) this.spokespeople.set(name[1], spoke);
        return spoke;
      }
      // SPEAKER_AFTER_SETTING: "Speaking at a joint news conference, X said …" with X not on record: the conference is where
      // X spoke (a press conference has a speaker), X the reporter, as for an official on record.
      const speakerAfter =
        lastSource && !lastPerson && lastSource.source.kind === 'PRESS_CONFERENCE' && lastSource.source.speakerId == null
          ? this.proposedIn(lastSource.end, to)
          : [];
      if (speakerAfter.length === 1)
        return officialReporter(
          [],
          [speakerAfter[0].key],
          speakerAfter[0].name,
          'name not on record: proposed, speaking at the press conference named before',
          0.6,
        );
      if (lastSource && (!lastPerson || lastSource.start > lastPerson.start)) {
        return sourceReporter(
          lastSource.source,
          this.orig(lastSource.start, lastSource.end),
          'source named before the reporting verb',
          0.9,
        );
      }
      if (lastPerson) {
        const evidence: Evidence[] = [];
        const { ids, proposed } = this.parties(lastPerson.start, lastPerson.end, ctx, evidence);
        if (ids.length || proposed.length) {
          return {
            kind: 'official',
            officialIds: ids,
            proposed,
            source: null,
            span: this.orig(lastPerson.start, lastPerson.end),
            rule: evidence[0]?.rule ?? 'name',
            confidence: evidence[0]?.confidence ?? 0.7,
          };
        }
      }
      // HEAD_OF_BODY: "the head of the MND", "the ministry's chief": the minister who heads that body.
      const head = HEAD_OF_BODY.exec(this.text.slice(from, to));
      const headed = head ? this.headOf(head[1] ?? head[2]) : null;
      if (headed)
        return officialReporter(
          headed.ids,
          headed.proposed,
          this.orig(from, to).trim(),
          `"the head of ${head![1] ?? head![2]}": the minister who heads it`,
          0.65,
        );
      // "The Minister", "the two ministers": resolved as parties are.
      const byTitle =
        /\b[Tt]he\s+(?:two\s+|[Aa]cting\s+|Defen[cs]e\s+)?(?:Secretary|Minister|Ministers|Secretaries|Vice Minister|Deputy Secretary|leaders|ministers|chiefs|minister)\b/.test(
          this.text.slice(from, to),
        ) || DEFENSE_HEAD_DESCRIBED.test(this.text.slice(from, to))
          ? this.parties(from, to, ctx, [])
          : null;
      if (byTitle && byTitle.ids.length + byTitle.proposed.length > 0)
        return officialReporter(byTitle.ids, byTitle.proposed, this.orig(from, to).trim(), 'title or group as reporter', 0.7);
      // THEY_AS_REPORTER (round 14): in a story, "They said that …" after a paragraph on two people: the two, as "the two
      // ministers said" (resolved as parties are); not after "…, officials said." (they are those unnamed).
      const they =
        this.options.kind === 'NEWS_ARTICLE' &&
        /^\s*they(?:\s+(?:also|both|later|further))?\s*$/i.test(this.text.slice(from, to)) &&
        !UNNAMED_GROUP_REPORTED.test(this.text.slice(Math.max(0, s.start - 300), s.start))
          ? this.parties(from, to, ctx, [])
          : null;
      if (they && they.ids.length + they.proposed.length >= 2)
        return officialReporter(they.ids, they.proposed, this.orig(from, to).trim(), 'THEY_AS_REPORTER: "they", the two named before', 0.6);
      const proposedPeople = this.proposedIn(from, to);
      if (proposedPeople.length) {
        return officialReporter([], [proposedPeople[0].key], proposedPeople[0].name, 'name not on record: proposed', 0.6);
      }
      // BARE_TITLE_SUBJECT as reporter: "Through a post on X, Raksha Mantri stated: …" (a proposed official's title, no article).
      const spanText = this.text.slice(from, to).trim();
      const bareTitled = [...this.proposedOfficials.values()].filter(
        (p) =>
          p.title &&
          p.title.split(/\s+/).length >= 2 &&
          spanText.endsWith(p.title) &&
          /(?:^|,\s*)$/.test(spanText.slice(0, spanText.length - p.title.length)),
      );
      if (bareTitled.length === 1)
        return officialReporter(
          [],
          [bareTitled[0].key],
          bareTitled[0].title!,
          "a proposed official's title with no article as reporter",
          0.6,
        );
      // "…, it said.": the body the paragraph is attributed to, else the body whose words came last.
      const itBody =
        this.carried?.block === this.blockIndex
          ? this.carried.reporter.source
          : ctx.source && !ctx.source.isDocument && !ctx.source.speakerId && !ctx.source.proposedSpeaker
            ? ctx.source
            : null;
      if (/^\s*it\s*$/i.test(this.text.slice(from, to)) && itBody)
        return sourceReporter(itBody, 'it', 'pronoun "it": the body the paragraph is attributed to', 0.6);
      // NEWER_SUBJECT_FIRST: in a story, a person named since who is not that speaker ("President X welcomed the visit …
      // “…,” he said.") is the one "he" refers to, not the speaker of the last source.
      const newer = this.recent[this.recent.length - 1];
      const newerSubject =
        this.options.kind === 'NEWS_ARTICLE' &&
        newer != null &&
        !(newer.ids.length === 1 && newer.ids[0] === ctx.source?.speakerId) &&
        newer.ids.length + newer.proposed.length === 1;
      if (/\b(?:he|she)\b/i.test(this.text.slice(from, to)) && ctx.source?.speakerId && !newerSubject) {
        return officialReporter([ctx.source.speakerId], [], 'he', 'pronoun: the speaker of the current source', 0.6);
      }
      const body = mentions.filter((x) => x.kind === 'organization' && x.start >= from && x.end <= to && x.ids.length === 1).pop();
      if (body) this.rehomeMinistry(body);
      const sideBody = body ? this.bodyOfSideNotOnRecord(body) : null;
      if (body && sideBody)
        return sourceReporter(
          this.source('PRESS_RELEASE', null, null, this.orig(body.start, body.end), ctx, sideBody),
          this.orig(body.start, body.end),
          `organization as reporter (${BODY_OF_A_SIDE_NOT_ON_RECORD.name})`,
          body.confidence * 0.8,
        );
      if (body) {
        const org = this.lex.organizations.get(body.ids[0])!;
        return sourceReporter(
          this.source(this.bodyKind(org.id), org.id, null, this.orig(body.start, body.end), ctx),
          this.orig(body.start, body.end),
          `organization as reporter (${body.rule})`,
          body.confidence * 0.9,
        );
      }
      // PROPOSED_BODY_AS_REPORTER: a body not on record the story names as the reporter (by name or initials): its release.
      const proposedBody = this.proposedBodyNamed(from, to);
      if (proposedBody)
        return sourceReporter(
          this.source('PRESS_RELEASE', null, null, this.orig(from, to).trim(), ctx, proposedBody),
          this.orig(from, to).trim(),
          `organization as reporter (${PROPOSED_BODY_AS_REPORTER.name})`,
          0.5,
        );
      // "the Japanese minister", "the U.S. defense secretary": the one participant of the talks from that country.
      const national = NATIONAL_OFFICIAL.test(this.text.slice(from, to).trim())
        ? mentions.find((x) => x.kind === 'country' && x.start >= from && x.end <= to)
        : undefined;
      const ofCountry = national
        ? (ctx.call?.participantIds ?? []).filter((id) => this.lex.officials.get(id)?.countryCode === national.countryCode)
        : [];
      if (ofCountry.length === 1)
        return officialReporter(
          ofCountry,
          [],
          this.orig(from, to).trim(),
          `"the <nationality> <office>": the talks' participant from ${national!.countryCode}`,
          0.7,
        );
      // OTHER_OUTLET_REPORT: "according to a news agency", "…, according to the report": that report, its author unnamed.
      if (this.options.kind === 'NEWS_ARTICLE' && OTHER_OUTLET_REPORT.pattern.test(this.text.slice(from, to).trim()))
        return sourceReporter(
          this.source('NEWS_ARTICLE', null, null, this.orig(from, to).trim(), ctx),
          this.orig(from, to).trim(),
          OTHER_OUTLET_REPORT.name,
          0.6,
        );
      const pronoun = /\b(?:he|she)\b/i.exec(this.text.slice(from, to));
      const last = this.recent[this.recent.length - 1];
      if (pronoun && last) {
        return officialReporter(last.ids, last.proposed, pronoun[0], `pronoun: the last person named (${last.span})`, 0.6);
      }
      return { kind: 'none', officialIds: [], proposed: [], source: null, span: '', rule: '', confidence: 0 };
    };

    // 1. Frames: "<reporter> <verb> that <clause>", ", including that <clause>", "and that <clause>".
    const frames: { verbStart: number; clauseStart: number; reporter: Reporter; leadParties?: Span }[] = [];
    let previous: Reporter | null = null;
    for (const m of this.text.slice(s.start, s.end).matchAll(REPORTING)) {
      const verbStart = s.start + m.index!;
      if (this.insideQuote(verbStart)) continue;
      const clauseStart = verbStart + m[0].length;
      let reporter: Reporter;
      if (/^including$/i.test(m[1]) && previous) reporter = previous;
      else {
        const from = Math.max(s.start, ...quotes.filter((q) => q.end <= verbStart).map((q) => q.end));
        reporter = this.reporterAfterOpening(from, verbStart, reporterAt);
        if (reporter.kind === 'none' && /^(?:stating|saying|adding|noting)$/i.test(m[1])) reporter = reporterAt(s.start, verbStart);
        if (reporter.kind === 'none' && previous) reporter = previous;
        // OUTSIDE_REPORTER: "An excerpt of a confidential UN report said that …", "Analysts said …": a reporter the words
        // name that is no one of the talks, not the source of the preceding text.
        const outside = reporter.kind === 'none' && OUTSIDE_REPORTER.test(this.text.slice(from, verbStart));
        if (outside) reporter = { ...reporter, rule: 'OUTSIDE_REPORTER' };
        // GROUP_ACCOUNT_NOT_REMARKS (round 17): in a story, "both sides stressed that …" after one official's remarks is no part
        // of those remarks (one person's press conference holds no group's words): the paper's own account, the group its parties.
        const subject = this.text.slice(from, verbStart);
        const groupAccount = reporter.kind === 'none' && !outside && this.groupAfterRemarks(subject, from, ctx);
        if (groupAccount) {
          reporter = sourceReporter(this.documentSource, this.documentSource.label, GROUP_ACCOUNT_NOT_REMARKS, 0.5);
          frames.push({ verbStart, clauseStart, reporter, leadParties: { start: from + openingAdjunct(subject), end: verbStart } });
          previous = reporter;
          continue;
        }
        if (reporter.kind === 'none' && ctx.source && !outside) {
          reporter = sourceReporter(ctx.source, ctx.source.label, 'source of the preceding text', 0.6);
        }
      }
      frames.push({ verbStart, clauseStart, reporter });
      previous = reporter;
    }
    // Frames without "that", or with a setting before it: "<reporter> said he …", "<reporter> said in a statement that …".
    for (const rule of [LEAD_SETTING_THAT, LEAD_WITHOUT_THAT]) {
      for (const m of this.text.slice(s.start, s.end).matchAll(rule.pattern)) {
        const verbStart = s.start + m.index!;
        const clauseStart = verbStart + m[0].length;
        if (this.insideQuote(verbStart) || frames.some((f) => f.verbStart === verbStart)) continue;
        // After a closing quote the verb is an inverted attribution ("…,” said Hegseth), read with the quote.
        if (/[”"’],?\s*(?:\S+\s+){0,2}$/.test(this.text.slice(Math.max(s.start, verbStart - 30), verbStart))) continue;
        if (wordCount(this.text.slice(clauseStart, s.end)) < 4) continue;
        // "explained Tokyo's plan to …": the verb's object, not a reported clause.
        if (rule === LEAD_WITHOUT_THAT && !clauseAfter(m[1], this.text.slice(clauseStart, s.end), this.text.slice(s.start, verbStart)))
          continue;
        if (bigQuotes.some((q) => q.start >= clauseStart && q.start - clauseStart < 3)) continue;
        // ATTRIBUTION_BETWEEN_PREDICATES: "<subject> <predicate>, X added, and noted …": the clause's second predicate, read
        // with the attribution before it (step 3b), not a frame whose reporter is the clause's subject.
        if (
          rule === LEAD_WITHOUT_THAT &&
          /,\s+(?:and|but)\s+$/.test(this.text.slice(s.start, verbStart)) &&
          trailingFrame(this.text.slice(s.start, s.end))?.rule.startsWith('attribution between two predicates')
        )
          continue;
        const from = Math.max(s.start, ...quotes.filter((q) => q.end <= verbStart).map((q) => q.end));
        let reporter = this.reporterAfterOpening(from, verbStart, reporterAt);
        if (reporter.kind === 'none') reporter = reporterAt(from, clauseStart);
        if (reporter.kind === 'none') continue;
        // "<person> said in a (written) statement that …": their own statement, a release of theirs.
        // WRITTEN_ACCOUNT: "in a written briefing", "in written comments" too.
        const written = reporter.kind === 'official' && WRITTEN_ACCOUNT.test(m[0]) ? ('PRESS_RELEASE' as const) : undefined;
        // "<body> said in a brief readout that …": a document of the kind the setting names, by the body.
        const setting = ISSUED_DOCUMENT.test(m[1]) ? m[0] : m[0].slice(m[1].length);
        const noun = reporter.kind === 'source' ? BODY_DOCUMENT_NOUNS.find((n) => n.pattern.test(setting)) : undefined;
        const said = reporter.source;
        if (noun && said && !said.isDocument && !said.speakerId && said.kind !== noun.kind && namesKind(m[0], this.remoteCall))
          reporter = { ...reporter, source: this.source(noun.kind, said.publisherId, null, said.label, ctx, said.proposedPublisher) };
        frames.push({
          verbStart,
          clauseStart,
          reporter: { ...reporter, rule: `${reporter.rule}; ${rule.name}`, documentKind: written ?? reporter.documentKind },
        });
      }
    }
    // QUOTED_AS: "The ministry quoted Lee as saying (that) …", "Lee was quoted by the ministry as telling Hegseth (that) …": the
    // person's words, carried by the body's account (the document their organization issues).
    if (this.options.kind === 'NEWS_ARTICLE')
      for (const m of this.text.slice(s.start, s.end).matchAll(QUOTED_AS)) {
        const verbStart = s.start + m.index!;
        const clauseStart = verbStart + m[0].length;
        if (this.insideQuote(verbStart) || frames.some((f) => f.verbStart <= verbStart && f.clauseStart > verbStart)) continue;
        const who = m[1] ?? m[2];
        const at = s.start + m.index! + m[0].indexOf(who);
        const person = reporterAt(at, at + who.length);
        if (person.kind !== 'official' || person.officialIds.length + person.proposed.length !== 1) continue;
        const org = person.officialIds.length
          ? (this.lex.holding(person.officialIds[0], this.documentDate())?.organizationId ?? null)
          : (this.proposedOfficials.get(person.proposed[0])?.organizationId ?? null);
        // The "saying that" inside it is this frame's, not one of its own.
        for (let i = frames.length - 1; i >= 0; i--)
          if (frames[i].verbStart > verbStart && frames[i].verbStart < clauseStart) frames.splice(i, 1);
        // BODY_PARAPHRASE: "X was quoted as telling Y that <clause>" with no quotation marks: the body's own account of
        // what X said (its prose, as "X said that …" in its release), the body the author and X a party.
        if (org != null && !/^\s*[“"‘]/.test(this.text.slice(clauseStart, clauseStart + 3))) {
          frames.push({
            verbStart,
            clauseStart,
            reporter: sourceReporter(
              this.source(this.bodyKind(org), org, null, this.orig(verbStart, clauseStart).trim(), ctx),
              this.orig(verbStart, clauseStart).trim(),
              `"quoted as telling" with no quotation: the account of ${person.span}'s body`,
              0.7,
            ),
            leadParties: { start: at, end: at + who.length },
          });
          continue;
        }
        frames.push({
          verbStart,
          clauseStart,
          reporter: {
            ...person,
            rule: `${person.rule}; "quoted as saying": their words in a body's account`,
            documentKind: org != null ? this.bodyKind(org) : 'PRESS_RELEASE',
          },
        });
      }
    // "and that <clause>" continues the frame before it: one passage with it (one sentence, one passage), unless clauses are split.
    for (const m of SPLIT_CLAUSES ? this.text.slice(s.start, s.end).matchAll(/,?\s+and\s+that\s+/g) : []) {
      const at = s.start + m.index!;
      if (this.insideQuote(at) || !frames.some((f) => f.clauseStart <= at)) continue;
      if (frames.some((f) => f.verbStart <= at + m[0].length && f.clauseStart >= at)) continue;
      const prior = frames
        .filter((f) => f.clauseStart <= at)
        .sort((a, b) => a.clauseStart - b.clauseStart)
        .pop()!;
      // "X said the two had confirmed that A, and that B": the "that" of "confirmed", inside the frame's clause.
      if (!continuesFrame(this.text.slice(prior.clauseStart, at), at - prior.clauseStart)) continue;
      frames.push({ verbStart: at, clauseStart: at + m[0].length, reporter: prior.reporter });
    }
    frames.sort((a, b) => a.verbStart - b.verbStart);
    // ALSO_SAID_AFTER_TOLD_IN_TALKS: "He also said …" right after "X told Y that …" (the paper's account of the talks): the
    // paper's account still, "he" a party.
    if (
      this.options.kind === 'NEWS_ARTICLE' &&
      this.toldInTalks === this.blockIndex &&
      frames.length === 1 &&
      frames[0].reporter.kind === 'official' &&
      frames[0].reporter.rule.startsWith('pronoun: the last person named') &&
      bigQuotes.length === 0 &&
      ALSO_SAID_AFTER_TOLD_IN_TALKS.goesOn.test(this.text.slice(s.start, frames[0].clauseStart))
    ) {
      const f = frames[0];
      f.leadParties = { start: s.start, end: f.verbStart };
      f.reporter = sourceReporter(this.documentSource, this.documentSource.label, ALSO_SAID_AFTER_TOLD_IN_TALKS.name, 0.5);
    }
    // SPEECH_IN_RELAYED_DOCUMENT (round 17): "X added that …" with no place of its own, right after a paragraph attributed to a
    // body's document: more of that document's account, the body the author, X a party.
    const relayedDoc = this.carried;
    if (
      this.options.kind === 'NEWS_ARTICLE' &&
      relayedDoc &&
      relayedDoc.reported &&
      (relayedDoc.block === this.blockIndex - 1 || relayedDoc.block === this.blockIndex) &&
      relayedDoc.reporter.source &&
      !relayedDoc.reporter.source.isDocument &&
      relayedDoc.reporter.source.speakerId == null &&
      !relayedDoc.reporter.source.proposedSpeaker &&
      (relayedDoc.reporter.source.publisherId != null || relayedDoc.reporter.source.proposedPublisher != null) &&
      frames.length === 1 &&
      bigQuotes.length === 0 &&
      frames[0].reporter.kind === 'official' &&
      // (One official: two or more said together is GROUP_SPOKEN's, words said to reporters.)
      frames[0].reporter.officialIds.length + frames[0].reporter.proposed.length === 1 &&
      !talksGroupSubject(
        this.text.slice(s.start, frames[0].verbStart),
        (({ ids, proposed }) => new Set(ids).size + new Set(proposed).size)(this.parties(s.start, frames[0].verbStart, ctx, [])),
      ) &&
      !frames[0].reporter.documentKind &&
      !frames[0].reporter.post &&
      !frames[0].leadParties &&
      frames[0].verbStart - s.start < 100 &&
      // (One the story already gave remarks of their own to: "X also said …" is more of those remarks.)
      !frames[0].reporter.officialIds.some((id) => this.pressSpeakers.has(id)) &&
      !SPEECH_IN_RELAYED_DOCUMENT.placed.test(this.text.slice(s.start, s.end)) &&
      // (The occasion is the verb's: a date inside the reported clause is what was said, not the story's own framing.)
      attributionRunsOn(
        this.text.slice(s.start, frames[0].clauseStart),
        this.relaySubject(
          relayedDoc.reporter.source,
          this.text.slice(s.start, frames[0].verbStart),
          frames[0].reporter.officialIds,
          frames[0].reporter.proposed,
        ),
      )
    ) {
      const f = frames[0];
      f.leadParties = { start: s.start + openingAdjunct(this.text.slice(s.start, f.verbStart)), end: f.verbStart };
      f.reporter = { ...relayedDoc.reporter, rule: `${relayedDoc.reporter.rule}; ${SPEECH_IN_RELAYED_DOCUMENT.name}` };
    }
    // OPENING_PARTICIPLE: "Noting that A, X said that B": the participle's subject is the main clause's, X; one sentence, one
    // passage (the participle's clause runs on through X's).
    if (
      frames.length >= 2 &&
      /^\W*(?:noting|stressing|saying|adding|stating|emphasi[sz]ing|underscoring)\b/i.test(
        this.text.slice(s.start, frames[0].clauseStart),
      ) &&
      frames[0].verbStart - s.start < 4 &&
      frames[1].reporter.kind !== 'none'
    ) {
      frames[0].reporter = {
        ...frames[1].reporter,
        rule: `${frames[1].reporter.rule}; the subject of the participle that opens the sentence`,
      };
      frames.splice(1, 1);
    }
    // RELAYED_ACCOUNT: "X reportedly said that …" after a spokesperson's account: X's words as that account relays them, X a party.
    const relay = this.options.kind === 'NEWS_ARTICLE' && this.relay?.account === 'person' ? this.relay : null;
    for (const f of relay ? frames : []) {
      const before = /\breportedly\s+$/i.exec(this.text.slice(Math.max(s.start, f.verbStart - 20), f.verbStart));
      if (!before || f.reporter.kind !== 'official' || f.leadParties) continue;
      const from = Math.max(s.start, ...quotes.filter((q) => q.end <= f.verbStart).map((q) => q.end));
      f.leadParties = { start: from, end: f.verbStart - before[0].length };
      for (const k of [...f.reporter.officialIds.map(String), ...f.reporter.proposed]) relay!.parties.add(k);
      relay!.block = this.blockIndex;
      f.reporter = { ...relay!.reporter, relayed: true, rule: `${relay!.reporter.rule}; ${RELAYED_ACCOUNT.name} ("reportedly")` };
    }
    // A news report's quotation that goes on a reported clause ('X said the treaty "applies to …"', '…, calling it "a …"'):
    // words of the clause, whose sentence is the passage, not a passage of its own.
    if (this.options.kind === 'NEWS_ARTICLE')
      bigQuotes = bigQuotes.filter((q) => {
        const f = frames.filter((x) => x.clauseStart < q.start && x.reporter.kind !== 'none').pop();
        // The clause the quotation goes on: a frame's, else the sentence's (an attribution after it, "…, the ministry said").
        const clauseFrom = f?.clauseStart ?? s.start;
        // THAT_NAME_QUOTED: after a reporting "that", one named official's quoted predicate ('the ministry said that Hegseth
        // "reaffirmed …"') is a partial quotation inside the reported speech; a group's ('that the two men "discussed …"') and
        // one without "that" ('the Pentagon said Hegseth "commended …"') stay the quotation of their words.
        const afterThat = f != null && /\bthat\s*$/i.test(this.text.slice(Math.max(s.start, clauseFrom - 8), clauseFrom));
        const from = afterThat ? this.text.lastIndexOf('that', clauseFrom) : clauseFrom;
        const people = (at: number) =>
          PEOPLE_SUBJECT.test(this.text.slice(from + at, q.start).trim()) ||
          (!afterThat && mentions.some((m) => m.start >= from + at && m.end <= q.start && (m.kind === 'official' || m.kind === 'title')));
        return (
          !(f == null && FRAGMENT_UNDER_ACCORDING.test(this.text.slice(s.start, s.end), this.text.slice(q.innerStart, q.innerEnd))) &&
          !quoteInsideClause(
            this.text.slice(from, q.start),
            this.text.slice(q.innerStart, q.innerEnd),
            people,
            this.text.slice(q.end, s.end),
          ) &&
          !(
            f != null &&
            /^\s*\p{Ll}/u.test(this.text.slice(q.innerStart, q.innerEnd)) &&
            clauseGoesOnUnquoted(this.text.slice(q.end, s.end))
          )
        );
      });
    // PHRASE_QUOTED_IN_ACCOUNT: a story's own account of a position that quotes a phrase of it ('X shared worry over …,
    // "unlawful maritime claims in the South China Sea" and …', '… countering "North Korean threats, such as …"'): the
    // quotation is a phrase of the sentence, whose whole is the passage.
    // (PHRASE_QUOTED_IN_RELEASE, round 13: so in a readout's or release's own account, 'X highly commended the decision on the
    // “tilt to the region,” which …': not after a comma or colon that opens the official's words.)
    const ownAccount = ['READOUT', 'PRESS_RELEASE', 'JOINT_STATEMENT'].includes(this.options.kind) && ctx.source?.isDocument;
    if ((this.options.kind === 'NEWS_ARTICLE' || ownAccount) && frames.length === 0)
      bigQuotes = bigQuotes.filter(
        (q) =>
          !(
            phraseQuotedInAccount(
              this.text.slice(s.start, q.start),
              this.text.slice(q.innerStart, q.innerEnd),
              this.text.slice(q.end, s.end),
            ) &&
            (this.options.kind === 'NEWS_ARTICLE' || !/[,:]\s*[“"‘]?$/.test(this.text.slice(s.start, q.start)))
          ),
      );
    // In a readout, release or joint statement, "<official> stated that …" is the document's own third-person account:
    // the whole sentence is the statement (read below as such), the official a party.
    const thirdPerson = ['READOUT', 'PRESS_RELEASE', 'JOINT_STATEMENT'].includes(this.options.kind) && ctx.source?.isDocument;
    if (thirdPerson && bigQuotes.length === 0 && frames.length && frames.every((f) => f.reporter.kind === 'official')) frames.length = 0;

    // 1c. A news report: the outer attribution wins ("<clause>, the ministry said[, adding: …]"): the frames inside the
    // clause are what the reporter reports (their subjects its parties); "adding that …" after it is the reporter's too.
    let outer: { reporter: Reporter; clauseEnd: number; end: number } | null = null;
    if (this.options.kind === 'NEWS_ARTICLE') {
      const oa = outerAttribution(this.text.slice(s.start, s.end), (a, b) => this.namesReporter(s.start + a, s.start + b));
      if (
        oa &&
        !bigQuotes.some((q) => q.start < s.start + oa.clauseEnd) &&
        takesPosition(this.text.slice(s.start, s.start + oa.clauseEnd))
      ) {
        let reporter = reporterAt(s.start + oa.reporter[0], s.start + oa.reporter[1]);
        // "the Pentagon said in a statement": a document of that kind by the body.
        const said = reporter.source;
        if (
          oa.documentKind &&
          (oa.documentKind !== 'PRESS_RELEASE' || namesKind(oa.documentNoun ?? '', this.remoteCall)) &&
          reporter.kind === 'source' &&
          said &&
          !said.isDocument &&
          !said.speakerId &&
          said.kind !== oa.documentKind
        )
          reporter = { ...reporter, source: this.source(oa.documentKind, said.publisherId, null, said.label, ctx, said.proposedPublisher) };
        // "…, spokeswoman X said in a statement.": a person's statement, a document of theirs (as "X said in a statement that …").
        else if (oa.documentKind && reporter.kind === 'official' && reporter.officialIds.length + reporter.proposed.length === 1)
          reporter = { ...reporter, documentKind: oa.documentKind };
        // STATEMENT_GOES_ON_REPORTED (round 14): so is "…, White said." after "White said in a statement": the statement's words.
        else reporter = this.statementGoesOn(reporter, ctx);
        if (reporter.kind !== 'none') {
          outer = {
            reporter: { ...reporter, rule: `${reporter.rule}; ${oa.rule}` },
            clauseEnd: s.start + oa.clauseEnd,
            end: s.start + oa.end,
          };
          // "…, the ministry said, adding that the two also agreed …" with no quotation: one sentence, one passage (the
          // corpus's rule for compound sentences), its parties those of both clauses.
          let clauseEnd = outer.clauseEnd;
          let end = outer.end;
          if (oa.wholeSentence && bigQuotes.length === 0) {
            clauseEnd = end = s.end;
            frames.length = 0;
          }
          for (let i = frames.length - 1; i >= 0; i--) {
            if (frames[i].verbStart < outer.clauseEnd) frames.splice(i, 1);
            else if (/^(?:adding|saying|noting|stating)\b/i.test(this.text.slice(frames[i].verbStart, frames[i].clauseStart))) {
              frames[i].reporter = outer.reporter;
              if (bigQuotes.length === 0 && frames[i].verbStart - outer.end <= 3 && i === frames.length - 1) {
                clauseEnd = end = s.end;
                frames.splice(i, 1);
              }
            }
          }
          this.clausePassages(s.start, clauseEnd, outer.reporter, ctx, 'PARAPHRASE', passages, null, true, undefined, {
            start: s.start,
            end,
          });
        }
      }
    }

    const sameReporter = (a: Reporter, b: Reporter) =>
      a === b ||
      a.kind === 'none' ||
      (a.kind === b.kind &&
        a.source?.key === b.source?.key &&
        a.officialIds.join() === b.officialIds.join() &&
        a.proposed.join() === b.proposed.join());
    // PARTICIPLE_GOES_ON: '<body> said in a statement that A, adding that B' in a news report: one sentence, one passage (as
    // the trailing '…, the ministry said, adding that …'), its parties those of both clauses.
    if (this.options.kind === 'NEWS_ARTICLE' && !outer && bigQuotes.length === 0)
      for (let i = frames.length - 1; i > 0; i--)
        if (
          /^(?:adding|noting|saying|stating)\b/i.test(this.text.slice(frames[i].verbStart, frames[i].clauseStart)) &&
          /,\s*$/.test(this.text.slice(frames[i - 1].clauseStart, frames[i].verbStart)) &&
          sameReporter(frames[i].reporter, frames[i - 1].reporter)
        )
          frames.splice(i, 1);
    // 2. Clauses of the frames, each ending where the next frame or a passage-quote begins.
    for (const [i, f] of frames.entries()) {
      const nextFrame = frames[i + 1]?.verbStart ?? s.end;
      const nextQuote = bigQuotes.find((q) => q.start >= f.clauseStart)?.start ?? s.end;
      let end = Math.min(nextFrame, nextQuote);
      // The clause of a frame ends where a new reporter starts, e.g. ", calling it".
      const calling = /,\s*(?:calling it|describing it as|which he called)\b/i.exec(this.text.slice(f.clauseStart, end));
      if (calling && (bigQuotes.length || !quotes.some((q) => q.start >= f.clauseStart + calling.index)))
        end = f.clauseStart + calling.index;
      if (bigQuotes.some((q) => q.start <= f.clauseStart && q.end > f.clauseStart)) continue;
      // OUTSIDE_REPORTER: what a report or analysts say is no position of the talks.
      if (f.reporter.kind === 'none' && f.reporter.rule === 'OUTSIDE_REPORTER') continue;
      // "… said he would refrain from commenting": a refusal reports no position.
      if (REPORTED_REFUSAL.test(this.text.slice(f.clauseStart, end))) continue;
      // A news report's only frame: the passage is the sentence (its frame too) up to a quotation.
      const whole =
        this.options.kind === 'NEWS_ARTICLE' && frames.length === 1 && !outer
          ? { start: Math.max(s.start, ...bigQuotes.filter((q) => q.end <= f.verbStart).map((q) => q.end)), end }
          : null;
      this.clausePassages(f.clauseStart, end, f.reporter, ctx, 'PARAPHRASE', passages, f.leadParties ?? null, true, undefined, whole);
    }

    // 3. Passage-quotes.
    for (const q of bigQuotes) {
      const after = this.text.slice(q.end, s.end);
      const inv = INVERTED.exec(after);
      // "…, the ministry said, adding: “…”": the outer reporter's words.
      let reporter: Reporter | null = outer && q.start >= outer.end ? outer.reporter : null;
      if (!reporter && inv) {
        const from = q.end + inv[0].length;
        const to = Math.min(s.end, from + 60);
        const r = reporterAt(from, Math.min(to, this.firstBoundary(from, to)));
        if (r.kind !== 'none') reporter = { ...r, rule: `quote followed by "${inv[1]} ${r.span}"` };
      }
      const named = inv ? null : INVERTED_NAMED.exec(after);
      if (!reporter && named) {
        const r = reporterAt(q.end, q.end + named[0].length);
        if (r.kind !== 'none') reporter = { ...r, rule: `quote followed by "${named[1]} ${named[2]}"` };
      }
      // An official's words in a story, carried by a body's document: "…,” X told Y, according to a release from the
      // ministry; "…,” X was quoted as saying (by the account the story reports). Their words, that document the source.
      const carriedBy = reporter?.kind === 'official' && reporter.officialIds.length === 1 ? quotedThrough(after) : null;
      if (reporter && carriedBy && this.options.kind === 'NEWS_ARTICLE') {
        const org = this.lex.holding(reporter.officialIds[0], this.documentDate())?.organizationId ?? null;
        const kind = carriedBy === 'body' ? (org != null ? this.bodyKind(org) : null) : carriedBy;
        if (kind) reporter = { ...reporter, documentKind: kind, rule: `${reporter.rule}; words carried by a document` };
      }
      // JOINT_QUOTE: '"…," the ministers said in a joint statement': the signatories' words, that statement the source.
      if (
        reporter?.kind === 'official' &&
        !reporter.documentKind &&
        reporter.officialIds.length + reporter.proposed.length >= 2 &&
        JOINT_DOCUMENT.test(after)
      )
        reporter = { ...reporter, documentKind: 'JOINT_STATEMENT', rule: `${reporter.rule}; in a joint statement` };
      // STATEMENT_GOES_ON: "X said in a statement. … “…,” X said.": the same person's quotation in that paragraph or the next
      // comes from the statement named.
      if (reporter) reporter = this.statementGoesOn(reporter, ctx);
      if (!reporter) {
        const framesBefore = frames.filter((f) => f.clauseStart <= q.start);
        // (Also the verbs that go on with a speaker's words: 'He added, "…"', 'She stressed: "…"'; QUOTE_AFTER_REPLY: an answer or
        // an opening, 'Ahn replied, "…"', 'X opened the meeting by saying, "…"'.)
        const direct =
          /\b(?:said|stated|says|told|added|adds|noted|stressed|emphasi[sz]ed|continued|explained|remarked|replied|responded|answered|declared|insisted|saying|wrote|posted|tweeted)\s*[,:]?\s*([^“"‘]{0,80})$/i.exec(
            this.text.slice(s.start, q.start),
          );
        if (/,\s*(?:calling it|describing it as)\s*$/i.test(this.text.slice(s.start, q.start))) {
          const speaker = reportingOfficial();
          if (speaker)
            reporter = officialReporter(
              [speaker],
              [],
              this.lex.officials.get(speaker)!.name,
              'quote introduced by "calling it", the subject\'s words',
              0.8,
            );
        } else if (direct) {
          const verbAt = s.start + (direct.index ?? 0);
          const from = Math.max(s.start, ...quotes.filter((x) => x.end <= verbAt).map((x) => x.end));
          reporter = reporterAt(from, verbAt);
          // "The ministry said in a statement: “…”": the source named after the verb.
          if (reporter.kind === 'none') reporter = reporterAt(from, q.start);
        } else if (framesBefore.length) reporter = framesBefore[framesBefore.length - 1].reporter;
      }
      // A quotation that is the whole sentence, right after an official's quotation in the same paragraph: the rest of
      // their words ("“…,” X said. “…”").
      // Or a paragraph that is only a quotation, right after the paragraph that attributed one ("“…,” Ms X said.¶“…”").
      const lastBlock = this.lastQuote?.block ?? -9;
      const last =
        (lastBlock === this.blockIndex || (lastBlock === this.blockIndex - 1 && q.start - s.start <= 1)) && this.lastQuote!.end < q.start
          ? this.lastQuote
          : null;
      const between = last ? this.text.slice(last.end, q.start) : '';
      const continued =
        last != null &&
        between.length <= (last.block === this.blockIndex ? 200 : 80) &&
        /[.!?]\s*$/.test(between) &&
        !/[“”"]/.test(between) &&
        /^[\s.!?]*$/.test(this.text.slice(q.end, s.end));
      // POST_QUOTED: an official's post the story quotes ("Taking to Twitter, X wrote, “…”").
      if (
        reporter?.kind === 'official' &&
        this.options.kind === 'NEWS_ARTICLE' &&
        POST_QUOTED.test(`${this.text.slice(s.start, q.start)} ${this.text.slice(q.end, s.end)}`)
      )
        reporter = { ...reporter, post: true, documentKind: undefined, rule: `${reporter.rule}; ${POST_QUOTED.name}` };
      if ((!reporter || reporter.kind === 'none') && continued && last)
        reporter = { ...last.reporter, rule: `${last.reporter.rule}; the quotation goes on` };
      if (reporter?.kind === 'official') this.lastQuote = { block: this.blockIndex, end: q.end, reporter };
      // GROUP_ACCOUNT_NOT_REMARKS: so is a group's quoted phrase ('the ministers agreed to establish "the …"') after them.
      const before = this.text.slice(s.start, q.start);
      if ((!reporter || reporter.kind === 'none') && this.groupAfterRemarks(before, s.start, ctx))
        reporter = sourceReporter(this.documentSource, this.documentSource.label, GROUP_ACCOUNT_NOT_REMARKS, 0.5);
      if (!reporter || reporter.kind === 'none') {
        reporter = ctx.source
          ? sourceReporter(ctx.source, ctx.source.label, 'source of the preceding text', 0.5)
          : { kind: 'none', officialIds: [], proposed: [], source: null, span: '', rule: '', confidence: 0.3 };
      }
      // Parties named between the reporting verb and the quote: "said Hegseth and Nakatani “reiterated…”".
      const lead = /\b(?:said|stated|mentioned|noted|saying|stating)\s+([^,“"‘]{1,80})$/i.exec(this.text.slice(s.start, q.start));
      // Or the subject of a quoted predicate: Hegseth “reaffirmed that …”.
      const predicateSubject = lead
        ? null
        : quotedPredicateSubject(this.text.slice(s.start, q.start), this.text.slice(q.innerStart, q.innerEnd));
      const leadParties = lead
        ? { start: q.start - lead[1].length, end: q.start }
        : predicateSubject != null
          ? { start: s.start + predicateSubject, end: q.start }
          : null;
      this.clausePassages(q.innerStart, q.innerEnd, reporter, ctx, 'DIRECT_QUOTE', passages, leadParties, q.balanced);
    }

    // TRAILING_THEN_PARTICIPLE: "<clause>, X told a news conference …, saying <clause>": the participle's frame is the trailing
    // attribution's continuation, read with it below (one passage).
    if (
      this.options.kind === 'NEWS_ARTICLE' &&
      !outer &&
      frames.length === 1 &&
      bigQuotes.length === 0 &&
      /^(?:saying|adding|stating|noting|stressing)\b/i.test(this.text.slice(frames[0].verbStart, frames[0].clauseStart)) &&
      trailingFrame(this.text.slice(s.start, s.end))?.rule === TRAILING_THEN_PARTICIPLE
    )
      frames.length = 0;
    // 3b. The reporter after the clause: "<clause>, <reporter> said.", "<clause>, according to <reporter>."
    let trailed = outer != null;
    if (!trailed && frames.length === 0 && bigQuotes.length === 0) {
      const tf = trailingFrame(this.text.slice(s.start, s.end));
      // A news report's attributed sentence carries a position, not an event ("Hegseth spoke by phone with …, according to …").
      const tfClause = tf ? this.text.slice(s.start + tf.clause[0], s.start + tf.clause[1]) : '';
      // WRITTEN_TRAILING (round 14): "…, spokesperson X said in a statement released today.": a person's written statement, a
      // release of theirs (not words said to reporters); of an event only ("X spoke by phone with Y to discuss …"), no
      // position: no draft, but the statement is named for the sentences after it (STATEMENT_GOES_ON).
      const written =
        tf &&
        this.options.kind === 'NEWS_ARTICLE' &&
        SPOKEN_TRAILING.test(tf.rule) &&
        WRITTEN_ACCOUNT.test(this.text.slice(s.start + tf.reporter[1], s.end));
      if (written && !takesPosition(tfClause)) {
        const r = reporterAt(s.start + tf.reporter[0], s.start + tf.reporter[1]);
        if (r.kind === 'official' && r.officialIds.length + r.proposed.length === 1)
          this.statementBy = { person: [...r.officialIds, ...r.proposed].join(','), kind: 'PRESS_RELEASE', block: this.blockIndex };
      }
      // "…, Marles said": words an official says are a position of theirs unless they only report an event or a schedule.
      else if (
        tf &&
        (this.options.kind !== 'NEWS_ARTICLE' ||
          takesPosition(tfClause) ||
          (SPOKEN_TRAILING.test(tf.rule) && wordCount(tfClause) >= 6 && !backgroundOf(tfClause)))
      ) {
        let reporter = reporterAt(s.start + tf.reporter[0], s.start + tf.reporter[1]);
        if (
          written &&
          reporter.kind === 'official' &&
          reporter.officialIds.length + reporter.proposed.length === 1 &&
          !reporter.documentKind
        )
          reporter = { ...reporter, documentKind: 'PRESS_RELEASE', rule: `${reporter.rule}; WRITTEN_TRAILING` };
        // JOINT_DOCUMENT_REPORTER: "…, according to a joint communique released after the meeting.": the signatories' words (as
        // JOINT_STATEMENT_SETTING reads "In a joint statement issued after the talks, …"), the subject of the clause.
        // (JOINT_DOCUMENT_NAMED_BEFORE, round 14: "…, the statement said." after the story named a joint statement: that one; its
        // signatories the clause's subject.)
        const reporterWords = this.text.slice(s.start + tf.reporter[0], s.start + tf.reporter[1]);
        const namedBefore =
          this.options.kind === 'NEWS_ARTICLE' && THE_STATEMENT.test(reporterWords) && JOINT_DOCUMENT.test(this.text.slice(0, s.start));
        const jointVerb =
          reporter.kind === 'none' && (JOINT_DOCUMENT.test(reporterWords) || namedBefore) ? POSITION_VERB.exec(tfClause) : null;
        const signing = jointVerb ? this.parties(s.start + tf.clause[0], s.start + tf.clause[0] + jointVerb.index, ctx, []) : null;
        if (signing && signing.ids.length + signing.proposed.length >= 2)
          reporter = {
            kind: 'official',
            officialIds: signing.ids,
            proposed: signing.proposed,
            source: null,
            span: this.text.slice(s.start + tf.reporter[0], s.start + tf.reporter[1]),
            rule: 'a joint statement the story reports: its signatories, the subject',
            confidence: 0.7,
            documentKind: 'JOINT_STATEMENT',
          };
        if (reporter.kind !== 'none') {
          trailed = true;
          this.clausePassages(
            s.start + tf.clause[0],
            s.start + tf.clause[1],
            { ...reporter, rule: `${reporter.rule}; ${tf.rule}` },
            ctx,
            'PARAPHRASE',
            passages,
            null,
            true,
            undefined,
            this.options.kind === 'NEWS_ARTICLE' ? { start: s.start, end: s.end } : null,
          );
        }
      } else if (
        tf &&
        SPOKEN_TRAILING.test(tf.rule) &&
        SPOKESPERSON_OF_BODY.test(this.text.slice(s.start + tf.reporter[0], s.start + tf.reporter[1]))
      )
        // SPOKESPERSON_ON_BACKGROUND (round 11): "<the meeting itself>, Pentagon spokesperson X said." is no draft, but X is named
        // as the body's spokesperson for the sentences after it ("…, X said.").
        reporterAt(s.start + tf.reporter[0], s.start + tf.reporter[1]);
    }

    // 4. A sentence of a readout or release in the third person: "<parties> <position verb> …".
    // GROUP_AFTER_PRESS_CONFERENCE (round 16): a press conference the release named before ("X and Y hold a press conference
    // after the meeting", a caption) is the current source, but a sentence whose subject is the talks' group ("The defense
    // chiefs of both countries decided …") is no speaker's words at it: the release's own account still.
    const groupAfterConference =
      ctx.source?.kind === 'PRESS_CONFERENCE' && GROUP_SUBJECT.test(this.text.slice(s.start, s.end).replace(BULLET, ''));
    if (
      !trailed &&
      frames.length === 0 &&
      bigQuotes.length === 0 &&
      this.options.kind !== 'NEWS_ARTICLE' &&
      (ctx.source?.isDocument || groupAfterConference)
    ) {
      const sentenceText = this.text.slice(s.start, s.end);
      // "We reaffirm …", "We express …": a joint statement's signatories in the present tense.
      // OPENING_PARTICIPLE_CLAUSE: "Noting the alignment of …, Secretary X applauded …": the verb and subject come after it.
      const opens = OPENING_PARTICIPLE_CLAUSE.exec(sentenceText)?.[0].length ?? this.adverbialOpening(sentenceText);
      const afterLead = opens ? this.positionVerb(sentenceText.slice(opens)) : null;
      const verb =
        (afterLead ? Object.assign(afterLead, { index: afterLead.index + opens }) : null) ??
        this.positionVerb(sentenceText) ??
        (this.options.kind === 'JOINT_STATEMENT' ? SIGNATORIES_PRESENT.exec(sentenceText) : null);
      // A long first clause with no position verb ("X briefed Y on …, and the two leaders agreed to …"): the verb of the
      // clause coordinated with it, whose subject the parties include.
      const coordinated = verb && verb.index >= 160 ? coordinatedSubjects(sentenceText, POSITION_VERBS)[0] : undefined;
      const reach =
        verb && coordinated && verb.index >= coordinated.subjectEnd && verb.index - coordinated.subjectEnd < 40
          ? verb.index + 1
          : 160 + (afterLead ? opens : 0);
      // (MEETING_STANCE_OPENS, round 13: "X spoke with Y today, reiterating …": the meeting verb alone takes no position, but
      // the stance it was held for does.)
      if (
        verb &&
        verb.index < reach &&
        (!POSITION_VERB.test(sentenceText) || takesPosition(sentenceText) || meetingPurpose(sentenceText) != null)
      ) {
        const evidence: Evidence[] = [];
        const { ids, proposed } = this.parties(s.start + (afterLead ? opens : 0), s.start + verb.index, ctx, evidence);
        // The subject may follow a phrase of time or place: "During the meeting, both parties reaffirmed …".
        if (
          ids.length ||
          proposed.length ||
          /^(?:(?:During|In|At|Throughout|Over)\s+[^,]{1,60},\s+)?(?:the two|both|they|he|she)\b/i.test(
            this.text.slice(s.start, s.end).replace(BULLET, ''),
          ) ||
          groupSubjectDraft(this.text.slice(s.start, s.start + verb.index).replace(BULLET, ''))
        ) {
          const reporter: Reporter = sourceReporter(
            this.documentSource,
            this.documentSource.label,
            'third-person sentence of the document',
            0.8,
          );
          this.clausePassages(s.start, s.end, reporter, ctx, 'PARAPHRASE', passages);
          // ASSESSMENT_GOES_ON: the group's stance, for an assessment of the act it names in the next sentence.
          this.lastGroupStance =
            passages.length && passages[0].partyIds.length + passages[0].proposedParties.length >= 2
              ? { block: this.blockIndex, end: s.end, subject: { start: s.start, end: s.start + verb.index } }
              : null;
          // "They committed to:": the bullets below take its parties.
          this.leadIn =
            /:\s*$/.test(sentenceText) || FOLLOWING_ITEMS.test(sentenceText)
              ? { block: this.blockIndex, subject: { start: s.start, end: s.start + verb.index } }
              : null;
          // "The two leaders announced the following initiatives:": a lead-in whose content is the list, no position of its own.
          if (isListLeadIn(sentenceText)) passages.length = 0;
        }
      }
      // ASSESSMENT_GOES_ON (round 13): "They strongly condemned X's launch of …. This action represented a serious violation of
      // …": the group's assessment of the act its stance named, right after it in the same paragraph, is theirs too.
      const stance = this.lastGroupStance;
      if (
        passages.length === 0 &&
        stance &&
        stance.block === this.blockIndex &&
        stance.end < s.start &&
        /^\s*$/.test(this.text.slice(stance.end, s.start)) &&
        DEMONSTRATIVE_ASSESSMENT.test(sentenceText)
      ) {
        const reporter: Reporter = sourceReporter(
          this.documentSource,
          this.documentSource.label,
          'third-person sentence of the document: an assessment of the act the stance before it named, its parties',
          0.6,
        );
        this.passage(s.start, s.end, reporter, ctx, 'PARAPHRASE', passages, null, stance.subject, true);
      }
      if (stance && stance.end < s.start) this.lastGroupStance = null;
      // SIGNED_ASSESSMENT (round 14): in a joint statement's own text, the signatories' assessment of their alliance or
      // partnership as a plain statement ("The X-Y Alliance is the cornerstone of …", "This partnership is also increasingly
      // important in …"): no reporting verb, the document itself their words.
      if (passages.length === 0 && this.options.kind === 'JOINT_STATEMENT' && SIGNED_ASSESSMENT.test(sentenceText)) {
        const begins = this.statementTextBegins();
        if (!begins || begins.index < s.start) {
          const reporter: Reporter = sourceReporter(
            this.documentSource,
            this.documentSource.label,
            "SIGNED_ASSESSMENT: a joint statement's assessment of the alliance or partnership, its signatories' words",
            0.6,
          );
          this.passage(s.start, s.end, reporter, ctx, 'PARAPHRASE', passages, null, null, true);
          // Its parties: the signatories (the alliance named is theirs).
          const signing = this.signatoriesOf(ctx);
          for (const p of passages)
            if (p.partyIds.length + p.proposedParties.length === 0) {
              p.partyIds = [...signing.ids];
              p.proposedParties = [...signing.proposed];
            }
        }
      }
      // A bullet of a list led by "<parties> <verb> to:": a passage of its own, the lead-in's parties its parties.
      const lead = this.leadIn;
      // LIST_NUMERAL (round 17): an item whose numeral the segmenter cut off as a sentence of its own ("1." then "Activate
      // mutual visits …" on the same line) is a bullet too; the bare numeral keeps the lead-in for it.
      const listItem =
        BULLET.test(sentenceText.trimStart()) || LIST_NUMERAL_BEFORE.test(this.text.slice(Math.max(0, s.start - 12), s.start));
      if (passages.length === 0 && lead && lead.block < this.blockIndex && listItem) {
        const reporter: Reporter = sourceReporter(
          this.documentSource,
          this.documentSource.label,
          'third-person sentence of the document: a bullet of a list, the parties of its lead-in',
          0.7,
        );
        this.passage(s.start, s.end, reporter, ctx, 'PARAPHRASE', passages, null, null, true, [lead.subject]);
      } else if (
        !/:\s*$/.test(sentenceText) &&
        !FOLLOWING_ITEMS.test(sentenceText) &&
        !listItem &&
        !/^\s*\d{1,2}[.)]\s*$/.test(sentenceText)
      )
        this.leadIn = null;
    }
    // 5. A news report's own account of a position ("Austin reaffirmed … that …" with no one reporting it): the
    // newspaper's words, or those of the body the paragraph's sentence before was attributed to.
    if (
      !trailed &&
      frames.length === 0 &&
      bigQuotes.length === 0 &&
      this.options.kind === 'NEWS_ARTICLE' &&
      // Attributed to someone not on record ("a U.S. official said"): not the newspaper's account.
      !outerAttribution(this.text.slice(s.start, s.end), () => true) &&
      !trailingFrame(this.text.slice(s.start, s.end))
    ) {
      const account =
        NEWS_ACCOUNT_VERB.exec(this.text.slice(s.start, s.end)) ??
        meetingPurpose(this.text.slice(s.start, s.end)) ??
        STANCE_ACT.exec(this.text.slice(s.start, s.end));
      // PASSIVE_AGENT: a stance in the passive with its agent ("… was confirmed by the two ministers") when it comes first.
      const passive = PASSIVE_BY_VERB.exec(this.text.slice(s.start, s.end));
      const found = passive && (!account || passive.index < account.index) ? passive : account;
      const verb = earlierTopic(this.text.slice(s.start, s.end), found);
      if (verb && verb.index < 160) {
        const { ids, proposed } = this.parties(s.start, s.start + verb.index, ctx, []);
        // GROUP_SUBJECT_DRAFT: the group of the talks as subject is a draft, its people resolved or not.
        const group = groupSubjectDraft(this.text.slice(s.start, s.start + verb.index));
        if ((ids.length || proposed.length || group) && !this.thirdCountrySubject(s.start, s.start + verb.index, ids, ctx)) {
          // ATTRIBUTION_RUNS_ON: the paragraph right after one attributed to a body's document (on record or proposed), its
          // subject the talks' people together or the body's own side, no framing of the story's own: that document still.
          // (BODY_ACCOUNT_OF_TALKS: only when that paragraph reported the talks' people: "After the meeting, the ministry announced
          // that <a unit was set up>" is the body's news, not its account of the talks the next paragraph could go on.)
          const sameSide =
            this.carried?.block === this.blockIndex - 1 &&
            this.carried.reported &&
            (this.carried.reporter.source?.publisherId != null || this.carried.reporter.source?.proposedPublisher != null) &&
            attributionRunsOn(
              this.text.slice(s.start, s.end),
              this.relaySubject(this.carried.reporter.source!, this.text.slice(s.start, s.start + verb.index), ids, proposed),
              verb.index,
            );
          if (sameSide) this.carried = { block: this.blockIndex, reporter: this.carried!.reporter, reported: true };
          // GROUP_ACCOUNT_NOT_REMARKS: one official's remarks carried in the paragraph hold no group's position.
          const carriedRemarks = this.carried?.block === this.blockIndex ? this.carried.reporter : null;
          const carried =
            carriedRemarks?.source &&
            this.groupAfterRemarks(this.text.slice(s.start, s.start + verb.index), s.start, { ...ctx, source: carriedRemarks.source })
              ? null
              : carriedRemarks;
          // JOINT_STATEMENT_SETTING: "In a joint statement issued after the talks, the two reaffirmed …": the signatories' words.
          const joint = JOINT_STATEMENT_SETTING.test(this.text.slice(s.start, s.start + verb.index));
          // RELAYED_ACCOUNT_GOES_ON: the joint statement or the spokesperson's account named before, with the same people.
          const relay = this.relay;
          const subjectWords = this.text.slice(s.start, s.start + verb.index).trim();
          const relayed =
            !joint &&
            !carried &&
            relay &&
            continuesRelayedAccount(this.text.slice(s.start, s.end), relay.account, {
              group:
                ids.length + proposed.length >= 2 ||
                SIGNATORY_REFERENCE.test(subjectWords) ||
                /^the\s+(?:three|four|five)$/i.test(subjectWords),
              recent: this.blockIndex - relay.block <= RELAYED_ACCOUNT.paragraphs,
            })
              ? relay.account === 'joint'
                ? {
                    ...relay.reporter,
                    officialIds: ids,
                    proposed,
                    span: subjectWords,
                    rule: `${relay.reporter.rule}; ${RELAYED_ACCOUNT.name}`,
                  }
                : { ...relay.reporter, relayed: true, rule: `${relay.reporter.rule}; ${RELAYED_ACCOUNT.name}` }
              : null;
          if (relayed && relay) {
            for (const k of [...ids.map(String), ...proposed]) relay.parties.add(k);
            relay.block = this.blockIndex;
          }
          const own: Reporter = joint
            ? {
                kind: 'official',
                officialIds: ids,
                proposed,
                source: null,
                span: this.text.slice(s.start, s.start + verb.index).trim(),
                rule: 'a joint statement the story reports: its signatories, the subject',
                confidence: 0.7,
                documentKind: 'JOINT_STATEMENT',
              }
            : carried
              ? { ...carried, rule: `${carried.rule}; attribution carried from the paragraph's sentence before` }
              : sourceReporter(
                  this.documentSource,
                  this.documentSource.label,
                  'third-person sentence of the newspaper (its own account)',
                  0.6,
                );
          // SPOKEN_SETTING_OPENING: "During a press conference …, X urged …": X's words there (one person, not carried).
          const spoken =
            !relayed &&
            !joint &&
            !carried &&
            ids.length + proposed.length === 1 &&
            SPOKEN_SETTING_OPENING.test(this.text.slice(s.start, s.end))
              ? ({
                  kind: 'official',
                  officialIds: ids,
                  proposed,
                  source: null,
                  span: subjectWords,
                  rule: 'the subject speaking on the occasion the sentence opens on',
                  confidence: 0.6,
                } satisfies Reporter)
              : null;
          const reporter = relayed ?? spoken ?? own;
          const before = passages.length;
          this.clausePassages(s.start, s.end, reporter, ctx, 'PARAPHRASE', passages);
          // COUNTRY_PAIR_OF_THE_TALKS (round 14): "Australia and the United States are of one mind …" with no one resolved: the
          // people of the meeting the story reports (two countries, theirs).
          const talks = this.reported;
          if (
            !ids.length &&
            !proposed.length &&
            COUNTRY_PAIR_SUBJECT.test(subjectWords) &&
            talks &&
            talks.participantIds.length + talks.proposedParticipants.length === 2
          )
            for (const p of passages.slice(before))
              if (p.partyIds.length + p.proposedParties.length === 0) {
                p.partyIds = [...talks.participantIds];
                p.proposedParties = [...talks.proposedParticipants];
              }
          if (joint) this.jointStatement = { reporter, subject: { start: s.start, end: s.start + verb.index } };
        } else if (this.jointStatement && JOINT_DOCUMENT_SUBJECT.test(this.text.slice(s.start, s.start + verb.index))) {
          // JOINT_DOCUMENT_SUBJECT: "The joint statement also called for …" after "In a joint statement …, the two …": the
          // statement named before, its signatories the parties.
          const { reporter, subject } = this.jointStatement;
          this.passage(
            s.start,
            s.end,
            { ...reporter, rule: `${reporter.rule}; ${JOINT_DOCUMENT_SUBJECT_RULE}` },
            ctx,
            'PARAPHRASE',
            passages,
            null,
            subject,
            true,
          );
        }
      }
    }
    // The body a news paragraph is attributed to carries to its next sentences ("The ministry added …", "It said …").
    if (this.options.kind === 'NEWS_ARTICLE') {
      // LEAD_BODY_CARRIES: so does a body that leads its sentence's one frame ("Seoul's defense ministry said the two …").
      const lead =
        !outer && frames.length === 1 && bigQuotes.length === 0 && frames[0].verbStart - s.start < 80 ? frames[0].reporter : null;
      // QUOTED_BODY_CARRIES: so does the body a sentence's quotation is attributed to ('“…,” the ministry said in a release').
      const quotedBody =
        !outer && !lead && bigQuotes.length > 0 && passages.length > 0 && passages.every((p) => bodyDocument(p.source))
          ? passages[0].source
          : null;
      const said: Reporter | null =
        outer?.reporter ??
        lead ??
        (quotedBody ? sourceReporter(quotedBody, quotedBody.label, QUOTED_BODY_CARRIES, 0.6) : null) ??
        // ATTRIBUTION_RUNS_ON: so does a body's document that reports the talks with no position of theirs ("X had a call with
        // Y, the ministry said in a statement"): what the next paragraph tells of them is still that document's.
        (!lead && !quotedBody && frames.length === 0 && bigQuotes.length === 0 && this.namesTalksPeople(s, ctx)
          ? this.trailingDocument(s, reporterAt)
          : null);
      const body = said?.kind === 'source' && said.source && !said.source.isDocument ? said : null;
      if (body)
        this.carried = {
          block: this.blockIndex,
          reporter: body,
          // BODY_ACCOUNT_OF_TALKS: it reported the talks' people (a draft of theirs, or both of them named: "X had a call with Y,
          // the ministry said in a statement"), not the body's own news.
          reported:
            passages.some((p) => p.partyIds.length + p.proposedParties.length > 0) ||
            (this.carried?.block === this.blockIndex && this.carried.reported) ||
            this.namesTalksPeople(s, ctx) ||
            // BODY_TELLS_OUTCOME (round 15): or a draft of what the talks came to, its people unresolved ("South Korea and
            // Australia's defense chiefs agreed on Tuesday to …, the ministry said").
            (passages.length > 0 && BODY_TELLS_OUTCOME.test(this.text.slice(s.start, s.end))),
        };
      else if (
        // NEXT_PARAGRAPH_BOTH_SIDES: a paragraph of the talks' people together with no position and no attribution of its own
        // ("The ministers also exchanged views on …") keeps the document for the paragraph after it.
        this.carried?.block === this.blockIndex - 1 &&
        this.carried.reported &&
        passages.length === 0 &&
        frames.length === 0 &&
        quotes.length === 0 &&
        !trailed &&
        // TALKS_HELD_CARRIES (round 15): or a paragraph reporting the talks held, the talks' people named ("A met his
        // counterpart B on the sidelines of …"): the document's account of the talks goes on.
        (this.talksGroupAtStart(s, ctx) ||
          (reportsEngagement(this.text.slice(s.start, s.end)) && this.parties(s.start, s.end, ctx, []).ids.length > 0)) &&
        continuesBodyAccount(this.text.slice(s.start, s.end), true)
      )
        this.carried = { ...this.carried, block: this.blockIndex };
      else if (this.carried?.block !== this.blockIndex) this.carried = null;
      this.updateRelay(s, frames, outer != null || trailed, bigQuotes.length > 0, passages, ctx, reporterAt);
      // ALSO_SAID_AFTER_TOLD_IN_TALKS: this paragraph told of the talks in the paper's account ("X told Y that …").
      if (
        passages.length > 0 &&
        passages.every((p) => p.source.isDocument) &&
        ALSO_SAID_AFTER_TOLD_IN_TALKS.told.test(this.text.slice(s.start, s.end))
      )
        this.toldInTalks = this.blockIndex;
      else if (this.toldInTalks !== this.blockIndex) this.toldInTalks = null;
    }
    void out;
    return passages;
  }

  /**
   * THIRD_COUNTRY_SUBJECT: a news sentence whose subject is an official of a country that is no side of the talks, named by
   * nationality ("Chinese defense spokesperson X warned …", after an opening phrase too), none of them on record: that
   * country's reaction, the story's background, not a position of the talks.
   */
  private thirdCountrySubject(start: number, end: number, ids: number[], ctx: Ctx): boolean {
    if (ids.length) return false;
    const words = this.text.slice(start, end);
    const m = THIRD_COUNTRY_SUBJECT.exec(words.slice(openingAdjunct(words)));
    const code = m ? countriesNamed(m[1])[0] : undefined;
    if (!code) return false;
    const sides = new Set(
      (ctx.call?.participantIds ?? this.recent.flatMap((r) => r.ids)).map((id) => this.lex.officials.get(id)?.countryCode),
    );
    return sides.size > 0 && !sides.has(code);
  }

  /**
   * RELAYED_ACCOUNT: after a news sentence, the account the sentences after it may go on relaying: a joint statement the
   * story reports (its signatories the subject of the clause after it), a spokesperson's account ("<spokesperson X> said
   * in a written briefing that …", "… was quoted as saying by <spokesperson X>"). Any other attribution of the
   * sentence's own ends it.
   */
  private updateRelay(
    s: Span,
    frames: { verbStart: number; clauseStart: number; reporter: Reporter }[],
    attributed: boolean,
    quoted: boolean,
    passages: Passage[],
    ctx: Ctx,
    reporterAt: (from: number, to: number) => Reporter,
  ): void {
    const words = unquoted(this.text.slice(s.start, s.end));
    const keys = (r: { officialIds: number[]; proposed: string[] }) => [...r.officialIds.map(String), ...r.proposed];
    const reported = new Set(passages.flatMap((p) => [...p.partyIds.map(String), ...p.proposedParties]));
    // A joint statement the sentence names as its setting or its reporter: its signatories, the subject after the setting.
    const setting = JOINT_STATEMENT_SETTING.exec(this.text.slice(s.start, s.end));
    if (setting || (JOINT_DOCUMENT.test(words) && (attributed || quoted || frames.length > 0))) {
      // The subject after the setting, else the reporter after the last quotation ('"…," the ministers said in a joint statement').
      const lastQuote = this.quotesAll.filter((q) => q.start >= s.start && q.end <= s.end).pop();
      const from = setting ? s.start + setting[0].length : lastQuote ? lastQuote.end : s.start;
      const subject = this.parties(from, from + subjectLength(this.text.slice(from, s.end)), ctx, []);
      const signatories = subject.ids.length + subject.proposed.length >= 2 ? subject : this.parties(from, s.end, ctx, []);
      if (signatories.ids.length + signatories.proposed.length >= 2) {
        this.relay = {
          account: 'joint',
          reporter: {
            kind: 'official',
            officialIds: signatories.ids,
            proposed: signatories.proposed,
            source: null,
            span: this.text.slice(s.start, s.end).slice(0, 60),
            rule: 'a joint statement the story reports: its signatories, the subject',
            confidence: 0.6,
            documentKind: 'JOINT_STATEMENT',
          },
          parties: new Set([...signatories.ids.map(String), ...signatories.proposed]),
          block: this.blockIndex,
        };
        return;
      }
    }
    // A spokesperson's account: the reporter of the sentence's frame, or the one who quoted ("… quoted as saying by X").
    const by = RELAYED_ACCOUNT.quotedBy.exec(this.text.slice(s.start, s.end));
    const spokesperson = by
      ? reporterAt(s.start + by.index + by[0].indexOf(by[1]), s.start + by.index + by[0].indexOf(by[1]) + by[1].length)
      : frames.find(
          (f) =>
            f.reporter.kind === 'official' &&
            RELAYED_ACCOUNT.spokesperson.test(this.text.slice(Math.max(s.start, f.verbStart - 80), f.verbStart)),
        )?.reporter;
    if (by && !(spokesperson?.kind === 'official' && RELAYED_ACCOUNT.spokesperson.test(by[1]))) {
      this.relay = null;
      return;
    }
    if (spokesperson?.kind === 'official' && spokesperson.officialIds.length + spokesperson.proposed.length === 1) {
      for (const k of keys(spokesperson)) reported.delete(k);
      this.relay = { account: 'person', reporter: spokesperson, parties: reported, block: this.blockIndex };
      return;
    }
    // "X reportedly said …" relays the account (read with it); any other attribution of its own ends it.
    if (frames.some((f) => f.reporter.rule.includes(RELAYED_ACCOUNT.name))) return;
    if (attributed || quoted || frames.some((f) => f.reporter.kind !== 'none')) this.relay = null;
  }

  /**
   * ATTRIBUTION_RUNS_ON: who a paragraph that may relay a body's document is about: the talks' people together, the body's own
   * side (its people, or officials of its country, on record or proposed), or the other side's official alone.
   */
  private relaySubject(source: SourceGuess, subjectWords: string, ids: number[], proposed: string[]): RelaySubject {
    if (talksGroupSubject(subjectWords, ids.length + proposed.length)) return 'group';
    const body = source.publisherId;
    const country =
      body != null
        ? this.lex.organizations.get(body)?.countryCode
        : source.proposedPublisher != null
          ? this.proposedOrganizations.get(source.proposedPublisher)?.countryCode
          : null;
    const own = (id: number) =>
      (body != null && this.lex.holding(id, this.documentDate())?.organizationId === body) ||
      (country != null && this.lex.officials.get(id)?.countryCode === country);
    const ownProposed = (k: string) => country != null && this.proposedOfficials.get(k)?.countryCode === country;
    return ids.length + proposed.length > 0 && ids.every(own) && proposed.every(ownProposed) ? 'same-side' : 'other-side';
  }

  /** ATTRIBUTION_RUNS_ON: the body whose document a sentence's trailing attribution names ("…, the ministry said in a statement"). */
  private trailingDocument(s: Span, reporterAt: (from: number, to: number) => Reporter): Reporter | null {
    const oa = outerAttribution(this.text.slice(s.start, s.end), (a, b) => this.namesReporter(s.start + a, s.start + b));
    if (!oa) return null;
    const reporter = reporterAt(s.start + oa.reporter[0], s.start + oa.reporter[1]);
    // BODY_SAID_RUNS_ON (round 15): a body's bare "…, the ministry said" / "…, according to the ministry" is its document too
    // (a body speaks through a release): not a person's bare "said" (remarks, not a document).
    const body = reporter.source != null && reporter.source.speakerId == null && !reporter.source.proposedSpeaker;
    if (!oa.documentKind && !body) return null;
    return reporter.kind === 'source' && reporter.source && !reporter.source.isDocument
      ? { ...reporter, rule: `${reporter.rule}; ${ATTRIBUTION_RUNS_ON.name}` }
      : null;
  }

  /** BODY_ACCOUNT_OF_TALKS: the sentence names two or more people (on record or proposed): the talks' people, not a body's own news. */
  private namesTalksPeople(s: Span, ctx: Ctx): boolean {
    const { ids, proposed } = this.parties(s.start, s.end, ctx, []);
    return new Set(ids).size + new Set(proposed).size >= 2;
  }

  /** NEXT_PARAGRAPH_BOTH_SIDES: the sentence opens on the talks' people together ("They …", "X and Y …": the words before the first lower-case word). */
  private talksGroupAtStart(s: Span, ctx: Ctx): boolean {
    const text = this.text.slice(s.start, s.end);
    const cut = /\s(?!(?:and|of|the|de|van|von|bin|al)\b)\p{Ll}/u.exec(text)?.index ?? 0;
    const { ids, proposed } = cut > 0 ? this.parties(s.start, s.start + cut, ctx, []) : { ids: [], proposed: [] };
    return talksGroupSubject(text, ids.length + proposed.length);
  }

  /**
   * BODY_OF_A_SIDE_NOT_ON_RECORD's test: a news story's generic body name, unqualified, whose match on record is of another
   * country than the paper's and of no side of the talks (the countries of the officials named so far); with that body and
   * the sides, null otherwise.
   */
  private sideNotOnRecord(m: { start: number; end: number; text: string; ids: number[] }): {
    org: LexOrganization;
    sides: Set<string>;
    publisherCountry: string | null | undefined;
  } | null {
    if (this.options.kind !== 'NEWS_ARTICLE' || m.ids.length !== 1) return null;
    const org = this.lex.organizations.get(m.ids[0]);
    const publisherCountry = this.options.publisherId != null ? this.lex.organizations.get(this.options.publisherId)?.countryCode : null;
    if (!org?.countryCode || org.countryCode === publisherCountry) return null;
    const qualified =
      this.qualifier(m.start) != null ||
      countriesNamed(m.text).length > 0 ||
      /\p{Lu}[\p{L}-]*['’]s\s*$/u.test(this.text.slice(Math.max(0, m.start - 20), m.start));
    const sides = new Set<string>();
    this.officialMentions ??= this.lex.mentions(this.text, 0, this.text.length).filter((x) => x.kind === 'official');
    for (const x of this.officialMentions)
      if (x.start < m.end)
        for (const id of x.ids) {
          const code = this.lex.officials.get(id)?.countryCode;
          if (code) sides.add(code);
        }
    for (const o of this.proposedOfficials.values()) if (o.countryCode) sides.add(o.countryCode);
    return BODY_OF_A_SIDE_NOT_ON_RECORD.applies(org.countryCode, sides, qualified) ? { org, sides, publisherCountry } : null;
  }

  /**
   * HOME_MINISTRY (round 17): a paper of one side writes its own country's ministry generically ("according to the Ministry
   * of Defense" in a Seoul paper, on talks of Korea's minister with a minister not on record, matched on record to another
   * country's ministry): that country's one defence body on record. Re-points the mention itself, which is the paragraph's
   * cached mention, so every later reading of it (author, source, BODY_OF_A_SIDE_NOT_ON_RECORD) takes the same body.
   */
  private rehomeMinistry(m: { start: number; end: number; text: string; ids: number[] }): void {
    const side = this.sideNotOnRecord(m);
    if (!side?.publisherCountry || !side.sides.has(side.publisherCountry)) return;
    const home = [...this.lex.organizations.values()].filter(
      (o) => o.countryCode === side.publisherCountry && /\b(?:Ministry|Department)\b/.test(o.name) && /\bDefen[cs]e\b/.test(o.name),
    );
    if (home.length === 1) m.ids = [home[0].id];
  }

  /**
   * BODY_OF_A_SIDE_NOT_ON_RECORD: the key of the proposed body a news story's generic body name means, when the body on
   * record it matches is of no side of the talks (sideNotOnRecord); null otherwise.
   */
  private readonly sideBodies = new Map<number, string>();
  private officialMentions: { start: number; ids: number[] }[] | null = null;
  private bodyOfSideNotOnRecord(m: { start: number; end: number; text: string; ids: number[] }): string | null {
    const side = this.sideNotOnRecord(m);
    if (!side) return null;
    const { org } = side;
    const known = this.sideBodies.get(org.id);
    if (known) return known;
    // Named as written ("Ministry of Defence", "Defence Ministry"); a bare "the ministry" first is too vague to propose.
    const name = this.text
      .slice(m.start, m.end)
      .replace(/^the\s+/i, '')
      .trim();
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length < 2) return null;
    const place = BODY_OF_A_SIDE_NOT_ON_RECORD.dateline.exec(this.text.slice(0, 600));
    const datelined = place ? CAPITAL_GOVERNMENTS[titleCased(place[1].trim())] : undefined;
    // Its country: a side with no body on record (a proposed official's, else the dateline's).
    const unrecorded = (c: string | null | undefined): c is string =>
      c != null && ![...this.lex.organizations.values()].some((o) => o.countryCode === c);
    const country =
      [...this.proposedOfficials.values()].map((o) => o.countryCode).find(unrecorded) ?? (unrecorded(datelined) ? datelined : null);
    const key = `organization:${name.toLowerCase()}`;
    const proposed = this.proposedOrganizations.get(key);
    if (!proposed) this.proposedOrganizations.set(key, { key, name, countryCode: country, span: this.orig(m.start, m.end) });
    else proposed.countryCode ??= country;
    this.sideBodies.set(org.id, key);
    return key;
  }

  /** SPOKESPERSON_NAMED_BEFORE_TITLE: spokespeople named before their title in apposition, by full and family name: their body. */
  private readonly namedSpokespeople = new Map<string, { organizationId: number; span: string }>();
  private scanSpokespeople(sentences: Sentence[]): void {
    for (const s of sentences) {
      const text = this.text.slice(s.start, s.end);
      const title = new RegExp(SPOKESPERSON_OF_BODY.source, 'gi');
      for (const m of text.matchAll(title)) {
        const at = s.start + m.index!;
        const body = this.lex
          .mentions(this.text, s.start, at)
          .filter((x) => x.kind === 'organization' && x.ids.length === 1 && at - x.end < 30)
          .pop();
        const named = body ? SPOKESPERSON_NAMED_BEFORE_TITLE.name.exec(this.text.slice(s.start, body.start)) : null;
        if (!body || !named) continue;
        for (const n of [named[1], named[2]])
          if (!this.namedSpokespeople.has(n))
            this.namedSpokespeople.set(n, {
              organizationId: body.ids[0],
              span: this.orig(s.start + named.index + named[0].indexOf(named[1]), at + m[0].length),
            });
      }
    }
  }
  /** The body a spokesperson named before their title speaks for, when `named` is that name again (see `scanSpokespeople`). */
  private appositiveSpokesperson(named: string, ctx: Ctx): Reporter | undefined {
    const entry = this.namedSpokespeople.get(named) ?? this.namedSpokespeople.get(familyNameAtEnd(named) ?? '');
    if (!entry) return undefined;
    const org = entry.organizationId;
    return sourceReporter(
      this.source(this.bodyKind(org), org, null, entry.span, ctx),
      entry.span,
      `a spokesperson of the body speaks for it (${SPOKESPERSON_NAMED_BEFORE_TITLE.rule})`,
      0.7,
    );
  }

  /** The kinds of document a news story names for each body ("a Pentagon readout"), and whether it reports a call. */
  private readonly namedKinds = new Map<number, 'READOUT' | 'PRESS_RELEASE'>();
  private reportsCall = false;
  /** The story reports a call by telephone or video (see `namesKind`). */
  private remoteCall = false;
  /** Officials whose remarks the story says a transcript records ("…, according to a transcript released by the Pentagon"). */
  private readonly transcriptSpeakers = new Set<number>();
  private scanNamedDocuments(sentences: Sentence[]): void {
    this.reportsCall = reportsEngagement(this.text) || /\b(?:call|talks|meeting|met)\b/i.test(this.text);
    this.remoteCall = REMOTE_CALL.test(this.text);
    for (const s of sentences) {
      const text = this.text.slice(s.start, s.end);
      const transcript = /\btranscripts?\b/i.test(text);
      const hasNoun = BODY_DOCUMENT_NOUNS.some((n) => n.pattern.test(text));
      if (!transcript && !hasNoun) continue;
      const mentions = this.lex.mentions(this.text, s.start, s.end);
      if (transcript) for (const m of mentions) if (m.kind === 'official' && m.ids.length === 1) this.transcriptSpeakers.add(m.ids[0]);
      for (const m of mentions) {
        if (m.kind !== 'organization' || m.ids.length !== 1 || this.namedKinds.has(m.ids[0])) continue;
        const after = this.text.slice(m.end, Math.min(s.end, m.end + 25));
        const noun = BODY_DOCUMENT_NOUNS.find((n) => new RegExp(`^\\s*(?:[\\w-]+\\s+){0,3}?${n.pattern.source}`, 'i').test(after));
        const named = noun ? new RegExp(noun.pattern.source, 'i').exec(after) : null;
        if (noun && named && namesKind(named[0], this.remoteCall)) this.namedKinds.set(m.ids[0], noun.kind);
      }
    }
  }

  /** The kind of document a body's words come from when the sentence names none. */
  private bodyKind(organizationId: number): DocumentKind {
    if (this.options.kind !== 'NEWS_ARTICLE') return 'PRESS_RELEASE';
    return bodySourceKind(
      this.namedKinds,
      organizationId,
      this.lex.organizations.get(organizationId)?.countryCode ?? null,
      this.reportsCall,
    );
  }

  /** The sentence's attribution (its words outside quotations) names only people outside the governments. */
  private outsidersSpeak(s: Span, quotes: Quote[]): boolean {
    let outside = '';
    let at = s.start;
    for (const q of quotes.filter((x) => x.start >= s.start && x.end <= s.end)) {
      outside += `${this.text.slice(at, q.start)} … `;
      at = q.end;
    }
    outside += this.text.slice(at, s.end);
    if (!NON_OFFICIAL_SPEAKER.test(outside) || !/\b(?:said|says|told|added|argued|according to)\b/i.test(outside)) return false;
    const inQuote = (i: number) => quotes.some((q) => q.start <= i && i < q.end);
    return !this.mentionsIn(s.start, s.end).some((m) => (m.kind === 'official' || m.kind === 'title') && !inQuote(m.start));
  }

  /** CONTENT_GOES_ON: the draft of a sentence that spells out the draft before it: its parties, source, author and call. */
  private contentGoesOn(previous: Passage, sentence: Span): Passage {
    const { start, end } = this.trimPassage(sentence.start, sentence.end, previous.kind);
    const words = this.text.slice(start, end);
    return {
      ...previous,
      text: words,
      originalText: words,
      start,
      end,
      commitments: [],
      proposedCommitments: [],
      topicIds: [],
      restorations: [],
      evidence: [
        ...previous.evidence.filter((e) => e.field !== 'commitment' && e.field !== 'gate'),
        { field: 'party', value: 'the parties of the draft before', span: words.slice(0, 24), rule: CONTENT_GOES_ON_RULE, confidence: 0.6 },
      ],
    };
  }

  /** A sentence ending in a colon that takes a position ("They committed to:"), for the bullets after it. */
  private leadIn: { block: number; subject: Span } | null = null;
  /** ASSESSMENT_GOES_ON: the last sentence of a readout's or release's account whose group subject took a position. */
  private lastGroupStance: { block: number; end: number; subject: Span } | null = null;

  /** The last person a news story says spoke in a statement or release of theirs, for their quotation after it. */
  private statementBy: { person: string; kind: DocumentKind; block: number } | null = null;

  /**
   * STATEMENT_GOES_ON: "X said in a statement. … “…,” X said.": the same person's words in that paragraph or the next come
   * from the statement named. SPOKESPERSON_STATEMENT_GOES_ON (round 14): one who took no part in the call or meeting (a
   * spokesperson relaying it) speaks through that statement for the rest of the story.
   */
  private statementGoesOn(reporter: Reporter, ctx: Ctx): Reporter {
    const statement = this.statementBy;
    if (reporter.kind !== 'official' || reporter.documentKind || this.options.kind !== 'NEWS_ARTICLE' || !statement) return reporter;
    const person = [...reporter.officialIds, ...reporter.proposed].join(',');
    if (statement.person !== person) return reporter;
    // (RELAYS_UNRECORDED_TALKS, round 15: so does one who took no part in talks not on record, the ones the story reports.)
    const talks = ctx.call?.participantIds ?? (this.reported?.participantIds.length ? this.reported.participantIds : null);
    const relays =
      reporter.officialIds.length === 1 && reporter.proposed.length === 0 && !!talks && !talks.includes(reporter.officialIds[0]);
    if (this.blockIndex - statement.block > 1 && !relays) return reporter;
    return { ...reporter, documentKind: statement.kind, rule: `${reporter.rule}; from the statement named before` };
  }

  /** Where the last sentence of words of people outside the governments (analysts, critics) ends, for a quotation going on. */
  private outsiderEnd = -1;

  /** The last official's quotation (where it ends), for a quotation going on in the next sentence. */
  private lastQuote: { block: number; end: number; reporter: Reporter } | null = null;

  /** A news paragraph's attribution to a body, for the sentences after it in the paragraph. */
  private carried: { block: number; reporter: Reporter; reported: boolean } | null = null;
  /** SPEECH_IN_RELAYED_DOCUMENT: the officials a news story already gave remarks of their own (a press conference of theirs). */
  private readonly pressSpeakers = new Set<number>();
  /**
   * RELAYED_ACCOUNT: the joint statement or the spokesperson's account a news story relays, for the sentences after it with
   * no attribution of their own; `parties` the people it has reported (ids and proposed keys).
   */
  private relay: { account: 'joint' | 'person'; reporter: Reporter; parties: Set<string>; block: number } | null = null;
  /** PRONOUN_FOR_RUNNING_SPOKESPERSON: the spokesperson who reported last (their words, paragraph, sentence start). */
  private runningSpokes: { reporter: Reporter; block: number; start: number } | null = null;
  /** ALSO_SAID_AFTER_TOLD_IN_TALKS: the paragraph whose sentence told of the talks as "X told Y that …", the paper's account. */
  private toldInTalks: number | null = null;
  /** The joint statement a story reported last ("In a joint statement …, the two …"): its reporter and its subject's span. */
  private jointStatement: { reporter: Reporter; subject: Span } | null = null;

  /**
   * JOINT_STATEMENT_RELAYED (round 14): in a story, "A joint statement issued by U.S. and Indian officials said …" names no
   * signatory: the joint statement of the talks the story reports is their participants' (two or more), their words, that
   * statement the source. "…, the statement said" after it is that statement again, while no body's statement was named.
   */
  private relayedJointStatement(from: number, to: number, namesPerson: boolean, ctx: Ctx, sentenceStart: number): Reporter | null {
    if (this.options.kind !== 'NEWS_ARTICLE') return null;
    const words = this.text.slice(from, to).trim();
    // (Also where the span runs on to a participle after it: "…, the statement said, noting …".)
    const again = /(?:^|,\s*)((?:the|that|this)\s+(?:joint\s+)?statement)(?:\s+(?:also\s+)?(?:said|says|added|stated|noted))?\s*,?$/i.exec(
      words,
    );
    if (this.jointStatement && !this.lastStatement && again) {
      const r = this.jointStatement.reporter;
      return { ...r, span: again[1], rule: `${r.rule}; ${JOINT_STATEMENT_RELAYED} (named again)` };
    }
    if (namesPerson) return null;
    // (JOINT_RELEASE_CITED: "…, according to their joint press release.": so is a joint release the sentence ends on.)
    if (!/^(?:an?|the|their)\s+joint\s+(?:statement|declaration|communiqu[eé]|press\s+(?:release|statement))\b/i.test(words)) return null;
    if (this.mentionsIn(from, to).some((m) => m.kind === 'organization')) return null;
    // Its signatories: the two or more the words it is said to report name ("… said Parrikar and Carter discussed …"), or the
    // clause before it names ("the defense chiefs …, according to their joint press release"), else the participants of the talks.
    const after = this.parties(to, this.firstBoundary(to, Math.min(this.text.length, to + 160)), ctx, []);
    const before = sentenceStart < from ? this.parties(sentenceStart, from, ctx, []) : { ids: [], proposed: [] };
    const named = after.ids.length + after.proposed.length >= 2 ? after : before;
    const talks = named.ids.length + named.proposed.length >= 2 ? null : (ctx.call ?? this.reported);
    const ids = talks ? talks.participantIds : named.ids;
    const proposed = talks ? (ctx.call ? [] : (this.reported?.proposedParticipants ?? [])) : named.proposed;
    if (ids.length + proposed.length < 2) return null;
    const reporter: Reporter = {
      kind: 'official',
      officialIds: [...ids],
      proposed: [...proposed],
      source: null,
      span: this.orig(from, to).trim(),
      rule: JOINT_STATEMENT_RELAYED,
      confidence: 0.6,
      documentKind: 'JOINT_STATEMENT',
    };
    this.jointStatement = { reporter, subject: { start: from, end: to } };
    return reporter;
  }
  /** The block (paragraph) of the sentence being read. */
  private blockIndex = -1;

  /** Words that can name who reports: a person, a title, a body, a document, "he", "she", "it". */
  /**
   * OPENING_PHRASE_BEFORE_REPORTER: the reporter of the words from..to, looked for after an opening phrase's comma first
   * (in a news story), then in all of them.
   */
  private reporterAfterOpening(from: number, to: number, reporterAt: (from: number, to: number) => Reporter): Reporter {
    const skip = this.options.kind === 'NEWS_ARTICLE' ? OPENING_PHRASE_BEFORE_REPORTER.start(this.text.slice(from, to)) : 0;
    if (skip > 0) {
      const after = reporterAt(from + skip, to);
      if (after.kind !== 'none') return { ...after, rule: `${after.rule}; ${OPENING_PHRASE_BEFORE_REPORTER.name}` };
    }
    return reporterAt(from, to);
  }

  /** PROPOSED_BODY_AS_REPORTER: the key of a proposed body (not the document's publisher) the words name, in a news story, with no person named in them. */
  private proposedBodyNamed(from: number, to: number): string | null {
    if (this.options.kind !== 'NEWS_ARTICLE' || to - from > 90) return null;
    const words = this.text.slice(from, to);
    if (this.mentionsIn(from, to).some((m) => m.kind === 'official' || m.kind === 'organization') || this.proposedIn(from, to).length)
      return null;
    const own = this.proposedPublisherKey();
    for (const o of this.proposedOrganizations.values()) if (o.key !== own && PROPOSED_BODY_AS_REPORTER.names(words, o.name)) return o.key;
    return null;
  }

  private namesReporter(from: number, to: number): boolean {
    if (this.mentionsIn(from, to).some((m) => m.kind === 'official' || m.kind === 'title' || m.kind === 'organization')) return true;
    const words = this.text.slice(from, to);
    return (
      new RegExp(SOURCE_NOUN.source, 'i').test(words) ||
      /\b(?:ministry|pentagon|department|office|spokes(?:person|man|woman)|he|she|it)\b/i.test(words) ||
      NATIONAL_OFFICIAL.test(words.trim()) ||
      (this.options.kind === 'NEWS_ARTICLE' && OTHER_OUTLET_REPORT.pattern.test(words.trim())) ||
      this.proposedIn(from, to).length > 0
    );
  }

  private firstBoundary(from: number, to: number): number {
    const m = /[,;]|\bwhich\b/.exec(this.text.slice(from, to));
    return m ? from + m.index : to;
  }

  /** One clause, split where a new subject takes a position ("… and both leaders also reiterated …"). */
  private clausePassages(
    start: number,
    end: number,
    reporter: Reporter,
    ctx: Ctx,
    kind: DraftKind,
    passages: Passage[],
    leadParties: Span | null = null,
    balanced = true,
    split = SPLIT_CLAUSES && ['NEWS_ARTICLE', 'PRESS_CONFERENCE', 'TRANSCRIPT'].includes(this.options.kind),
    display: Span | null = null,
  ): void {
    const text = this.text.slice(start, end);
    if (wordCount(text) < 3) return;
    const splits: { at: number; resume: number; subjectFrom: Span | null }[] = [];
    // "… and <new subject> <position verb>": a second position with its own subject.
    const subj = new RegExp(
      `,?\\s+and\\s+(?=(?:both|each|the two|[A-Z][\\w.-]+(?:\\s+[A-Z][\\w-]+){0,3})\\s+[\\w\\s-]{0,30}?(?:also\\s+)?(?:${POSITION_VERBS})\\b)`,
      'g',
    );
    for (const m of split ? text.matchAll(subj) : []) {
      const at = start + m.index!;
      // "both Hegseth and Kim expressed": one subject, unless a position was already taken before the "and".
      if (this.insideNestedQuote(at, start, end) || !POSITION_VERB.test(text.slice(0, m.index!))) continue;
      splits.push({ at, resume: at + m[0].length, subjectFrom: null });
    }
    // "<subject> agreed that …, and agreed to …": the second verb belongs to the first subject.
    const that = new RegExp(`^(.{0,80}?)\\b(?:${POSITION_VERBS})\\s+that\\b`, 'i').exec(text);
    if (that && split) {
      const again = new RegExp(`(?<=[,”"’])\\s*,?\\s*and\\s+(?=(?:also\\s+)?(?:${POSITION_VERBS})\\b)`, 'g');
      for (const m of text.slice(that[0].length).matchAll(again)) {
        const at = start + that[0].length + m.index!;
        splits.push({ at, resume: at + m[0].length, subjectFrom: { start, end: start + that[1].length } });
      }
    }
    splits.sort((a, b) => a.at - b.at);
    // Kept whole: the subjects of its coordinated clauses are parties too.
    const extraSubjects: Span[] = split
      ? []
      : coordinatedSubjects(text, POSITION_VERBS)
          .filter((c) => POSITION_VERB.test(text.slice(0, c.at)) && !this.insideNestedQuote(start + c.at, start, end))
          .concat(kind === 'PARAPHRASE' ? secondThatClauseSubjects(text) : [])
          .map((c) => ({ start: start + c.subjectStart, end: start + c.subjectEnd }));
    let from = start;
    let subjectFrom: Span | null = null;
    for (const sp of [...splits, { at: end, resume: end, subjectFrom: null }]) {
      this.passage(
        from,
        sp.at,
        reporter,
        ctx,
        kind,
        passages,
        from === start ? leadParties : null,
        subjectFrom,
        balanced,
        extraSubjects,
        display,
      );
      from = sp.resume;
      subjectFrom = sp.subjectFrom;
    }
  }

  /** MEETING_AS_SUBJECT: the words from start to end are the talks themselves, and a verb of a stance or a topic follows. */
  private meetingAsSubject(start: number, end: number): boolean {
    return (
      MEETING_AS_SUBJECT.test(this.text.slice(start, end).replace(BULLET, '')) && MEETING_STANCE_VERB.test(this.text.slice(end, end + 40))
    );
  }

  /**
   * The first position verb of words. In a joint statement, "We confirm that the United States remains committed …": the
   * signatories' present-tense verb when it comes first, the clause after it being what they confirm.
   */
  private positionVerb(words: string): RegExpExecArray | null {
    const past = earlierTopic(words, POSITION_VERB.exec(words) ?? meetingPurpose(words) ?? STANCE_ACT.exec(words));
    if (this.options.kind !== 'JOINT_STATEMENT' || !past || !SIGNATORY_REFERENCE.test(words.replace(BULLET, '').trimStart())) return past;
    const present = SIGNATORIES_PRESENT.exec(words);
    return present && present.index < past.index ? present : past;
  }

  /** OPENING_ADVERBIAL_VERB: the length of an opening adverbial phrase that holds the first position verb of words, else 0. */
  private adverbialOpening(words: string): number {
    const length = OPENING_ADVERBIAL.exec(words)?.[0].length ?? 0;
    const first = length ? this.positionVerb(words) : null;
    return first && first.index < length ? length : 0;
  }

  private insideNestedQuote(at: number, start: number, end: number): boolean {
    return findQuotes(this.text.slice(start, end), start).some((q) => q.start < at && at < q.end);
  }

  private passage(
    start: number,
    end: number,
    reporter: Reporter,
    ctx: Ctx,
    kind: DraftKind,
    passages: Passage[],
    leadParties: Span | null,
    subjectFrom: Span | null,
    balanced: boolean,
    extraSubjects: Span[] = [],
    display: Span | null = null,
  ): void {
    ({ start, end } = this.trimPassage(start, end, kind));
    const words = this.text.slice(start, end);
    if (wordCount(words) < 4) return;
    if (kind === 'PARAPHRASE' && isEventClause(words)) return;
    // A quotation is a speaker's words: the talks described, a courtesy or travel to come yield nothing, as in a turn.
    if (kind === 'DIRECT_QUOTE' && (quotationNothing(words) || quotedNothing(words))) return;
    const evidence: Evidence[] = [];
    const subjectText = subjectFrom ? this.text.slice(subjectFrom.start, subjectFrom.end).trim() : '';
    // Who took a position: the subject before the first position verb (or the words before the quote), after an
    // OPENING_ADJUNCT ("During the call, which X requested, the two agreed …": the two, not X).
    const adjunct =
      kind === 'PARAPHRASE'
        ? openingAdjunct(words) ||
          participleOpening(words) ||
          (OPENING_PARTICIPLE_CLAUSE.exec(words)?.[0].length ?? 0) ||
          this.adverbialOpening(words)
        : 0;
    // ADJUNCT_APPOSITIVE (round 11): "During her meeting with her counterpart, Secretary X, the two denounced …": the name
    // between the adjunct and a group subject is the adjunct's object in apposition, not the subject.
    const opening = adjunct ? adjunct + (ADJUNCT_APPOSITIVE.exec(words.slice(adjunct))?.[0].length ?? 0) : 0;
    const after = opening ? this.positionVerb(words.slice(opening)) : null;
    const verb = after ? { index: after.index + opening } : this.positionVerb(words);
    // No position verb ("… that Hegseth had backed a larger role"): the subject ends at the clause's first verb.
    let subjectEnd = verb ? start + verb.index : kind === 'PARAPHRASE' ? start + subjectLength(words) : start;
    // REDUCED_RELATIVE_APPOSITIVE: "…, a figure X declined to endorse": the verb after the appositive is the background
    // clause's, its subject no party; the sentence's subject ends at its own first verb.
    // (OPENING_ADVERBIAL_VERB: the comma that ends an opening phrase set aside is no appositive's: "In view of …, the two
    // Ministers concurred".)
    const appositive =
      verb &&
      !(after && REDUCED_RELATIVE_APPOSITIVE.exec(words.slice(0, verb.index))?.index === words.slice(0, opening).trimEnd().length - 1)
        ? REDUCED_RELATIVE_APPOSITIVE.exec(words.slice(0, verb.index))
        : null;
    // (After a clause with a verb of its own: "In addition, the two Ministers agreed" opens with no appositive.)
    if (appositive && subjectLength(words.slice(0, appositive.index)) > 0)
      subjectEnd = start + subjectLength(words.slice(0, appositive.index));
    // "Kihara said he had thanked Austin": "he" is the reporter (added below), not the last person named.
    const reporterPronoun =
      reporter.kind === 'official' && !reporter.relayed && reporter.officialIds.length + reporter.proposed.length === 1
        ? PRONOUN.exec(words)
        : null;
    const subjectStart = reporterPronoun ? Math.min(subjectEnd, start + reporterPronoun[0].length) : after ? start + opening : start;
    let parties = subjectFrom
      ? this.parties(subjectFrom.start, subjectFrom.end, ctx, evidence)
      : leadParties && !/^\p{Lu}/u.test(words)
        ? this.parties(leadParties.start, leadParties.end, ctx, evidence)
        : this.subjectParties(subjectStart, subjectEnd, ctx, evidence);
    // LEAD_PARTIES_FOR_COUNTRY_SUBJECT (round 17): "X added that Seoul hopes …" relayed as a body's account: a clause whose
    // subject names no one (a capital, a country) holds the position of the one whose words they are.
    if (leadParties && !subjectFrom && parties.ids.length + parties.proposed.length === 0 && reporter.kind === 'source')
      parties = this.parties(leadParties.start, leadParties.end, ctx, evidence);
    // SHARED_WITH_OTHER: "X spoke with Y to discuss their shared focus on …": "their" is X and Y, so Y holds it too.
    const shared = kind === 'PARAPHRASE' && parties.ids.length + parties.proposed.length === 1 ? SHARED_WITH_OTHER.exec(words) : null;
    if (shared) {
      const from = start + shared.index + shared[0].indexOf(shared[1]);
      const other = this.parties(from, from + shared[1].length, ctx, []);
      if (other.ids.length + other.proposed.length === 1) {
        parties = { ids: uniq([...parties.ids, ...other.ids]), proposed: uniq([...parties.proposed, ...other.proposed]) };
        evidence.push({ field: 'party', value: shared[1], span: shared[0], rule: SHARED_WITH_OTHER_RULE, confidence: 0.6 });
      }
    }
    // WITH_GROUP_PARTICIPLE: "…, with the pair also pledging to …": the group holds it too.
    const withGroup = kind === 'PARAPHRASE' || reporter.kind === 'source' ? WITH_GROUP_PARTICIPLE.exec(words) : null;
    if (withGroup) {
      const from = start + withGroup.index + withGroup[0].indexOf(withGroup[1]);
      const group = this.parties(from, from + withGroup[1].length, ctx, evidence);
      parties = { ids: uniq([...parties.ids, ...group.ids]), proposed: uniq([...parties.proposed, ...group.proposed]) };
    }
    // VERB_WITH_PARTNER: "X underscored with Minister Y progress on …": Y holds it too.
    const partner = kind === 'PARAPHRASE' && verb ? VERB_WITH_PARTNER.exec(words.slice(verb.index)) : null;
    if (partner) {
      const from = start + verb!.index + partner[0].length - partner[1].length;
      const other = this.parties(from, from + partner[1].length, ctx, []);
      if (other.ids.length + other.proposed.length === 1) {
        parties = { ids: uniq([...parties.ids, ...other.ids]), proposed: uniq([...parties.proposed, ...other.proposed]) };
        evidence.push({ field: 'party', value: partner[1], span: partner[0], rule: VERB_WITH_PARTNER_RULE, confidence: 0.6 });
      }
    }
    // "<official> said Japan would …": a country as the subject stands for its official in the call only when a body
    // reports it, or that official; another country's official speaks of it (their own words, their position).
    const government = evidence.findIndex((e) => e.rule === GOVERNMENT_SUBJECT);
    if (government >= 0 && reporter.kind === 'official' && !parties.ids.every((id) => reporter.officialIds.includes(id))) {
      parties = { ids: [], proposed: parties.proposed };
      evidence.splice(government, 1);
    }
    for (const sub of extraSubjects) {
      const more = this.parties(sub.start, sub.end, ctx, evidence);
      parties = { ids: uniq([...parties.ids, ...more.ids]), proposed: uniq([...parties.proposed, ...more.proposed]) };
    }
    // POSSESSOR_OF_POSITION: "The Secretary's answer was yes", "the U.S. side's commitment … was confirmed": the position is
    // the possessor's (a participant by title or name, or a country's side: its participant), not the speaker's.
    const possessor = parties.ids.length + parties.proposed.length === 0 ? POSSESSOR_OF_POSITION.exec(words) : null;
    if (possessor) {
      const at = start + possessor.index + possessor[0].indexOf(possessor[1]);
      let of = this.parties(at, at + possessor[1].length, ctx, evidence);
      const code = of.ids.length + of.proposed.length ? null : governmentSubject(possessor[1].replace(/\s+side$/i, ''));
      const side = code ? (ctx.call?.participantIds ?? []).filter((p) => this.lex.officials.get(p)?.countryCode === code) : [];
      if (side.length === 1) {
        of = { ids: side, proposed: [] };
        evidence.push({
          field: 'party',
          value: this.lex.officials.get(side[0])!.name,
          span: possessor[1],
          rule: GOVERNMENT_SUBJECT,
          confidence: 0.6,
        });
      }
      if (of.ids.some((id) => !(reporter.kind === 'official' && reporter.officialIds.includes(id))) || of.proposed.length) parties = of;
    }
    const possessed = possessor != null && parties.ids.length + parties.proposed.length > 0;
    // OWN_LATER_SENTENCE: a quotation of several sentences whose later sentence opens on the speaker's first person ("The
    // Secretary told me …. Our deterrence is backed by …"): the speaker takes that position too (the union of its subjects).
    if (
      kind === 'DIRECT_QUOTE' &&
      reporter.kind === 'official' &&
      parties.ids.length + parties.proposed.length > 0 &&
      !parties.ids.some((id) => reporter.officialIds.includes(id)) &&
      /[.!?]["”’]?\s+(?:I|We|Our|My)\b/.test(words)
    ) {
      parties = { ids: uniq([...parties.ids, ...reporter.officialIds]), proposed: uniq([...parties.proposed, ...reporter.proposed]) };
      evidence.push({
        field: 'party',
        value: reporter.span,
        span: reporter.span,
        rule: "OWN_LATER_SENTENCE: a later sentence of the quotation in the speaker's first person: the speaker a party too",
        confidence: 0.6,
      });
    }
    // OWN_FIRST_CLAUSE: a quotation that opens with a clause of the speaker's own, its subject no person, before a clause that
    // names another ("Article 5 is no slogan for us; the Secretary told me …"): the speaker takes that first position, a
    // party beside the others (one sentence, the union of its clauses' subjects).
    if (kind === 'DIRECT_QUOTE' && reporter.kind === 'official' && parties.ids.length + parties.proposed.length > 0) {
      const cut = /;\s*|,\s+(?:and|but)\s+/.exec(words);
      const first = cut && cut.index < subjectEnd - start ? words.slice(0, cut.index) : '';
      if (
        first &&
        hasFiniteVerb(first) &&
        !/^\s*(?:I|we|he|she|they|it|this|that|both|the two)\b/i.test(first) &&
        !PEOPLE_SUBJECT.test(first.trim().split(/\s+/).slice(0, 3).join(' ')) &&
        this.parties(start, start + cut!.index, ctx, []).ids.length === 0 &&
        this.proposedIn(start, start + cut!.index).length === 0 &&
        !parties.ids.some((id) => reporter.officialIds.includes(id))
      ) {
        parties = { ids: uniq([...parties.ids, ...reporter.officialIds]), proposed: uniq([...parties.proposed, ...reporter.proposed]) };
        evidence.push({
          field: 'party',
          value: reporter.span,
          span: first.slice(0, 40),
          rule: "OWN_FIRST_CLAUSE: the speaker's own clause before another's: the speaker a party too",
          confidence: 0.6,
        });
      }
    }
    const firstPerson = kind === 'DIRECT_QUOTE' && !possessed && FIRST_PERSON.test(words.slice(0, Math.max(0, subjectEnd - start) + 3));
    // The speaker is a party only where the words make them one ("he was encouraged", "Secretary Hegseth and I");
    // words without a subject ("the conversation was friendly") are theirs as author, not a position they took.
    // Words an official says with no one else taking the position are their own position.
    // Not a fragment without a verb ("a reaffirmation of …"), nor how the conversation went ("the call was friendly").
    const ownPosition =
      (reporter.kind === 'official' || (reporter.kind === 'source' && reporter.source?.speakerId != null && !reporter.source.isDocument)) &&
      parties.ids.length + parties.proposed.length === 0 &&
      (/\b(?:is|are|will|would|must|should|can|could|has|have|had|was|were|makes?|made|wants?|wanted)\b/.test(words) ||
        // A whole quoted sentence of six words or more ("Deterrence only works when …"): the speaker's own position.
        (wordCount(words) >= 6 && hasFiniteVerb(words)) ||
        // REPORTED_THAT_CLAUSE: the clause after the reporter's own "… told reporters that": a clause by its "that".
        (kind === 'PARAPHRASE' && wordCount(words) >= 4 && /\bthat\s+$/.test(this.text.slice(Math.max(0, start - 6), start))) ||
        // FIRST_PERSON_FRAGMENT: a quoted phrase without a verb in the speaker's own first person ('calling it "a fair share for an
        // alliance that guards our coast"'): their characterisation, their position. (Capitalised too: "Our crews trust it".)
        (kind === 'DIRECT_QUOTE' && /\b(?:[Oo]ur|[Mm]y|[Ww]e|us|I)\b/.test(words))) &&
      !/\b(?:conversation|call|meeting|talks|discussion)\s+(?:was|were|is)\b/i.test(words);
    // WORDS_OF_OTHER: the speaker tells how they took another official's words ("he had taken the secretary's words as a
    // sign of …"): the position is that official's, the speaker only its author.
    let wordsOfOther = false;
    const received = reporter.kind === 'official' ? WORDS_RECEIVED.exec(words) : null;
    if (received) {
      const at = start + received.index + received[0].lastIndexOf(received[1]);
      const other = this.parties(at, at + received[1].length, ctx, []);
      if (other.ids.length + other.proposed.length === 1 && !reporter.officialIds.includes(other.ids[0])) {
        parties = other;
        wordsOfOther = true;
        evidence.push({
          field: 'party',
          value: other.ids.length ? (this.lex.officials.get(other.ids[0])?.name ?? '') : other.proposed[0],
          span: received[1],
          rule: 'WORDS_RECEIVED: what another official told the speaker is their position',
          confidence: 0.6,
        });
      }
    }
    if (!wordsOfOther && reporter.kind === 'official' && parties.ids.length + parties.proposed.length === 0 && PRONOUN.test(words)) {
      const of = WORDS_OF_OTHER.exec(words);
      const other = of ? this.parties(start + of.index, start + of.index + of[1].length, ctx, []) : null;
      if (other && other.ids.length === 1 && !reporter.officialIds.includes(other.ids[0])) {
        parties = other;
        wordsOfOther = true;
        evidence.push({
          field: 'party',
          value: this.lex.officials.get(other.ids[0])?.name ?? '',
          span: of![0],
          rule: "another official's words the speaker reports: that official's position",
          confidence: 0.6,
        });
      }
    }
    if (!wordsOfOther && (firstPerson || (!reporter.relayed && PRONOUN.test(words)) || ownPosition)) {
      if (reporter.kind === 'official') {
        parties = { ids: uniq([...parties.ids, ...reporter.officialIds]), proposed: uniq([...parties.proposed, ...reporter.proposed]) };
        // HE_AND_I: "He and I both want …" in a quotation: the speaker and the last other person named before it.
        const heAndI = kind === 'DIRECT_QUOTE' ? HE_AND_I.exec(words.slice(0, 80)) : null;
        const bracket = heAndI?.[1] ? start + heAndI.index + heAndI[0].indexOf(heAndI[1]) : -1;
        const named = bracket >= 0 ? this.parties(bracket, bracket + heAndI![1].length, ctx, []) : null;
        if (named && named.ids.length + named.proposed.length === 1) {
          parties = { ids: uniq([...parties.ids, ...named.ids]), proposed: uniq([...parties.proposed, ...named.proposed]) };
          evidence.push({
            field: 'party',
            value: heAndI![1],
            span: heAndI![0],
            rule: `${HE_AND_I_RULE} (named in brackets)`,
            confidence: 0.7,
          });
        } else if (heAndI) {
          const other = [...this.recent]
            .reverse()
            .find(
              (r) =>
                (r.ids.length === 1 && !reporter.officialIds.includes(r.ids[0])) ||
                (r.proposed.length === 1 && !reporter.proposed.includes(r.proposed[0])),
            );
          if (other) {
            parties = { ids: uniq([...parties.ids, ...other.ids]), proposed: uniq([...parties.proposed, ...other.proposed]) };
            evidence.push({ field: 'party', value: other.span, span: 'he and I', rule: HE_AND_I_RULE, confidence: 0.6 });
          }
        }
        // "We agreed", said of a call: the speaker and the others in it. ("Before we sat down, …": the "we" of an adverbial
        // clause before the subject is not the subject, LEADING_ADJUNCT.)
        // After the speaker's lead-in ("What I will say is that we …") the subject is the reported clause's.
        const lead = SPEAKER_LEAD.exec(words);
        const rest = lead ? words.slice(lead[0].length) : '';
        // CLAUSE_OF_THE_VERB: the subject of the verb's own clause ("We did, and I told her …": I).
        const before = words.slice(0, Math.max(0, subjectEnd - start) + 3).replace(LEADING_ADJUNCT, '');
        const subject = lead ? rest.slice(0, subjectLength(rest) + 3) : before.slice(clauseOfVerb(before));
        if (
          ((firstPerson && FIRST_PLURAL.test(subject)) ||
            jointPredicate(words) ||
            explicitGroupOf(words, ctx.call?.participantIds.length)) &&
          // GROUP_OF_ANOTHER_SIZE: "all three of us … and we intend to …" after talks between two: a wider group, not the talks.
          !groupOfAnotherSize(words, ctx.call?.participantIds.length ?? 0) &&
          // In a news report, "we" is both sides only where they did something together ("we agreed"), not "we are not going to wait".
          // A speaker alone at a briefing speaks for their side too ("we will explain our policy"): only a joint act is both.
          ((this.options.kind !== 'NEWS_ARTICLE' && !this.soloBriefing && firstPerson && FIRST_PLURAL.test(subject)) ||
            JOINT_WE.test(words) ||
            RECIPROCAL_ACT.test(words) ||
            jointPredicate(words) ||
            explicitGroupOf(words, ctx.call?.participantIds.length)) &&
          ctx.call &&
          ctx.call.participantIds.some((p) => reporter.officialIds.includes(p))
        ) {
          parties = { ids: uniq([...parties.ids, ...ctx.call.participantIds]), proposed: parties.proposed };
          evidence.push({
            field: 'party',
            value: ctx.call.participantIds.map((i) => this.lex.officials.get(i)?.name).join(', '),
            span: 'we',
            rule: '"we" of a participant: the participants of the call',
            confidence: 0.7,
          });
        } else if (
          // REPORTED_CALL_WE: the same with no call on record, of the call or meeting the text reports (someone not on record in
          // it), for a joint act of agreement ("we agreed", "we confirmed"; not "we discussed …, and I told …").
          firstPerson &&
          FIRST_PLURAL.test(subject) &&
          AGREEING_WE.test(words) &&
          !ctx.call &&
          this.reported &&
          (this.reported.participantIds.some((p) => reporter.officialIds.includes(p)) ||
            this.reported.proposedParticipants.some((p) => reporter.proposed.includes(p)))
        ) {
          parties = {
            ids: uniq([...parties.ids, ...this.reported.participantIds]),
            proposed: uniq([...parties.proposed, ...this.reported.proposedParticipants]),
          };
          evidence.push({
            field: 'party',
            value: 'the people of the reported meeting',
            span: 'we',
            rule: '"we" of a participant: the people of the reported meeting',
            confidence: 0.6,
          });
        }
        evidence.push({
          field: 'party',
          value: reporter.officialIds.map((i) => this.lex.officials.get(i)?.name).join(', ') || reporter.span,
          span: reporter.span,
          rule: firstPerson ? 'first person: the speaker' : 'no other subject: the speaker',
          confidence: 0.7,
        });
      } else if (reporter.kind === 'source' && reporter.source?.speakerId) {
        parties = { ids: uniq([...parties.ids, reporter.source.speakerId]), proposed: parties.proposed };
      } else if (reporter.kind === 'source' && reporter.source?.proposedSpeaker) {
        // PROPOSED_SPEAKER: so is a proposed speaker.
        parties = { ids: parties.ids, proposed: uniq([...parties.proposed, reporter.source.proposedSpeaker]) };
      }
    }

    // Author and originating source.
    let source: SourceGuess;
    // Words said in another setting or of the country's own decision: no call, whatever call their source has.
    let noCall = this.wordsElsewhere;
    let speakerIds: number[] = [];
    let proposedSpeakers: string[] = [];
    let organizationId: number | null = null;
    if (reporter.kind === 'source' && reporter.source) {
      source = reporter.source;
      if (source.speakerId) speakerIds = [source.speakerId];
      // PROPOSED_SPEAKER: the press conference's speaker not on record, its author.
      else if (source.proposedSpeaker) proposedSpeakers = [source.proposedSpeaker];
      else organizationId = source.publisherId;
      evidence.push({
        field: 'source',
        value: `${source.kind} ${source.label}`,
        span: reporter.span,
        rule: reporter.rule,
        confidence: reporter.confidence,
      });
    } else if (reporter.kind === 'official') {
      speakerIds = reporter.officialIds;
      proposedSpeakers = reporter.proposed;
      const current =
        ctx.source && !ctx.source.isDocument && ctx.source.speakerId && speakerIds.includes(ctx.source.speakerId) ? ctx.source : null;
      // In a news report an official's words were said to reporters: a press conference of theirs, unless another source is named.
      // So are they in a release that says so (TOLD_THE_PRESS: '"…," X told reporters after the talks').
      const toPress =
        (this.options.kind === 'NEWS_ARTICLE' && !reporter.post) ||
        TOLD_THE_PRESS.test(
          `${this.text
            .slice(Math.max(0, start - 80), start)
            .split(/[.!?]\s/)
            .pop()} ${this.text.slice(end, end + 120).split(/[.!?](?:\s|$)/)[0]}`,
        );
      // SPOKESPERSON_ON_RECORD_SPEAKS_FOR_BODY (round 17): a spokesperson on record (a holding titled spokesperson or press
      // secretary) whose unplaced words a story reports ("…, White said", "In a statement summarizing the meeting, White said
      // …") gives the body's account of talks they took no part in: the body's document, the spokesperson its author (as
      // SPOKESPERSON_OF_BODY reads one not on record). Words placed at a briefing or to reporters stay a press conference.
      const spokesHolding =
        this.options.kind === 'NEWS_ARTICLE' &&
        !current &&
        !reporter.documentKind &&
        speakerIds.length === 1 &&
        proposedSpeakers.length === 0
          ? this.lex.holding(speakerIds[0], this.documentDate())
          : null;
      const spokesOrg =
        spokesHolding?.organizationId != null &&
        SPOKESPERSON_OF_BODY.test(spokesHolding.title) &&
        !(ctx.call?.participantIds.includes(speakerIds[0]) ?? false) &&
        !SPOKESPERSON_PLACED.test(this.sentenceAround(start, end))
          ? spokesHolding.organizationId
          : null;
      const spokesDocument = spokesOrg != null ? this.source(this.bodyKind(spokesOrg), spokesOrg, null, reporter.span, ctx) : null;
      const spoken =
        !spokesDocument && !current && toPress && speakerIds.length === 1 && proposedSpeakers.length === 0
          ? this.source(
              this.transcriptSpeakers.has(speakerIds[0]) ? 'TRANSCRIPT' : 'PRESS_CONFERENCE',
              this.lex.holding(speakerIds[0], this.documentDate())?.organizationId ?? null,
              speakerIds[0],
              reporter.span,
              ctx,
            )
          : null;
      // A person not on record speaking to reporters: a press conference of theirs, its speaker to be recorded.
      const proposedSpoken =
        !current && !spoken && toPress && speakerIds.length === 0 && proposedSpeakers.length === 1
          ? this.source(
              'PRESS_CONFERENCE',
              this.proposedOfficials.get(proposedSpeakers[0])?.organizationId ?? null,
              null,
              reporter.span,
              ctx,
              null,
              // PROPOSED_SPEAKER: its speaker, proposed.
              proposedSpeakers[0],
            )
          : null;
      // GROUP_SPOKEN (round 14): two or more people a story reports speaking ("They said that …", "the two ministers said"), no
      // document named: words said together to reporters, a press conference of no one speaker.
      const groupSpoken =
        !current &&
        !spoken &&
        !proposedSpoken &&
        toPress &&
        !reporter.documentKind &&
        speakerIds.length + proposedSpeakers.length >= 2 &&
        GROUP_SPOKEN.test(reporter.rule)
          ? this.source('PRESS_CONFERENCE', null, null, reporter.span, ctx)
          : null;
      // "said in a written statement": their statement, not said in the call unless they took part in it.
      // (A spokesperson's statement of what a participant said in the call is about the call too.)
      const outside =
        reporter.documentKind != null && !(ctx.call && [...speakerIds, ...parties.ids].some((id) => ctx.call!.participantIds.includes(id)));
      // JOINT_NO_ONE_PUBLISHER: a statement two or more people issued together has no one publisher among their bodies
      // (which of them would be the first speaker depends on the order of ids, which the database and the fitting script's
      // world number differently).
      const jointly = speakerIds.length + proposedSpeakers.length >= 2;
      const written = reporter.documentKind
        ? this.source(
            reporter.documentKind,
            jointly
              ? null
              : speakerIds.length
                ? (this.lex.holding(speakerIds[0], this.documentDate())?.organizationId ?? null)
                : (this.proposedOfficials.get(proposedSpeakers[0])?.organizationId ?? null),
            null,
            reporter.span,
            outside ? { ...ctx, call: null } : ctx,
          )
        : null;
      if (outside) noCall = true;
      if (written && this.options.kind === 'NEWS_ARTICLE' && speakerIds.length + proposedSpeakers.length === 1)
        this.statementBy = { person: [...speakerIds, ...proposedSpeakers].join(','), kind: reporter.documentKind!, block: this.blockIndex };
      source =
        written ??
        current ??
        spokesDocument ??
        spoken ??
        proposedSpoken ??
        groupSpoken ??
        (this.options.kind === 'NEWS_ARTICLE' ? this.documentSource : (ctx.source ?? this.documentSource));
      if (this.options.kind === 'NEWS_ARTICLE' && source.kind === 'PRESS_CONFERENCE' && !source.isDocument)
        for (const id of speakerIds) this.pressSpeakers.add(id);
      if (
        kind === 'PARAPHRASE' &&
        source.isDocument &&
        (source.publisherId != null ||
          (source.kind !== 'JOINT_STATEMENT' && (this.proposedPublisherKey() != null || this.publisherPersonAuthor() != null))) &&
        ['READOUT', 'PRESS_RELEASE', 'JOINT_STATEMENT'].includes(source.kind)
      ) {
        // "X said that …" in a readout is the publisher's prose: X is a party, the publisher the author.
        parties = { ids: uniq([...parties.ids, ...speakerIds]), proposed: uniq([...parties.proposed, ...proposedSpeakers]) };
        evidence.push({
          field: 'party',
          value: speakerIds.map((i) => this.lex.officials.get(i)?.name).join(', '),
          span: reporter.span,
          rule: 'reported in the third person by the document',
          confidence: reporter.confidence,
        });
        speakerIds = [];
        proposedSpeakers = [];
        organizationId = source.publisherId;
      }
      if (speakerIds.length || proposedSpeakers.length)
        evidence.push({
          field: 'author',
          value: reporter.officialIds.map((i) => this.lex.officials.get(i)?.name).join(', ') || reporter.span,
          span: reporter.span,
          rule: reporter.rule,
          confidence: reporter.confidence,
        });
      evidence.push({
        field: 'source',
        value: `${source.kind} ${source.label}`,
        span: reporter.span,
        rule: written
          ? 'their own statement ("said in a statement")'
          : current
            ? "the speaker's source named earlier"
            : 'no source named: the document itself',
        confidence: current || written ? 0.7 : 0.5,
      });
    } else {
      source = ctx.source ?? this.documentSource;
      if (source.isDocument && this.options.publisherId) organizationId = this.options.publisherId;
      else if (source.speakerId) speakerIds = [source.speakerId];
      else if (source.proposedSpeaker) proposedSpeakers = [source.proposedSpeaker];
      else organizationId = source.publisherId;
      evidence.push({
        field: 'source',
        value: `${source.kind} ${source.label}`,
        span: '',
        rule: 'no reporter found: the current source',
        confidence: 0.4,
      });
    }
    // A joint statement is its signatories' words: the participants of its call or meeting.
    // RELEASE_BEFORE_TEXT (round 14): a release carrying a joint statement ("… provided the following readout: … Begin Text:"):
    // the sentences before the statement's text are the release's own, its publisher's words.
    const released = this.statementTextBegins();
    const signatories = source.isDocument && !(released && start < released.index) ? this.signatoriesOf(ctx) : { ids: [], proposed: [] };
    if (signatories.ids.length + signatories.proposed.length && speakerIds.length + proposedSpeakers.length === 0) {
      speakerIds = [...signatories.ids];
      proposedSpeakers = [...signatories.proposed];
      organizationId = null;
      evidence.push({
        field: 'author',
        value: [
          ...signatories.ids.map((i) => this.lex.officials.get(i)?.name),
          ...signatories.proposed.map((k) => this.proposedOfficials.get(k)?.name),
        ].join(', '),
        span: ctx.call ? '' : this.signatories.span,
        rule: ctx.call ? 'a joint statement: the participants of its meeting' : 'a joint statement: the signatories its opening names',
        confidence: 0.8,
      });
    }
    if (organizationId != null) {
      evidence.push({
        field: 'author',
        value: this.lex.organizations.get(organizationId)?.name ?? String(organizationId),
        span: reporter.span,
        rule: 'third-person text of a readout or release: its publisher',
        confidence: 0.8,
      });
    }
    // …the publisher not on record, named by the document itself: proposed, created on acceptance.
    // (BODY_OF_A_SIDE_NOT_ON_RECORD: or the proposed body whose document the story relays.)
    const proposedOrganization =
      organizationId == null && speakerIds.length + proposedSpeakers.length === 0
        ? source.isDocument
          ? this.proposedPublisherKey()
          : source.kind === 'PRESS_RELEASE' || source.kind === 'READOUT'
            ? (source.proposedPublisher ?? null)
            : null
        : null;
    // …or the minister whose own release it is.
    const ownRelease =
      !proposedOrganization && organizationId == null && speakerIds.length + proposedSpeakers.length === 0 && source.isDocument
        ? this.publisherPersonAuthor()
        : null;
    if (ownRelease) {
      speakerIds = ownRelease.id != null ? [ownRelease.id] : [];
      proposedSpeakers = ownRelease.key ? [ownRelease.key] : [];
      evidence.push({
        field: 'author',
        value: ownRelease.key ? `${this.proposedOfficials.get(ownRelease.key)!.name} (new)` : String(ownRelease.id),
        span: this.proposedOfficials.get(ownRelease.key ?? '')?.span ?? '',
        rule: "third-person text of a minister's own release: the minister named at its head",
        confidence: 0.6,
      });
    }
    if (proposedOrganization)
      evidence.push({
        field: 'author',
        value: `${this.proposedOrganizations.get(proposedOrganization)!.name} (new)`,
        span: this.proposedOrganizations.get(proposedOrganization)!.span,
        rule: 'third-person text of a release whose publisher is not on record: the publisher its text names, proposed',
        confidence: 0.6,
      });

    // PAST_PERIOD_LEAD: "Last week X told parliament …" in a story on a call made since: not words of that call.
    const leadCall = this.options.kind === 'NEWS_ARTICLE' && !noCall ? (source.callId ?? ctx.call?.id ?? null) : null;
    if (leadCall != null) {
      // The sentence from its start: after the last line break or sentence end before the passage.
      const before = this.text.slice(Math.max(0, start - 200), start);
      const cut = Math.max(
        before.lastIndexOf('\n') + 1,
        ...[...before.matchAll(/[.!?]["”’)]?\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length),
      );
      const call = this.lex.data.calls.find((c) => c.id === leadCall);
      const published = this.options.publishedOn;
      if (call && published && outsidePastPeriodLead(before.slice(cut) + this.text.slice(start, end), call.date, published)) noCall = true;
    }
    const callId = noCall ? null : (source.callId ?? ctx.call?.id ?? null);
    if (callId != null) {
      const call = this.lex.data.calls.find((c) => c.id === callId)!;
      evidence.push({
        field: 'call',
        value: call.title,
        span: ctx.callEvidence,
        rule: source.callId ? 'the call of the originating source' : 'the call the text is about',
        confidence: 0.8,
      });
    }
    const call = callId != null ? this.lex.data.calls.find((c) => c.id === callId)! : undefined;
    const sideDate = call ? this.sideDate(call, source.publisherId ?? organizationId, speakerIds[0]) : undefined;
    const date = sideDate ?? call?.date ?? this.documentDate();
    if (date) {
      const rule = sideDate
        ? "date of the call on the publisher's side (its start in their time zone)"
        : call
          ? 'date of the call'
          : 'date the text gives, else publication date';
      evidence.push({ field: 'date', value: date, span: '', rule, confidence: call ? 0.8 : 0.5 });
    }

    // The words the draft covers: the whole sentence of a news report's paraphrase (its frame too), else the clause.
    if (display) ({ start, end } = this.trimPassage(display.start, display.end, kind));
    // Restored wording; the original span for the reviewer.
    let text = this.text.slice(start, end);
    const [oa, ob] = toOriginal(this.restored, start, end);
    const originalText = this.original.slice(oa, ob);
    if (subjectText) text = `${subjectText} ${text}`;
    if (kind === 'PARAPHRASE') {
      // "he was encouraged" stands alone as "Nakatani was encouraged".
      const only =
        reporter.kind === 'official' && reporter.officialIds.length === 1 ? this.lex.officials.get(reporter.officialIds[0]) : undefined;
      if (only && PRONOUN.test(text)) text = text.replace(PRONOUN, surname(only) ?? only.name);
      text = capitalize(text.replace(/^that\s+/i, ''));
      text = text.replace(/,([”"’])$/, '.$1');
      if (!/[.!?]["”’]?$/.test(text)) text += '.';
    }
    const restorations = editsWithin(this.restored, start, end).map((e) => [e.variant, e.restored] as [string, string]);
    for (const [from, to] of restorations)
      evidence.push({ field: 'text', value: to, span: from, rule: 'text variant restored', confidence: 0.9 });

    const stance = stanceOf(text);
    const found = commitmentsIn(this.lex, text, {
      countries: this.countriesOf(parties, callId),
      partyCountries: this.countriesOf(parties, null),
      proposals: [...this.proposedCommitments.values(), ...this.coveredProposals],
      before: this.text.slice(Math.max(0, start - 1_500), start),
      document: this.text,
      sentence: sentenceParts(this.text, start, end),
    });
    for (const p of found.covered) if (!this.coveredProposals.some((x) => x.key === p.key)) this.coveredProposals.push(p);
    const commitments = found.matched.map((c) => ({ id: c.commitment.id, stance: c.stance ?? stance, alias: c.alias }));
    for (const c of commitments) {
      const commitment = this.lex.data.commitments.find((x) => x.id === c.id)!;
      evidence.push({
        field: 'commitment',
        value: `${commitment.title} (${c.stance})`,
        span: c.alias,
        rule: c.alias.startsWith('title:') ? c.alias : `alias "${c.alias}"`,
        confidence: 0.8,
      });
    }
    const proposedCommitments: { key: string; stance: StanceGuess }[] = [];
    for (const newCommitment of found.proposed) {
      if (!this.proposedCommitments.has(newCommitment.key)) this.proposedCommitments.set(newCommitment.key, newCommitment);
      const clause = clauseStance(text, text.indexOf(newCommitment.span));
      proposedCommitments.push({ key: newCommitment.key, stance: clause });
      evidence.push({
        field: 'commitment',
        value: `${newCommitment.title} (new, ${clause})`,
        span: newCommitment.span,
        rule: `${newCommitment.rule ?? 'article of a treaty no recorded commitment covers'}: proposed`,
        confidence: 0.6,
      });
    }
    const topicIds = this.lex.data.topics.filter((t) => [t.name, ...t.aliases].some((a) => aliasMatches(a, text))).map((t) => t.id);
    const features: DraftFeatures = {
      kind,
      frame: frameFamily(reporter.rule || (reporter.kind === 'none' ? 'no reporter found' : '')),
      parties: parties.ids.length + parties.proposed.length > 0,
      call: callId != null ? 'call' : 'none',
      unbalanced: !balanced,
    };
    const measured = confidenceOf(features);
    evidence.push({
      field: 'confidence',
      value: measured.key,
      span: '',
      rule: measured.drafts
        ? `precision of drafts with these features on the development set (${measured.drafts} drafts)`
        : 'prior: features not measured',
      confidence: measured.value,
    });
    const confidence = measured.value;
    passages.push({
      kind,
      text,
      originalText,
      start: oa,
      end: ob,
      speakerIds,
      proposedSpeakers,
      attributedOrganizationId: organizationId,
      proposedOrganization,
      partyIds: parties.ids,
      proposedParties: parties.proposed,
      source,
      callId,
      date,
      commitments: commitments.map(({ id, stance }) => ({ id, stance })),
      proposedCommitments,
      topicIds,
      evidence,
      confidence,
      features,
      restorations,
    });
  }

  /** Spaces, trailing commas, a bullet and a wire story's date line off a passage; a closing full stop kept. */
  private trimPassage(start: number, end: number, kind: DraftKind): Span {
    while (start < end && /[\s,;:]/.test(this.text[start])) start++;
    const mark = BULLET.exec(this.text.slice(start, Math.min(end, start + 6)));
    if (mark) start += mark[0].length;
    // A wire story's date line: "TOKYO, Jan 13 (PWS) - ".
    const dateline = DATELINE.exec(this.text.slice(start, Math.min(end, start + 80)));
    if (dateline) start += dateline[0].length;
    while (end > start && /[\s,;:]/.test(this.text[end - 1])) end--;
    if (kind === 'PARAPHRASE') while (end > start && /[”"’]/.test(this.text[end - 1]) && !this.closesQuoteInside(start, end)) end--;
    return { start, end };
  }

  private closesQuoteInside(start: number, end: number): boolean {
    const q = findQuotes(this.text.slice(start, end), start);
    return q.some((x) => x.end === end && x.balanced);
  }

  // ---- transcripts ------------------------------------------------------------------------------

  /** A turn of a transcript, "MINISTER KIHARA: …": the answer is the speaker's own words. */
  private transcriptTurn(body: Span, label: string, calls: LexCall[], ctx: Ctx, aboutCall: boolean, turnSpeaker?: number): Passage[] {
    const para = { start: body.start, end: body.end };
    const labelAt = this.text.lastIndexOf(label, body.start);
    this.updateCall(para, calls, ctx);
    const evidence: Evidence[] = [];
    // TITLE_PRINCIPAL_FIRST: a bare label ("Minister:") stands for the principal the title names first, not on record.
    const principalKey = this.titlePrincipalKey ?? this.ownVoice?.key;
    const principalNewcomer = principalKey && PRINCIPAL_LABEL.test(label.trim()) ? principalKey : null;
    const joint = principalNewcomer ? null : this.jointLabelSpeakers(label, ctx.call?.participantIds ?? []);
    const who = joint
      ? { id: joint[0], rule: JOINT_LABEL.name }
      : principalNewcomer
        ? null
        : (labelSpeaker(
            label,
            this.speakerLookups(),
            this.documentSource.speakerId ?? this.ownVoice?.id ?? null,
            ctx.call?.participantIds ?? [],
          ) ??
          // ADDRESSED_POST: a turn handed to "Mr. Secretary", resolved with the turns' speakers.
          (turnSpeaker != null && ADDRESSED_POST_LABEL.test(label.trim())
            ? { id: turnSpeaker, rule: 'ADDRESSED_POST: the one participant with that post' }
            : null) ??
          (turnSpeaker != null && this.misspeltSpeaker(label, [turnSpeaker]) === turnSpeaker
            ? { id: turnSpeaker, rule: 'MISSPELT_LABEL: a family name misspelt by one letter' }
            : null));
    let ids: number[] = who ? [who.id] : [];
    if (who)
      evidence.push({
        field: 'author',
        value: this.lex.officials.get(who.id)!.name,
        span: label,
        rule: `speaker label, ${who.rule}`,
        confidence: 0.9,
      });
    const proposed =
      ids.length === 1
        ? []
        : principalNewcomer
          ? [principalNewcomer]
          : onePersonProposed(
              labelAt >= 0 && labelAt < body.start ? this.proposedIn(labelAt, labelAt + label.length) : this.proposedByLabel(label),
            ).map((p) => p.key);
    if (ids.length !== 1) ids = [];
    if (ids.length + proposed.length !== 1) return [];
    const turn = this.text.slice(para.start, para.end);
    const savedCall = ctx.call;
    // A government's dealings at home ("we will consult the local communities") are not about the talks.
    // OWN_DECISION: "Japan will decide its budget on its own responsibility" at the minister's own press conference after the
    // talks is his country's policy, not the talks (at a joint appearance every word is the meeting's).
    const ownDecision =
      aboutCall && OWN_DECISION.test(turn) && !this.jointEvent(calls) && !this.speaksOfCall(para.start, para.end, who?.id, calls);
    if (!aboutCall || ownDecision || HOME_AFFAIRS_WE.test(turn)) ctx.call = null;
    // "When we spoke by phone in January, …" in a March press conference: the earlier call between the same people.
    const earlier = savedCall ? this.earlierCall(para, savedCall) : this.periodEngagement(para, who?.id);
    if (earlier) ctx.call = earlier;
    const reporter: Reporter = {
      kind: 'official',
      officialIds: ids,
      proposed,
      source: null,
      span: label,
      rule: 'speaker label of a transcript turn',
      confidence: 0.9,
    };
    const passages: Passage[] = [];
    ctx.source = this.documentSource;
    this.quotesAll = [];
    // GIST_UNDER_NAMES (round 15): a newspaper's account of talks laid out under the speakers' names is its gist of their words,
    // not a transcript of them.
    this.clausePassages(
      para.start,
      para.end,
      reporter,
      ctx,
      this.options.kind === 'NEWS_ARTICLE' ? 'PARAPHRASE' : 'DIRECT_QUOTE',
      passages,
    );
    // A solo briefing's answer on another subject is not about the talks; at a joint appearance every word is.
    if ((!aboutCall || ownDecision) && this.soleSpeaker()) for (const p of passages) p.offTalks = true;
    ctx.call = savedCall;
    // "he", "him" in a speaker's words: the other participant of the call (with none on record, the other speakers of the transcript).
    const counterpart =
      aboutCall && savedCall && ids.length === 1
        ? savedCall.participantIds.filter((p) => p !== ids[0])
        : !savedCall && ids.length === 1
          ? uniq([...this.turnSpeakers.values()]).filter((p) => p !== ids[0])
          : // A speaker not on record, no call on record: the other side of the engagement the text reports.
            aboutCall && !savedCall && proposed.length === 1 && this.reported?.proposedParticipants.includes(proposed[0])
            ? this.reported.participantIds
            : [];
    // The other speakers not on record, for a speaker on record with no call on record.
    const counterpartProposed = !savedCall && ids.length === 1 ? [...this.turnProposed] : [];
    // ADDRESSED_NEWCOMER: the guests the speaker opened by addressing are the other side of the meeting too.
    const addressed = this.addressedMeeting();
    if (!savedCall && ids.length === 1 && addressed?.participantIds.includes(ids[0])) {
      for (const c of addressed.participantIds) if (c !== ids[0] && !counterpart.includes(c)) counterpart.push(c);
      for (const k of addressed.proposedParticipants) if (!counterpartProposed.includes(k)) counterpartProposed.push(k);
    }
    // JOINT_TITLE_GUEST (round 14): the guest the title names beside the speaker is the other side too.
    if (!savedCall && ids.length === 1 && this.titleMeeting?.participantIds.includes(ids[0]))
      for (const k of this.titleMeeting.proposedParticipants) if (!counterpartProposed.includes(k)) counterpartProposed.push(k);
    // REPORTED_TALKS_OTHER_SIDE: the other side of the talks the one speaker reports, none on record, for a turn about those
    // talks. (Round 18, ANY_REPORTED_TALKS: whichever rule found the talks, not only a question naming them or the counterpart
    // named further on, QUESTIONED_NEWCOMER and ONE_SIDE_COMPLETED: "I have just held a meeting with Minister X" is as good.)
    const reportedTalks = this.reported;
    if (!savedCall && aboutCall && ids.length === 1 && reportedTalks?.participantIds.includes(ids[0])) {
      for (const c of reportedTalks.participantIds) if (c !== ids[0] && !counterpart.includes(c)) counterpart.push(c);
      for (const k of reportedTalks.proposedParticipants) if (!counterpartProposed.includes(k)) counterpartProposed.push(k);
    }
    // A subject pronoun only: "I told him" makes the counterpart no party to the speaker's position.
    const pronoun = SUBJECT_PRONOUN.exec(turn);
    for (const p of passages) {
      if (pronoun && counterpart.length === 1 && !p.partyIds.includes(counterpart[0])) {
        p.partyIds.push(counterpart[0]);
        p.evidence.push({
          field: 'party',
          value: this.lex.officials.get(counterpart[0])?.name ?? '',
          span: pronoun[0],
          rule: 'pronoun in a speaker’s words: the other participant',
          confidence: 0.6,
        });
        // "He told me that …": the other side is the subject; the speaker only reports it.
        if (pronoun.index === 0 && !FIRST_PERSON_SUBJECT.test(p.originalText)) p.partyIds = p.partyIds.filter((x) => !ids.includes(x));
      }
      if (
        SPEAKER_POSITION.firstPerson.test(p.originalText) &&
        ids.length === 1 &&
        !p.partyIds.includes(ids[0]) &&
        (p.partyIds.length + p.proposedParties.length === 0 || FIRST_PERSON_SUBJECT.test(p.originalText))
      )
        p.partyIds.unshift(ids[0]);
      // "Secretary X confirmed to me that …, and I found that a strong message": the other side's position, reported.
      if (reportedToSpeaker(p.originalText) && p.partyIds.some((x) => !ids.includes(x))) {
        p.partyIds = p.partyIds.filter((x) => !ids.includes(x));
        p.proposedParties = p.proposedParties.filter((x) => !proposed.includes(x));
      }
      // "We agreed", "we will …" said of talks with no call on record: the speaker and the other side.
      if (
        !savedCall &&
        counterpart.length + counterpartProposed.length &&
        JOINT_WE_SUBJECT.test(p.originalText) &&
        !ONE_SIDE_WE.test(p.originalText)
      ) {
        addParties(p, counterpart, counterpartProposed, {
          field: 'party',
          value: counterpart.map((c) => this.lex.officials.get(c)?.name).join(', '),
          span: 'we',
          rule: '"we" of a speaker: the other speakers of the transcript',
          confidence: 0.6,
        });
      }
      // WE_OF_TALKS_NOT_ON_RECORD (round 18): a turn about talks not on record that opens on "we" as its subject ("We have just
      // discussed …", "Today, we reached …", "We also share values."), said by a participant of the talks the text reports: both
      // sides of those talks, whatever the verb (JOINT_WE_SUBJECT reads a few verbs of agreement only). Not "we" set apart from
      // the other side (ONE_SIDE_WE, OTHER_SIDE_AS_PARTNER), at home (HOME_AFFAIRS_WE) or counted as another group.
      if (!savedCall && aboutCall && weOfTalksNotOnRecord(p.originalText, ids, proposed, reportedTalks, (c) => this.personCountry(c))) {
        addParties(p, reportedTalks!.participantIds, reportedTalks!.proposedParticipants, {
          field: 'party',
          value: 'both sides of the talks',
          span: 'we',
          rule: WE_OF_TALKS_NOT_ON_RECORD.name,
          confidence: 0.6,
        });
      }
      // "What I can tell you is that the Secretary …": the speaker reports someone else and is no party. LEAD_OWN_CLAIM: not when
      // the clause after the lead is the speaker's own claim, its subject no person and no one's side ("What I can say is that
      // the commitment … does not depend on …, and the Secretary said as much": both).
      const lead = SPEAKER_POSITION.reportingLead.exec(turn);
      const claim = lead ? turn.slice(lead[0].length) : '';
      const claimSubject = lead ? claim.slice(0, subjectLength(claim)) : '';
      const ownClaim =
        lead != null &&
        claimSubject.trim().length > 0 &&
        !POSSESSOR_OF_POSITION.test(claimSubject) &&
        !PEOPLE_SUBJECT.test(claimSubject.trim()) &&
        !/^(?:I|we|he|she|they|both|the two)\b/i.test(claimSubject.trim()) &&
        this.parties(para.start + lead[0].length, para.start + lead[0].length + claimSubject.length, ctx, []).ids.length === 0;
      if (lead && !ownClaim) {
        const others = p.partyIds.filter((x) => !ids.includes(x)).length + p.proposedParties.filter((x) => !proposed.includes(x)).length;
        if (others > 0) {
          p.partyIds = p.partyIds.filter((x) => !ids.includes(x));
          p.proposedParties = p.proposedParties.filter((x) => !proposed.includes(x));
        }
      }
      // "Both of us", "the two of us", and "we" at a joint press conference: both sides of the talks.
      // (A speaker not on record too: the other side of the meeting the transcript reports.)
      const sides = aboutCall && savedCall?.participantIds.includes(ids[0]) ? savedCall.participantIds : [...ids, ...counterpart];
      const sidesProposed = savedCall ? [] : uniq([...proposed, ...counterpartProposed]);
      const group =
        ids.length + proposed.length === 1 ? turnGroupOf(p.originalText, this.jointAppearance, sides.length + sidesProposed.length) : null;
      if (group && sides.length + sidesProposed.length >= 2) {
        addParties(p, sides, sidesProposed, {
          field: 'party',
          value: [...sides.map((c) => this.lex.officials.get(c)?.name), ...sidesProposed].join(', '),
          span: 'we',
          rule: group.name,
          confidence: 0.7,
        });
      }
      // BOTH_COUNTRIES_SUBJECT: "The United States and <the guest's country> are united in …" at a joint appearance: both sides.
      const pairSubject = !group && this.jointAppearance && ids.length === 1 ? bothCountriesSubject(p.originalText) : null;
      if (pairSubject && sides.length + sidesProposed.length === 2) {
        const own = this.lex.officials.get(ids[0])?.countryCode ?? null;
        const other =
          sides.find((c) => c !== ids[0]) != null
            ? (this.lex.officials.get(sides.find((c) => c !== ids[0])!)?.countryCode ?? null)
            : (this.proposedOfficials.get(sidesProposed[0])?.countryCode ?? null);
        const codes = pairSubject.map((w) => governmentSubject(w.replace(/^The\s/, 'the ')));
        const otherCode = codes.find((c) => c !== own) ?? null;
        if (own && codes.includes(own) && otherCode && (other == null || other === otherCode)) {
          addParties(p, sides, sidesProposed, {
            field: 'party',
            value: pairSubject.join(' and '),
            span: pairSubject.join(' and '),
            rule: 'BOTH_COUNTRIES_SUBJECT: the countries of both sides as the subject at a joint appearance: both sides of the talks',
            confidence: 0.6,
          });
        }
      }
      // A speaker's own words with nobody else taking the position ("Look, Japan decides its own procurement."): the speaker's.
      if (p.partyIds.length + p.proposedParties.length === 0) {
        p.partyIds.push(...ids);
        p.proposedParties.push(...proposed);
        p.evidence.push({
          field: 'party',
          value: ids.map((x) => this.lex.officials.get(x)?.name ?? '').join(', ') || proposed.join(', '),
          span: label,
          rule: 'a speaker’s words with no other party: the speaker',
          confidence: 0.6,
        });
      }
      p.source = this.turnSource(ids, proposed);
      p.speakerIds = ids;
      if (joint) {
        p.speakerIds = [...joint];
        for (const x of joint) if (!p.partyIds.includes(x)) p.partyIds.push(x);
        p.evidence.push({
          field: 'party',
          value: joint.map((x) => this.lex.officials.get(x)?.name ?? '').join(', '),
          span: label,
          rule: JOINT_LABEL.name,
          confidence: 0.7,
        });
      }
      p.proposedSpeakers = proposed;
      p.evidence.unshift(...evidence);
    }
    return passages;
  }

  private readonly turnSources = new Map<string, SourceGuess>();
  /**
   * TURN_SPEAKER_SOURCE (round 15): a turn of a press conference or transcript comes from the document itself, its speaker the
   * turn's speaker (a joint press conference has one speaker per turn; the corpus labels a press conference's speaker as the
   * one whose words they are: 175 of 175 labelled speakers the passage's author). The document's own source when the title's
   * principal is the speaker.
   */
  private turnSource(ids: number[], proposed: string[]): SourceGuess {
    const doc = this.documentSource;
    if (!TURN_SPEAKER_SOURCE.kinds.includes(doc.kind) || ids.length + proposed.length !== 1) return doc;
    if (ids.length === 1 && doc.speakerId === ids[0]) return doc;
    const key = `document|${ids[0] ?? proposed[0]}`;
    let s = this.turnSources.get(key);
    if (!s) {
      s = { ...doc, key, speakerId: ids[0] ?? null, proposedSpeaker: ids.length ? null : proposed[0] };
      this.turnSources.set(key, s);
    }
    return s;
  }
}

/** A title without an honorific written after it ("Minister of Defense His Excellency" → "Minister of Defense"). */
const withoutHonorific = (title: string) =>
  title.replace(/\s+(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency)|Prince|Princess|Sheikh)(?:\s+(?:Prince|Princess|Sheikh))?$/, '');

/** HOSTED_TITLE_GUEST: the guest a transcript's title says its principal welcomes, greets or hosts, not on record. */
export const HOSTED_TITLE_GUEST = {
  name: 'HOSTED_TITLE_GUEST: the guest the title says the principal welcomes, greets or hosts, not on record',
  honorific: /\b(?:Highness|Excellency|Majesty|Honou?rable)\b/,
  honorifics: /\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency)\b|\b(?:Prince|Princess|Sheikh|the\s+Honou?rable|Hon\.?)(?=\s*$)/g,
  titleBefore:
    /((?:(?:Deputy|Vice|Prime|State|Defen[cs]e|Foreign|National)\s+)*(?:Minister|Secretary)(?:\s+(?:of|for)\s+(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs))?)\s*$/,
  titleAfter:
    /^,\s+(?:the\s+)?((?:[\p{Lu}][\p{L}-]*\s+){0,5}?(?:Minister|Secretary)(?:\s+(?:of|for)\s+(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs))?)\b/u,
};

/** TURN_SECTION_HEADING: a short line inside a turn, not a sentence, right before the next labelled turn. */
export const TURN_SECTION_HEADING = 'TURN_SECTION_HEADING: a short line inside a turn before the next label, not a sentence: a heading';

/** JOINT_LABEL: a turn label naming two speakers or more, split on commas, "and", "&". */
export const JOINT_LABEL = {
  name: 'JOINT_LABEL: a label naming two speakers or more: each of them the author and a party',
  split: /\s*(?:,|&|\band\b)\s*/i,
};

/** TURN_SPEAKER_SOURCE: the document kinds whose turns carry their speaker as the source's speaker. */
export const TURN_SPEAKER_SOURCE = {
  name: "TURN_SPEAKER_SOURCE: a press conference's or transcript's turn comes from the document, the turn's speaker its speaker",
  kinds: ['PRESS_CONFERENCE', 'TRANSCRIPT'] as DocumentKind[],
};

/** The same words as the title, whatever the quotes, case and final stop. */
function isTitle(sentence: string, title: string): boolean {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/[“”"‘’']/g, '')
      .replace(/[\s.]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(sentence) === norm(title);
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

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/**
 * PUBLISHER_NAMED_BY_DOCUMENT (round 13): a readout or release imported with no publisher (a copy on a blog or an aggregator,
 * whose host is not on record) names its publisher itself: the body on its lead line ("Pentagon Press Secretary X provided the
 * following readout", READOUT_LEAD_LINE; else the spokesperson's body on record), or the body on record on a publisher line of
 * its own (pipeline/publisher.ts; a body not on record is proposed instead). That body is the publisher, as if imported with it;
 * the host page's date lines and clutter are not.
 */
export function publisherNamedByDocument(lex: Lexicon, text: string, options: ExtractOptions): number | null {
  if (options.publisherId != null || !['READOUT', 'PRESS_RELEASE'].includes(options.kind)) return null;
  // A body's generic name ("Ministry of Defence", "Department of Defense") is that body on record only with its country named
  // beside it ("the Japanese Ministry of Defense", "… of the Republic of Korea"): a British release's "Ministry of Defence" is
  // not Japan's.
  const generic = (name: string) => /^(?:the\s+)?(?:Ministry|Department|Office|Agency)\s+(?:of|for)\b/i.test(name);
  const bodyOf = (line: string, names: string[]) => {
    const named = lex.mentions(line);
    const countries = new Set([
      ...named.filter((m) => m.kind === 'country' && m.countryCode).map((m) => m.countryCode!),
      ...names.flatMap((n) => countriesNamed(n)),
    ]);
    const bodies = uniq(
      named
        .filter((m) => m.kind === 'organization' && m.ids.length === 1)
        .filter((m) => !generic(m.text) || countries.has(lex.organizations.get(m.ids[0])?.countryCode ?? ''))
        .map((m) => m.ids[0]),
    );
    return { named, bodies };
  };
  const lead = readoutLeadLine(text);
  if (lead) {
    const { named, bodies } = bodyOf(lead.line, []);
    if (bodies.length === 1) return bodies[0];
    // …else the body of the spokesperson it names, on record.
    const spokespeople = uniq(
      named
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => lex.holding(m.ids[0], options.publishedOn)?.organizationId ?? null)
        .filter((id): id is number => id != null),
    );
    if (bodies.length === 0 && spokespeople.length === 1) return spokespeople[0];
  }
  const line = publisherLine(text);
  if (!line) return null;
  const { bodies } = bodyOf(
    text.slice(line.start, line.end) + (line.country ? ` of ${line.country}` : ''),
    line.country ? [line.country] : [],
  );
  return bodies.length === 1 ? bodies[0] : null;
}

/** The whole pipeline on plain text: refuses what is not a document, finds the passages. */
export function extract(lexicon: Lexicon, raw: string, options: ExtractOptions): Extraction {
  const text = normalizeText(raw);
  if (text.length > MAX_DOCUMENT_CHARS)
    throw new ImportInputError(`The document is longer than ${MAX_DOCUMENT_CHARS} characters once extracted`);
  // NAME_VARIANT: an official on record written under another spelling is read as that official, in this document.
  const mentions = lexicon.mentions(text).filter((m) => m.kind === 'official');
  const variants = nameVariants(
    text,
    lexicon.data.officials,
    (start, end) => mentions.some((m) => m.start < end && m.end > start),
    options.publishedOn,
  );
  const lex = variants.length
    ? new Lexicon({
        ...lexicon.data,
        officials: lexicon.data.officials.map((o) => {
          const more = variants.filter((v) => v.officialId === o.id).map((v) => v.alias);
          return more.length ? { ...o, aliases: [...o.aliases, ...more] } : o;
        }),
      })
    : lexicon;
  const named = publisherNamedByDocument(lex, text, options);
  return new Extractor(lex, text, named != null ? { ...options, publisherId: named } : options).run();
}
