/**
 * A sentence: who reports it, its passages and their parties, sources and call.
 */

import {
  BODY_DOCUMENT_NOUNS,
  bodyDocument,
  ALSO_SAID_AFTER_TOLD_IN_TALKS,
  SPEECH_IN_RELAYED_DOCUMENT,
  POST_QUOTED,
  continuesBodyAccount,
  talksGroupSubject,
  attributionRunsOn,
  continuesRelayedAccount,
  FRAGMENT_UNDER_ACCORDING,
  continuesFrame,
  coordinatedSubjects,
  namesKind,
  openingAdjunct,
  outerAttribution,
  RELAYED_ACCOUNT,
  SPOKEN_SETTING_OPENING,
  QUOTED_WORDS_OF_THE_SUBJECT,
  quotesSpeech,
  OUTSIDE_REPORTER,
  WRITTEN_ACCOUNT,
  quotedPredicateSubject,
  quoteInsideClause,
  clauseGoesOnUnquoted,
  PEOPLE_SUBJECT,
  SIGNATORY_REFERENCE,
} from '../pipeline/attribution';
import {
  clauseAfter,
  hasFiniteVerb,
  ISSUED_DOCUMENT,
  LEAD_SETTING_THAT,
  LEAD_WITHOUT_THAT,
  REPORTED_REFUSAL,
  trailingFrame,
} from '../pipeline/frames';
import { TRAILING_THEN_PARTICIPLE } from '../pipeline/frames';
import { HELD_ENGAGEMENT } from '../pipeline/proposed-call';
import { backgroundOf, isListLeadIn } from '../pipeline/background';
import { BULLET } from '../pipeline/segment';
import { type Quote, type Span, wordCount } from '../text';
import type { Extractor } from './extractor';
import { documentDate } from './recorded-calls';
import { signatoriesOf } from './signatories';
import { statementTextBegins } from './proposals';
import { insideQuote, mentionsIn, orig } from './reading';
import { bodyKind, groupAfterRemarks, namesReporter, outsidersSpeak, reporterAfterOpening, sourceMentionsOf, sourceOf } from './sources';
import {
  namesTalksPeople,
  relaySubject,
  statementGoesOn,
  talksGroupAtStart,
  thirdCountrySubject,
  trailingDocument,
  updateRelay,
} from './relays';
import { partiesOf } from './parties';
import { adverbialOpening, clausePassages, firstBoundary, passage, positionVerb } from './passage';
import {
  DATELINE,
  earlierTopic,
  JOINT_DOCUMENT,
  JOINT_STATEMENT_SETTING,
  meetingPurpose,
  OPENING_PARTICIPLE_CLAUSE,
  POSITION_VERB,
  POSITION_VERBS,
  CALL_WORDS,
  RECEIVED_VISITOR,
  reportsEngagement,
  SIGNATORIES_PRESENT,
  sourceReporter,
  SPLIT_CLAUSES,
  SPOKESPERSON_OF_BODY,
  STANCE_ACT,
} from './rules';
import type { Ctx, Evidence, Passage, Reporter } from './types';
import { officialReporter, REPORTING, reporterOf, reportingOfficialOf, type ReporterScope, type SentenceMentions } from './reporter';

/**
 * QUOTED_BODY_CARRIES: the body a news sentence's quotation is attributed to ('“…,” the ministry said in a press release')
 * carries to the next paragraph as a body named in an outer attribution does (NEXT_PARAGRAPH_SAME_SIDE /
 * NEXT_PARAGRAPH_BOTH_SIDES read it).
 */
const QUOTED_BODY_CARRIES = 'the body a quotation is attributed to, carried to the next paragraph';

/** A full stop inside a name: after an initial or an abbreviated courtesy title or rank ("P. Lund", "Mr. Lund", "Gen. Lund"). */
const NAME_STOP = String.raw`(?<=(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Adm|Capt|Sen|Rep|Gov|Jr|Sr|St))\.`;
const INVERTED_NAMED = new RegExp(
  String.raw`^\s*[,.;:]?\s*((?:[^,.;“”"]|${NAME_STOP}){2,60}?)\s+(said|says|added|stated|noted|stressed|told reporters|told journalists|told|wrote|declared|insisted|warned|explained|replied|responded|answered|expressed|emphasi[sz]ed|underscored|remarked|asserted|commented|(?:was|were) quoted (?:(?:by \S+(?: \S+){0,3} )|\w+ )?as (?:saying|telling)|quoted (?:\S+ ){1,4}as (?:saying|telling))\b`,
);
// (A dash may stand for the comma, as some ministries' English releases write it: "“…” – said the minister.")
const INVERTED =
  /^\s*[,.;:]?\s*[,]?\s*(?:[–—]\s*)?(?:he |she |they )?(said|stated|read|added|noted|wrote|acknowledged|mentioned|according to)\s+/i;

/** GROUP_ACCOUNT_NOT_REMARKS (round 17): a group's reported position after one official's remarks is the paper's account. */
const GROUP_ACCOUNT_NOT_REMARKS = "the talks' people together after one official's remarks: the paper's own account, not those remarks";

/** BODY_TELLS_OUTCOME (round 15): words of what talks came to ("agreed on Tuesday to …"), in a body's attributed sentence. */
const BODY_TELLS_OUTCOME = /\b(?:agreed|agree|reaffirmed|reconfirmed|vowed|pledged)\s+(?:on\s+\w+\s+|\w+day\s+)?(?:to|that|on)\b/;

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

/** "<body> quoted <person> as saying (that)", "<person> was quoted (by <body>) as telling <someone> (that)": group 1 or 2 the person.
 * QUOTED_AS_BY_TAIL: "… as saying by <reporter>" (the one who quoted, after the verb) opens no clause: nothing follows to report. */
