/**
 * Passages: the clauses of a sentence that take a position, trimmed.
 */

import { surname } from '../lexicon';
import { aliasMatches, clauseStance, commitmentsIn, sentenceParts, type StanceGuess, stanceOf } from '../pipeline/commitments';
import { confidenceOf, type DraftFeatures, frameFamily } from '../pipeline/confidence';
import {
  coordinatedSubjects,
  openingAdjunct,
  PEOPLE_SUBJECT,
  secondThatClauseSubjects,
  SIGNATORY_REFERENCE,
  subjectLength,
} from '../pipeline/attribution';
import {
  clauseOfVerb,
  explicitGroupOf,
  groupOfAnotherSize,
  jointPredicate,
  participleOpening,
  RECIPROCAL_ACT,
  WORDS_RECEIVED,
} from '../pipeline/coref';
import { governmentSubject } from '../pipeline/countries';
import { outsidePastPeriodLead } from '../pipeline/dates';
import { hasFiniteVerb } from '../pipeline/frames';
import { backgroundOf, isEventClause } from '../pipeline/background';
import { BULLET } from '../pipeline/segment';
import { quotationNothing } from '../pipeline/turns';
import { editsWithin, findQuotes, type Span, toOriginal, wordCount } from '../text';
import type { Extractor } from './extractor';
import { proposedPublisherKey, publisherPersonAuthor } from './publisher';
import { documentDate, sideDateOf } from './recorded-calls';
import { signatoriesOf } from './signatories';
import { countriesOf } from './talks';
import { proposedIn, statementTextBegins } from './proposals';
import { sentenceAround } from './reading';
import { bodyKind, sourceOf } from './sources';
import { partiesOf, subjectParties } from './parties';
import {
  capitalize,
  DATELINE,
  earlierTopic,
  GOVERNMENT_SUBJECT,
  MEETING_NOUN,
  meetingPurpose,
  OPENING_PARTICIPLE_CLAUSE,
  POSITION_VERB,
  POSITION_VERBS,
  POSSESSOR_OF_POSITION,
  SIGNATORIES_PRESENT,
  SPEAKER_LEAD,
  SPLIT_CLAUSES,
  SPOKESPERSON_OF_BODY,
  STANCE_ACT,
  uniq,
} from './rules';
import type { Ctx, DraftKind, Evidence, Passage, Reporter, SourceGuess } from './types';

