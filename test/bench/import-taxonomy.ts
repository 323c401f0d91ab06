/**
 * Why an expected passage is not strictly right, counted by class: the failure taxonomy `npm run bench:import` prints
 * for every set, held-out ones too, since it holds only counts of classes (no text, no names, no ids). The classes come
 * from the data model (ExpectedDraft against DraftView), by the SHAPE of what was expected and what the draft has:
 * - an expected passage without a draft: what the import did with its sentence (the skip reason, DRAFTED and where
 *   that draft went, or no sentence covering it);
 * - a draft with a wrong field: per field, the class of the expected value against the class of the draft's;
 * - a draft that matches no expected passage: a listed nothing-sentence (with the reason the labels give) or not.
 * Pure functions, no database; unit tests in test/unit/import-taxonomy.test.ts.
 */
import {
  checkFields,
  FIELDS,
  matchDocument,
  MIN_COVERAGE,
  MIN_SHARE,
  overlap,
  proposalMatches,
  proposedMatches,
  sameName,
  sentencesOf,
  type CorpusDocument,
  type DispositionView,
  type DraftView,
  type ExpectedDraft,
  type ExpectedParty,
  type Field,
} from './import-scoring';

/** Counts per class. */
export type Counts = Record<string, number>;

export interface Taxonomy {
  /** Expected passages without a draft, by what became of their sentence. */
  missing: Counts;
  /** Drafts of expected passages with a wrong field: per field, by class. */
  wrong: Record<Field, Counts>;
  /** Drafts of expected passages by how many fields are wrong ("1", "2", "3+"), wrong drafts only. */
  wrongFields: Counts;
  /** Drafts with exactly one wrong field, by that field: the drafts that field alone keeps from being right. */
  onlyWrong: Counts;
  /** Drafts that match no expected passage, by what their sentence is. */
  extra: Counts;
  /** Expected passages without a draft whose sentence was skipped, by the skip reason and the rule that gave it. */
  skippedBy: Counts;
}

export const emptyTaxonomy = (): Taxonomy => ({
  missing: {},
  wrong: Object.fromEntries(FIELDS.map((f) => [f, {}])) as Record<Field, Counts>,
  wrongFields: {},
  onlyWrong: {},
  extra: {},
  skippedBy: {},
});

const add = (counts: Counts, key: string, n = 1) => {
  counts[key] = (counts[key] ?? 0) + n;
};

// ---------------------------------------------------------------------------------------------
// Expected passages without a draft

const isDrafted = (s: DispositionView) => s.reason === null || /^drafted$/i.test(s.reason);

/**
 * What became of the sentence(s) of an expected passage that got no draft: its skip reason (several sentences with
 * different reasons give them joined by "+"), DRAFTED with where its draft went, or "not covered".
 */
export function classifyMissing(
  passage: string,
  drafts: DraftView[],
  /** Per draft: 'expected' when it matched another expected passage, 'nothing' a nothing-passage, null none. */
  matchedTo: ('expected' | 'nothing' | null)[],
  dispositions: DispositionView[] | null,
): string {
  if (dispositions === null) return 'not covered (no dispositions: the API gives none, or the import failed)';
  const parts = sentencesOf(passage, dispositions);
  if (!parts.length) return 'not covered: no sentence of the import covers it';
  const reasons = [...new Set(parts.filter((s) => !isDrafted(s)).map((s) => s.reason!))].sort();
  if (reasons.length && parts.some(isDrafted)) return `partly DRAFTED, partly ${reasons.join('+')}`;
  if (reasons.length) return reasons.join('+');
  // Drafted: the draft that covers most of the passage, and where it went.
  const best = drafts
    .map((d, j) => ({ j, ...overlap(passage, d.text) }))
    .filter((x) => x.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || b.share - a.share)[0];
  if (!best) return 'DRAFTED: no draft shares its words';
  if (matchedTo[best.j] === 'expected') return 'DRAFTED: its draft matched another expected passage';
  if (matchedTo[best.j] === 'nothing') return 'DRAFTED: its draft matched a nothing-sentence';
  if (best.coverage < MIN_COVERAGE) return 'DRAFTED: a draft covers only part of it';
  if (best.share < MIN_SHARE) return 'DRAFTED: a draft covers it but is mostly other text';
  return 'DRAFTED: other';
}

/**
 * The rule that skipped the sentence(s) of an expected passage that got no draft, as "REASON: rule" (its figures, such as a
 * gate's probability, read as "#"; at most 90 characters), or null when a sentence of it was drafted or the API gives no rules.
 */
