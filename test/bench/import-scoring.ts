/**
 * Scoring of imported drafts against the import corpus's expectations
 * (test/fixtures/import-corpus/, format in its README). Pure functions, no database: the harness
 * (`npm run bench:import`, test/bench/import.ts) turns the API's drafts into `DraftView`s and
 * calls these; unit tests in test/unit/import-scoring.test.ts.
 */
import { betaQuantile } from '../../src/imports/pipeline/confidence';

export const FIELDS = ['kind', 'author', 'parties', 'source', 'call', 'commitments'] as const;
export type Field = (typeof FIELDS)[number];

export const REASONS = ['boilerplate', 'question', 'background', 'no-position', 'below-threshold'] as const;
export type Reason = (typeof REASONS)[number];

export interface ProposedPerson {
  name: string;
  country?: string;
  title?: string;
  capacity?: string;
  /**
   * The one word of the name the document writes, when it never writes the others ("Minister for Defence Payne" for
   * Marise Payne): a proposal of that word alone is that person (set by `withDocumentNames`, not written by a labeller).
   */
  documentName?: string;
}

/** An official on record (canonical name), or one the draft should propose. */
export interface ExpectedParty {
  official?: string;
  /** Documents an ACTING or DESIGNATE holding of an official on record (the world's holding); not scored. */
  capacity?: string;
  proposed?: ProposedPerson;
}

export interface ExpectedSource {
  kind: string;
  isDocument: boolean;
  /** Checked only when given: the organization's name (on record or proposed). */
  publisher?: string;
  /** Checked only when given. */
  speaker?: string;
}

/** A call's title, null for none, or a call the draft should propose (none is recorded). */
export type ExpectedCall = string | null | { proposed: true; participants?: string[] };

export interface ExpectedCommitment {
  /** A commitment on record (its title)… */
  title?: string;
  /** …or one the dataset lacks, to be proposed (a description; matched loosely). */
  proposed?: string;
  stance: string;
}

export interface ExpectedDraft {
  passage: string;
  kind: 'DIRECT_QUOTE' | 'PARAPHRASE';
  /** An organization on record, officials, or an organization not on record the draft should propose (`{ name, country }`). */
  author: { organization?: string; officials?: ExpectedParty[]; proposedOrganization?: { name: string; country?: string } };
  parties: ExpectedParty[];
  source: ExpectedSource;
  call: ExpectedCall;
  commitments: ExpectedCommitment[];
  why?: string;
}

export interface NothingPassage {
  passage: string;
  reason: Reason;
  why?: string;
}

export interface ImportMetadata {
  kind: string;
  publisher?: string;
  publishedOn: string;
  timeZone: string;
  title: string;
}

export interface CorpusDocument {
  id: string;
  genre: string;
  document: string;
  import: ImportMetadata;
  statesArticleV: boolean;
  notes?: string;
  expected: ExpectedDraft[];
  nothing: NothingPassage[];
}

/** A draft as the harness reads it from the API. Fields the API lacks are null. */
export interface DraftView {
  text: string;
  kind: string;
  confidence: number;
  speakers: string[];
  organization: string | null;
  /** The author organization the draft proposes (not on record); null for none, undefined when the API has no such field. */
  proposedOrganization?: { name: string; country?: string } | null;
  parties: string[];
  /** Roles ("author", "party") when the API says them, else null. */
  proposedOfficials: (ProposedPerson & { roles: string[] | null })[];
  source: { kind: string; isDocument: boolean; publisher: string | null; speaker: string | null };
  call: string | null;
  /** Whether the draft proposes a new call; null when the API has no such field. */
  proposedCall: boolean | null;
  commitments: { title: string; stance: string }[];
  /** Commitments the draft proposes to create; null when the API has no such field. */
  proposedCommitments: { text: string; stance: string | null }[] | null;
}

/** What the API says it did with a sentence it made no draft of (when it says it). */
export interface DispositionView {
  text: string;
  reason: string | null;
  /** The rule that decided, by name, when the API gives it. */
  rule?: string | null;
}

export const ARTICLE_V = 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands';

// ---------------------------------------------------------------------------------------------
// Text

