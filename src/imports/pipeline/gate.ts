/**
 * Stage 8c, the sentence gate: a LEARNED check, over the words of a draft, that they state a position at all.
 *
 * Why: the extraction's rules decide what a sentence says (who, with whom, on which call) from its structure, and a
 * courtesy, a schedule or a piece of background has the same structure as a position ("The minister thanked …", "Austin
 * will travel to …", "The two met in 2019 …"). Sixteen rounds of rules written on folders of real documents moved the
 * folders nobody tuned on by nothing (every tuner measured 0 drafts of carry-over on a folder they had not read), and on
 * the five held-out real folders of round 16 one draft in six was of a sentence the labels say must yield nothing. Words carry what
 * the structure does not, and a model of them fitted on labelled documents generalises where rules did not: fitted on
 * the development corpus and all tuning folders but one, it ranks the left-out folder's labelled passages (expected
 * draft against must-yield-nothing) with an AUC of 0.883–0.989 per folder, 0.937 pooled over fourteen folders (0.938 over eleven: more folders no longer raise it)
 * (`node dist/scripts/import-gate.js` prints it per folder).
 *
 * The model: logistic regression over hashed word features of the draft's text (`gateFeatures`: its words and pairs
 * of adjacent words, lower case, digits as 0, plus its length and whether it ends with a question mark), each feature
 * a bucket of GATE_BUCKETS (FNV-1a), so the shipped table (gate-table.ts) holds numbers, never the words of the
 * documents it was fitted on (real documents are their publishers' copyright). Fitted by `fitGate` (full-batch
 * AdaGrad, L2, deterministic) on the labelled passages of the development set and of the real tuning folders
 * (scripts/import-gate.ts), never on a held-out set nor the calibration set.
 *
 * How it is used: a finished draft whose probability is under the model's threshold, and that carries no commitment
 * (`gatedOut`), is not stored; its sentence is skipped as BELOW_THRESHOLD with the probability in its rule, so an
 * editor sees what the gate held back and can still draft the sentence (the `draftSentence` mutation). The threshold is the highest (in steps of 0.05) at which the left-out
 * folders, pooled, keep at least GATE_KEEP of their expected passages: the gate is there to drop what must yield
 * nothing, at a small, measured cost in right drafts.
 */

import type { Passage } from '../extract';

/** Number of hash buckets of the features. */
export const GATE_BUCKETS = 1 << 18;

/** The share of the left-out folders' expected passages the threshold keeps, at least. */
export const GATE_KEEP = 0.96;

export interface GateModel {
  /** What it was fitted on, and how it held leaving each real folder out. */
  fitted: string;
  intercept: number;
  /** Drafts under this probability are not stored. */
  threshold: number;
  /** [bucket, weight] pairs, by bucket; buckets not listed weigh 0. */
  weights: [number, number][];
}

/** One labelled passage: its words, and whether the labels expect a draft of it (false: it must yield nothing). */
export interface GateRow {
  features: number[];
  position: boolean;
}

/** FNV-1a, 32 bits, of the string's UTF-16 code units, in GATE_BUCKETS buckets. */
export function gateBucket(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % GATE_BUCKETS;
}

/** The words the gate reads: lower case, straight quotes, digits as 0; quotation marks, colons and question marks kept as tokens. */
export function gateTokens(text: string): string[] {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/\p{N}/gu, '0');
  return t.match(/[\p{L}0]+(?:'[\p{L}0]+)*|["?:]/gu) ?? [];
}

/** The feature names of a text (a set): its words, its pairs of adjacent words, its length in steps of 8 words, a final question mark. */
export function gateFeatureNames(text: string): string[] {
  const w = gateTokens(text);
  const names = new Set<string>();
  for (const x of w) names.add(`u:${x}`);
  for (let i = 0; i + 1 < w.length; i++) names.add(`b:${w[i]} ${w[i + 1]}`);
  names.add(`len:${Math.min(6, Math.floor(w.length / 8))}`);
  if (/\?["'”’)\]]*\s*$/.test(text)) names.add('endq');
  return [...names];
}

/** The hashed features of a text, sorted, without repeats. */
export function gateFeatures(text: string): number[] {
  return [...new Set(gateFeatureNames(text).map(gateBucket))].sort((a, b) => a - b);
}

/** A model's weights, for scoring. */
export interface GateScorer {
  intercept: number;
  weight: (bucket: number) => number;
}

const scorers = new WeakMap<GateModel, GateScorer>();

export function gateScorer(model: GateModel): GateScorer {
  let s = scorers.get(model);
  if (!s) {
    const table = new Map(model.weights);
    s = { intercept: model.intercept, weight: (b) => table.get(b) ?? 0 };
    scorers.set(model, s);
  }
  return s;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that a text with these features states a position. */
export function gateProbabilityOf(features: number[], scorer: GateScorer): number {
  let z = scorer.intercept;
  for (const f of features) z += scorer.weight(f);
  return sigmoid(z);
}

/** The probability that the text states a position, by the model. */
export function gateProbability(text: string, model: GateModel): number {
  return gateProbabilityOf(gateFeatures(text), gateScorer(model));
}

export interface GateFitOptions {
  /** L2 penalty, in the gradient as l2·w / n (the intercept is not penalised). */
  l2?: number;
  iterations?: number;
  /** AdaGrad's step. */
  rate?: number;
  /** Weights smaller than this (in absolute value) are left out of the model (0.02: a third of the weights, no change in what the left-out folders keep or cut). */
  minWeight?: number;
}

/**
 * Fits the weights by full-batch AdaGrad on the mean log-loss with an L2 penalty. Deterministic: the same rows, in the
 * same order, give the same weights. Returns only the buckets the rows use, rounded to 4 decimals; weights under
 * `minWeight` are left out.
 */
export function fitGate(rows: GateRow[], options: GateFitOptions = {}): { intercept: number; weights: [number, number][] } {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 400;
  const rate = options.rate ?? 0.5;
  const minWeight = Math.max(0.0005, options.minWeight ?? 0.02);
  const used = [...new Set(rows.flatMap((r) => r.features))].sort((a, b) => a - b);
  const column = new Map(used.map((b, i) => [b, i]));
  const x = rows.map((r) => r.features.map((f) => column.get(f)!));
  const y = rows.map((r) => (r.position ? 1 : 0));
  const n = rows.length;
  const w = new Float64Array(used.length);
  const g2 = new Float64Array(used.length).fill(1e-8);
  let b = 0;
  let b2 = 1e-8;
  const grad = new Float64Array(used.length);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const j of x[i]) z += w[j];
      const d = sigmoid(z) - y[i];
      gb += d;
      for (const j of x[i]) grad[j] += d;
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j] / n + (l2 * w[j]) / n;
      g2[j] += g * g;
      w[j] -= (rate * g) / Math.sqrt(g2[j]);
    }
    gb /= n;
    b2 += gb * gb;
    b -= (rate * gb) / Math.sqrt(b2);
  }
  const round4 = (v: number) => Math.round(v * 10000) / 10000;
  const weights: [number, number][] = [];
  used.forEach((bucket, j) => {
    const v = round4(w[j]);
    if (Math.abs(v) >= minWeight) weights.push([bucket, v]);
  });
  return { intercept: round4(b), weights };
}