export function skipRuleOf(passage: string, dispositions: DispositionView[] | null): string | null {
  const parts = sentencesOf(passage, dispositions);
  if (!parts.length || parts.some(isDrafted) || parts.some((s) => !s.rule)) return null;
  const keys = parts.map((s) => `${s.reason}: ${s.rule!.replace(/\d+(?:\.\d+)?/g, '#')}`.slice(0, 90));
  return [...new Set(keys)].sort().join(' + ');
}

// ---------------------------------------------------------------------------------------------
// Wrong fields

type Proposed = DraftView['proposedOfficials'][number];

const proposedWithRole = (d: DraftView, role: string) => d.proposedOfficials.filter((p) => p.roles === null || p.roles.includes(role));

/** The classes of an author: organization or officials, on record or proposed ("none" without any). */
function expectedAuthorClass(e: ExpectedDraft): string {
  if (e.author.organization) return 'recorded organization';
  if (e.author.proposedOrganization) return 'proposed organization';
  return officialsClass(e.author.officials ?? []);
}

function officialsClass(officials: ExpectedParty[]): string {
  const classes = [
    ...(officials.some((p) => p.official) ? ['recorded official'] : []),
    ...(officials.some((p) => p.proposed) ? ['proposed official'] : []),
  ];
  return classes.join(' + ') || 'none';
}

function draftAuthorClass(d: DraftView): string {
  const classes = [
    ...(d.organization !== null ? ['recorded organization'] : []),
    ...(d.proposedOrganization ? ['proposed organization'] : []),
    ...(d.speakers.length ? ['recorded official'] : []),
  ];
  // A proposed official whose roles the API does not say counts as an author only where the draft has no other.
  const proposed = d.proposedOfficials.filter((p) => (p.roles === null ? !classes.length : p.roles.includes('author')));
  if (proposed.length) classes.push('proposed official');
  return classes.join(' + ') || 'none';
}

/**
 * Officials expected against the draft's (on record by name, proposed by `proposedMatches`): how many expected ones
 * the draft lacks (`missingProposed` of them proposed), how many it has beyond them, and how many are common.
 */
function compareOfficials(expected: ExpectedParty[], known: string[], proposed: Proposed[]) {
  const wantKnown = [...new Set(expected.filter((p) => p.official).map((p) => p.official!))];
  const wantProposed = expected.filter((p) => p.proposed).map((p) => p.proposed!);
  const haveKnown = [...new Set(known)];
  const usedProposed = new Set<number>();
  let missingProposed = 0;
  for (const w of wantProposed) {
    const i = proposed.findIndex((h, k) => !usedProposed.has(k) && proposedMatches(w, h));
    if (i < 0) missingProposed++;
    else usedProposed.add(i);
  }
  // A proposed official whose role the API does not say is not counted as extra (the scoring does not either).
  const extraProposed = proposed.filter((p, k) => !usedProposed.has(k) && p.roles !== null).length;
  const missingKnown = wantKnown.filter((w) => !haveKnown.includes(w)).length;
  const extraKnown = haveKnown.filter((h) => !wantKnown.includes(h)).length;
  return {
    missing: missingKnown + missingProposed,
    missingProposed,
    extra: extraKnown + extraProposed,
    common: wantKnown.length - missingKnown + usedProposed.size,
    has: haveKnown.length + proposed.length,
  };
}

const several = (n: number, what: string) => `${n === 1 ? 'one' : n === 2 ? 'two' : 'three or more'} ${what}`;

/** A list of officials against the draft's, by shape (the parties, or the officials of an author of the same class). */
function officialsDifference(c: ReturnType<typeof compareOfficials>, expectedCount: number): string {
  if (expectedCount > 0 && c.has === 0) return 'draft has none';
  if (c.missingProposed > 0 && c.extra === 0 && c.missing === c.missingProposed) return 'expected a proposed party the draft lacks';
  if (c.missing && c.extra) return c.common ? 'missing and extra' : 'disjoint';
  if (c.missing) return several(c.missing, 'missing');
  if (c.extra) return several(c.extra, 'extra');
  return 'other';
}

function classifyAuthor(e: ExpectedDraft, d: DraftView): string {
  const want = expectedAuthorClass(e);
  const got = draftAuthorClass(d);
  if (want !== got) return `expected ${want}, got ${got}`;
  if (want.includes('official')) {
    const officials = e.author.officials ?? [];
    const c = compareOfficials(officials, d.speakers, proposedWithRole(d, 'author'));
    const shape = officialsDifference(c, officials.length);
    return `${want}: same class, ${/^(one|two|three or more) (missing|extra)$|^missing and extra$/.test(shape) ? shape : 'other entity'}`;
  }
  return `${want}: same class, other entity`;
}

