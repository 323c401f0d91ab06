import { sql } from 'pg-sql2';
import { txQuery } from '../common/tx-query';
import type { EntityManager } from 'typeorm';
import { readQuery } from '../common/read-query';
import { AuditAction } from '../audit/audit-entry.entity';
import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import type { Stance } from '../commitments/statement-commitment.entity';
import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { badInput, conflict, notFound, NotFoundError } from '../common/errors';
import { Conditions, list, rowIds } from '../common/filters';
import { decodeGlobalId, toGlobalId } from '../common/global-id';
import { listConnection } from '../common/list';
import { columnKey, type Ordering } from '../common/pagination';
import { InputCheck, today } from '../common/validation';
import type { WriteTx } from '../write/write-tx';
import { Official } from '../officials/official.entity';
import { holdingWrites, officialWrites, postWrites } from '../officials/official.service';
import { commitmentWrites } from '../commitments/commitment.service';
import { CommitmentKind } from '../commitments/commitment.entity';
import { Organization, OrganizationKind } from '../organizations/organization.entity';
import { organizationWrites } from '../organizations/organization.service';
import { Country } from '../places/country.entity';
import { Source, SourceKind } from '../sources/source.entity';
import { sourceWrites } from '../sources/source.service';
import { StatementKind } from '../statements/statement.entity';
import { Topic } from '../topics/topic.entity';
import type { AddStatementInput } from '../statements/statement.inputs';
import { addStatement, refuseNearDuplicate } from '../statements/statement.service';
import type { SQL } from 'pg-sql2';
import type { Passage, ProposedCommitment, ProposedOfficial, SourceGuess } from './extract';
import { governmentName } from './pipeline/countries';
import { recordCountry } from '../places/record-country';
import { callKindOf, callTitle } from './pipeline/proposed-call';
import { recordCall } from '../calls/call.service';
import { CallKind } from '../calls/call.entity';
import { MAX_HTML_CHARS } from './html';
import {
  type DraftRestoration,
  DraftStatus,
  type ImportAnalysis,
  ImportDocument,
  ImportFormat,
  ImportSentence,
  SentenceStatus,
  type SkipReason,
  StatementDraft,
  TextVariant,
} from './import.entity';
import type {
  AcceptDraftInput,
  AddAliasInput,
  DraftFilter,
  DraftSentenceInput,
  ImportDocumentInput,
  RejectDraftInput,
  AddTextVariantInput,
} from './import.inputs';
import { surname, type LexiconData } from './lexicon';
import { contentHash as contentHashOf, sourceHashes } from './content-hash';
import { looksBinary, MAX_DOCUMENT_CHARS, type TextVariant as TextVariantData } from './text';
import { variantRuleBreach } from './variant-rule';
import { importWorkers } from './worker/pool';

// ---------------------------------------------------------------------------------------------
// The lexicon, read fresh for every import so that new aliases and variants count at once.

/** The lexicon's data, as plain values (what an import worker receives). */
export async function loadLexiconData(m: EntityManager, around: string): Promise<LexiconData> {
  // One after another: inside a transaction they share one connection.
  const queries = [
    () =>
      txQuery(
        m,
        sql`SELECT o.id, o.name, o.native_name AS "nativeName", o.aliases, o.country_code AS "countryCode",
                    coalesce(json_agg(json_build_object('title', p.title, 'capacity', h.capacity, 'startDate', h.start_date,
                      'endDate', h.end_date, 'organizationId', p.organization_id)) FILTER (WHERE h.id IS NOT NULL), '[]') AS holdings
               FROM officials o LEFT JOIN post_holdings h ON h.official_id = o.id LEFT JOIN posts p ON p.id = h.post_id
              GROUP BY o.id`,
      ),
    () => txQuery(m, sql`SELECT id, name, short_name AS "shortName", aliases, country_code AS "countryCode" FROM organizations`),
    () =>
      txQuery(
        m,
        sql`SELECT c.code, c.name, c.time_zone AS "timeZone", coalesce(array_agg(a.alias ORDER BY a.id) FILTER (WHERE a.id IS NOT NULL), '{}') AS aliases
               FROM countries c LEFT JOIN entity_aliases a ON a.country_code = c.code GROUP BY c.code`,
      ),
    () =>
      txQuery(
        m,
        sql`SELECT c.id, c.title, c.kind, c.description, coalesce(array_agg(a.alias ORDER BY a.id) FILTER (WHERE a.id IS NOT NULL), '{}') AS aliases
               FROM commitments c LEFT JOIN entity_aliases a ON a.commitment_id = c.id GROUP BY c.id`,
      ),
    () =>
      txQuery(
        m,
        sql`SELECT t.id, t.slug, t.name, coalesce(array_agg(a.alias ORDER BY a.id) FILTER (WHERE a.id IS NOT NULL), '{}') AS aliases
               FROM topics t LEFT JOIN entity_aliases a ON a.topic_id = t.id GROUP BY t.id`,
      ),
    () =>
      txQuery(
        m,
        sql`SELECT c.id, c.title, to_char(c.date, 'YYYY-MM-DD') AS date, coalesce(c.started_at, c.earliest_start) AS "earliestStart",
                    coalesce(c.started_at, c.latest_start) AS "latestStart", array_agg(p.official_id ORDER BY p.official_id) AS "participantIds"
               FROM calls c JOIN call_participants p ON p.call_id = c.id
              WHERE c.date BETWEEN ${sql.value(around)}::date - 366 AND ${sql.value(around)}::date + 2 GROUP BY c.id`,
      ),
    () => txQuery(m, sql`SELECT id, variant, restored, case_sensitive AS "caseSensitive" FROM text_variants`),
  ];
  const results: any[] = [];
  for (const q of queries) results.push(await q());
  const [officials, organizations, countries, commitments, topics, calls, variants] = results;
  const data: LexiconData = {
    officials: officials.map((o: LexiconData['officials'][number]) => ({
      ...o,
      holdings: o.holdings.map((h) => ({
        ...h,
        startDate: String(h.startDate).slice(0, 10),
        endDate: h.endDate && String(h.endDate).slice(0, 10),
      })),
    })),
    organizations,
    countries: countries.map((c: { code: string }) => ({ ...c, code: c.code.trim() })),
    commitments,
    topics,
    calls: calls.map((c: { earliestStart: Date | null; latestStart: Date | null }) => ({
      ...c,
      earliestStart: c.earliestStart ? new Date(c.earliestStart).toISOString() : null,
      latestStart: c.latestStart ? new Date(c.latestStart).toISOString() : null,
    })),
    variants,
  };
  return data;
}

