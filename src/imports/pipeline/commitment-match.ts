/**
 * Stage 6a, known commitments: which recorded commitments a passage takes a position on, and with
 * which stance. Real documents name one commitment many ways ("Article 5 … extends to the
 * Senkakus", "the Senkaku Islands fall under the scope of Article Five", "the ironclad commitment
 * to defend the ROK", "backed by the full range of U.S. capabilities, including nuclear"): the
 * ways are data (`COMMITMENT_FORMS` in lexicon.ts), read against each recorded commitment's title,
 * so a commitment recorded without aliases is found too. A passage that speaks of "our
 * commitment" without naming it takes the commitment named in the sentences just before.
 */
import {
  ARTICLE_NUMBER_WORDS,
  COMMITMENT_FORMS,
  COUNTRY_STAND_INS,
  type CommitmentForm,
  type LexCommitment,
  type Lexicon,
  STANCE_WORDS,
} from '../lexicon';
import { conceptsOf, MEANING_KINDS, meaningMatch } from './commitment-meaning';
import { COUNTRY_FORMS } from './countries';

export type StanceGuess = 'AFFIRMS' | 'REAFFIRMS' | 'QUALIFIES' | 'WITHDRAWS';

export interface CommitmentMatchContext {
  lex: Lexicon;
  /** The document's text before the passage: "our commitment" resolves to the commitment named there last. */
  before?: string;
  /** The whole document: the partner it names most stands for a passage that names none. */
  document?: string;
  /** Countries the passage's parties and call stand for, when known. */
  countries?: string[];
  /** Countries of the passage's parties alone (whose "our" a form with `speaker` reads). */
  partyCountries?: string[];
}

export interface CommitmentMatch {
  commitment: LexCommitment;
  /** The alias or rule that matched. */
  alias: string;
  /** Where in the passage the commitment is named, when known (its clause gives the stance). */
  at?: number;
  /** The stance of the clause that names it (stage 6 sets it). */
  stance?: StanceGuess;
}

/** Countries named alongside that are never the partner of a commitment (the threat, not the ally). */
const NOT_PARTNERS = new Set(['KP', 'CN', 'RU']);
/** Article numbers written either way: "Article 5" is "Article V". */
export const ROMAN: Record<string, string> = {
  '1': 'I',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
  '5': 'V',
  '6': 'VI',
  '7': 'VII',
  '8': 'VIII',
  '9': 'IX',
  '10': 'X',
};

/** "Article 5", "Article Five", "Art. 5" are all "Article V". */
export function normalizeArticles(text: string): string {
  return text.replace(/\b(?:Article|Art\.)\s+(\d{1,2}|[A-Za-z]+)\b/g, (m, n: string) => {
    const roman = ROMAN[n] ?? ARTICLE_NUMBER_WORDS[n.toLowerCase()];
    return roman ? `Article ${roman}` : m;
  });
}

// ---- stance ------------------------------------------------------------------------------------

const re = (s: string, flags = 'iu') => new RegExp(s, flags);
const HEDGE = re(STANCE_WORDS.hedges);
const NOT_STANCE = re(STANCE_WORDS.notStance, 'giu');
const NEGATED_WEAKENING = re(String.raw`${STANCE_WORDS.negators}\s+(?:[\p{L}’']+\s+){0,3}?${STANCE_WORDS.weakening}\b`, 'giu');
const NEGATED_COMMITMENT = re(
  String.raw`${STANCE_WORDS.negators}\s+(?:[\p{L}’']+\s+){0,2}?(?:commit\w*|defend\w*|honou?r\w*|uphold\w*|appl(?:y|ies)|cover\w*|extend\w*|guarantee\w*)\b`,
);
/** A hedge under a negation is none ("does not depend on who leads", "is not conditional on"): the commitment holds regardless. */
const NEGATED_HEDGE = re(
  String.raw`${STANCE_WORDS.negators}\s+(?:[\p{L}’']+\s+){0,2}?(?:depend(?:s|ent|ing)?\s+on|conditional|conditioned\s+on|contingent)\b`,
  'giu',
);
const WITHDRAWAL = re(STANCE_WORDS.withdrawal);
const REAFFIRMING = re(STANCE_WORDS.reaffirming);

/**
 * The stance a passage takes: a hedge QUALIFIES; a withdrawal word or a negated commitment
 * ("will not defend") WITHDRAWS; a reaffirming word, or a weakening word under a negation ("did
 * not waver", "no change to", "isn't changing"), REAFFIRMS; else AFFIRMS.
 */
export function stanceOf(text: string): StanceGuess {
  const plain = text.replace(NOT_STANCE, '').replace(NEGATED_HEDGE, ' ');
  if (HEDGE.test(plain)) return 'QUALIFIES';
  const negatedWeakening = NEGATED_WEAKENING.test(plain);
  NEGATED_WEAKENING.lastIndex = 0;
  const rest = plain.replace(NEGATED_WEAKENING, ' ');
  if (WITHDRAWAL.test(rest) || NEGATED_COMMITMENT.test(rest)) return 'WITHDRAWS';
  if (negatedWeakening || REAFFIRMING.test(rest)) return 'REAFFIRMS';
  return 'AFFIRMS';
}

