import { CORPUS_DIR, documentsDirOf, f2, loadLabels, optionValue } from './import-corpus';
import {
  aggregate,
  FIELDS,
  scoreDocument,
  type Aggregate,
  type CorpusDocument,
  type DocumentScore,
  type DraftView,
  type ExpectedDraft,
  type ExpectedParty,
} from './import-scoring';

/**
 * `npm run bench:agreement [-- --a dev --b agreement] [--verbose] [--json] [--doc ID]`: how far two
 * writers' expectations of the same documents agree (inter-annotator agreement), with no database.
 * Writer A's labels (default `dev/`) play the expectations and writer B's (default `agreement/`,
 * whose documents are in `dev/`) play the drafts, and the benchmark's own scoring
 * (test/bench/import-scoring.ts: the same one-to-one matching by word pairs and the same field
 * comparison) is applied: "strict agreement" is the share of A's passages (like recall) and of
 * B's (like precision) that the other writer labelled with every field equal. Also per field among
 * matched passages, commitments without their stance, the soft score, and the nothing-sentences
 * of one writer that the other labelled as a passage. Only documents labelled by both count.
 */

/** Writer B's expectation read as the draft an ideal import would make of it. */
export function expectationAsDraft(e: ExpectedDraft): DraftView {
  const known = (ps: ExpectedParty[]) => ps.filter((p) => p.official).map((p) => p.official!);
  const proposed: DraftView['proposedOfficials'] = [];
  const propose = (ps: ExpectedParty[], role: string) => {
    for (const p of ps) {
      if (!p.proposed) continue;
      const same = proposed.find((q) => q.name === p.proposed!.name);
      if (same) same.roles!.push(role);
      else proposed.push({ ...p.proposed, roles: [role] });
    }
  };
  propose(e.author.officials ?? [], 'author');
  propose(e.parties, 'party');
  return {
    text: e.passage,
    kind: e.kind,
    confidence: 1,
    speakers: known(e.author.officials ?? []),
    organization: e.author.organization ?? null,
    proposedOrganization: e.author.proposedOrganization ?? null,
    parties: known(e.parties),
    proposedOfficials: proposed,
    source: {
      kind: e.source.kind,
      isDocument: e.source.isDocument,
      publisher: e.source.publisher ?? null,
      speaker: e.source.speaker ?? null,
    },
    call: typeof e.call === 'string' ? e.call : null,
    proposedCall: e.call !== null && typeof e.call === 'object',
    commitments: e.commitments.filter((c) => c.title).map((c) => ({ title: c.title!, stance: c.stance })),
    proposedCommitments: e.commitments.filter((c) => c.proposed).map((c) => ({ text: c.proposed!, stance: c.stance })),
  };
}

/** The same document with every commitment's stance blanked: agreement on which commitments, whatever the stance. */
const withoutStances = (doc: CorpusDocument): CorpusDocument => ({
  ...doc,
  expected: doc.expected.map((e) => ({ ...e, commitments: e.commitments.map((c) => ({ ...c, stance: '' })) })),
});

/** How the two writers would import the document (kind, publisher, date, time zone: inputs the harness passes), where they differ; titles are not compared. */
export function importDifferences(a: CorpusDocument, b: CorpusDocument): string[] {
  return (['kind', 'publisher', 'publishedOn', 'timeZone'] as const)
    .filter((k) => (a.import[k] ?? null) !== (b.import[k] ?? null))
    .map((k) => `${k} ${b.import[k] ?? 'none'}, A ${a.import[k] ?? 'none'}`);
}

export interface DocumentAgreement {
  id: string;
  genre: string;
  /** Import inputs that differ (`importDifferences`): a different import kind makes every "the document" source differ. */
  importDiffers: string[];
  /** A's labels as expectations, B's as drafts: right = passages both labelled with every field equal. */
  aToB: DocumentScore;
  /** B's labels as expectations, A's as drafts (for B's nothing-sentences that A labelled as passages, and the other way's strictness). */
  bToA: DocumentScore;
  /** Matched passages whose commitments agree once stances are ignored. */
  commitmentsWithoutStance: number;
}

/** Compares two writers' expectations of one document. */
export function compareLabels(a: CorpusDocument, b: CorpusDocument): DocumentAgreement {
  const aToB = scoreDocument(a, b.expected.map(expectationAsDraft), null);
  const bToA = scoreDocument(b, a.expected.map(expectationAsDraft), null);
  const loose = scoreDocument(withoutStances(a), withoutStances(b).expected.map(expectationAsDraft), null);
  return {
    id: a.id,
    genre: a.genre,
    importDiffers: importDifferences(a, b),
    aToB,
    bToA,
    commitmentsWithoutStance: loose.fieldsRight.commitments,
  };
}

export interface AgreementSummary {
  documents: number;
  /** Passages labelled by A, by B, and matched one to one. */
  passagesA: number;
  passagesB: number;
  matched: number;
  /** Matched passages with every field equal (A's labels as the expectation). */
  strict: number;
  /** Share of A's passages strictly agreed by B (like recall), and of B's (like precision). */
  strictOfA: number | null;
  strictOfB: number | null;
  /** Per field, among matched passages; `commitmentsWithoutStance` ignores stances. */
  fields: Aggregate['fieldAccuracy'] & { commitmentsWithoutStance: number | null };
  /** Mean share of equal fields per A passage (0 when B has no passage for it). */
  soft: number | null;
  /** A's nothing-sentences that B labelled as a passage, of all A's nothing-sentences; and the other way. */
  nothingOfALabelledByB: number;
  nothingA: number;
  nothingOfBLabelledByA: number;
  nothingB: number;
  /** Documents the two writers would import differently (kind, publisher, date or time zone). */
  importsDiffer: number;
}

