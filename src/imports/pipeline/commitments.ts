/**
 * Stage 6, commitments: the lexicon's commitments by their aliases ("Article V + Senkaku": every
 * part somewhere in the passage, in any order), and a commitment the dataset lacks proposed from
 * the words that name it ("Article IV of the U.S.–Philippines Mutual Defense Treaty"), to be
 * created on acceptance: never matched to a different treaty.
 */
import { COVERAGE_RELATION, EXTENDED_DETERRENCE, type LexCommitment, type Lexicon } from '../lexicon';
import {
  clauseStance,
  type CommitmentMatch,
  type CommitmentMatchContext,
  matchKnownCommitments,
  mentionOnly,
  recordedFor,
  requestedOnly,
  ROMAN,
  type StanceGuess,
  stanceOf,
} from './commitment-match';
import { countryInText, countryName, shortCountryName } from './countries';

export type { StanceGuess };
export { clauseStance, mentionOnly, stanceOf };

export interface ProposedCommitment {
  key: string;
  title: string;
  /** Article as written ("Article IV"); null for a commitment that is not a treaty article. */
  article: string | null;
  /** The treaty as named; null for a commitment that is not a treaty article. */
  treaty: string | null;
  /** What it promises (CommitmentKind): MUTUAL_DEFENSE for a treaty article; absent in imports made before. */
  kind?: 'MUTUAL_DEFENSE' | 'EXTENDED_DETERRENCE' | 'SECURITY_ASSURANCE' | 'FORCE_POSTURE' | 'COOPERATION';
  /** The rule that proposed it. */
  rule?: string;
  /** Countries the treaty's name gives, in order (the first is taken as guarantor). */
  countryCodes: string[];
  span: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const aliasPatterns = new Map<string, RegExp[]>();

/** Where an alias is named in the text (its first part found first), or -1. */
export function aliasIndex(alias: string, text: string): number {
  if (!aliasMatches(alias, text)) return -1;
  return Math.min(...aliasPatterns.get(alias)!.map((re) => re.exec(text)?.index ?? Infinity));
}

/** A phrase, ignoring case, spaces and dash kinds, not inside a word at its start; "A + B" needs every part. */
export function aliasMatches(alias: string, text: string): boolean {
  let patterns = aliasPatterns.get(alias);
  if (!patterns) {
    patterns = alias
      .split('+')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(p).replace(/-/g, '[-–—]').replace(/\s+/g, '\\s+')}`, 'iu'));
    if (aliasPatterns.size > 5_000) aliasPatterns.clear();
    aliasPatterns.set(alias, patterns);
  }
  return patterns.length > 0 && patterns.every((re) => re.test(text));
}

/** A commitment that a treaty covers a territory ("Article V … applies to the Senkaku Islands"): see COVERAGE_RELATION. */
const TERRITORY_COVERAGE = /\bappl(?:y|ies)\s+to\b/i;
const COVERAGE = new RegExp(COVERAGE_RELATION, 'iu');

/**
 * TERRITORY_BEFORE (stop 36): a treaty's coverage of a territory ("Article V + Senkaku") stated by its article in a passage that
 * refers back to the territory the sentences just before name ("The second topic was the tension over the Senkaku Islands.
 * … he acknowledged it is addressed in Article 5 of the treaty."): the article named here, the territory in the last
 * `reach` characters before, and a word pointing back to it (it, they, the islands, the issue, the dispute).
 */
export const TERRITORY_BEFORE = {
  reach: 500,
  back: /\b(?:it|they|them|the\s+(?:islands?|isles|islets|issue|dispute|area|territory|territories))\b/i,
  /**
   * OBJECTLESS_COVERAGE (round 18): or the verb of coverage with no object at all, the territory being the one just named
   * ("We recognize Japan's administration of the islands. And as such, Article 5 of the treaty applies."; "… the article
   * is applicable"), as a quotation split by its attribution leaves it.
   */
  objectless:
    /\b(?:appl(?:y|ies)|(?:is|are|remains?)\s+(?:fully\s+)?(?:applicable|in\s+force))(?=\s*(?:$|[.,;:!?”"’)]|\s+(?:here|there|too|as\s+well|fully|equally)\b))/i,
};
/** Words of a treaty's name that name no party. */
const TREATY_NAME_WORDS = /^(?:treaty|pact|agreement|alliance|mutual|defen[cs]e|security|cooperation|bilateral|of|and|the)$/i;
/**
 * OBJECTLESS_COVERAGE: the article named of a treaty whose name names a party the commitment's title does not ("Article 5 of
 * the North Atlantic Treaty applies"), or after an organization's possessive ("NATO's Article 5"): another treaty's article.
 */
function anotherTreaty(title: string, text: string): boolean {
  const named = title.toLowerCase().replace(/\./g, '');
  const acronym = /\b(\p{Lu}{2,6})['’]s\s+Article\b/u.exec(text);
  if (acronym && !named.includes(acronym[1].toLowerCase())) return true;
  const m = ARTICLE_OF_TREATY.exec(text);
  if (!m) return false;
  return m[2]
    .split(/[\s\-–—]+/)
    .filter((w) => w && !TREATY_NAME_WORDS.test(w))
    .some((w) => !named.includes(w.toLowerCase().replace(/\./g, '')));
}
/** TERRITORY_BEFORE: the match, placed where the article is named, else null. */
function territoryBefore(c: LexCommitment, normal: string, before: string | undefined): CommitmentMatch | null {
  if (!before || !TERRITORY_COVERAGE.test(c.title)) return null;
  if (!TERRITORY_BEFORE.back.test(normal) && !(TERRITORY_BEFORE.objectless.test(normal) && !anotherTreaty(c.title, normal))) return null;
  const tail = before.slice(-TERRITORY_BEFORE.reach);
  for (const a of c.aliases) {
    const [article, ...rest] = a.split('+').map((x) => x.trim());
    if (!rest.length || !/^Article\b/i.test(article) || !aliasMatches(article, normal)) continue;
    if (rest.every((t) => !aliasMatches(t, normal) && aliasMatches(t, tail)))
      return { commitment: c, alias: a, at: aliasIndex(article, normal) };
  }
  return null;
}

/** Lexicon commitments the text states, by alias or title, or by the forms of stage 6a (commitment-match.ts). */
export function matchCommitments(commitments: LexCommitment[], text: string, context?: CommitmentMatchContext): CommitmentMatch[] {
  return matchKnownCommitments(
    commitments,
    text,
    (normal) => {
      const out: CommitmentMatch[] = [];
      for (const c of commitments) {
        // (An alias of parts, "treaty + Senkaku", names a treaty's coverage of a territory only with a word of that relation.)
        const coverage = TERRITORY_COVERAGE.test(c.title) && !COVERAGE.test(normal);
        const alias =
          c.aliases.find((a) => aliasMatches(a, normal) && !(coverage && a.includes('+'))) ??
          (aliasMatches(c.title, normal) ? c.title : null);
        const found = alias ? { commitment: c, alias, at: aliasIndex(alias, normal) } : territoryBefore(c, normal, context?.before);
        if (found) out.push(found);
      }
      return out;
    },
    context,
  );
}

const ARTICLE_OF_THE_TREATY = /\bArticle\s+([IVX]{1,5}|\d{1,2})\s+of\s+(?:the|that|this)\s+(?:treaty|pact|agreement)\b/u;
/** A treaty's name that says only its kind, no country and no place ("Mutual Defense Treaty", "Security Treaty"). */
const GENERIC_TREATY = /^(?:Mutual\s+Defen[cs]e|Security|Defen[cs]e(?:\s+Cooperation)?)\s+(?:Treaty|Pact|Agreement)$/u;
const NAMED_TREATY = /\b(?:the\s+)?((?:Mutual\s+Defen[cs]e|Security|Defen[cs]e(?:\s+Cooperation)?)\s+(?:Treaty|Pact|Agreement))\b/u;

function countriesIn(lex: Lexicon, text: string): string[] {
  return [...new Set(lex.mentions(text).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : [])))];
}

const ARTICLE_OF_TREATY =
  /\bArticle\s+([IVX]{1,5}|\d{1,2})\s+of\s+(?:(?:the|our|their|its)\s+)?(?:(?:1[89]|20)\d\d\s+)?((?:[\p{Lu}][\p{L}.]*[-–—]?(?:[\p{Lu}][\p{L}.]*)?\s+){0,6}?(?:Mutual\s+Defen[cs]e\s+|Security\s+|Defen[cs]e\s+)?(?:Treaty|Pact|Agreement|Alliance)(?:\s+of\s+[\p{Lu}][\p{L}]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}]*){0,4})?)/u;

/**
 * A commitment named by article and treaty that no lexicon commitment covers. A lexicon commitment
 * with the same article whose title names the same countries covers it (the dataset's wording wins).
 */
export function proposeCommitment(lex: Lexicon, text: string, context?: CommitmentContext): ProposedCommitment | null {
  let m = ARTICLE_OF_TREATY.exec(text);
  let treaty: string;
  let codes: string[];
  /** A treaty whose name names no country ("the North Atlantic Treaty"): its parties come from the words around it. */
  let unnamedParties = false;
  if (m) {
    treaty = m[2].replace(/\s+/g, ' ').trim();
    codes = countriesIn(lex, treaty);
    if (codes.length === 0) {
      codes = partiesAround(lex, text, context);
      unnamedParties = true;
      // A bilateral treaty called by its kind only ("our Mutual Defense Treaty"): the pair's treaty, named as the dataset names it.
      if (GENERIC_TREATY.test(treaty) && codes.length === 2) {
        treaty = `${codes.map((c) => shortCountryName(c)).join('-')} ${treaty}`;
        unnamedParties = false;
      }
    }
  } else {
    // "… under the Mutual Defense Treaty, … Article IV of the treaty …": the treaty named before, between the countries the passage names.
    m = ARTICLE_OF_THE_TREATY.exec(text);
    const named = m ? NAMED_TREATY.exec(text.slice(0, m.index)) : null;
    if (!m || !named) return null;
    codes = countriesIn(lex, text);
    if (codes.length < 2) return null;
    const ordered = codes.includes('US') ? ['US', ...codes.filter((c) => c !== 'US')] : codes;
    treaty = `${ordered.map((c) => shortCountryName(c)).join('-')} ${named[1].replace(/\s+/g, ' ')}`;
  }
  const article = `Article ${/^\d+$/.test(m[1]) ? (ROMAN[m[1]] ?? m[1]) : m[1]}`;
  if (codes.length === 0) return null;
  const names = (code: string) => {
    const c = lex.data.countries.find((x) => x.code === code);
    return c ? [c.name, ...c.aliases] : [code];
  };
  const covered = lex.data.commitments.some(
    (c) =>
      new RegExp(`\\b${escape(article)}\\b`).test([c.title, ...c.aliases].join(' | ')) &&
      codes.every((code) => names(code).some((n) => [c.title, ...c.aliases].join(' | ').includes(n))) &&
      // A treaty named without countries covers only a commitment that names it too.
      (!unnamedParties || [c.title, ...c.aliases].some((t) => t.toLowerCase().includes(treaty.toLowerCase()))),
  );
  if (covered) return null;
  const title = `${article} of the ${treaty}`;
  return {
    key: `commitment:${title.toLowerCase()}`,
    title,
    article,
    treaty,
    kind: 'MUTUAL_DEFENSE',
    rule: 'article of a treaty no recorded commitment covers',
    countryCodes: codes,
    span: m[0],
  };
}

/**
 * The parties of a commitment under a treaty whose name names no country: the United States when the
 * passage or its parties name it (the guarantor), then the partner the passage's parties stand for,
 * else the one it names, else the one the document names most.
 */
function partiesAround(lex: Lexicon, text: string, context?: CommitmentContext): string[] {
  const named = countriesIn(lex, text);
  const around = [...(context?.countries ?? []), ...named];
  const partner =
    around.find((c) => c !== 'US' && !THREATS.has(c)) ??
    (context?.document ? countriesIn(lex, context.document).find((c) => c !== 'US' && !THREATS.has(c)) : undefined);
  const guarantor = around.includes('US') || US_WORDS.test(text) ? 'US' : null;
  return [...(guarantor ? [guarantor] : []), ...(partner ? [partner] : [])];
}
/** Countries named alongside a commitment that are never its party (the threat, not the ally). */
const THREATS = new Set(['KP', 'CN', 'RU']);

// ---------------------------------------------------------------------------------------------
// Commitments read from their titles, and commitments that are not treaty articles

/** What the sentence is said in: the countries of its parties and of the call (a fallback for "extended deterrence" with no country named). */
export interface CommitmentContext {
  countries: string[];
  /** Countries of the passage's parties alone, not of the call (whose "our" the words are). */
  partyCountries?: string[];
  /** Commitments the document proposed already (a later "the new headquarters" is the same one). */
  proposals: ProposedCommitment[];
  /** The document's text before the passage, and the whole document (stage 6a: "our commitment", a partner named elsewhere). */
  before?: string;
  document?: string;
  /** The whole sentence the passage is taken from, and that sentence without the passage (QUOTE_COMPLETES_SENTENCE). */
  sentence?: SentenceParts;
}

export interface SentenceParts {
  text: string;
  rest: string;
}

/**
 * A quotation that opens in lower case: a fragment that completes the sentence around it ('… said it "of course applies
 * to …"'); an opening mark (after a space or a dash, or a curly one) directly before the word, not a closing one.
 */
const QUOTE_FRAGMENT = /(?:^|[\s(—–-])["‘]\p{Ll}|“\s*\p{Ll}/u;
/** A sentence end: not after an initial or a short title ("U.S. Security", "Dr. Okafor"). */
const SENTENCE_STOP =
  /(?<!\b(?:\p{Lu}|Mr|Ms|Mrs|Dr|Gen|Lt|Col|Sen|Rep|St|No|Jr|Sr|Adm|Gov|Prof|Rev))[.!?]["”’)]?(?=\s+["“‘]?\p{Lu}|\s*$)|\n/gu;

/** The sentence of the document around [start, end) (at most 400 characters either side). */
export function sentenceAround(doc: string, start: number, end: number): string {
  const from = Math.max(0, start - 400);
  const to = Math.min(doc.length, end + 400);
  let a = from;
  let b = to;
  for (const m of doc.slice(from, to).matchAll(SENTENCE_STOP)) {
    const at = from + m.index;
    if (at + m[0].length <= start) a = at + m[0].length;
    else if (at >= end - 2) {
      b = at + m[0].length;
      break;
    }
  }
  return doc.slice(a, b).trim();
}

/** The sentence around [start, end), and the same sentence with the passage left out (QUOTE_COMPLETES_SENTENCE). */
export function sentenceParts(doc: string, start: number, end: number): SentenceParts {
  const text = sentenceAround(doc, start, end);
  const at = doc.lastIndexOf(text, start);
  const rest = at < 0 ? '' : `${text.slice(0, Math.max(0, start - at))} … ${text.slice(Math.max(0, end - at))}`.trim();
  return { text, rest };
}

/**
 * Match rules read from a recorded commitment's title, so that a commitment recorded without
 * aliases is still found: "<guarantor> commitment to the defense of <country>" needs a word of
 * commitment, "defense of"/"defending" and the country named; "<guarantor> extended deterrence
 * commitment to <country>" needs "extended deterrence" and the country, named or (when the
 * sentence names no country) the one the sentence's parties or call stand for besides the
 * guarantor.
 */
export const TITLE_RULES: { name: string; title: RegExp; core: RegExp; needsCommitWord: boolean; contextFallback: boolean }[] = [
  {
    name: 'title: commitment to the defense of a country',
    title: /^(.+?)\s+commitment\s+to\s+the\s+defen[cs]e\s+of\s+(?:the\s+)?(.+)$/i,
    core: /\bdefen[cs]e\s+of\b|\bdefend(?:ing)?\b/i,
    needsCommitWord: true,
    contextFallback: false,
  },
  {
    name: 'title: extended deterrence commitment to a country',
    title: /^(.+?)\s+extended\s+deterrence\s+commitment\s+to\s+(?:the\s+)?(.+)$/i,
    core: new RegExp(EXTENDED_DETERRENCE, 'i'),
    needsCommitWord: false,
    contextFallback: true,
  },
];

const COMMIT_WORD = /\bcommit/i;

/**
 * DEFENDS_TERRITORY_ONLY: what "defend" / "the defense of" takes as its object. When every object is a territory ("to
 * defend the Senkaku Islands", "to defend territory under <country>'s administration"), the words state the treaty's
 * coverage of that territory, not the defense of the country a treaty name in the sentence holds (dev q20 r07 s23 t11
 * label the treaty article alone); "to defend Japan, including the islands" still names the country.
 */
const DEFENDED = /\b(?:defen[cs]e\s+of|defend(?:s|ing)?)\s+(?:all\s+of\s+)?(?:the\s+)?/giu;
const TERRITORY = /^(?:(?:\p{Lu}[\p{L}-]*\s+)*(?:Islands?|Isles?|islets?)|(?:islands?|islets?|territor(?:y|ies)|areas?|waters)\b)/u;
export function defendsTerritoryOnly(text: string): boolean {
  const objects = [...text.matchAll(DEFENDED)].map((m) => text.slice(m.index + m[0].length));
  return objects.length > 0 && objects.every((o) => TERRITORY.test(o));
}

function codeOf(lex: Lexicon, name: string): string | null {
  const codes = [...new Set(lex.mentions(name).flatMap((m) => (m.kind === 'country' && m.countryCode ? [m.countryCode] : [])))];
  return codes.length === 1 ? codes[0] : null;
}

/** Recorded commitments whose title's rule the text satisfies (see TITLE_RULES). */
export function matchByTitle(lex: Lexicon, text: string, context: CommitmentContext): { commitment: LexCommitment; alias: string }[] {
  const countries = lex.mentions(text).filter((m) => m.kind === 'country' && m.countryCode);
  const named = new Set(countries.map((m) => m.countryCode!));
  const out: { commitment: LexCommitment; alias: string }[] = [];
  for (const c of lex.data.commitments) {
    for (const rule of TITLE_RULES) {
      const t = rule.title.exec(c.title);
      const beneficiary = t ? codeOf(lex, t[2]) : null;
      if (!t || !beneficiary) continue;
      // "the U.S. commitment to Japan": a commitment to the country itself is its defense.
      const direct =
        rule === TITLE_RULES[0] &&
        countries.some(
          (m) =>
            m.countryCode === beneficiary &&
            /\bcommitments?\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
            // …not "the extended deterrence commitment to Japan", another commitment's own words.
            !TITLE_RULES.slice(1).some((r) => r.core.test(text.slice(Math.max(0, m.start - 60), m.start))),
        );
      if (direct) {
        out.push({ commitment: c, alias: 'title: commitment to the country itself' });
        break;
      }
      if (!rule.core.test(text) || (rule.needsCommitWord && !COMMIT_WORD.test(text))) continue;
      if (rule === TITLE_RULES[0] && defendsTerritoryOnly(text)) continue;
      const guarantor = codeOf(lex, t[1]);
      const others = [...named].filter((code) => code !== guarantor);
      const byContext =
        rule.contextFallback &&
        others.length === 0 &&
        context.countries.filter((code) => code !== guarantor).every((code) => code === beneficiary);
      if (named.has(beneficiary) || (byContext && context.countries.includes(beneficiary))) {
        out.push({ commitment: c, alias: rule.name });
        break;
      }
    }
  }
  return out;
}

type CommitmentKindGuess = NonNullable<ProposedCommitment['kind']>;

/**
 * Commitments that are not treaty articles, proposed when the dataset has none that the words
 * match: by name, a pattern, the kind of commitment, and how its title is written from the
 * country or place the words name.
 */
export const NON_TREATY_RULES: {
  name: string;
  kind: CommitmentKindGuess;
  test: RegExp;
  /** What the capture names: a country (the beneficiary), a place, or a command ("U.S. Forces Japan"). */
  names: 'country' | 'place' | 'command';
  title: (guarantor: string, named: string, words: RegExpExecArray) => string;
}[] = [
  {
    name: 'commitment to a country under a named treaty',
    kind: 'MUTUAL_DEFENSE',
    test: /\bcommit\w*\s+to\s+((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,3})\s+under\s+(?:the\s+)?((?:(?:1[89]|20)\d\d\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,5}(?:Treaty|Pact|Alliance|Agreement))\b/u,
    names: 'country',
    title: (g, b, words) => `${g} commitment to ${b} under the ${words[2].replace(/^(?:1[89]|20)\d\d\s+/, '').replace(/\s+/g, ' ')}`,
  },
  {
    name: 'commitment to the defense of a country',
    kind: 'MUTUAL_DEFENSE',
    test: /\bcommit\w*\b[^.;]{0,80}?\b(?:to|for)\s+(?:the\s+)?(?:defen[cs]e|security)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,3})/u,
    names: 'country',
    title: (g, b) => `${g} commitment to the defense of ${b}`,
  },
  {
    name: 'extended deterrence to a country',
    kind: 'EXTENDED_DETERRENCE',
    test: /\bextended\s+deterrence\b[^.;]{0,60}?\b(?:to|for)\s+((?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,3})/u,
    names: 'country',
    title: (g, b) => `${g} extended deterrence commitment to ${b}`,
  },
  {
    name: 'freedom of navigation in a sea',
    kind: 'SECURITY_ASSURANCE',
    test: /\bfreedom\s+of\s+navigation(?:\s+and\s+overflight)?\s+(?:in|through)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Sea|Strait|Ocean|Straits|Gulf))\b/u,
    names: 'place',
    title: (_g, place) => `Freedom of navigation in the ${place}`,
  },
  {
    name: 'upgrade of a U.S. command to a joint force headquarters',
    kind: 'FORCE_POSTURE',
    test: /\bjoint\s+force\s+headquarters\b/i,
    names: 'command',
    title: (_g, command) => `Upgrade of ${command} to a joint force headquarters`,
  },
];
/**
 * A country's commitment to a role of its own ("Norway remains committed to its role as a member of the coalition",
 * "reaffirmed Chile's commitment to its role in the peacekeeping force"): that country's commitment, to the partner of the
 * talks, titled "<Country>'s role as/in …".
 */
const OWN_ROLE =
  /\b(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}?)(?:\s+(?:remains?|is|stays?)\s+(?:\w+ly\s+)?committed|['’]s\s+(?:\w+\s+)?commitment)\s+to\s+(?:its|their)\s+role\s+(as|in)\s+([^,;.]{3,90}?)\s*(?=[,;.]|\s+(?:was|were|is|are|remains?|has|have|had|will|would|and)\b|$)/u;
export function proposeOwnRole(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const m = OWN_ROLE.exec(text);
  const holder = m ? codeOf(lex, m[1]) : null;
  if (!m || !holder) return null;
  const partner = [...new Set([...context.countries, ...(context.document ? documentCountries(lex, context.document) : [])])].find(
    (c) => c !== holder && !THREATS.has(c),
  );
  if (!partner) return null;
  const title = `${shortCountryName(holder)}'s role ${m[2]} ${m[3].replace(/\s+/g, ' ')}`;
  return nonTreaty(title, 'COOPERATION', "a country's commitment to its own role", [holder, partner], m[0]);
}

/** A later, shorter reference to a proposal the document made already ("the new headquarters"). */
const ANAPHORA: { name: string; test: RegExp; titleWord: RegExp }[] = [
  { name: 'the headquarters proposed before', test: /\b(?:the|new|this)\s+headquarters\b/i, titleWord: /headquarters/i },
  // "Our treaty commitments mean what they say", "we will honour our treaty obligations": the treaty proposed before.
  {
    name: 'the treaty proposed before',
    test: /\b(?:our|the|its|their|these|those)\s+treaty\s+(?:commitments?|obligations?)\b/i,
    titleWord: /\bTreaty\b/,
  },
];

/** A proposal that is not a treaty article. */
function nonTreaty(title: string, kind: CommitmentKindGuess, rule: string, countryCodes: string[], span: string): ProposedCommitment {
  return { key: `commitment:${title.toLowerCase()}`, title, article: null, treaty: null, kind, rule, countryCodes, span };
}

/**
 * Treaties a document names by a short name (an acronym): those it calls a treaty ("the XYZ Treaty") or, where it
 * speaks of a treaty, says were signed ("since XYZ was signed") — what a treaty is, whatever its name.
 */
const shortNamesCache = { document: '', names: new Set<string>(), countries: null as string[] | null, lex: null as Lexicon | null };
function treatyShortNames(document: string): Set<string> {
  // Once per document (asked for each passage).
  if (shortNamesCache.document === document) return shortNamesCache.names;
  const out = new Set<string>();
  Object.assign(shortNamesCache, { document, names: out, countries: null });
  for (const m of document.matchAll(/\b(\p{Lu}{3,8})\s+(?:Treaty|Pact)\b/gu)) out.add(m[1]);
  // Signed, in a document that speaks of a treaty (an agreement or a partnership is signed too).
  if (/\btreat(?:y|ies)\b/i.test(document))
    for (const re of [
      /\b(\p{Lu}{3,8})\s+(?:was|were|had been|has been)\s+signed\b/gu,
      /\bsign(?:ed|ing)\s+(?:of\s+)?(?:the\s+)?(\p{Lu}{3,8})\b/gu,
    ])
      for (const m of document.matchAll(re)) out.add(m[1]);
  return out;
}

/** The countries a document names, once per document and lexicon. */
function documentCountries(lex: Lexicon, document: string): string[] {
  treatyShortNames(document);
  if (shortNamesCache.lex !== lex || !shortNamesCache.countries)
    Object.assign(shortNamesCache, { lex, countries: countriesIn(lex, document) });
  return shortNamesCache.countries!;
}

/** Words of holding to a treaty: "committed to", "stands by its obligations under", "honours", "the XYZ Treaty remains …". */
const HOLDS_TO_TREATY =
  /\b(?:commit(?:ted|ment)s?\s+to|dedicated\s+to|stands?\s+(?:firmly\s+)?by|honou?r(?:s|ed|ing)?|obligations?\s+under|bound\s+by|(?:Treaty|Pact)\s+(?:remains|will\s+remain|stays|endures))\b/i;

/**
 * A commitment to a treaty the document names by its short name ("remains committed to XYZ", "stands by its
 * obligations under it" after "XYZ was signed"), between the two countries around it (the passage's, then the
 * document's): "XYZ Treaty commitment between A and B".
 */
function proposeNamedTreaty(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  if (!context.document || !HOLDS_TO_TREATY.test(text)) return null;
  const names = treatyShortNames(context.document);
  const m = [...names].map((n) => new RegExp(`\\b${n}\\b`).exec(text)).find((x) => x != null);
  if (!m) return null;
  const codes = [
    ...new Set(
      [...context.countries, ...countriesIn(lex, text), ...documentCountries(lex, context.document)].filter((c) => !THREATS.has(c)),
    ),
  ];
  if (codes.length < 2) return null;
  const pair = codes.includes('US') ? [codes.find((c) => c !== 'US')!, 'US'] : codes.slice(0, 2);
  const name = (code: string) => countryInText(code, lex.data.countries.find((c) => c.code === code)?.name ?? countryName(code) ?? code);
  const title = `${m[0]} Treaty commitment between ${name(pair[0])} and ${name(pair[1])}`;
  return nonTreaty(title, 'MUTUAL_DEFENSE', 'commitment to a treaty the document names by its short name', pair, m[0]);
}

const US_WORDS = /\b(?:U\.S\.|United\s+States|American|Washington)/;

/**
 * A named bilateral agreement or partnership the dataset lacks ("the Reciprocal Access Agreement", "the A-B Comprehensive
 * Strategic Partnership", "the Status of Forces Agreement"): a proper name (capitalised words, from the first of their run,
 * "of"/"on"/"for" between them) ending in a word that names an agreement, optionally after the pair of countries it binds ("A-B"). Treaties are proposed by the
 * article and named-treaty rules instead; "a"/"an" before it makes it a common noun phrase, not a name.
 */
const NAMED_AGREEMENT =
  /(?<!\b(?:an?|any|no|of|on|for)\s+)(?<!\b(?!The\b)\p{Lu}[\p{L}.]*\s+)(?<![\p{L}-])(?:(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*(?=\s*[-–—]))?(?:\s*[-–—]\s*\p{Lu}[\p{L}.]*)+)\s+)?((?:(?!The\b)\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}]*)?\s+(?:(?:of|on|for)\s+)?){1,5}(?:Agreement|Partnership|Arrangement|Accord|Compact|Declaration)|(?:(?!The\b)\p{Lu}[\p{L}'’]*\s+){1,3}and\s+(?:\p{Lu}[\p{L}'’]*\s+){1,3}(?:Agreements|Accords|Declarations))\b/u;