// ---------------------------------------------------------------------------------------------
// Importing

export interface ImportResult {
  importDocument: ImportDocument;
  draftCount: number;
  /** The source this document is recorded as already, imported again with allowRecordedSource. */
  recordedSource: Source | null;
}

/** A variant as matched: case, apostrophes and spacing aside. */
const variantKey = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** Drafts inserted per statement. */
const DRAFT_INSERT_ROWS = 100;
/**
 * Sentences stored per INSERT: building one of 1,000 rows through the ORM held the event loop up to ~100 ms on a busy
 * machine (11,000 `<p>`); as columns of values (unnest) 1,000 rows are a few arrays to send.
 */
const SENTENCE_INSERT_ROWS = 1_000;

const validTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Words of the text, for a title when none was given. */
const firstWords = (text: string) => text.split(/\s+/).slice(0, 12).join(' ').slice(0, 200);

export async function importDocument(tx: WriteTx, input: ImportDocumentInput): Promise<ImportResult> {
  const v = new InputCheck();
  if ((input.text == null) === (input.html == null)) v.fail('text', 'or html must be given, not both');
  const raw = input.text ?? input.html ?? '';
  if (input.html != null && raw.length > MAX_HTML_CHARS) v.fail('html', `is longer than ${MAX_HTML_CHARS} characters`);
  if (input.text != null && raw.length > MAX_DOCUMENT_CHARS) v.fail('text', `is longer than ${MAX_DOCUMENT_CHARS} characters`);
  const title = v.text('title', input.title, { max: 500 });
  const url = v.url('url', input.url);
  const publishedOn = v.date('publishedOn', input.publishedOn) ?? today();
  const publisherId = v.ref('publisherId', input.publisherId, Organization);
  const language = v.matches('language', input.language, /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en"') ?? 'en';
  const kind = input.kind ?? SourceKind.NEWS_ARTICLE;
  const timeZone = v.text('timeZone', input.timeZone, { max: 64 });
  if (timeZone && !validTimeZone(timeZone)) v.fail('timeZone', 'is not an IANA time zone such as "Asia/Tokyo"');
  await v.done(tx.manager);
  const field = input.text != null ? 'text' : 'html';
  if (looksBinary(raw)) throw badInput('The document is not text (it looks like a binary file)', { field: ['input', field] });

  // Parsing and extraction run in a worker thread, under one deadline for the whole import.
  const workers = importWorkers(tx.manager.connection);
  const deadline = Date.now() + workers.options.timeoutMs;
  const { prepared } = await workers.run({ stage: 'prepare', format: input.html != null ? 'html' : 'text', raw }, deadline, [
    'input',
    field,
  ]);
  const { text, title: pageTitle, method } = prepared!;
  if (text.length === 0) throw badInput('The document has no text', { field: ['input', field] });
  if (text.length > MAX_DOCUMENT_CHARS)
    throw badInput(`The document is longer than ${MAX_DOCUMENT_CHARS} characters once extracted`, {
      field: ['input', field],
      limit: 'documentChars',
    });

  // Duplicates are found whatever the typography (curly or straight quotes, dashes, spacing):
  // the hash is of the text's hashForm; the plain SHA-256 also finds imports made before it.
  const contentHash = contentHashOf(text);
  const hashes = sourceHashes(raw, text);
  const earlier = await txQuery<{ id: number; source_id: number | null }>(
    tx.manager,
    sql`SELECT id, source_id FROM import_documents WHERE content_hash = ANY(${sql.value(hashes)}) ORDER BY id LIMIT 1`,
  );
  if (earlier.length) {
    const existingId = toGlobalId('ImportDocument', earlier[0].id);
    const sourceId = earlier[0].source_id == null ? undefined : toGlobalId('Source', earlier[0].source_id);
    throw conflict(
      `This document was imported already, as ${existingId}${sourceId ? `, recorded as the source ${sourceId}` : ''} (same content hash ${contentHash.slice(0, 12)}…)`,
      { field: ['input', field], existingId, ...(sourceId ? { sourceId } : {}), contentHash, duplicate: true },
    );
  }
  // A document recorded as a source already (by the seed, addSource or an earlier import's acceptance).
  const [recordedRow] = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT id FROM sources WHERE content_hash = ANY(${sql.value(hashes)}) ORDER BY id LIMIT 1`,
  );
  const recordedSource = recordedRow ? await tx.manager.findOneBy(Source, { rowId: recordedRow.id }) : null;
  if (recordedSource && !input.allowRecordedSource) {
    throw conflict(
      `This document is recorded already as the source ${recordedSource.id} ("${recordedSource.title.slice(0, 120)}"): importing it again could record its statements twice. To look for statements not yet recorded, import it with allowRecordedSource: true`,
      { field: ['input', field], sourceId: recordedSource.id, contentHash, duplicate: true },
    );
  }

  const lexicon = await loadLexiconData(tx.manager, publishedOn);
  const options = {
    kind: kind as never,
    publisherId: publisherId ?? null,
    publishedOn,
    title: title ?? pageTitle,
    timeZone: timeZone ?? null,
    // IMPORT_GATE=false: no sentence gate (the worker uses the shipped one unless told null).
    ...(workers.options.gate === false ? { gate: null } : {}),
    // IMPORT_MIN_CONFIDENCE: drafts under it are held back (BELOW_THRESHOLD).
    ...(workers.options.minConfidence !== undefined ? { minConfidence: workers.options.minConfidence } : {}),
  };
  const task = await workers.run({ stage: 'extract', lexicon, text, options }, deadline, ['input', field]);
  const { extraction } = task;
  const result = extraction!;
  const passageJson = task.passages ?? [];
  const analysis: ImportAnalysis = {
    sentenceCount: result.sentenceCount,
    dates: result.dates.map((d) => ({ text: d.text, date: d.date, rule: d.rule })),
    calls: result.calls,
    proposedOfficials: result.proposedOfficials,
    proposedOrganizations: result.proposedOrganizations,
    proposedCommitments: result.proposedCommitments,
    proposedCall: result.proposedCall,
    timeZone: timeZone ?? null,
    method,
  };
  const document = await tx.insert(
    ImportDocument,
    {
      contentHash,
      format: input.html != null ? ImportFormat.HTML : ImportFormat.TEXT,
      kind,
      title: title ?? pageTitle ?? firstWords(text),
      url: url ?? null,
      publisherId: publisherId ?? null,
      publishedOn,
      language,
      text,
      analysis,
      // Drafts accepted from a recorded source's document point to that source, not to a new one.
      sourceId: recordedSource?.rowId ?? null,
      importedBy: tx.actor.name,
    },
    { extra: { after: { drafts: passageJson.length } } },
  );
  const variantIds = new Map(
    (lexicon.variants as (TextVariantData & { id?: number })[]).map((v) => [variantKey(v.variant), v.id ?? null] as const),
  );
  // In slices, awaited one after the other: building one INSERT of 1,400 drafts held the event loop 400 ms.
  for (let from = 0; from < passageJson.length; from += DRAFT_INSERT_ROWS) {
    const slice: Passage[] = passageJson.slice(from, from + DRAFT_INSERT_ROWS).map((json) => JSON.parse(json) as Passage);
    await tx.manager.insert(
      StatementDraft,
      slice.map((p, i) => ({
        importId: document.rowId,
        position: from + i,
        status: DraftStatus.PENDING,
        kind: p.kind as StatementKind,
        text: p.text,
        originalText: p.originalText,
        startOffset: p.start,
        endOffset: p.end,
        date: p.date,
        speakerIds: p.speakerIds,
        attributedOrganizationId: p.attributedOrganizationId,
        partyIds: p.partyIds,
        callId: p.callId,
        commitments: p.commitments,
        topicIds: p.topicIds,
        sourceGuess: p.source,
        proposals: {
          speakers: p.proposedSpeakers,
          parties: p.proposedParties,
          commitments: p.proposedCommitments,
          organization: p.proposedOrganization ?? null,
          ...(p.offTalks ? { offTalks: true } : {}),
        },
        evidence: p.evidence,
        confidence: p.confidence,
        restorations: p.restorations.map(([variant, restored]) => ({
          variant,
          restored,
          variantId: variantIds.get(variantKey(variant)) ?? null,
        })),
      })),
    );
  }
  // Every sentence with its disposition; a drafted one points at its drafts (by their row ids).
  const draftRows = passageJson.length
    ? await txQuery<{ id: number; position: number }>(
        tx.manager,
        sql`SELECT id, position FROM statement_drafts WHERE import_id = ${sql.value(document.rowId)}`,
      )
    : [];
  const draftId = new Map(draftRows.map((r) => [r.position, r.id]));
  // One column of values per parameter (unnest), not a parameter per value through the ORM's insert builder, which
  // spent ~0.1 ms of the event loop per row (47,000 lines: 47,000 rows).
  for (let i = 0; i < result.dispositions.length; i += SENTENCE_INSERT_ROWS) {
    const rows = result.dispositions.slice(i, i + SENTENCE_INSERT_ROWS);
    const column = (f: (d: (typeof rows)[number]) => string | number | null) => sql.value(rows.map(f));
    // (The drafts' row ids as an array literal per sentence: unnest takes no arrays of arrays of different lengths.)
    const draftIds = column((d) => `{${d.draftPositions.flatMap((p) => draftId.get(p) ?? []).join(',')}}`);
    await txQuery(
      tx.manager,
      sql`INSERT INTO import_sentences (import_id, position, start_offset, end_offset, status, reason, rule, draft_ids)
          SELECT ${sql.value(document.rowId)}, s.position, s.start_offset, s.end_offset, s.status, s.reason, s.rule, s.draft_ids::int[]
            FROM unnest(${column((d) => d.index)}::int[], ${column((d) => d.start)}::int[], ${column((d) => d.end)}::int[],
                        ${column((d) => d.status)}::text[], ${column((d) => d.reason ?? null)}::text[],
                        ${column((d) => d.rule.slice(0, 300))}::text[], ${draftIds}::text[])
              AS s(position, start_offset, end_offset, status, reason, rule, draft_ids)`,
    );
  }
  return { importDocument: document, draftCount: passageJson.length, recordedSource: recordedSource ?? null };
}

// ---------------------------------------------------------------------------------------------
// Listing drafts

const draftOrder: Ordering<StatementDraft> = {
  name: 'document-order',
  keys: [
    columnKey<StatementDraft>('import_id', 'ASC', (d) => d.importId),
    columnKey<StatementDraft>('position', 'ASC', (d) => d.position),
    columnKey<StatementDraft>('id', 'ASC', (d) => d.rowId),
  ],
};

export function listDrafts(ctx: Context, page: ConnectionArgs, filter: DraftFilter | null | undefined, importId?: number) {
  const c = new Conditions();
  c.when(importId, (e, v) => sql`${e}.import_id = ${v}`);
  if (filter) {
    c.when(rowIds(filter.importIds, 'ImportDocument', ['filter', 'importIds']), (e, v) => sql`${e}.import_id = ANY(${v})`);
    c.when(list(filter.statuses, ['filter', 'statuses']), (e, v) => sql`${e}.status = ANY(${v})`);
    c.when(list(filter.kinds, ['filter', 'kinds']), (e, v) => sql`${e}.kind = ANY(${v})`);
    c.when(rowIds(filter.callIds, 'Call', ['filter', 'callIds']), (e, v) => sql`${e}.call_id = ANY(${v})`);
    if (filter.minConfidence != null) {
      if (!(filter.minConfidence >= 0 && filter.minConfidence <= 1))
        throw badInput('minConfidence must be between 0 and 1', { field: ['filter', 'minConfidence'] });
      c.when(filter.minConfidence, (e, v) => sql`${e}.confidence >= ${v}`);
    }
  }
  return listConnection(ctx, StatementDraft, page, draftOrder, c.parts);
}

const importOrder: Ordering<ImportDocument> = { name: 'recent', keys: [columnKey<ImportDocument>('id', 'DESC', (d) => d.rowId)] };

export function listImports(ctx: Context, page: ConnectionArgs) {
  return listConnection(ctx, ImportDocument, page, importOrder);
}

// ---------------------------------------------------------------------------------------------
// Accepting and rejecting

const KIND_LABEL: Record<string, string> = {
  READOUT: 'readout',
  PRESS_RELEASE: 'release',
  PRESS_CONFERENCE: 'press conference',
  JOINT_STATEMENT: 'joint statement',
  NEWS_ARTICLE: 'news article',
  TRANSCRIPT: 'transcript',
};

async function lockPendingDraft(tx: WriteTx, id: string, version: number | null | undefined): Promise<StatementDraft> {
  const v = new InputCheck();
  const rowId = v.decode('draftId', id, StatementDraft);
  v.throwProblems();
  const draft = await tx.lock(StatementDraft, { rowId: rowId!, version }, ['input']).catch((error) => {
    throw error instanceof NotFoundError ? notFound(`No StatementDraft has id ${id}`, { field: ['input', 'draftId'] }) : error;
  });
  if (draft.status !== DraftStatus.PENDING) {
    throw conflict(`Draft ${id} is ${draft.status.toLowerCase()} already`, { field: ['input', 'draftId'], status: draft.status });
  }
  return draft;
}

/** A country the text names that is not on record: recorded with its usual name and its capital's time zone. */
async function ensureCountry(tx: WriteTx, code: string): Promise<void> {
  if (!(await recordCountry(tx, code)))
    throw badInput(`Country ${code} is not on record`, { field: ['input', 'edits'], countryCode: code });
}

/**
 * The official a proposal stands for: one recorded since (by name and country), else a new one,
 * with the title the text gives as a post holding (acting, designate or substantive) from the
 * document's date, so that "title on the day" answers for them.
 */
async function officialFor(tx: WriteTx, p: ProposedOfficial, created: Map<string, number>, doc: ImportDocument): Promise<number> {
  if (created.has(p.key)) return created.get(p.key)!;
  if (!p.countryCode) {
    throw badInput(
      `"${p.name}" is not on record and the text does not say which country they serve: record the official first, or edit the draft`,
      {
        field: ['input', 'edits', 'speakerIds'],
        proposed: p.name,
      },
    );
  }
  await ensureCountry(tx, p.countryCode);
  const found = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT id FROM officials WHERE country_code = ${sql.value(p.countryCode)} AND lower(name) = lower(${sql.value(p.name)})`,
  );
  let id = found[0]?.id;
  if (id == null) {
    id = (await officialWrites.create(tx, { name: p.name, countryCode: p.countryCode, aliases: [] }, ['input', 'proposedOfficial'])).rowId;
    if (p.title) await holdingFor(tx, id, p, doc);
  }
  created.set(p.key, id);
  return id;
}

