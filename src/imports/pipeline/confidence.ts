/**
 * Stage 8b, confidence: how often drafts with the same features were right on the development
 * set (test/fixtures/import-corpus/dev), not a constant. `node dist/scripts/import-confidence.js` rebuilds the
 * table (confidence-table.ts) from the set: for each feature combination, how many drafts the
 * pipeline made and how many were right in every field; a draft's confidence is that precision,
 * smoothed ((right + 1) / (drafts + 2)), backing off to coarser combinations where the finer one
 * was seen fewer than MIN_SEEN times.
 */
import { confidenceTable } from './confidence-table';

export interface DraftFeatures {
  kind: string;
  /** Family of the rule that found the author (see frameFamily). */
  frame: string;
  /** Someone took the position: parties found. */
  parties: boolean;
  /** 'call', 'proposed' (none on record, one proposed) or 'none'. */
  call: 'call' | 'proposed' | 'none';
  /** The quotation was left open. */
  unbalanced: boolean;
}

/** Families of the rules that attribute words, by the rule's name. */
export const FRAME_FAMILIES: { family: string; test: RegExp }[] = [
  { family: 'transcript', test: /speaker label/ },
  { family: 'trailing', test: /trailing|according to/i },
  { family: 'no-that', test: /without "that"|setting/ },
  { family: 'pronoun', test: /pronoun/ },
  { family: 'organization', test: /organization as reporter/ },
  { family: 'third-person', test: /third-person sentence|source of the preceding text|no reporter found/ },
  { family: 'quote', test: /quote|calling it/ },
  { family: 'source', test: /source named/ },
];

export const frameFamily = (rule: string) => FRAME_FAMILIES.find((f) => f.test.test(rule))?.family ?? 'named';

/** Keys from the finest to the coarsest. */
export function featureKeys(f: DraftFeatures): string[] {
  const base = `${f.kind}|${f.frame}`;
  return [
    `${base}|${f.parties ? 'parties' : 'no-parties'}|${f.call}${f.unbalanced ? '|open-quote' : ''}`,
    `${base}|${f.parties ? 'parties' : 'no-parties'}`,
    base,
    f.kind,
    '*',
  ];
}

export interface ConfidenceTable {
  /** Commit and date the table was measured at, and on what. */
  measured: string;
  rows: Record<string, { drafts: number; right: number }>;
}

export const MIN_SEEN = 4;
/** With no table (or a combination never seen), a prior that says "unsure". */
const PRIOR = 0.5;

/** The measured precision of the finest feature combination seen often enough. */
export function confidenceOf(f: DraftFeatures, t: ConfidenceTable = confidenceTable): { value: number; key: string; drafts: number } {
  for (const key of featureKeys(f)) {
    const row = t.rows[key];
    if (row && row.drafts >= MIN_SEEN)
      return { value: Math.round(((row.right + 1) / (row.drafts + 2)) * 100) / 100, key, drafts: row.drafts };
  }
  return { value: PRIOR, key: 'prior', drafts: 0 };
}