const AGREEMENT_AS_MODIFIER =
  /^\s+(?:sites?|locations?|facilit(?:y|ies)|projects?|areas?|bases?|talks|negotiations?|framework|process|working\s+group|committee)\b/i;
/** "cooperation under the Agreement", "training through the Agreement", "exercises within the framework of it": the means. */
const ACTIVITY_UNDER =
  /(?<!\b(?:obligations?|commitments?|responsibilit(?:y|ies)|duties|rights)\s+)\b(?:under|through|via|by\s+means\s+of|within\s+(?:the\s+)?framework\s+of)\s+(?:the\s+)?$/i;

const COMMITTED_ACTIVITY = /\bcommit(?:ment|ments|ted)\s+to\s+\p{Ll}+ing\b[^.;:]{0,80}$/u;

const GENERIC_DOCUMENT_NAME =
  /^(?:(?:Joint|Common|Political|Final|Leaders['’]?|Ministerial|Trilateral|Bilateral)\s+)+(?:Declaration|Statement)$/;

/** A named agreement between the United States (or the passage's first country) and another country: see NAMED_AGREEMENT. */
export function proposeNamedAgreement(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const m = NAMED_AGREEMENT.exec(text);
  if (!m) return null;
  // The name only qualifies another noun ("the Agreement sites", "the Partnership talks"), or frames an activity
  // ("cooperation under the Agreement", unlike "our obligations under it"): the position is on that, not the agreement.
  if (AGREEMENT_AS_MODIFIER.test(text.slice(m.index + m[0].length))) return null;
  // (…unless the activity is itself what is committed to: "reaffirmed their commitment to strengthening ties under the
  // Partnership" holds to the partnership.)
  if (ACTIVITY_UNDER.test(text.slice(0, m.index)) && !COMMITTED_ACTIVITY.test(text.slice(0, m.index))) return null;
  let name = m[2].replace(/\s+/g, ' ').trim();
  // A country's possessive before the name is the country's, not the name's ("the UK and Japan’s Global Strategic Partnership").
  const owner = /^(\p{Lu}[\p{L}.]*)['’]s\s+/u.exec(name);
  if (owner && codeOf(lex, owner[1])) name = name.slice(owner[0].length);
  // "the Joint Declaration", "a Political Declaration": a kind of document, not a name.
  if (GENERIC_DOCUMENT_NAME.test(name)) return null;
  // The pair written with spaces ("Viet Nam - U.S.") is written without them around the dash.
  let prefix = m[1]?.replace(/\s*([-–—])\s*/g, '$1') ?? null;
  // A country of two words ends the pair ("U.S.-Viet Nam Comprehensive …"): its second word is no part of the name.
  const [nextWord, ...rest] = name.split(' ');
  if (prefix && rest.length && !codeOf(lex, prefix.split(/[-–—]/).pop()!) && codeOf(lex, `${prefix.split(/[-–—]/).pop()} ${nextWord}`)) {
    prefix = `${prefix} ${nextWord}`;
    name = rest.join(' ');
  }
  const fromPrefix = prefix ? prefix.split(/[-–—]/).map((part) => codeOf(lex, part)) : [];
  let codes: string[];
  if (fromPrefix.length >= 2 && fromPrefix.every((c) => c != null)) codes = fromPrefix as string[];
  else {
    const pair = pairAround(lex, text, context);
    if (!pair) return null;
    codes = pair;
  }
  const short = (code: string) => (code === 'US' ? 'U.S.' : shortCountryName(code));
  const title =
    fromPrefix.length >= 2 && fromPrefix.every((c) => c != null) ? `${prefix} ${name}` : `${codes.map(short).join('-')} ${name}`;
  return nonTreaty(title, 'COOPERATION', 'a named bilateral agreement or partnership', codes, m[0]);
}

/** The United States (named, or a party of the talks) and the other country of the passage or talks: the two a programme binds. */
function pairAround(lex: Lexicon, text: string, context: CommitmentContext): string[] | null {
  const inText = lex.mentions(text).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : []));
  const all = [...new Set([...(US_WORDS.test(text) ? ['US'] : []), ...context.countries, ...inText])].filter((c) => !THREATS.has(c));
  // Else the countries the document names ("between our countries" in a partner's release about a U.S. call).
  if (all.length < 2 && context.document)
    all.push(...documentCountries(lex, context.document).filter((c) => !THREATS.has(c) && !all.includes(c)));
  const guarantor = all.includes('US') ? 'US' : all[0];
  const other = all.find((c) => c !== guarantor);
  return guarantor && other ? [guarantor, other] : null;
}

/** Words that end the name of a programme after its acronym ("the AUKUS optimal pathway and …"). */
const NOT_NAME_WORD = new Set(
  'and or to with in for of on at by as from together that which who this its their our his her is are was were will would has have had be'.split(
    ' ',
  ),
);
/** "modernizing NORAD" is its modernization. */
const PROGRAMME_VERB: Record<string, string> = {
  moderniz: 'Modernization',
  modernis: 'Modernisation',
  strengthen: 'Strengthening',
  implement: 'Implementation',
  upgrad: 'Upgrade',
  expand: 'Expansion',
  expan: 'Expansion',
};

/** International organizations named by an acronym: an organization, not a programme or partnership (its commitments are named). */
const ORGANIZATIONS = new Set(['NATO', 'ASEAN', 'UN', 'EU', 'OSCE', 'IAEA', 'WTO', 'OECD', 'AU', 'OAS', 'IMF']);

/**
 * A position taken on a programme named by its acronym, as the object of a verb of affirming or the subject of the
 * clause it takes ("reaffirmed that XYZ is on track", "affirmed XYZ, …", "confirmed XYZ will go ahead"): the programme
 * itself. (Welcoming or supporting an acronym is often of an event or a force, not a commitment: not taken. An acronym
 * that owns what follows, alone or coordinated, is a body: "reaffirmed the XYZ and ABC's appreciation for …".)
 */
const ACRONYM_POSITION =
  /\b(?:reaffirm\w*|affirm\w*|reiterat\w*|confirm\w*|agreed)\s+(?:that\s+)?(?:the\s+)?(\p{Lu}{3,8})\b(?![-–—'’]|\s+and\s+(?:the\s+)?\p{Lu}{2,8}['’]s\b)(?=\s+(?:is|was|remains|will|would|has|had|must|should|stays|continues)\b|\s*[,.;]|\s+(?:and|as|in|for)\b)/u;

/** "meet its XYZ spending commitments", "their XYZ obligations": a commitment an organization holds its members to, by name. */
const ORGANIZATION_COMMITMENT =
  /\b(?:its|their|our|his|her|the(?:\s+new|\s+agreed)?)\s+(\p{Lu}{2,8})(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){0,2}?)(commitments?|pledges?|obligations?|targets?|goals?)\b((?:\s+of\s+(?:[\d.,]+|one|two|three|four|five)\s+(?:percent|per\s+cent|%)\s+of\s+(?:GDP|gross\s+domestic\s+product))?)/u;
/**
 * ORGANIZATION_TARGET_MET: "will meet XYZ's core defence spending target of two percent of GDP", "pledged to reach XYZ's goal":
 * the organization's commitment named by its possessive, as a member states it will meet it (a plan to reach it is none).
 * Groups as ORGANIZATION_COMMITMENT's.
 */
const ORGANIZATION_TARGET_MET =
  /\b(?:will|shall|would|(?:commit(?:s|ted)?|pledged?|vowed?|promised?)\s+to)\s+(?:\p{Ll}+ly\s+)?(?:meet|reach|honou?r|fulfil+|achieve|hit|exceed)\s+(\p{Lu}{2,8})['’]s\s+((?:[\p{Ll}-]+\s+){0,3}?)(commitments?|pledges?|obligations?|targets?|goals?)\b((?:\s+of\s+(?:[\d.,]+|one|two|three|four|five)\s+(?:percent|per\s+cent|%)\s+of\s+(?:GDP|gross\s+domestic\s+product))?)/u;

/**
 * "the American commitment to NATO", "Washington's commitment to the Alliance" said of an alliance organization: its
 * collective defense (the mutual defense clause that makes it an alliance).
 */
const ALLIANCE_ORGANIZATIONS = new Set(['NATO']);
const COMMITMENT_TO_ALLIANCE =
  /\b(?:U\.S\.|American|United\s+States['’]?|America['’]s|Washington['’]s|(?:our|its)(?=\s+commitment\s+to\s+NATO))\s+(?:[\p{Ll}-]+\s+)?commitment\s+to\s+(?:the\s+)?(\p{Lu}{3,6})\b(?!['’]s(?!\s+(?:Article\s+(?:5|V)|collective\s+defen[cs]e)\b)|\s+(?:allies|members?|partners?|summit|target|goals?)\b)/u;

/**
 * A commitment to a programme or alliance named by its acronym ("remains committed to the XYZ pathway", "committed to
 * modernizing XYZ together with …"): the acronym and the nouns after it, or the verb's noun of it ("Modernization of XYZ").
 * An acronym of a country ("the ROK") is none.
 */
export function proposeAcronymProgramme(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const a = COMMITMENT_TO_ALLIANCE.exec(text);
  if (a && ALLIANCE_ORGANIZATIONS.has(a[1])) {
    const codes = pairAround(lex, text, context);
    if (codes)
      return nonTreaty(`${a[1]} collective defense commitment`, 'MUTUAL_DEFENSE', 'a commitment to an alliance organization', codes, a[0]);
  }
  // (OWN_SHARE_OF_PROGRAMME: "committed to delivering its share of the XYZ pathway", "commitment to playing our part in XYZ": the
  // programme itself, as a member holds to it.)
  const m =
    /\bcommit(?:ted|ments?)\s+to\s+(?:(?:deliver|fulfil|play|do|meet|carry)\w*\s+(?:its|their|our|his|her)\s+(?:full\s+)?(?:share|part|role)\s+(?:of|in)\s+)?(?:the\s+)?(?:(moderniz|modernis|strengthen|implement|upgrad|expand)\w*\s+(?:the\s+)?)?(\p{Lu}{3,8})\b((?:\s+\p{Ll}[\p{L}-]*){0,3})/u.exec(
      text,
    );
  // An organization's acronym is not a programme ("commitments to NATO contribute to …", "commitment to NATO allies"): its
  // members' commitments are named (acronymPosition), and a commitment to an alliance is COMMITMENT_TO_ALLIANCE above.
  if (!m || lex.mentions(m[2]).some((x) => x.kind === 'country') || (!m[1] && ORGANIZATIONS.has(m[2])))
    return acronymPosition(lex, text, context);
  const nouns: string[] = [];
  for (const w of m[3].trim().split(/\s+/).filter(Boolean)) {
    if (NOT_NAME_WORD.has(w)) break;
    nouns.push(w);
  }
  const codes = pairAround(lex, text, context);
  if (!codes) return null;
  const title = m[1] ? `${PROGRAMME_VERB[m[1]]} of ${m[2]}` : [m[2], ...nouns].join(' ');
  if (!m[1] && !nouns.length && !/\b(?:alliance|pact|partnership)\b/i.test(text)) return null;
  return nonTreaty(title, 'COOPERATION', 'commitment to a programme named by its acronym', codes, m[0]);
}

/** A programme an acronym names, held as a position (ACRONYM_POSITION), or an organization's commitment (ORGANIZATION_COMMITMENT). */
function acronymPosition(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const isCountry = (name: string) => lex.mentions(name).some((x) => x.kind === 'country');
  const o = ORGANIZATION_COMMITMENT.exec(text) ?? ORGANIZATION_TARGET_MET.exec(text);
  if (o && !isCountry(o[1])) {
    const codes = pairAround(lex, text, context);
    // "its XYZ spending commitments", "the new XYZ target of 3.5 percent of GDP": the organization's commitment, with its figure.
    const noun = /^(?:target|goal)/.test(o[3]) ? `${o[3].replace(/s$/, '')}${o[4].replace(/\s+/g, ' ')}` : 'commitment';
    const title = `${o[1]} ${o[2].trim()} ${noun}`.replace(/\s+/g, ' ');
    if (codes) return nonTreaty(title, 'COOPERATION', "an organization's commitment named by its members", codes, o[0]);
  }
  const p = ACRONYM_POSITION.exec(text);
  if (!p || isCountry(p[1]) || ORGANIZATIONS.has(p[1])) return null;
  const codes = pairAround(lex, text, context);
  return codes ? nonTreaty(p[1], 'COOPERATION', 'a position on a programme named by its acronym', codes, p[0]) : null;
}

/**
 * An agreement concluded or signed ("welcomed the conclusion of negotiations on a logistics support arrangement", "signed
 * a reciprocal access agreement"): in force from then on, so proposed (one only intended, "to conclude", is not).
 */
export function proposeConcludedAgreement(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const m =
    /\b(?:(?:conclusion|signing|signature)\s+of\s+(?:(?:the\s+)?negotiations\s+(?:on|for)\s+)?|(?:concluded|signed)\s+)(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){1,4}?(?:agreement|arrangement|accord|memorandum\s+of\s+understanding))\b/u.exec(
      text,
    );
  if (!m) return null;
  const codes = pairAround(lex, text, context);
  if (!codes) return null;
  const short = (code: string) => (code === 'US' ? 'U.S.' : shortCountryName(code));
  const title = `${codes.map(short).join('-')} ${m[1].replace(/\s+/g, ' ')}`;
  return nonTreaty(title, 'COOPERATION', 'an agreement concluded or signed', codes, m[0]);
}

/** A treaty named by its kind, capitalised as a name: "Mutual Defense Treaty", "Security Treaty". */
const TREATY_KIND = String.raw`(?:Mutual\s+Defen[cs]e|Mutual\s+Security|Security|Defen[cs]e)\s+(?:Treaty|Pact)`;
/** Who holds a treaty, before its name: "their", "the two nations’", "both countries’", a year ("the 1951 …"). */
const TREATY_HOLDER = String.raw`(?:(?:the|their|our|its)\s+)?(?:(?:two|both)\s+(?:countries|nations|allies)[’']s?\s+)?(?:(?:1[89]|20)\d\d\s+)?`;

/**
 * TREATY_BY_KIND_HELD: the ways real documents hold to a treaty named by its kind, `{T}` the treaty: said to cover something
 * ("the 1951 Mutual Defense Treaty covers …", "the MDT extends to …"); commitments under or to it, or a party committed to it
 * ("their commitment to the two nations’ Mutual Defense Treaty", "the commitment of the United States and X to the Mutual
 * Defense Treaty of 1951", "we're committed to the Mutual Defense Treaty"); its commitments ("our Mutual Defense Treaty
 * commitments"); or the treaty itself, or its importance, reaffirmed ("reaffirmed the defense treaty's importance").
 */
const TREATY_HELD = [
  String.raw`{T}\s+(?:(?:also|still|clearly|fully)\s+)?(?:covers|applies\s+to|extends\s+to|would\s+(?:cover|apply\s+to|extend\s+to))\b`,
  String.raw`\b(?:commitments?|obligations?|committed|dedicated)(?:\s+of\s+[^.;]{0,60}?|\s+(?:we|they|it|he|she)\s+(?:have|has|had|hold|holds|share))?\s+(?:under|to)\s+${TREATY_HOLDER}{T}`,
  String.raw`${TREATY_HOLDER}{T}\s+(?:commitments?|obligations?)\b`,
  String.raw`\b(?:reaffirm\w*|affirm\w*|reiterat\w*|uphold\w*|upheld|honou?r\w*|stand\w*\s+by|stood\s+by)\s+(?:the\s+(?:importance|relevance|value|significance)\s+of\s+)?${TREATY_HOLDER}{T}(?:['’]s\s+(?:importance|relevance|value|significance))?`,
];

/**
 * The treaty a passage names by its kind: the name itself, an acronym the document gives it ("Mutual Defense Treaty
 * (MDT)"), or a definite "the (defense) treaty" in a document that names one such treaty — each read as that name.
 */
const treatyNames = { document: '', names: [] as string[], acronyms: new Map<string, string>() };
function documentTreatyNames(document: string) {
  if (treatyNames.document !== document) {
    const names = [...new Set([...document.matchAll(new RegExp(TREATY_KIND, 'gu'))].map((m) => m[0].replace(/\s+/g, ' ')))];
    const acronyms = new Map<string, string>();
    for (const m of document.matchAll(new RegExp(String.raw`(${TREATY_KIND})\s*\((\p{Lu}{2,6})\)`, 'gu')))
      acronyms.set(m[2], m[1].replace(/\s+/g, ' '));
    Object.assign(treatyNames, { document, names, acronyms });
  }
  return treatyNames;
}

const DEFINITE_TREATY = String.raw`(?:the|this|that|our)\s+(?:(?:mutual\s+)?(?:defen[cs]e|security)\s+)?(?:treaty|pact)(?!\s+(?:of|on|with|between)\b)`;

/**
 * A treaty the dataset lacks, named by its kind without an article and held to (TREATY_BY_KIND_HELD): "<US>-<partner>
 * <its name>". Not for a partner whose mutual defense the dataset records (the recorded commitment is matched instead).
 */
export function proposeTreatyCoverage(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const { names, acronyms } = context.document ? documentTreatyNames(context.document) : { names: [], acronyms: new Map() };
  const alternatives = [`(${TREATY_KIND})`, ...[...acronyms.keys()].map((a) => `(${a})`)];
  // "the defense treaty" stands for the one treaty of its kind the document names.
  if (names.length === 1) alternatives.push(`(${DEFINITE_TREATY})`);
  const treaty = `(?:${alternatives.join('|')})`;
  let m: RegExpExecArray | null = null;
  for (const pattern of TREATY_HELD) {
    m = new RegExp(pattern.replace('{T}', treaty), 'u').exec(text);
    if (m) break;
  }
  const codes = m ? pairAround(lex, text, context) : null;
  if (!m || !codes || codes[0] !== 'US') return null;
  if (lex.data.commitments.some((c) => c.kind === 'MUTUAL_DEFENSE' && countriesIn(lex, c.title).includes(codes[1]))) return null;
  const named = m.slice(1).find((g) => g != null)!;
  const kind = new RegExp(`^${TREATY_KIND}$`, 'u').test(named) ? named.replace(/\s+/g, ' ') : (acronyms.get(named) ?? names[0]);
  const title = `U.S.-${shortCountryName(codes[1])} ${kind}`;
  return nonTreaty(title, 'MUTUAL_DEFENSE', 'a treaty named by its kind, held to', codes, m[0]);
}

const US_FORCE = String.raw`(?:U\.S\.|American)\s+(?:[\p{L}-]+\s+){0,4}?(?:forces|troops|units|aircraft|ships|drones|squadrons?|battalions?|brigades?|regiments?|systems|submarines|bombers|garrison)`;
/** "agreed to station additional U.S. <units> at <place>": a decision on where U.S. forces are based. */
const STATIONING = new RegExp(
  String.raw`\b(?:agreed|decided|confirmed|pledged|committed|will|would|plans?)\s+(?:\p{L}+\s+)?(?:to\s+)?(?:continue\s+to\s+)?(station|deploy|base|rotate)\s+(?:(?:additional|more|new|further)\s+)?(${US_FORCE})\s+(?:on\s+a\s+rotational\s+basis\s+)?((?:at|in|to)\s+[^,.;]{3,80}?)(?=\s*(?:[,.;]|$|\s+(?:by|from|this|next|until|through|as|and|for)\b))`,
  'u',
);
/** "the permanent U.S. Army garrison in X will continue", "U.S. rotational forces will continue to train at …": a presence that goes on. */
const CONTINUING_PRESENCE = new RegExp(
  String.raw`\b((?:(?:permanent|rotational)\s+)?${US_FORCE}(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]+)?)[^.;]{0,60}?\bwill\s+(?:continue|remain)\b`,
  'u',
);
const STATIONING_NOUN: Record<string, string> = { station: 'Stationing', deploy: 'Deployment', base: 'Basing', rotate: 'Rotation' };
/**
 * MAINTAINED_PRESENCE: "the United States will maintain its troop presence in X", "Washington would keep its force presence
 * on X": the United States keeping its forces in a country, a presence that goes on.
 */
const MAINTAINED_PRESENCE =
  /\b(?:U\.S\.|United\s+States|America|Washington)\b[^.;]{0,40}?\b(?:will|would|to)\s+(?:continue\s+to\s+)?(?:maintain|keep|sustain|retain|preserve)\s+(?:its|their|a|the|our)\s+((?:[\p{Ll}-]+\s+){0,2}?(?:troop|force|military)\s+presence)\s+(?:in|on)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;

/** Where U.S. forces are to be based or stay (a basing commitment the dataset lacks), between the United States and the partner. */
export function proposeForcePresence(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const codes = pairAround(lex, text, context);
  if (!codes || codes[0] !== 'US') return null;
  const s = STATIONING.exec(text);
  if (s)
    return nonTreaty(
      `${STATIONING_NOUN[s[1]]} of ${s[2]} ${s[3]}`.replace(/\s+/g, ' '),
      'FORCE_POSTURE',
      'U.S. forces to be stationed somewhere',
      codes,
      s[0],
    );
  const kept = MAINTAINED_PRESENCE.exec(text);
  if (kept && codeOf(lex, kept[2]) === codes[1])
    return nonTreaty(
      `U.S. ${kept[1].replace(/\s+/g, ' ')} in ${kept[2]}`,
      'FORCE_POSTURE',
      'a U.S. presence in a country that the United States will maintain',
      codes,
      kept[0],
    );
  const c = CONTINUING_PRESENCE.exec(text);
  if (!c) return null;
  const name = c[1].replace(/\s+/g, ' ');
  const placed = /\s(?:in|at)\s\p{Lu}/u.test(name);
  const title = placed
    ? name[0].toUpperCase() + name.slice(1)
    : `${name} presence in ${countryInText(codes[1], countryName(codes[1]) ?? codes[1])}`;
  return nonTreaty(title, 'FORCE_POSTURE', 'a U.S. force presence that continues', codes, c[0]);
}

/**
 * ALLIANCE_AFFIRMED: the bilateral alliance itself as what is affirmed ("reaffirmed the enduring U.S.-X alliance", "affirmed the
 * alliance between the United States and X"): the alliance, a mutual defense relationship, between the United States and a
 * partner whose mutual defense the dataset does not record (the recorded commitment stands for it otherwise). The alliance
 * only named in a clause ("reaffirmed that the alliance is …", "the strength of the alliance") is none.
 */
const ALLIANCE_AFFIRMED =
  /\b(?:reaffirm|affirm|reiterat|underscor|underlin)\w*\s+(?:(?:the|their|our|its)\s+)?(?:(?:enduring|ironclad|unwavering|unbreakable|strong|robust|long-?standing|historic|steadfast|vital|\d+-year-old)\s+){0,2}(?:((?:U\.S\.|US|American|United\s+States)\s*[-–—]\s*\p{Lu}[\p{L}]+|\p{Lu}[\p{L}]+\s*[-–—]\s*(?:U\.S\.|US|American))\s+(?:(?:treaty|defen[cs]e|security|military)\s+)?[Aa]lliance|[Aa]lliance\s+between\s+(?:the\s+United\s+States|the\s+U\.S\.)\s+and\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?))\b/u;

