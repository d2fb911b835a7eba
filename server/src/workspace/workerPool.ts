import { Worker } from 'worker_threads';
import type { FileStamp } from './fileSystem';
import type { DocumentLoader, LoadedDocument } from './documentLoader';
import { AnalysisDecoder, DictionaryAnalysis } from './analysisDictionary';

/** What the pool posts to a worker (see analysisWorker.ts). */
export interface LoadRequest {
  id: number;
  uri: string;
  maxBytes: number;
  known?: FileStamp;
}

/** What a worker posts back, in batches: a loaded document, with an analysis in dictionary form (its array transferred). */
export interface LoadResponse {
  id: number;
  loaded: Exclude<LoadedDocument, { kind: 'analyzed' }> | { kind: 'analyzed'; stamp: FileStamp; analysis: DictionaryAnalysis };
}

interface PendingLoad {
  request: LoadRequest;
  resolve(loaded: LoadedDocument | Promise<LoadedDocument>): void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, PendingLoad>;
  /** Reads the worker's analyses, in the order it sent them. */
  decoder: AnalysisDecoder;
}

/**
 * Loads handed to one worker at a time: enough that it still has loads queued while the results of
 * earlier ones travel back (in batches, see analysisWorker.ts) and the next ones are handed out.
 */
const LOADS_PER_WORKER = 32;
/**
 * Heap limits per worker: the analyses make much short-lived garbage, and every worker's heap counts
 * towards the server's memory. A file too large for the limit is analysed in the server thread instead.
 */
const WORKER_YOUNG_GENERATION_MB = 8;
const WORKER_OLD_GENERATION_MB = 64;
/** Failed workers are replaced this many times in all; beyond that, the pool shrinks. */
const WORKER_RESTARTS = 4;

/**
 * Workers idle this long are stopped, which gives their memory back (some 60 MB each); the next load
 * starts them again. Short: they serve full indexing, which keeps them busy until it ends.
 */
const IDLE_MS = 250;
/**
 * Workers started ahead of their first load (see prepare) wait this long for it, however: they load the
 * knowledge base while the workspace is listed, which for a large workspace takes a good part of a second.
 */
const FIRST_LOAD_MS = 5000;

/**
 * Reads and analyses files in worker threads, so that the server's own thread stays free for requests
 * while a workspace is indexed. A worker that fails is replaced (a few times) and its loads go to
 * `fallback`, as does everything when no worker can run.
 */
export class WorkerPool implements DocumentLoader {
  private workers: PoolWorker[] = [];
  private nextId = 0;
  private restarts = 0;
  /** False once workers could not be started: everything goes to the fallback. */
  private usable = true;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly fallback: DocumentLoader,
    private readonly log: (message: string) => void,
  ) {}

  /** Starts the workers ahead of the first load, so that they load the knowledge base while the workspace is listed. */
  prepare(): void {
    if (this.workers.length > 0 || !this.usable) return;
    this.startAll();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopIdle(), FIRST_LOAD_MS).unref();
  }

  get concurrency(): number {
    return this.usable ? this.size * LOADS_PER_WORKER : this.fallback.concurrency;
  }

  load(uri: string, maxBytes: number, known?: FileStamp): Promise<LoadedDocument> {
    clearTimeout(this.idleTimer);
    if (this.workers.length === 0 && this.usable) this.startAll();
    let target: PoolWorker | undefined;
    for (const candidate of this.workers) if (!target || candidate.pending.size < target.pending.size) target = candidate;
    if (!target) return this.fallback.load(uri, maxBytes, known);
    const request: LoadRequest = { id: this.nextId++, uri, maxBytes, known };
    const worker = target;
    return new Promise(resolve => {
      worker.pending.set(request.id, { request, resolve });
      worker.worker.postMessage(request);
    });
  }

  private startAll(): void {
    for (let i = this.workers.length; i < this.size; i++) {
      try {
        this.workers.push(this.startWorker());
      } catch (error) {
        this.log(`Could not start an analysis worker, analysing in the server thread: ${String(error)}`);
        this.usable = this.workers.length > 0;
        return;
      }
    }
  }

  private stopIdle(): void {
    const idle = this.workers;
    if (idle.some(({ pending }) => pending.size > 0)) return;
    // Taken out of the pool first, so that their exit does not count as a failure.
    this.workers = [];
    for (const { worker } of idle) void worker.terminate();
  }

  private startWorker(): PoolWorker {
    const worker = new Worker(this.script, {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
    });
    const poolWorker: PoolWorker = { worker, pending: new Map(), decoder: new AnalysisDecoder() };
    const { pending, decoder } = poolWorker;
    // Workers must not keep the server alive once the connection is gone.
    worker.unref();
    worker.on('message', (responses: LoadResponse[]) => {
      for (const { id, loaded } of responses) {
        // Decoded even when nobody waits for it any more: later analyses may number its dictionary entries.
        const document: LoadedDocument = loaded.kind === 'analyzed' ? { kind: 'analyzed', stamp: loaded.stamp, analysis: decoder.decode(loaded.analysis) } : loaded;
        const load = pending.get(id);
        pending.delete(id);
        load?.resolve(document);
      }
      if (pending.size === 0) {
        clearTimeout(this.idleTimer);
        this.idleTimer = setTimeout(() => this.stopIdle(), IDLE_MS).unref();
      }
    });
    const fail = (reason: string) => {
      const index = this.workers.indexOf(poolWorker);
      if (index < 0) return;
      this.workers.splice(index, 1);
      void worker.terminate();
      if (this.restarts < WORKER_RESTARTS) {
        this.restarts++;
        this.log(`An analysis worker stopped (${reason}); starting another.`);
        try {
          this.workers.push(this.startWorker());
        } catch (error) {
          this.log(`Could not start an analysis worker: ${String(error)}`);
        }
      } else {
        this.log(`An analysis worker stopped (${reason}); ${this.workers.length} left.`);
        this.usable = this.workers.length > 0;
      }
      // One of these loads may be what stopped the worker (a file too large for its heap), so none goes to a worker again.
      for (const { request, resolve } of pending.values()) resolve(this.fallback.load(request.uri, request.maxBytes, request.known));
      pending.clear();
    };
    worker.on('error', error => fail(error.stack ?? error.message));
    worker.on('exit', code => fail(`exit code ${code}`));
    return poolWorker;
  }
}
