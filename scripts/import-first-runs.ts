/**
 * `npm run build && node dist/scripts/import-first-runs.js [--only k,m] [--keep] [--external DIR[@COMMIT]]…`:
 * collects the OUT-OF-SAMPLE drafts the import's confidence is fitted on
 * (test/fixtures/import-confidence/first-runs.json).
 *
 * Every blind batch of the corpus was measured once before anyone tuned the extraction on it: the
 * drafts the extraction of THAT commit made on THOSE documents are what a new writer's documents get,
 * the sample a confidence must be calibrated on. For each batch (BATCHES: the commit of its first run,
 * from the corpus README and dev/*-documents.md), this script checks the commit out into a temporary
 * `git worktree` under the system's temporary folder (node_modules a symlink to this tree's), builds
 * it there (its own `scripts/build.mjs`), and runs THAT commit's pipeline offline (its `extract`, its
 * lexicon of the reference dataset and the world, the threshold off) in a child process on the batch's
 * CURRENT documents and the current world.json; the drafts come back as the harness sees them and are
 * scored here with TODAY's scoring and labels (test/bench/import-scoring.ts, labels fixed since). Each
 * draft is kept as its features (computed from the draft alone, the same way at any commit: see
 * `draftFeatures` in src/imports/pipeline/confidence.ts), right or wrong in every field, its batch and commit; no document text. The calibration
 * set is collected at its first run (`915b1c0`), without document ids (its per-document results are
 * not to be looked at).
 *
 * REAL documents (EXTERNAL_BATCHES): folders kept OUTSIDE the repository (their text is the
 * publishers' copyright), in the corpus format, scored as `npm run bench:import -- --external DIR` scores
 * them (the folder's `world.json` merged into the corpus world, `mergeWorld`). `--external DIR@COMMIT`
 * (repeatable; `@COMMIT` may be left out for a folder EXTERNAL_BATCHES knows) collects the first run of
 * the folder at that commit as the batch named after the folder (`real-2`, …), with document ids and
 * features only. Regenerating those rows needs the folders, which are NOT in the repository: a run
 * without `--external` keeps the file's rows of the external batches as they are (so the fit stays
 * reproducible from a clean clone), and a run with `--external` replaces the rows of those folders only.
 *
 * Deterministic given the commits: the extraction is offline and the output sorted. Takes a few
 * minutes (one build per commit). `--only k,m` collects some batches and keeps the others' samples
 * from the existing file; `--keep` leaves the temporary worktrees (removed otherwise). Then
 * `node dist/scripts/import-confidence.js` fits the confidence on the file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { loadLabels, loadWorld, mergeWorld, optionValue, strings, type World } from '../test/bench/import-corpus';
import { type ConfidenceFeatures, draftFeatures } from '../src/imports/pipeline/confidence';
import { batchOf, scoreDocument, type DraftView } from '../test/bench/import-scoring';
import { referenceLexiconData } from '../test/unit/reference-lexicon';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'import-corpus');
export const SAMPLES_FILE = path.join(ROOT, 'test', 'fixtures', 'import-confidence', 'first-runs.json');

/** A batch of first-run drafts: the corpus set (or, for real documents, an external folder) and the commit of its first run. */
export interface Batch {
  batch: string;
  set: 'dev' | 'calibration' | 'external';
  commit: string;
  note: string;
}

/** The blind batches and the commit of each one's first run (the extraction that had never seen it). */
export const BATCHES: Batch[] = [
  { batch: 'k', set: 'dev', commit: '148522d', note: 'the former second held-out set, first run' },
  { batch: 'm', set: 'dev', commit: '6060f0a', note: 'the former third held-out set, first run (extraction of 0111b97)' },
  { batch: 'j', set: 'dev', commit: '71cdd93', note: 'development batch written blind, first run' },
  { batch: 'n', set: 'dev', commit: 'ce9a664', note: 'development batch written blind, first run' },
  { batch: 'q', set: 'dev', commit: '4b800b8', note: 'the former fourth held-out set, first run (extraction of 915b1c0)' },
  { batch: 'r', set: 'dev', commit: 'fad241f', note: 'the former fifth held-out set, first run' },
  { batch: 's', set: 'dev', commit: '29c73ad', note: 'the former sixth held-out set, first run (at 042d4b7, extraction of 29c73ad)' },
  { batch: 't', set: 'dev', commit: '6eeddc6', note: 'the former seventh held-out set, first run (at e39369f, extraction of 6eeddc6)' },
  { batch: 'c', set: 'calibration', commit: '915b1c0', note: 'the calibration set, first run' },
];