export function proposeAffirmedAlliance(lex: Lexicon, text: string): ProposedCommitment | null {
  const m = ALLIANCE_AFFIRMED.exec(text);
  if (!m) return null;
  const partnerWords = m[1] ? m[1].split(/\s*[-–—]\s*/).find((w) => !/^(?:U\.S\.|US|American|United\s+States)$/.test(w)) : m[2];
  const partner = partnerWords ? codeOf(lex, partnerWords) : null;
  if (!partner || partner === 'US') return null;
  if (lex.data.commitments.some((c) => c.kind === 'MUTUAL_DEFENSE' && countriesIn(lex, c.title).includes(partner))) return null;
  return nonTreaty(
    `U.S.-${shortCountryName(partner)} alliance`,
    'MUTUAL_DEFENSE',
    'a bilateral alliance affirmed as such',
    ['US', partner],
    m[0],
  );
}

/**
 * ARMS_TRANSFER: the United States committed to selling, delivering or transferring a named system to the partner ("the United
 * States remains committed to selling X Model-class submarines", "committed to the delivery of Model-7 jets to X"): that
 * transfer, "U.S. sale of <system> to <country>". The system is named (a capitalised or hyphenated model) and is a weapon or
 * platform; "to provide extended deterrence" is no transfer.
 */
