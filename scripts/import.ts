import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { userInfo } from 'node:os';
import { connectDatabase } from '../src/app';
import { Role } from '../src/auth/role';
import { DomainError } from '../src/common/errors';
import { createContext } from '../src/context';
import { toGlobalId } from '../src/common/global-id';
import { runWrite } from '../src/write/run-write';
import { ConfigError, loadConfig } from '../src/config';
import type { ImportDocumentInput } from '../src/imports/import.inputs';
import { importDocument } from '../src/imports/import.service';
import { useImportWorkers } from '../src/imports/worker/pool';
import { createLogger } from '../src/logger';
import { SourceKind } from '../src/sources/source.entity';

const USAGE = `Usage: npm run import -- FILE [--publisher NAME|SHORT_NAME] [--published-on YYYY-MM-DD] [--kind ${Object.keys(SourceKind).join('|')}]
                         [--title TITLE] [--url URL] [--language en] [--allow-recorded-source]
FILE ending in .html or .htm is read as a saved web page; anything else as plain text.`;

class UsageError extends Error {}

function parse(argv: string[]): { file: string; options: Record<string, string> } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--allow-recorded-source') options['allow-recorded-source'] = 'true';
    else if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!['publisher', 'published-on', 'kind', 'title', 'url', 'language'].includes(name))
        throw new UsageError(`Unknown option ${arg}\n${USAGE}`);
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value\n${USAGE}`);
      options[name] = value;
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(USAGE);
  if (options.kind && !(options.kind.toUpperCase() in SourceKind))
    throw new UsageError(`--kind must be one of ${Object.keys(SourceKind).join(', ')}`);
  return { file: positional[0], options };
}

/**
 * `npm run import`: the same write as the importDocument mutation (idempotency aside), audited
 * as the local user, on the database a running server uses (DATABASE_URL, else the embedded one).
 */
async function main(): Promise<void> {
  const { file, options } = parse(process.argv.slice(2));
  if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
  const content = fs.readFileSync(file, 'utf8');
  const config = { ...loadConfig(), seedWhenEmpty: false };
  const { db, embedded } = await connectDatabase(config, createLogger({ logLevel: 'warn' }), { shareEmbedded: true });
  const releaseImportWorkers = useImportWorkers(config, db);
  try {
    let publisherId: string | null = null;
    if (options.publisher) {
      const rows: { id: number }[] = await db.query(
        'SELECT id FROM organizations WHERE lower(name) = lower($1) OR lower(short_name) = lower($1) OR lower($1) = ANY(SELECT lower(a) FROM unnest(aliases) a) ORDER BY id',
        [options.publisher],
      );
      if (rows.length !== 1)
        throw new UsageError(`--publisher "${options.publisher}" names ${rows.length ? 'several organizations' : 'no organization'}`);
      publisherId = toGlobalId('Organization', rows[0].id);
    }
    const html = /\.html?$/i.test(file);
    const input: ImportDocumentInput = {
      [html ? 'html' : 'text']: content,
      kind: (options.kind?.toUpperCase() as SourceKind) ?? null,
      title: options.title ?? null,
      url: options.url ?? null,
      publisherId,
      publishedOn: options['published-on'] ?? null,
      language: options.language ?? null,
      allowRecordedSource: options['allow-recorded-source'] === 'true',
    };
    const principal = { keyId: null, name: `cli:${userInfo().username}`, role: Role.EDITOR };
    const ctx = createContext(db, config, randomUUID(), { principal });
    const {
      importDocument: doc,
      draftCount,
      recordedSource,
    } = await runWrite(ctx, { operation: 'importDocument', input, idempotent: false }, (tx) => importDocument(tx, input));
    const drafts: {
      id: number;
      kind: string;
      text: string;
      confidence: number;
      authors: string;
      parties: string;
      source: string;
      call: string | null;
      commitments: string | null;
    }[] = await db.query(
      `SELECT d.id, d.kind, d.text, d.confidence,
              coalesce((SELECT string_agg(o.name, ', ') FROM officials o WHERE o.id = ANY(d.speaker_ids)), '') ||
                coalesce((SELECT name FROM organizations WHERE id = d.attributed_organization_id), '') AS authors,
              coalesce((SELECT string_agg(o.name, ', ') FROM officials o WHERE o.id = ANY(d.party_ids)), '') AS parties,
              (d.source_guess->>'kind') || ': ' || (d.source_guess->>'label') AS source,
              (SELECT title FROM calls WHERE id = d.call_id) AS call,
              (SELECT string_agg(c.title || ' (' || (x->>'stance') || ')', '; ') FROM jsonb_array_elements(d.commitments) x JOIN commitments c ON c.id = (x->>'id')::int) AS commitments
         FROM statement_drafts d WHERE d.import_id = $1 ORDER BY d.position`,
      [doc.rowId],
    );
    process.stdout.write(`Imported ${doc.id} ("${doc.title}"): ${draftCount} draft${draftCount === 1 ? '' : 's'}.\n`);
    if (recordedSource)
      process.stdout.write(`It is the document of the recorded source ${recordedSource.id} ("${recordedSource.title}").\n`);
    for (const d of drafts) {
      process.stdout.write(`\n${toGlobalId('StatementDraft', d.id)}  ${d.kind}  confidence ${d.confidence}\n  ${d.text}\n`);
      process.stdout.write(
        `  author: ${d.authors || '?'} | parties: ${d.parties || '-'} | source: ${d.source}${d.call ? ` | call: ${d.call}` : ''}\n`,
      );
      if (d.commitments) process.stdout.write(`  commitments: ${d.commitments}\n`);
    }
    for (const p of doc.analysis.proposedOfficials) {
      process.stdout.write(
        `\nProposed official (created when a draft needing them is accepted): ${p.capacity === 'ACTING' ? 'Acting ' : ''}${p.title ?? ''} ${p.name} (${p.countryCode ?? 'country unknown'})\n`,
      );
    }
    process.stdout.write('\nReview with the statementDrafts query; accept with acceptDraft, reject with rejectDraft.\n');
  } finally {
    await releaseImportWorkers();
    await db.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof DomainError) {
    console.error(`Error ${error.code}: ${error.message}`);
    process.exit(error.details.duplicate ? 3 : 1);
  }
  console.error(error instanceof ConfigError ? `Error: ${error.message}` : error);
  process.exit(1);
});