const QUOTED_AS =
  /(?:\bquoted\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)|\b((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:was|were)\s+quoted(?:\s+by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?)\s+as\s+(?:saying\s+|telling\s+(?:[\w.'’-]+\s+){1,4}?)(?:that\s+)?(?=\S)(?!by\s)/g;

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
  /^\s*(?:\p{Lu}[^,;:“”"]{1,60},\s+)?(?:(?:[Tt]he|[Bb]oth|(?=(?:[Tt]wo|[Tt]hree|[Ff]our)\s))\s*(?:(?:two|three|four|Two|Three|Four)\s+)?(?:(?:[\p{Lu}][\p{L}.-]*\s+){1,2}and\s+(?:[\p{Lu}][\p{L}.-]*\s+){1,2})?(?:(?:defen[cs]e|foreign|senior|top|military|security|national|government|high-ranking)\s+){0,2}(?:ministers|[Mm]inisters|secretaries|[Ss]ecretaries|leaders|officials|sides|chiefs|counterparts|principals|delegations|parties|governments|countries|nations|allies)\b|(?:[\p{Lu}][\p{L}.-]*\s+){1,2}and\s+(?:[\p{Lu}][\p{L}.-]*\s+){1,2}(?:(?:defen[cs]e|foreign|top|military)\s+)?(?:ministers|chiefs|secretaries|leaders|officials)\b|[Tt]he\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign)\s+)?(?:[Mm]inister|[Ss]ecretary|chief)\b|(?:[Tt]hey|[Bb]oth|[Tt]he two|[Tt]he pair)\b|(?:-\s+)?Ministers\s*$|[Tt]he\s+group\s*$|(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?:\s+(?:have|has|also|both|jointly|together))*\s*$)/u;
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

/** PASSIVE_AGENT: the stance verb of a passive with "by" after it, where it is in a sentence (a news account's verb). */
const PASSIVE_BY_VERB =
  /(?<=\b(?:was|were)\s+(?:(?:also|further|again|then|first)\s+)?)(?:re-?)?(?:confirmed|affirmed|reaffirmed|reiterated|agreed|stated|expressed|stressed|emphasi[sz]ed|underscored|acknowledged)(?=\s+by\s)/u;

/**
 * FOLLOWING_ITEMS (round 17): a lead-in that names the list below it within the sentence, a full stop at its end ("the two
 * Ministers concurred to coordinate the following items and jointly prepare …."): the numbered or bulleted items after it take
 * its parties, as after a lead-in ending in a colon.
 */
const FOLLOWING_ITEMS =
  /\bthe following\s+(?:[\w-]+\s+){0,2}?(?:items|activities|areas|measures|points|steps|initiatives|projects|matters|fields|actions|efforts|priorities|principles)\b/i;

/** LIST_NUMERAL: a list item's numeral alone right before the sentence on its line ("  1. " before "Activate …"). */
const LIST_NUMERAL_BEFORE = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$/;

/** Trailing frames that report speech ("…, X said."), as opposed to "according to X". */
const SPOKEN_TRAILING = /^trailing attribution/;
/** A clause that takes a position: a position verb other than those of events (spoke, talked), and not a travel plan. */
const takesPosition = (clause: string) => {
  const verbs = [...clause.matchAll(new RegExp(POSITION_VERB.source, 'gi'))].map((m) => m[0].trim().split(/\s+/).pop()!.toLowerCase());
  if (verbs.some((v) => !/^(?:will|intends?|spoke|talked)$/.test(v))) return true;
  return verbs.some((v) => /^(?:will|intends?)$/.test(v)) && !TRAVEL_PLAN.test(clause);
};

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
/** JOINT_DOCUMENT_NAMED_BEFORE (round 14): the reporter is "the statement" (or communique, declaration) alone, a document named before. */
const THE_STATEMENT = /^\s*(?:the|that|this)\s+(?:joint\s+)?(?:statement|communiqu[eé]|declaration)\s*$/i;
/** JOINT_DOCUMENT_SUBJECT: the joint statement itself as the subject of a story's sentence ("The joint statement also called for …"). */
const JOINT_DOCUMENT_SUBJECT =
  /^(?:The|That|This|Their|Its)\s+(?:joint\s+)?(?:statement|document|declaration|communiqu[eé])\s+(?:(?:also|further|then)\s+)*$/i;

const JOINT_DOCUMENT_SUBJECT_RULE = 'JOINT_DOCUMENT_SUBJECT: the joint statement named before, its signatories';

/** A plan to travel, attend or speak somewhere, or an announcement to come: news, not a position. */
const TRAVEL_PLAN =
  /\b(?:will|intends? to)\s+(?:\w+\s+)?(?:travel|visit|depart|arrive|attend|leave|deliver|be released|be announced|be published|make\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+){0,2}(?:trip|visit))\b/i;

/**
 * SIGNED_ASSESSMENT (round 14): a joint statement's plain assessment of the signatories' alliance or partnership: its subject
 * that alliance, partnership or relationship (a determiner, up to four words, an optional parenthesis), a copula of what it is
 * or remains. STATEMENT_TEXT_BEGINS: where a release quoting the statement starts its text ("Begin Text:", "The text of the
 * following statement was released …"): before it, the release's own words.
 */
const SIGNED_ASSESSMENT =
  /^[^\p{L}]*(?:The|Our|This|These|That|Its|Their)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:[Aa]lliances?|[Pp]artnerships?|[Rr]elationships?|[Ff]riendship|[Tt]ies)\s+(?:\([^)]{1,60}\)\s+)?(?:(?:also|still|now|increasingly)\s+)?(?:is|are|remains?|has\s+been|have\s+been|continues?\s+to\s+be|will\s+(?:remain|continue\s+to\s+be))\b/u;

const DEMONSTRATIVE_ASSESSMENT =
  /^\s*(?:This|That|These|Those|Such)\s+(?:[\w-]+\s+){0,2}?(?:actions?|acts?|launch(?:es)?|tests?|provocations?|behaviou?r|conduct|moves?|activit(?:y|ies)|attacks?|violations?)\s+(?:also\s+|clearly\s+)?(?:represent(?:ed|s)?|constitut(?:ed|es?)|pos(?:ed|es?)|violat(?:ed|es?)|undermin(?:ed|es?)|threaten(?:ed|s)?|(?:is|was|are|were)\s+(?:a|an|in)\s+(?:[\w-]+\s+){0,3}?(?:violation|breach|threat|provocation|challenge))\b/u;

// ---- a sentence -------------------------------------------------------------------------------

/** A frame: "<reporter> <verb> that <clause>", the clause from clauseStart (leadParties: words whose parties it takes too). */
interface Frame {
  verbStart: number;
  clauseStart: number;
  reporter: Reporter;
  leadParties?: Span;
}

/** A news sentence's outer attribution ("<clause>, the ministry said"): its reporter, where its clause ends, where it ends. */
interface OuterAttribution {
  reporter: Reporter;
  clauseEnd: number;
  end: number;
}

/** A sentence being read: what its stages share and build, in the order `readSentence` runs them. */
interface SentenceReading extends SentenceMentions {
  quotes: Quote[];
  /** The official reporting in this sentence (see `reportingOfficialOf`). */
  reportingOfficial: () => number | null;
  /** The reporter the words from..to name (see `reporterOf`). */
  reporterAt: (from: number, to: number) => Reporter;
  /** 1: the frames, in the order of their verbs once all are read. */
  frames: Frame[];
  /** The quotations that are passages of their own: six words or more, less those that are words of a clause. */
  bigQuotes: Quote[];
  /** 1c: a news sentence's outer attribution. */
  outer: OuterAttribution | null;
  /** 3b: whether an attribution of the whole sentence (the outer one, or one after the clause) has read it. */
  trailed: boolean;
  passages: Passage[];
}

/** The subject of a news sentence's own account: its parties, and the verb after it (its index in the sentence). */
interface AccountSubject {
  verb: { index: number };
  ids: number[];
  proposed: string[];
}

/**
 * The passages of a sentence: the frames of its reporting verbs (1), an outer attribution (1c), the frames' clauses (2),
 * its quotations (3), an attribution after it (3b), a document's third-person account (4), a story's own account (5); then
 * what carries to the sentences after it.
 */
export function readSentence(ex: Extractor, s: Span, quotes: Quote[], ctx: Ctx): Passage[] {
  ex.quotesAll = quotes;
  ex.currentSentence = s;
  if (sentenceSkipped(ex, s, quotes)) return [];
  const rd = sentenceReading(ex, s, quotes, ctx);

  // 1. Frames: "<reporter> <verb> that <clause>", ", including that <clause>", "and that <clause>".
  thatFrames(ex, rd);
  leadFrames(ex, rd);
  quotedAsFrames(ex, rd);
  andThatFrames(ex, rd);
  rd.frames.sort((a, b) => a.verbStart - b.verbStart);
  // The frames read again, and the quotations that are passages of their own.
  paperAccountFrames(ex, rd);
  relayedDocumentFrames(ex, rd);
  openingParticipleFrames(ex, rd);
  reportedlyFrames(ex, rd);
  clauseQuotes(ex, rd);
  phraseQuotes(ex, rd);
  documentAccountFrames(ex, rd);
  outerAttributionPassages(ex, rd); // 1c
  framePassages(ex, rd); // 2
  // 3. Passage-quotes.
  for (const q of rd.bigQuotes) quotePassage(ex, rd, q);
  trailingPassages(ex, rd); // 3b
  documentThirdPerson(ex, rd); // 4
  newsOwnAccount(ex, rd); // 5
  carryAttribution(ex, rd);
  return rd.passages;
}

/** Whether the sentence is no passage at all: the story's title repeated, or words of people outside the governments. */
function sentenceSkipped(ex: Extractor, s: Span, quotes: Quote[]): boolean {
  // The headline repeated as the first line ("Hegseth says …") is the story's title, not a passage.
  if (ex.options.title && isTitle(ex.text.slice(s.start, s.end), ex.options.title)) return true;
  // Words of people outside the governments ("critics said", "said Lee, an opposition lawmaker") take no position of theirs.
  if (ex.options.kind === 'NEWS_ARTICLE' && outsidersSpeak(ex, s, quotes)) {
    ex.outsiderEnd = s.end;
    return true;
  }
  // OUTSIDER_GOES_ON: a quotation standing alone right after an outsider's quoted words ("“…,” said X, a professor. “…”")
  // is the rest of their words: no position either.
  if (
    ex.outsiderEnd >= 0 &&
    /^\s*$/.test(ex.text.slice(ex.outsiderEnd, s.start)) &&
    quotes.length > 0 &&
    /^[\s.,!?]*$/.test(ex.text.slice(s.start, quotes[0].start) + ex.text.slice(quotes[quotes.length - 1].end, s.end))
  ) {
    ex.outsiderEnd = s.end;
    return true;
  }
  return false;
}

/** What every stage of a sentence reads: its quotations of six words or more, its mentions, who reports in it. */
function sentenceReading(ex: Extractor, s: Span, quotes: Quote[], ctx: Ctx): SentenceReading {
  const passageQuote = (q: Quote) => wordCount(ex.text.slice(q.innerStart, q.innerEnd)) >= 6;
  const bigQuotes = quotes.filter(passageQuote);
  const mentions = mentionsIn(ex, s.start, s.end).filter((m) => !insideQuote(ex, m.start));
  const reportingOfficial = () => reportingOfficialOf(ex, { s, ctx, mentions });
  const scope: ReporterScope = { s, ctx, mentions, sourceMentions: sourceMentionsOf(ex, s, ctx, reportingOfficial) };
  return {
    s,
    quotes,
    ctx,
    mentions,
    reportingOfficial,
    reporterAt: (from: number, to: number) => reporterOf(ex, scope, from, to),
    frames: [],
    bigQuotes,
    outer: null,
    trailed: false,
    passages: [],
  };
}

/** Frames of a reporting verb with "that" (REPORTING): "<reporter> <verb> that <clause>", ", including that <clause>". */
function thatFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, quotes, ctx, frames, reporterAt } = rd;
  let previous: Reporter | null = null;
  for (const m of ex.text.slice(s.start, s.end).matchAll(REPORTING)) {
    const verbStart = s.start + m.index!;
    if (insideQuote(ex, verbStart)) continue;
    const clauseStart = verbStart + m[0].length;
    let reporter: Reporter;
    if (/^including$/i.test(m[1]) && previous) reporter = previous;
    else {
      const from = Math.max(s.start, ...quotes.filter((q) => q.end <= verbStart).map((q) => q.end));
      reporter = reporterAfterOpening(ex, from, verbStart, reporterAt);
      if (reporter.kind === 'none' && /^(?:stating|saying|adding|noting)$/i.test(m[1])) reporter = reporterAt(s.start, verbStart);
      if (reporter.kind === 'none' && previous) reporter = previous;
      // OUTSIDE_REPORTER: "An excerpt of a confidential UN report said that …", "Analysts said …": a reporter the words
      // name that is no one of the talks, not the source of the preceding text.
      const outside = reporter.kind === 'none' && OUTSIDE_REPORTER.test(ex.text.slice(from, verbStart));
      if (outside) reporter = { ...reporter, rule: 'OUTSIDE_REPORTER' };
      // GROUP_ACCOUNT_NOT_REMARKS (round 17): in a story, "both sides stressed that …" after one official's remarks is no part
      // of those remarks (one person's press conference holds no group's words): the paper's own account, the group its parties.
      const subject = ex.text.slice(from, verbStart);
      const groupAccount = reporter.kind === 'none' && !outside && groupAfterRemarks(ex, subject, from, ctx);
      if (groupAccount) {
        reporter = sourceReporter(ex.documentSource, ex.documentSource.label, GROUP_ACCOUNT_NOT_REMARKS, 0.5);
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
}

/** Frames without "that", or with a setting before it (LEAD_WITHOUT_THAT, LEAD_SETTING_THAT). */
function leadFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, quotes, ctx, frames, bigQuotes, reporterAt } = rd;
  // Frames without "that", or with a setting before it: "<reporter> said he …", "<reporter> said in a statement that …".
  for (const rule of [LEAD_SETTING_THAT, LEAD_WITHOUT_THAT]) {
    for (const m of ex.text.slice(s.start, s.end).matchAll(rule.pattern)) {
      const verbStart = s.start + m.index!;
      const clauseStart = verbStart + m[0].length;
      if (insideQuote(ex, verbStart) || frames.some((f) => f.verbStart === verbStart)) continue;
      // After a closing quote the verb is an inverted attribution ("…,” said Hegseth), read with the quote.
      if (/[”"’],?\s*(?:\S+\s+){0,2}$/.test(ex.text.slice(Math.max(s.start, verbStart - 30), verbStart))) continue;
      if (wordCount(ex.text.slice(clauseStart, s.end)) < 4) continue;
      // "explained Tokyo's plan to …": the verb's object, not a reported clause.
      if (rule === LEAD_WITHOUT_THAT && !clauseAfter(m[1], ex.text.slice(clauseStart, s.end), ex.text.slice(s.start, verbStart))) continue;
      if (bigQuotes.some((q) => q.start >= clauseStart && q.start - clauseStart < 3)) continue;
      // ATTRIBUTION_BETWEEN_PREDICATES: "<subject> <predicate>, X added, and noted …": the clause's second predicate, read
      // with the attribution before it (step 3b), not a frame whose reporter is the clause's subject.
      if (
        rule === LEAD_WITHOUT_THAT &&
        /,\s+(?:and|but)\s+$/.test(ex.text.slice(s.start, verbStart)) &&
        trailingFrame(ex.text.slice(s.start, s.end))?.rule.startsWith('attribution between two predicates')
      )
        continue;
      const from = Math.max(s.start, ...quotes.filter((q) => q.end <= verbStart).map((q) => q.end));
      let reporter = reporterAfterOpening(ex, from, verbStart, reporterAt);
      if (reporter.kind === 'none') reporter = reporterAt(from, clauseStart);
      if (reporter.kind === 'none') continue;
      // "<person> said in a (written) statement that …": their own statement, a release of theirs.
      // WRITTEN_ACCOUNT: "in a written briefing", "in written comments" too.
      const written = reporter.kind === 'official' && WRITTEN_ACCOUNT.test(m[0]) ? ('PRESS_RELEASE' as const) : undefined;
      // "<body> said in a brief readout that …": a document of the kind the setting names, by the body.
      const setting = ISSUED_DOCUMENT.test(m[1]) ? m[0] : m[0].slice(m[1].length);
      const noun = reporter.kind === 'source' ? BODY_DOCUMENT_NOUNS.find((n) => n.pattern.test(setting)) : undefined;
      const said = reporter.source;
      if (noun && said && !said.isDocument && !said.speakerId && said.kind !== noun.kind && namesKind(m[0], ex.remoteCall))
        reporter = { ...reporter, source: sourceOf(ex, noun.kind, said.publisherId, null, said.label, ctx, said.proposedPublisher) };
      frames.push({
        verbStart,
        clauseStart,
        reporter: { ...reporter, rule: `${reporter.rule}; ${rule.name}`, documentKind: written ?? reporter.documentKind },
      });
    }
  }
}

/** QUOTED_AS frames, in a story: a person's words as a body's account quotes them. */
function quotedAsFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, ctx, frames, reporterAt } = rd;
  // QUOTED_AS: "The ministry quoted Lee as saying (that) …", "Lee was quoted by the ministry as telling Hegseth (that) …": the
  // person's words, carried by the body's account (the document their organization issues).
  if (ex.options.kind === 'NEWS_ARTICLE')
    for (const m of ex.text.slice(s.start, s.end).matchAll(QUOTED_AS)) {
      const verbStart = s.start + m.index!;
      const clauseStart = verbStart + m[0].length;
      if (insideQuote(ex, verbStart) || frames.some((f) => f.verbStart <= verbStart && f.clauseStart > verbStart)) continue;
      const who = m[1] ?? m[2];
      const at = s.start + m.index! + m[0].indexOf(who);
      const person = reporterAt(at, at + who.length);
      if (person.kind !== 'official' || person.officialIds.length + person.proposed.length !== 1) continue;
      const org = person.officialIds.length
        ? (ex.lex.holding(person.officialIds[0], documentDate(ex))?.organizationId ?? null)
        : (ex.proposedOfficials.get(person.proposed[0])?.organizationId ?? null);
      // The "saying that" inside it is this frame's, not one of its own.
      for (let i = frames.length - 1; i >= 0; i--)
        if (frames[i].verbStart > verbStart && frames[i].verbStart < clauseStart) frames.splice(i, 1);
      // BODY_PARAPHRASE: "X was quoted as telling Y that <clause>" with no quotation marks: the body's own account of
      // what X said (its prose, as "X said that …" in its release), the body the author and X a party.
      if (org != null && !/^\s*[“"‘]/.test(ex.text.slice(clauseStart, clauseStart + 3))) {
        frames.push({
          verbStart,
          clauseStart,
          reporter: sourceReporter(
            sourceOf(ex, bodyKind(ex, org), org, null, orig(ex, verbStart, clauseStart).trim(), ctx),
            orig(ex, verbStart, clauseStart).trim(),
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
          documentKind: org != null ? bodyKind(ex, org) : 'PRESS_RELEASE',
        },
      });
    }
}

/** Frames of "and that <clause>", going on from the frame before them. */
function andThatFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, frames } = rd;
  // "and that <clause>" continues the frame before it: one passage with it (one sentence, one passage), unless clauses are split.
  for (const m of SPLIT_CLAUSES ? ex.text.slice(s.start, s.end).matchAll(/,?\s+and\s+that\s+/g) : []) {
    const at = s.start + m.index!;
    if (insideQuote(ex, at) || !frames.some((f) => f.clauseStart <= at)) continue;
    if (frames.some((f) => f.verbStart <= at + m[0].length && f.clauseStart >= at)) continue;
    const prior = frames
      .filter((f) => f.clauseStart <= at)
      .sort((a, b) => a.clauseStart - b.clauseStart)
      .pop()!;
    // "X said the two had confirmed that A, and that B": the "that" of "confirmed", inside the frame's clause.
    if (!continuesFrame(ex.text.slice(prior.clauseStart, at), at - prior.clauseStart)) continue;
    frames.push({ verbStart: at, clauseStart: at + m[0].length, reporter: prior.reporter });
  }
}

/** ALSO_SAID_AFTER_TOLD_IN_TALKS: the one frame of a sentence that goes on the paper's account of the talks. */
function paperAccountFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, frames, bigQuotes } = rd;
  // ALSO_SAID_AFTER_TOLD_IN_TALKS: "He also said …" right after "X told Y that …" (the paper's account of the talks): the
  // paper's account still, "he" a party.
  if (
    ex.options.kind === 'NEWS_ARTICLE' &&
    ex.toldInTalks === ex.blockIndex &&
    frames.length === 1 &&
    frames[0].reporter.kind === 'official' &&
    frames[0].reporter.rule.startsWith('pronoun: the last person named') &&
    bigQuotes.length === 0 &&
    ALSO_SAID_AFTER_TOLD_IN_TALKS.goesOn.test(ex.text.slice(s.start, frames[0].clauseStart))
  ) {
    const f = frames[0];
    f.leadParties = { start: s.start, end: f.verbStart };
    f.reporter = sourceReporter(ex.documentSource, ex.documentSource.label, ALSO_SAID_AFTER_TOLD_IN_TALKS.name, 0.5);
  }
}

