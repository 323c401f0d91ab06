/**
 * Stage 3b, sentences that report no position although they name people and carry verbs: the
 * meeting itself ("X held a video call with Y", "spoke by phone", "met today"), a schedule of
 * things to come ("will depart", "will deliver an address", "will be released"), what others did
 * before ("Yesterday, the two leaders announced …" in a speaker's turn), and the headings of a
 * document before its body (titles, subtitles, date lines). Each rule is data with a name; a
 * sentence with a stance verb ("agreed", "reaffirmed", "stated", …) is never background.
 */
import type { SkipReason } from './dispositions';

/** Verbs that state a position: with one, a sentence is not background. Verb forms only ("discussion", "agreement" are nouns). */
export const STANCE_VERB =
  /\b(?:reaffirm\w*|reiterat\w*|affirm(?:ed|s)?|agree[ds]?|confirm(?:ed|s)?|pledg\w*|emphasi[sz]\w*|stress(?:ed|es)?|welcom(?:ed|es)|condemn\w*|express(?:ed|es)?|committed|underscor\w*|highlight(?:ed|s)|assur\w*|concur\w*|request(?:ed|s)|urg(?:ed|es)|explain\w*|stated|said|says|discuss(?:ed|es)?|shared|vow\w*|call(?:ed|s)? (?:for|on)|noted|thank(?:ed|s)|prais\w*|commend\w*|congratulat\w*|recogni[sz]ed|acknowledg\w*|decided|intend\w*|look(?:ed|s)? forward|told|assess(?:ed|es)|oppos(?:ed|es)|reject(?:ed|s))\b/i;

/** Stance verbs without the reporting ones: a schedule stays background when someone reports it ("…, a spokesperson said"). */
const COMMITTING_VERB =
  /\b(?:reaffirm\w*|reiterat\w*|affirm(?:ed|s)?|agree[ds]?|confirm(?:ed|s)?|pledg\w*|committed|vow\w*|decided|concur\w*|intend\w*|look(?:ed|s)? forward|welcom(?:ed|es)|emphasi[sz]\w*|stress(?:ed|es)?)\b/i;

export interface BackgroundRule {
  name: string;
  reason: SkipReason;
  /** Whether the rule applies to the words of the sentence (turn label removed). */
  test: (text: string) => boolean;
}

const MEETING_EVENT =
  /\b(?:held|holds|had|has|wrapped up|concluded|finished)\s+(?:[\w-]+\s+){0,4}?(?:meeting|call|talks|teleconference|video conference|conference|discussions?|dialogue|consultations?|summit)\b|\b(?:spoke|speaks|talked)\s+(?:(?:by|over)\s+(?:the\s+)?(?:phone|telephone|video)\b|(?:on the (?:phone|telephone)\s+|today\s+|this \w+\s+|\w+day\s+)?with\b)|\bmet\s+(?:with\b|today\b|this \w+\b|\w+day\b|(?:in|at)\s+\p{Lu}|(?:(?:the|his|her|their|my|our)\s+)?\p{Lu})|\b(?:visited|attended|laid a wreath|arrived in|hosted|traveled to|travelled to|(?:received|paid|made) a courtesy call)\b|\bwas held\b/iu;

/** The purpose of a meeting after its verb ("spoke … to discuss recent developments"). */
const MEETING_PURPOSE = /\bto\s+(?:discuss|review|exchange views on)\b/gi;

