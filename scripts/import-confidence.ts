/**
 * `npm run build && node dist/scripts/import-confidence.js [--check]`: measures the import
 * pipeline on the DEVELOPMENT set of the corpus (test/fixtures/import-corpus/dev; never the
 * held-out set) and writes src/imports/pipeline/confidence-table.ts: for every combination of
 * draft features (kind, the family of the rule that found the author, parties found, call), how
 * many drafts the pipeline made and how many were right in every field (kind, author, parties,
 * originating source, call, commitments). Drafts are matched to the expected passages by text
 * (the expected passage inside the draft's words, or most of the draft inside the passage).
 * The pipeline runs offline on a lexicon of the reference dataset plus the corpus's world.json,
 * with the threshold off, so that every draft it would make is counted. `--check` prints the
 * table without writing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract, type Passage } from '../src/imports/extract';
import { htmlToText } from '../src/imports/html';
import { Lexicon, type LexiconData } from '../src/imports/lexicon';
import { type ConfidenceTable, featureKeys } from '../src/imports/pipeline/confidence';
import { normalizeText } from '../src/imports/text';
import { referenceDataset } from '../src/seed/reference-dataset';
import { referenceLexiconData } from '../test/unit/reference-lexicon';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'import-corpus');
const DEV = path.join(CORPUS, 'dev');

export interface World {
  organizations: { name: string; country: string; shortName?: string }[];
  officials: { name: string; country: string; aliases?: string[] }[];
  holdings: { official: string; post: string; organization: string; capacity: string; start: string; end?: string | null }[];
  commitments: { title: string }[];
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
  for (const c of world.commitments) data.commitments.push({ id: id++, title: c.title, aliases: [] });
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

const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
const same = (a: (string | null | undefined)[], b: (string | null | undefined)[]) =>
  JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());

type Named = { official?: string; organization?: string; proposed?: { name: string } };

/** True when the draft is right in every field the expected passage gives. */
function right(e: any, p: Passage, lex: Lexicon, r: ReturnType<typeof extract>): boolean {
  const official = (id: number) => lex.officials.get(id)?.name;
  const proposed = (key: string) => r.proposedOfficials.find((x) => x.key === key)?.name;
  const org = (id: number | null) => (id == null ? null : lex.organizations.get(id)?.name);
  const authors = [...p.speakerIds.map(official), ...p.proposedSpeakers.map(proposed)];
  const author = e.author.organization
    ? authors.length === 0 && org(p.attributedOrganizationId) === e.author.organization
    : same(
        authors,
        (e.author.officials as Named[]).map((o) => o.official ?? o.proposed?.name),
      );
  const parties = same(
    [...p.partyIds.map(official), ...p.proposedParties.map(proposed)],
    (e.parties as Named[]).map((o) => o.official ?? o.proposed?.name),
  );
  const publisher = org(p.source.publisherId) ?? r.proposedOrganizations.find((o) => o.key === p.source.proposedPublisher)?.name ?? null;
  const source =
    e.source.kind === p.source.kind &&
    Boolean(e.source.isDocument) === p.source.isDocument &&
    (!e.source.publisher || e.source.publisher === publisher) &&
    (!e.source.speaker || (p.source.speakerId != null && e.source.speaker === official(p.source.speakerId)));
  const title = p.callId == null ? null : lex.data.calls.find((c) => c.id === p.callId)?.title;
  const call = e.call && typeof e.call === 'object' ? p.callId == null && r.proposedCall != null : (e.call ?? null) === (title ?? null);
  const commitments = same(
    [
      ...p.commitments.map((c) => `${lex.data.commitments.find((x) => x.id === c.id)?.title}|${c.stance}`),
      ...p.proposedCommitments.map((c) => `P:${r.proposedCommitments.find((x) => x.key === c.key)?.title}|${c.stance}`),
    ],
    (e.commitments ?? []).map((c: any) => `${c.title ?? `P:${c.proposed}`}|${c.stance}`),
  );
  return e.kind === p.kind && author && parties && source && call && commitments;
}

function main() {
  const world: World = JSON.parse(fs.readFileSync(path.join(CORPUS, 'world.json'), 'utf8'));
  const data = lexicon(world);
  const rows: ConfidenceTable['rows'] = {};
  let drafts = 0;
  let good = 0;
  const files = fs.readdirSync(DEV).filter((f) => f.endsWith('.json'));
  for (const file of files.sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(DEV, file), 'utf8'));
    const raw = fs.readFileSync(path.join(DEV, doc.document), 'utf8');
    const text = normalizeText(/\.html?$/.test(doc.document) ? htmlToText(raw).text : raw);
    const lex = new Lexicon(JSON.parse(JSON.stringify(data)));
    const publisherId = data.organizations.find((o) => o.name === doc.import.publisher)?.id ?? null;
    const r = extract(lex, text, {
      kind: doc.import.kind,
      publisherId,
      publishedOn: doc.import.publishedOn,
      title: doc.import.title,
      timeZone: doc.import.timeZone,
      keepAll: true,
    });
    const taken = new Set<Passage>();
    const isRight = new Map<Passage, boolean>();
    for (const e of doc.expected) {
      const key = norm(e.passage);
      const p = r.passages.find(
        (x) =>
          !taken.has(x) &&
          (norm(`${x.originalText} || ${x.text}`).includes(key) ||
            (key.includes(norm(x.originalText)) && x.originalText.length > key.length * 0.5)),
      );
      if (!p) continue;
      taken.add(p);
      isRight.set(p, right(e, p, lex, r));
    }
    for (const p of r.passages) {
      const ok = isRight.get(p) === true;
      drafts++;
      if (ok) good++;
      for (const key of featureKeys(p.features)) {
        const row = (rows[key] ??= { drafts: 0, right: 0 });
        row.drafts++;
        if (ok) row.right++;
      }
    }
  }
  const sorted = Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.localeCompare(b)));
  const table: ConfidenceTable = {
    measured: `${new Date().toISOString().slice(0, 10)}, ${files.length} development documents, ${drafts} drafts, ${good} right in every field`,
    rows: sorted,
  };
  for (const [key, row] of Object.entries(sorted))
    console.log(
      `${key.padEnd(60)} ${String(row.drafts).padStart(4)} drafts ${String(row.right).padStart(4)} right  ${(row.right / row.drafts).toFixed(2)}`,
    );
  console.log(table.measured);
  if (!process.argv.includes('--check'))
    fs.writeFileSync(
      path.join(ROOT, 'src', 'imports', 'pipeline', 'confidence-table.ts'),
      `// Generated by scripts/import-confidence.ts from the development set: do not edit by hand.\nimport type { ConfidenceTable } from './confidence';\n\nexport const confidenceTable: ConfidenceTable = ${JSON.stringify(table, null, 2)};\n`,
    );
}

if (require.main === module) main();