const ratio = (a: number, b: number) => (b ? a / b : null);

export function summarize(results: DocumentAgreement[]): AgreementSummary {
  const ab = aggregate(results.map((r) => r.aToB));
  const ba = aggregate(results.map((r) => r.bToA));
  const nothing = (s: DocumentScore) => s.passages - s.expected;
  return {
    documents: results.length,
    passagesA: ab.expected,
    passagesB: ab.drafts,
    matched: ab.found,
    strict: ab.right,
    strictOfA: ab.strictRecall,
    strictOfB: ab.strictPrecision,
    fields: {
      ...ab.fieldAccuracy,
      commitmentsWithoutStance: ratio(
        results.reduce((n, r) => n + r.commitmentsWithoutStance, 0),
        ab.found,
      ),
    },
    soft: ab.soft,
    nothingOfALabelledByB: ab.nothingDrafted,
    nothingA: results.reduce((n, r) => n + nothing(r.aToB), 0),
    nothingOfBLabelledByA: ba.nothingDrafted,
    nothingB: results.reduce((n, r) => n + nothing(r.bToA), 0),
    importsDiffer: results.filter((r) => r.importDiffers.length).length,
  };
}

/** Every disagreement of a document, in words: passages only one writer labelled, and fields that differ. */
export function disagreements(r: DocumentAgreement): string[] {
  const out = r.importDiffers.length ? [`import differs (B's, A's): ${r.importDiffers.join('; ')}`] : [];
  out.push(
    ...r.aToB.problems.map((p) =>
      p
        .replace(/^missing: /, 'only A labels it: ')
        .replace(/^extra draft: /, 'only B labels it: ')
        .replace(/^drafted, expected nothing \((.*?)\): /, 'B labels a passage what A lists as nothing ($1): ')
        .replace(/^wrong \(/, 'fields differ (B, expected = A: '),
    ),
  );
  for (const p of r.bToA.problems) {
    const m = /^drafted, expected nothing \((.*?)\): (.*)$/.exec(p);
    if (m) out.push(`A labels a passage what B lists as nothing (${m[1]}): ${m[2]}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The command

function row(name: string, s: AgreementSummary): string {
  return [
    name.padEnd(26),
    String(s.documents).padStart(4),
    String(s.passagesA).padStart(5),
    String(s.passagesB).padStart(5),
    String(s.matched).padStart(7),
    String(s.strict).padStart(6),
    f2(s.strictOfA).padStart(8),
    f2(s.strictOfB).padStart(8),
    f2(s.soft).padStart(5),
    `${s.nothingOfALabelledByB}/${s.nothingA}`.padStart(10),
    `${s.nothingOfBLabelledByA}/${s.nothingB}`.padStart(10),
  ].join(' ');
}

function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => optionValue(args, name);
  const dirA = option('--a') ?? 'dev';
  const dirB = option('--b') ?? 'agreement';
  const onlyDoc = option('--doc');
  const labelsB = loadLabels(dirB, documentsDirOf(dirB));
  const labelsA = new Map(loadLabels(dirA).map((d) => [d.document, d]));
  const results: DocumentAgreement[] = [];
  for (const b of labelsB) {
    const a = labelsA.get(b.document);
    if (!a || (onlyDoc && a.id !== onlyDoc)) continue;
    results.push(compareLabels(a, b));
  }
  if (!results.length) {
    console.error(`no document labelled in both ${dirA}/ and ${dirB}/ (under ${CORPUS_DIR})`);
    process.exit(1);
  }
  const genres = [...new Set(results.map((r) => r.genre))].sort();
  const overall = summarize(results);
  if (args.includes('--json')) {
    const byGenre = Object.fromEntries(genres.map((g) => [g, summarize(results.filter((r) => r.genre === g))]));
    console.log(
      JSON.stringify(
        { a: dirA, b: dirB, genres: byGenre, overall, disagreements: Object.fromEntries(results.map((r) => [r.id, disagreements(r)])) },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`\nLabel agreement: writer A = ${dirA}/, writer B = ${dirB}/, ${results.length} documents labelled by both`);
  console.log(`${'genre'.padEnd(26)} docs  A's  B's matched strict  of A's  of B's  soft  A-nothing  B-nothing`);
  for (const g of genres) console.log(row(g, summarize(results.filter((r) => r.genre === g))));
  console.log(row('overall', overall));
  console.log(
    `  matched: passages paired one to one by their words (the benchmark's matching); strict: matched with kind, author, parties, source, call and commitments (with stances) all equal,`,
  );
  console.log(
    `  as a share of A's passages (like recall) and of B's (like precision); soft: mean share of equal fields per A passage; A-nothing: A's nothing-sentences B labelled as a passage (B-nothing the other way).`,
  );
  console.log(`  per-field agreement, among the ${overall.matched} matched passages:`);
  console.log(
    `    ${FIELDS.map((f) => `${f} ${f2(overall.fields[f])}`).join('   ')}   commitments without stance ${f2(overall.fields.commitmentsWithoutStance)}`,
  );
  console.log(
    `  documents the two writers would import differently (kind, publisher, date or time zone; a different kind changes every "the document" source): ${overall.importsDiffer} of ${overall.documents}`,
  );
  if (args.includes('--verbose')) {
    console.log(`\n  Disagreements ("expected" is writer A's label, the other value writer B's):`);
    for (const r of results) {
      const list = disagreements(r);
      if (!list.length) continue;
      console.log(`\n  ${r.id} (${r.genre}): ${r.aToB.right} of ${r.aToB.expected} of A's passages agreed, B has ${r.aToB.drafts}`);
      for (const d of list) console.log(`    ${d}`);
    }
  }
}

if (require.main === module) main();