/** ("Lithuania's plans to host …", "the plans to hold …": "plans" a noun, not a schedule.) */
const SCHEDULE =
  /\bwill\s+(?:(?:also|then|first|soon|each)\s+)?(?:depart|travel|visit|deliver|attend|arrive|tour|dispatch|make\s+(?:\w+\s+){0,3}(?:trip|visit|stop|address|remarks)|be\s+(?:released|posted|published|dispatched|made available|provided|announced)|meet(?=\s+(?:with|again|in person|in|later|next|soon|each other|on|at)\b))\b|\b(?:is|are) (?:expected|due|set) to (?:hold|attend|meet|visit|travel)\b|\b(?:is|are) scheduled (?:to|for)\b|(?<!(?:[’']s|\b(?:the|its|their|his|her|our|of|on|new))\s+)\b(?:plans|is planning|intends) to (?:host|hold|convene|dispatch|send)\b/i;

/** Words from someone the story does not name: nobody's position on record. */
const ANONYMOUS =
  /\b(?:according to (?:[\w-]+\s+){0,3}sources|sources (?:said|say|told|familiar with)|on (?:the )?condition of anonymity|who (?:asked|declined) not to be (?:named|identified)|(?:^|,\s*)an?\s+(?:senior\s+)?(?:[\w.-]+\s+){0,2}(?:official|diplomat|aide)\s+(?:said|says|told))\b/i;

/** A definition: "Extended deterrence refers to …", "Article 5 stipulates that …". */
const EXPLANATION = /^[\p{L}\p{N}\s.'’-]{2,60}?\s+(?:refers to|stipulates|obliges|obligates|is defined as)\b/iu;

/** A past time at the start of a sentence: what happened before the words were said. */
const PAST_OPENING =
  /^(?:Yesterday|Last (?:week|month|year|night)|Earlier (?:this|today)|On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b,?/;
/** The speaker as a subject ("I", "we"): not "our alliance", which a speaker says of others' acts too. */
const FIRST_PERSON = /(?:^|[\s,;:“"])(?:I|we|We)\b/;

/** Rules for any sentence outside questions. */
export const BACKGROUND_RULES: BackgroundRule[] = [
  {
    name: 'meeting event: held a meeting, spoke by phone, met, visited (no stance verb)',
    reason: 'BACKGROUND',
    // "… met … to discuss X": the purpose of the meeting, not a position taken in it.
    test: (t) => MEETING_EVENT.test(t) && !STANCE_VERB.test(t.replace(MEETING_PURPOSE, '')),
  },
  {
    name: 'what was not said: did not mention, never raised',
    reason: 'NO_POSITION',
    test: (t) => /\b(?:did not|didn['’]t|does not|doesn['’]t|never)\s+(?:mention|address|refer to|raise|bring up)\b/i.test(t),
  },
  {
    name: 'release note: details to be released or posted',
    reason: 'BOILERPLATE',
    test: (t) => /\bwill be (?:released|posted|published|made available)\b/i.test(t) && !COMMITTING_VERB.test(t),
  },
  {
    // "X, right, and Y shake hands at …", "(From left) X, Y and Z pose …": where people stand in a picture.
    name: 'photo caption: people placed left or right in a picture',
    reason: 'BOILERPLATE',
    test: (t) =>
      /,\s+(?:(?:second|third)\s+from\s+)?(?:left|right|center|centre)\s*,|^\(?(?:L-R|From left|From right|Left to right)\b/i.test(t),
  },
  {
    name: 'anonymous source: "according to government sources", "on condition of anonymity", "an official said"',
    reason: 'BACKGROUND',
    test: (t) => ANONYMOUS.test(t),
  },
  {
    name: 'explanation: what a term or a treaty article means',
    reason: 'BACKGROUND',
    test: (t) => EXPLANATION.test(t),
  },
  {
    name: 'schedule: travel or an event to come (no committing verb)',
    reason: 'BACKGROUND',
    test: (t) => SCHEDULE.test(t) && !COMMITTING_VERB.test(t),
  },
];

/** A sentence that only announces the list after it ("The two leaders announced the following initiatives:"): no position of its own. */
export const LIST_LEAD_IN = /\bthe following(?:\s+[\w-]+){0,3}\s*:\s*$/i;

/** Rules for a speaker's sentence in a transcript turn. */
export const TURN_BACKGROUND_RULES: BackgroundRule[] = [
  {
    name: 'speaker recounts what others did before (past time, no first person)',
    reason: 'BACKGROUND',
    test: (t) => PAST_OPENING.test(t) && !FIRST_PERSON.test(t),
  },
];

/** A quotation of six words or more is a passage of its own: never background as a whole (one pass, no backtracking). */
function hasLongQuote(t: string): boolean {
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      if (
        t
          .slice(open + 1, i)
          .trim()
          .split(/\s+/).length >= 6
      )
        return true;
      open = -1;
    }
  }
  return false;
}

/** The background rule a sentence matches, if any. */
export function backgroundOf(text: string, inTurn = false): { reason: SkipReason; rule: string } | null {
  const t = text.trim();
  if (hasLongQuote(t)) return null;
  for (const r of inTurn ? [...TURN_BACKGROUND_RULES, ...BACKGROUND_RULES] : BACKGROUND_RULES)
    if (r.test(t)) return { reason: r.reason, rule: r.name };
  return null;
}

/** Whether a line ends as a sentence does (full stop, question or exclamation mark, possibly inside closing marks). */
export const ENDS_AS_SENTENCE = (line: string) => /[.!?:;]["”’)\]]*$/.test(line.trim());

/**
 * The blocks of a document's head: every block before the first one that ends as a sentence.
 * Those that do not end as a sentence there are titles, subtitles and date lines, never positions.
 */
export function headingBlocks(blockTexts: string[]): Set<number> {
  const out = new Set<number>();
  for (const [i, t] of blockTexts.entries()) {
    if (ENDS_AS_SENTENCE(t)) break;
    out.add(i);
  }
  return out;
}