/** SPEECH_IN_RELAYED_DOCUMENT: the one frame of a sentence that goes on a body's document the paragraph before relayed. */
function relayedDocumentFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, ctx, frames, bigQuotes } = rd;
  // SPEECH_IN_RELAYED_DOCUMENT (round 17): "X added that …" with no place of its own, right after a paragraph attributed to a
  // body's document: more of that document's account, the body the author, X a party.
  const relayedDoc = ex.carried;
  if (
    ex.options.kind === 'NEWS_ARTICLE' &&
    relayedDoc &&
    relayedDoc.reported &&
    (relayedDoc.block === ex.blockIndex - 1 || relayedDoc.block === ex.blockIndex) &&
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
      ex.text.slice(s.start, frames[0].verbStart),
      (({ ids, proposed }) => new Set(ids).size + new Set(proposed).size)(partiesOf(ex, s.start, frames[0].verbStart, ctx, [])),
    ) &&
    !frames[0].reporter.documentKind &&
    !frames[0].reporter.post &&
    !frames[0].leadParties &&
    frames[0].verbStart - s.start < 100 &&
    // (One the story already gave remarks of their own to: "X also said …" is more of those remarks.)
    !frames[0].reporter.officialIds.some((id) => ex.pressSpeakers.has(id)) &&
    !SPEECH_IN_RELAYED_DOCUMENT.placed.test(ex.text.slice(s.start, s.end)) &&
    // (The occasion is the verb's: a date inside the reported clause is what was said, not the story's own framing.)
    attributionRunsOn(
      ex.text.slice(s.start, frames[0].clauseStart),
      relaySubject(
        ex,
        relayedDoc.reporter.source,
        ex.text.slice(s.start, frames[0].verbStart),
        frames[0].reporter.officialIds,
        frames[0].reporter.proposed,
      ),
    )
  ) {
    const f = frames[0];
    f.leadParties = { start: s.start + openingAdjunct(ex.text.slice(s.start, f.verbStart)), end: f.verbStart };
    f.reporter = { ...relayedDoc.reporter, rule: `${relayedDoc.reporter.rule}; ${SPEECH_IN_RELAYED_DOCUMENT.name}` };
  }
}

