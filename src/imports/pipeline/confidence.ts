/**
 * Stage 8b, confidence: how often drafts like this one were right, measured on documents nobody
 * tuned the extraction on, not a constant.
 *
 * The table (confidence-table.ts) is fitted on the CALIBRATION set
 * (test/fixtures/import-corpus/calibration: written blind, never used to change extraction rules)
 * by `node dist/scripts/import-confidence.js [--set calibration]`: for each feature key, how many
 * drafts the pipeline made and how many were right in every field (kind, author, parties,
 * originating source, call, commitments), scored as `npm run bench:import` scores them. Not on the
 * development set: the rules were tuned on it, so nearly every draft there is right and its
 * precision says nothing about unseen documents.
 *
 * A finished draft's confidence walks a chain of keys from the coarsest to the finest (see
 * `confidenceKeys`): all drafts → parties found (none, one, two or more) → where its call came from
 * (the call the text is about, the call of a source it reports, a proposed call, none) → its
 * commitments (matched to ones on record, proposed, none). Each level shrinks its measured precision
 * toward its parent's estimate, a Beta prior worth SHRINK drafts: p = (right + SHRINK · parent) /
 * (drafts + SHRINK), from PRIOR above the root; a key the table lacks stops the chain at its parent
 * (so a table counted with other keys still gives the estimate of the keys it shares). The
 * confidence is not that mean but the lower QUANTILE of the last level's Beta posterior: a cell seen a
 * few times, or a set harder than the calibration set, does not over-claim the top bands.
 * These features were chosen because they separated right from wrong drafts the same way on the
 * calibration set and on the development set's last blind batch (m01–m28 at its first run,
 * README, "Confidence"): the call found from the text 0.82, from a reported source 0.54, none
 * 0.09; commitments matched 0.84, none 0.63; no parties 0.00, one 0.66, two or more 0.80.
 *
 * The extractor gives each draft a provisional confidence while assembling it (`confidenceOf`, the
 * root's estimate) and the final one when the draft is finished (`finishConfidence`, once the
 * call and the parties are known), before the threshold is applied.
 */
import type { Passage } from '../extract';
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

/** What the confidence stage knows of a finished draft: the extractor's features and what the draft ended up with. */
export interface ConfidenceFeatures extends DraftFeatures {
  /** The kind of document the editor said it is (ImportDocumentInput.kind). */
  document: string;
  /** Who the draft says spoke. */
  author: 'organization' | 'official' | 'proposed' | 'none';
  /** Officials taking the position, on record or proposed (3 stands for three or more). */
  partyCount: number;
  /** A party is an official not on record. */
  proposedParty: boolean;
  /** Commitments the draft carries: none, on record only, or one to propose. */
  commitments: 'none' | 'matched' | 'proposed';
  /** The words are the document's own, not those of a source it reports. */
  ownWords: boolean;
  /** Where the call came from: the call the text is about, the call of the source the draft reports, proposed (none on record), none. */
  callFrom: 'text' | 'source' | 'proposed' | 'none';
}

/** The features of a finished draft; `proposedCall`: the document reports a call that is not on record. */
export function draftFeatures(
  p: Pick<
    Passage,
    | 'features'
    | 'callId'
    | 'speakerIds'
    | 'proposedSpeakers'
    | 'attributedOrganizationId'
    | 'partyIds'
    | 'proposedParties'
    | 'commitments'
    | 'proposedCommitments'
    | 'source'
  >,
  context: { proposedCall: boolean; document: string },
): ConfidenceFeatures {
  return {
    ...p.features,
    call: p.callId != null ? 'call' : context.proposedCall ? 'proposed' : 'none',
    document: context.document,
    author:
      p.proposedSpeakers.length > 0
        ? 'proposed'
        : p.speakerIds.length > 0
          ? 'official'
          : p.attributedOrganizationId != null
            ? 'organization'
            : 'none',
    partyCount: Math.min(3, p.partyIds.length + p.proposedParties.length),
    proposedParty: p.proposedParties.length > 0,
    commitments: p.proposedCommitments.length > 0 ? 'proposed' : p.commitments.length > 0 ? 'matched' : 'none',
    ownWords: p.source.isDocument,
    callFrom: p.callId == null ? (context.proposedCall ? 'proposed' : 'none') : p.source.callId != null ? 'source' : 'text',
  };
}

/**
 * The chain of keys, from the coarsest ('*') to the finest: parties found, then where the call came
 * from, then the commitments ("parties:2+|call:text|commitments:matched").
 */
