import fs from 'node:fs';
import path from 'node:path';
import { referenceDataset } from '../../src/seed/reference-dataset';
import type { DocumentProposals } from './import-entity-recall';
import { type CorpusDocument, type DispositionView, type DraftView, withDocumentNames } from './import-scoring';

/**
 * The import corpus seen from outside the server: its files, the world recorded through the
 * public GraphQL mutations, and a document imported with `importDocument` and its drafts read
 * back as `DraftView`s. Used by `npm run bench:import` and its integration test. Fields the API
 * may gain (per-sentence dispositions, proposed calls and commitments, roles of proposed
 * officials) are found by introspection and read when present.
 */

export const CORPUS_DIR = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'import-corpus');
/**
 * The development set, then the sets nobody tunes the extraction on (aggregate figures only):
 * the held-out sets (`held-out`, and `held-out-8`, written blind and measured once before and once after a round of tuning; `held-out-2` to `held-out-7` were retired into `dev/`), and the calibration set (written blind; used only to fit confidences, `scripts/import-confidence.ts`).
 */
export const SETS = ['dev', 'held-out', 'held-out-8', 'calibration'] as const;
export type CorpusSet = (typeof SETS)[number];
/**
 * A folder of documents and expectations kept outside the repository (`npm run bench:import -- --external DIR`): real
 * documents, whose text may not be committed, labelled like the corpus. Scored like a held-out set.
 */
export const EXTERNAL_SET = 'external';
export type ScoredSet = CorpusSet | typeof EXTERNAL_SET;
/** Sets whose per-document results are printed only with `--show-held-out` (every set but `dev`, the calibration and external sets too). */
export const isHeldOut = (set: ScoredSet) => set !== 'dev';

/** The value after `name` on a command line (`--set dev` → "dev"), for the import's benchmarks and scripts. */
export function optionValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** A share printed with two decimals in the benchmarks' tables ("   -" when there is none). */
export const f2 = (x: number | null) => (x === null ? '   -' : x.toFixed(2));

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

export type LoadedDocument = CorpusDocument & { content: string; format: 'text' | 'html' };

/**
 * The expectations (`*.json`) of a folder of the corpus (or of any folder, given an absolute path), each with its
 * document, read from `documentsDir` (the same folder unless given: `agreement/` labels documents that live in `dev/`).
 * A folder's `world.json` is its world, not an expectation.
 */
export function loadLabels(dir: string, documentsDir: string = dir): LoadedDocument[] {
  const folder = path.resolve(CORPUS_DIR, dir);
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json') && f !== 'world.json')
    .sort()
    .map((f) => {
      const doc = JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as CorpusDocument;
      const content = fs.readFileSync(path.resolve(CORPUS_DIR, documentsDir, doc.document), 'utf8');
      return { ...withDocumentNames(doc, content), content, format: doc.document.endsWith('.html') ? 'html' : 'text' };
    });
}

export const loadCorpus = (set: CorpusSet): LoadedDocument[] => loadLabels(set);

/**
 * Folders of a second writer's labels (`npm run bench:agreement`) and the folder their documents live in:
 * `agreement/` relabels `dev/r01`–`r30`, `agreement-7/` relabels `dev/t01`–`t30` (the former `held-out-7/`).
 */
export const AGREEMENT_DOCUMENTS: Record<string, string> = { agreement: 'dev', 'agreement-7': 'dev' };
/** Where the documents of a folder of labels live: the folder itself unless it is a second writer's. */
export const documentsDirOf = (dir: string): string => AGREEMENT_DOCUMENTS[dir] ?? dir;

/** A second writer's labels (default `agreement/`, of development documents): never tuned on. */
export const loadAgreementLabels = (dir = 'agreement'): LoadedDocument[] => loadLabels(dir, documentsDirOf(dir));

export interface World {
  organizations: { name: string; kind: string; country: string; shortName?: string }[];
  officials: { name: string; country: string; aliases: string[] }[];
  posts: { title: string; organization: string }[];
  holdings: { official: string; post: string; organization: string; capacity: string; start: string; end: string | null }[];
  commitments: { title: string; kind: string; guarantor: string; beneficiary: string; description: string }[];
  calls: {
    title: string;
    kind: string;
    date: string;
    timeZone: string;
    startedAt?: string;
    durationMinutes?: number;
    participants: string[];
    initiator: string;
  }[];
}