/** The held-out folders of real documents: nothing is fitted on them (the confidence, the sentence gate); they are measured. */
export const HELD_OUT_REAL = [
  'real-1',
  'real-4',
  'real-4b',
  'real-7',
  'real-9',
  'real-11',
  'real-13',
  'real-15',
  'real-17',
  'real-19',
  'real-21',
  'real-23',
  'real-25',
  'real-27',
  'real-29',
  'real-31',
];

/**
 * Folders of REAL documents outside the repository (`/work/external/<batch>/` where they were made), the
 * tuning sets of the real-document rounds, and the commit of each one's first run. The held-out real
 * folders (HELD_OUT_REAL) are not here and must not be: their calibration is measured, not fitted on.
 */
export const EXTERNAL_BATCHES: Batch[] = [
  { batch: 'real-2', set: 'external', commit: '4cb0985', note: 'real documents, tuning set of round 9, first run' },
  { batch: 'real-3', set: 'external', commit: 'ea3f352', note: 'real documents, tuning set of round 10, first run' },
  { batch: 'real-5', set: 'external', commit: 'ea3f352', note: 'real documents, tuning set of round 10, first run' },
  { batch: 'real-6', set: 'external', commit: '22cec93', note: 'real documents, tuning set of round 12, first run' },
  { batch: 'real-8', set: 'external', commit: 'a8cbf97', note: 'real documents, tuning set of round 13, first run' },
  { batch: 'real-10', set: 'external', commit: 'a8cbf97', note: 'real documents, tuning set of round 13, first run' },
  { batch: 'real-12', set: 'external', commit: '2cffd83', note: 'real documents, tuning set of round 14, first run' },
  { batch: 'real-14', set: 'external', commit: 'a610849', note: 'real documents, tuning set of round 15, first run' },
  { batch: 'real-16', set: 'external', commit: 'a610849', note: 'real documents, tuning set of round 15, first run' },
  { batch: 'real-18', set: 'external', commit: 'b0cfcc2', note: 'real documents, written for stop 34, first run' },
  { batch: 'real-20', set: 'external', commit: 'b0cfcc2', note: 'real documents, written for stop 34, first run' },
  { batch: 'real-22', set: 'external', commit: 'b0cfcc2', note: 'real documents (readouts), written for stop 34, first run' },
  {
    batch: 'real-24',
    set: 'external',
    commit: 'b0cfcc2',
    note: 'real documents (releases, joint statements), written for stop 34, first run',
  },
  { batch: 'real-26', set: 'external', commit: 'b0cfcc2', note: 'real documents (transcripts), written for stop 34, first run' },
  {
    batch: 'real-28',
    set: 'external',
    commit: 'b0cfcc2',
    note: 'real documents (wire stories, news pages), written for stop 34, first run',
  },
  {
    batch: 'real-30',
    set: 'external',
    commit: '7689cd7',
    note: 'real documents (Australia, UK, Europe, NATO), written for stop 35, first run',
  },
  {
    batch: 'real-32',
    set: 'external',
    commit: '7689cd7',
    note: 'real documents (Southeast Asia, India, NZ), written for stop 35, first run',
  },
  {
    batch: 'real-34',
    set: 'external',
    commit: '7689cd7',
    note: 'real documents (U.S.-Japan-ROK bilateral), written for stop 35, first run',
  },
];

/**
 * `--external DIR[@COMMIT]`: the folder, its batch (the folder's name) and the commit of its first run
 * (EXTERNAL_BATCHES' for a folder it knows when no commit is given).
 */
export function parseExternal(arg: string, known: Batch[] = EXTERNAL_BATCHES): { dir: string; batch: Batch } {
  const at = arg.lastIndexOf('@');
  const dir = path.resolve(at > 0 ? arg.slice(0, at) : arg);
  const name = path.basename(dir);
  const commit = at > 0 ? arg.slice(at + 1) : known.find((b) => b.batch === name)?.commit;
  if (!commit || !/^[0-9a-f]{7,40}$/.test(commit))
    throw new Error(`--external ${arg}: give the commit of the folder's first run (DIR@COMMIT)`);
  if (BATCHES.some((b) => b.batch === name)) throw new Error(`--external ${arg}: ${name} is the name of a corpus batch`);
  const note = known.find((b) => b.batch === name && b.commit === commit)?.note ?? 'real documents, first run';
  return { dir, batch: { batch: name, set: 'external', commit, note } };
}

/**
 * The world without the bodies and officials the reference dataset records already (by name): what the bench adds of
 * it (`recordWorld` skips them and gives the officials on record the world's holdings).
 */