/** Irregular past tenses of reporting and agreeing verbs (a clause of its own after "and", like "-ed" verbs). */
const IRREGULAR_PAST = String.raw`(?:said|told|made|gave|took|held|sought|spoke|wrote|set\s+out|laid\s+out|went\s+on)`;
/** "… and stated that …", "… and also said he …", "… and agreed to …" without a comma: a verb with its own complement. */
const BARE_VERB_CLAUSE = String.raw`(?<=\S)\s+and\s+(?:also\s+)?(?=(?:\p{Ll}+ed|${IRREGULAR_PAST})\s+(?:that|he|she|they|we|it|to|him|her|them)\b)`;
/** ", adding that …", ", saying that …": a participle with its own complement. */
const PARTICIPLE_CLAUSE = String.raw`,\s+(?:adding|saying|noting|stating)\s+that\s+`;

/**
 * "… will closely cooperate against the threats and continue efforts to …": a coordinated "continue" takes an object of
 * its own (the efforts), so it is the start of another clause, comma or not.
 */
const CONTINUE_CLAUSE = String.raw`(?<=\S)\s+and\s+(?:to\s+)?(?=continu(?:e|es|ing)\b)`;
/**
 * Where the clause that names a commitment ends: before a following coordinated clause with its own
 * verb (", and to continue …", ", and they agreed …", "; …"). Its stance comes from the words up to
 * there, so "agreed to advance X, and to continue close talks" takes no stance word from the second clause.
 */
const NEXT_CLAUSE = new RegExp(
  String.raw`,\s+and\s+(?=(?:to|that|also|then|agreed|will|would|the\s+two|both|they|we|he|she|I|it|\p{Ll}+ed|${IRREGULAR_PAST})\b)|;\s+|${BARE_VERB_CLAUSE}|${PARTICIPLE_CLAUSE}|${CONTINUE_CLAUSE}`,
  'giu',
);

/**
 * Where a clause with its own verb begins: after ", and <verb>ed" ("…, and expressed the commitment …") or "; ".
 * A commitment named after it takes its stance from there on, not from the verb of an earlier clause
 * ("reaffirmed that A applies, and expressed B": B is stated, not reaffirmed); ", and that …" / ", and to …" go on
 * with the earlier verb.
 */
const NEW_CLAUSE = new RegExp(
  String.raw`,\s+and\s+(?:also\s+)?(?=(?:\p{Ll}+ed|${IRREGULAR_PAST})\b)|;\s+|${BARE_VERB_CLAUSE}|${PARTICIPLE_CLAUSE}`,
  'gu',
);
/**
 * …unless it refers back, by a definite noun, to a treaty or commitment the clause before named ("…under the Treaty, and
 * stated that Article V of the Treaty applies", "no change to the commitment …, and that the treaty obligation extends
 * …"): then it goes on with what was said of that. A noun with no antecedent before ("…, and that Article 5 of the
 * Treaty covers …" after a clause naming no treaty) is a new statement.
 */
const REFERS_BACK = [
  {
    noun: /\b(?:the|this|that|such|its|our|their)\s+(?:(?:treaty|security|defen[cs]e)\s+)?(?:commitments?|pledges?|guarantees?|obligations?)\b/iu,
    antecedent: /\b(?:commit\w*|pledge\w*|guarantee\w*|obligation\w*|promise\w*)\b/iu,
  },
  { noun: /\b(?:the|this|that|such)\s+(?:treaty|pact|alliance)\b/iu, antecedent: /\b(?:treaty|pact|alliance)\b/iu },
];
const refersBack = (clause: string, before: string) => REFERS_BACK.some((r) => r.noun.test(clause) && r.antecedent.test(before));

/**
 * A further complement of the same verb (", and that …"): it takes the verb's words (the clause up to its first
 * "that") and its own, not the words of the complement before it ("expressed that A remains …, and that B covers …":
 * B is stated, A reaffirmed) — unless it refers back to the commitment just named ("…, and that the obligation extends to …").
 */
const SIBLING_COMPLEMENT = /,?\s+and\s+that\b/giu;
/** An adverb of repetition before a subject's first verb ("X once again confirmed A and stated B") qualifies every verb of it. */
const SHARED_ADVERB = /^[^,;:]*?\b(once\s+again|once\s+more|again|repeatedly)\s+\p{Ll}+ed\b/u;

/** "that" opening a clause as a complementizer, not as a pronoun that is the subject of a verb ("that has not changed"). */
const COMPLEMENTIZER =
  /^\s*that\b(?!\s+(?:has|have|had|is|was|will|would|remains?|stays?|holds?|stands?|does|did|can|cannot|must|should|hasn['’]t|isn['’]t|won['’]t|wasn['’]t)\b)/iu;