/** The corpus's world (`world.json`), or the world file given. */
export const loadWorld = (file = path.join(CORPUS_DIR, 'world.json')): World => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * The corpus world with what an external folder's `world.json` adds (officials, posts, holdings, organizations,
 * commitments, calls; every list optional). An entry the corpus world already has (same name, title, or holding) is
 * not added twice: an official named again only adds aliases; anything else named again must be the same entry. An
 * official whose name is another's alias, or a call between the same people on the same day under another title (the
 * corpus world's or the reference dataset's), is a duplicate and refused, as is an official of another country under the same name.
 */
export function mergeWorld(base: World, extra: Partial<World>): World {
  const refuse = (what: string) => {
    throw new Error(`external world: ${what}`);
  };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const addAll = <T>(list: T[], more: T[] | undefined, key: (x: T) => string, what: string): T[] => {
    const out = [...list];
    for (const item of more ?? []) {
      const existing = out.find((x) => key(x) === key(item));
      if (!existing) out.push(item);
      else if (!same(existing, item)) refuse(`${what} ${key(item)} differs from the corpus world's`);
    }
    return out;
  };
  const officials = base.officials.map((o) => ({ ...o, aliases: [...o.aliases] }));
  const names = (o: World['officials'][number]) => [o.name, ...o.aliases].map((n) => n.toLowerCase());
  for (const o of extra.officials ?? []) {
    const existing = officials.find((x) => x.name === o.name);
    if (existing) {
      if (existing.country !== o.country) refuse(`official ${o.name} is of ${existing.country} in the corpus world, not ${o.country}`);
      for (const alias of o.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      continue;
    }
    const clash = officials.find((x) => names(x).some((n) => names(o).includes(n)));
    if (clash) refuse(`official ${o.name} shares a name with ${clash.name}`);
    officials.push({ ...o, aliases: [...o.aliases] });
  }
  const people = (c: { participants: string[] }) => [...c.participants].sort().join('+');
  // The reference dataset's calls are on record too (the bench seeds them before the world): a twin of one is refused as well.
  const recorded = [
    ...base.calls,
    ...referenceDataset.calls.map((c) => ({ title: c.title, date: c.date, participants: c.participants.map((p) => p.official.name) })),
  ];
  for (const c of extra.calls ?? []) {
    const twin = recorded.find((x) => x.title !== c.title && x.date === c.date && people(x) === people(c));
    if (twin) refuse(`call ${c.title} is ${twin.title}`);
  }
  return {
    organizations: addAll(base.organizations, extra.organizations, (o) => o.name, 'organization'),
    officials,
    posts: addAll(base.posts, extra.posts, (p) => `${p.title} (${p.organization})`, 'post'),
    holdings: addAll(base.holdings, extra.holdings, (h) => `${h.official}: ${h.post} (${h.organization}) from ${h.start}`, 'holding'),
    commitments: addAll(base.commitments, extra.commitments, (c) => c.title, 'commitment'),
    calls: addAll(base.calls, extra.calls, (c) => c.title, 'call'),
  };
}

async function all(gql: Gql, field: string, selection: string): Promise<any[]> {
  const out: any[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await gql(
      `query($after: String) { ${field}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      {
        after,
      },
    );
    out.push(...data[field].edges.map((e: any) => e.node));
    if (!data[field].pageInfo.hasNextPage) return out;
    after = data[field].pageInfo.endCursor;
  }
}

/** Records the world (on top of the reference dataset) through the public mutations. Returns organization ids by name. */
export async function recordWorld(gql: Gql, world: World = loadWorld()): Promise<Map<string, string>> {
  const mutate = async (name: string, input: Record<string, unknown>, selection: string) =>
    (await gql(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`, { input }))[
      name
    ];
  const orgs = new Map<string, { id: string; posts: Map<string, string> }>();
  const readOrgs = async () => {
    for (const o of await all(gql, 'organizations', 'id name posts { id title }')) {
      orgs.set(o.name, { id: o.id, posts: new Map(o.posts.map((p: any) => [p.title, p.id])) });
    }
  };
  await readOrgs();
  for (const o of world.organizations) {
    if (orgs.has(o.name)) continue;
    const created = await mutate(
      'createOrganization',
      { name: o.name, kind: o.kind, countryCode: o.country, shortName: o.shortName ?? null },
      'organization { id }',
    );
    orgs.set(o.name, { id: created.organization.id, posts: new Map() });
  }
  const officials = new Map<string, string>((await all(gql, 'officials', 'id name')).map((o) => [o.name, o.id]));
  for (const o of world.officials) {
    if (officials.has(o.name)) continue;
    const created = await mutate('createOfficial', { name: o.name, countryCode: o.country, aliases: o.aliases }, 'official { id }');
    officials.set(o.name, created.official.id);
  }
  for (const p of world.posts) {
    const org = orgs.get(p.organization);
    if (!org) throw new Error(`world: no organization ${p.organization}`);
    if (org.posts.has(p.title)) continue;
    const created = await mutate('createPost', { title: p.title, organizationId: org.id }, 'post { id }');
    org.posts.set(p.title, created.post.id);
  }
  const id = (map: Map<string, string>, name: string, what: string) => {
    const v = map.get(name);
    if (!v) throw new Error(`world: no ${what} ${name}`);
    return v;
  };
  for (const h of world.holdings) {
    const org = orgs.get(h.organization);
    await mutate(
      'appointOfficial',
      {
        officialId: id(officials, h.official, 'official'),
        postId: id(org?.posts ?? new Map(), h.post, 'post'),
        capacity: h.capacity,
        startDate: h.start,
        endDate: h.end,
        note: 'Import corpus world (test/fixtures/import-corpus/world.json).',
      },
      'postHolding { id }',
    );
  }
  for (const c of world.commitments) {
    await mutate(
      'createCommitment',
      { title: c.title, kind: c.kind, guarantorCode: c.guarantor, beneficiaryCode: c.beneficiary, description: c.description },
      'commitment { id }',
    );
  }
  for (const c of world.calls) {
    await mutate(
      'recordCall',
      {
        title: c.title,
        kind: c.kind,
        date: c.date,
        timeZone: c.timeZone,
        startedAt: c.startedAt ?? null,
        durationMinutes: c.durationMinutes ?? null,
        participants: c.participants.map((name) => ({ officialId: id(officials, name, 'official'), isInitiator: name === c.initiator })),
      },
      'call { id }',
    );
  }
  await readOrgs();
  return new Map([...orgs].map(([name, o]) => [name, o.id]));
}

// ---------------------------------------------------------------------------------------------
// The API's shape

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { type: TypeRef }[];
  type: TypeRef;
}
interface TypeInfo {
  name: string;
  kind: string;
  fields: FieldInfo[] | null;
  inputFields: { name: string }[] | null;
}