/**
 * The body a new official's post belongs to when their country has no defense organization on
 * record (a country the text introduced): its government, "Government of Poland", recorded once.
 * The import does not guess the ministry's own name from the title.
 */
async function governmentOf(tx: WriteTx, code: string): Promise<number> {
  const found = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT id FROM organizations WHERE country_code = ${sql.value(code)} AND kind = 'GOVERNMENT' ORDER BY id LIMIT 1`,
  );
  if (found.length) return found[0].id;
  return (
    await organizationWrites.create(
      tx,
      { name: governmentName(code), kind: OrganizationKind.GOVERNMENT, countryCode: code, aliases: [] } as never,
      ['input', 'proposedOfficial'],
    )
  ).rowId;
}

/** The post a proposed official's title names, in their organization (else their country's defense ministry), held from the document's date. */
async function holdingFor(tx: WriteTx, officialId: number, p: ProposedOfficial, doc: ImportDocument): Promise<void> {
  let organizationId = p.organizationId;
  if (organizationId == null) {
    const orgs = await txQuery<{ id: number }>(
      tx.manager,
      sql`SELECT id FROM organizations WHERE country_code = ${sql.value(p.countryCode)}
            AND (name ILIKE '%defen%' OR coalesce(short_name, '') ILIKE '%defen%') ORDER BY id LIMIT 2`,
    );
    if (orgs.length > 1) return;
    organizationId = orgs[0]?.id ?? (await governmentOf(tx, p.countryCode!));
  }
  const posts = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT id FROM posts WHERE organization_id = ${sql.value(organizationId)} AND lower(title) = lower(${sql.value(p.title)})`,
  );
  const postId =
    posts[0]?.id ??
    (
      await postWrites.create(tx, { title: p.title!, organizationId: toGlobalId('Organization', organizationId) } as never, [
        'input',
        'proposedOfficial',
      ])
    ).rowId;
  await holdingWrites.create(
    tx,
    {
      officialId: toGlobalId('Official', officialId),
      postId: toGlobalId('Post', postId),
      capacity: p.capacity,
      startDate: doc.publishedOn,
      note: `From ${doc.id} ("${doc.title.slice(0, 200)}"), which names them "${p.span.slice(0, 200)}"; the start date is the document's.`,
    } as never,
    ['input', 'proposedOfficial'],
  );
}