export function confidenceKeys(f: Pick<ConfidenceFeatures, 'partyCount' | 'callFrom' | 'commitments'>): string[] {
  const parties = `parties:${f.partyCount === 0 ? '0' : f.partyCount === 1 ? '1' : '2+'}`;
  const call = `${parties}|call:${f.callFrom}`;
  return ['*', parties, call, `${call}|commitments:${f.commitments}`];
}

export interface ConfidenceTable {
  /** When and on what the table was measured. */
  measured: string;
  rows: Record<string, { drafts: number; right: number }>;
}

/** How many drafts' worth of weight the parent's estimate has at each level. */
export const SHRINK = 8;
/** Above the root: "unsure". */
export const PRIOR = 0.5;
/**
 * The confidence is this quantile of the finest level's Beta posterior (a lower quartile: one
 * chance in four that the precision of such drafts is below it), not its mean.
 */
export const QUANTILE = 0.25;

/** ln Γ(x), Lanczos (x > 0). */
function logGamma(x: number): number {
  const c = [76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.001208650973866179, -0.000005395239384953];
  let y = x;
  const t = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let s = 1.000000000190015;
  for (const k of c) s += k / ++y;
  return -t + Math.log((2.5066282746310007 * s) / x);
}

/** The continued fraction of the regularized incomplete beta function (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-30;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-12) break;
  }
  return h;
}

/** P(X ≤ x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** The q-quantile of Beta(a, b), by bisection (to 1e-6). */
export function betaQuantile(q: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  while (hi - lo > 1e-6) {
    const mid = (lo + hi) / 2;
    if (betaCdf(mid, a, b) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The estimate along `keys`: each level's precision shrunk toward its parent's (posterior means);
 * stops at the first key the table lacks. `value` is the QUANTILE of the last level's posterior,
 * Beta(right + SHRINK · parent, wrong + SHRINK · (1 − parent)); `mean` its mean.
 */
export function shrunkEstimate(keys: string[], t: ConfidenceTable): { value: number; mean: number; key: string; drafts: number } {
  const cache = estimates.get(t) ?? new Map<string, Estimate>();
  estimates.set(t, cache);
  const id = keys.join('\n');
  const known = cache.get(id);
  if (known) return { ...known };
  let mean = PRIOR;
  let key = 'prior';
  let drafts = 0;
  let posterior: [number, number] | null = null;
  for (const k of keys) {
    const row = t.rows[k];
    if (!row || row.drafts === 0) break;
    posterior = [row.right + SHRINK * mean, row.drafts - row.right + SHRINK * (1 - mean)];
    mean = posterior[0] / (posterior[0] + posterior[1]);
    key = k;
    drafts = row.drafts;
  }
  const value = posterior ? betaQuantile(QUANTILE, ...posterior) : PRIOR;
  const estimate = { value: Math.round(value * 100) / 100, mean: Math.round(mean * 100) / 100, key, drafts };
  cache.set(id, estimate);
  return { ...estimate };
}

type Estimate = ReturnType<typeof shrunkEstimate>;
/** Estimates already computed, per table and chain of keys (the quantile takes a few thousand operations). */
const estimates = new WeakMap<ConfidenceTable, Map<string, Estimate>>();

/** Provisional, while the draft is assembled (only the root is known): `finishConfidence` replaces it. */
export function confidenceOf(
  _features: DraftFeatures,
  t: ConfidenceTable = confidenceTable,
): { value: number; mean: number; key: string; drafts: number } {
  return shrunkEstimate(['*'], t);
}

/**
 * The finished draft's confidence, and its evidence (`field: "confidence"`): its value is the
 * draft's features (the finest key), its rule the row of the table the estimate stopped at.
 */
export function finishConfidence(
  p: Passage,
  context: { proposedCall: boolean; document: string },
  t: ConfidenceTable = confidenceTable,
): void {
  const features = draftFeatures(p, context);
  const keys = confidenceKeys(features);
  const measured = shrunkEstimate(keys, t);
  p.confidence = measured.value;
  const evidence = {
    field: 'confidence',
    value: keys.at(-1)!,
    span: '',
    rule: measured.drafts
      ? `precision of drafts with the features "${measured.key}" on the calibration set (${measured.drafts} drafts), shrunk toward coarser features: the lower quartile of its estimate (mean ${measured.mean.toFixed(2)})`
      : 'prior: features not measured',
    confidence: measured.value,
  };
  const i = p.evidence.findIndex((e) => e.field === 'confidence');
  if (i >= 0) p.evidence[i] = evidence;
  else p.evidence.push(evidence);
}
