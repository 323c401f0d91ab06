/**
 * What an import worker thread runs (Piscina loads this file from `dist/`): the CPU-bound part of
 * an import, free of the database and of the event loop. Two stages, each one call:
 * - `prepare`: a saved page through linkedom and Readability (bounded first, see html.ts), or
 *   pasted text, to normalized text;
 * - `extract`: the import pipeline (`runPipeline`, ../pipeline) on that text and the lexicon read from the database.
 * A refusal (a limit the document breaks) comes back as a value, since errors lose their class
 * on the way out of a worker.
 */
import { isMainThread } from 'node:worker_threads';
import type { Extraction, ExtractOptions } from '../extract';
import { htmlToText } from '../html';
import type { LexiconData } from '../lexicon';
import { runPipeline } from '../pipeline';
import { annotate } from '../pipeline/nlp';
import { ImportInputError, normalizeText } from '../text';

/** Dates of the text listed in an import's analysis (a document of dates only had 8,000). */
export const MAX_LISTED_DATES = 500;

export type ImportTask =
  | { stage: 'prepare'; format: 'html' | 'text'; raw: string }
  | { stage: 'extract'; lexicon: LexiconData; text: string; options: ExtractOptions };

export interface PreparedDocument {
  text: string;
  title: string | null;
  /** How the text was found: 'text', 'readability', 'body' (no article found) or 'flattened' (too many elements for Readability). */
  method: string;
}

export type ImportTaskResult =
  | {
      ok: true;
      prepared?: PreparedDocument;
      /** The extraction without its passages, which come apart in `passages`. */
      extraction?: Extraction;
      /**
       * Each passage as JSON: strings are copied out of the worker at memory speed, and the event
       * loop parses them a slice at a time as it stores the drafts (1,400 passages as one object,
       * 1.4 MB, took 40–140 ms to copy in one go).
       */
      passages?: string[];
    }
  | { ok: false; message: string; limit: string | null };

export function runImportTask(task: ImportTask): ImportTaskResult {
  try {
    if (task.stage === 'prepare') {
      if (task.format === 'text') return { ok: true, prepared: { text: normalizeText(task.raw), title: null, method: 'text' } };
      const page = htmlToText(task.raw);
      return { ok: true, prepared: { text: normalizeText(page.text), title: page.title, method: page.method } };
    }
    const extraction = runPipeline({ text: task.text, metadata: task.options, lexicon: task.lexicon });
    // The analysis lists at most MAX_LISTED_DATES dates: what comes back is copied on the event loop.
    if (extraction.dates.length > MAX_LISTED_DATES) extraction.dates = extraction.dates.slice(0, MAX_LISTED_DATES);
    const passages = extraction.passages.map((p) => JSON.stringify(p));
    return { ok: true, extraction: { ...extraction, passages: [] }, passages };
  } catch (error) {
    if (error instanceof ImportInputError) return { ok: false, message: error.message, limit: error.limit };
    // A stack overflow on a pathological input is a refusal too, not a crash of the server.
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return { ok: false, message: 'The document is nested too deeply to read', limit: 'stack' };
    throw error;
  }
}

export default runImportTask;

// A thread loads the language model as it starts (with the server, IMPORT_WARM), not during its first import. Nothing
// else is run ahead: the pipeline keeps some patterns built from the lexicon it read, which only an import gives.
if (!isMainThread) annotate('The Minister said that the alliance is strong.');