const ARMS_TRANSFER =
  /\b(?:U\.S\.|United\s+States|America|Washington)\b[^.;]{0,30}?\bcommit\w*\s+to\s+(?:the\s+)?(sell|sale|deliver|transfer|supply|supplie)\w*\s+(?:of\s+)?(?:(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+)??((?:\d+\s+|(?:more|additional|further|new)\s+)?(?:\p{Lu}[\p{L}\d]*[-–][\p{L}\d]+|\p{Lu}[\p{L}\d]*\d[\p{L}\d]*)(?:\s+[\p{Ll}-]+){0,2}?\s+(?:submarines|aircraft|jets|fighters|frigates|destroyers|ships|vessels|missiles|systems|tanks|helicopters|launchers|drones))\b(?:\s+to\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?))?/u;
const TRANSFER_NOUN: Record<string, string> = {
  sell: 'sale',
  sale: 'sale',
  deliver: 'delivery',
  transfer: 'transfer',
  supply: 'supply',
  supplie: 'supply',
};

export function proposeArmsTransfer(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const m = ARMS_TRANSFER.exec(text);
  const codes = m ? pairAround(lex, text, context) : null;
  if (!m || !codes || codes[0] !== 'US') return null;
  const to = m[2] ?? m[4];
  if (to && codeOf(lex, to) !== codes[1]) return null;
  const partner = countryInText(codes[1], lex.data.countries.find((c) => c.code === codes[1])?.name ?? countryName(codes[1]) ?? codes[1]);
  const title = `U.S. ${TRANSFER_NOUN[m[1]]} of ${m[3].replace(/\s+/g, ' ')} to ${partner}`;
  return nonTreaty(title, 'SECURITY_ASSURANCE', 'a named system the United States is committed to transfer', codes, m[0]);
}