/** A name (its title before it) in apposition right before a group subject: see ADJUNCT_APPOSITIVE. */
const ADJUNCT_APPOSITIVE =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,5}[\p{Lu}][\p{L}'’-]+(?:,?\s+(?:Jr\.|Sr\.|III|II))?,\s+(?=(?:the\s+(?:two|three|four)|both|they)\b)/u;

/** Words said to the press: "told reporters", "told Indian and American journalists", "at a news conference". */
const TOLD_THE_PRESS =
  /\btold\s+(?:[\p{L}-]+\s+){0,3}?(?:reporters|journalists|the\s+press|the\s+media)\b|\b(?:at|during)\s+(?:a|the|an)\s+(?:joint\s+)?(?:news|press)\s+(?:conference|briefing|availability)\b/u;

/** Another official's words, remarks or assurances, as an object: "the secretary's words", "Hegseth's assurances". */
const WORDS_OF_OTHER =
  /\b((?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:[A-Z][\w-]+|secretary|minister))['’]s\s+(?:words|remarks|assurances?|reassurances?|pledge|message|comments|promise)\b/;

/** "We" of both sides of talks: they did something together. */
const JOINT_WE =
  /(?<!\b[Ww]hat\s+|\bwhich\s+)\b[Ww]e\s+(?:(?:also|both|have|had|all|jointly|further|again|once again|were able to|could)\s+)*(?:agreed|confirmed|reaffirmed|discussed|shared|exchanged|decided|concurred|affirmed|reiterated|welcomed|condemned|committed|pledged|(?:talked|spoke)\s+about)\b/;
/**
 * REDUCED_RELATIVE_APPOSITIVE: a noun phrase set off after a comma whose relative clause has no "that"/"which" (", a figure
 * Tanaka declined to endorse", ", a plan the minister has long opposed"): it tells about the noun, and its subject takes no
 * position of the sentence's. Matched on the words before the position verb (it ends at the verb).
 */
const REDUCED_RELATIVE_APPOSITIVE =
  /,\s+(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:has|had|have|also|long|reportedly|has long|had long)\s+)*$/u;

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
/** "We" agreeing with the other side: "we agreed/confirmed/reaffirmed/decided/concurred", a joint act whoever reports it. */
export const AGREEING_WE =
  /\b[Ww]e\s+(?:(?:also|both|have|had|all|jointly|further|again|once again|were able to)\s+)*(?:agreed|confirmed|reaffirmed|decided|concurred|shared\s+(?:the|a|our)\s+(?:recognition|view|understanding))\b/;

export const MEETING_AS_SUBJECT = new RegExp(
  String.raw`^\s*${MEETING_NOUN}(?:\s*,\s+(?:held|which\s+(?:was|took))\b[^,;]{1,60},)?(?:\s+(?:today|also|further|then|again))*\s*$`,
  'u',
);
const MEETING_STANCE_VERB =
  /^\s*(?:(?:also|further|again|then)\s+)?(?:reaffirmed|reiterated|re-?confirmed|affirmed|confirmed|underscored|discussed|focus(?:s)?ed\s+on|cent(?:er|re)d\s+on|concentrated\s+on)\b/i;

/** SPOKESPERSON_ON_RECORD_SPEAKS_FOR_BODY: words a spokesperson said at a briefing, to reporters or in an interview. */
const SPOKESPERSON_PLACED =
  /\b(?:told\s+(?:[\p{L}-]+\s+){0,3}?(?:reporters|journalists|the\s+press|the\s+media)|(?:news|press)\s+(?:conference|briefing|availability)|briefing|interview|podium)\b/iu;

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
 * OPENING_ADVERBIAL_VERB (round 12): an adverbial phrase or clause opening a sentence ("In view of the significance of the drill
 * as it will be the first …, the two Ministers concurred …", "Given that …, the Secretary reaffirmed …") may hold a verb of
 * its own; the sentence's verb and subject come after its comma. Used only when the first position verb lies inside it.
 * (OPENING_IN_LINE_WITH, round 13: also "In line with shared intent to move “full steam ahead” …, the Principals recognized …",
 * "Consistent with …", "Building on …", a short quotation allowed inside.)
 */
const OPENING_ADVERBIAL =
  /^\s*(?:In (?:the )?(?:view|light|consideration|recognition) of|Given|Considering|Because(?: of)?|Due to|Although|Though|While|Whereas|Regarding|Concerning|With (?:regard|respect) to|In respect of|In (?:line|keeping|accordance) with|Consistent with|In support of|Building on)\s+(?:[^;:“”"]|“[^“”]{1,60}”){2,240}?,\s+(?=(?:the|both|he|she|they|\p{Lu}))/u;

/** The reporters GROUP_SPOKEN applies to: the group named as reporter ("they", "the two ministers"). */
const GROUP_SPOKEN = /^(?:THEY_AS_REPORTER|title or group as reporter)/;

const FIRST_PERSON = /(?:^|[\s,])(?:I|[Ww]e)\b/;
const FIRST_PLURAL = /(?:^|[\s,])[Ww]e\b/;
const PRONOUN = /^(?:he|she)\b/i;

/** What clausePassages and passage need besides the words' span: whose words they are and where their passages go. */
export interface PassageOptions {
  /** Who said or wrote the words (an official, a body, a speaker of a transcript…). */
  reporter: Reporter;
  /** The document's context: its people, countries and the talks it reports. */
  ctx: Ctx;
  /** A speaker's own words (DIRECT_QUOTE) or an account of them (PARAPHRASE). */
  kind: DraftKind;
  /** Where the passages found are pushed. */
  passages: Passage[];
  /** The words naming who takes the position when the clause's own subject names no one (a lead's "X said"); null if none. */
  leadParties?: Span | null;
  /** passage only: the words of the subject that the clause shares with an earlier one ("X agreed …, and agreed to …"). */
  subjectFrom?: Span | null;
  /** Whether the quotation the words come from is balanced (false lowers the draft's confidence); true if left out. */
  balanced?: boolean;
  /**
   * clausePassages only: whether to split the clause where a new subject takes a position; left out, SPLIT_CLAUSES for a
   * news article, press conference or transcript.
   */
  split?: boolean;
  /** passage only: the subjects of coordinated clauses kept whole, parties too. */
  extraSubjects?: Span[];
  /** The words the draft covers when not the clause's own (the whole sentence of a news report's paraphrase); null if its own. */
  display?: Span | null;
}

export function firstBoundary(ex: Extractor, from: number, to: number): number {
  const m = /[,;]|\bwhich\b/.exec(ex.text.slice(from, to));
  return m ? from + m.index : to;
}

/** One clause, split where a new subject takes a position ("… and both leaders also reiterated …"). */
export function clausePassages(ex: Extractor, start: number, end: number, o: PassageOptions): void {
  const {
    reporter,
    ctx,
    kind,
    passages,
    leadParties = null,
    balanced = true,
    split = SPLIT_CLAUSES && ['NEWS_ARTICLE', 'PRESS_CONFERENCE', 'TRANSCRIPT'].includes(ex.options.kind),
    display = null,
  } = o;
  const text = ex.text.slice(start, end);
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
    if (insideNestedQuote(ex, at, start, end) || !POSITION_VERB.test(text.slice(0, m.index!))) continue;
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
        .filter((c) => POSITION_VERB.test(text.slice(0, c.at)) && !insideNestedQuote(ex, start + c.at, start, end))
        .concat(kind === 'PARAPHRASE' ? secondThatClauseSubjects(text) : [])
        .map((c) => ({ start: start + c.subjectStart, end: start + c.subjectEnd }));
  let from = start;
  let subjectFrom: Span | null = null;
  for (const sp of [...splits, { at: end, resume: end, subjectFrom: null }]) {
    passage(ex, from, sp.at, {
      reporter,
      ctx,
      kind,
      passages,
      leadParties: from === start ? leadParties : null,
      subjectFrom,
      balanced,
      extraSubjects,
      display,
    });
    from = sp.resume;
    subjectFrom = sp.subjectFrom;
  }
}

/** MEETING_AS_SUBJECT: the words from start to end are the talks themselves, and a verb of a stance or a topic follows. */
export function meetingAsSubject(ex: Extractor, start: number, end: number): boolean {
  return MEETING_AS_SUBJECT.test(ex.text.slice(start, end).replace(BULLET, '')) && MEETING_STANCE_VERB.test(ex.text.slice(end, end + 40));
}

/**
 * The first position verb of words. In a joint statement, "We confirm that the United States remains committed …": the
 * signatories' present-tense verb when it comes first, the clause after it being what they confirm.
 */
export function positionVerb(ex: Extractor, words: string): RegExpExecArray | null {
  const past = earlierTopic(words, POSITION_VERB.exec(words) ?? meetingPurpose(words) ?? STANCE_ACT.exec(words));
  if (ex.options.kind !== 'JOINT_STATEMENT' || !past || !SIGNATORY_REFERENCE.test(words.replace(BULLET, '').trimStart())) return past;
  const present = SIGNATORIES_PRESENT.exec(words);
  return present && present.index < past.index ? present : past;
}

/** OPENING_ADVERBIAL_VERB: the length of an opening adverbial phrase that holds the first position verb of words, else 0. */
export function adverbialOpening(ex: Extractor, words: string): number {
  const length = OPENING_ADVERBIAL.exec(words)?.[0].length ?? 0;
  const first = length ? positionVerb(ex, words) : null;
  return first && first.index < length ? length : 0;
}

export function insideNestedQuote(ex: Extractor, at: number, start: number, end: number): boolean {
  return findQuotes(ex.text.slice(start, end), start).some((q) => q.start < at && at < q.end);
}

/**
 * The words of one passage as passage reads them, stage by stage: PassageOptions with their defaults, then what each stage
 * finds for the stages after it (the subject, the parties, the author and source, the call and date, the draft's words).
 */
interface PassageReading extends Required<Omit<PassageOptions, 'split'>> {
  /** The words' span, trimmed; passageText moves it to the display words. */
  start: number;
  end: number;
  /** The words from start to end (as trimmed first). */
  words: string;
  /** The evidence of the draft, each stage adding its own. */
  evidence: Evidence[];
  /** The words of the subject shared with an earlier clause (subjectFrom), else ''. */
  subjectText: string;
  /** passageSubject: the position verb (its index in words), the subject's span. */
  verb: { index: number } | null;
  subjectEnd: number;
  subjectStart: number;
  /** Who takes the position: subjectPartiesOfPassage, possessorParties, ownOrOthersWords, speakerParties, authorAndSource. */
  parties: { ids: number[]; proposed: string[] };
  /** possessorParties: the position is a possessor's (POSSESSOR_OF_POSITION). */
  possessed: boolean;
  /** ownOrOthersWords: the speaker's first person, their own position, or another official's words. */
  firstPerson: boolean;
  ownPosition: boolean;
  wordsOfOther: boolean;
  /** authorAndSource and documentAuthors: the originating source, the authors. */
  source: SourceGuess;
  noCall: boolean;
  speakerIds: number[];
  proposedSpeakers: string[];
  organizationId: number | null;
  proposedOrganization: string | null;
  /** callAndDate. */
  callId: number | null;
  date: string | null;
  /** passageText: the draft's words (restored), the original words and their span, the restorations. */
  text: string;
  originalText: string;
  oa: number;
  ob: number;
  restorations: [string, string][];
}

/** The sources an official's words were said in when no document of theirs is named (authorAndSource). */
interface SpokenSources {
  current: SourceGuess | null;
  spokesDocument: SourceGuess | null;
  spoken: SourceGuess | null;
  proposedSpoken: SourceGuess | null;
  groupSpoken: SourceGuess | null;
}

/** The passage of the words from start to end (trimmed), if they take a position: see PassageOptions for the rest. */
export function passage(ex: Extractor, start: number, end: number, o: PassageOptions): void {
  const { reporter, ctx, kind, passages, leadParties = null, subjectFrom = null, balanced = true, extraSubjects = [], display = null } = o;
  ({ start, end } = trimPassage(ex, start, end, kind));
  const words = ex.text.slice(start, end);
  if (wordCount(words) < 4) return;
  if (kind === 'PARAPHRASE' && isEventClause(words)) return;
  // A quotation is a speaker's words: the talks described, a courtesy or travel to come yield nothing, as in a turn.
  if (kind === 'DIRECT_QUOTE' && (quotationNothing(words) || quotedNothing(words))) return;
  const evidence: Evidence[] = [];
  const subjectText = subjectFrom ? ex.text.slice(subjectFrom.start, subjectFrom.end).trim() : '';
  const rd: PassageReading = {
    reporter,
    ctx,
    kind,
    passages,
    leadParties,
    subjectFrom,
    balanced,
    extraSubjects,
    display,
    start,
    end,
    words,
    evidence,
    subjectText,
    // Set by the stages below, in their order.
    verb: null,
    subjectEnd: start,
    subjectStart: start,
    parties: { ids: [], proposed: [] },
    possessed: false,
    firstPerson: false,
    ownPosition: false,
    wordsOfOther: false,
    source: ex.documentSource,
    noCall: false,
    speakerIds: [],
    proposedSpeakers: [],
    organizationId: null,
    proposedOrganization: null,
    callId: null,
    date: null,
    text: '',
    originalText: '',
    oa: 0,
    ob: 0,
    restorations: [],
  };
  passageSubject(ex, rd);
  subjectPartiesOfPassage(ex, rd);
  possessorParties(ex, rd);
  ownOrOthersWords(ex, rd);
  speakerParties(ex, rd);
  authorAndSource(ex, rd);
  documentAuthors(ex, rd);
  callAndDate(ex, rd);
  passageText(ex, rd);
  pushPassage(ex, rd);
}

/** Where the subject of the words starts and ends, and their position verb (after an opening adjunct or adverbial). */
function passageSubject(ex: Extractor, rd: PassageReading): void {
  const { reporter, kind, start, words } = rd;
  // Who took a position: the subject before the first position verb (or the words before the quote), after an
  // OPENING_ADJUNCT ("During the call, which X requested, the two agreed …": the two, not X).
  const adjunct =
    kind === 'PARAPHRASE'
      ? openingAdjunct(words) ||
        participleOpening(words) ||
        (OPENING_PARTICIPLE_CLAUSE.exec(words)?.[0].length ?? 0) ||
        adverbialOpening(ex, words)
      : 0;
  // ADJUNCT_APPOSITIVE (round 11): "During her meeting with her counterpart, Secretary X, the two denounced …": the name
  // between the adjunct and a group subject is the adjunct's object in apposition, not the subject.
  const opening = adjunct ? adjunct + (ADJUNCT_APPOSITIVE.exec(words.slice(adjunct))?.[0].length ?? 0) : 0;
  const after = opening ? positionVerb(ex, words.slice(opening)) : null;
  const verb = after ? { index: after.index + opening } : positionVerb(ex, words);
  // No position verb ("… that Hegseth had backed a larger role"): the subject ends at the clause's first verb.
  let subjectEnd = verb ? start + verb.index : kind === 'PARAPHRASE' ? start + subjectLength(words) : start;
  // REDUCED_RELATIVE_APPOSITIVE: "…, a figure X declined to endorse": the verb after the appositive is the background
  // clause's, its subject no party; the sentence's subject ends at its own first verb.
  // (OPENING_ADVERBIAL_VERB: the comma that ends an opening phrase set aside is no appositive's: "In view of …, the two
  // Ministers concurred".)
  const appositive =
    verb && !(after && REDUCED_RELATIVE_APPOSITIVE.exec(words.slice(0, verb.index))?.index === words.slice(0, opening).trimEnd().length - 1)
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
  Object.assign(rd, { verb, subjectEnd, subjectStart } satisfies Partial<PassageReading>);
}

/** The parties the subject names, and those the words add beside it (a partner, a group, coordinated subjects). */
function subjectPartiesOfPassage(ex: Extractor, rd: PassageReading): void {
  const { reporter, ctx, kind, leadParties, subjectFrom, extraSubjects, start, words, evidence, verb, subjectEnd, subjectStart } = rd;
  let parties = subjectFrom
    ? partiesOf(ex, subjectFrom.start, subjectFrom.end, ctx, evidence)
    : leadParties && !/^\p{Lu}/u.test(words)
      ? partiesOf(ex, leadParties.start, leadParties.end, ctx, evidence)
      : subjectParties(ex, subjectStart, subjectEnd, ctx, evidence);
  // LEAD_PARTIES_FOR_COUNTRY_SUBJECT (round 17): "X added that Seoul hopes …" relayed as a body's account: a clause whose
  // subject names no one (a capital, a country) holds the position of the one whose words they are.
  if (leadParties && !subjectFrom && parties.ids.length + parties.proposed.length === 0 && reporter.kind === 'source')
    parties = partiesOf(ex, leadParties.start, leadParties.end, ctx, evidence);
  // SHARED_WITH_OTHER: "X spoke with Y to discuss their shared focus on …": "their" is X and Y, so Y holds it too.
  const shared = kind === 'PARAPHRASE' && parties.ids.length + parties.proposed.length === 1 ? SHARED_WITH_OTHER.exec(words) : null;
  if (shared) {
    const from = start + shared.index + shared[0].indexOf(shared[1]);
    const other = partiesOf(ex, from, from + shared[1].length, ctx, []);
    if (other.ids.length + other.proposed.length === 1) {
      parties = { ids: uniq([...parties.ids, ...other.ids]), proposed: uniq([...parties.proposed, ...other.proposed]) };
      evidence.push({ field: 'party', value: shared[1], span: shared[0], rule: SHARED_WITH_OTHER_RULE, confidence: 0.6 });
    }
  }
  // WITH_GROUP_PARTICIPLE: "…, with the pair also pledging to …": the group holds it too.
  const withGroup = kind === 'PARAPHRASE' || reporter.kind === 'source' ? WITH_GROUP_PARTICIPLE.exec(words) : null;
  if (withGroup) {
    const from = start + withGroup.index + withGroup[0].indexOf(withGroup[1]);
    const group = partiesOf(ex, from, from + withGroup[1].length, ctx, evidence);
    parties = { ids: uniq([...parties.ids, ...group.ids]), proposed: uniq([...parties.proposed, ...group.proposed]) };
  }
  // VERB_WITH_PARTNER: "X underscored with Minister Y progress on …": Y holds it too.
  const partner = kind === 'PARAPHRASE' && verb ? VERB_WITH_PARTNER.exec(words.slice(verb.index)) : null;
  if (partner) {
    const from = start + verb!.index + partner[0].length - partner[1].length;
    const other = partiesOf(ex, from, from + partner[1].length, ctx, []);
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
    const more = partiesOf(ex, sub.start, sub.end, ctx, evidence);
    parties = { ids: uniq([...parties.ids, ...more.ids]), proposed: uniq([...parties.proposed, ...more.proposed]) };
  }
  rd.parties = parties;
}

/** The possessor of the position, and the speaker's own clauses of a quotation (OWN_LATER_SENTENCE, OWN_FIRST_CLAUSE). */
function possessorParties(ex: Extractor, rd: PassageReading): void {
  const { reporter, ctx, kind, start, words, evidence, subjectEnd } = rd;
  let { parties } = rd;
  // POSSESSOR_OF_POSITION: "The Secretary's answer was yes", "the U.S. side's commitment … was confirmed": the position is
  // the possessor's (a participant by title or name, or a country's side: its participant), not the speaker's.
  const possessor = parties.ids.length + parties.proposed.length === 0 ? POSSESSOR_OF_POSITION.exec(words) : null;
  if (possessor) {
    const at = start + possessor.index + possessor[0].indexOf(possessor[1]);
    let of = partiesOf(ex, at, at + possessor[1].length, ctx, evidence);
    const code = of.ids.length + of.proposed.length ? null : governmentSubject(possessor[1].replace(/\s+side$/i, ''));
    const side = code ? (ctx.call?.participantIds ?? []).filter((p) => ex.lex.officials.get(p)?.countryCode === code) : [];
    if (side.length === 1) {
      of = { ids: side, proposed: [] };
      evidence.push({
        field: 'party',
        value: ex.lex.officials.get(side[0])!.name,
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
      partiesOf(ex, start, start + cut!.index, ctx, []).ids.length === 0 &&
      proposedIn(ex, start, start + cut!.index).length === 0 &&
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
  Object.assign(rd, { parties, possessed } satisfies Partial<PassageReading>);
}

/** Whether the words are the speaker's own (first person, their own position) or another official's they report. */
function ownOrOthersWords(ex: Extractor, rd: PassageReading): void {
  const { reporter, ctx, kind, start, words, evidence, subjectEnd, possessed } = rd;
  let { parties } = rd;
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
      (kind === 'PARAPHRASE' && wordCount(words) >= 4 && /\bthat\s+$/.test(ex.text.slice(Math.max(0, start - 6), start))) ||
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
    const other = partiesOf(ex, at, at + received[1].length, ctx, []);
    if (other.ids.length + other.proposed.length === 1 && !reporter.officialIds.includes(other.ids[0])) {
      parties = other;
      wordsOfOther = true;
      evidence.push({
        field: 'party',
        value: other.ids.length ? (ex.lex.officials.get(other.ids[0])?.name ?? '') : other.proposed[0],
        span: received[1],
        rule: 'WORDS_RECEIVED: what another official told the speaker is their position',
        confidence: 0.6,
      });
    }
  }
  if (!wordsOfOther && reporter.kind === 'official' && parties.ids.length + parties.proposed.length === 0 && PRONOUN.test(words)) {
    const of = WORDS_OF_OTHER.exec(words);
    const other = of ? partiesOf(ex, start + of.index, start + of.index + of[1].length, ctx, []) : null;
    if (other && other.ids.length === 1 && !reporter.officialIds.includes(other.ids[0])) {
      parties = other;
      wordsOfOther = true;
      evidence.push({
        field: 'party',
        value: ex.lex.officials.get(other.ids[0])?.name ?? '',
        span: of![0],
        rule: "another official's words the speaker reports: that official's position",
        confidence: 0.6,
      });
    }
  }
  Object.assign(rd, { parties, firstPerson, ownPosition, wordsOfOther } satisfies Partial<PassageReading>);
}

/** The speaker a party where the words make them one, with the others their "we" or "he and I" names. */
function speakerParties(ex: Extractor, rd: PassageReading): void {
  const { reporter, ctx, kind, start, words, evidence, subjectEnd, firstPerson, ownPosition, wordsOfOther } = rd;
  let { parties } = rd;
  if (!wordsOfOther && (firstPerson || (!reporter.relayed && PRONOUN.test(words)) || ownPosition)) {
    if (reporter.kind === 'official') {
      parties = { ids: uniq([...parties.ids, ...reporter.officialIds]), proposed: uniq([...parties.proposed, ...reporter.proposed]) };
      // HE_AND_I: "He and I both want …" in a quotation: the speaker and the last other person named before it.
      const heAndI = kind === 'DIRECT_QUOTE' ? HE_AND_I.exec(words.slice(0, 80)) : null;
      const bracket = heAndI?.[1] ? start + heAndI.index + heAndI[0].indexOf(heAndI[1]) : -1;
      const named = bracket >= 0 ? partiesOf(ex, bracket, bracket + heAndI![1].length, ctx, []) : null;
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
        const other = [...ex.recent]
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
        ((firstPerson && FIRST_PLURAL.test(subject)) || jointPredicate(words) || explicitGroupOf(words, ctx.call?.participantIds.length)) &&
        // GROUP_OF_ANOTHER_SIZE: "all three of us … and we intend to …" after talks between two: a wider group, not the talks.
        !groupOfAnotherSize(words, ctx.call?.participantIds.length ?? 0) &&
        // In a news report, "we" is both sides only where they did something together ("we agreed"), not "we are not going to wait".
        // A speaker alone at a briefing speaks for their side too ("we will explain our policy"): only a joint act is both.
        ((ex.options.kind !== 'NEWS_ARTICLE' && !ex.soloBriefing && firstPerson && FIRST_PLURAL.test(subject)) ||
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
          value: ctx.call.participantIds.map((i) => ex.lex.officials.get(i)?.name).join(', '),
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
        ex.reported &&
        (ex.reported.participantIds.some((p) => reporter.officialIds.includes(p)) ||
          ex.reported.proposedParticipants.some((p) => reporter.proposed.includes(p)))
      ) {
        parties = {
          ids: uniq([...parties.ids, ...ex.reported.participantIds]),
          proposed: uniq([...parties.proposed, ...ex.reported.proposedParticipants]),
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
        value: reporter.officialIds.map((i) => ex.lex.officials.get(i)?.name).join(', ') || reporter.span,
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
  rd.parties = parties;
}

/** The originating source of the words and their authors: the reporter's source, an official's, else the current one. */
function authorAndSource(ex: Extractor, rd: PassageReading): void {
  const { reporter, ctx, kind, evidence } = rd;
  let { parties } = rd;
  // Author and originating source.
  let source: SourceGuess;
  // Words said in another setting or of the country's own decision: no call, whatever call their source has.
  let noCall = ex.wordsElsewhere;
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
    const { current, spokesDocument, spoken, proposedSpoken, groupSpoken } = spokenSources(ex, rd, speakerIds, proposedSpeakers);
    // "said in a written statement": their statement, not said in the call unless they took part in it.
    // (A spokesperson's statement of what a participant said in the call is about the call too.)
    const outside =
      reporter.documentKind != null && !(ctx.call && [...speakerIds, ...parties.ids].some((id) => ctx.call!.participantIds.includes(id)));
    // JOINT_NO_ONE_PUBLISHER: a statement two or more people issued together has no one publisher among their bodies
    // (which of them would be the first speaker depends on the order of ids, which the database and the fitting script's
    // world number differently).
    const jointly = speakerIds.length + proposedSpeakers.length >= 2;
    const written = reporter.documentKind
      ? sourceOf(
          ex,
          reporter.documentKind,
          jointly
            ? null
            : speakerIds.length
              ? (ex.lex.holding(speakerIds[0], documentDate(ex))?.organizationId ?? null)
              : (ex.proposedOfficials.get(proposedSpeakers[0])?.organizationId ?? null),
          null,
          reporter.span,
          outside ? { ...ctx, call: null } : ctx,
        )
      : null;
    if (outside) noCall = true;
    if (written && ex.options.kind === 'NEWS_ARTICLE' && speakerIds.length + proposedSpeakers.length === 1)
      ex.statementBy = { person: [...speakerIds, ...proposedSpeakers].join(','), kind: reporter.documentKind!, block: ex.blockIndex };
    source =
      written ??
      current ??
      spokesDocument ??
      spoken ??
      proposedSpoken ??
      groupSpoken ??
      (ex.options.kind === 'NEWS_ARTICLE' ? ex.documentSource : (ctx.source ?? ex.documentSource));
    if (ex.options.kind === 'NEWS_ARTICLE' && source.kind === 'PRESS_CONFERENCE' && !source.isDocument)
      for (const id of speakerIds) ex.pressSpeakers.add(id);
    if (
      kind === 'PARAPHRASE' &&
      source.isDocument &&
      (source.publisherId != null ||
        (source.kind !== 'JOINT_STATEMENT' && (proposedPublisherKey(ex) != null || publisherPersonAuthor(ex) != null))) &&
      ['READOUT', 'PRESS_RELEASE', 'JOINT_STATEMENT'].includes(source.kind)
    ) {
      // "X said that …" in a readout is the publisher's prose: X is a party, the publisher the author.
      parties = { ids: uniq([...parties.ids, ...speakerIds]), proposed: uniq([...parties.proposed, ...proposedSpeakers]) };
      evidence.push({
        field: 'party',
        value: speakerIds.map((i) => ex.lex.officials.get(i)?.name).join(', '),
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
        value: reporter.officialIds.map((i) => ex.lex.officials.get(i)?.name).join(', ') || reporter.span,
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
    source = ctx.source ?? ex.documentSource;
    if (source.isDocument && ex.options.publisherId) organizationId = ex.options.publisherId;
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
  Object.assign(rd, { parties, source, noCall, speakerIds, proposedSpeakers, organizationId } satisfies Partial<PassageReading>);
}

/**
 * The sources of an official's words with no document of theirs named: the speaker's current source, a spokesperson's body,
 * a press conference of the speaker's, of a speaker not on record, or of a group.
 */
function spokenSources(ex: Extractor, rd: PassageReading, speakerIds: number[], proposedSpeakers: string[]): SpokenSources {
  const { reporter, ctx, start, end } = rd;
  const current =
    ctx.source && !ctx.source.isDocument && ctx.source.speakerId && speakerIds.includes(ctx.source.speakerId) ? ctx.source : null;
  // In a news report an official's words were said to reporters: a press conference of theirs, unless another source is named.
  // So are they in a release that says so (TOLD_THE_PRESS: '"…," X told reporters after the talks').
  const toPress =
    (ex.options.kind === 'NEWS_ARTICLE' && !reporter.post) ||
    TOLD_THE_PRESS.test(
      `${ex.text
        .slice(Math.max(0, start - 80), start)
        .split(/[.!?]\s/)
        .pop()} ${ex.text.slice(end, end + 120).split(/[.!?](?:\s|$)/)[0]}`,
    );
  // SPOKESPERSON_ON_RECORD_SPEAKS_FOR_BODY (round 17): a spokesperson on record (a holding titled spokesperson or press
  // secretary) whose unplaced words a story reports ("…, White said", "In a statement summarizing the meeting, White said
  // …") gives the body's account of talks they took no part in: the body's document, the spokesperson its author (as
  // SPOKESPERSON_OF_BODY reads one not on record). Words placed at a briefing or to reporters stay a press conference.
  const spokesHolding =
    ex.options.kind === 'NEWS_ARTICLE' && !current && !reporter.documentKind && speakerIds.length === 1 && proposedSpeakers.length === 0
      ? ex.lex.holding(speakerIds[0], documentDate(ex))
      : null;
  const spokesOrg =
    spokesHolding?.organizationId != null &&
    SPOKESPERSON_OF_BODY.test(spokesHolding.title) &&
    !(ctx.call?.participantIds.includes(speakerIds[0]) ?? false) &&
    !SPOKESPERSON_PLACED.test(sentenceAround(ex, start, end))
      ? spokesHolding.organizationId
      : null;
  const spokesDocument = spokesOrg != null ? sourceOf(ex, bodyKind(ex, spokesOrg), spokesOrg, null, reporter.span, ctx) : null;
  const spoken =
    !spokesDocument && !current && toPress && speakerIds.length === 1 && proposedSpeakers.length === 0
      ? sourceOf(
          ex,
          ex.transcriptSpeakers.has(speakerIds[0]) ? 'TRANSCRIPT' : 'PRESS_CONFERENCE',
          ex.lex.holding(speakerIds[0], documentDate(ex))?.organizationId ?? null,
          speakerIds[0],
          reporter.span,
          ctx,
        )
      : null;
  // A person not on record speaking to reporters: a press conference of theirs, its speaker to be recorded.
  const proposedSpoken =
    !current && !spoken && toPress && speakerIds.length === 0 && proposedSpeakers.length === 1
      ? sourceOf(
          ex,
          'PRESS_CONFERENCE',
          ex.proposedOfficials.get(proposedSpeakers[0])?.organizationId ?? null,
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
      ? sourceOf(ex, 'PRESS_CONFERENCE', null, null, reporter.span, ctx)
      : null;
  return { current, spokesDocument, spoken, proposedSpoken, groupSpoken };
}

/** The authors of a document's own words: a joint statement's signatories, its publisher, on record or proposed, or a minister. */
function documentAuthors(ex: Extractor, rd: PassageReading): void {
  const { reporter, ctx, start, evidence, source } = rd;
  let { speakerIds, proposedSpeakers, organizationId } = rd;
  // A joint statement is its signatories' words: the participants of its call or meeting.
  // RELEASE_BEFORE_TEXT (round 14): a release carrying a joint statement ("… provided the following readout: … Begin Text:"):
  // the sentences before the statement's text are the release's own, its publisher's words.
  const released = statementTextBegins(ex);
  const signatories = source.isDocument && !(released && start < released.index) ? signatoriesOf(ex, ctx) : { ids: [], proposed: [] };
  if (signatories.ids.length + signatories.proposed.length && speakerIds.length + proposedSpeakers.length === 0) {
    speakerIds = [...signatories.ids];
    proposedSpeakers = [...signatories.proposed];
    organizationId = null;
    evidence.push({
      field: 'author',
      value: [
        ...signatories.ids.map((i) => ex.lex.officials.get(i)?.name),
        ...signatories.proposed.map((k) => ex.proposedOfficials.get(k)?.name),
      ].join(', '),
      span: ctx.call ? '' : ex.signatories.span,
      rule: ctx.call ? 'a joint statement: the participants of its meeting' : 'a joint statement: the signatories its opening names',
      confidence: 0.8,
    });
  }
  if (organizationId != null) {
    evidence.push({
      field: 'author',
      value: ex.lex.organizations.get(organizationId)?.name ?? String(organizationId),
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
        ? proposedPublisherKey(ex)
        : source.kind === 'PRESS_RELEASE' || source.kind === 'READOUT'
          ? (source.proposedPublisher ?? null)
          : null
      : null;
  // …or the minister whose own release it is.
  const ownRelease =
    !proposedOrganization && organizationId == null && speakerIds.length + proposedSpeakers.length === 0 && source.isDocument
      ? publisherPersonAuthor(ex)
      : null;
  if (ownRelease) {
    speakerIds = ownRelease.id != null ? [ownRelease.id] : [];
    proposedSpeakers = ownRelease.key ? [ownRelease.key] : [];
    evidence.push({
      field: 'author',
      value: ownRelease.key ? `${ex.proposedOfficials.get(ownRelease.key)!.name} (new)` : String(ownRelease.id),
      span: ex.proposedOfficials.get(ownRelease.key ?? '')?.span ?? '',
      rule: "third-person text of a minister's own release: the minister named at its head",
      confidence: 0.6,
    });
  }
  if (proposedOrganization)
    evidence.push({
      field: 'author',
      value: `${ex.proposedOrganizations.get(proposedOrganization)!.name} (new)`,
      span: ex.proposedOrganizations.get(proposedOrganization)!.span,
      rule: 'third-person text of a release whose publisher is not on record: the publisher its text names, proposed',
      confidence: 0.6,
    });
  Object.assign(rd, { speakerIds, proposedSpeakers, organizationId, proposedOrganization } satisfies Partial<PassageReading>);
}

/** The call the words are of (none for words said elsewhere or before it, PAST_PERIOD_LEAD), and their date. */
function callAndDate(ex: Extractor, rd: PassageReading): void {
  const { ctx, start, end, evidence, source, speakerIds, organizationId } = rd;
  let { noCall } = rd;
  // PAST_PERIOD_LEAD: "Last week X told parliament …" in a story on a call made since: not words of that call.
  const leadCall = ex.options.kind === 'NEWS_ARTICLE' && !noCall ? (source.callId ?? ctx.call?.id ?? null) : null;
  if (leadCall != null) {
    // The sentence from its start: after the last line break or sentence end before the passage.
    const before = ex.text.slice(Math.max(0, start - 200), start);
    const cut = Math.max(
      before.lastIndexOf('\n') + 1,
      ...[...before.matchAll(/[.!?]["”’)]?\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length),
    );
    const call = ex.lex.data.calls.find((c) => c.id === leadCall);
    const published = ex.options.publishedOn;
    if (call && published && outsidePastPeriodLead(before.slice(cut) + ex.text.slice(start, end), call.date, published)) noCall = true;
  }
  const callId = noCall ? null : (source.callId ?? ctx.call?.id ?? null);
  if (callId != null) {
    const call = ex.lex.data.calls.find((c) => c.id === callId)!;
    evidence.push({
      field: 'call',
      value: call.title,
      span: ctx.callEvidence,
      rule: source.callId ? 'the call of the originating source' : 'the call the text is about',
      confidence: 0.8,
    });
  }
  const call = callId != null ? ex.lex.data.calls.find((c) => c.id === callId)! : undefined;
  const sideDate = call ? sideDateOf(ex, call, source.publisherId ?? organizationId, speakerIds[0]) : undefined;
  const date = sideDate ?? call?.date ?? documentDate(ex);
  if (date) {
    const rule = sideDate
      ? "date of the call on the publisher's side (its start in their time zone)"
      : call
        ? 'date of the call'
        : 'date the text gives, else publication date';
    evidence.push({ field: 'date', value: date, span: '', rule, confidence: call ? 0.8 : 0.5 });
  }
  Object.assign(rd, { noCall, callId, date } satisfies Partial<PassageReading>);
}

/** The words the draft covers, restored (a paraphrase's standing alone), the original words and the restorations. */
function passageText(ex: Extractor, rd: PassageReading): void {
  const { reporter, kind, display, evidence, subjectText } = rd;
  let { start, end } = rd;
  // The words the draft covers: the whole sentence of a news report's paraphrase (its frame too), else the clause.
  if (display) ({ start, end } = trimPassage(ex, display.start, display.end, kind));
  // Restored wording; the original span for the reviewer.
  let text = ex.text.slice(start, end);
  const [oa, ob] = toOriginal(ex.restored, start, end);
  const originalText = ex.original.slice(oa, ob);
  if (subjectText) text = `${subjectText} ${text}`;
  if (kind === 'PARAPHRASE') {
    // "he was encouraged" stands alone as "Nakatani was encouraged".
    const only =
      reporter.kind === 'official' && reporter.officialIds.length === 1 ? ex.lex.officials.get(reporter.officialIds[0]) : undefined;
    if (only && PRONOUN.test(text)) text = text.replace(PRONOUN, surname(only) ?? only.name);
    text = capitalize(text.replace(/^that\s+/i, ''));
    text = text.replace(/,([”"’])$/, '.$1');
    if (!/[.!?]["”’]?$/.test(text)) text += '.';
  }
  const restorations = editsWithin(ex.restored, start, end).map((e) => [e.variant, e.restored] as [string, string]);
  for (const [from, to] of restorations)
    evidence.push({ field: 'text', value: to, span: from, rule: 'text variant restored', confidence: 0.9 });
  Object.assign(rd, { start, end, text, originalText, oa, ob, restorations } satisfies Partial<PassageReading>);
}

/** The draft's commitments, topics and confidence; the passage pushed. */
function pushPassage(ex: Extractor, rd: PassageReading): void {
  const { reporter, kind, passages, balanced, start, end, evidence, parties, source, speakerIds, proposedSpeakers } = rd;
  const { organizationId, proposedOrganization, callId, date, text, originalText, oa, ob, restorations } = rd;
  const stance = stanceOf(text);
  const found = commitmentsIn(ex.lex, text, {
    countries: countriesOf(ex, parties, callId),
    partyCountries: countriesOf(ex, parties, null),
    proposals: [...ex.proposedCommitments.values(), ...ex.coveredProposals],
    before: ex.text.slice(Math.max(0, start - 1_500), start),
    document: ex.text,
    sentence: sentenceParts(ex.text, start, end),
  });
  for (const p of found.covered) if (!ex.coveredProposals.some((x) => x.key === p.key)) ex.coveredProposals.push(p);
  const commitments = found.matched.map((c) => ({ id: c.commitment.id, stance: c.stance ?? stance, alias: c.alias }));
  for (const c of commitments) {
    const commitment = ex.lex.data.commitments.find((x) => x.id === c.id)!;
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
    if (!ex.proposedCommitments.has(newCommitment.key)) ex.proposedCommitments.set(newCommitment.key, newCommitment);
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
  const topicIds = ex.lex.data.topics.filter((t) => [t.name, ...t.aliases].some((a) => aliasMatches(a, text))).map((t) => t.id);
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
export function trimPassage(ex: Extractor, start: number, end: number, kind: DraftKind): Span {
  while (start < end && /[\s,;:]/.test(ex.text[start])) start++;
  const mark = BULLET.exec(ex.text.slice(start, Math.min(end, start + 6)));
  if (mark) start += mark[0].length;
  // A wire story's date line: "TOKYO, Jan 13 (PWS) - ".
  const dateline = DATELINE.exec(ex.text.slice(start, Math.min(end, start + 80)));
  if (dateline) start += dateline[0].length;
  while (end > start && /[\s,;:]/.test(ex.text[end - 1])) end--;
  if (kind === 'PARAPHRASE') while (end > start && /[”"’]/.test(ex.text[end - 1]) && !closesQuoteInside(ex, start, end)) end--;
  return { start, end };
}

export function closesQuoteInside(ex: Extractor, start: number, end: number): boolean {
  const q = findQuotes(ex.text.slice(start, end), start);
  return q.some((x) => x.end === end && x.balanced);
}
