/**
 * `npm run build && node dist/scripts/import-confidence.js [--set calibration|dev|held-out] [--check] [--samples FILE]`:
 * fits the import's confidences. Runs the import pipeline offline on one set of the corpus (by
 * default the CALIBRATION set, test/fixtures/import-corpus/calibration: written blind and never
 * used to change extraction rules), scores every draft exactly as `npm run bench:import` does
 * (test/bench/import-scoring.ts: right = kind, author, parties, originating source, call and
 * commitments all right), and writes src/imports/pipeline/confidence-table.ts: for every
 * combination of draft features (see `confidenceKeys` in src/imports/pipeline/confidence.ts), how
 * many drafts the pipeline made and how many were right. The pipeline runs on a lexicon of the
 * reference dataset plus the corpus's world.json, with the threshold off, so that every draft it
 * would make is counted. Deterministic: the same code and set give the same table, byte for byte
 * (no date in it). `--check` prints the table without writing it; `--samples FILE` also writes every
 * draft's features and whether it was right (JSON), for studying features. Run `npm run format`
 * after writing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract, type Extraction, type ExtractOptions } from '../src/imports/extract';
import { htmlToText } from '../src/imports/html';
import { Lexicon, type LexiconData } from '../src/imports/lexicon';
import {
  type ConfidenceFeatures,
  type ConfidenceTable,
  confidenceKeys,
  draftFeatures,
  shrunkEstimate,
} from '../src/imports/pipeline/confidence';
import { normalizeText } from '../src/imports/text';
import { referenceDataset } from '../src/seed/reference-dataset';
import { optionValue, strings } from '../test/bench/import-corpus';
import { scoreDocument, type CorpusDocument, type DraftView } from '../test/bench/import-scoring';
import { referenceLexiconData } from '../test/unit/reference-lexicon';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'import-corpus');
const SETS = ['calibration', 'dev', 'held-out'] as const;

export interface World {
  organizations: { name: string; country: string; shortName?: string }[];
  officials: { name: string; country: string; aliases?: string[] }[];
  holdings: { official: string; post: string; organization: string; capacity: string; start: string; end?: string | null }[];
  commitments: { title: string; kind?: string; description?: string }[];
  calls: { title: string; date: string; startedAt?: string; participants: string[] }[];
}

/** The lexicon the harness's database would hold: the reference dataset and the corpus's world. */
export function lexicon(world: World): LexiconData {
  const data = referenceLexiconData();
  for (const c of data.countries) c.timeZone = referenceDataset.countries.find((x) => x.code === c.code)?.timeZone ?? null;
  let id = 1000;
  for (const o of world.organizations)
    data.organizations.push({ id: id++, name: o.name, shortName: o.shortName ?? null, aliases: [], countryCode: o.country });
  const orgId = (n: string) => data.organizations.find((o) => o.name === n)!.id;
  id = 2000;
  for (const o of world.officials)
    data.officials.push({ id: id++, name: o.name, nativeName: null, aliases: o.aliases ?? [], countryCode: o.country, holdings: [] });
  for (const h of world.holdings)
    data.officials
      .find((o) => o.name === h.official)!
      .holdings.push({
        title: h.post,
        capacity: h.capacity,
        startDate: h.start,
        endDate: h.end ?? null,
        organizationId: orgId(h.organization),
      });
  id = 3000;
  for (const c of world.commitments)
    data.commitments.push({ id: id++, title: c.title, aliases: [], kind: c.kind ?? null, description: c.description ?? null });
  id = 4000;
  const officialId = (n: string) => data.officials.find((o) => o.name === n)!.id;
  for (const c of world.calls) {
    const at = c.startedAt ? new Date(c.startedAt).toISOString() : null;
    data.calls.push({
      id: id++,
      title: c.title,
      date: c.date,
      earliestStart: at,
      latestStart: at,
      participantIds: c.participants.map(officialId),
    });
  }
  return data;
}

/** The drafts of an extraction as the API shows them to the harness (test/bench/import-corpus.ts `draftView`). */
export function draftViews(r: Extraction, lex: Lexicon): DraftView[] {
  const official = (id: number | null) => (id == null ? null : (lex.officials.get(id)?.name ?? null));
  const org = (id: number | null) => (id == null ? null : (lex.organizations.get(id)?.name ?? null));
  const title = (id: number | null) => (id == null ? null : (lex.data.calls.find((c) => c.id === id)?.title ?? null));
  return r.passages.map((p) => ({
    text: p.text,
    kind: p.kind,
    confidence: p.confidence,
    speakers: p.speakerIds.map(official).filter((n): n is string => n !== null),
    organization: org(p.attributedOrganizationId),
    parties: p.partyIds.map(official).filter((n): n is string => n !== null),
    proposedOfficials: r.proposedOfficials
      .filter((o) => p.proposedSpeakers.includes(o.key) || p.proposedParties.includes(o.key))
      .map((o) => ({
        name: o.name,
        title: o.title ?? undefined,
        capacity: o.capacity,
        country: o.countryCode ?? undefined,
        roles: [...(p.proposedSpeakers.includes(o.key) ? ['author'] : []), ...(p.proposedParties.includes(o.key) ? ['party'] : [])],
      })),
    source: {
      kind: p.source.kind,
      isDocument: p.source.isDocument,
      publisher: org(p.source.publisherId) ?? r.proposedOrganizations.find((o) => o.key === p.source.proposedPublisher)?.name ?? null,
      speaker: official(p.source.speakerId),
    },
    call: title(p.callId),
    proposedCall: p.callId == null && r.proposedCall != null,
    commitments: p.commitments.flatMap((c) => {
      const t = lex.data.commitments.find((x) => x.id === c.id)?.title;
      return t ? [{ title: t, stance: c.stance }] : [];
    }),
    proposedCommitments: p.proposedCommitments.flatMap((c) => {
      const commitment = r.proposedCommitments.find((x) => x.key === c.key);
      return commitment ? [{ text: [...strings(commitment), c.stance].join(' '), stance: c.stance }] : [];
    }),
  }));
}