/** Lower case, straight quotes, plain hyphens, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Words: letters and digits, apostrophes inside words kept. */
export function words(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function grams(text: string): string[] {
  const w = words(text);
  if (w.length < 2) return w;
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(`${w[i]} ${w[i + 1]}`);
  return out;
}

function multisetCommon(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  return common;
}

/**
 * How much of `passage` the draft's text covers (share of the passage's word pairs found in the
 * text) and how much of the text is the passage (share of the text's word pairs in it).
 */
export function overlap(passage: string, text: string): { coverage: number; share: number } {
  const p = grams(passage);
  const t = grams(text);
  if (!p.length || !t.length) return { coverage: 0, share: 0 };
  const common = multisetCommon(p, t);
  return { coverage: common / p.length, share: common / t.length };
}

/** A draft matches a passage when it covers this much of it… */
export const MIN_COVERAGE = 0.6;
/** …and is not mostly other text (a whole paragraph for one sentence). */
export const MIN_SHARE = 0.2;

/**
 * One-to-one matching of passages to drafts by text overlap, best pairs first. Returns, for
 * each passage, the index of its draft or -1. `taken` drafts are not available.
 */
export function matchPassages(passages: string[], texts: string[], taken: ReadonlySet<number> = new Set()): number[] {
  const pairs: { p: number; d: number; coverage: number; share: number }[] = [];
  passages.forEach((passage, p) =>
    texts.forEach((text, d) => {
      if (taken.has(d)) return;
      const o = overlap(passage, text);
      if (o.coverage >= MIN_COVERAGE && o.share >= MIN_SHARE) pairs.push({ p, d, ...o });
    }),
  );
  pairs.sort((a, b) => b.coverage - a.coverage || b.share - a.share || a.p - b.p || a.d - b.d);
  const result = passages.map(() => -1);
  const used = new Set<number>();
  for (const pair of pairs) {
    if (result[pair.p] >= 0 || used.has(pair.d)) continue;
    result[pair.p] = pair.d;
    used.add(pair.d);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Names

const DROPPED_NAME_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'hon', 'the', 'mp', 'mr', 'ms', 'mrs', 'dr']);

/** Name words without initials, suffixes and honorifics, in any order ("KIHARA Minoru" = "Minoru Kihara"). */
export function nameKey(name: string): string {
  return words(name.replace(/-/g, ' '))
    .map((w) => w.replace(/'/g, ''))
    .filter((w) => w.length > 1 && !DROPPED_NAME_WORDS.has(w))
    .sort()
    .join(' ');
}

export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

// ---------------------------------------------------------------------------------------------
// Fields

/**
 * DOCUMENT_NAME: a labeller may give a proposed official's full name where the document writes only one word of it (a
 * press conference's "Minister for Defence Payne", "Defense Minister Gazmin"): the import cannot read what the document
 * does not write, so a proposal of that one word is the person. Marks each such expected person with `documentName`
 * (the name's words are those of `nameKey`; the document's, its words as `words` reads them). A copy; the labels are unchanged.
 */
export function withDocumentNames<D extends CorpusDocument>(doc: D, documentText: string): D {
  const written = new Set(words(documentText.replace(/-/g, ' ')).map((w) => w.replace(/'/g, '')));
  const mark = (p: ExpectedParty): ExpectedParty => {
    if (!p.proposed) return p;
    const key = nameKey(p.proposed.name).split(' ');
    const present = key.filter((w) => written.has(w));
    return key.length >= 2 && present.length === 1 ? { ...p, proposed: { ...p.proposed, documentName: present[0] } } : p;
  };
  return {
    ...doc,
    expected: doc.expected.map((e) => ({
      ...e,
      author: e.author.officials ? { ...e.author, officials: e.author.officials.map(mark) } : e.author,
      parties: e.parties.map(mark),
    })),
  };
}

const sameSet = (a: string[], b: string[]) => {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

/** A proposed official of a draft is the one expected: same name, and country and capacity where both say them. */
export const proposedMatches = (want: ProposedPerson, have: DraftView['proposedOfficials'][number]) =>
  (sameName(want.name, have.name) || (want.documentName !== undefined && nameKey(have.name) === want.documentName)) &&
  (!want.country || !have.country || want.country === have.country) &&
  (!want.capacity || !have.capacity || want.capacity === have.capacity);

function officialsRight(expected: ExpectedParty[], known: string[], proposed: DraftView['proposedOfficials'], role: string) {
  const wantKnown = expected.filter((p) => p.official).map((p) => p.official!);
  const wantProposed = expected.filter((p) => p.proposed).map((p) => p.proposed!);
  const withRole = proposed.filter((p) => p.roles === null || p.roles.includes(role));
  if (!sameSet(known, wantKnown)) return false;
  if (!wantProposed.every((w) => withRole.some((h) => proposedMatches(w, h)))) return false;
  // With roles given, no other proposed official may take this role.
  const roleKnown = proposed.some((p) => p.roles !== null);
  if (roleKnown && withRole.some((h) => !wantProposed.some((w) => proposedMatches(w, h)))) return false;
  return true;
}

function authorRight(e: ExpectedDraft, d: DraftView): boolean {
  if (e.author.organization) {
    return d.organization !== null && sameName(d.organization, e.author.organization) && d.speakers.length === 0 && !d.proposedOrganization;
  }
  const want = e.author.proposedOrganization;
  if (want) {
    if (d.organization !== null || d.speakers.length > 0) return false;
    // Without the API field it cannot tell: no author at all is the most it can check.
    if (d.proposedOrganization === undefined) return officialsRight([], d.speakers, d.proposedOfficials, 'author');
    return (
      !!d.proposedOrganization &&
      sameName(d.proposedOrganization.name, want.name) &&
      (!want.country || d.proposedOrganization.country === want.country)
    );
  }
  if (d.organization !== null || d.proposedOrganization) return false;
  return officialsRight(e.author.officials ?? [], d.speakers, d.proposedOfficials, 'author');
}

function partiesRight(e: ExpectedDraft, d: DraftView): boolean {
  return officialsRight(e.parties, d.parties, d.proposedOfficials, 'party');
}

function sourceRight(e: ExpectedDraft, d: DraftView): boolean {
  if (d.source.kind !== e.source.kind || d.source.isDocument !== e.source.isDocument) return false;
  if (e.source.publisher && !(d.source.publisher && sameName(d.source.publisher, e.source.publisher))) return false;
  if (e.source.speaker && !(d.source.speaker && sameName(d.source.speaker, e.source.speaker))) return false;
  return true;
}

function callRight(e: ExpectedDraft, d: DraftView): boolean {
  if (e.call === null) return d.call === null && d.proposedCall !== true;
  if (typeof e.call === 'string') return d.call === e.call;
  // A proposed call: none recorded is chosen, and the draft proposes one where the API can say so.
  return d.call === null && d.proposedCall !== false;
}

const contentWords = (s: string) =>
  new Set(words(s).filter((w) => w.length > 2 && !['the', 'and', 'for', 'under', 'with', 'commitment', 'treaty'].includes(w)));

/** A proposed commitment matches a description when they share at least half of the description's content words. */
export function proposalMatches(description: string, proposal: string): boolean {
  const want = contentWords(description);
  const have = contentWords(proposal);
  if (!want.size) return false;
  let common = 0;
  for (const w of want) if (have.has(w)) common++;
  return common / want.size >= 0.5;
}

function commitmentsRight(e: ExpectedDraft, d: DraftView): boolean {
  const want = e.commitments.filter((c) => c.title).map((c) => `${c.title} (${c.stance})`);
  const have = d.commitments.map((c) => `${c.title} (${c.stance})`);
  if (!sameSet(want, have)) return false;
  const proposals = e.commitments.filter((c) => c.proposed);
  if (d.proposedCommitments === null) return true;
  if (proposals.length !== d.proposedCommitments.length) return false;
  return proposals.every((p) =>
    d.proposedCommitments!.some((h) => proposalMatches(p.proposed!, h.text) && (h.stance === null || h.stance === p.stance)),
  );
}

/** Which fields of a matched draft are right. */
export function checkFields(e: ExpectedDraft, d: DraftView): Record<Field, boolean> {
  return {
    kind: d.kind === e.kind,
    author: authorRight(e, d),
    parties: partiesRight(e, d),
    source: sourceRight(e, d),
    call: callRight(e, d),
    commitments: commitmentsRight(e, d),
  };
}

/** How a wrong field reads in a mismatch report. */
export function describeField(field: Field, e: ExpectedDraft, d: DraftView): string {
  const party = (p: ExpectedParty) =>
    p.official ?? `${p.proposed!.name} (proposed ${p.proposed!.country ?? ''} ${p.proposed!.capacity ?? ''})`;
  const proposedOf = (role: string) =>
    d.proposedOfficials
      .filter((p) => p.roles === null || p.roles.includes(role))
      .map((p) => `${p.name} (proposed ${p.country ?? ''} ${p.capacity ?? ''})`);
  switch (field) {
    case 'kind':
      return `kind ${d.kind}, expected ${e.kind}`;
    case 'author':
      return `author [${[
        ...(d.organization ? [d.organization] : []),
        ...(d.proposedOrganization ? [`${d.proposedOrganization.name} (proposed ${d.proposedOrganization.country ?? ''})`] : []),
        ...d.speakers,
        ...proposedOf('author'),
      ].join(', ')}], expected [${
        e.author.organization ??
        (e.author.proposedOrganization
          ? `${e.author.proposedOrganization.name} (proposed ${e.author.proposedOrganization.country ?? ''})`
          : (e.author.officials ?? []).map(party).join(', '))
      }]`;
    case 'parties':
      return `parties [${[...d.parties, ...proposedOf('party')].join(', ')}], expected [${e.parties.map(party).join(', ')}]`;
    case 'source':
      return `source ${d.source.kind}${d.source.isDocument ? ' (the document)' : ''} ${d.source.publisher ?? ''} ${d.source.speaker ?? ''}, expected ${
        e.source.kind
      }${e.source.isDocument ? ' (the document)' : ''} ${e.source.publisher ?? ''} ${e.source.speaker ?? ''}`;
    case 'call':
      return `call ${d.call ?? (d.proposedCall ? 'proposed' : 'none')}, expected ${
        e.call === null ? 'none' : typeof e.call === 'string' ? e.call : 'a proposed call'
      }`;
    case 'commitments':
      return `commitments [${[
        ...d.commitments.map((c) => `${c.title} (${c.stance})`),
        ...(d.proposedCommitments ?? []).map((c) => `proposed: ${c.text}`),
      ].join(
        '; ',
      )}], expected [${e.commitments.map((c) => (c.title ? `${c.title} (${c.stance})` : `proposed: ${c.proposed} (${c.stance})`)).join('; ')}]`;
  }
}

// ---------------------------------------------------------------------------------------------
// Documents

export interface DocumentScore {
  id: string;
  genre: string;
  expected: number;
  drafts: number;
  /** Expected passages with a matching draft. */
  found: number;
  /** Drafts with every field right. */
  right: number;
  fieldsRight: Record<Field, number>;
  /** Sum over expected passages of the share of right fields (0 when no draft). */
  softSum: number;
  /** Passages (expected or nothing) with neither a draft nor a disposition; a nothing-sentence the page extraction left out is not one. */
  dropped: number;
  /** Passages listed (expected and nothing). */
  passages: number;
  /** Nothing-passages that got a draft. */
  nothingDrafted: number;
  /** Nothing-passages whose disposition gives the expected reason (when dispositions exist). */
  reasonsRight: number;
  reasonsChecked: number;
  statesArticleV: boolean;
  articleVFound: boolean;
  /** Each draft's confidence and whether it was right. */
  confidences: { confidence: number; right: boolean }[];
  /**
   * What each draft (in the API's order) turned out to be: an expected passage's draft with every field right, one with a
   * field wrong, a draft of a sentence that must yield nothing, or a draft of a sentence the labels do not list.
   */
  draftOutcomes: DraftOutcome[];
  problems: string[];
}

export type DraftOutcome = 'right' | 'wrong' | 'nothing' | 'extra';

const reasonMatches = (expected: Reason, reason: string | null) =>
  reason !== null &&
  normalizeText(reason)
    .replace(/[\s_]+/g, '-')
    .includes(expected);

/**
 * The dispositions of the sentence(s) of a passage: the one sentence that covers it best (a title repeating most of a
 * readout's opening sentence covers it too), else those of the sentences inside it when together they cover it (one
 * disposition per sentence, whatever the passage's shape: "You met him yesterday. What did he say?"). Empty when
 * none does, or when the API gives no dispositions (null).
 */
export function sentencesOf(passage: string, dispositions: DispositionView[] | null): DispositionView[] {
  if (dispositions === null) return [];
  const one = dispositions
    .map((s) => ({ s, coverage: overlap(passage, s.text).coverage }))
    .filter((x) => x.coverage >= MIN_COVERAGE)
    .sort((a, b) => b.coverage - a.coverage)[0]?.s;
  if (one) return [one];
  const parts = dispositions.filter((s) => overlap(s.text, passage).coverage >= MIN_COVERAGE);
  return parts.length > 1 && overlap(passage, parts.map((s) => s.text).join(' ')).coverage >= MIN_COVERAGE ? parts : [];
}

/** Which draft each expected passage matches, then each nothing-passage among the drafts left (-1 for none). */
export function matchDocument(
  doc: Pick<CorpusDocument, 'expected' | 'nothing'>,
  drafts: DraftView[],
): { matched: number[]; nothingMatched: number[] } {
  const texts = drafts.map((d) => d.text);
  const matched = matchPassages(
    doc.expected.map((e) => e.passage),
    texts,
  );
  const nothingMatched = matchPassages(
    doc.nothing.map((n) => n.passage),
    texts,
    new Set(matched.filter((i) => i >= 0)),
  );
  return { matched, nothingMatched };
}

/**
 * Scores one document: matches its expected passages to drafts (then its nothing-passages to the
 * drafts left), checks the fields, and counts what was dropped without a trace. `dispositions`
 * is null when the API has no per-sentence dispositions.
 */
export function scoreDocument(
  doc: CorpusDocument,
  drafts: DraftView[],
  dispositions: DispositionView[] | null,
  /** The text the import extracted (a saved page's article body): a nothing-sentence it left out is not dropped. */
  documentText: string | null = null,
): DocumentScore {
  const { matched, nothingMatched } = matchDocument(doc, drafts);
  const taken = new Set(matched.filter((i) => i >= 0));
  const problems: string[] = [];
  const fieldsRight = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const rightDrafts = new Set<number>();
  let softSum = 0;
  let dropped = 0;
  const dispositionsOf = (passage: string) => sentencesOf(passage, dispositions);
  const hasDisposition = (passage: string) => dispositionsOf(passage).length > 0;
  doc.expected.forEach((e, i) => {
    const j = matched[i];
    if (j < 0) {
      if (!hasDisposition(e.passage)) dropped++;
      problems.push(`missing: ${e.passage}`);
      return;
    }
    const checks = checkFields(e, drafts[j]);
    const wrong = FIELDS.filter((f) => !checks[f]);
    for (const f of FIELDS) if (checks[f]) fieldsRight[f]++;
    softSum += (FIELDS.length - wrong.length) / FIELDS.length;
    if (wrong.length) problems.push(`wrong (${wrong.map((f) => describeField(f, e, drafts[j])).join('; ')}): ${e.passage}`);
    else rightDrafts.add(j);
  });
  let nothingDrafted = 0;
  let reasonsRight = 0;
  let reasonsChecked = 0;
  doc.nothing.forEach((n, i) => {
    if (nothingMatched[i] >= 0) {
      nothingDrafted++;
      problems.push(`drafted, expected nothing (${n.reason}): ${n.passage}`);
      return;
    }
    if (documentText !== null && !normalizeText(documentText).includes(normalizeText(n.passage))) return;
    if (dispositions === null) {
      dropped++;
      return;
    }
    const parts = dispositionsOf(n.passage);
    const disposition = parts.find((s) => !reasonMatches(n.reason, s.reason)) ?? parts[0];
    if (!disposition) {
      dropped++;
      problems.push(`no disposition (expected ${n.reason}): ${n.passage}`);
      return;
    }
    reasonsChecked++;
    if (reasonMatches(n.reason, disposition.reason)) reasonsRight++;
    else problems.push(`skipped as ${disposition.reason ?? '?'}, expected ${n.reason}: ${n.passage}`);
  });
  const usedByNothing = new Set(nothingMatched.filter((i) => i >= 0));
  drafts.forEach((d, j) => {
    if (!taken.has(j) && !usedByNothing.has(j)) problems.push(`extra draft: ${d.text}`);
  });
  return {
    id: doc.id,
    genre: doc.genre,
    expected: doc.expected.length,
    drafts: drafts.length,
    found: taken.size,
    right: rightDrafts.size,
    fieldsRight,
    softSum,
    dropped,
    passages: doc.expected.length + doc.nothing.length,
    nothingDrafted,
    reasonsRight,
    reasonsChecked,
    statesArticleV: doc.statesArticleV,
    articleVFound: drafts.some((d) => d.commitments.some((c) => c.title === ARTICLE_V)),
    confidences: drafts.map((d, j) => ({ confidence: d.confidence, right: rightDrafts.has(j) })),
    draftOutcomes: drafts.map((_, j) =>
      rightDrafts.has(j) ? 'right' : taken.has(j) ? 'wrong' : usedByNothing.has(j) ? 'nothing' : 'extra',
    ),
    problems,
  };
}

// ---------------------------------------------------------------------------------------------
// Aggregates

export interface Band {
  from: number;
  to: number;
  drafts: number;
  right: number;
  precision: number | null;
  /** The measured precision is within 0.1 of the band (null without drafts). */
  calibrated: boolean | null;
  /** The 95% binomial (Clopper–Pearson) interval of the precision, given the band's drafts (null without drafts). */
  interval: [number, number] | null;
  /**
   * The band widened by 0.1 meets the interval: with this few drafts, a precision within 0.1 of the
   * band cannot be ruled out (null without drafts). A band of 3 drafts at 0/3 is off, but consistent.
   */
  consistent: boolean | null;
}

/** How many populated bands are within 0.1, and how many are consistent with it given their drafts. */
export interface CalibrationSummary {
  populated: number;
  calibrated: number;
  consistent: number;
  /** Mean squared difference between each draft's confidence and 1 (right) or 0 (wrong): lower is better (null without drafts). */
  brier: number | null;
}

export interface Aggregate {
  documents: number;
  expected: number;
  drafts: number;
  found: number;
  right: number;
  strictRecall: number | null;
  strictPrecision: number | null;
  /** Per field: right among the expected passages that got a draft. */
  fieldAccuracy: Record<Field, number | null>;
  soft: number | null;
  dropped: number;
  passages: number;
  nothingDrafted: number;
  reasonsRight: number;
  reasonsChecked: number;
  articleV: { found: number; documents: number };
  calibration: Band[];
  /** Populated bands, and how many are within 0.1 / consistent with it. */
  calibrationSummary: CalibrationSummary;
  /** Strict recall and precision keeping only the drafts at or above each of THRESHOLDS. */
  operatingPoints: OperatingPoint[];
}

const ratio = (a: number, b: number) => (b ? a / b : null);

/** Confidence bands: below 0.5, then tenths up to 1. */
export const BANDS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.0001],
];

/** The exact (Clopper–Pearson) two-sided interval of a binomial proportion, `right` of `n`. */
export function binomialInterval(right: number, n: number, level = 0.95): [number, number] {
  const tail = (1 - level) / 2;
  const lo = right === 0 ? 0 : betaQuantile(tail, right, n - right + 1);
  const hi = right === n ? 1 : betaQuantile(1 - tail, right + 1, n - right);
  return [Math.round(lo * 100) / 100, Math.round(hi * 100) / 100];
}

/** Precision per confidence band, with its binomial interval. */
export function calibration(confidences: { confidence: number; right: boolean }[]): Band[] {
  return BANDS.map(([from, to]) => {
    const inBand = confidences.filter((c) => c.confidence >= from && c.confidence < to);
    const right = inBand.filter((c) => c.right).length;
    const precision = ratio(right, inBand.length);
    const top = Math.min(to, 1);
    const interval = inBand.length ? binomialInterval(right, inBand.length) : null;
    return {
      from,
      to: top,
      drafts: inBand.length,
      right,
      precision,
      calibrated: precision === null ? null : precision >= from - 0.1 && precision <= top + 0.1,
      interval,
      consistent: interval === null ? null : interval[1] >= from - 0.1 && interval[0] <= top + 0.1,
    };
  });
}

/** Confidence thresholds an editor or client may filter drafts at (the API returns each draft's confidence). */
export const THRESHOLDS = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

export interface OperatingPoint {
  threshold: number;
  drafts: number;
  right: number;
  recall: number | null;
  precision: number | null;
}

/**
 * Strict recall and precision when only drafts at or above each threshold are kept: what a client that filters by
 * confidence gets, and so whether any threshold reaches a recall and precision goal together.
 */
export function operatingPoints(confidences: { confidence: number; right: boolean }[], expected: number): OperatingPoint[] {
  return THRESHOLDS.map((threshold) => {
    const kept = confidences.filter((c) => c.confidence >= threshold);
    const right = kept.filter((c) => c.right).length;
    return { threshold, drafts: kept.length, right, recall: ratio(right, expected), precision: ratio(right, kept.length) };
  });
}

export function calibrationSummary(bands: Band[], confidences: { confidence: number; right: boolean }[] = []): CalibrationSummary {
  const populated = bands.filter((b) => b.drafts > 0);
  return {
    brier: ratio(
      confidences.reduce((sum, c) => sum + (c.confidence - (c.right ? 1 : 0)) ** 2, 0),
      confidences.length,
    ),
    populated: populated.length,
    calibrated: populated.filter((b) => b.calibrated).length,
    consistent: populated.filter((b) => b.consistent).length,
  };
}

export function aggregate(scores: DocumentScore[]): Aggregate {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const expected = sum((s) => s.expected);
  const drafts = sum((s) => s.drafts);
  const found = sum((s) => s.found);
  const right = sum((s) => s.right);
  const confidences = scores.flatMap((s) => s.confidences);
  const bands = calibration(confidences);
  return {
    documents: scores.length,
    expected,
    drafts,
    found,
    right,
    strictRecall: ratio(right, expected),
    strictPrecision: ratio(right, drafts),
    fieldAccuracy: Object.fromEntries(
      FIELDS.map((f) => [
        f,
        ratio(
          sum((s) => s.fieldsRight[f]),
          found,
        ),
      ]),
    ) as Record<Field, number | null>,
    soft: ratio(
      sum((s) => s.softSum),
      expected,
    ),
    dropped: sum((s) => s.dropped),
    passages: sum((s) => s.passages),
    nothingDrafted: sum((s) => s.nothingDrafted),
    reasonsRight: sum((s) => s.reasonsRight),
    reasonsChecked: sum((s) => s.reasonsChecked),
    articleV: {
      found: scores.filter((s) => s.statesArticleV && s.articleVFound).length,
      documents: scores.filter((s) => s.statesArticleV).length,
    },
    calibration: bands,
    calibrationSummary: calibrationSummary(bands, confidences),
    operatingPoints: operatingPoints(confidences, expected),
  };
}

/** Aggregates per genre (sorted by name) and overall. */
/** The aggregate of the documents of each group, groups in sorted order. */
function groupedBy(scores: DocumentScore[], key: (s: DocumentScore) => string): Record<string, Aggregate> {
  const groups: Record<string, Aggregate> = {};
  for (const k of [...new Set(scores.map(key))].sort()) groups[k] = aggregate(scores.filter((s) => key(s) === k));
  return groups;
}

export function byGenre(scores: DocumentScore[]): { genres: Record<string, Aggregate>; overall: Aggregate } {
  return { genres: groupedBy(scores, (s) => s.genre), overall: aggregate(scores) };
}

/**
 * The batch a document id belongs to: its letters ("k07" → "k", "d05" → "d"). Each batch of the development set but
 * the first `d` documents was written by one session, most of them blind (the corpus README says which), so the
 * figures per batch show how the extraction does on each writer's documents.
 */
export const batchOf = (id: string): string => /^[a-z]+/i.exec(id)?.[0] ?? id;

/** The aggregate per batch (writer), for the development set. */
export const byBatch = (scores: DocumentScore[]): Record<string, Aggregate> => groupedBy(scores, (s) => batchOf(s.id));
