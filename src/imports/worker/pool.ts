import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import Piscina from 'piscina';
import { loadConfig, type Config } from '../../config';
import { DomainError, ErrorCode, InputError } from '../../common/errors';
import type { ImportTask, ImportTaskResult } from './import-task';

/**
 * The import's worker threads (Piscina): parsing and extraction run there, so a heavy or hostile
 * document never blocks the event loop. Every task has a deadline; when it passes, the task's
 * AbortSignal fires and Piscina terminates the thread running it (a new one takes its place), so
 * the work really stops, and the import fails with TIMEOUT.
 */
export class ImportWorkers {
  private piscina: Piscina<ImportTask, ImportTaskResult> | null = null;

  /** Whether `warm()` started the threads. */
  private warmed = false;

  /**
   * `gate`: the learned sentence gate holds back drafts (IMPORT_GATE; default true). `minConfidence`: drafts under it are held
   * back (IMPORT_MIN_CONFIDENCE; default the extractor's MIN_DRAFT_CONFIDENCE).
   */
  constructor(readonly options: { threads: number; queue: number; timeoutMs: number; gate?: boolean; minConfidence?: number }) {}

  /**
   * Threads start with the first import, or with `warm()` (the server's IMPORT_WARM); a thread loads the pipeline and
   * the language model as it starts (import-task.ts). Warm, all of them start and stay (an idle thread is not stopped),
   * so no import waits for one to load.
   */
  private get pool(): Piscina<ImportTask, ImportTaskResult> {
    this.piscina ??= new Piscina({
      // The compiled task beside this file: dist/src/imports/worker/import-task.js.
      filename: path.join(__dirname, 'import-task.js'),
      minThreads: this.warmed ? this.options.threads : 1,
      maxThreads: this.options.threads,
      maxQueue: this.options.queue,
      idleTimeout: 60_000,
      // Below the event loop's priority (Linux, through @napi-rs/nice): on a busy machine the
      // thread that answers requests is scheduled first.
      niceIncrement: 10,
      // A document that makes the parser allocate without end is stopped by the heap limit, not the host.
      resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 4 },
    });
    return this.piscina;
  }

  /** Runs one stage; `deadline` (epoch ms) is shared by all the stages of one import. */
  async run(task: ImportTask, deadline: number, field: string[]): Promise<ImportTaskResult & { ok: true }> {
    const controller = new AbortController();
    const left = deadline - Date.now();
    const timer = setTimeout(() => controller.abort(), Math.max(0, left));
    let result: ImportTaskResult;
    try {
      result = await this.pool.run(task, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new DomainError(
          ErrorCode.TIMEOUT,
          `Reading the document (${task.stage === 'prepare' ? 'parsing' : 'extracting statements'}) did not finish within ${this.options.timeoutMs} ms and was stopped; shorten or simplify it`,
          { field, stage: task.stage, timeoutMs: this.options.timeoutMs },
        );
      }
      const message = String((error as Error)?.message ?? error);
      if (/queue is at limit|NoTaskQueueAvailable|no task queue/i.test(message))
        throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'Every import worker is busy; retry shortly', { field });
      if ((error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY')
        throw new InputError('The document needs more memory to read than an import may use', { field, limit: 'memory' });
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (!result.ok) throw new InputError(result.message, { field, ...(result.limit ? { limit: result.limit } : {}) });
    return result;
  }

  /** Starts the threads now (they load in the background, below the event loop's priority), not at the first import. */
  warm(): void {
    if (this.piscina) return;
    this.warmed = true;
    void this.pool;
  }

  /** Threads running now. */
  get threads(): number {
    return this.piscina?.threads.length ?? 0;
  }

  /** The threads themselves (a stopped one has `threadId` -1). */
  get workerThreads(): readonly Worker[] {
    return this.piscina ? [...this.piscina.threads] : [];
  }

  async destroy(): Promise<void> {
    const pool = this.piscina;
    this.piscina = null;
    await pool?.destroy();
  }
}

/** Workers per database of this process (tests run several servers in one process), and the users of each. */
const byDatabase = new Map<object, { workers: ImportWorkers; users: number }>();
/** The settings the import workers are made from (IMPORT_WORKERS, IMPORT_QUEUE, IMPORT_TIMEOUT_MS, IMPORT_GATE, IMPORT_MIN_CONFIDENCE). */
type WorkerConfig = Pick<Config, 'importWorkers' | 'importQueue' | 'importTimeoutMs' | 'importGate' | 'importMinConfidence'>;

let fallback: ImportWorkers | null = null;

/**
 * Makes the import workers for the server (or command-line tool) working on `db`, from `config`,
 * and returns what stops them: the server calls it at start and the release on shutdown, as does
 * `npm run import`. Threads start with the first import, or when the server calls `warm()` once it
 * listens (IMPORT_WARM).
 */
export function useImportWorkers(config: WorkerConfig, db: object): () => Promise<void> {
  let entry = byDatabase.get(db);
  if (!entry) {
    entry = {
      workers: workersFrom(config),
      users: 0,
    };
    byDatabase.set(db, entry);
  }
  entry.users++;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--entry.users > 0) return;
    byDatabase.delete(db);
    await entry.workers.destroy();
  };
}

const workersFrom = (config: WorkerConfig) =>
  new ImportWorkers({
    threads: config.importWorkers,
    queue: config.importQueue,
    timeoutMs: config.importTimeoutMs,
    gate: config.importGate,
    minConfidence: config.importMinConfidence,
  });

/** The workers of the server working on `db`; for a caller that made none, workers configured from the environment. */
export function importWorkers(db: object): ImportWorkers {
  const entry = byDatabase.get(db);
  if (entry) return entry.workers;
  if (!fallback) {
    const config = loadConfig();
    fallback = workersFrom(config);
  }
  return fallback;
}