/** "… to underscore / demonstrate / show / reaffirm <it>": a purpose whose own verb states the commitment. */
const PURPOSE_STANCE_VERB =
  /\b(?:in\s+order\s+)?to\s+(?:underscore|underline|demonstrate|show|signal|highlight|emphasi[sz]e|stress|affirm|reaffirm|reiterate|confirm)\b/giu;

/** A following clause that speaks of what came before ("…, and that has not changed", "…, and agreed to continue it"). */
const BACK_REFERENCE = /\b(?:it|this|that|them|these|the\s+same)\b/iu;

/**
 * EARLIER_EVENT_CLAUSE: a temporal clause with a verb of its own ("after the two countries in March confirmed the start of
 * work …", "since they reaffirmed it last year") dates the passage by an earlier event; its words are that event's, not the
 * stance the passage takes now ("agreed to accelerate … after X confirmed …" advances the work: AFFIRMS). Left out (as
 * spaces, positions kept) unless it is where the commitment is named.
 */
const EARLIER_EVENT_CLAUSE =
  /\b(?:after|since|once(?!\s+(?:again|more)\b)|when)\s+(?=[^,;.]*?\b(?:\p{Ll}+ed|said|held|made|took|met)\b)[^,;.]*/giu;
function withoutEarlierEvents(text: string, at: number): string {
  return text.replace(EARLIER_EVENT_CLAUSE, (m: string, offset: number) =>
    at >= offset && at < offset + m.length ? m : ' '.repeat(m.length),
  );
}

/**
 * The stance of a commitment named at `at` (the whole passage when unknown): from the words up to
 * the end of its clause, and of each following clause that names it again (`namesIt`) or refers
 * back to it by a pronoun (unless it names another commitment); other following clauses are about something else.
 */
export function clauseStance(
  text: string,
  at: number | undefined,
  namesIt: (clause: string) => boolean = () => false,
  /** A following clause that names another commitment speaks of that one ("…, and confirmed that they will continue <B>"). */
  namesOther: (clause: string) => boolean = () => false,
): StanceGuess {
  if (at == null || at < 0) return stanceOf(text);
  text = withoutEarlierEvents(text, at);
  let from = 0;
  for (const m of text.matchAll(NEW_CLAUSE)) if (m.index + m[0].length <= at) from = m.index + m[0].length;
  if (from && refersBack(text.slice(from), text.slice(0, from))) from = 0;
  // The clause's own words, after the words its subject shares with every verb ("once again") and, in a further
  // complement of the same verb, the verb's words instead of the complement before it.
  let head = from ? (SHARED_ADVERB.exec(text.slice(0, from))?.[1] ?? '') : '';
  let start = from;
  const sibling = [...text.slice(from, at).matchAll(SIBLING_COMPLEMENT)].pop();
  const firstThat = /\bthat\b/iu.exec(text.slice(from));
  if (
    sibling &&
    firstThat &&
    firstThat.index < sibling.index &&
    !refersBack(text.slice(from + sibling.index, at + 80), text.slice(from, from + sibling.index))
  ) {
    head += ` ${text.slice(from, from + firstThat.index)}`;
    start = from + sibling.index + sibling[0].length;
  }
  // PURPOSE_OF_ITS_OWN: a purpose infinitive whose own verb states the commitment ("reaffirmed measures … to underscore <it>",
  // "met to reaffirm <it>") gives it that verb's stance, not the main verb's (which is about the measures).
  const purpose = [...text.slice(start, at).matchAll(PURPOSE_STANCE_VERB)].pop();
  if (purpose) {
    head = '';
    start += purpose.index;
  }
  const breaks = [...text.matchAll(NEXT_CLAUSE)].filter((m) => m.index > at);
  if (!breaks.length) return stanceOf(`${head} ${text.slice(start)}`);
  let kept = `${head} ${text.slice(start, breaks[0].index)}`;
  breaks.forEach((b, i) => {
    const clause = text.slice(b.index + b[0].length, breaks[i + 1]?.index ?? text.length);
    // (The complementizer opening a clause, ", and that the …", refers to nothing; "…, and that has not changed" does.)
    const referring = BACK_REFERENCE.test(clause.replace(COMPLEMENTIZER, ''));
    if (namesIt(clause) || (referring && !namesOther(clause))) kept += ` ${clause}`;
  });
  return stanceOf(kept);
}

/**
 * When a passage only mentions a commitment without taking a position on it, by name: the
 * commitment is the purpose of another thing the party speaks of ("stressed the role of the new
 * council in making deterrence credible": the position is on the council), or only the topic of a
 * discussion with no position word anywhere in the passage ("they discussed the alliance's
 * deterrence"). A commitment is affirmed when a position word (agree, reaffirm, commit, support,
 * welcome, will, want, stress the importance of …) takes it, or its clause, as its object.
 */
