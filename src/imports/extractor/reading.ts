/**
 * What the extractor is reading: the original text, the current sentence, the mentions in a span or the whole text.
 */

import { type Mention } from '../lexicon';
import { toOriginal } from '../text';
import type { Extractor } from './extractor';
import { uniq } from './rules';

export function orig(ex: Extractor, start: number, end: number): string {
  const [a, b] = toOriginal(ex.restored, start, end);
  return ex.original.slice(a, b);
}

export function mentionsIn(ex: Extractor, start: number, end: number): Mention[] {
  return ex.mentionCache.filter((m) => m.start >= start && m.end <= end);
}

export function insideQuote(ex: Extractor, at: number): boolean {
  return ex.quotesAll.some((q) => q.start <= at && at < q.end);
}

/** The text of the sentence being read (or of `[start, end)` when none is). */
export function sentenceAround(ex: Extractor, start: number, end: number): string {
  const s = ex.currentSentence;
  return s && s.start <= start && s.end >= end ? ex.text.slice(s.start, s.end) : ex.text.slice(start, end);
}

/** Whether the sentence being read names an official outside `[start, end)` (a title inside the span is someone else). */
export function namedInSentence(ex: Extractor, start: number, end: number, id: number): boolean {
  const s = ex.currentSentence;
  if (!s || start < s.start || end > s.end) return false;
  return [...mentionsIn(ex, s.start, start), ...mentionsIn(ex, end, s.end)].some(
    (m) => m.kind === 'official' && m.ids.length === 1 && m.ids[0] === id,
  );
}

/** The officials on record the whole text names (read once, when first asked). */
export function namedInText(ex: Extractor): number[] {
  ex.namedOfficials ??= uniq(
    ex.lex
      .mentions(ex.text, 0, ex.text.length)
      .filter((m) => m.kind === 'official' && m.ids.length === 1)
      .map((m) => m.ids[0]),
  );
  return ex.namedOfficials;
}

/** The last two different people named (recorded or proposed), when their countries are known to differ or one is unknown. */
export function lastTwoNamed(ex: Extractor): { ids: number[]; proposed: string[] } | null {
  const seen: { id: number | null; key: string | null; country: string | null }[] = [];
  for (const r of [...ex.recent].reverse()) {
    const id = r.ids.length === 1 ? r.ids[0] : null;
    const key = r.proposed.length === 1 ? r.proposed[0] : null;
    if ((id == null) === (key == null) || seen.some((x) => x.id === id && x.key === key)) continue;
    const country = id != null ? (ex.lex.officials.get(id)?.countryCode ?? null) : (ex.proposedOfficials.get(key!)?.countryCode ?? null);
    seen.push({ id, key, country });
    if (seen.length === 2) break;
  }
  if (seen.length !== 2 || (seen[0].country != null && seen[0].country === seen[1].country)) return null;
  return { ids: seen.flatMap((x) => (x.id != null ? [x.id] : [])), proposed: seen.flatMap((x) => (x.key != null ? [x.key] : [])) };
}