/** The members of the North Atlantic alliance (world knowledge, as THREATS is): whose "Article 5" is the alliance's. */
const NATO_MEMBERS = new Set('US CA GB FR DE IT ES PT NL BE LU DK NO IS TR GR PL CZ SK HU RO BG SI HR AL ME MK EE LV LT FI SE'.split(' '));
/**
 * BARE_ALLIANCE_ARTICLE: "Article 5" named alone ("Article 5 is not negotiable", "America stands by Article 5") in talks between
 * the United States and a member of the North Atlantic alliance, as European releases name it: the alliance's collective
 * defense. (With a treaty named, the article rule reads it; with a partner outside the alliance, it is another treaty's.)
 */
const BARE_ALLIANCE_ARTICLE = /\bArticle\s+(?:5|V)\b(?!\s+of\b)/;
export function proposeBareAllianceArticle(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const m = BARE_ALLIANCE_ARTICLE.exec(text);
  const codes = m ? pairAround(lex, text, context) : null;
  if (!m || !codes || codes[0] !== 'US' || !NATO_MEMBERS.has(codes[1])) return null;
  return nonTreaty(
    'NATO collective defense commitment',
    'MUTUAL_DEFENSE',
    'Article 5 named alone between members of the alliance',
    codes,
    m[0],
  );
}