/** A commitment the text names that the dataset lacks: one recorded since by title, else created (the first country the treaty names as guarantor). */
async function commitmentFor(tx: WriteTx, p: ProposedCommitment): Promise<number> {
  const found = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT id FROM commitments WHERE lower(title) = lower(${sql.value(p.title)})`,
  );
  if (found.length) return found[0].id;
  const codes = p.countryCodes.includes('US') ? ['US', ...p.countryCodes.filter((c) => c !== 'US')] : p.countryCodes;
  if (codes.length < 2)
    throw badInput(`"${p.title}" names one country only: record the commitment first, or edit the draft`, {
      field: ['input', 'edits', 'commitments'],
    });
  for (const code of codes.slice(0, 2)) await ensureCountry(tx, code);
  const commitment = await commitmentWrites.create(
    tx,
    {
      title: p.title,
      kind: (p.kind as CommitmentKind | undefined) ?? CommitmentKind.MUTUAL_DEFENSE,
      guarantorCode: codes[0],
      beneficiaryCode: codes[1],
      description: `Proposed by the import from the words "${p.span.slice(0, 300)}".`,
    } as never,
    ['input', 'proposedCommitment'],
  );
  return commitment.rowId;
}

async function documentSource(tx: WriteTx, doc: ImportDocument): Promise<Source> {
  if (doc.sourceId != null) return tx.manager.findOneByOrFail(Source, { rowId: doc.sourceId });
  const found = await tx.manager.findOneBy(Source, { contentHash: doc.contentHash });
  const source =
    found ??
    (await sourceWrites.create(
      tx,
      {
        kind: doc.kind,
        title: doc.title,
        url: doc.url,
        publishedOn: doc.publishedOn,
        language: doc.language,
        publisherId: doc.publisherId == null ? null : toGlobalId('Organization', doc.publisherId),
        contentHash: doc.contentHash,
        notes: `Imported as ${doc.id}; content_hash is the SHA-256 of the text as extracted.`,
      } as never,
      ['input', 'documentSource'],
    ));
  await tx.update(ImportDocument, { rowId: doc.rowId, version: doc.version }, { sourceId: source.rowId });
  return source;
}

/** A proposed organization of the document (by key): one recorded since with its name and country, else created (its country ensured). */
async function organizationFor(tx: WriteTx, doc: ImportDocument, key: string): Promise<number | null> {
  const proposal = doc.analysis.proposedOrganizations.find((o) => o.key === key);
  if (!proposal) return null;
  const found = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT id FROM organizations WHERE lower(name) = lower(${sql.value(proposal.name)}) AND country_code IS NOT DISTINCT FROM ${sql.value(proposal.countryCode ?? null)}::text`,
  );
  if (found.length) return found[0].id;
  if (proposal.countryCode) await ensureCountry(tx, proposal.countryCode);
  return (
    await organizationWrites.create(
      tx,
      { name: proposal.name, kind: OrganizationKind.MINISTRY, countryCode: proposal.countryCode, aliases: [] } as never,
      ['input', 'proposedOrganization'],
    )
  ).rowId;
}

