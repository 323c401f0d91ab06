/**
 * Stage 6, commitments: the lexicon's commitments by their aliases ("Article V + Senkaku": every
 * part somewhere in the passage, in any order), and a commitment the dataset lacks proposed from
 * the words that name it ("Article IV of the U.S.–Philippines Mutual Defense Treaty"), to be
 * created on acceptance: never matched to a different treaty.
 */
import type { LexCommitment, Lexicon } from '../lexicon';
import {
  type CommitmentMatch,
  type CommitmentMatchContext,
  matchKnownCommitments,
  ROMAN,
  type StanceGuess,
  stanceOf,
} from './commitment-match';
import { COUNTRY_FORMS } from './countries';

export type { StanceGuess };
export { stanceOf };

export interface ProposedCommitment {
  key: string;
  title: string;
  /** Article as written ("Article IV"). */
  article: string;
  treaty: string;
  /** Countries the treaty's name gives, in order (the first is taken as guarantor). */
  countryCodes: string[];
  span: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const aliasPatterns = new Map<string, RegExp[]>();

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

/** Lexicon commitments the text states, by alias or title, or by the forms of stage 6a (commitment-match.ts). */
export function matchCommitments(commitments: LexCommitment[], text: string, context?: CommitmentMatchContext): CommitmentMatch[] {
  return matchKnownCommitments(
    commitments,
    text,
    (normal) => {
      const out: CommitmentMatch[] = [];
      for (const c of commitments) {
        const alias = c.aliases.find((a) => aliasMatches(a, normal)) ?? (aliasMatches(c.title, normal) ? c.title : null);
        if (alias) out.push({ commitment: c, alias });
      }
      return out;
    },
    context,
  );
}

const ARTICLE_OF_THE_TREATY = /\bArticle\s+([IVX]{1,5}|\d{1,2})\s+of\s+(?:the|that|this)\s+(?:treaty|pact|agreement)\b/u;
const NAMED_TREATY = /\b(?:the\s+)?((?:Mutual\s+Defen[cs]e|Security|Defen[cs]e(?:\s+Cooperation)?)\s+(?:Treaty|Pact|Agreement))\b/u;

function countriesIn(lex: Lexicon, text: string): string[] {
  return [...new Set(lex.mentions(text).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : [])))];
}

const ARTICLE_OF_TREATY =
  /\bArticle\s+([IVX]{1,5}|\d{1,2})\s+of\s+(?:the\s+)?((?:[\p{Lu}][\p{L}.]*[-–—]?(?:[\p{Lu}][\p{L}.]*)?\s+){0,6}?(?:Mutual\s+Defen[cs]e\s+|Security\s+|Defen[cs]e\s+)?(?:Treaty|Pact|Agreement|Alliance)(?:\s+of\s+[\p{Lu}][\p{L}]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}]*){0,4})?)/u;

/**
 * A commitment named by article and treaty that no lexicon commitment covers. A lexicon commitment
 * with the same article whose title names the same countries covers it (the dataset's wording wins).
 */
export function proposeCommitment(lex: Lexicon, text: string): ProposedCommitment | null {
  let m = ARTICLE_OF_TREATY.exec(text);
  let treaty: string;
  let codes: string[];
  if (m) {
    treaty = m[2].replace(/\s+/g, ' ').trim();
    codes = countriesIn(lex, treaty);
  } else {
    // "… under the Mutual Defense Treaty, … Article IV of the treaty …": the treaty named before, between the countries the passage names.
    m = ARTICLE_OF_THE_TREATY.exec(text);
    const named = m ? NAMED_TREATY.exec(text.slice(0, m.index)) : null;
    if (!m || !named) return null;
    codes = countriesIn(lex, text);
    if (codes.length < 2) return null;
    const ordered = codes.includes('US') ? ['US', ...codes.filter((c) => c !== 'US')] : codes;
    treaty = `${ordered.map((c) => COUNTRY_FORMS[c]?.[0] ?? c).join('-')} ${named[1].replace(/\s+/g, ' ')}`;
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
      codes.every((code) => names(code).some((n) => [c.title, ...c.aliases].join(' | ').includes(n))),
  );
  if (covered) return null;
  const title = `${article} of the ${treaty}`;
  return { key: `commitment:${title.toLowerCase()}`, title, article, treaty, countryCodes: codes, span: m[0] };
}