/**
 * PROGRAMME_OF_NAMED_BODY: the modernization or upgrade of a body both sides share, named in full, that the two agree or commit
 * to carry forward ("agreed to accelerate the modernization of the Joint Harbour Defence Command", "committed to complete the
 * upgrade of the X Network"): "Modernization of the <name>". The name ends in a word of a joint body or programme (a
 * country's own "Armed Forces" are its own business).
 */
const PROGRAMME_OF_NAMED_BODY =
  /\b(?:agreed|committed|pledged|resolved|decided)\s+to\s+(?:(?:accelerate|speed\s+up|complete|continue|advance|pursue|deepen|carry\s+out)\s+)?(?:the\s+)?(moderniz|modernis|upgrad|implement|expan)\w*\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,6}?(?:Command|Agreement|Initiatives?|Programme|Program|Network|Partnership|Alliance|Arrangement|Framework))\b/u;

export function proposeNamedProgramme(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment | null {
  const m = PROGRAMME_OF_NAMED_BODY.exec(text);
  const codes = m ? pairAround(lex, text, context) : null;
  if (!m || !codes) return null;
  const title = `${PROGRAMME_VERB[m[1]]} of the ${m[2].replace(/\s+/g, ' ')}`;
  return nonTreaty(title, 'COOPERATION', 'the modernization of a body both sides share, named in full', codes, m[0]);
}

/** A commitment that is not a treaty article, named by the words (see NON_TREATY_RULES), when no recorded one matched. */
export function proposeNonTreaty(lex: Lexicon, text: string, context: CommitmentContext): ProposedCommitment[] {
  const out: ProposedCommitment[] = [];
  const inText = lex.mentions(text).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : []));
  const nameOf = (code: string) => countryInText(code, lex.data.countries.find((c) => c.code === code)?.name ?? countryName(code) ?? code);
  for (const rule of NON_TREATY_RULES) {
    const m = rule.test.exec(text);
    if (!m) continue;
    let guarantor: string | null = US_WORDS.test(text) || context.countries.includes('US') ? 'US' : (context.countries[0] ?? null);
    let beneficiary: string | null = null;
    let named: string;
    if (rule.names === 'country') {
      beneficiary = codeOf(lex, m[1].replace(/^the\s+/, ''));
      if (!beneficiary) continue;
      if (guarantor === beneficiary) guarantor = context.countries.find((c) => c !== beneficiary) ?? null;
      named = nameOf(beneficiary);
    } else if (rule.names === 'command') {
      // "U.S. Forces Japan" (or "U.S. Forces, Japan") named in the words, else the country the sentence's parties stand for besides the United States.
      const command = /\bU\.S\.\s+Forces,?\s+(Japan|Korea)\b/.exec(text);
      beneficiary = command ? codeOf(lex, command[1]) : null;
      beneficiary ??= [...new Set([...context.countries, ...inText])].find((c) => c !== 'US') ?? null;
      if (!beneficiary) continue;
      guarantor = 'US';
      named = `U.S. Forces ${shortCountryName(beneficiary) === 'South Korea' ? 'Korea' : (command?.[1] ?? nameOf(beneficiary))}`;
    } else {
      // Countries named besides the place itself ("China" in "the South China Sea" is none).
      const others = lex.mentions(text.replace(m[1], '')).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : []));
      beneficiary = [...new Set([...context.countries, ...others])].find((c) => c !== guarantor) ?? null;
      named = m[1].replace(/\s+/g, ' ').trim();
    }
    if (!guarantor || !beneficiary || guarantor === beneficiary) continue;
    const title = rule.title(shortCountryName(guarantor), named, m);
    if (out.some((p) => p.title === title)) continue;
    out.push({
      key: `commitment:${title.toLowerCase()}`,
      title,
      article: null,
      treaty: null,
      kind: rule.kind,
      rule: rule.name,
      countryCodes: [guarantor, beneficiary],
      span: m[0],
    });
  }
  if (out.length) return out;
  const treaty =
    proposeNamedTreaty(lex, text, context) ??
    proposeTreatyCoverage(lex, text, context) ??
    proposeAffirmedAlliance(lex, text) ??
    proposeBareAllianceArticle(lex, text, context);
  if (treaty) return [treaty];
  const agreement = proposeNamedAgreement(lex, text, context) ?? proposeConcludedAgreement(lex, text, context);
  if (agreement) return [agreement];
  const programme =
    proposeAcronymProgramme(lex, text, context) ??
    proposeNamedProgramme(lex, text, context) ??
    proposeArmsTransfer(lex, text, context) ??
    proposeForcePresence(lex, text, context) ??
    proposeOwnRole(lex, text, context);
  if (programme) return [programme];
  for (const a of ANAPHORA) {
    if (!a.test.test(text)) continue;
    const earlier = context.proposals.find((p) => a.titleWord.test(p.title));
    if (earlier) return [{ ...earlier, span: a.test.exec(text)![0], rule: a.name }];
  }
  return [];
}

