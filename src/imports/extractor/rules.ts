/**
 * Named rules (regular expressions and rule objects) and free helpers that more than one stage reads.
 */

import { HELD_ENGAGEMENT, NAMED_PAIR_MEETING } from '../pipeline/proposed-call';
import { countryPairs } from '../pipeline/countries';
import { bodyNameEnd } from '../pipeline/people';
import { MEETING_STANCE_PURPOSE } from '../pipeline/background';
import type { Reporter, SourceGuess } from './types';

// ---------------------------------------------------------------------------------------------
// Word lists (grammar, not data about entities)

/** STANCE_AS_STATE (round 14): "are looking forward to", "are of one mind on/that": a stance stated as a state (the index is the copula's). */
const STANCE_AS_STATE = String.raw`(?:are|is|were|was)\s+(?:(?:also|very\s+much|much|both|all)\s+)?(?:looking\s+forward\s+to|of\s+(?:one|the\s+same|a\s+single)\s+mind\b(?=\s+(?:on|that|about|in|regarding)\b))`;
export const POSITION_VERBS =
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
  // STANCE_VERBS_MORE (stop 41): verbs of a decision, a consent or a shared view as releases of other ministries and wire
  // copy write them ("resolved to further strengthen …", "consented to hold …", "reached a consensus to …", "were of the view
  // that …", "pressed <country> to pay more …").
  String.raw`resolved(?=\s+to\b)|consented|pressed|reached\s+(?:a|an)\s+(?:consensus|agreement|understanding)|(?:were|was)\s+of\s+the\s+(?:(?:same|shared|common)\s+)?view|` +
  // A request and its answer in news copy: "Seo asked for …, adding that Hegseth responded positively".
  'asked for|asked that|responded positively|responded favorably|responded favourably|' +
  // STANCE_RENEWED (round 13): a commitment renewed ("renewed their commitment to …", "renewed his pledge"), and a policy set
  // out at length ("X elaborated the UK's approach …", "elaborated on …"), as ministries' English releases write them.
  String.raw`renewed(?=\s+(?:their|his|her|its|the|a|an)\s+(?:[\w-]+\s+){0,2}(?:commitments?|pledges?|resolve|determination|support|calls?|vows?|promises?)\b)|elaborated|` +
  // STANCE_AS_STATE (round 14): a stance stated as the group's state, not an act ("Both leaders are looking forward to …",
  // "X and Y are of one mind on the need for …"), as readouts and stories write it.
  STANCE_AS_STATE;
// (ONCE_AGAIN_WITH_VERB, round 13: "once again" is the verb's, so the subject before it does not end in "once", an earlier occasion.)
export const POSITION_VERB = new RegExp(`\\b(?:also\\s+|further\\s+|(?:once\\s+)?again\\s+|jointly\\s+)?(?:${POSITION_VERBS})\\b`, 'i');

/**
 * REPORTING_VERBS: the verbs every reporting frame reads ("X said", "X says", "X stated"), as a pattern source the frames
 * that set a reporter apart compose with verbs of their own. They differ by what they are for, so each keeps its reporter
 * and its other verbs: REPORTER_OPENING (signatories.ts, PARTICIPANT_REPORTS_PAIR) takes only a named speaker, capitalised
 * words ("Minister Ana Ruiz said", "Nakatani told reporters that"), with the verbs of a speaker's own account (noted, added,
 * told reporters), since that speaker is then one of the talks' people; REPORTER_BEFORE (talks.ts, REPORTER_NOT_PARTICIPANT)
 * takes any source up to a clause break ("A spokesperson for the ministry announced on Monday that", "According to X, the
 * press secretary,"), with the verbs of an announcement (announced, confirmed), since it only sets the frame aside;
 * REPORTER_AFTER (talks.ts) sets the same frame aside at a sentence's end. (No verb is the start of another, so where these
 * stand in an alternation changes nothing.)
 */
export const REPORTING_VERBS = 'said|says|stated';

