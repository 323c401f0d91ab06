/**
 * Stage 9, dispositions: every sentence of a document says what became of it. A sentence that a
 * draft covers is DRAFTED; any other is SKIPPED with a reason and the rule that gave it, so nothing
 * is dropped silently and an editor can turn a skipped sentence into a draft.
 */
import type { TurnRole } from './turns';

export type SkipReason = 'BOILERPLATE' | 'QUESTION' | 'BACKGROUND' | 'NO_POSITION' | 'BELOW_THRESHOLD' | 'DUPLICATE';

export interface Disposition {
  /** Order of the sentence in the document, from 0. */
  index: number;
  /** Offsets of the sentence in the document's text (as the document has it). */
  start: number;
  end: number;
  /** DRAFTED, or SKIPPED with a reason. */
  status: 'DRAFTED' | 'SKIPPED';
  reason: SkipReason | null;
  /** The rule that decided, by name. */
  rule: string;
  /** Positions of the drafts found in it. */
  draftPositions: number[];
}

/** Page furniture and release boilerplate, by name: never a position. */
export const BOILERPLATE_RULES: { name: string; test: RegExp }[] = [
  {
    name: 'navigation, sharing or advertising',
    test: /^(?:Home|Menu|Share|Print|E-?mail|Subscribe|Sign (?:in|up)|Log ?in|Search|Skip to|Advertisement|Sponsored|Related|Read more|More from|Most read|Follow us|Tags?:|Topics?:|Back to top|Click here|Download|Listen|Watch)\b/i,
  },
  { name: 'copyright or credit', test: /(?:^©|\bCopyright\b|\bAll rights reserved\b|^(?:Photo|Image|Video|Credit)s?\s*(?:by|:))/i },
  {
    // PUBLISHER_DISCLAIMER (round 13): a re-poster's note that it takes no side ("… does not take institutional positions or
    // sides, and all views … expressed herein are solely those of the author(s)"): page furniture, not the document's words.
    name: 'publisher disclaimer: no positions of its own, the views are the author’s',
    test: /\bdoes not take (?:any )?(?:institutional )?(?:positions?|sides)\b|\b(?:views|opinions)\b[^.]{0,80}\b(?:expressed|contained) (?:herein|here|in this (?:article|material|release))\b[^.]{0,40}\b(?:solely|only|entirely) (?:those|the views) of\b/i,
  },
  {
    name: 'readout or release opener, translation note',
    test: /\bprovided the following (?:readout|statement)|\b(?:is|are) as follows\.?$|^The following (?:are|is) (?:the )?(?:key |main )?(?:outcomes|highlights|results|points|summary)\b[^.]{0,40}\.?$|^\(?(?:This is a )?provisional translation\b|^The original (?:text )?is in \w+\.?$|^None\.?$/i,
  },
  {
    name: 'attribution heading or statement opener: "Attributed to …:", "The following statement was issued by …"',
    test: /^Attributed to\b[^!?]{0,160}:$|^The following (?:joint )?(?:statement|readout|remarks|communiqu[ée])\b[^.!?]{0,60}\b(?:was|were|is|has been) (?:issued|released|adopted|agreed|made|attributed)\b|^The text of the following (?:joint )?(?:statement|readout|remarks|communiqu[ée])\b|\b(?:issued|released|adopted) the following (?:joint )?(?:statement|readout|communiqu[ée])\s*[.:]?$/i,
  },
  {
    name: 'numbered heading',
    // Also the number alone, where the segmenter cut it from its heading or paragraph ("2." then "Questions and Answers").
    test: /^(?:\(\d{1,2}\)|\d{1,2}\.|[IVX]{1,4}\.)(?:\s+[^.!?]{1,80})?$/,
  },
  {
    name: 'media advisory: registration, where to direct questions',
    test: /^(?:Media|Members of the media|Reporters|Journalists) (?:interested|wishing|who)\b|\bshould be directed to\b|^(?:Questions|Inquiries) (?:about|regarding|on)\b/i,
  },
  {
    name: 'end mark or contact',
    test: /^(?:-?\s*#{3}|-\s*END\s*-|Contact:|Media (?:contact|inquiries)|For (?:more|further) information)/i,
  },
  { name: 'web address', test: /^\S*https?:\/\/\S+$|^www\.\S+$/i },
  {
    // "Is this page useful?", "Was this article helpful?": a feedback widget, not a reporter's question.
    name: 'page feedback question',
    test: /^(?:Is|Was|Did you find)\s+this\s+(?:page|article|story|information|content)\s+(?:useful|helpful)\b[^.!]{0,40}\??$/i,
  },
  {
    // "Inquiries: …", "Responsible official: … (02-…)", "… press@example.org": who to contact, wherever in the sentence.
    name: 'contact line: an e-mail address, or a label for whom to contact',
    test: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:^|\.\s+)(?:Media |Press )?(?:inquiries|enquiries|contact|additional information|responsible (?:official|department|division)|press (?:office|service|contact))\s*:/i,
  },
  {
    name: "event registration or ground rules, or a newspaper's note on corrections",
    test: /^(?:(?:This|It|Everything|We)(?:['’]s|\s+is|\s+are|['’]re)\s+(?:all\s+)?(?:on\s+the\s+record|on\s+background|off\s+the\s+record)\s*[.!]?$)|^(?:This|The)\s+(?:event|briefing|call|session|discussion|webinar|roundtable|conversation)\s+(?:is|will\s+be)\s+(?:on\s+the\s+record|on\s+background|off\s+the\s+record|embargoed|(?:open|closed)\s+to\s+(?:the\s+)?(?:press|media|public))\b|^(?:Registration|Admission|Attendance|Entry)\s+is\s+(?:free|open|required|limited)\b|^(?:Applications|Registrations|Requests\s+for\s+(?:coverage|accreditation|interviews?))\s+(?:must|should|need\s+to)\s+(?:reach|be\s+(?:sent|submitted|received|made))\b|^(?:To\s+(?:register|attend|join|RSVP|request\s+a\s+correction|report\s+an?\s+error)|Register\s+(?:here|now|at|by|online))\b|\bis\s+committed\s+to\s+(?:accuracy|correcting\s+(?:errors|mistakes))\b/i,
  },
  {
    // "Photographs are available on the Ministry's X account", "The session will be broadcast live", "Questions may be submitted
    // through the website", "Journalists will be required to present a credential", "follow @handle", "This statement was
    // issued simultaneously in …", "The rest of this article is available to subscribers": how to reach the material or the
    // event, never a position.
    name: 'notice of access: where material is available, how to follow, watch, register or submit',
    test: /\b(?:is|are)\s+available\s+(?:on|at|from|to|via|through|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:website|site|page|account|channel|app|subscribers|members)\b|(?:^|\s)follow\s+@\w+|\b(?:will|would)\s+be\s+(?:broadcast|streamed|live-?streamed|televised|webcast)\b|\b(?:may|can|must|should)\s+be\s+(?:submitted|sent|registered)\s+(?:through|via|by|to|at|online|until|before)\b|\b(?:will\s+be|are|is)\s+required\s+to\s+(?:present|show|bring|carry)\s+(?:a|an|their|valid)\b|\bmust\s+register\s+with\b|\b(?:was|were)\s+(?:issued|released|published)\s+simultaneously\b|^The\s+rest\s+of\s+this\s+(?:article|story|report)\b/i,
  },
  {
    // "We use cookies to …", "By continuing to browse, you agree to our use of cookies": a web page's consent banner.
    name: 'cookie or privacy notice',
    test: /\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b|\buse\s+of\s+cookies\b|\bcookie\s+(?:policy|settings|preferences)\b|\b(?:by\s+continuing\s+to\s+(?:browse|use)\b[^.]{0,60}\byou\s+(?:agree|consent|accept))/i,
  },
  {
    // "Media Relations, Department of National Defence", "Press Office, Ministry of …": the signature of a release (no verb).
    name: 'signature: the press office of a body',
    test: /^(?:Media|Press|Public\s+Affairs|Communications?|Information|Public\s+Information)\s+(?:Relations|Office|Section|Division|Department|Team|Service|Unit|Centre|Center|Branch|Directorate)(?:\s+of\s+[^,.;]{2,60})?(?:,\s*[^.;!?]{2,80})?$/i,
  },
  {
    // "(Unofficial English translation.", "In case of discrepancy, the Korean text prevails.)", "This article was automatically summarised …".
    name: 'note on the text: translation, prevailing text, automatic summary',
    test: /^\(?(?:Unofficial|Provisional|Informal)\s+(?:\w+\s+)?translation\b|\bIn\s+(?:the\s+)?(?:case|event)\s+of\s+(?:any\s+)?(?:discrepanc(?:y|ies)|inconsistenc(?:y|ies)|conflict)\b[^.]{0,80}\b(?:text|version|original)\b[^.]{0,40}\b(?:prevails?|shall\s+prevail|governs?)\b|^This\s+(?:article|story|summary|text|page|report)\s+(?:was|has\s+been|is)\s+(?:automatically|machine[-\s]|AI[-\s])\s*(?:generated|summari[sz]ed|translated|produced)\b/i,
  },
  { name: 'parenthetical note', test: /^\(.*\)$/s },
  {
    name: 'dateline or date line',
    test: /^(?:[A-Z][A-Z .,'-]{2,40}\s*[—–-]\s*$|(?:\w+day,?\s+)?\w+\.?\s+\d{1,2},\s+\d{4}\.?$|\d{4}-\d{2}-\d{2}$)/,
  },
  { name: 'release number or byline', test: /^(?:Release No\.|No\.\s*\d|By\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,3}$)/u },
];

/** Words that mark a position or reported speech; without any, a sentence is background. */
export const POSITION_WORDS =
  /\b(?:reaffirm|reiterat|affirm|agree|confirm|pledge|express|emphasi[sz]|stress|welcom|condemn|said|says|(?<!United )state|note|highlight|underscor|commit|vow|call(?:ed|s) (?:for|on)|urge|announc|prais|thank|recogni[sz]|acknowledg|concur|decid|share|look(?:ed|s)? forward|congratulat|explain|promis|assur|voic|insist|warn|denounc|reject|oppos|support|endors|declin|add|describ|told|tell|will|would|must|should|intend|plan|hope|believe|express|declar|assert|restat|guarantee|(?:made|make|makes)\s+clear|(?:maintain|claim|repeat|indicat)(?:ed|s)?\s+that\b|inform(?:ed|s)?\s+[^.;]{1,60}?\s+that\b|resolved\s+to\b|consent|pressed|reached\s+(?:a|an)\s+(?:consensus|agreement|understanding)|of\s+the\s+(?:(?:same|shared|common)\s+)?view)/i;

/** Words of a speaker that take no position, by name: declining, greeting, procedure. */
export const NOT_A_POSITION: { name: string; test: RegExp; reason?: SkipReason }[] = [
  {
    name: 'declines to comment',
    test: /\b(?:refrain from|no comment|not (?:in a position|aware of)|nothing has been decided|(?:can(?:no|’|')t|won(?:'|’)t|will not|would not|(?:am|are|is) not going to|I(?:'m|’m) not going to|not going to) (?:comment|say|speak|get (?:ahead of|into)|go into|preview|speculate|discuss|talk about|characteri[sz]e|disclose|reveal|confirm)|decline to (?:comment|discuss)|(?:do not|don(?:'|’)t|does not|doesn(?:'|’)t|never) (?:comment|discuss|speculate|preview|get into|go into|characteri[sz]e|disclose) (?:on|about|publicly|in public|future|operational|specific|intelligence|hypothetical)|(?:do not|don(?:'|’)t|does not|doesn(?:'|’)t) comment\b|(?:will|would) not (?:particularly |separately )?(?:analy[sz]e|assess|make (?:a |any )?(?:separate |particular )?(?:assessment|comment))|(?:would not|wouldn(?:'|’)t|is not|isn(?:'|’)t) (?:be )?appropriate (?:for [\w\s]{1,40}? )?to comment|(?:do not|don(?:'|’)t) have (?:any )?(?:information|details|anything) to (?:confirm|share|add)|\bI(?:'m|’m| am) not going to (?:respond to|deal in|engage in|entertain)\b)/i,
  },
  {
    // "We don't discuss force levels ahead of the review.", "I never talk about operations before they happen.": a standing
    // practice of not disclosing, in the present tense (unlike "we did not discuss", an account of the talks).
    name: 'a standing practice of not disclosing: "We don\'t discuss …", "I never comment on …"',
    test: /^(?:(?:But|And|So|Well|Look|Again),?\s+)?(?:I|We)\s+(?:do\s+not|don['’]t|never|generally\s+(?:do\s+not|don['’]t))\s+(?:(?:publicly|ever|typically|usually)\s+)?(?:discuss|comment\s+on|talk\s+about|speculate\s+(?:on|about)|get\s+into|go\s+into|preview|disclose|announce|telegraph|reveal)\b[^,;]{0,100}[.!]?$/i,
  },
  {
    // "We did not discuss specific figures.", "I didn't get into numbers with him.": what the talks left out.
    name: 'what the talks did not cover',
    test: /^(?:(?:But|And|So|No),?\s+)?(?:We|I|The two of us|Both of us)\s+(?:did not|didn['’]t|have not|haven['’]t|never)\s+(?:discuss\w*|talk\w* about|get into|go into|touch\w* on)\b/i,
  },
  {
    // "I don't agree with that assessment.", "I reject the premise of the question.": an answer to the questioner's words.
    name: "rebuts the question's premise",
    test: /^(?:(?:Well|No|Look|But),?\s+)?(?:I|We)\s+(?:(?:do not|don['’]t|would not|wouldn['’]t|can(?:not|['’]t))\s+(?:agree|accept|share)\s+(?:with\s+)?|(?:reject|disagree\s+with|dispute)\s+)(?:that|the|your|this)\s+(?:assessment|characteri[sz]ation|premise|description|framing|view|reading)(?:\s+of\s+(?:the|your)\s+question)?\s*[.!]?$/i,
  },
  {
    name: 'promises to inform later: "I will let you know once …", "we will get back to you"',
    test: /^(?:(?:Well|And|So),?\s+)?(?:I|We)(?:['’]ll|\s+will|\s+would)\s+(?:\w+\s+)?(?:let\s+(?:you|the\s+press|reporters)\s+know|get\s+back\s+to\s+you|update\s+you|inform\s+you)\b/i,
  },
  {
    name: 'greeting or thanks',
    // (A host's "And welcome to the Pentagon.", "Excellency, members of the delegation, welcome to …", "It is an enormous
    // privilege to have you here." too: an opening word, the ones greeted, an adjective before the privilege.)
    // (Round 12, THANKS_FOR_CONTRIBUTION: not thanks for the other side's commitment, support or contribution to something — "Thank you
    // for your personal commitment to the partnership" is praise of an act toward the relationship, a position.)
    test: /^(?![^.]*\bfor\s+(?:your|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}(?:commitment|support|contributions?|leadership|efforts?|assistance)\s+(?:to|in|for|toward|towards)\b)(?:(?:And|So|Well|Now),?\s+)?(?:(?:[\p{L}’' ]{2,40}),\s+){0,3}(?:thank you|thanks(?!\s+to\b)|good (?:morning|afternoon|evening)|great to be|it(?:'s|’s| is| was) (?:great|good|an honou?r|(?:an?|my|our) (?:great |real |distinct |special |enormous |tremendous |huge )?(?:pleasure|privilege|honou?r)) to|welcome|hello|I (?:\w+ly )?(?:welcome|thank) (?:you|\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3})(?: back)?(?: to\b| for\b|\.|,|$))/iu,
  },
  {
    name: 'courtesy: glad to be here, thanks for the hospitality',
    test: /^(?:(?:Well|And|So),?\s+)?(?:I(?:'m|’m| am)|We(?:'re|’re| are))\s+(?:very\s+|so\s+|truly\s+|deeply\s+)?(?:glad|pleased|happy|delighted|honou?red|grateful|thrilled)\s+to\s+(?:be|visit|welcome|host|see|meet|return)\b|\b(?:hospitality|warm welcome)\b/i,
  },
  {
    name: 'stage direction: "(Laughter.)", "(Crosstalk.)", "(inaudible)"',
    reason: 'BOILERPLATE',
    test: /^\s*\((?:laughter|laughs|applause|crosstalk|cross-talk|inaudible|off-?mic|pause|audio [\w -]+|no audio|interpretation [\w -]+|speaks in [\w -]+|in \w+)[^)]{0,40}\)\.?\s*$/i,
  },
  {
    name: 'procedure',
    reason: 'BOILERPLATE',
    test: /\b(?:next question|that concludes|that is all from me|I have (?:one|two|an|no) announcements?|[Tt]here (?:are|is) no (?:announcements?|opening (?:statement|remarks)) (?:from me|today|this (?:morning|afternoon))|(?:a few|a couple of|several) (?:items|things|announcements) (?:at|to pass along at) the top|I would like to make (?:two|three|a few) points|will each make an opening statement|(?:will|shall)\s+(?:now\s+)?come\s+to\s+order|I\s+have\s+(?:one|two|three|an|a\s+few|no)\s+(?:items?|things?|matters?)\s+to\s+(?:report|announce|share|raise)|(?:has|have|got)\s+(?:about\s+|only\s+|just\s+)?(?:\w+|\d+)\s+minutes\s+(?:before|for|left)|(?:We|I)\s+have\s+time\s+for\s+(?:one|two|three|a\s+few|a\s+couple\s+of)\s+(?:more\s+)?questions)\b/i,
  },
];

/** A firm stance of a clause of its own beside a refusal ("We have agreed to …, and I would refrain from naming a year"). */
// (Round 15, LOOK_FORWARD_BESIDE: "It was an honour to meet the Secretary and I am looking forward to continuing to work with him":
// an intention to go on working together beside the courtesy, a position as the corpus counts one.)
const FIRM_STANCE =
  /\b(?:agreed|committed|reaffirmed|confirmed|pledged|decided|condemned|welcomed|look(?:ing)?\s+forward\s+to\s+(?:continu|work|meet|deepen|strengthen|further)\w*)\b/i;

/**
 * Whether a sentence that refuses one thing states another in a clause of its own: then the refusal does not make the
 * whole sentence no position (real answers often do both: "We agreed on X, but I won't go into the timing").
 */
export function statesBeside(words: string, refusal: RegExp): boolean {
  return words
    .split(/[,;]\s+(?=(?:and|but|though|although|while)\b)|;\s*|\s+(?:and|but)\s+(?=(?:I|we)\s)/)
    .some((clause) => !refusal.test(clause) && FIRM_STANCE.test(clause));
}

/** A speaker's sentence that takes a position: first person with a position word, or about the counterpart, the alliance or a commitment. */
export const SPEAKER_POSITION = {
  firstPerson: /(?:^|[\s,;:“"])(?:I|we|We|our|Our|us|my|My|I'll|I’ll|we'll|we’ll|We'll|We’ll)\b/,
  about:
    /\b(?:he|she|him|her|alliance|commitment|treaty|Article [IVX\d]+|deterr\w*|Senkaku|allies|ally|bilateral|trilateral|posture|peninsula|troops|forces|military|security|cooperation|exercises|missiles?|defen[cs]e (?:capabilit\w*|budget|spending)|China(?!\s+Seas?\b)|Chinese|North Korean|Russian|Beijing|North Korea|Pyongyang|DPRK|Russia|Moscow|partnership|relationship|ties|coerci\w*|aggressi\w*|provocat\w*|intimidat\w*|destabili[sz]\w*)\b|\b(?:U\.S\.|United States|America|Japan|Korea|ROK)(?![\p{L}])/iu,
  position:
    /\b(?:agree|confirm|reaffirm|affirm|stated|explain|assur|welcom|emphasi|stress|express|pledg|commit|intend|request|discuss|decided\s+(?:together|jointly|by\s+both)|(?:jointly|together|mutually)\s+decided\b|made\s+(?:this|that|the|a)\s+(?:joint\s+)?decision\b|shar(?:e|ed)\b|condemn|denounc|deplor|applaud|reject|support|oppos|look(?:ing)? forward|able to|ask)|\b(?:we|We)(?:'ll|’ll|\s+will)\b|\b(?:[Bb]oth of us|[Tt]he (?:two|three) of us|[Ww]e both|(?:Secretary|Minister|[Cc]ounterpart|[Cc]olleague)(?:\s+\p{Lu}[\p{L}-]+)?\s+and\s+I)\s+(?:\w+\s+)?(?:regard|see|view|consider|believe|recogni[sz]e|want|hope|value)\b/u,
  /** A spokesperson reporting the principals ("The two leaders agreed …", "The Secretary reaffirmed …"): a position of theirs. */
  reported:
    /^(?:[\w-]+(?:\s+[\w-]+)?,\s+)?(?:[Tt]he (?:two|three) (?:leaders|ministers|secretaries|sides|defen[cs]e (?:chiefs|ministers|leaders))|[Bb]oth (?:leaders|ministers|secretaries|sides)|[Tt]he (?:Secretary|Minister|Ministers|Secretaries)(?: and the (?:Secretary|Minister))?)\s+(?:(?:also|further|then|jointly)\s+)?(?:agreed|reaffirmed|reiterated|affirmed|confirmed|emphasized|underscored|stressed|welcomed|condemned|expressed|pledged|committed|discussed|shared|thanked|assured|highlighted)\b/,
  /**
   * A speaker's own lead-in before reporting someone else ("What I can tell you is that the Secretary told …"): the
   * "I" of it makes the speaker no party to what follows.
   */
  reportingLead:
    /^(?:What I can (?:tell|say to|share with) you is(?: that)?|What I can say is(?: that)?|I can (?:tell you|confirm|say)(?: that)?|I(?:'d|’d| would) (?:just )?(?:note|say|add) that|As I (?:said|mentioned)(?: before| earlier)?,)\s+/i,
};

/** A time before the document: "last year", "in 2024", "two years ago", "since 2011", "took office". */
const PAST_FACT =
  /\b(?:last (?:year|month|week|spring|summer|autumn|fall|winter)|earlier this (?:year|month)|in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2}\b|(?:19|20)\d{2}[-–](?:19|20)?\d{2}\b|(?:a|one|two|three|four|five|several|\d+) (?:years?|months?|decades?) ago|since (?:19|20)\d{2}|took office|was (?:launched|founded|established|created|signed) in)\b/i;
/**
 * What others outside the talks did or said: the threat's acts, a third country's reaction, lawmakers, parties,
 * critics ("North Korea fired …", "China's foreign ministry said …", "Lawmakers … have warned"): the story's background.
 */
const OUTSIDE_THE_TALKS =
  /^(?:(?:Recap|Update|Earlier|Background|Breaking|Context|Catch up)\s*:\s*)?(?:(?:Some|Several|Many|Opposition|Other)\s+)?(?:North\s+Korea(?:['’]s)?|Pyongyang(?:['’]s)?|China(?:['’]s)?|Beijing(?:['’]s)?|Russia(?:['’]s)?|Moscow(?:['’]s)?|Chinese|Russian|North\s+Korean|(?:[\w-]+\s+)?lawmakers|legislators|critics|analysts|(?:The\s+)?\p{Lu}[\p{L}-]+,\s+an?\s+(?:minor|small|opposition|junior)\s+party,)\b/u;

/** Words that report someone's position now: with them a past time may be what a speaker recalls as a position. */
const REPORTED = /\b(?:said|says|told|tells|stated|according to|added|noted|stressed|emphasi[sz]ed|reaffirmed|reiterated)\b/i;

export interface SkipContext {
  role: TurnRole | null;
  /** The sentence produced drafts that were all below the threshold (of the confidence, or of the sentence gate). */
  belowThreshold: boolean;
  /** The rule to give when the sentence gate held back every draft of the sentence (gate.ts `gateRule`). */
  gated?: string | null;
  /** A named person or group appears as a subject. */
  hasSubject: boolean;
  /** Sentence text, without a turn label. */
  text: string;
  /** Short headline-like line of a heading block. */
  words: number;
}

/** Why a sentence with no draft was skipped. */
export function skipReason(c: SkipContext): { reason: SkipReason; rule: string } {
  if (c.role === 'QUESTION') return { reason: 'QUESTION', rule: 'question turn of a transcript' };
  // A host's or chair's question ("HOST: … What came out of that?") is a question, as the corpus labels it; the rest of
  // their turn is procedure.
  if (c.role === 'MODERATOR')
    return /\?["”’)]*\s*$/.test(c.text)
      ? { reason: 'QUESTION', rule: 'question of a moderator or host' }
      : { reason: 'BOILERPLATE', rule: 'moderator turn of a transcript' };
  const text = c.text.trim();
  for (const r of BOILERPLATE_RULES) if (r.test.test(text)) return { reason: 'BOILERPLATE', rule: r.name };
  if (/\?["”’)]*$/.test(text)) return { reason: 'QUESTION', rule: 'ends with a question mark' };
  if (c.belowThreshold) return { reason: 'BELOW_THRESHOLD', rule: c.gated ?? 'drafts found were below the confidence threshold' };
  if (c.words < 6 && !/[.!]["”’)]*$/.test(text)) return { reason: 'BOILERPLATE', rule: 'heading: short line without a full stop' };
  if (!POSITION_WORDS.test(text)) return { reason: 'BACKGROUND', rule: 'no reporting or position verb' };
  if (PAST_FACT.test(text) && !REPORTED.test(text))
    return { reason: 'BACKGROUND', rule: 'what happened before ("last year", "in 2024", "took office"), no one reporting it now' };
  if (OUTSIDE_THE_TALKS.test(text))
    return { reason: 'BACKGROUND', rule: 'what others outside the talks did or said (the threat, a third country, lawmakers)' };
  if (/\bhow\s+long\s+(?:the|their)\s+(?:call|meeting|talks?|conversation)\s+lasted\b/i.test(text))
    return { reason: 'BACKGROUND', rule: 'how long the meeting lasted' };
  if (!c.hasSubject) return { reason: 'NO_POSITION', rule: 'no author or party found for the verb' };
  return { reason: 'NO_POSITION', rule: 'no reporting frame or quotation matched' };
}

/**
 * FURNITURE_FIRST: a skipped sentence that is page or release furniture by name (a cookie banner, a press office's
 * signature, a contact line) is BOILERPLATE, whatever other rule skipped it first (reasons only: nothing is drafted or
 * dropped by this).
 */
export function furnitureOver(
  skip: { reason: SkipReason; rule: string } | undefined,
  text: string,
): { reason: SkipReason; rule: string } | undefined {
  if (!skip || skip.reason === 'BOILERPLATE' || skip.reason === 'QUESTION') return skip;
  const r = BOILERPLATE_RULES.find((x) => x.test.test(text.trim()));
  return r ? { reason: 'BOILERPLATE', rule: r.name } : skip;
}

/**
 * QUESTION_PREMISE: in a transcript turn, the sentence right before a question, in the same paragraph and skipped, is
 * the question's premise ("You hosted the Minister on Tuesday. What came out of that?", "Madam Secretary, our allies
 * read every word we say. Is the commitment conditional?"), a question too, as the corpus labels reporters' premises
 * (d53 j20 k04 q30 s03 s13); not the asker's own statement in the first person. One step only, and never page furniture. Reasons only: nothing is drafted or dropped.
 */
export function questionPremises(dispositions: Disposition[], sentences: { block: number; inTurn: boolean; text: string }[]): void {
  const before = dispositions.map((d) => d.reason);
  for (let i = 0; i + 1 < dispositions.length; i++) {
    const d = dispositions[i];
    if (d.status !== 'SKIPPED' || before[i] === 'QUESTION' || before[i] === 'DUPLICATE' || before[i + 1] !== 'QUESTION') continue;
    const [a, b] = [sentences[i], sentences[i + 1]];
    if (!a?.inTurn || !b?.inTurn || a.block !== b.block) continue;
    const text = a.text.replace(/^[^:：\n]{1,60}[:：]\s*/, '').trim();
    if (
      text.split(/\s+/).length < 4 ||
      BOILERPLATE_RULES.some((r) => r.test.test(text)) ||
      /^(?:thank|thanks|good (?:morning|afternoon|evening)|welcome)\b/i.test(text) ||
      // The asker's own statement ("I'll just note that I think …") is theirs, not a premise of the question.
      /^(?:(?:Well|And|So|But),?\s+)?I(?:['’](?:ll|d|m|ve))?\s/.test(text)
    )
      continue;
    d.reason = 'QUESTION';
    d.rule = "a question's premise: the sentence before a question in the same turn";
  }
}