export function withoutRecorded<W extends { organizations: { name: string }[]; officials: { name: string }[] }>(world: W): W {
  const reference = referenceLexiconData();
  const officials = new Set(reference.officials.map((o) => o.name));
  const organizations = new Set(reference.organizations.map((o) => o.name));
  return {
    ...world,
    organizations: world.organizations.filter((o) => !organizations.has(o.name)),
    officials: world.officials.filter((o) => !officials.has(o.name)),
  };
}

/**
 * The body not on record a draft names as its author (`Passage.proposedOrganization`, a key of the extraction's
 * proposals), as the API shows it (`proposedAttributedOrganization`); null for none, also for a commit before the field.
 * Without it the scoring could not tell a draft with no author from one with the right proposed body, and counted both
 * right.
 */
export function proposedAuthorOf(
  p: { proposedOrganization?: string | null },
  r: { proposedOrganizations?: { key: string; name: string; countryCode: string | null }[] },
): { name: string; country?: string } | null {
  const o = p.proposedOrganization ? (r.proposedOrganizations ?? []).find((x) => x.key === p.proposedOrganization) : undefined;
  return o ? { name: o.name, country: o.countryCode ?? undefined } : null;
}

/** The world a folder's documents are imported with: the corpus world, merged with the folder's `world.json` if it has one (as the bench does). */
export function worldOf(dir: string): World {
  const extra = path.join(dir, 'world.json');
  return fs.existsSync(extra) ? mergeWorld(loadWorld(), loadWorld(extra)) : loadWorld();
}

/** What the confidence may be fitted on: features of one draft, computable from the draft alone at any commit. */
export interface FirstRunSample {
  batch: string;
  /** The commit whose extraction made the draft. */
  commit: string;
  /** The document's id (development batches only: the calibration set's per-document results stay unread). */
  document?: string;
  /** The document kind the editor gave (ImportDocumentInput.kind). */
  documentKind: string;
  /** The document's genre (the corpus's label of it). */
  genre: string;
  kind: string;
  author: 'organization' | 'official' | 'proposed' | 'none';
  /** Parties found, on record or proposed (3 stands for three or more). */
  partyCount: number;
  proposedParty: boolean;
  callFrom: 'text' | 'source' | 'proposed' | 'none';
  commitments: 'none' | 'matched' | 'proposed';
  ownWords: boolean;
  /** The source's kind (the document's own kind, or the kind of what it reports). */
  sourceKind: string;
  /** Family of the rule that found the author, as that commit named its rules (may drift between commits). */
  frame: string | null;
  /** The confidence that commit gave the draft. */
  confidence: number;
  right: boolean;
}

/** A draft as the worker returns it: the harness's view and its features (`draftFeatures`, the same function for every commit's drafts). */
interface RawDraft {
  view: DraftView;
  features: ConfidenceFeatures;
}

/**
 * In the child process: the pipeline of the commit built in `tree` on the documents of the folder `dir`
 * whose ids start with `batch` (or every document of the folder when `batch` is '*'), printed as JSON
 * lines (one per document: its id and raw drafts). The world: the corpus's, merged with the folder's own.
 */
function worker(tree: string, dir: string, batch: string): void {
  const load = createRequire(path.join(tree, 'package.json'));
  const { extract } = load('./dist/src/imports/extract');
  const { htmlToText } = load('./dist/src/imports/html');
  const { Lexicon } = load('./dist/src/imports/lexicon');
  const { normalizeText } = load('./dist/src/imports/text');
  const { lexicon } = load('./dist/scripts/import-confidence');
  // The commit's lexicon() may add again an official the reference dataset has (an external world gives an earlier
  // holding of one): given the world without them, every commit builds the lexicon the bench records.
  const data = lexicon(withoutRecorded(worldOf(dir)));
  for (const doc of loadLabels(dir)) {
    if (batch !== '*' && batchOf(doc.id) !== batch) continue;
    const text = normalizeText(doc.format === 'html' ? htmlToText(doc.content).text : doc.content);
    const lex = new Lexicon(JSON.parse(JSON.stringify(data)));
    const r = extract(lex, text, {
      kind: doc.import.kind,
      publisherId: data.organizations.find((o: any) => o.name === doc.import.publisher)?.id ?? null,
      publishedOn: doc.import.publishedOn,
      title: doc.import.title,
      timeZone: doc.import.timeZone,
      keepAll: true,
    });
    const drafts: RawDraft[] = r.passages.map((p: any) => rawDraft(p, r, lex, doc.import.kind));
    process.stdout.write(`${JSON.stringify({ id: doc.id, drafts })}\n`);
  }
}

