/**
 * Stage 8b, confidence: how often drafts like this one were right on documents of a writer nobody
 * tuned the extraction on, not a constant.
 *
 * Real users import documents nobody here wrote, and every blind batch of the corpus shows what the
 * extraction does with those: its FIRST run (the extraction of the last commit before anyone tuned on
 * it) scored 0.35–0.76 strict precision, where the same extraction scores 0.98 on the development set
 * it was tuned on. So the confidence is fitted on those first runs: scripts/import-first-runs.ts
 * rebuilds each blind batch's first-run commit in a temporary worktree, runs its pipeline on the
 * batch's documents and scores every draft with today's labels and scoring
 * (test/fixtures/import-confidence/first-runs.json: each draft's features and whether it was right in
 * every field: kind, author, parties, originating source, call, commitments), and
 * `node dist/scripts/import-confidence.js` fits the model (confidence-table.ts) on them. The sample
 * also holds the first runs of folders of REAL published documents (real-2, real-3, real-5: 0.40–0.41
 * strict precision), kept outside the repository for copyright: only their drafts' features are in
 * the file, and the model is fitted on the invented and the real batches alike (it does not know
 * which a document is).
 *
 * The model is a logistic regression, L2-regularised, over one-hot terms of the finished draft's
 * features (`modelTerms`: parties found, where the call came from, commitments, who spoke, the draft's
 * kind, the document's kind, whose words, a proposed party, the source's kind): the confidence is
 * 1 / (1 + e^−(intercept + Σ weights)), rounded to hundredths, not under CONFIDENCE_FLOOR. It was chosen over the table of shrunk
 * precisions per key (`shrunkEstimate`, fitted on the calibration set until then) by leaving one blind
 * batch out at a time: fitted on the others, its bands held on the left-out batch where the table's did
 * not (README, "Confidence"). The features are computed from the draft alone (`draftFeatures`) the same
 * way at every commit, so the first runs of old commits measure them as today's extraction sets them.
 *
 * The extractor gives each draft a provisional confidence while assembling it (`confidenceOf`: the
 * precision of all first-run drafts) and the final one when the draft is finished
 * (`finishConfidence`, once the call and the parties are known), before the threshold is applied.
 */
import type { Passage } from '../extract';
import { confidenceModel } from './confidence-table';

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
  /** The kind of the words' source: the document's own kind, or that of what it reports (a press conference, a statement). */
  sourceKind: string;
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
    sourceKind: String(p.source.kind),
  };
}

/**
 * The keyed table, the confidence until the model replaced it (scripts/import-confidence.ts still fits
 * it, on the calibration set and on the first runs, to compare): for each key, how many drafts and how
 * many right; an estimate walks a chain of keys from the coarsest ('*') to the finest: parties found,
 * then where the call came from, then the commitments ("parties:2+|call:text|commitments:matched"),
 * each level's precision shrunk toward its parent's (a Beta prior worth SHRINK drafts, PRIOR above the
 * root), and gives the lower QUANTILE of the last level's posterior.
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

/** The fitted model: an intercept and a weight per term; a term it lacks weighs nothing. */
export interface ConfidenceModel {
  /** On what the model was fitted, and how well it held out. */
  measured: string;
  /** The L2 penalty it was fitted with. */
  l2: number;
  /** Drafts it was fitted on, and the share of them right in every field (the provisional confidence). */
  drafts: number;
  base: number;
  intercept: number;
  weights: Record<string, number>;
  /**
   * A monotone map from the logistic model's probability to the precision measured at it (knots
   * `[probability, precision]`, linear between them, flat beyond the ends), fitted by isotonic regression
   * on the model's out-of-sample probabilities (each batch's drafts scored by a fit on the other batches):
   * a logistic model over a few one-hot terms is too sure of the term combinations that were right in
   * the invented batches and are not on real documents. Absent: the probability as it is.
   */
  recalibration?: [number, number][];
}