/** After a quotation: "…,” Koizumi said." / "…,” the minister told reporters." */
export const DATELINE = /^\p{Lu}[\p{Lu} .'-]{1,30}(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-—–]+\s*/u;

/** Words that report a call or meeting between the people a sentence names. */
// MET_INTRANSITIVE (round 15): "A and B met on the sidelines of …", "… met Saturday", "… met for the first time": the people
// named before the verb, as "met with B" names them after it.
// MEETING_ADJUNCT (round 11): "X agreed with Y that …, at a meeting in <place> on Tuesday", "… in a meeting on Wednesday in <city>":
// the adjunct reports the meeting of the people the sentence names.
export const CALL_WORDS =
  /\b(?:(?:phone|telephone|telephonic|video|virtual)\s+(?:call|conference|conversation|teleconference|talks)|(?:video\s*)?teleconference\s+with|videoconference\s+with|call(?:ed)?\s+with|spoke\s+(?:(?:by|over\s+the)\s+(?:tele)?phone\s+|by\s+video(?:\s+link)?\s+)?(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s+)?with|held\s+(?:talks|a\s+meeting|an?\s+(?:(?:phone|telephone|video)\s+)?(?:call|teleconference|conference))|(?:had|held)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:conversation|discussion|talk|chat|exchange)\s+with|met\s+with|meeting\s+with|talks\s+with|(?:after|before|following|while)\s+meeting|(?:at|during|after|before)\s+(?:the\s+(?:start|end|outset)\s+of\s+)?their\s+(?:talks|meeting|call)|met\s+(?:(?:his|her|their)\s+(?:[\w.-]+\s+)?counterparts?|(?:the\s+)?(?:[\w.'’-]+\s+){0,3}(?:secretary|minister))|met\s+(?:in|at)\s+(?=[A-Z])|met\s+(?:on\s+the\s+(?:sidelines|margins)\b|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|today\b|yesterday\b|virtually\b|here\b|for\s+(?:the\s+first\s+time|talks|about|(?:an?|two|three|\d+)\s+(?:hours?|minutes))\b)|(?:at|during|in)\s+an?\s+(?:[\w-]+\s+){0,2}?meeting\s+(?:in|at|on|held)\s|meeting\s+(?:between|of)\s+(?:the\s+)?(?:defen[cs]e\s+)?(?:ministers|secretaries|chiefs)|(?:call|conversation|talks|meeting)\s+(?:(?:in|since|this|last|of)\s+(?:[\w-]+\s+){0,2})?between)\b/i;

/** COUNTERPART_COUNTRY: a country named right before an official's post or "counterpart" ("Chile's defense minister", "Chilean counterpart"). */
export const COUNTRY_PERSON_AFTER =
  /^(?:['’]s)?\s+(?:(?:new|then|top|defen[cs]e|national|foreign|military|deputy|vice|prime)\s+){0,2}(?:counterparts?|ministers?|secretary|secretaries|chiefs?|minister\s+of)\b/i;
/**
 * A visitor received or hosted by an official ("Secretary X received U.S. Assistant Secretary Y at …", "hosted a
 * delegation led by …", "hosted a reception/dinner in <city> for <visitor>"; a headline's "receives"/"hosts"; "welcomed Secretary X
 * to Berlin / at the ministry", where a place follows: not "welcomed Minister X's pledge to keep …"): an engagement too. Case-sensitive, so the title after the verb must be a title ("received the
 * report that Secretary …" is not one). HOSTED_BY_NAME (round 13): "hosted <name> for/at/aboard …", the guest named without a title.
 */
export const RECEIVED_VISITOR =
  /\b(?:welcom(?:ed|es|ing)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:Secretary|Minister|Chief|Ambassador|Commander|General|Admiral|Deputy|Under)\b(?=[^.;]{0,80}?\s(?:to|in|at)\s+(?:the\s+)?[A-Z])|(?:received|receives|hosted|hosts)\s+(?:a\s+(?:[\w-]+\s+)?delegation\b|(?:a|an)\s+(?:courtesy\s+)?(?:call|visit)\s+(?:from|by)\s+(?:the\s+)?[A-Z]|(?:a|an)\s+(?:[\w-]+\s+)?(?:reception|courtesy\s+call|welcome\s+ceremony|dinner|luncheon|banquet)\b(?=[^.;]{0,80}\bfor\s+(?:the\s+)?[A-Z])|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:Secretary|Minister|Chief|Ambassador|Commander|General|Admiral|Deputy|Under)\b|(?<=hosted\s|hosts\s)(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+(?=\s+(?:for|at|aboard|in|on)\s)))/;
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
/**
 * ENGAGEMENT_CLAUSE (round 10): the people of an engagement are named in its clause ("The conversation between A and B came
 * …", "A met with B in Seoul"), not in a clause of time or cause after it ("… after President C halted aid", "… as C
 * watched", "… amid C's warnings"): the length of the sentence up to such a clause after the engagement's words.
 */
export const ENGAGEMENT_CLAUSE_END = new RegExp(
  String.raw`\s(?:after|(?<!\bwell\s)as(?!\s+well\s+as\b)|amid|since|because|when|while|before|following|days?\s+after|weeks?\s+after)\s|` +
    SEPARATE_ENGAGEMENTS.pattern.source,
);

export const reportsEngagement = (text: string) =>
  CALL_WORDS.test(text) || RECEIVED_VISITOR.test(text) || HELD_ENGAGEMENT.pattern.test(text) || namedPairMeeting(text) != null;

/** NAMED_PAIR_MEETING: the two countries of a meeting named by them ("at the Japan-Fiji Defense Ministerial Meeting"), else null. */
export function namedPairMeeting(text: string): [string, string] | null {
  const m = NAMED_PAIR_MEETING.pattern.exec(text);
  const pairs = m ? countryPairs(m[1]) : [];
  return pairs.length === 1 ? pairs[0] : null;
}

/**
 * A body's head named by the body ("the head of the MND", "the head of the ministry", "the department's chief"): group 1
 * or 2 the body's words (an acronym, "ministry", "department" or its name).
 */
export const HEAD_OF_BODY =
  /\b(?:[Tt]he\s+)?(?:[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?((?:Ministry|Department)\s+of\s+(?:National\s+)?\p{Lu}[\p{L}-]+|ministry|department|\p{Lu}{2,6})\b|\bthe\s+(ministry|department)['’]s\s+(?:head|chief)\b/u;

export const QUESTIONED_TALKS = 'QUESTION_ON_TALKS: a question names the talks the one speaker just had, none on record';
export const ONE_SIDE_COMPLETED =
  'ONE_SIDE_COMPLETED: the other side of talks the one speaker reports, named by title and family name further on';

/** A speaker reporting their own engagement: "I had a good conversation with …", "I spoke with …", "I met …". */
// (Round 13: a host's "I welcomed X", "I received X"; "we had a … meeting", the speaker's side holding it.)
export const FIRST_PERSON_ENGAGEMENT =
  /(?:^|[\s,;:])(?:I\s+(?:(?:also|just|have|had|was\s+able\s+to)\s+)*(?:had|held|spoke|met|talked|called|welcomed|received|hosted)|[Ww]e\s+(?:(?:also|just|have)\s+)*(?:had|held|met))\b/;

/** A story's sentence set in a joint statement: "In a joint statement issued after the talks, …", "In their joint declaration, …". */
export const JOINT_STATEMENT_SETTING =
  /^[^,;“”"]{0,20}\b[Ii]n\s+(?:a|an|the|their|its)\s+joint\s+(?:statement|declaration|communiqu[eé]|press statement)\b[^,;“”"]{0,60},/;

/** A document the sides issued together, named as what reports a sentence: "a joint statement", "their joint communiqué". */
export const JOINT_DOCUMENT = /\bjoint\s+(?:statement|declaration|communiqu[eé]|press statement|press release)s?\b/i;

/** An official named by nationality and office alone: "the Japanese minister", "the South Korean defense chief". */
export const NATIONAL_OFFICIAL = /^the\s+(?:[\p{Lu}][\p{L}.]*\s+){1,2}(?:defen[cs]e\s+)?(?:minister|secretary|chief|counterpart)$/u;

/** One rule for every genre (the corpus's): a compound sentence stays one passage, its parties the union of its clauses' subjects. */
export const SPLIT_CLAUSES = false;

/**
 * DEFENSE_HEAD_DESCRIPTION: a description of a country's head of defence instead of a title ("the U.S. defense chief",
 * "Japan's defence minister", "the Pentagon chief", "the South Korean defense minister"): the talks' participant of that
 * country (the country is required; group 1 the words before the noun, where it is named).
 * COUNTRY_DESCRIBED_OFFICIAL (round 10): also opening a sentence ("The U.S. defense chief vowed …"), and with no domain
 * word when the country is there ("the Japanese minister stressed …", "the American secretary"; group 2), as wire copy
 * names the counterpart a second time; a name right after is a title of that name, not a description.
 */
export const DEFENSE_HEAD_DESCRIPTION =
  /\b(?:[Tt]he\s+|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?['’]s\s+)(?:((?:[\p{Lu}][\p{L}.-]*\s+){0,2})?(?:[Dd]efen[cs]e|Pentagon|[Mm]ilitary)\s+(?:[Cc]hief|[Hh]ead|boss|[Mm]inister|[Ss]ecretary)\b|((?:[\p{Lu}][\p{L}.-]*\s+){1,2})(?:[Mm]inister|[Ss]ecretary)\b(?!\s+(?:of|for|general)\b|-|\s+\p{Lu}))/gu;

/**
 * MULTILATERAL_MEETING (round 10): a sentence that reports a meeting of officials named by three countries or more ("The
 * defense ministers of A, B, C and D attend a meeting in …"): their meeting, not a bilateral call on record between two
 * of them the same day; a sentence naming a member not on record beside them is that meeting's too.
 */
export const MULTILATERAL_MEETING = 'MULTILATERAL_MEETING: a meeting of officials named by three countries or more, none on record';

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
export const STANCE_ACT =
  /(?<!\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?)\b(?:also\s+)?(?:(?:co-?)?signed\s+(?:(?:a|an|the|two|three|several|their|new|updated)\s+)(?:[\w'’./-]+\s+){0,8}?(?:memorand(?:um|a)|agreements?|arrangements?|statements?|declarations?|letters?|accords?|protocols?|MOUs?|MOIs?|MOAs?|road\s?maps?|treat(?:y|ies)|deals?|contracts?|plans?|charters?|frameworks?|visions?)\b(?![^.;]{0,120}\b(?:in|since)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\b)|raised\s+(?:[\w'’-]+\s+){0,3}?(?:concerns?|objections?|opposition|worries)\b|spoke(?:n)?\s+highly\s+of\b|celebrated\s+(?:the\s+)?(?:[\w-]+\s+)?(?:progress|conclusion|signing|success|achievements?|milestones?)\b|assessed\s+that\b|(?<=\b(?:concluded|ended|closed|wrapped\s+up)\s+with\s+(?:the\s+|both\s+)?(?:[\w-]+\s+){0,3}?(?:officials|ministers|secretaries|leaders|sides|chiefs|principals|counterparts|delegations)\s+(?:also\s+)?)(?:committing|reaffirming|reiterating|pledging|agreeing|affirming|vowing|expressing|underscoring|emphasi[sz]ing|stressing|confirming)\b)/i;

/** A joint statement's signatories in the present tense: "We reaffirm", "We express", "The Ministers welcome". */
export const SIGNATORIES_PRESENT =
  /\b(?:also\s+|further\s+|jointly\s+)?(?:reaffirm|reiterate|affirm|confirm|express|welcome|condemn|commit|pledge|recognize|recognise|acknowledge|underscore|emphasize|emphasise|stress|support|oppose|urge|call|share|decide|agree|intend|remain|look forward|are committed|are united)\b/i;

/** SPEAKER_LEAD: a speaker's lead-in before the clause that carries the words ("What I will say is that …", "I can tell you that …"). */
export const SPEAKER_LEAD = /^(?:What I (?:can|will|would) (?:say|tell you) is|I can tell you|I can say)(?: that)?\s+/;
/**
 * POSSESSOR_OF_POSITION: a position stated as someone's answer, message or commitment ("The Secretary's answer was yes", "the
 * U.S. side's commitment … was confirmed"), after an optional lead-in of the speaker ("What I can say is that"): group 1 the
 * possessor.
 */
export const POSSESSOR_OF_POSITION = new RegExp(
  String.raw`^(?:${SPEAKER_LEAD.source.slice(1)})?((?:the\s+|The\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*|side))['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:answer|response|reply|message|position|stance|assurance|pledge|commitment|promise|support)\b`,
  'u',
);

export const GOVERNMENT_SUBJECT = 'a country or its capital as subject: its official in the call';

/**
 * MEETING_AS_SUBJECT (round 17): the talks themselves as the subject of a stance, as readouts and stories write it ("The call
 * reaffirmed the enduring strength of the alliance", "The Meeting reaffirmed the importance of …", "The dialogue discussed …",
 * "Discussions focused on …", "The conversation, held on Monday, focused on …"): the talks' people hold it (the participants of
 * the call on record, else of the call the text reports). Only with a verb of a stance or of what the talks took up
 * (MEETING_STANCE_VERB): "The meeting highlighted the long relationship, which dates to …", "The dialogue served as an
 * opportunity …", "The conversation provided an opportunity to discuss …" tell of the meeting, no one's position.
 */
export const MEETING_NOUN = String.raw`(?:(?:[Tt]he|[Tt]heir|[Tt]oday['’]s)\s+(?:(?!(?:next|last|previous|earlier|first)\b)[\w-]+\s+){0,3}?(?:call|meeting|Meeting|talks|Talks|dialogue|Dialogue|conversation|discussions?|Discussions?|teleconference|videoconference|consultations?|Consultations?)|Talks|Discussions)`;

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
export const PASSIVE_STANCE_VERB =
  /(?<=^[^?]{3,160}?\b(?:was|were)\s+(?:(?:also|further|then)\s+)?)(?:discussed|highlighted|reviewed|deliberated|emphasi[sz]ed|reaffirmed|underscored|stressed|tackled)\b(?!\s+(?:by|in\s+(?:19|20)\d{2})\b)(?=[^?]*$)/u;

/** MEETING_TOPIC_VERB as the verb of words when it comes before the verb found otherwise ("Discussions focused on … shared …"). */
export const earlierTopic = (words: string, found: RegExpExecArray | null): RegExpExecArray | null => {
  const topic = MEETING_TOPIC_VERB.exec(words) ?? PASSIVE_STANCE_VERB.exec(words);
  return topic && (!found || topic.index < found.index) ? topic : found;
};

/** A body's spokesperson: "Pentagon spokesperson X", "the ministry's spokesman", "Pentagon Press Secretary X". */
export const SPOKESPERSON_OF_BODY = /\b(?:spokes(?:person|man|woman)|press\s+secretary|deputy\s+press\s+secretary)\b/i;

/**
 * OPENING_PARTICIPLE_CLAUSE: a participle clause opening a readout's sentence ("Noting the alignment of …, Secretary X
 * applauded …", "Recognizing …, the two leaders agreed …"), however long: the sentence's subject and verb come after it.
 */
export const OPENING_PARTICIPLE_CLAUSE = /^\s*\p{Lu}[a-z]{2,}ing\s+(?!that\b)[^;:“”"]{2,240}?,\s+(?=(?:the|both|he|she|they|\p{Lu}))/u;

/**
 * MEETING_STANCE_PURPOSE: "met … to reaffirm …": the infinitive as the position verb (its index where "to" starts); "paid a
 * call …, underscoring …": the meeting's verb, so that the subject before it alone takes the participle's position.
 */
export function meetingPurpose(words: string): RegExpExecArray | null {
  const m = MEETING_STANCE_PURPOSE.exec(words);
  if (!m) return null;
  const at = m[1] ? m.index + m[0].lastIndexOf(' to ') + 1 : m.index;
  const out = Object.assign([words.slice(at, m.index + m[0].length)], { index: at, input: words, groups: undefined });
  return out as unknown as RegExpExecArray;
}

/** ADDRESSED_POST (round 13): a turn's label that is a post addressed, "Mr. Secretary", "Madam Minister" (group 1 the post). */
export const ADDRESSED_POST_LABEL = /^(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame)\s+(Secretary|Minister)$/;

export const ORG_PROPOSAL = /\b((?:Ministry|Department|Office|Agency)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})/g;
/** BODY_NAME_END: the length of the body's name an ORG_PROPOSAL match `m` in `text` gives, without a title or party after it. */
export const proposedBodyLength = (text: string, m: RegExpMatchArray) =>
  Math.min(m[1].length, bodyNameEnd(text.slice(m.index!, m.index! + m[1].length + 2)));

export const uniq = <T>(xs: T[]) => [...new Set(xs)];
/** Words in capitals written as names are ("NAKATANI Gen" → "Nakatani Gen"), for matching. */
export const titleCased = (s: string) =>
  s.replace(/[\p{L}’'-]+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
export const capitalize = (s: string) => s.replace(/^(\s*)(\p{Ll})/u, (_, a: string, b: string) => a + b.toUpperCase());

/** A reporter that is a document or a body's account: the source the words come through. */
export const sourceReporter = (source: SourceGuess | null, span: string, rule: string, confidence: number): Reporter => ({
  kind: 'source',
  officialIds: [],
  proposed: [],
  source,
  span,
  rule,
  confidence,
});

/** JOINT_LABEL: a turn label naming two speakers or more, split on commas, "and", "&". */
export const JOINT_LABEL = {
  name: 'JOINT_LABEL: a label naming two speakers or more: each of them the author and a party',
  split: /\s*(?:,|&|\band\b)\s*/i,
};

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}