/** Area under the ROC curve of probabilities against labels (ties count half). */
export function rocAuc(scored: { p: number; position: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j].p === sorted[i].p) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (sorted[k].position) {
        rankSum += rank;
        positives++;
      }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (!positives || !negatives) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The highest threshold (0.05, 0.10, … 0.95) at which at least `keep` of the positive rows score at or above it; 0 when none. */
export function chooseThreshold(scored: { p: number; position: boolean }[], keep: number = GATE_KEEP): number {
  const positives = scored.filter((s) => s.position);
  let best = 0;
  for (let k = 1; k <= 19; k++) {
    const t = Math.round(k * 5) / 100;
    if (positives.length && positives.filter((s) => s.p >= t).length / positives.length >= keep) best = t;
  }
  return best;
}

/** The weights gate-table.ts packs in base64: per weight 3 bytes of bucket and 2 of the weight × 2,000 (big-endian). */
export function unpackGateWeights(packed: string): [number, number][] {
  const bytes = Buffer.from(packed, 'base64');
  const out: [number, number][] = [];
  for (let i = 0; i + 5 <= bytes.length; i += 5) out.push([bytes.readUIntBE(i, 3), bytes.readInt16BE(i + 3) / 2000]);
  return out;
}

/** What the gate reads of a draft and writes on it. */
type GatedDraft = Pick<Passage, 'text' | 'gate' | 'evidence'>;

/** Scores a finished draft: its `gate` probability, and the evidence (`field: "gate"`) an editor reads. */
export function gateDraft(p: GatedDraft, model: GateModel): void {
  p.gate = gateProbability(p.text, model);
  p.evidence.push({
    field: 'gate',
    value: p.gate.toFixed(2),
    span: '',
    rule: `sentence gate: the chance these words state a position, by a model of words fitted on labelled documents; drafts under ${model.threshold} are held back`,
    confidence: Math.round(p.gate * 100) / 100,
  });
}

/**
 * The gate holds the draft back: its words score under the threshold, and it carries no commitment. A draft in which
 * the commitment stage found a recorded or proposed commitment states a position on it whatever else its sentence
 * says: the reference article's "Nakatani stated that he was encouraged by the confirmation that Article V included
 * the Senkaku Islands", told with its press conference and call ("In his regularly scheduled press conference, held
 * after his call with …"), scores 0.17; on the eleven real tuning folders of stop 34, each left out of the fit in turn, the gate
 * held back 64 drafts (40 of must-yield-nothing sentences, 9 of unlisted ones, 9 wrong, 6 right) and none with a
 * commitment.
 */
export const gatedOut = (
  p: { gate?: number; commitments?: readonly unknown[]; proposedCommitments?: readonly unknown[] },
  model: GateModel | null | undefined,
): boolean => model != null && p.gate !== undefined && p.gate < model.threshold && !p.commitments?.length && !p.proposedCommitments?.length;

/** The rule of a sentence whose drafts the gate all held back (null when it held back none, or not all). */
export function gateRule(passages: Parameters<typeof gatedOut>[0][], model: GateModel | null | undefined): string | null {
  if (!model || !passages.length || !passages.every((p) => gatedOut(p, model))) return null;
  const best = Math.max(...passages.map((p) => p.gate!));
  return `the sentence gate held its draft back: ${best.toFixed(2)} chance that its words state a position, under the threshold ${model.threshold} (a model of words fitted on labelled documents)`;
}
