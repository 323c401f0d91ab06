import { similarity } from '../analysis/timeline/wording';

/**
 * Whether a new statement's text nearly equals one its source already has: what importing a
 * document recorded before (or another copy of it, with curly quotes for straight ones, a word
 * fixed, a spinner's rewording undone) would otherwise add a second time.
 *
 * The measure is the one wording histories use (analysis/wording.ts): the Jaccard index of the
 * two texts' sets of normalised words (case, accents, punctuation and quotation marks ignored).
 * It is linear in the texts, and one word replaced in an n-word sentence scores (n-1)/(n+1).
 *
 * Why 0.7 (test/unit/near-duplicate.test.ts measures it): the reference dataset's distinct
 * statements score at most 0.35 against each other (0.34 within one source), the 40 sentences of
 * the import fixtures and the reference article at most 0.46 across 780 pairs; while one word
 * replaced, added or dropped in any reference statement (the shortest has 6 words) scores 0.71
 * or more, and two words replaced in a sentence of 12 words or more 0.71 or more. So the line
 * sits well above what different statements share and below what an edit of one leaves.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

export interface NearDuplicate<T> {
  candidate: T;
  similarity: number;
}

/**
 * The candidate most similar to `text`, when it reaches the threshold and is not the very same
 * text (an exact repeat is the unique key's CONFLICT, which no confirmation overrides).
 */
export function nearestDuplicate<T extends { text: string }>(
  text: string,
  candidates: readonly T[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate<T> | null {
  let best: NearDuplicate<T> | null = null;
  for (const candidate of candidates) {
    if (candidate.text === text) continue;
    const score = similarity(text, candidate.text);
    if (score >= threshold && (!best || score > best.similarity)) best = { candidate, similarity: score };
  }
  return best;
}