/** "That has been our position", "this remains our policy": the position the sentence before stated, taken again. */
const POSITION_ANAPHOR =
  /^\W*(?:and\s+|but\s+)?(?:that|this|it)\s+(?:has\s+(?:always\s+|long\s+)?been|is|was|remains|will\s+remain)\s+(?:our|my|the\s+\p{L}+['’]s)\s+(?:(?:firm|clear|long-?standing|consistent|settled|official)\s+)?(?:position|policy|stance|view)\b/iu;

/**
 * TAKES_UP_REQUEST: a reply that takes up a request of the sentence just before by a pro-form ("responded that the
 * United States would take part", "agreed to do so", "accepted the request"): it says yes to what was asked, so it takes
 * the commitments of the request (only when that sentence asks: "asked that …", "requested", "called for", "urged").
 */
const TAKES_UP_REQUEST =
  /\b(?:respond\w*|repl(?:y|ied|ies)|answer\w*|agree\w*|assur\w*|accept\w*|promis\w*|confirm\w*)\b[^.;]{0,60}?(?:\b(?:would|will|could|shall)\s+(?:gladly\s+|certainly\s+)?(?:take\s+part|do\s+so|join(?:\s+in)?|participate)\b|\bto\s+(?:take\s+part|do\s+so|join\s+in|participate)\b|\b(?:accept\w*|grant\w*|honou?r\w*)\s+(?:the|that|this|his|her|their|our|my)\s+request\b)/iu;
const REQUEST = /\b(?:ask(?:s|ed|ing)?|request\w*|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|invit\w*)\b/iu;

/**
 * ANSWERS_QUESTION: a reply that says yes to the question just before ("Q: Does Article 5 cover the islands?" — "Yes, it
 * does.", "Absolutely.", "Yes, Article 5 applies."): a yes-word, or the question's verb again with no object of its own;
 * it takes the position the question asked about (the question read as a statement).
 */
const ANSWERS_QUESTION =
  /^\W*(?:(?:yes|yeah|absolutely|certainly|of\s+course|indeed|correct|that['’]s\s+(?:right|correct))\b|(?:and\s+)?(?:it|they|that|(?:the\s+)?Article\s+(?:[IVX]+|\d+|[a-z]+)|the\s+treaty)\s+(?:(?:clearly|certainly|absolutely|still|also|does|do|would|will)\s+)*(?:appl(?:y|ies)|covers?\s+(?:it|them)|extends?\s+to\s+(?:it|them)|(?:is|are)\s+covered)\s*[.!]?\s*$)/iu;

/** The sentences of a text, split where `SENTENCE_STOP` says ("U.S. Marine units" is one sentence). */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let a = 0;
  for (const m of text.matchAll(SENTENCE_STOP)) {
    out.push(text.slice(a, m.index + m[0].length).trim());
    a = m.index + m[0].length;
  }
  out.push(text.slice(a).trim());
  return out.filter(Boolean);
}

/**
 * The sentence just before a passage (the last of `before`). (Read on the text's last 2,000 characters: a passage's reading
 * never splits the whole document before it.)
 */
const sentenceBefore = (before: string) => sentencesOf(before.slice(-2_000)).pop() ?? '';

/** The commitments of the sentence just before, for a passage that only holds that position again or says yes to it. */
function positionStatedBefore(
  lex: Lexicon,
  text: string,
  context: CommitmentContext,
  rule: string,
  /** The sentence before is a question, read as the statement it asks about. */
  question = false,
): ReturnType<typeof commitmentsIn> {
  let sentence = sentenceBefore(context.before!);
  if (question) sentence = sentence.replace(/\?(["”’)]?)\s*$/u, '.$1');
  const earlier = commitmentsIn(lex, sentence, { ...context, before: undefined, sentence: undefined });
  return {
    matched: earlier.matched.map((m) => ({ commitment: m.commitment, alias: rule, stance: stanceOf(text) })),
    proposed: earlier.proposed.map((p) => ({ ...p, rule })),
    covered: [],
  };
}

/**
 * REFERS_TO_PLACE_BEFORE: "those islands", "these waters", "the same bases" refer to the place a sentence just before
 * named by the same noun ("Did you talk about the islands in the southwest?" — "… units training on those islands"):
 * the passage is read with that place in their stead. Islands are referred to back by the definite article too, the
 * noun or its synonyms ("the disputed isles", "the Japan-administered islets", after "the … Islands" or "the <Name>s").
 */
const DEMONSTRATIVE_PLACE =
  /\b(?:those|these|the\s+same)\s+(islands?|isles|islets|waters|bases|sites|facilities|regions?|areas?|peninsula)\b|\bthe\s+(?:(?:disputed|contested|uninhabited|remote|small|tiny|[\p{L}]+-(?:administered|controlled|claimed))\s+){0,2}(islands|isles|islets)\b/iu;
/** Nouns of one place: "the isles" / "the islets" are the islands named before. */
const ISLAND_NOUN = /^(?:islands?|isles?|islets?)$/iu;
function placeNamedBefore(before: string, head: string): string | null {
  const islands = ISLAND_NOUN.test(head);
  const noun = islands ? '(?:islands?|isles?|islets?)' : `${head.replace(/s$/i, '')}s?`;
  const phrase = new RegExp(
    String.raw`\b(?:the|\p{Lu}\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}?${noun}\b(?:\s+(?:in|of|off|near|around|on)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?`,
    'giu',
  );
  // (Islands named by their plural name alone: "the Senkakus", "the Spratlys".)
  const plural = /\b[Tt]he\s+\p{Lu}\p{Ll}+s\b/gu;
  const sentences = sentencesOf(before.slice(-3_000)).slice(-3).reverse();
  for (const s of sentences) {
    const found = [...s.matchAll(phrase)].pop() ?? (islands ? [...s.matchAll(plural)].pop() : undefined);
    // (Not a phrase that only refers back itself: "those islands", "the disputed islands".)
    if (found && !new RegExp(`^(?:${DEMONSTRATIVE_PLACE.source})$`, 'iu').test(found[0])) return found[0];
  }
  return null;
}

type Found = ReturnType<typeof commitmentsInPlainPassage>;

/**
 * Stage 6 in one call: recorded commitments by alias or by their title's rule, else an article of
 * a treaty the dataset lacks, else a commitment that is not a treaty article — proposed.
 *
 * QUOTE_COMPLETES_SENTENCE: a passage cut from a sentence that a quoted fragment completes ('X said that Article 5 …
 * "of course applies to the islands"', '… "covers the islands" and that this "has not changed"') is one statement with
 * the rest of it. A commitment only the whole sentence names (its words split between the frame and the fragment) is
 * the passage's too (not one found by meaning alone); and when the rest of the sentence names no commitment of its own, the passage's commitments take
 * their stance from the whole sentence (the rest goes on about them). A rest that names its own commitments is another
 * statement (a quoted sentence beside a reported one): the passage keeps its own.
 */
export function commitmentsIn(lex: Lexicon, text: string, context: CommitmentContext): Found {
  const own = commitmentsInPassage(lex, text, context);
  const sentence = context.sentence;
  if (!sentence?.rest || sentence.text.length <= text.trim().length + 10 || !QUOTE_FRAGMENT.test(sentence.text)) return own;
  const alone = { ...context, sentence: undefined };
  const whole = commitmentsInPassage(lex, sentence.text, alone).matched;
  if (!whole.length) return own;
  const rest = commitmentsInPassage(lex, sentence.rest, alone).matched;
  const has = (list: CommitmentMatch[], m: CommitmentMatch) => list.some((x) => x.commitment.id === m.commitment.id);
  const note = (m: CommitmentMatch) => ({ ...m, alias: `${m.alias} (read over the sentence a quoted fragment completes)` });
  // (Not a match by meaning: a bag of concepts gathered from both parts is no construction split between them.)
  const split = whole.filter((m) => !has(own.matched, m) && !has(rest, m) && !m.alias.startsWith('meaning:')).map(note);
  const matched = own.matched.map((m) => {
    const there = whole.find((x) => x.commitment.id === m.commitment.id);
    return !rest.length && there ? note({ ...m, stance: there.stance }) : m;
  });
  if (!split.length && matched.every((m, i) => m === own.matched[i])) return own;
  return { matched: [...matched, ...split], proposed: [], covered: own.covered };
}

/** A guarantee the guarantor alone gives (by kind, else by the title's words): what the beneficiary can only ask for. */
const GUARANTEE = /^(?:MUTUAL_DEFENSE|EXTENDED_DETERRENCE)$|\bextended\s+deterrence\b|\bcommitment\s+to\s+the\s+defen[cs]e\s+of\b/i;

/**
 * QUOTE_MARKS_TRANSPARENT: a news report quotes a readout's key words inside the very construction that names a
 * commitment ('reaffirmed the "ironclad" commitment to the treaty', 'the “ironclad US commitment” to the treaty'): the
 * double quotation marks are no part of the words, so the passage is read with each one as a space (its length, and so
 * every position in it, unchanged); a proposal keeps the words as written. (Single marks are apostrophes too: kept.)
 */
const DOUBLE_QUOTE = /["“”„]/g;
function commitmentsInPassage(lex: Lexicon, text: string, context: CommitmentContext): Found {
  const plain = text.replace(DOUBLE_QUOTE, ' ');
  if (plain === text) return commitmentsInPlainPassage(lex, text, context);
  const found = commitmentsInPlainPassage(lex, plain, context);
  const asWritten = (p: ProposedCommitment): ProposedCommitment => {
    const at = plain.indexOf(p.span);
    return at < 0 ? p : { ...p, span: text.slice(at, at + p.span.length) };
  };
  return { matched: found.matched, proposed: found.proposed.map(asWritten), covered: found.covered.map(asWritten) };
}

function commitmentsInPlainPassage(
  lex: Lexicon,
  text: string,
  context: CommitmentContext,
): {
  matched: CommitmentMatch[];
  proposed: ProposedCommitment[];
  /** Proposals a recorded commitment holds already (matched instead): a later "the new headquarters" means them. */
  covered: ProposedCommitment[];
} {
  const matched: CommitmentMatch[] = matchCommitments(lex.data.commitments, text, {
    lex,
    countries: context.countries,
    partyCountries: context.partyCountries,
    before: context.before,
    document: context.document,
  });
  for (const m of matchByTitle(lex, text, context)) if (!matched.some((x) => x.commitment.id === m.commitment.id)) matched.push(m);
  // Named without a position taken on it (MENTION_ONLY), or only asked for by the beneficiary's side (REQUESTED_OF_THE_GUARANTOR):
  // neither matched nor proposed.
  const askedByBeneficiary = (c: LexCommitment) =>
    GUARANTEE.test(c.kind ?? c.title) &&
    !!context.partyCountries?.length &&
    context.partyCountries.every((code) => code !== 'US') &&
    countriesIn(lex, c.title).includes('US');
  const affirmed = matched.filter((m) => !mentionOnly(text, m.at) && !(askedByBeneficiary(m.commitment) && requestedOnly(text, m.at)));
  const names = (commitments: LexCommitment[], clause: string) =>
    commitments.length > 0 &&
    matchCommitments(commitments, clause, { lex, countries: context.countries, document: context.document }).length > 0;
  for (const m of affirmed)
    m.stance = clauseStance(
      text,
      m.at,
      (clause) => names([m.commitment], clause),
      (clause) =>
        names(
          affirmed.filter((o) => o !== m && (o.at ?? -1) > (m.at ?? -1)).map((o) => o.commitment),
          clause,
        ),
    );
  if (matched.length) return { matched: affirmed, proposed: [], covered: [] };
  const article = proposeCommitment(lex, text, context);
  const own = article ? [article] : proposeNonTreaty(lex, text, context);
  if (!own.length && context.before) {
    if (POSITION_ANAPHOR.test(text)) return positionStatedBefore(lex, text, context, 'the position stated in the sentence before');
    if (TAKES_UP_REQUEST.test(text) && REQUEST.test(sentenceBefore(context.before)))
      return positionStatedBefore(lex, text, context, 'yes to the request of the sentence before');
    if (ANSWERS_QUESTION.test(text) && /\?["”’)]?\s*$/u.test(sentenceBefore(context.before)))
      return positionStatedBefore(lex, text, context, 'yes to the question of the sentence before', true);
    const demonstrative = DEMONSTRATIVE_PLACE.exec(text);
    const place = demonstrative ? placeNamedBefore(context.before, demonstrative[1] ?? demonstrative[2]) : null;
    if (demonstrative && place) {
      const read = `${text.slice(0, demonstrative.index)}${place}${text.slice(demonstrative.index + demonstrative[0].length)}`;
      const there = commitmentsIn(lex, read, { ...context, before: undefined, sentence: undefined }).matched;
      if (there.length)
        return { matched: there.map((m) => ({ ...m, alias: `${m.alias} ("${demonstrative[0]}": ${place})` })), proposed: [], covered: [] };
    }
  }
  const proposed = own.filter((p) => !mentionOnly(text, text.indexOf(p.span)));
  // A proposal the dataset holds already, by meaning: the recorded commitment (the proposal kept for later anaphora).
  const covered: ProposedCommitment[] = [];
  for (const p of proposed) {
    const recorded = recordedFor(lex.data.commitments, p, lex);
    if (!recorded) continue;
    covered.push(p);
    if (matched.some((m) => m.commitment.id === recorded.id)) continue;
    const at = text.indexOf(p.span);
    matched.push({ commitment: recorded, alias: `meaning: "${p.title}" is what it records`, at, stance: clauseStance(text, at) });
  }
  return { matched, proposed: proposed.filter((p) => !covered.includes(p)), covered };
}
