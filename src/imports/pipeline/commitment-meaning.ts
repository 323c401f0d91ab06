/**
 * Stage 6b, commitments by meaning: a recorded commitment is found where a passage says what its
 * title (or its description) says in other words ("upgrading the U.S. command into a joint force
 * headquarters" is "modernization of … command and control"). Each content word of the title and
 * the description is read as a concept: a named group of general English synonyms (`CONCEPTS`),
 * else the word's stem (morphology: "modernization", "modernize", "modernizing" are one). The
 * passage matches when it holds every concept of the title, or every concept of the description
 * and one of the title, and the countries fit (see `countriesFit`). Only for commitments whose
 * direction does not matter to their words: a guarantee (mutual defense, extended deterrence)
 * reads "Japan's commitment to its own defense" and "the U.S. commitment to Japan's defense"
 * alike, so those stay with the forms of stage 6a.
 */

/** A concept: a name and the general English words that say it (patterns, case-insensitive). */
export interface Concept {
  name: string;
  words: RegExp;
}

/** Synonyms and near-synonyms of general English, by concept (not any document's wording). */
export const CONCEPTS: Concept[] = [
  {
    name: 'modernize',
    words:
      /\b(?:moderni[sz]\w*|upgrad\w*|transform\w*|overhaul\w*|revamp\w*|reorgani[sz]\w*|restructur\w*|reconstitut\w*|updat\w*|chang(?:e|es)\s+(?:to|in)\b|(?:turn|convert|reshap|remak)\w*\s+(?:[^\s.;,]+\s+){1,6}?into)\b/i,
  },
  {
    name: 'command',
    // A command or its headquarters; "U.S. Forces, Japan" / "USFK" name a joint command of forces stationed in a country.
    words: /\b(?:command(?:[-\s]+and[-\s]+control)?|C2|headquarters|HQ|U\.S\.\s+Forces,?\s+\p{Lu}\p{L}+|USF[A-Z])\b/iu,
  },
  { name: 'cooperation', words: /\b(?:cooperat\w*|co-operat\w*|collaborat\w*)\b/i },
  { name: 'expand', words: /\b(?:expan[ds]\w*|enlarg\w*|increas\w*|broaden\w*|grow\w*)\b/i },
  { name: 'presence', words: /\b(?:presence|deploy\w*|station\w*|rotation\w*)\b/i },
  { name: 'island', words: /\b(?:islands?|isles?)\b/i },
];

/** Words that say nothing of what is promised (they stay when a title is read as concepts). */
const GENERIC = new Set(
  'a an the of to in on for and or with by its their our at from as into under ongoing work efforts effort commitment commitments alliance alliances bilateral mutual both two new'.split(
    ' ',
  ),
);

/** The stem of a word not in a concept: crude English morphology, enough for "-ization/-ize/-ing/-ed/-s". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return w.replace(/(?:isation|ization|ising|izing|ation|ises|izes|ised|ized|ise|ize|ing|ed|es|s)$/, '').slice(0, 7);
}

const WORD = /[\p{L}][\p{L}-]*/gu;

/** The concepts a text holds, country words (given as spans to skip) left out; with where each is first. */
export function conceptsOf(text: string, skip: [number, number][] = []): Map<string, number> {
  const out = new Map<string, number>();
  let masked = text;
  for (const [a, b] of skip) masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
  // Concepts read on the words as written ("U.S. Forces, Japan" names a command), stems with country words left out.
  for (const c of CONCEPTS) {
    const m = c.words.exec(text);
    if (m) out.set(c.name, m.index);
  }
  const covered = new Set<number>();
  for (const c of CONCEPTS)
    for (const m of text.matchAll(new RegExp(c.words.source, `${c.words.flags.replace('g', '')}g`)))
      for (let i = m.index; i < m.index + m[0].length; i++) covered.add(i);
  for (const m of masked.matchAll(WORD)) {
    if (covered.has(m.index)) continue;
    const lower = m[0].toLowerCase();
    if (GENERIC.has(lower) || lower.length < 3) continue;
    const s = `stem:${stem(lower)}`;
    if (!out.has(s)) out.set(s, m.index);
  }
  return out;
}

/** Kinds of commitment whose words do not say who promises whom: matched by meaning. */
export const MEANING_KINDS = new Set(['FORCE_POSTURE', 'COOPERATION', 'SECURITY_ASSURANCE']);

/**
 * Does the passage say what the commitment says? Every concept of the title (at least two), or
 * every concept of the description (at least two) and one of the title. Returns where the first
 * concept found is, or -1.
 */
export function meaningMatch(title: Map<string, number>, description: Map<string, number>, passage: Map<string, number>): number {
  const at = (keys: string[]) => Math.min(...keys.map((k) => passage.get(k)!));
  const t = [...title.keys()];
  if (t.length >= 2 && t.every((k) => passage.has(k))) return at(t);
  const d = [...description.keys()];
  const inTitle = t.filter((k) => passage.has(k));
  if (d.length >= 2 && d.every((k) => passage.has(k)) && inTitle.length) return at([...d, ...inTitle]);
  return -1;
}