const unwrap = (t: TypeRef): { name: string; kind: string; list: boolean } => {
  let list = false;
  while (t.ofType) {
    if (t.kind === 'LIST') list = true;
    t = t.ofType;
  }
  return { name: t.name!, kind: t.kind, list };
};

/** What the harness reads beyond the fields every version of the API has. */
export interface ApiShape {
  inputFields: Set<string>;
  draftSelection: string;
  documentSelection: string;
  proposedCallField: string | null;
  proposedCommitmentsField: string | null;
  /** StatementDraft's proposed author organization (not on record), when the API has one. */
  proposedOrganizationField: string | null;
  rolesField: string | null;
  dispositionsField: string | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

/** A selection of an object type's scalar fields, and of its object fields' scalars (no arguments needed), `depth` levels deep. */
function selectionOf(types: Map<string, TypeInfo>, typeName: string, depth: number): string {
  const type = types.get(typeName);
  const parts: string[] = [];
  for (const f of type?.fields ?? []) {
    if (f.args.some((a) => a.type.kind === 'NON_NULL')) continue;
    const t = unwrap(f.type);
    if (t.kind === 'SCALAR' || t.kind === 'ENUM') parts.push(f.name);
    else if (t.kind === 'OBJECT' && depth > 0 && !/^(importDocument|statement|drafts|evidence)$/.test(f.name)) {
      const inner = selectionOf(types, t.name, depth - 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

export async function apiShape(gql: Gql): Promise<ApiShape> {
  const data = await gql(
    `{ __schema { types { name kind inputFields { name } fields { name args { type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`,
  );
  const types = new Map<string, TypeInfo>(data.__schema.types.map((t: TypeInfo) => [t.name, t]));
  const fieldsOf = (name: string) => types.get(name)?.fields ?? [];
  const find = (type: string, pattern: RegExp) =>
    fieldsOf(type).find((f) => pattern.test(f.name) && !f.args.some((a) => a.type.kind === 'NON_NULL')) ?? null;
  const proposedCall = find('StatementDraft', /^(proposedCall|callProposal)s?$/);
  const proposedCommitments = find('StatementDraft', /^(proposedCommitments?|commitmentProposals?)$/);
  const proposedOrganization = find('StatementDraft', /^(proposedAttributedOrganization|proposedAuthorOrganization|proposedOrganization)$/);
  const roles = fieldsOf('ProposedOfficial').find((f) => /^roles?$/.test(f.name)) ?? null;
  const dispositions = find('ImportDocument', /^(dispositions|sentences|sentenceDispositions|skippedSentences)$/);
  const extra = (f: FieldInfo | null) => {
    if (!f) return '';
    const t = unwrap(f.type);
    return t.kind === 'OBJECT' ? `${f.name} { ${selectionOf(types, t.name, 1)} }` : f.name;
  };
  // A newer API names a press conference's speaker not on record (DraftSource.proposedSpeaker).
  const speakerProposal = fieldsOf('DraftSource').some((f) => f.name === 'proposedSpeaker');
  const draftSelection = `id text kind confidence
    speakers { name } attributedOrganization { name } parties { name }
    proposedOfficials { name title capacity countryCode ${roles ? roles.name : ''} }
    originatingSource { kind isDocument publisher { name } proposedPublisher { name } speaker { name } ${speakerProposal ? 'proposedSpeaker { name }' : ''} }
    call { title } commitments { stance commitment { title } }
    ${extra(proposedCall)} ${extra(proposedCommitments)} ${extra(proposedOrganization)}`;
  return {
    inputFields: new Set((types.get('ImportDocumentInput')?.inputFields ?? []).map((f) => f.name)),
    draftSelection,
    documentSelection: [
      extra(dispositions),
      fieldsOf('ImportDocument').some((f) => f.name === 'proposedOfficials') ? 'proposedOfficials { name countryCode capacity }' : '',
      fieldsOf('ImportDocument').some((f) => f.name === 'proposedOrganizations') ? 'proposedOrganizations { name countryCode }' : '',
      fieldsOf('ImportDocument').some((f) => f.name === 'proposedCall')
        ? 'proposedCall { participants { name } proposedParticipants { name } }'
        : '',
    ].join(' '),
    proposedCallField: proposedCall?.name ?? null,
    proposedCommitmentsField: proposedCommitments?.name ?? null,
    proposedOrganizationField: proposedOrganization?.name ?? null,
    rolesField: roles?.name ?? null,
    dispositionsField: dispositions?.name ?? null,
  };
}

/** Every string inside a value (a proposed commitment's fields, as the scoring reads them). */
export const strings = (value: unknown): string[] =>
  value === null || value === undefined
    ? []
    : typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];

const pick = (value: any, names: string[]): string | null => {
  for (const n of names) if (typeof value?.[n] === 'string') return value[n];
  return null;
};

/** A draft from the API as the scoring reads it. */
export function draftView(d: any, shape: ApiShape): DraftView {
  const roles = (p: any): string[] | null => {
    if (!shape.rolesField) return null;
    const r = p[shape.rolesField];
    return (Array.isArray(r) ? r : [r])
      .filter(Boolean)
      .map((x: string) => (/speaker|author/i.test(x) ? 'author' : /part/i.test(x) ? 'party' : x.toLowerCase()));
  };
  const call = shape.proposedCallField ? d[shape.proposedCallField] : undefined;
  const commitments = shape.proposedCommitmentsField ? d[shape.proposedCommitmentsField] : undefined;
  return {
    text: d.text,
    kind: d.kind,
    confidence: d.confidence,
    speakers: d.speakers.map((s: any) => s.name),
    organization: d.attributedOrganization?.name ?? null,
    proposedOrganization: shape.proposedOrganizationField
      ? (() => {
          const o = d[shape.proposedOrganizationField];
          return o ? { name: pick(o, ['name']) ?? '', country: pick(o, ['countryCode', 'country']) ?? undefined } : null;
        })()
      : undefined,
    parties: d.parties.map((p: any) => p.name),
    proposedOfficials: d.proposedOfficials.map((p: any) => ({
      name: p.name,
      title: p.title ?? undefined,
      capacity: p.capacity ?? undefined,
      country: p.countryCode ?? undefined,
      roles: roles(p),
    })),
    source: {
      kind: d.originatingSource.kind,
      isDocument: d.originatingSource.isDocument,
      publisher: d.originatingSource.publisher?.name ?? d.originatingSource.proposedPublisher?.name ?? null,
      speaker: d.originatingSource.speaker?.name ?? d.originatingSource.proposedSpeaker?.name ?? null,
    },
    call: d.call?.title ?? null,
    proposedCall: call === undefined ? null : typeof call === 'boolean' ? call : Array.isArray(call) ? call.length > 0 : call !== null,
    commitments: d.commitments.map((c: any) => ({ title: c.commitment.title, stance: c.stance })),
    proposedCommitments:
      commitments === undefined
        ? null
        : (Array.isArray(commitments) ? commitments : commitments ? [commitments] : []).map((c: any) => ({
            text: strings(c).join(' '),
            stance: typeof c?.stance === 'string' ? c.stance : null,
          })),
  };
}

/** The API's per-sentence dispositions, when it has them. */
export function dispositionViews(document: any, shape: ApiShape): DispositionView[] | null {
  if (!shape.dispositionsField) return null;
  const list = document[shape.dispositionsField];
  return (Array.isArray(list) ? list : []).map((s: any) => ({
    text: pick(s, ['text', 'sentence', 'span']) ?? strings(s).sort((a, b) => b.length - a.length)[0] ?? '',
    reason: pick(s, ['reason', 'skipReason', 'disposition', 'status']),
    rule: pick(s, ['rule']),
  }));
}

export interface Imported {
  id: string;
  /** The text the import extracted and normalized. */
  text: string;
  drafts: DraftView[];
  dispositions: DispositionView[] | null;
  /** What the import proposed for the whole document (empty when the API does not say). */
  proposals: DocumentProposals;
  raw: any[];
}

/** The document-level proposals as the entity recall reads them. */
export function documentProposals(document: any): DocumentProposals {
  const call = document?.proposedCall;
  return {
    officials: (document?.proposedOfficials ?? []).map((p: any) => ({
      name: p.name,
      country: p.countryCode ?? undefined,
      capacity: p.capacity ?? undefined,
    })),
    organizations: (document?.proposedOrganizations ?? []).map((o: any) => ({ name: o.name, country: o.countryCode ?? undefined })),
    call: call ? { participants: [...(call.participants ?? []), ...(call.proposedParticipants ?? [])].map((p: any) => p.name) } : null,
  };
}

/** Imports one corpus document as an editor would and reads all its drafts back. */
export async function importCorpusDocument(
  gql: Gql,
  shape: ApiShape,
  doc: CorpusDocument & { content: string; format: 'text' | 'html' },
  organizations: Map<string, string>,
): Promise<Imported> {
  const input: Record<string, unknown> = {
    [doc.format]: doc.content,
    kind: doc.import.kind,
    title: doc.import.title,
    publishedOn: doc.import.publishedOn,
  };
  if (doc.import.publisher) {
    const publisherId = organizations.get(doc.import.publisher);
    if (!publisherId) throw new Error(`${doc.id}: no organization ${doc.import.publisher}`);
    input.publisherId = publisherId;
  }
  // Optional inputs a newer API may take.
  if (shape.inputFields.has('timeZone')) input.timeZone = doc.import.timeZone;
  if (shape.inputFields.has('publisherTimeZone')) input.publisherTimeZone = doc.import.timeZone;
  for (const key of Object.keys(input)) if (!shape.inputFields.has(key)) delete input[key];
  const imported = await gql(`mutation($input: ImportDocumentInput!) { importDocument(input: $input) { importDocument { id } } }`, {
    input,
  });
  const id = imported.importDocument.importDocument.id;
  const raw: any[] = [];
  // Pages of 50: the draft selection (with DraftSource.proposedSpeaker) costs past the API's limit at 100 a page.
  let after: string | null = null;
  let document: any;
  for (;;) {
    const data = await gql(
      `query($id: ID!, $after: String) { node(id: $id) { ... on ImportDocument { ${after ? '' : `text ${shape.documentSelection}`}
        drafts(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${shape.draftSelection} } } } } } }`,
      { id, after },
    );
    document ??= data.node;
    raw.push(...data.node.drafts.edges.map((e: any) => e.node));
    if (!data.node.drafts.pageInfo.hasNextPage) break;
    after = data.node.drafts.pageInfo.endCursor;
  }
  return {
    id,
    text: document.text,
    drafts: raw.map((d) => draftView(d, shape)),
    dispositions: dispositionViews(document, shape),
    proposals: documentProposals(document),
    raw,
  };
}