export const MENTION_ONLY: { name: string; before: RegExp; unless?: RegExp }[] = [
  {
    name: 'the purpose of another thing',
    // ("as part of efforts to improve <it>" is the idiom "within": the efforts are toward it, a position on it.)
    before:
      /\b(?:importance|role|value|significance|contribution|usefulness|relevance|(?<!\bas\s+)part)\s+(?:of|played\s+by)\s+(?:[^\s,;.]+\s+){1,8}?(?:in|for|to|toward|towards)\s+(?:[\p{L}-]+ing\s+)?(?:[^\s,;.]+\s+){0,3}$/iu,
  },
  {
    name: 'only the topic of a discussion',
    // (Up to 14 words of its object, "U.S.-ROK" one of them: "discussed the readiness of the combined posture and ongoing work to enhance <it>";
    // "discussed the importance / the need for <it>" weighs it: a position.)
    before:
      /\b(?:discuss\w*|talk\w*\s+(?:about|over)|exchang\w*\s+views\s+(?:on|about|over)|touch\w*\s+(?:up)?on)\s+(?:[^\s,;]+\s+){0,14}$/iu,
    unless:
      /\b(?:agree\w*|concur\w*|affirm\w*|reaffirm\w*|confirm\w*|reiterat\w*|commit\w*|pledg\w*|support\w*|welcom\w*|want\w*|will|shall|must|stress\w*|emphasi\w*|underscor\w*|highlight\w*|vow\w*|promis\w*|determin\w*|resolv\w*|continu\w*|remain\w*|ironclad|unwavering|steadfast|importance|significance|necessity|need\s+(?:for|to))\b/iu,
  },
  {
    // TOPIC_OF_AN_EXPLANATION: what a party explained or briefed about ("explained its basic stance regarding <it> that …"): the
    // subject of the explanation, whose content is the clause after it.
    name: 'only the subject of an explanation',
    before: /\b(?:explain\w*|brief\w*)\b[^.;]{0,40}?\b(?:regarding|concerning|about|on)\s+(?:[^\s,;]+\s+){0,3}$/iu,
  },
  {
    // TOPIC_OF_TALKS_NOUN: the commitment is what talks are about, the talks named by a noun ("agreed to continue close
    // consultations on <it>", "held discussions on ways to strengthen <it>"): whatever verb governs them (commit, continue,
    // agree) takes the talks as its object, not the commitment.
    // (Not a time, "talks on Friday", nor a clause of the verb's own, "confirmed in talks on … that <it> applies".)
    name: 'only the topic of talks named by a noun',
    before:
      /\b(?:conversations?|discussions?|talks|dialogues?|consultations?|deliberations?|exchanges?\s+of\s+views)\s+(?:on|about|regarding|concerning|over)\s+(?!(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:(?!(?:that|which|whether)\s)[^\s,;]+\s+){0,6}$/iu,
  },
];

/**
 * REQUESTED_OF_THE_GUARANTOR: the words that come before a commitment in its clause ask for it ("asked for consultations to
 * produce an effective extended deterrence", "called for a U.S. commitment of …", "urged …", "the need for …"). Said by the
 * beneficiary's side alone, that is a request, not a stance on a guarantee only the guarantor can give (real-2 y20 y30;
 * stage 6 checks who speaks and which commitment).
 */
const REQUEST_BEFORE =
  /\b(?:ask(?:s|ed|ing)?\b[^.;]{0,60}?\b(?:for|that|to)|call(?:s|ed|ing)?\s+for|request\w*|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|demand\w*|need\s+for)\b(?:[^.;]|(?<=\p{Lu})\.|\.(?!\s)){0,160}$/iu;
export function requestedOnly(text: string, at: number | undefined): boolean {
  if (at == null || at < 0) return false;
  let from = 0;
  for (const m of text.matchAll(NEXT_CLAUSE)) if (m.index + m[0].length <= at) from = m.index + m[0].length;
  return REQUEST_BEFORE.test(text.slice(from, at));
}

/**
 * ASKED_NOT_STATED: the sentence that names the commitment is a direct question ("Does Article 5 cover the islands?", a
 * reporter's "Q: … ?"): it asks for a position, it takes none (the answer does: ANSWERS_QUESTION in commitments.ts).
 */
const SENTENCE_TERMINATOR = /[.?!](?=["”’)]?(?:\s|$))/u;
export function askedNotStated(text: string, at: number): boolean {
  return SENTENCE_TERMINATOR.exec(text.slice(at))?.[0] === '?';
}

/** The rule by which a commitment named at `at` is only mentioned, not affirmed; null when it is affirmed. */
export function mentionOnly(text: string, at: number | undefined): string | null {
  if (at == null || at < 0) return null;
  if (askedNotStated(text, at)) return 'asked in a question, not stated';
  let from = 0;
  for (const m of text.matchAll(NEXT_CLAUSE)) if (m.index + m[0].length <= at) from = m.index + m[0].length;
  const before = text.slice(from, at);
  const rule = MENTION_ONLY.find((r) => r.before.test(before) && !r.unless?.test(text));
  return rule?.name ?? null;
}

// ---- countries ---------------------------------------------------------------------------------

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => s.length <= 6 && s === s.toUpperCase();

/** Every way the lexicon writes a country, with its capital. */
function formsOf(lex: Lexicon | undefined, code: string): string[] {
  const recorded = lex?.data.countries.find((c) => c.code === code);
  return [
    ...new Set([
      ...(recorded ? [recorded.name, ...recorded.aliases] : []),
      ...(COUNTRY_FORMS[code] ?? []),
      ...(COUNTRY_STAND_INS[code] ?? []),
    ]),
  ].filter((f) => f.length > 1);
}

interface Named {
  code: string;
  start: number;
}

const standIns = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.values(COUNTRY_STAND_INS)
    .flat()
    .map((f) => escape(f).replace(/\s+/g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Countries the text names, by the lexicon (names, aliases, adjectives) and capitals. */
function countriesNamed(lex: Lexicon | undefined, text: string): Named[] {
  const out: Named[] = [];
  if (lex) for (const m of lex.mentions(text)) if (m.kind === 'country' && m.countryCode) out.push({ code: m.countryCode, start: m.start });
  if (!lex)
    for (const [code, forms] of Object.entries(COUNTRY_FORMS))
      for (const f of forms) {
        const r = new RegExp(`(?<![\\p{L}\\p{N}])${escape(f)}(?![\\p{L}\\p{N}])`, isAcronym(f) ? 'gu' : 'giu');
        for (const m of text.matchAll(r)) out.push({ code, start: m.index });
      }
  for (const m of text.matchAll(standIns)) {
    const code = Object.entries(COUNTRY_STAND_INS).find(([, fs]) =>
      fs.some((f) => f.toLowerCase() === m[0].replace(/\s+/g, ' ').toLowerCase()),
    )?.[0];
    if (code) out.push({ code, start: m.index });
  }
  return out;
}

/**
 * What is remembered of one lexicon's reading (countriesNamed reads the lexicon's mentions, which every entry of it
 * shapes): kept per Lexicon (immutable, one per import), never shared with another lexicon, whose countries, aliases or
 * bodies may differ (an editor adds an alias between two imports).
 */
interface LexiconCaches {
  titleCodes: Map<string, string[]>;
  lastDocument: { text: string; ranked: string[] } | null;
  meaningOf: Map<string, { title: Map<string, number>; description: Map<string, number> }>;
}
const NO_LEXICON = {};
const lexiconCaches = new WeakMap<object, LexiconCaches>();
function cachesOf(lex: Lexicon | undefined): LexiconCaches {
  const key = lex ?? NO_LEXICON;
  let c = lexiconCaches.get(key);
  if (!c) lexiconCaches.set(key, (c = { titleCodes: new Map(), lastDocument: null, meaningOf: new Map() }));
  return c;
}

/** The countries a commitment's title names, the guarantor (the United States) last. */
function codesOfTitle(lex: Lexicon | undefined, title: string): string[] {
  const { titleCodes } = cachesOf(lex);
  let codes = titleCodes.get(title);
  if (!codes) {
    codes = [...new Set(countriesNamed(lex, title).map((n) => n.code))];
    codes.sort((a, b) => Number(a === 'US') - Number(b === 'US'));
    if (titleCodes.size > 1_000) titleCodes.clear();
    titleCodes.set(title, codes);
  }
  return codes;
}

/** The partners a document names, most named first. */
function documentPartners(lex: Lexicon | undefined, document: string): string[] {
  const caches = cachesOf(lex);
  if (caches.lastDocument?.text === document) return caches.lastDocument.ranked;
  const counts = new Map<string, number>();
  for (const n of countriesNamed(lex, document))
    if (n.code !== 'US' && !NOT_PARTNERS.has(n.code)) counts.set(n.code, (counts.get(n.code) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  caches.lastDocument = { text: document, ranked };
  return ranked;
}

// ---- forms -------------------------------------------------------------------------------------

/**
 * The countries of a lexicon (codes, names, aliases) as one key: a form's pattern is built from them and the static
 * forms alone, so lexicons with the same countries (every import until an editor changes one) share compiled patterns.
 */
const countryKeys = new WeakMap<Lexicon, string>();
function countryKey(lex: Lexicon | undefined): string {
  if (!lex) return '';
  let key = countryKeys.get(lex);
  if (key === undefined) countryKeys.set(lex, (key = JSON.stringify(lex.data.countries.map((c) => [c.code, c.name, c.aliases]))));
  return key;
}

// By the lexicon's countries, then pattern, then country: a key joining the last two was a new long string to hash at
// every call.
const compiledByCountries = new Map<string, Map<string, Map<string, RegExp>>>();
let compiledCount = 0;
function formPattern(lex: Lexicon | undefined, pattern: string, code: string | undefined): RegExp | null {
  if (pattern.includes('{C}') && !code) return null;
  const countries = countryKey(lex);
  let compiled = compiledByCountries.get(countries);
  if (!compiled) {
    // The countries change rarely (an editor's new alias): the patterns of the last few sets of them are kept.
    if (compiledByCountries.size >= 4) compiledByCountries.delete(compiledByCountries.keys().next().value!);
    compiledByCountries.set(countries, (compiled = new Map()));
  }
  let byCode = compiled.get(pattern);
  let r = byCode?.get(code ?? '');
  if (!r) {
    const alternatives = (codes: string[]) =>
      `(?:${[...new Set(codes.flatMap((c) => formsOf(lex, c)))]
        .sort((a, b) => b.length - a.length)
        .map((f) => escape(f).replace(/\s+/g, '\\s+'))
        .join('|')})(?![\\p{L}\\p{N}])`;
    const all = [...new Set([...(lex?.data.countries.map((c) => c.code) ?? []), ...Object.keys(COUNTRY_FORMS)])];
    r = new RegExp(
      pattern.replace(/\{C\}/g, () => alternatives(code ? [code] : [])).replace(/\{ANY\}/g, () => alternatives(all)),
      'iu',
    );
    if (compiledCount > 5_000) {
      compiledByCountries.clear();
      compiledByCountries.set(countries, compiled);
      compiled.clear();
      compiledCount = 0;
      byCode = undefined;
    }
    if (!byCode) compiled.set(pattern, (byCode = new Map()));
    byCode.set(code ?? '', r);
    compiledCount++;
  }
  return r;
}

/** Texts whose tests formTest keeps: a passage is read again as a sentence before a later one ("our commitment"). */
const TESTED_TEXTS = 64;
const tested = new Map<string, Map<RegExp, boolean>>();
/**
 * Whether a form's pattern (formPattern) matches `text`, remembered for the texts read last: the commitments of one
 * partner share their patterns (each was tested again for every one of them), and a passage is read again when a later
 * one refers back to it.
 */
function formTest(r: RegExp | null, text: string): boolean {
  if (!r) return false;
  let results = tested.get(text);
  if (!results) {
    if (tested.size >= TESTED_TEXTS) tested.delete(tested.keys().next().value!);
    tested.set(text, (results = new Map()));
  }
  let found = results.get(r);
  if (found === undefined) {
    found = r.test(text);
    results.set(r, found);
  }
  return found;
}

/** Does the beneficiary fit the passage (named), or, when it names no partner, its context? */
function beneficiaryFits(
  beneficiaries: string[],
  named: Set<string>,
  titleCountries: string[],
  ctx: CommitmentMatchContext | undefined,
): boolean {
  // A commitment to several countries (a trilateral): no partner outside them, named or standing for the talks (the
  // passage's parties, else the partner the document names most), and one of them there.
  if (beneficiaries.length > 1) {
    const talks = ctx?.countries?.filter((c) => c !== 'US') ?? [];
    const partner = !talks.length && ctx?.document ? documentPartners(ctx.lex, ctx.document).slice(0, 1) : [];
    const around = new Set([...named, ...talks, ...partner]);
    if ([...around].some((c) => c !== 'US' && !NOT_PARTNERS.has(c) && !titleCountries.includes(c))) return false;
    if (!beneficiaries.some((b) => around.has(b))) return false;
    // A document that names another partner elsewhere and never one of its countries speaks of another trilateral.
    if (!ctx?.document) return true;
    const inDocument = documentPartners(ctx.lex, ctx.document);
    if (!inDocument.some((c) => !titleCountries.includes(c))) return true;
    return beneficiaries.every((b) => around.has(b) || inDocument.includes(b));
  }
  if (beneficiaries.some((b) => named.has(b))) return true;
  const partners = [...named].filter((c) => c !== 'US' && !NOT_PARTNERS.has(c) && !titleCountries.includes(c));
  if (partners.length) return false;
  if (ctx?.countries?.some((c) => c !== 'US') && beneficiaries.every((b) => ctx.countries!.includes(b))) return true;
  if (!ctx?.document) return false;
  const ranked = documentPartners(ctx.lex, ctx.document);
  return beneficiaries.length === 1 ? ranked[0] === beneficiaries[0] : beneficiaries.every((b) => ranked.includes(b));
}

function formMatches(
  form: CommitmentForm,
  c: LexCommitment,
  text: string,
  named: Set<string>,
  ctx: CommitmentMatchContext | undefined,
): boolean {
  const lex = ctx?.lex;
  const codes = codesOfTitle(lex, c.title);
  const beneficiaries = codes.filter((x) => x !== 'US');
  if (form.unless?.some((p) => formTest(formPattern(lex, p, beneficiaries[0]), text))) return false;
  if (form.third) return thirdMatches(form, codes, text, named, ctx);
  if (form.speaker === 'guarantor' && !(codes.includes('US') && ctx?.partyCountries?.length && ctx.partyCountries.every((x) => x === 'US')))
    return false;
  if (form.speaker === 'guarantorAmong' && !(codes.includes('US') && ctx?.partyCountries?.includes('US'))) return false;
  if (form.all && !allOf(form, text, lex, beneficiaries[0])) return false;
  if (form.onlyTitleCountries && [...named].some((n) => !NOT_PARTNERS.has(n) && !codes.includes(n))) return false;
  if (!form.any.some((p) => formTest(formPattern(lex, p, beneficiaries[0]), text))) return false;
  return form.beneficiary !== 'context' || beneficiaryFits(beneficiaries.length ? beneficiaries : codes, named, codes, ctx);
}

/** The words a form requires (`all`), or those that stand for them (`orAll`): the patterns that matched, else null. */
function allOf(form: CommitmentForm, text: string, lex: Lexicon | undefined, beneficiary: string | undefined): string[] | null {
  if (form.all?.every((p) => formTest(formPattern(lex, p, beneficiary), text))) return form.all;
  return form.orAll?.some((p) => formTest(formPattern(lex, p, beneficiary), text)) ? form.orAll : null;
}

/** The talks' countries: the passage's parties, else the partner the document names most. */
function talksOf(ctx: CommitmentMatchContext | undefined): string[] {
  const talks = ctx?.countries?.filter((c) => c !== 'US' && !NOT_PARTNERS.has(c)) ?? [];
  return talks.length || !ctx?.document ? talks : documentPartners(ctx.lex, ctx.document).slice(0, 1);
}

/** A `third` form: the talks are among the title's countries, and `{C}` is a member of the title outside them. */
function thirdMatches(form: CommitmentForm, codes: string[], text: string, named: Set<string>, ctx: CommitmentMatchContext | undefined) {
  const talks = talksOf(ctx);
  if (!talks.length || talks.some((c) => !codes.includes(c))) return false;
  if ([...named].some((n) => !NOT_PARTNERS.has(n) && !codes.includes(n))) return false;
  return codes.some(
    (third) => third !== 'US' && !talks.includes(third) && form.any.some((p) => formTest(formPattern(ctx?.lex, p, third), text)),
  );
}

/** Where the first of a form's patterns matches (the commitment's words in the passage). */
function firstIndex(patterns: string[], text: string, lex: Lexicon | undefined, c: LexCommitment): number | undefined {
  const beneficiary = codesOfTitle(lex, c.title).find((x) => x !== 'US');
  const found = patterns.map((p) => formPattern(lex, p, beneficiary)?.exec(text)?.index ?? Infinity);
  const at = Math.min(...found);
  return Number.isFinite(at) ? at : undefined;
}

const countrySpans = (lex: Lexicon | undefined, text: string): [number, number][] =>
  lex ? lex.mentions(text).flatMap((m) => (m.kind === 'country' ? [[m.start, m.end] as [number, number]] : [])) : [];

/** A commitment's title and description read as concepts (commitment-meaning.ts), country words left out. */
function commitmentMeaning(lex: Lexicon | undefined, c: LexCommitment) {
  const { meaningOf } = cachesOf(lex);
  const key = `${c.title}\u0000${c.description ?? ''}`;
  let m = meaningOf.get(key);
  if (!m) {
    const description = c.description ?? '';
    m = { title: conceptsOf(c.title, countrySpans(lex, c.title)), description: conceptsOf(description, countrySpans(lex, description)) };
    if (meaningOf.size > 1_000) meaningOf.clear();
    meaningOf.set(key, m);
  }
  return m;
}

/**
 * Stage 6b (commitment-meaning.ts): recorded commitments whose meaning the passage states in other
 * words, where the countries fit: every country the title names besides the United States is named
 * in the passage or stands for its parties (else, with none of them, is the partner the document
 * names most), and no other partner is named or stands for the parties.
 */
function matchByMeaning(
  commitments: LexCommitment[],
  text: string,
  named: Set<string>,
  ctx: CommitmentMatchContext | undefined,
): CommitmentMatch[] {
  const candidates = commitments.filter((c) => c.kind && MEANING_KINDS.has(c.kind));
  if (!candidates.length) return [];
  const passage = conceptsOf(text, countrySpans(ctx?.lex, text));
  const out: CommitmentMatch[] = [];
  for (const c of candidates) {
    const meaning = commitmentMeaning(ctx?.lex, c);
    const at = meaningMatch(meaning.title, meaning.description, passage);
    if (at < 0) continue;
    const codes = codesOfTitle(ctx?.lex, c.title);
    const talks = (ctx?.countries ?? []).filter((x) => x !== 'US');
    const around = new Set([...named, ...talks].filter((x) => x !== 'US' && !NOT_PARTNERS.has(x)));
    if ([...around].some((x) => !codes.includes(x))) continue;
    const partners = codes.filter((x) => x !== 'US');
    const fits = around.size
      ? partners.every((x) => around.has(x))
      : !!ctx?.document && partners.every((x) => documentPartners(ctx.lex, ctx.document!).slice(0, partners.length).includes(x));
    if (fits) out.push({ commitment: c, alias: 'meaning: the title in other words', at });
  }
  return out;
}

/**
 * The recorded commitment that already holds what a proposal would create (stage 6b): its kind is
 * matched by meaning, the proposal's title says all it says, and the proposal's countries are its
 * countries. "Upgrade of <a command> to a joint force headquarters" is the recorded modernization of
 * command and control, not a new commitment.
 */
export function recordedFor(
  commitments: LexCommitment[],
  proposal: { title: string; countryCodes: string[] },
  lex: Lexicon | undefined,
): LexCommitment | null {
  const words = conceptsOf(proposal.title);
  return (
    commitments.find((c) => {
      if (!c.kind || !MEANING_KINDS.has(c.kind)) return false;
      const meaning = commitmentMeaning(lex, c);
      const codes = codesOfTitle(lex, c.title);
      return meaningMatch(meaning.title, meaning.description, words) >= 0 && proposal.countryCodes.every((x) => codes.includes(x));
    }) ?? null
  );
}

/** Words that speak of a commitment without naming it ("our commitment isn't changing", "reaffirmed it"). */
const ANAPHOR =
  /\b(?:our|this|that|the|its|their|his|your|America[’']s|Washington[’']s)\s+(?:[\p{L}-]+\s+){0,2}?(?:commitments?|pledge|guarantee|obligations?)\b(?!\s+(?:to|of|that|for|on|in)\b)|\b(?:reaffirmed|reiterated|confirmed|affirmed)\s+(?:it|this|that)\s*[.,;]/iu;
export const SENTENCE_END = /(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})|\n+/u;
/** How far back "our commitment" looks for the commitment it means. */
const ANAPHOR_REACH = { chars: 1_500, sentences: 8 };

/**
 * TRANSCRIPT_GAP: a transcript marks words it did not catch between dashes ("Article 5 of the Japan -- (inaudible) --
 * security treaty"); the words either side are read as one phrase, the gap as spaces (positions kept). A gap at the end of
 * a phrase, with no dash after it ("applies to the (inaudible)"), stays: a form may read it as the words not caught.
 */
const TRANSCRIPT_GAP = /\s+-{1,2}\s*[([](?:inaudible|unintelligible|indiscernible|crosstalk|cross-talk)[)\]]\s*-{1,2}(?=\s)/giu;
export const withoutTranscriptGaps = (text: string) => text.replace(TRANSCRIPT_GAP, (m) => ' '.repeat(m.length));

/**
 * Recorded commitments a passage names: by the aliases recorded with them (`byAlias`, given the
 * passage with its article numbers normalised), by the forms of `COMMITMENT_FORMS`, or, for a
 * passage that speaks of a commitment without naming it, the commitment the sentences before
 * named last.
 */
export function matchKnownCommitments(
  commitments: LexCommitment[],
  text: string,
  byAlias: (normalText: string) => CommitmentMatch[],
  ctx?: CommitmentMatchContext,
): CommitmentMatch[] {
  const normal = normalizeArticles(withoutTranscriptGaps(text));
  const out = byAlias(normal);
  const named = new Set(countriesNamed(ctx?.lex, normal).map((n) => n.code));
  for (const c of commitments) {
    if (out.some((o) => o.commitment.id === c.id)) continue;
    const form = COMMITMENT_FORMS.find((f) => f.title.test(c.title) && formMatches(f, c, normal, named, ctx));
    // Where the commitment's words begin: the first of its patterns, required ones too ("the deployment of … to the southwest"),
    // or, for a form located by its required words, the first of those.
    if (form)
      out.push({
        commitment: c,
        alias: `form: ${form.name}`,
        at: firstIndex(
          form.locatedBy === 'all' && form.all
            ? (allOf(
                form,
                normal,
                ctx?.lex,
                codesOfTitle(ctx?.lex, c.title).find((x) => x !== 'US'),
              ) ?? form.all)
            : [...form.any, ...(form.all ?? [])],
          normal,
          ctx?.lex,
          c,
        ),
      });
  }
  for (const m of matchByMeaning(commitments, normal, named, ctx)) if (!out.some((o) => o.commitment.id === m.commitment.id)) out.push(m);
  if (out.length || !ctx?.before || !ANAPHOR.test(normal)) return out;
  const sentences = ctx.before.slice(-ANAPHOR_REACH.chars).split(SENTENCE_END).filter(Boolean);
  for (const s of sentences.reverse().slice(0, ANAPHOR_REACH.sentences)) {
    const earlier = matchKnownCommitments(commitments, s, byAlias, { ...ctx, before: undefined });
    if (earlier.length)
      return earlier.map((e) => ({ commitment: e.commitment, alias: `the commitment named just before ("${s.trim().slice(0, 60)}…")` }));
  }
  return out;
}