function classifyParties(e: ExpectedDraft, d: DraftView): string {
  return officialsDifference(compareOfficials(e.parties, d.parties, proposedWithRole(d, 'party')), e.parties.length);
}

const sourceClass = (s: { kind: string; isDocument: boolean }) => `${s.kind}${s.isDocument ? '-the-document' : ''}`;

function classifySource(e: ExpectedDraft, d: DraftView): string {
  const want = sourceClass(e.source);
  const got = sourceClass(d.source);
  if (want !== got) return `expected ${want}, got ${got}`;
  const other = [
    ...(e.source.speaker && !(d.source.speaker && sameName(d.source.speaker, e.source.speaker))
      ? [d.source.speaker ? 'other speaker' : 'no speaker']
      : []),
    ...(e.source.publisher && !(d.source.publisher && sameName(d.source.publisher, e.source.publisher))
      ? [d.source.publisher ? 'other organization' : 'no organization']
      : []),
  ];
  return `same kind, ${other.join(' and ') || 'other'}`;
}

function classifyCall(e: ExpectedDraft, d: DraftView): string {
  const want = e.call === null ? 'none' : typeof e.call === 'string' ? 'recorded' : 'proposed';
  const got =
    d.call !== null
      ? typeof e.call === 'string' && d.call === e.call
        ? 'the right recorded'
        : 'another recorded'
      : d.proposedCall === true
        ? 'proposed'
        : 'none';
  return `expected ${want}, got ${got}`;
}

function classifyCommitments(e: ExpectedDraft, d: DraftView): string {
  const wantRecorded = new Map(e.commitments.filter((c) => c.title).map((c) => [c.title!, c.stance]));
  const haveRecorded = new Map(d.commitments.map((c) => [c.title, c.stance]));
  let stanceWrong = 0;
  for (const [title, stance] of wantRecorded) if (haveRecorded.has(title) && haveRecorded.get(title) !== stance) stanceWrong++;
  const missingRecorded = [...wantRecorded.keys()].filter((t) => !haveRecorded.has(t)).length;
  const extraRecorded = [...haveRecorded.keys()].filter((t) => !wantRecorded.has(t)).length;
  // Proposals: only when the API says them (as the scoring checks).
  let missingProposed = 0;
  let extraProposed = 0;
  if (d.proposedCommitments !== null) {
    const used = new Set<number>();
    for (const want of e.commitments.filter((c) => c.proposed)) {
      const i = d.proposedCommitments.findIndex((h, k) => !used.has(k) && proposalMatches(want.proposed!, h.text));
      if (i < 0) missingProposed++;
      else {
        used.add(i);
        const stance = d.proposedCommitments[i].stance;
        if (stance !== null && stance !== want.stance) stanceWrong++;
      }
    }
    extraProposed = d.proposedCommitments.length - used.size;
  }
  if (missingRecorded && extraProposed) return 'proposed vs matched: expected one on record, the draft proposes';
  if (missingProposed && extraRecorded) return 'proposed vs matched: expected a proposal, the draft matched one on record';
  const missing = missingRecorded + missingProposed;
  const extra = extraRecorded + extraProposed;
  if (missing && extra) return 'missing and extra (another commitment)';
  if (missing) return several(missing, 'missing');
  if (extra) return several(extra, 'extra');
  if (stanceWrong) return 'wrong stance';
  return 'other';
}

/** The class of a wrong field of a matched draft, by the shape of what was expected and what the draft has. */
export function classifyField(field: Field, e: ExpectedDraft, d: DraftView): string {
  switch (field) {
    case 'kind':
      return `expected ${e.kind}, got ${d.kind}`;
    case 'author':
      return classifyAuthor(e, d);
    case 'parties':
      return classifyParties(e, d);
    case 'source':
      return classifySource(e, d);
    case 'call':
      return classifyCall(e, d);
    case 'commitments':
      return classifyCommitments(e, d);
  }
}

// ---------------------------------------------------------------------------------------------
// Drafts that match no expected passage