/** One draft of any commit's extraction: the view the harness would read (as scripts/import-confidence.ts `draftViews`) and its raw features. */
/**
 * A draft as the API shows it to the harness (test/bench/import-corpus.ts `draftView`), from a passage of any commit's
 * extraction (fields a commit lacks read as none): the view the first runs and the offline measure are scored on. The
 * server/script agreement test (test/import-confidence.test.ts) checks it equals the API's view field by field.
 */
export function draftViewOf(p: any, r: any, lex: any): DraftView {
  const official = (id: number | null) => (id == null ? null : (lex.officials.get(id)?.name ?? null));
  const org = (id: number | null) => (id == null ? null : (lex.organizations.get(id)?.name ?? null));
  const title = (id: number | null) => (id == null ? null : (lex.data.calls.find((c: any) => c.id === id)?.title ?? null));
  const proposedSpeakers: string[] = p.proposedSpeakers ?? [];
  const proposedParties: string[] = p.proposedParties ?? [];
  const proposedCommitments: any[] = p.proposedCommitments ?? [];
  return {
    text: p.text,
    kind: p.kind,
    confidence: p.confidence,
    speakers: p.speakerIds.map(official).filter((n: string | null): n is string => n !== null),
    organization: org(p.attributedOrganizationId),
    proposedOrganization: proposedAuthorOf(p, r),
    parties: p.partyIds.map(official).filter((n: string | null): n is string => n !== null),
    proposedOfficials: (r.proposedOfficials ?? [])
      .filter((o: any) => proposedSpeakers.includes(o.key) || proposedParties.includes(o.key))
      .map((o: any) => ({
        name: o.name,
        title: o.title ?? undefined,
        capacity: o.capacity,
        country: o.countryCode ?? undefined,
        roles: [...(proposedSpeakers.includes(o.key) ? ['author'] : []), ...(proposedParties.includes(o.key) ? ['party'] : [])],
      })),
    source: {
      kind: p.source.kind,
      isDocument: p.source.isDocument,
      publisher:
        org(p.source.publisherId) ?? (r.proposedOrganizations ?? []).find((o: any) => o.key === p.source.proposedPublisher)?.name ?? null,
      speaker:
        official(p.source.speakerId) ?? (r.proposedOfficials ?? []).find((o: any) => o.key === p.source.proposedSpeaker)?.name ?? null,
    },
    call: title(p.callId),
    // Words not about the talks (offTalks) do not take the proposed call (the API's StatementDraft.proposedCall).
    proposedCall: p.callId == null && !p.offTalks && r.proposedCall != null,
    commitments: p.commitments.flatMap((c: any) => {
      const t = lex.data.commitments.find((x: any) => x.id === c.id)?.title;
      return t ? [{ title: t, stance: c.stance }] : [];
    }),
    proposedCommitments: proposedCommitments.flatMap((c: any) => {
      const commitment = (r.proposedCommitments ?? []).find((x: any) => x.key === c.key);
      // Its fields as the API gives them: the key is the extraction's, not the API's.
      return commitment ? [{ text: [...strings({ ...commitment, key: undefined }), c.stance].join(' '), stance: c.stance }] : [];
    }),
  };
}

function rawDraft(p: any, r: any, lex: any, kind: string): RawDraft {
  const view = draftViewOf(p, r, lex);
  // The fields draftFeatures reads exist in every commit's passages (the first runs' commits included).
  return { view, features: draftFeatures(p, { proposedCall: r.proposedCall != null, document: kind }) };
}

/** The folder a batch's documents are read from. */
export const folderOf = (b: Batch, externalDir?: string): string => (b.set === 'external' ? externalDir! : path.join(CORPUS, b.set));

/**
 * Runs the worker of the commit built in `tree` on the batch's documents (in `dir`) and scores its drafts
 * with today's scoring and labels.
 */