export interface Sample {
  document: string;
  features: ConfidenceFeatures;
  /** The confidence the pipeline gave the draft (the table's estimate for its features). */
  confidence: number;
  right: boolean;
}

/** A corpus document's import input, as the harness sends it (test/bench/import-corpus.ts `importCorpusDocument`). */
export function documentOptions(doc: CorpusDocument, data: LexiconData): ExtractOptions {
  return {
    kind: doc.import.kind as ExtractOptions['kind'],
    publisherId: data.organizations.find((o) => o.name === doc.import.publisher)?.id ?? null,
    publishedOn: doc.import.publishedOn,
    title: doc.import.title,
    timeZone: doc.import.timeZone,
    keepAll: true,
  };
}

/** One document through the pipeline offline (threshold off): its extraction, and every draft's features, confidence and rightness. */
export function measureDocument(
  doc: CorpusDocument,
  content: string,
  data: LexiconData,
): { extraction: Extraction; lexicon: Lexicon; samples: Sample[] } {
  const text = normalizeText(/\.html?$/.test(doc.document) ? htmlToText(content).text : content);
  const lex = new Lexicon(JSON.parse(JSON.stringify(data)) as LexiconData);
  const options = documentOptions(doc, data);
  const r = extract(lex, text, options);
  const score = scoreDocument(doc, draftViews(r, lex), null);
  const samples = r.passages.map((p, i) => ({
    document: doc.id,
    features: draftFeatures(p, { proposedCall: r.proposedCall != null, document: options.kind }),
    confidence: p.confidence,
    right: score.confidences[i].right,
  }));
  return { extraction: r, lexicon: lex, samples };
}

/** Every draft the pipeline makes on a set (threshold off), its features, and whether it is right in every field. */
export function measure(set: (typeof SETS)[number], world: World): Sample[] {
  const data = lexicon(world);
  const dir = path.join(CORPUS, set);
  const samples: Sample[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CorpusDocument;
    samples.push(...measureDocument(doc, fs.readFileSync(path.join(dir, doc.document), 'utf8'), data).samples);
  }
  return samples;
}

/** Counts per feature key (every key of every draft), sorted by key. */
export function countRows(samples: Sample[]): ConfidenceTable['rows'] {
  const rows: ConfidenceTable['rows'] = {};
  for (const s of samples)
    for (const key of confidenceKeys(s.features)) {
      const row = (rows[key] ??= { drafts: 0, right: 0 });
      row.drafts++;
      if (s.right) row.right++;
    }
  return Object.fromEntries(Object.entries(rows).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The chain of keys ending at `key` ("a|b|c" → "*", "a", "a|b", "a|b|c"). */
const chainTo = (key: string) => (key === '*' ? ['*'] : ['*', ...key.split('|').map((_, i, parts) => parts.slice(0, i + 1).join('|'))]);

function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => optionValue(args, name);
  const set = (option('--set') ?? 'calibration') as (typeof SETS)[number];
  if (!SETS.includes(set)) {
    console.error(`--set must be one of ${SETS.join(', ')}, not ${set}`);
    process.exit(2);
  }
  const world: World = JSON.parse(fs.readFileSync(path.join(CORPUS, 'world.json'), 'utf8'));
  const samples = measure(set, world);
  const samplesFile = option('--samples');
  if (samplesFile) fs.writeFileSync(samplesFile, JSON.stringify(samples, null, 1));
  const rows = countRows(samples);
  const documents = new Set(samples.map((s) => s.document)).size;
  const table: ConfidenceTable = {
    measured: `the ${set} set (test/fixtures/import-corpus/${set}): ${documents} documents with drafts, ${samples.length} drafts, ${
      samples.filter((s) => s.right).length
    } right in every field`,
    rows,
  };
  for (const [key, row] of Object.entries(rows))
    console.log(
      `${key.padEnd(50)} ${String(row.drafts).padStart(4)} drafts ${String(row.right).padStart(4)} right  precision ${(row.right / row.drafts).toFixed(2)}  confidence ${shrunkEstimate(
        chainTo(key),
        table,
      ).value.toFixed(2)}`,
    );
  console.log(table.measured);
  if (!args.includes('--check'))
    fs.writeFileSync(
      path.join(ROOT, 'src', 'imports', 'pipeline', 'confidence-table.ts'),
      `// Generated by scripts/import-confidence.ts from the ${set} set: do not edit by hand.\nimport type { ConfidenceTable } from './confidence';\n\nexport const confidenceTable: ConfidenceTable = ${JSON.stringify(table, null, 2)};\n`,
    );
}

if (require.main === module) main();
