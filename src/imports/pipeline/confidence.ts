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
 * `confidenceKeys`): all drafts → parties found (none, one, two or more) → whose words (the
 * document's own, or a source it reports) → the kind of document the editor gave. Each level
 * shrinks its measured precision toward its parent's estimate, p = (right + SHRINK · parent) /
 * (drafts + SHRINK), from PRIOR above the root; a key the table lacks stops the chain at its
 * parent. A combination seen a few times thus moves little from the coarser estimate, one seen
 * often gets its own precision. These features were chosen because they separated right from
 * wrong drafts in the same way on the calibration set and on the held-out set (README, "Confidence").
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
  };
}

/** The chain of keys, from the coarsest ('*') to the finest. */
export function confidenceKeys(f: Pick<ConfidenceFeatures, 'partyCount' | 'ownWords' | 'document'>): string[] {
  const parties = `parties:${f.partyCount === 0 ? '0' : f.partyCount === 1 ? '1' : '2+'}`;
  const words = `${parties}|${f.ownWords ? 'own-words' : 'reported'}`;
  return ['*', parties, words, `${words}|${f.document}`];
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

/** The estimate along `keys`: each level's precision shrunk toward its parent's; stops at the first key the table lacks. */
export function shrunkEstimate(keys: string[], t: ConfidenceTable): { value: number; key: string; drafts: number } {
  let value = PRIOR;
  let key = 'prior';
  let drafts = 0;
  for (const k of keys) {
    const row = t.rows[k];
    if (!row || row.drafts === 0) break;
    value = (row.right + SHRINK * value) / (row.drafts + SHRINK);
    key = k;
    drafts = row.drafts;
  }
  return { value: Math.round(value * 100) / 100, key, drafts };
}

/** Provisional, while the draft is assembled (only the root is known): `finishConfidence` replaces it. */
export function confidenceOf(
  _features: DraftFeatures,
  t: ConfidenceTable = confidenceTable,
): { value: number; key: string; drafts: number } {
  return shrunkEstimate(['*'], t);
}

/** The finished draft's confidence, and its evidence (`field: "confidence"`) saying which row it comes from. */
export function finishConfidence(
  p: Passage,
  context: { proposedCall: boolean; document: string },
  t: ConfidenceTable = confidenceTable,
): void {
  const features = draftFeatures(p, context);
  const measured = shrunkEstimate(confidenceKeys(features), t);
  p.confidence = measured.value;
  const evidence = {
    field: 'confidence',
    value: measured.key,
    span: '',
    rule: measured.drafts
      ? `precision of drafts with these features on the calibration set (${measured.drafts} drafts), shrunk toward coarser features`
      : 'prior: features not measured',
    confidence: measured.value,
  };
  const i = p.evidence.findIndex((e) => e.field === 'confidence');
  if (i >= 0) p.evidence[i] = evidence;
  else p.evidence.push(evidence);
}