/** OPENING_PARTICIPLE: a frame of a participle opening the sentence takes the reporter of the frame after it. */
function openingParticipleFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, frames } = rd;
  // OPENING_PARTICIPLE: "Noting that A, X said that B": the participle's subject is the main clause's, X; one sentence, one
  // passage (the participle's clause runs on through X's).
  if (
    frames.length >= 2 &&
    /^\W*(?:noting|stressing|saying|adding|stating|emphasi[sz]ing|underscoring)\b/i.test(ex.text.slice(s.start, frames[0].clauseStart)) &&
    frames[0].verbStart - s.start < 4 &&
    frames[1].reporter.kind !== 'none'
  ) {
    frames[0].reporter = {
      ...frames[1].reporter,
      rule: `${frames[1].reporter.rule}; the subject of the participle that opens the sentence`,
    };
    frames.splice(1, 1);
  }
}

/** RELAYED_ACCOUNT: frames of "X reportedly said" relay the spokesperson's account before them. */
function reportedlyFrames(ex: Extractor, rd: SentenceReading): void {
  const { s, quotes, frames } = rd;
  // RELAYED_ACCOUNT: "X reportedly said that …" after a spokesperson's account: X's words as that account relays them, X a party.
  const relay = ex.options.kind === 'NEWS_ARTICLE' && ex.relay?.account === 'person' ? ex.relay : null;
  for (const f of relay ? frames : []) {
    const before = /\breportedly\s+$/i.exec(ex.text.slice(Math.max(s.start, f.verbStart - 20), f.verbStart));
    if (!before || f.reporter.kind !== 'official' || f.leadParties) continue;
    const from = Math.max(s.start, ...quotes.filter((q) => q.end <= f.verbStart).map((q) => q.end));
    f.leadParties = { start: from, end: f.verbStart - before[0].length };
    for (const k of [...f.reporter.officialIds.map(String), ...f.reporter.proposed]) relay!.parties.add(k);
    relay!.block = ex.blockIndex;
    f.reporter = { ...relay!.reporter, relayed: true, rule: `${relay!.reporter.rule}; ${RELAYED_ACCOUNT.name} ("reportedly")` };
  }
}

/** A story's quotations that are words of a reported clause: no passages of their own. */
function clauseQuotes(ex: Extractor, rd: SentenceReading): void {
  const { s, frames, mentions } = rd;
  // A news report's quotation that goes on a reported clause ('X said the treaty "applies to …"', '…, calling it "a …"'):
  // words of the clause, whose sentence is the passage, not a passage of its own.
  if (ex.options.kind === 'NEWS_ARTICLE')
    rd.bigQuotes = rd.bigQuotes.filter((q) => {
      const f = frames.filter((x) => x.clauseStart < q.start && x.reporter.kind !== 'none').pop();
      // The clause the quotation goes on: a frame's, else the sentence's (an attribution after it, "…, the ministry said").
      const clauseFrom = f?.clauseStart ?? s.start;
      // THAT_NAME_QUOTED: after a reporting "that", one named official's quoted predicate ('the ministry said that Hegseth
      // "reaffirmed …"') is a partial quotation inside the reported speech; a group's ('that the two men "discussed …"') and
      // one without "that" ('the Pentagon said Hegseth "commended …"') stay the quotation of their words.
      const afterThat = f != null && /\bthat\s*$/i.test(ex.text.slice(Math.max(s.start, clauseFrom - 8), clauseFrom));
      const from = afterThat ? ex.text.lastIndexOf('that', clauseFrom) : clauseFrom;
      const people = (at: number) =>
        PEOPLE_SUBJECT.test(ex.text.slice(from + at, q.start).trim()) ||
        (!afterThat && mentions.some((m) => m.start >= from + at && m.end <= q.start && (m.kind === 'official' || m.kind === 'title')));
      return (
        !(f == null && FRAGMENT_UNDER_ACCORDING.test(ex.text.slice(s.start, s.end), ex.text.slice(q.innerStart, q.innerEnd))) &&
        !quoteInsideClause(ex.text.slice(from, q.start), ex.text.slice(q.innerStart, q.innerEnd), people, ex.text.slice(q.end, s.end)) &&
        !(f != null && /^\s*\p{Ll}/u.test(ex.text.slice(q.innerStart, q.innerEnd)) && clauseGoesOnUnquoted(ex.text.slice(q.end, s.end)))
      );
    });
}