/** The source a passage originates from: one already recorded for the same publisher, kind and call, else a new one. */
async function originatingSource(tx: WriteTx, doc: ImportDocument, guess: SourceGuess, date: string, docSource: Source): Promise<Source> {
  if (guess.isDocument) return docSource;
  const publisherId = guess.publisherId ?? (guess.proposedPublisher ? await organizationFor(tx, doc, guess.proposedPublisher) : null);
  const existing = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT id FROM sources WHERE kind = ${sql.value(guess.kind)} AND publisher_id IS NOT DISTINCT FROM ${sql.value(publisherId ?? null)}::int
         AND call_id IS NOT DISTINCT FROM ${sql.value(guess.callId ?? null)}::int ORDER BY id LIMIT 1`,
  );
  if (existing.length) return tx.manager.findOneByOrFail(Source, { rowId: existing[0].id });
  const publisher = publisherId == null ? null : await tx.manager.findOneBy(Organization, { rowId: publisherId });
  const call = guess.callId == null ? null : await tx.manager.findOneBy(Call, { rowId: guess.callId });
  const title = `${publisher?.name ?? 'Unidentified'} ${KIND_LABEL[guess.kind] ?? 'document'}${call ? ` on the ${call.title}` : ''}`;
  return sourceWrites.create(
    tx,
    {
      kind: guess.kind,
      title: title.slice(0, 500),
      publishedOn: date,
      language: 'en',
      publisherId: publisherId == null ? null : toGlobalId('Organization', publisherId),
      callId: call ? toGlobalId('Call', call.rowId) : null,
      notes: `Known here only through "${doc.title.slice(0, 200)}" (${doc.id}), which reports it as "${guess.label.slice(0, 200)}"; its own title, URL and time of publication are not recorded.`,
    } as never,
    ['input', 'originatingSource'],
  );
}

/**
 * The call a document reports that is not on record (`analysis.proposedCall`), for a draft that
 * proposes it: the one recorded when an earlier draft of the document was accepted, else one
 * recorded since on the same date with the same participants, else recorded now with its
 * participants (proposed ones created as officials) in the caller's transaction. The document
 * remembers it, so that its other drafts use it and no second call is recorded.
 */
async function proposedCallFor(
  tx: WriteTx,
  doc: ImportDocument,
  created: Map<string, number>,
): Promise<{ callId: number | null; doc: ImportDocument }> {
  const p = doc.analysis.proposedCall;
  if (!p) return { callId: null, doc };
  if (p.callId != null) {
    const still = await txQuery(tx.manager, sql`SELECT 1 FROM calls WHERE id = ${sql.value(p.callId)}`);
    if (still.length) return { callId: p.callId, doc };
  }
  const participantIds = [...p.participantIds];
  for (const key of p.proposedParticipants) {
    const proposal = doc.analysis.proposedOfficials.find((o) => o.key === key);
    if (proposal) participantIds.push(await officialFor(tx, proposal, created, doc));
  }
  const ids = [...new Set(participantIds)];
  if (ids.length < 2) return { callId: null, doc };
  const date = p.date ?? doc.publishedOn;
  const recorded = await txQuery<{ id: number }>(
    tx.manager,
    sql`SELECT c.id FROM calls c WHERE c.date = ${sql.value(date)}
          AND NOT EXISTS (SELECT 1 FROM unnest(${sql.value(ids)}::int[]) AS x(id)
                           WHERE x.id NOT IN (SELECT official_id FROM call_participants WHERE call_id = c.id))
          ORDER BY c.id LIMIT 1`,
  );
  let callId = recorded[0]?.id;
  if (callId == null) {
    const people = await txQuery<{ id: number; name: string; country_code: string; time_zone: string | null }>(
      tx.manager,
      sql`SELECT o.id, o.name, o.country_code, c.time_zone FROM officials o LEFT JOIN countries c ON c.code = o.country_code
           WHERE o.id = ANY(${sql.value(ids)}::int[])`,
    );
    const byId = new Map(people.map((r) => [r.id, r]));
    const publisherZone =
      doc.publisherId == null
        ? []
        : await txQuery<{ time_zone: string }>(
            tx.manager,
            sql`SELECT c.time_zone FROM organizations o JOIN countries c ON c.code = o.country_code WHERE o.id = ${sql.value(doc.publisherId)}`,
          );
    const timeZone = doc.analysis.timeZone ?? publisherZone[0]?.time_zone ?? byId.get(ids[0])?.time_zone ?? 'UTC';
    const { kind } = callKindOf(p.span);
    const family = ids.map((id) => {
      const r = byId.get(id);
      return r ? (surname({ name: r.name, countryCode: r.country_code }) ?? r.name) : String(id);
    });
    const call = await recordCall(tx, {
      title: callTitle(family, kind, date),
      kind: kind as CallKind,
      date,
      timeZone,
      summary: `Recorded on accepting a draft of ${doc.id} ("${doc.title.slice(0, 200)}"), which reports it: "${p.span.slice(0, 1200)}"`,
      participants: ids.map((id) => ({ officialId: toGlobalId('Official', id), isInitiator: false })),
    } as never);
    callId = call.rowId;
  }
  const updated = await tx.update(
    ImportDocument,
    { rowId: doc.rowId, version: doc.version },
    { analysis: { ...doc.analysis, proposedCall: { ...p, callId } } },
  );
  return { callId, doc: updated };
}

const ids = (type: string, rows: number[]) => rows.map((r) => toGlobalId(type, r));

export interface AcceptResult {
  draft: StatementDraft;
  statement: Awaited<ReturnType<typeof addStatement>>['statement'];
  source: Source;
}

/**
 * A draft becomes a statement through addStatement itself, with the officials and organization
 * it proposes created first and the document recorded as the source that reports it.
 */
export async function acceptDraft(tx: WriteTx, input: AcceptDraftInput): Promise<AcceptResult> {
  const draft = await lockPendingDraft(tx, input.draftId, input.version);
  // Locked, not just read: accepts of one import's drafts share what the first of them records
  // (the document's source, proposed officials and publishers). Read unlocked, an accept could see
  // the import before a concurrent accept committed its source, then find that source and fail
  // on the import's newer version: a CONFLICT that only a retry explained. Locked, they take turns,
  // and each sees what the one before committed.
  let doc = await tx.lock(ImportDocument, { rowId: draft.importId }, ['input', 'draftId']);
  const edits = input.edits ?? {};
  const created = new Map<string, number>();
  const proposal = (key: string) => doc.analysis.proposedOfficials.find((p) => p.key === key);
  const speakerIds = [...draft.speakerIds];
  const partyIds = [...draft.partyIds];
  if (edits.speakerIds == null)
    for (const key of draft.proposals.speakers) if (proposal(key)) speakerIds.push(await officialFor(tx, proposal(key)!, created, doc));
  if (edits.partyIds == null)
    for (const key of draft.proposals.parties) if (proposal(key)) partyIds.push(await officialFor(tx, proposal(key)!, created, doc));
  const commitments = draft.commitments.map((c) => ({ commitmentId: toGlobalId('Commitment', c.id), stance: c.stance as Stance }));
  if (edits.commitments == null)
    for (const c of draft.proposals.commitments ?? []) {
      const p = doc.analysis.proposedCommitments?.find((x) => x.key === c.key);
      if (p) commitments.push({ commitmentId: toGlobalId('Commitment', await commitmentFor(tx, p)), stance: c.stance as Stance });
    }

  // A draft with no recorded call where the document reports one not on record: that call, recorded with the first of them accepted.
  let callId = draft.callId;
  if (callId == null && edits.callId === undefined && doc.analysis.proposedCall && !draft.proposals.offTalks)
    ({ callId, doc } = await proposedCallFor(tx, doc, created));

  // An author organization not on record (the publisher the document names): created with its country, unless the editor names one.
  const attributedOrganizationId =
    draft.attributedOrganizationId ??
    (edits.attributedOrganizationId === undefined && draft.proposals.organization
      ? await organizationFor(tx, doc, draft.proposals.organization)
      : null);

  const docSource = await documentSource(tx, doc);
  const date = edits.date ?? draft.date ?? doc.publishedOn;
  let sourceId: string;
  if (edits.sourceId != null) sourceId = edits.sourceId;
  else {
    const source = await originatingSource(tx, doc, draft.sourceGuess, date < doc.publishedOn ? date : doc.publishedOn, docSource);
    sourceId = source.id;
  }
  const statementInput: AddStatementInput = {
    text: edits.text ?? draft.text,
    kind: edits.kind ?? draft.kind,
    date,
    sourceId,
    callId: edits.callId !== undefined ? edits.callId : callId == null ? null : toGlobalId('Call', callId),
    speakerIds: edits.speakerIds ?? ids('Official', speakerIds),
    attributedOrganizationId:
      edits.attributedOrganizationId !== undefined
        ? edits.attributedOrganizationId
        : attributedOrganizationId == null
          ? null
          : toGlobalId('Organization', attributedOrganizationId),
    partyIds: edits.partyIds ?? ids('Official', [...new Set(partyIds)]),
    commitments: edits.commitments ?? commitments,
    topicIds: edits.topicIds ?? ids('Topic', draft.topicIds),
    reportedInSourceIds: sourceId === docSource.id ? [] : [docSource.id],
  };
  // A near-duplicate of a statement of the same source needs the editor's confirmation.
  const textField = edits.text != null ? ['input', 'edits', 'text'] : ['input', 'draftId'];
  if (!input.confirmNearDuplicate) await refuseNearDuplicate(tx, sourceId, statementInput.text, textField);
  const added = await addStatement(tx, statementInput);
  const accepted = await tx.update(
    StatementDraft,
    { rowId: draft.rowId, version: draft.version },
    { status: DraftStatus.ACCEPTED, statementId: added.statement.rowId },
  );
  return { draft: accepted, statement: added.statement, source: added.source };
}

/** A skipped sentence becomes a pending draft: the words as the document has them (or as the editor gives them), the document as its source. */
export async function draftSentence(tx: WriteTx, input: DraftSentenceInput): Promise<{ draft: StatementDraft; sentence: ImportSentence }> {
  const v = new InputCheck();
  const rowId = v.decode('sentenceId', input.sentenceId, ImportSentence);
  const text = v.text('text', input.text, { max: 5000 });
  v.throwProblems();
  const sentence = await tx.lock(ImportSentence, { rowId: rowId!, version: input.version }, ['input']).catch((error) => {
    throw error instanceof NotFoundError
      ? notFound(`No ImportSentence has id ${input.sentenceId}`, { field: ['input', 'sentenceId'] })
      : error;
  });
  if (sentence.status === SentenceStatus.DRAFTED)
    throw conflict(`Sentence ${input.sentenceId} has a draft already`, {
      field: ['input', 'sentenceId'],
      draftIds: sentence.draftIds.map((id) => toGlobalId('StatementDraft', id)),
    });
  const doc = await tx.manager.findOneByOrFail(ImportDocument, { rowId: sentence.importId });
  const original = doc.text.slice(sentence.startOffset, sentence.endOffset);
  const [{ next }] = await txQuery<{ next: number }>(
    tx.manager,
    sql`SELECT coalesce(max(position), -1) + 1 AS next FROM statement_drafts WHERE import_id = ${sql.value(doc.rowId)}`,
  );
  const draft = await tx.insert(StatementDraft, {
    importId: doc.rowId,
    position: next,
    status: DraftStatus.PENDING,
    kind: input.kind ?? StatementKind.PARAPHRASE,
    text: text ?? original,
    originalText: original,
    startOffset: sentence.startOffset,
    endOffset: sentence.endOffset,
    date: doc.publishedOn,
    speakerIds: [],
    attributedOrganizationId: doc.publisherId,
    partyIds: [],
    callId: doc.analysis.calls[0]?.callId ?? null,
    commitments: [],
    topicIds: [],
    sourceGuess: {
      key: 'document',
      kind: doc.kind as SourceGuess['kind'],
      isDocument: true,
      publisherId: doc.publisherId,
      proposedPublisher: null,
      speakerId: null,
      callId: null,
      label: doc.title,
    },
    proposals: { speakers: [], parties: [] },
    evidence: [
      {
        field: 'text',
        value: 'drafted by an editor',
        span: original.slice(0, 500),
        rule: `an editor drafted a sentence the import skipped (${sentence.reason}: ${sentence.rule})`,
        confidence: 1,
      },
    ],
    confidence: 1,
    statementId: null,
  });
  const updated = await tx.update(
    ImportSentence,
    { rowId: sentence.rowId, version: sentence.version },
    {
      status: SentenceStatus.DRAFTED,
      reason: null,
      rule: `drafted by an editor (was ${sentence.reason}: ${sentence.rule})`.slice(0, 300),
      draftIds: [draft.rowId],
    },
  );
  return { draft, sentence: updated };
}

/** The sentences of an imported document in order, optionally only those of some statuses or reasons. */
export async function sentencesOf(
  ctx: Context,
  importId: number,
  statuses?: SentenceStatus[] | null,
  reasons?: SkipReason[] | null,
): Promise<ImportSentence[]> {
  const conditions: SQL[] = [sql`import_id = ${sql.value(importId)}`];
  if (statuses?.length) conditions.push(sql`status = ANY(${sql.value(statuses)}::text[])`);
  if (reasons?.length) conditions.push(sql`reason = ANY(${sql.value(reasons)}::text[])`);
  const { text, values } = sql.compile(
    sql`SELECT id, position, start_offset, end_offset, status, reason, rule, draft_ids, version, created_at, updated_at, import_id
          FROM import_sentences WHERE ${sql.join(conditions, ' AND ')} ORDER BY position`,
  );
  const rows = await readQuery<Record<string, unknown>>(ctx.db, text, values as unknown[]);
  return rows.map((r) =>
    Object.assign(new ImportSentence(), {
      rowId: r.id,
      importId: r.import_id,
      position: r.position,
      startOffset: r.start_offset,
      endOffset: r.end_offset,
      status: r.status,
      reason: r.reason,
      rule: r.rule,
      draftIds: r.draft_ids,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }),
  );
}

export async function rejectDraft(tx: WriteTx, input: RejectDraftInput): Promise<{ draft: StatementDraft }> {
  const draft = await lockPendingDraft(tx, input.draftId, input.version);
  const rejected = await tx.update(StatementDraft, { rowId: draft.rowId, version: draft.version }, { status: DraftStatus.REJECTED });
  return { draft: rejected };
}

// ---------------------------------------------------------------------------------------------
// Aliases and variants

type AliasOwner =
  | { type: 'Official' | 'Organization'; rowId: number }
  | { type: 'Country'; code: string }
  | { type: 'Commitment' | 'Topic'; rowId: number };

function aliasOwner(id: string): AliasOwner {
  const path = ['input', 'entityId'];
  const { type, key } = decodeGlobalId(id, { field: path });
  if (type === 'Country') return { type, code: key };
  if (['Official', 'Organization', 'Commitment', 'Topic'].includes(type) && /^\d{1,10}$/.test(key))
    return { type: type as 'Official', rowId: Number(key) };
  throw badInput(`Aliases are kept for officials, organizations, countries, commitments and topics, not for a ${type}`, { field: path });
}

const ALIAS_COLUMN = { Country: 'country_code', Commitment: 'commitment_id', Topic: 'topic_id' } as const;

async function currentAliases(m: EntityManager, owner: AliasOwner): Promise<string[]> {
  if (owner.type === 'Official' || owner.type === 'Organization') {
    const row = await m.findOneBy(owner.type === 'Official' ? Official : Organization, { rowId: owner.rowId });
    return row?.aliases ?? [];
  }
  const rows = await txQuery<{ alias: string }>(
    m,
    sql`SELECT alias FROM entity_aliases WHERE ${sql.identifier(ALIAS_COLUMN[owner.type])} = ${sql.value('code' in owner ? owner.code : owner.rowId)} ORDER BY id`,
  );
  return rows.map((r) => r.alias);
}

export interface AliasResult {
  entityId: string;
  aliases: string[];
}

/** Adds or removes an alias; officials and organizations keep theirs in their own row (versioned and audited as an update). */
export async function changeAlias(tx: WriteTx, input: AddAliasInput, add: boolean): Promise<AliasResult> {
  const v = new InputCheck();
  const alias = v.text('alias', input.alias, { max: 200, required: true })!;
  v.throwProblems();
  const owner = aliasOwner(input.entityId);
  const entity = { Official, Organization, Country, Commitment, Topic }[owner.type];
  const exists =
    'code' in owner
      ? await tx.manager.findOneBy(Country, { code: owner.code })
      : await tx.manager.findOneBy(entity as typeof Official, { rowId: owner.rowId });
  if (!exists) throw notFound(`No ${owner.type} has id ${input.entityId}`, { field: ['input', 'entityId'] });
  const before = await currentAliases(tx.manager, owner);
  const has = before.some((a) => a.toLowerCase() === alias.toLowerCase());
  if (add && has) throw conflict(`${owner.type} ${input.entityId} already has the alias "${alias}"`, { field: ['input', 'alias'] });
  if (!add && !has) throw notFound(`${owner.type} ${input.entityId} has no alias "${alias}"`, { field: ['input', 'alias'] });
  const after = add ? [...before, alias] : before.filter((a) => a.toLowerCase() !== alias.toLowerCase());
  if (owner.type === 'Official' || owner.type === 'Organization') {
    if (owner.type === 'Official') await tx.update(Official, { rowId: owner.rowId }, { aliases: after });
    else await tx.update(Organization, { rowId: owner.rowId }, { aliases: after });
  } else {
    const key = 'code' in owner ? owner.code : owner.rowId;
    const column = sql.identifier(ALIAS_COLUMN[owner.type]);
    if (add) await txQuery(tx.manager, sql`INSERT INTO entity_aliases (${column}, alias) VALUES (${sql.value(key)}, ${sql.value(alias)})`);
    else
      await txQuery(
        tx.manager,
        sql`DELETE FROM entity_aliases WHERE ${column} = ${sql.value(key)} AND lower(alias) = lower(${sql.value(alias)})`,
      );
    tx.record(AuditAction.UPDATE, owner.type, input.entityId, { aliases: before }, { aliases: after });
  }
  return { entityId: input.entityId, aliases: after };
}

/** Aliases kept in entity_aliases, for many owners in one query. */
export function aliasesOf(ctx: Context, column: 'country_code' | 'commitment_id' | 'topic_id', key: string | number): Promise<string[]> {
  return ctx.loaders
    .get<string | number, string[]>(`aliases:${column}`, async (keys) => {
      const col = sql.identifier(column);
      const { text, values } = sql.compile(
        sql`SELECT ${col}::text AS k, array_agg(alias ORDER BY id) AS aliases FROM entity_aliases
             WHERE ${col}::text = ANY(${sql.value(keys.map(String))}) GROUP BY 1`,
      );
      const rows = await readQuery<{ k: string; aliases: string[] }>(ctx.db, text, values as unknown[]);
      const byKey = new Map(rows.map((r) => [r.k.trim(), r.aliases]));
      return keys.map((k) => byKey.get(String(k)) ?? []);
    })
    .load(key);
}

/** The restorations of the drafts a statement was accepted from, for many statements in one query. */
export function restorationsOfStatement(ctx: Context, statementId: number): Promise<DraftRestoration[]> {
  return ctx.loaders
    .get<number, DraftRestoration[]>('restorations:statement', async (keys) => {
      const query = sql.compile(
        sql`SELECT statement_id AS "statementId", restorations FROM statement_drafts WHERE statement_id = ANY(${sql.value([...keys])}::int[]) ORDER BY id`,
      );
      const rows = await readQuery<{ statementId: number; restorations: DraftRestoration[] }>(ctx.db, query.text, query.values);
      const byStatement = new Map<number, DraftRestoration[]>();
      for (const row of rows) byStatement.set(row.statementId, [...(byStatement.get(row.statementId) ?? []), ...row.restorations]);
      return keys.map((k) => byStatement.get(k) ?? []);
    })
    .load(statementId);
}

export async function addTextVariant(tx: WriteTx, input: AddTextVariantInput): Promise<{ textVariant: TextVariant }> {
  const v = new InputCheck();
  const variant = v.text('variant', input.variant, { max: 200, required: true })!;
  const restored = v.text('restored', input.restored, { max: 200, required: true })!;
  v.throwProblems();
  const breach = variantRuleBreach(variant, restored);
  if (breach) throw badInput(breach.message, { field: ['input', 'restored'], rule: breach.rule });
  const textVariant = await tx.insert(
    TextVariant,
    { variant, restored, caseSensitive: input.caseSensitive ?? false },
    { unique: [{ columns: ['lower(variant)'], field: 'variant', label: 'variant' }] },
  );
  return { textVariant };
}

export async function removeTextVariant(tx: WriteTx, input: { id: string; version?: number | null }): Promise<{ removedId: string }> {
  const v = new InputCheck();
  const rowId = v.decode('id', input.id, TextVariant);
  v.throwProblems();
  const removed = await tx.remove(TextVariant, { rowId: rowId!, version: input.version }, ['input']);
  return { removedId: removed.id };
}

const variantOrder: Ordering<TextVariant> = {
  name: 'variant',
  keys: [
    { expr: (e) => sql`lower(${e}.variant)`, direction: 'ASC', value: (t) => t.variant.toLowerCase() },
    columnKey<TextVariant>('id', 'ASC', (t) => t.rowId),
  ],
};

export function listTextVariants(ctx: Context, page: ConnectionArgs) {
  return listConnection(ctx, TextVariant, page, variantOrder);
}