/** The draft's features as the model's one-hot terms ("parties:2", "call:text", …), in a fixed order. */
export function modelTerms(
  f: Pick<
    ConfidenceFeatures,
    'partyCount' | 'callFrom' | 'commitments' | 'author' | 'kind' | 'document' | 'ownWords' | 'proposedParty' | 'sourceKind'
  >,
): string[] {
  return [
    `parties:${Math.min(3, f.partyCount)}`,
    `call:${f.callFrom}`,
    `commitments:${f.commitments}`,
    `author:${f.author}`,
    `kind:${f.kind}`,
    `document:${f.document}`,
    `ownWords:${f.ownWords}`,
    `proposedParty:${f.proposedParty}`,
    `source:${f.sourceKind}`,
  ];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability that a draft with these terms is right in every field (not rounded), recalibrated when the model has knots. */
export function modelProbability(terms: string[], model: Pick<ConfidenceModel, 'intercept' | 'weights' | 'recalibration'>): number {
  const p = sigmoid(terms.reduce((z, t) => z + (model.weights[t] ?? 0), model.intercept));
  return model.recalibration?.length ? applyKnots(model.recalibration, p) : p;
}

/** The value of a piecewise-linear monotone map at `x` (knots sorted by x; flat beyond the first and last knot). */
export function applyKnots(knots: [number, number][], x: number): number {
  if (x <= knots[0][0]) return knots[0][1];
  const last = knots[knots.length - 1];
  if (x >= last[0]) return last[1];
  let lo = 0;
  let hi = knots.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (knots[mid][0] <= x) lo = mid;
    else hi = mid;
  }
  const [x0, y0] = knots[lo];
  const [x1, y1] = knots[hi];
  return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** Pool-adjacent-violators: the non-decreasing sequence nearest (weighted least squares) to `ys`. */
function pav(blocks: { x: number; y: number; w: number }[]): { x: number; y: number; w: number }[] {
  const out: { x: number; y: number; w: number }[] = [];
  for (const b of blocks) {
    out.push({ ...b });
    while (out.length > 1 && out[out.length - 2].y > out[out.length - 1].y) {
      const b2 = out.pop()!;
      const b1 = out.pop()!;
      const w = b1.w + b2.w;
      out.push({ x: (b1.x * b1.w + b2.x * b2.w) / w, y: (b1.y * b1.w + b2.y * b2.w) / w, w });
    }
  }
  return out;
}

/**
 * Isotonic regression of rightness on probability: knots `[mean probability, precision]` of the pooled
 * blocks, each block's precision pulled toward its mean probability by `prior` drafts' weight (so a
 * block of a few drafts cannot say 0 or 1), blocks of fewer than `minDrafts` drafts merged into their
 * neighbour. Deterministic (ties of probability are one block).
 */
export function isotonicKnots(points: { p: number; right: boolean }[], minDrafts = 20, prior = 4): [number, number][] {
  if (!points.length) return [];
  const sorted = [...points].sort((a, b) => a.p - b.p);
  const groups: { x: number; y: number; w: number }[] = [];
  for (const pt of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g.x - pt.p) < 1e-12) {
      g.y = (g.y * g.w + (pt.right ? 1 : 0)) / (g.w + 1);
      g.w += 1;
    } else groups.push({ x: pt.p, y: pt.right ? 1 : 0, w: 1 });
  }
  let blocks = pav(groups);
  // merge small blocks into the neighbour nearest in precision, until none is small
  for (;;) {
    const i = blocks.findIndex((b) => b.w < minDrafts);
    if (i < 0 || blocks.length === 1) break;
    const j =
      i === 0
        ? 1
        : i === blocks.length - 1
          ? i - 1
          : Math.abs(blocks[i - 1].y - blocks[i].y) <= Math.abs(blocks[i + 1].y - blocks[i].y)
            ? i - 1
            : i + 1;
    const [a, b] = i < j ? [i, j] : [j, i];
    const w = blocks[a].w + blocks[b].w;
    blocks.splice(a, 2, {
      x: (blocks[a].x * blocks[a].w + blocks[b].x * blocks[b].w) / w,
      y: (blocks[a].y * blocks[a].w + blocks[b].y * blocks[b].w) / w,
      w,
    });
  }
  blocks = pav(blocks.map((b) => ({ x: b.x, y: (b.y * b.w + b.x * prior) / (b.w + prior), w: b.w })));
  const r4 = (v: number) => Math.round(v * 10000) / 10000;
  return blocks.map((b) => [r4(b.x), r4(b.y)]);
}