export function collect(tree: string, b: Batch, dir: string): FirstRunSample[] {
  const out = execFileSync(process.execPath, [__filename, '--worker', tree, dir, b.set === 'dev' ? b.batch : '*'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const docs = new Map(loadLabels(dir).map((d) => [d.id, d]));
  const samples: FirstRunSample[] = [];
  for (const line of out.split('\n').filter((l) => l.startsWith('{'))) {
    const { id, drafts } = JSON.parse(line) as { id: string; drafts: RawDraft[] };
    const doc = docs.get(id)!;
    const score = scoreDocument(
      doc,
      drafts.map((d) => d.view),
      null,
    );
    drafts.forEach(({ view, features }, i) =>
      samples.push({
        batch: b.set === 'dev' ? batchOf(id) : b.batch,
        commit: b.commit,
        ...(b.set === 'calibration' ? {} : { document: id }),
        documentKind: doc.import.kind,
        genre: doc.genre,
        kind: view.kind,
        author: features.author,
        partyCount: features.partyCount,
        proposedParty: features.proposedParty,
        callFrom: features.callFrom,
        commitments: features.commitments,
        ownWords: features.ownWords,
        sourceKind: features.sourceKind,
        frame: typeof features.frame === 'string' ? features.frame : null,
        confidence: view.confidence,
        right: score.confidences[i].right,
      }),
    );
  }
  return samples;
}

/** Checks `commit` out into a temporary worktree and builds it; returns its path. */
function checkout(commit: string): string {
  const tree = path.join(os.tmpdir(), `i19-first-run-${commit}`);
  if (!fs.existsSync(path.join(tree, 'package.json')))
    execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!fs.existsSync(path.join(tree, 'node_modules')))
    fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(tree, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  return tree;
}

function remove(tree: string): void {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Samples in the order of their batches (BATCHES, then the external batches by name), each batch's in collection order. */
export function sortSamples(samples: FirstRunSample[]): FirstRunSample[] {
  const rank = (batch: string) => {
    const i = BATCHES.findIndex((x) => x.batch === batch);
    return i >= 0 ? i : BATCHES.length;
  };
  return samples
    .map((s, i) => ({ s, i }))
    .sort((x, y) => rank(x.s.batch) - rank(y.s.batch) || (x.s.batch < y.s.batch ? -1 : x.s.batch > y.s.batch ? 1 : 0) || x.i - y.i)
    .map(({ s }) => s);
}

/** The external batches of the file (their `batches` entries with `set: 'external'`). */
export function readExternalBatches(file = SAMPLES_FILE): Batch[] {
  if (!fs.existsSync(file)) return [];
  return ((JSON.parse(fs.readFileSync(file, 'utf8')) as { batches: Batch[] }).batches ?? []).filter((b) => b.set === 'external');
}

export function readFirstRuns(file = SAMPLES_FILE): FirstRunSample[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { samples: FirstRunSample[] }).samples;
}

function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--worker') {
    worker(args[1], args[2], args[3]);
    return;
  }
  const only = optionValue(args, '--only')?.split(',');
  const keep = args.includes('--keep');
  const externals = args.flatMap((a, i) => (a === '--external' ? [parseExternal(args[i + 1])] : []));
  // Collected now: the folders given with --external (and nothing else), or the corpus batches (--only: some of them).
  const fresh = (batch: string) =>
    externals.length
      ? externals.some((e) => e.batch.batch === batch)
      : BATCHES.some((b) => b.batch === batch) && (!only || only.includes(batch));
  // Every other batch's samples are kept from the file (the external batches' too: their folders are not in the repository).
  const samples: FirstRunSample[] = (fs.existsSync(SAMPLES_FILE) ? readFirstRuns() : []).filter((s) => !fresh(s.batch));
  const external = [
    ...readExternalBatches().filter((b) => !externals.some((e) => e.batch.batch === b.batch)),
    ...externals.map((e) => e.batch),
  ].sort((a, b) => (a.batch < b.batch ? -1 : a.batch > b.batch ? 1 : 0));
  const jobs = [
    ...BATCHES.filter((b) => fresh(b.batch)).map((b) => ({ b, dir: folderOf(b) })),
    ...externals.map((e) => ({ b: e.batch, dir: e.dir })),
  ];
  for (const { b, dir } of jobs) {
    const tree = checkout(b.commit);
    try {
      const got = collect(tree, b, dir);
      console.log(`${b.batch} at ${b.commit}: ${got.length} drafts, ${got.filter((s) => s.right).length} right`);
      samples.push(...got);
    } finally {
      if (!keep) remove(tree);
    }
  }
  fs.mkdirSync(path.dirname(SAMPLES_FILE), { recursive: true });
  const text = JSON.stringify(
    {
      about:
        'Drafts of the first run of each blind batch (the extraction of the commit before anyone tuned on it, on the current documents, scored with the current labels). Generated by scripts/import-first-runs.ts. The external batches are real documents kept outside the repository (features only, no text): regenerating their rows needs those folders (--external DIR@COMMIT).',
      batches: [...BATCHES, ...external],
      samples: sortSamples(samples),
    },
    null,
    0,
  );
  // One sample a line: readable diffs.
  fs.writeFileSync(SAMPLES_FILE, `${text.replace(/,\{"batch"/g, ',\n{"batch"').replace('"samples":[{', '"samples":[\n{')}\n`);
  console.log(`${samples.length} samples written to ${path.relative(ROOT, SAMPLES_FILE)}`);
}

if (require.main === module) main();