/** A draft matching no expected passage: the nothing-sentence it matched (with its listed reason), or an unlisted one. */
export function classifyExtra(draft: DraftView, doc: Pick<CorpusDocument, 'expected' | 'nothing'>, nothingReason: string | null): string {
  if (nothingReason !== null) return `listed nothing-sentence (expected ${nothingReason})`;
  // Mostly the words of a listed passage (a second draft, a piece of one, or one made of two sentences).
  const mostly = (passages: string[]) => passages.some((p) => overlap(p, draft.text).share >= 0.5);
  if (mostly(doc.expected.map((e) => e.passage))) return 'unlisted: mostly words of an expected passage (a second or split draft)';
  if (mostly(doc.nothing.map((n) => n.passage))) return 'unlisted: mostly words of a nothing-sentence';
  return 'unlisted sentence';
}

// ---------------------------------------------------------------------------------------------
// Documents and sets

/** The taxonomy of one document's drafts against its expectations (matched as `scoreDocument` matches them). */
export function documentTaxonomy(
  doc: Pick<CorpusDocument, 'expected' | 'nothing'>,
  drafts: DraftView[],
  dispositions: DispositionView[] | null,
): Taxonomy {
  const t = emptyTaxonomy();
  const { matched, nothingMatched } = matchDocument(doc, drafts);
  const matchedTo: ('expected' | 'nothing' | null)[] = drafts.map(() => null);
  matched.forEach((j) => j >= 0 && (matchedTo[j] = 'expected'));
  const nothingReason = drafts.map((): string | null => null);
  nothingMatched.forEach((j, i) => {
    if (j < 0) return;
    matchedTo[j] = 'nothing';
    nothingReason[j] = doc.nothing[i].reason;
  });
  doc.expected.forEach((e, i) => {
    const j = matched[i];
    if (j < 0) {
      add(t.missing, classifyMissing(e.passage, drafts, matchedTo, dispositions));
      const rule = skipRuleOf(e.passage, dispositions);
      if (rule) add(t.skippedBy, rule);
      return;
    }
    const checks = checkFields(e, drafts[j]);
    const wrong = FIELDS.filter((f) => !checks[f]);
    if (!wrong.length) return;
    add(t.wrongFields, wrong.length >= 3 ? '3+' : String(wrong.length));
    if (wrong.length === 1) add(t.onlyWrong, wrong[0]);
    for (const f of wrong) add(t.wrong[f], classifyField(f, e, drafts[j]));
  });
  drafts.forEach((d, j) => {
    if (matchedTo[j] !== 'expected') add(t.extra, classifyExtra(d, doc, nothingReason[j]));
  });
  return t;
}

/** The sum of several taxonomies. */
export function mergeTaxonomies(list: Taxonomy[]): Taxonomy {
  const t = emptyTaxonomy();
  const merge = (into: Counts, from: Counts) => Object.entries(from).forEach(([k, n]) => add(into, k, n));
  for (const x of list) {
    merge(t.missing, x.missing);
    merge(t.wrongFields, x.wrongFields);
    merge(t.onlyWrong, x.onlyWrong);
    merge(t.extra, x.extra);
    merge(t.skippedBy, x.skippedBy);
    for (const f of FIELDS) merge(t.wrong[f], x.wrong[f]);
  }
  return t;
}

const total = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The classes of a count, largest first (then by name), the first `top` of them and how many more. */
export function topClasses(counts: Counts, top = 5): string {
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, top).map(([k, n]) => `${n} ${k}`);
  const rest = sorted.slice(top);
  if (rest.length) shown.push(`${total(Object.fromEntries(rest))} in ${rest.length} other classes`);
  return shown.join('; ') || '-';
}

/** The report's lines (indented like the rest of a set's report). */
export function formatTaxonomy(t: Taxonomy): string[] {
  const wrongDrafts = total(t.wrongFields);
  return [
    `  failure taxonomy (counts of classes only: no text, names or ids):`,
    `    expected passages without a draft (${total(t.missing)}), by what became of their sentence: ${topClasses(t.missing)}`,
    `    of them skipped, by the rule that skipped them (${total(t.skippedBy)}): ${topClasses(t.skippedBy, 8)}`,
    `    drafts with wrong fields (${wrongDrafts}), by how many: ${['1', '2', '3+'].map((k) => `${k} wrong ${t.wrongFields[k] ?? 0}`).join(', ')}`,
    `    of them with one wrong field, by that field: ${topClasses(t.onlyWrong, FIELDS.length)}`,
    ...FIELDS.filter((f) => total(t.wrong[f])).map((f) => `    ${f} wrong (${total(t.wrong[f])}): ${topClasses(t.wrong[f])}`),
    `    drafts matching no expected passage (${total(t.extra)}): ${topClasses(t.extra)}`,
  ];
}
