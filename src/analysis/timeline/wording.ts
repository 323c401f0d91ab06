/**
 * Near-identical phrasings. Two wordings are near-identical when the sets of their normalised
 * words overlap by at least a threshold (Jaccard similarity: shared words / all words). Words are
 * normalised by lower-casing, dropping accents, and dropping punctuation (so "U.S." and "US",
 * "ROK-US" and "ROK US" match); order and repetition are ignored. Pure functions, no database.
 */

/** The default similarity from which two wordings count as the same phrasing. */
export const DEFAULT_SIMILARITY = 0.8;

export function wordsOf(text: string): Set<string> {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return new Set(plain.length === 0 ? [] : plain.split(' '));
}

/** Jaccard similarity of the two wordings' normalised word sets, 0 to 1 (1: the same words). */
export function similarity(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface Usage<T> {
  wording: string;
  item: T;
}

export interface Phrasing<T> {
  /** The wording as first used: the group's representative. */
  wording: string;
  /** Every usage in the group, in the order given. */
  usages: Usage<T>[];
}

/**
 * Groups usages (given in order of appearance) into phrasings: each usage joins the first earlier
 * phrasing whose representative wording is at least `threshold` similar, or starts a new one.
 * Comparing with the representative, not with every member, keeps a chain of small changes
 * from drifting into one group.
 */
export function groupPhrasings<T>(usages: Usage<T>[], threshold = DEFAULT_SIMILARITY): Phrasing<T>[] {
  const groups: Phrasing<T>[] = [];
  for (const usage of usages) {
    const group = groups.find((g) => similarity(g.wording, usage.wording) >= threshold);
    if (group) group.usages.push(usage);
    else groups.push({ wording: usage.wording, usages: [usage] });
  }
  return groups;
}