/**
 * Fits an L2-regularised logistic regression (the intercept not penalised) by Newton's method on
 * one-hot terms: deterministic (terms in sorted order, no randomness), converges in a few steps.
 */
export function fitLogistic(samples: { terms: string[]; right: boolean }[], l2: number): Pick<ConfidenceModel, 'intercept' | 'weights'> {
  const names = [...new Set(samples.flatMap((s) => s.terms))].sort();
  const index = new Map(names.map((n, i) => [n, i + 1]));
  const d = names.length + 1;
  const rows = samples.map((s) => [0, ...[...new Set(s.terms)].map((t) => index.get(t)!)]);
  const w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 100; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((row, i) => {
      const p = sigmoid(row.reduce((z, j) => z + w[j], 0));
      const residual = p - (samples[i].right ? 1 : 0);
      const v = p * (1 - p);
      for (const j of row) {
        gradient[j] += residual;
        for (const k of row) hessian[j][k] += v;
      }
    });
    for (let j = 1; j < d; j++) {
      gradient[j] += l2 * w[j];
      hessian[j][j] += l2;
    }
    hessian[0][0] += 1e-9;
    const step = solveLinear(hessian, gradient);
    let largest = 0;
    for (let j = 0; j < d; j++) {
      w[j] -= step[j];
      largest = Math.max(largest, Math.abs(step[j]));
    }
    if (largest < 1e-10) break;
  }
  return { intercept: w[0], weights: Object.fromEntries(names.map((n, i) => [n, w[i + 1]])) };
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
export function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || m[r][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The lowest confidence a finished draft gets: the threshold under which the extractor does not store
 * a draft (MIN_DRAFT_CONFIDENCE in extractor/extractor.ts, a unit test checks they agree). Which drafts are stored
 * stays the extraction's decision: the model puts drafts without parties or without a call near 0.02
 * (on the first runs, 1 of 73 such drafts under 0.1 was right), but a real document can state a
 * position outside any call, so the confidence says "unlikely" without dropping the draft.
 */
export const CONFIDENCE_FLOOR = 0.1;

/** The confidence of a draft with these terms: the model's probability, in hundredths, not under CONFIDENCE_FLOOR. */
export const modelConfidence = (terms: string[], model: Pick<ConfidenceModel, 'intercept' | 'weights' | 'recalibration'>): number =>
  Math.max(CONFIDENCE_FLOOR, round2(modelProbability(terms, model)));

/** Provisional, while the draft is assembled (nothing is known yet): the precision of all drafts the model was fitted on. */
export function confidenceOf(
  _features: DraftFeatures,
  model: ConfidenceModel = confidenceModel,
): { value: number; mean: number; key: string; drafts: number } {
  return { value: round2(model.base), mean: round2(model.base), key: '*', drafts: model.drafts };
}

/**
 * The finished draft's confidence, and its evidence (`field: "confidence"`): its value is the
 * draft's terms, its rule the terms that moved the estimate most.
 */
export function finishConfidence(
  p: Passage,
  context: { proposedCall: boolean; document: string },
  model: ConfidenceModel = confidenceModel,
): void {
  const terms = modelTerms(draftFeatures(p, context));
  const value = modelConfidence(terms, model);
  p.confidence = value;
  const strongest = terms
    .filter((t) => model.weights[t])
    .sort((a, b) => Math.abs(model.weights[b]) - Math.abs(model.weights[a]) || (a < b ? -1 : 1))
    .slice(0, 3)
    .map((t) => `${t} ${model.weights[t] > 0 ? '+' : '−'}${Math.abs(model.weights[t]).toFixed(2)}`);
  const evidence = {
    field: 'confidence',
    value: terms.join('|'),
    span: '',
    rule: `precision of drafts with these features on the first runs of blind batches (${model.drafts} drafts, ${round2(model.base).toFixed(2)} right), by a logistic model${model.recalibration?.length ? ' and its isotonic map' : ''}${
      strongest.length ? ` (strongest: ${strongest.join(', ')})` : ''
    }`,
    confidence: value,
  };
  const i = p.evidence.findIndex((e) => e.field === 'confidence');
  if (i >= 0) p.evidence[i] = evidence;
  else p.evidence.push(evidence);
}