/** PHRASE_QUOTED_IN_ACCOUNT: quotations of a phrase in a story's or document's own account: no passages of their own. */
function phraseQuotes(ex: Extractor, rd: SentenceReading): void {
  const { s, ctx, frames } = rd;
  // PHRASE_QUOTED_IN_ACCOUNT: a story's own account of a position that quotes a phrase of it ('X shared worry over …,
  // "unlawful maritime claims in the South China Sea" and …', '… countering "North Korean threats, such as …"'): the
  // quotation is a phrase of the sentence, whose whole is the passage.
  // (PHRASE_QUOTED_IN_RELEASE, round 13: so in a readout's or release's own account, 'X highly commended the decision on the
  // “tilt to the region,” which …': not after a comma or colon that opens the official's words.)
  const ownAccount = ['READOUT', 'PRESS_RELEASE', 'JOINT_STATEMENT'].includes(ex.options.kind) && ctx.source?.isDocument;
  if ((ex.options.kind === 'NEWS_ARTICLE' || ownAccount) && frames.length === 0)
    rd.bigQuotes = rd.bigQuotes.filter(
      (q) =>
        !(
          phraseQuotedInAccount(ex.text.slice(s.start, q.start), ex.text.slice(q.innerStart, q.innerEnd), ex.text.slice(q.end, s.end)) &&
          (ex.options.kind === 'NEWS_ARTICLE' || !/[,:]\s*[“"‘]?$/.test(ex.text.slice(s.start, q.start)))
        ),
    );
}

/** A document's own third-person account: no frames of the officials it names. */
function documentAccountFrames(ex: Extractor, rd: SentenceReading): void {
  const { ctx, frames, bigQuotes } = rd;
  // In a readout, release or joint statement, "<official> stated that …" is the document's own third-person account:
  // the whole sentence is the statement (read below as such), the official a party.
  const thirdPerson = ['READOUT', 'PRESS_RELEASE', 'JOINT_STATEMENT'].includes(ex.options.kind) && ctx.source?.isDocument;
  if (thirdPerson && bigQuotes.length === 0 && frames.length && frames.every((f) => f.reporter.kind === 'official')) frames.length = 0;
}

/** 1c: a news sentence's outer attribution, the passage of its clause, the frames it holds. */
function outerAttributionPassages(ex: Extractor, rd: SentenceReading): void {
  const { s, ctx, frames, bigQuotes, passages, reporterAt } = rd;
  // 1c. A news report: the outer attribution wins ("<clause>, the ministry said[, adding: …]"): the frames inside the
  // clause are what the reporter reports (their subjects its parties); "adding that …" after it is the reporter's too.
  if (ex.options.kind === 'NEWS_ARTICLE') {
    const oa = outerAttribution(ex.text.slice(s.start, s.end), (a, b) => namesReporter(ex, s.start + a, s.start + b));
    if (oa && !bigQuotes.some((q) => q.start < s.start + oa.clauseEnd) && takesPosition(ex.text.slice(s.start, s.start + oa.clauseEnd))) {
      let reporter = reporterAt(s.start + oa.reporter[0], s.start + oa.reporter[1]);
      // "the Pentagon said in a statement": a document of that kind by the body.
      const said = reporter.source;
      if (
        oa.documentKind &&
        (oa.documentKind !== 'PRESS_RELEASE' || namesKind(oa.documentNoun ?? '', ex.remoteCall)) &&
        reporter.kind === 'source' &&
        said &&
        !said.isDocument &&
        !said.speakerId &&
        said.kind !== oa.documentKind
      )
        reporter = { ...reporter, source: sourceOf(ex, oa.documentKind, said.publisherId, null, said.label, ctx, said.proposedPublisher) };
      // "…, spokeswoman X said in a statement.": a person's statement, a document of theirs (as "X said in a statement that …").
      else if (oa.documentKind && reporter.kind === 'official' && reporter.officialIds.length + reporter.proposed.length === 1)
        reporter = { ...reporter, documentKind: oa.documentKind };
      // STATEMENT_GOES_ON_REPORTED (round 14): so is "…, White said." after "White said in a statement": the statement's words.
      else reporter = statementGoesOn(ex, reporter, ctx);
      if (reporter.kind !== 'none') {
        const outer: OuterAttribution = {
          reporter: { ...reporter, rule: `${reporter.rule}; ${oa.rule}` },
          clauseEnd: s.start + oa.clauseEnd,
          end: s.start + oa.end,
        };
        rd.outer = outer;
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
          else if (/^(?:adding|saying|noting|stating)\b/i.test(ex.text.slice(frames[i].verbStart, frames[i].clauseStart))) {
            frames[i].reporter = outer.reporter;
            if (bigQuotes.length === 0 && frames[i].verbStart - outer.end <= 3 && i === frames.length - 1) {
              clauseEnd = end = s.end;
              frames.splice(i, 1);
            }
          }
        }
        clausePassages(ex, s.start, clauseEnd, {
          reporter: outer.reporter,
          ctx,
          kind: 'PARAPHRASE',
          passages,
          display: { start: s.start, end },
        });
      }
    }
  }
}

/** Whether two reporters are the same one (or the first is none). */
const sameReporter = (a: Reporter, b: Reporter) =>
  a === b ||
  a.kind === 'none' ||
  (a.kind === b.kind &&
    a.source?.key === b.source?.key &&
    a.officialIds.join() === b.officialIds.join() &&
    a.proposed.join() === b.proposed.join());

/** PARTICIPLE_GOES_ON, then 2: the passages of the frames' clauses. */
function framePassages(ex: Extractor, rd: SentenceReading): void {
  const { s, quotes, ctx, frames, bigQuotes, outer, passages } = rd;
  // PARTICIPLE_GOES_ON: '<body> said in a statement that A, adding that B' in a news report: one sentence, one passage (as
  // the trailing '…, the ministry said, adding that …'), its parties those of both clauses.
  if (ex.options.kind === 'NEWS_ARTICLE' && !outer && bigQuotes.length === 0)
    for (let i = frames.length - 1; i > 0; i--)
      if (
        /^(?:adding|noting|saying|stating)\b/i.test(ex.text.slice(frames[i].verbStart, frames[i].clauseStart)) &&
        /,\s*$/.test(ex.text.slice(frames[i - 1].clauseStart, frames[i].verbStart)) &&
        sameReporter(frames[i].reporter, frames[i - 1].reporter)
      )
        frames.splice(i, 1);
  // 2. Clauses of the frames, each ending where the next frame or a passage-quote begins.
  for (const [i, f] of frames.entries()) {
    const nextFrame = frames[i + 1]?.verbStart ?? s.end;
    const nextQuote = bigQuotes.find((q) => q.start >= f.clauseStart)?.start ?? s.end;
    let end = Math.min(nextFrame, nextQuote);
    // The clause of a frame ends where a new reporter starts, e.g. ", calling it".
    const calling = /,\s*(?:calling it|describing it as|which he called)\b/i.exec(ex.text.slice(f.clauseStart, end));
    if (calling && (bigQuotes.length || !quotes.some((q) => q.start >= f.clauseStart + calling.index))) end = f.clauseStart + calling.index;
    if (bigQuotes.some((q) => q.start <= f.clauseStart && q.end > f.clauseStart)) continue;
    // OUTSIDE_REPORTER: what a report or analysts say is no position of the talks.
    if (f.reporter.kind === 'none' && f.reporter.rule === 'OUTSIDE_REPORTER') continue;
    // "… said he would refrain from commenting": a refusal reports no position.
    if (REPORTED_REFUSAL.test(ex.text.slice(f.clauseStart, end))) continue;
    // A news report's only frame: the passage is the sentence (its frame too) up to a quotation.
    const whole =
      ex.options.kind === 'NEWS_ARTICLE' && frames.length === 1 && !outer
        ? { start: Math.max(s.start, ...bigQuotes.filter((q) => q.end <= f.verbStart).map((q) => q.end)), end }
        : null;
    clausePassages(ex, f.clauseStart, end, {
      reporter: f.reporter,
      ctx,
      kind: 'PARAPHRASE',
      passages,
      leadParties: f.leadParties ?? null,
      display: whole,
    });
  }
}

/** 3: a passage-quote's reporter (named after it, before it, or the speaker going on) and its passages. */
function quotePassage(ex: Extractor, rd: SentenceReading, q: Quote): void {
  const { s, ctx, passages } = rd;
  let reporter = attributedQuoteReporter(ex, rd, q);
  if (!reporter) reporter = introducedQuoteReporter(ex, rd, q);
  // A quotation that is the whole sentence, right after an official's quotation in the same paragraph: the rest of
  // their words ("“…,” X said. “…”").
  // Or a paragraph that is only a quotation, right after the paragraph that attributed one ("“…,” Ms X said.¶“…”").
  const lastBlock = ex.lastQuote?.block ?? -9;
  const last =
    (lastBlock === ex.blockIndex || (lastBlock === ex.blockIndex - 1 && q.start - s.start <= 1)) && ex.lastQuote!.end < q.start
      ? ex.lastQuote
      : null;
  const between = last ? ex.text.slice(last.end, q.start) : '';
  const continued =
    last != null &&
    between.length <= (last.block === ex.blockIndex ? 200 : 80) &&
    /[.!?]\s*$/.test(between) &&
    !/[“”"]/.test(between) &&
    /^[\s.!?]*$/.test(ex.text.slice(q.end, s.end));
  // POST_QUOTED: an official's post the story quotes ("Taking to Twitter, X wrote, “…”").
  if (
    reporter?.kind === 'official' &&
    ex.options.kind === 'NEWS_ARTICLE' &&
    POST_QUOTED.test(`${ex.text.slice(s.start, q.start)} ${ex.text.slice(q.end, s.end)}`)
  )
    reporter = { ...reporter, post: true, documentKind: 'PRESS_RELEASE', rule: `${reporter.rule}; ${POST_QUOTED.name}` };
  if ((!reporter || reporter.kind === 'none') && continued && last)
    reporter = { ...last.reporter, rule: `${last.reporter.rule}; the quotation goes on` };
  if (reporter?.kind === 'official') ex.lastQuote = { block: ex.blockIndex, end: q.end, reporter };
  // GROUP_ACCOUNT_NOT_REMARKS: so is a group's quoted phrase ('the ministers agreed to establish "the …"') after them.
  const before = ex.text.slice(s.start, q.start);
  if ((!reporter || reporter.kind === 'none') && groupAfterRemarks(ex, before, s.start, ctx))
    reporter = sourceReporter(ex.documentSource, ex.documentSource.label, GROUP_ACCOUNT_NOT_REMARKS, 0.5);
  if (!reporter || reporter.kind === 'none') {
    reporter = ctx.source
      ? sourceReporter(ctx.source, ctx.source.label, 'source of the preceding text', 0.5)
      : { kind: 'none', officialIds: [], proposed: [], source: null, span: '', rule: '', confidence: 0.3 };
  }
  // Parties named between the reporting verb and the quote: "said Hegseth and Nakatani “reiterated…”".
  const lead = /\b(?:said|stated|mentioned|noted|saying|stating)\s+([^,“"‘]{1,80})$/i.exec(ex.text.slice(s.start, q.start));
  // Or the subject of a quoted predicate: Hegseth “reaffirmed that …”.
  const predicateSubject = lead ? null : quotedPredicateSubject(ex.text.slice(s.start, q.start), ex.text.slice(q.innerStart, q.innerEnd));
  const leadParties = lead
    ? { start: q.start - lead[1].length, end: q.start }
    : predicateSubject != null
      ? { start: s.start + predicateSubject, end: q.start }
      : null;
  clausePassages(ex, q.innerStart, q.innerEnd, { reporter, ctx, kind: 'DIRECT_QUOTE', passages, leadParties, balanced: q.balanced });
}

/** A passage-quote's reporter named after it ('“…,” X said'), or the outer attribution's, and the document that carries it. */
function attributedQuoteReporter(ex: Extractor, rd: SentenceReading, q: Quote): Reporter | null {
  const { s, ctx, outer, reporterAt } = rd;
  const after = ex.text.slice(q.end, s.end);
  const inv = INVERTED.exec(after);
  // "…, the ministry said, adding: “…”": the outer reporter's words.
  let reporter: Reporter | null = outer && q.start >= outer.end ? outer.reporter : null;
  if (!reporter && inv) {
    const from = q.end + inv[0].length;
    const to = Math.min(s.end, from + 60);
    const r = reporterAt(from, Math.min(to, firstBoundary(ex, from, to)));
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
  if (reporter && carriedBy && ex.options.kind === 'NEWS_ARTICLE') {
    const org = ex.lex.holding(reporter.officialIds[0], documentDate(ex))?.organizationId ?? null;
    const kind = carriedBy === 'body' ? (org != null ? bodyKind(ex, org) : null) : carriedBy;
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
  if (reporter) reporter = statementGoesOn(ex, reporter, ctx);
  return reporter;
}

/** A passage-quote's reporter named before it ('X said: “…”', '…, calling it “…”'), else the frame's before it. */
function introducedQuoteReporter(ex: Extractor, rd: SentenceReading, q: Quote): Reporter | null {
  const { s, quotes, frames, reportingOfficial, reporterAt } = rd;
  let reporter: Reporter | null = null;
  const framesBefore = frames.filter((f) => f.clauseStart <= q.start);
  // (Also the verbs that go on with a speaker's words: 'He added, "…"', 'She stressed: "…"'; QUOTE_AFTER_REPLY: an answer or
  // an opening, 'Ahn replied, "…"', 'X opened the meeting by saying, "…"'.)
  const direct =
    /\b(?:said|stated|says|told|added|adds|noted|stressed|emphasi[sz]ed|continued|explained|remarked|replied|responded|answered|declared|insisted|saying|wrote|posted|tweeted)\s*[,:]?\s*([^“"‘]{0,80})$/i.exec(
      ex.text.slice(s.start, q.start),
    );
  if (/,\s*(?:calling it|describing it as)\s*$/i.test(ex.text.slice(s.start, q.start))) {
    const speaker = reportingOfficial();
    if (speaker)
      reporter = officialReporter(
        [speaker],
        [],
        ex.lex.officials.get(speaker)!.name,
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
  return reporter;
}

/** TRAILING_THEN_PARTICIPLE, then 3b: the reporter after the clause, and its passage. */
function trailingPassages(ex: Extractor, rd: SentenceReading): void {
  const { s, ctx, frames, bigQuotes, outer, passages, reporterAt } = rd;
  // TRAILING_THEN_PARTICIPLE: "<clause>, X told a news conference …, saying <clause>": the participle's frame is the trailing
  // attribution's continuation, read with it below (one passage).
  if (
    ex.options.kind === 'NEWS_ARTICLE' &&
    !outer &&
    frames.length === 1 &&
    bigQuotes.length === 0 &&
    /^(?:saying|adding|stating|noting|stressing)\b/i.test(ex.text.slice(frames[0].verbStart, frames[0].clauseStart)) &&
    trailingFrame(ex.text.slice(s.start, s.end))?.rule === TRAILING_THEN_PARTICIPLE
  )
    frames.length = 0;
  // 3b. The reporter after the clause: "<clause>, <reporter> said.", "<clause>, according to <reporter>."
  rd.trailed = outer != null;
  if (!rd.trailed && frames.length === 0 && bigQuotes.length === 0) {
    const tf = trailingFrame(ex.text.slice(s.start, s.end));
    // A news report's attributed sentence carries a position, not an event ("Hegseth spoke by phone with …, according to …").
    const tfClause = tf ? ex.text.slice(s.start + tf.clause[0], s.start + tf.clause[1]) : '';
    // WRITTEN_TRAILING (round 14): "…, spokesperson X said in a statement released today.": a person's written statement, a
    // release of theirs (not words said to reporters); of an event only ("X spoke by phone with Y to discuss …"), no
    // position: no draft, but the statement is named for the sentences after it (STATEMENT_GOES_ON).
    const written =
      tf &&
      ex.options.kind === 'NEWS_ARTICLE' &&
      SPOKEN_TRAILING.test(tf.rule) &&
      WRITTEN_ACCOUNT.test(ex.text.slice(s.start + tf.reporter[1], s.end));
    if (written && !takesPosition(tfClause)) {
      const r = reporterAt(s.start + tf.reporter[0], s.start + tf.reporter[1]);
      if (r.kind === 'official' && r.officialIds.length + r.proposed.length === 1)
        ex.statementBy = { person: [...r.officialIds, ...r.proposed].join(','), kind: 'PRESS_RELEASE', block: ex.blockIndex };
    }
    // "…, Marles said": words an official says are a position of theirs unless they only report an event or a schedule.
    else if (
      tf &&
      (ex.options.kind !== 'NEWS_ARTICLE' ||
        takesPosition(tfClause) ||
        (SPOKEN_TRAILING.test(tf.rule) && wordCount(tfClause) >= 6 && !backgroundOf(tfClause)))
    ) {
      let reporter = reporterAt(s.start + tf.reporter[0], s.start + tf.reporter[1]);
      if (written && reporter.kind === 'official' && reporter.officialIds.length + reporter.proposed.length === 1 && !reporter.documentKind)
        reporter = { ...reporter, documentKind: 'PRESS_RELEASE', rule: `${reporter.rule}; WRITTEN_TRAILING` };
      // JOINT_DOCUMENT_REPORTER: "…, according to a joint communique released after the meeting.": the signatories' words (as
      // JOINT_STATEMENT_SETTING reads "In a joint statement issued after the talks, …"), the subject of the clause.
      // (JOINT_DOCUMENT_NAMED_BEFORE, round 14: "…, the statement said." after the story named a joint statement: that one; its
      // signatories the clause's subject.)
      const reporterWords = ex.text.slice(s.start + tf.reporter[0], s.start + tf.reporter[1]);
      const namedBefore =
        ex.options.kind === 'NEWS_ARTICLE' && THE_STATEMENT.test(reporterWords) && JOINT_DOCUMENT.test(ex.text.slice(0, s.start));
      const jointVerb =
        reporter.kind === 'none' && (JOINT_DOCUMENT.test(reporterWords) || namedBefore) ? POSITION_VERB.exec(tfClause) : null;
      const signing = jointVerb ? partiesOf(ex, s.start + tf.clause[0], s.start + tf.clause[0] + jointVerb.index, ctx, []) : null;
      if (signing && signing.ids.length + signing.proposed.length >= 2)
        reporter = {
          kind: 'official',
          officialIds: signing.ids,
          proposed: signing.proposed,
          source: null,
          span: ex.text.slice(s.start + tf.reporter[0], s.start + tf.reporter[1]),
          rule: 'a joint statement the story reports: its signatories, the subject',
          confidence: 0.7,
          documentKind: 'JOINT_STATEMENT',
        };
      if (reporter.kind !== 'none') {
        rd.trailed = true;
        clausePassages(ex, s.start + tf.clause[0], s.start + tf.clause[1], {
          reporter: { ...reporter, rule: `${reporter.rule}; ${tf.rule}` },
          ctx,
          kind: 'PARAPHRASE',
          passages,
          display: ex.options.kind === 'NEWS_ARTICLE' ? { start: s.start, end: s.end } : null,
        });
      }
    } else if (
      tf &&
      SPOKEN_TRAILING.test(tf.rule) &&
      SPOKESPERSON_OF_BODY.test(ex.text.slice(s.start + tf.reporter[0], s.start + tf.reporter[1]))
    )
      // SPOKESPERSON_ON_BACKGROUND (round 11): "<the meeting itself>, Pentagon spokesperson X said." is no draft, but X is named
      // as the body's spokesperson for the sentences after it ("…, X said.").
      reporterAt(s.start + tf.reporter[0], s.start + tf.reporter[1]);
  }
}

/** 4: a sentence of a readout, release or joint statement in the document's own words: a stance, an assessment, a bullet. */
function documentThirdPerson(ex: Extractor, rd: SentenceReading): void {
  const { s, ctx, frames, bigQuotes, trailed } = rd;
  // 4. A sentence of a readout or release in the third person: "<parties> <position verb> …".
  // GROUP_AFTER_PRESS_CONFERENCE (round 16): a press conference the release named before ("X and Y hold a press conference
  // after the meeting", a caption) is the current source, but a sentence whose subject is the talks' group ("The defense
  // chiefs of both countries decided …") is no speaker's words at it: the release's own account still.
  const groupAfterConference =
    ctx.source?.kind === 'PRESS_CONFERENCE' && GROUP_SUBJECT.test(ex.text.slice(s.start, s.end).replace(BULLET, ''));
  if (
    !trailed &&
    frames.length === 0 &&
    bigQuotes.length === 0 &&
    ex.options.kind !== 'NEWS_ARTICLE' &&
    (ctx.source?.isDocument || groupAfterConference)
  ) {
    const sentenceText = ex.text.slice(s.start, s.end);
    thirdPersonStance(ex, rd, sentenceText);
    assessmentAfterStance(ex, rd, sentenceText);
    listItemPassage(ex, rd, sentenceText);
  }
}

/** 4: a document's third-person stance ("<parties> <position verb> …"), and the stance and lead-in it leaves for what follows. */
function thirdPersonStance(ex: Extractor, rd: SentenceReading, sentenceText: string): void {
  const { s, ctx, passages } = rd;
  // "We reaffirm …", "We express …": a joint statement's signatories in the present tense.
  // OPENING_PARTICIPLE_CLAUSE: "Noting the alignment of …, Secretary X applauded …": the verb and subject come after it.
  const opens = OPENING_PARTICIPLE_CLAUSE.exec(sentenceText)?.[0].length ?? adverbialOpening(ex, sentenceText);
  const afterLead = opens ? positionVerb(ex, sentenceText.slice(opens)) : null;
  const verb =
    (afterLead ? Object.assign(afterLead, { index: afterLead.index + opens }) : null) ??
    positionVerb(ex, sentenceText) ??
    (ex.options.kind === 'JOINT_STATEMENT' ? SIGNATORIES_PRESENT.exec(sentenceText) : null);
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
    const { ids, proposed } = partiesOf(ex, s.start + (afterLead ? opens : 0), s.start + verb.index, ctx, evidence);
    // The subject may follow a phrase of time or place: "During the meeting, both parties reaffirmed …".
    if (
      ids.length ||
      proposed.length ||
      /^(?:(?:During|In|At|Throughout|Over)\s+[^,]{1,60},\s+)?(?:the two|both|they|he|she)\b/i.test(
        ex.text.slice(s.start, s.end).replace(BULLET, ''),
      ) ||
      groupSubjectDraft(ex.text.slice(s.start, s.start + verb.index).replace(BULLET, ''))
    ) {
      const reporter: Reporter = sourceReporter(ex.documentSource, ex.documentSource.label, 'third-person sentence of the document', 0.8);
      clausePassages(ex, s.start, s.end, { reporter, ctx, kind: 'PARAPHRASE', passages });
      // ASSESSMENT_GOES_ON: the group's stance, for an assessment of the act it names in the next sentence.
      ex.lastGroupStance =
        passages.length && passages[0].partyIds.length + passages[0].proposedParties.length >= 2
          ? { block: ex.blockIndex, end: s.end, subject: { start: s.start, end: s.start + verb.index } }
          : null;
      // "They committed to:": the bullets below take its parties.
      ex.leadIn =
        /:\s*$/.test(sentenceText) || FOLLOWING_ITEMS.test(sentenceText)
          ? { block: ex.blockIndex, subject: { start: s.start, end: s.start + verb.index } }
          : null;
      // "The two leaders announced the following initiatives:": a lead-in whose content is the list, no position of its own.
      if (isListLeadIn(sentenceText)) passages.length = 0;
    }
  }
}

/**
 * 4: ASSESSMENT_GOES_ON, SIGNED_ASSESSMENT: an assessment with no stance verb, the group's before it or the signatories'.
 * ASSESSMENT_GOES_ON (round 13) reads an assessment of an act named just before, with a demonstrative subject ("This action
 * represented a serious violation of …", "Such launches pose a grave threat to …", "This move undermines …").
 */
function assessmentAfterStance(ex: Extractor, rd: SentenceReading, sentenceText: string): void {
  const { s, ctx, passages } = rd;
  // ASSESSMENT_GOES_ON (round 13): "They strongly condemned X's launch of …. This action represented a serious violation of
  // …": the group's assessment of the act its stance named, right after it in the same paragraph, is theirs too.
  const stance = ex.lastGroupStance;
  if (
    passages.length === 0 &&
    stance &&
    stance.block === ex.blockIndex &&
    stance.end < s.start &&
    /^\s*$/.test(ex.text.slice(stance.end, s.start)) &&
    DEMONSTRATIVE_ASSESSMENT.test(sentenceText)
  ) {
    const reporter: Reporter = sourceReporter(
      ex.documentSource,
      ex.documentSource.label,
      'third-person sentence of the document: an assessment of the act the stance before it named, its parties',
      0.6,
    );
    passage(ex, s.start, s.end, { reporter, ctx, kind: 'PARAPHRASE', passages, subjectFrom: stance.subject });
  }
  if (stance && stance.end < s.start) ex.lastGroupStance = null;
  // SIGNED_ASSESSMENT (round 14): in a joint statement's own text, the signatories' assessment of their alliance or
  // partnership as a plain statement ("The X-Y Alliance is the cornerstone of …", "This partnership is also increasingly
  // important in …"): no reporting verb, the document itself their words.
  if (passages.length === 0 && ex.options.kind === 'JOINT_STATEMENT' && SIGNED_ASSESSMENT.test(sentenceText)) {
    const begins = statementTextBegins(ex);
    if (!begins || begins.index < s.start) {
      const reporter: Reporter = sourceReporter(
        ex.documentSource,
        ex.documentSource.label,
        "SIGNED_ASSESSMENT: a joint statement's assessment of the alliance or partnership, its signatories' words",
        0.6,
      );
      passage(ex, s.start, s.end, { reporter, ctx, kind: 'PARAPHRASE', passages });
      // Its parties: the signatories (the alliance named is theirs).
      const signing = signatoriesOf(ex, ctx);
      for (const p of passages)
        if (p.partyIds.length + p.proposedParties.length === 0) {
          p.partyIds = [...signing.ids];
          p.proposedParties = [...signing.proposed];
        }
    }
  }
}

/** 4: a bullet of a list led by "<parties> <verb> to:" (LIST_NUMERAL too), its lead-in's parties; or the lead-in ends. */
function listItemPassage(ex: Extractor, rd: SentenceReading, sentenceText: string): void {
  const { s, ctx, passages } = rd;
  // A bullet of a list led by "<parties> <verb> to:": a passage of its own, the lead-in's parties its parties.
  const lead = ex.leadIn;
  // LIST_NUMERAL (round 17): an item whose numeral the segmenter cut off as a sentence of its own ("1." then "Activate
  // mutual visits …" on the same line) is a bullet too; the bare numeral keeps the lead-in for it.
  const listItem = BULLET.test(sentenceText.trimStart()) || LIST_NUMERAL_BEFORE.test(ex.text.slice(Math.max(0, s.start - 12), s.start));
  if (passages.length === 0 && lead && lead.block < ex.blockIndex && listItem) {
    const reporter: Reporter = sourceReporter(
      ex.documentSource,
      ex.documentSource.label,
      'third-person sentence of the document: a bullet of a list, the parties of its lead-in',
      0.7,
    );
    passage(ex, s.start, s.end, { reporter, ctx, kind: 'PARAPHRASE', passages, extraSubjects: [lead.subject] });
  } else if (!/:\s*$/.test(sentenceText) && !FOLLOWING_ITEMS.test(sentenceText) && !listItem && !/^\s*\d{1,2}[.)]\s*$/.test(sentenceText))
    ex.leadIn = null;
}

/** 5: a news sentence that is the story's own account of a position, or goes on one it relays. */
function newsOwnAccount(ex: Extractor, rd: SentenceReading): void {
  const { s, ctx, frames, bigQuotes, trailed, passages } = rd;
  // 5. A news report's own account of a position ("Austin reaffirmed … that …" with no one reporting it): the
  // newspaper's words, or those of the body the paragraph's sentence before was attributed to.
  if (
    !trailed &&
    frames.length === 0 &&
    bigQuotes.length === 0 &&
    ex.options.kind === 'NEWS_ARTICLE' &&
    // Attributed to someone not on record ("a U.S. official said"): not the newspaper's account.
    !outerAttribution(ex.text.slice(s.start, s.end), () => true) &&
    !trailingFrame(ex.text.slice(s.start, s.end))
  ) {
    const account =
      NEWS_ACCOUNT_VERB.exec(ex.text.slice(s.start, s.end)) ??
      meetingPurpose(ex.text.slice(s.start, s.end)) ??
      STANCE_ACT.exec(ex.text.slice(s.start, s.end));
    // PASSIVE_AGENT: a stance in the passive with its agent ("… was confirmed by the two ministers") when it comes first.
    const passive = PASSIVE_BY_VERB.exec(ex.text.slice(s.start, s.end));
    const found = passive && (!account || passive.index < account.index) ? passive : account;
    const verb = earlierTopic(ex.text.slice(s.start, s.end), found);
    if (verb && verb.index < 160) {
      const { ids, proposed } = partiesOf(ex, s.start, s.start + verb.index, ctx, []);
      // GROUP_SUBJECT_DRAFT: the group of the talks as subject is a draft, its people resolved or not.
      const group = groupSubjectDraft(ex.text.slice(s.start, s.start + verb.index));
      if ((ids.length || proposed.length || group) && !thirdCountrySubject(ex, s.start, s.start + verb.index, ids, ctx)) {
        ownAccountPassages(ex, rd, { verb, ids, proposed });
      } else if (ex.jointStatement && JOINT_DOCUMENT_SUBJECT.test(ex.text.slice(s.start, s.start + verb.index))) {
        // JOINT_DOCUMENT_SUBJECT: "The joint statement also called for …" after "In a joint statement …, the two …": the
        // statement named before, its signatories the parties.
        const { reporter, subject } = ex.jointStatement;
        passage(ex, s.start, s.end, {
          reporter: { ...reporter, rule: `${reporter.rule}; ${JOINT_DOCUMENT_SUBJECT_RULE}` },
          ctx,
          kind: 'PARAPHRASE',
          passages,
          subjectFrom: subject,
        });
      }
    }
  }
}

/** 5: the passages of a story's own account whose subject names its parties (or the group of the talks). */
function ownAccountPassages(ex: Extractor, rd: SentenceReading, subject: AccountSubject): void {
  const { s, ctx, passages } = rd;
  const { verb, ids, proposed } = subject;
  const { reporter, joint, subjectWords } = ownAccountReporter(ex, rd, subject);
  const before = passages.length;
  clausePassages(ex, s.start, s.end, { reporter, ctx, kind: 'PARAPHRASE', passages });
  // COUNTRY_PAIR_OF_THE_TALKS (round 14): "Australia and the United States are of one mind …" with no one resolved: the
  // people of the meeting the story reports (two countries, theirs).
  const talks = ex.reported;
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
  if (joint) ex.jointStatement = { reporter, subject: { start: s.start, end: s.start + verb.index } };
}

/**
 * 5: whose account a story's sentence is: the body's document it goes on, a joint statement, the account it relays, the
 * subject speaking, else the newspaper's own.
 */
function ownAccountReporter(
  ex: Extractor,
  rd: SentenceReading,
  subject: AccountSubject,
): { reporter: Reporter; joint: boolean; subjectWords: string } {
  const { s, ctx } = rd;
  const { verb, ids, proposed } = subject;
  // ATTRIBUTION_RUNS_ON: the paragraph right after one attributed to a body's document (on record or proposed), its
  // subject the talks' people together or the body's own side, no framing of the story's own: that document still.
  // (BODY_ACCOUNT_OF_TALKS: only when that paragraph reported the talks' people: "After the meeting, the ministry announced
  // that <a unit was set up>" is the body's news, not its account of the talks the next paragraph could go on.)
  const sameSide =
    ex.carried?.block === ex.blockIndex - 1 &&
    ex.carried.reported &&
    (ex.carried.reporter.source?.publisherId != null || ex.carried.reporter.source?.proposedPublisher != null) &&
    attributionRunsOn(
      ex.text.slice(s.start, s.end),
      relaySubject(ex, ex.carried.reporter.source!, ex.text.slice(s.start, s.start + verb.index), ids, proposed),
      verb.index,
    );
  if (sameSide) ex.carried = { block: ex.blockIndex, reporter: ex.carried!.reporter, reported: true };
  // GROUP_ACCOUNT_NOT_REMARKS: one official's remarks carried in the paragraph hold no group's position.
  const carriedRemarks = ex.carried?.block === ex.blockIndex ? ex.carried.reporter : null;
  const carried =
    carriedRemarks?.source &&
    groupAfterRemarks(ex, ex.text.slice(s.start, s.start + verb.index), s.start, { ...ctx, source: carriedRemarks.source })
      ? null
      : carriedRemarks;
  // JOINT_STATEMENT_SETTING: "In a joint statement issued after the talks, the two reaffirmed …": the signatories' words.
  const joint = JOINT_STATEMENT_SETTING.test(ex.text.slice(s.start, s.start + verb.index));
  // RELAYED_ACCOUNT_GOES_ON: the joint statement or the spokesperson's account named before, with the same people.
  const relay = ex.relay;
  const subjectWords = ex.text.slice(s.start, s.start + verb.index).trim();
  const relayed =
    !joint &&
    !carried &&
    relay &&
    continuesRelayedAccount(ex.text.slice(s.start, s.end), relay.account, {
      group:
        ids.length + proposed.length >= 2 || SIGNATORY_REFERENCE.test(subjectWords) || /^the\s+(?:three|four|five)$/i.test(subjectWords),
      recent: ex.blockIndex - relay.block <= RELAYED_ACCOUNT.paragraphs,
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
    relay.block = ex.blockIndex;
  }
  const own: Reporter = joint
    ? {
        kind: 'official',
        officialIds: ids,
        proposed,
        source: null,
        span: ex.text.slice(s.start, s.start + verb.index).trim(),
        rule: 'a joint statement the story reports: its signatories, the subject',
        confidence: 0.7,
        documentKind: 'JOINT_STATEMENT',
      }
    : carried
      ? { ...carried, rule: `${carried.rule}; attribution carried from the paragraph's sentence before` }
      : sourceReporter(ex.documentSource, ex.documentSource.label, 'third-person sentence of the newspaper (its own account)', 0.6);
  // The subject, one official, as the reporter of their own words, by the rule given.
  const subjectSpeaks = (rule: string): Reporter => ({
    kind: 'official',
    officialIds: ids,
    proposed,
    source: null,
    span: subjectWords,
    rule,
    confidence: 0.6,
  });
  const one = !relayed && !joint && !carried && ids.length + proposed.length === 1;
  // SPOKEN_SETTING_OPENING: "During a press conference …, X urged …": X's words there (one person, not carried).
  const spoken =
    one && SPOKEN_SETTING_OPENING.test(ex.text.slice(s.start, s.end))
      ? subjectSpeaks('the subject speaking on the occasion the sentence opens on')
      : null;
  // QUOTED_WORDS_OF_THE_SUBJECT: "X also urged … “to take a very public posture”": one official's words, quoted, unplaced.
  const quoted =
    one && !spoken && quotesSpeech(ex.text.slice(s.start + verb.index, s.end)) ? subjectSpeaks(QUOTED_WORDS_OF_THE_SUBJECT.name) : null;
  const reporter = relayed ?? spoken ?? quoted ?? own;
  return { reporter, joint, subjectWords };
}

/** What a news sentence carries to the sentences after it: its body's attribution, the relayed account, the paper's account of talks. */
function carryAttribution(ex: Extractor, rd: SentenceReading): void {
  const { s, quotes, ctx, frames, bigQuotes, outer, trailed, passages, reporterAt } = rd;
  // The body a news paragraph is attributed to carries to its next sentences ("The ministry added …", "It said …").
  if (ex.options.kind === 'NEWS_ARTICLE') {
    // LEAD_BODY_CARRIES: so does a body that leads its sentence's one frame ("Seoul's defense ministry said the two …").
    const lead = !outer && frames.length === 1 && bigQuotes.length === 0 && frames[0].verbStart - s.start < 80 ? frames[0].reporter : null;
    // QUOTED_BODY_CARRIES: so does the body a sentence's quotation is attributed to ('“…,” the ministry said in a release').
    const quotedBody =
      !outer && !lead && bigQuotes.length > 0 && passages.length > 0 && passages.every((p) => bodyDocument(p.source))
        ? passages[0].source
        : null;
    // The talks reported with no position of their own: both people named (read only when needed, and once: reading the
    // parties may place a proposed person's country), the two countries holding them, or a quotation that tells the talks'
    // people together.
    let named: boolean | undefined;
    const talksPeople = () => (named ??= namesTalksPeople(ex, s, ctx));
    const sidesHeld = sidesHeldTalks(ex, s);
    const quotedGroup = !passages.length && bigQuotes.some((q) => QUOTED_TALKS_GROUP.test(ex.text.slice(q.innerStart, q.innerEnd)));
    const said: Reporter | null =
      outer?.reporter ??
      lead ??
      (quotedBody ? sourceReporter(quotedBody, quotedBody.label, QUOTED_BODY_CARRIES, 0.6) : null) ??
      // ATTRIBUTION_RUNS_ON: so does a body's document that reports the talks with no position of theirs ("X had a call with
      // Y, the ministry said in a statement"): what the next paragraph tells of them is still that document's.
      (!lead && !quotedBody && frames.length === 0 && bigQuotes.length === 0 && (talksPeople() || sidesHeld)
        ? trailingDocument(ex, s, reporterAt)
        : null) ??
      // QUOTED_BODY_TELLS_TALKS (round 20): and a body's quotation with no position that tells the talks' people together
      // ('"At the outset of the meeting, the Ministers exchanged gratitude …," the ministry said in a press release').
      (!lead && !quotedBody && quotedGroup ? trailingDocument(ex, s, reporterAt) : null);
    const body = said?.kind === 'source' && said.source && !said.source.isDocument ? said : null;
    if (body)
      ex.carried = {
        block: ex.blockIndex,
        reporter: body,
        // BODY_ACCOUNT_OF_TALKS: it reported the talks' people (a draft of theirs, or both of them named: "X had a call with Y,
        // the ministry said in a statement"), not the body's own news.
        reported:
          passages.some((p) => p.partyIds.length + p.proposedParties.length > 0) ||
          (ex.carried?.block === ex.blockIndex && ex.carried.reported) ||
          talksPeople() ||
          sidesHeld ||
          quotedGroup ||
          // BODY_TELLS_OUTCOME (round 15): or a draft of what the talks came to, its people unresolved ("South Korea and
          // Australia's defense chiefs agreed on Tuesday to …, the ministry said").
          (passages.length > 0 && BODY_TELLS_OUTCOME.test(ex.text.slice(s.start, s.end))),
      };
    else if (
      // NEXT_PARAGRAPH_BOTH_SIDES: a paragraph of the talks' people together with no position and no attribution of its own
      // ("The ministers also exchanged views on …") keeps the document for the paragraph after it.
      ex.carried?.block === ex.blockIndex - 1 &&
      ex.carried.reported &&
      passages.length === 0 &&
      frames.length === 0 &&
      quotes.length === 0 &&
      !trailed &&
      // TALKS_HELD_CARRIES (round 15): or a paragraph reporting the talks held, the talks' people named ("A met his
      // counterpart B on the sidelines of …"): the document's account of the talks goes on.
      (talksGroupAtStart(ex, s, ctx) ||
        (reportsEngagement(ex.text.slice(s.start, s.end)) && partiesOf(ex, s.start, s.end, ctx, []).ids.length > 0)) &&
      // HELD_TALKS_DATED_AT_THE_VERB (round 20): its occasion is dated where the talks are held (DATE_OF_THE_VERB), not in a
      // clause after it ("A and B held the second round in Seoul after the first was held in London last year").
      continuesBodyAccount(ex.text.slice(s.start, s.end), true, engagementAt(ex.text.slice(s.start, s.end)))
    )
      ex.carried = { ...ex.carried, block: ex.blockIndex };
    else if (ex.carried?.block !== ex.blockIndex) ex.carried = null;
    updateRelay(ex, s, frames, outer != null || trailed, bigQuotes.length > 0, passages, ctx, reporterAt);
    // ALSO_SAID_AFTER_TOLD_IN_TALKS: this paragraph told of the talks in the paper's account ("X told Y that …").
    if (
      passages.length > 0 &&
      passages.every((p) => p.source.isDocument) &&
      ALSO_SAID_AFTER_TOLD_IN_TALKS.told.test(ex.text.slice(s.start, s.end))
    )
      ex.toldInTalks = ex.blockIndex;
    else if (ex.toldInTalks !== ex.blockIndex) ex.toldInTalks = null;
  }
}

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

/** The patterns of talks held, without the global flag (so `exec` keeps no position between sentences), compiled once. */
const ENGAGEMENT_WORDS = [HELD_ENGAGEMENT.pattern, CALL_WORDS, RECEIVED_VISITOR].map((p) => new RegExp(p.source, p.flags.replace('g', '')));

/** HELD_TALKS_DATED_AT_THE_VERB: where a sentence's words of talks held begin (its verb), else undefined. */
function engagementAt(text: string): number | undefined {
  const at = ENGAGEMENT_WORDS.map((p) => p.exec(text)?.index).filter((i): i is number => i != null);
  return at.length ? Math.min(...at) : undefined;
}

/**
 * SIDES_HELD_TALKS (round 20): a body's sentence that reports the talks held by the two sides named as countries ("South Korea
 * and Britain held strategic defense talks Monday …, Seoul's defense ministry said") reports the talks as one naming their
 * people does (BODY_ACCOUNT_OF_TALKS): what the next paragraphs tell of them is still that document's.
 */
function sidesHeldTalks(ex: Extractor, s: Span): boolean {
  const text = ex.text.slice(s.start, s.end).replace(DATELINE, '');
  const cut = /\s(?!(?:and|of|the)\b)\p{Ll}/u.exec(text)?.index ?? 0;
  return cut > 0 && COUNTRY_PAIR_SUBJECT.test(text.slice(0, cut).trim()) && reportsEngagement(text.slice(cut));
}

/** QUOTED_TALKS_GROUP: a quotation that tells the talks' people together ("the Ministers exchanged …", "both sides agreed …"). */
const QUOTED_TALKS_GROUP =
  /(?:^|,\s+|\.\s+)(?:the\s+(?:(?:two|three|four)\s+)?(?:ministers|secretaries|leaders|sides|defen[cs]e\s+(?:ministers|chiefs))|both\s+(?:sides|ministers|leaders))\s+\p{Ll}+/iu;
