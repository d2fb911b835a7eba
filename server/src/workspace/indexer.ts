import type { WorkspaceIndex } from '../workspaceIndex';
import { DocumentLoader, InProcessLoader } from './documentLoader';
import { FileStamp, sameStamp, WorkspaceFileSystem } from './fileSystem';
import { FileGlobs } from './glob';
import { isInside, relativePath } from './uris';

/** The `entityMarkup.files.*` settings. */
export interface FileSettings {
  include: readonly string[];
  exclude: readonly string[];
  maxFileSizeKB: number;
}

export const DEFAULT_FILE_SETTINGS: FileSettings = {
  include: ['**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSizeKB: 5120,
};

/** What the indexer needs from its surroundings (the LSP connection in the server, plain functions in tests). */
export interface IndexerHost {
  /** Open documents are indexed from the editor's text, so their files on disk are left alone. */
  isOpen(uri: string): boolean;
  /** Lets pending requests run between two files. */
  yieldToEventLoop(): Promise<void>;
  /** Once per batch (a full index, or one set of file events), for the files that could not be indexed. */
  reportSkipped(messages: readonly string[]): void;
  log(message: string): void;
}

export interface IndexProgress {
  begin(): void;
  advance(done: number, total: number): void;
  end(): void;
}

export interface IndexingDone {
  documents: number;
  entities: number;
  ms: number;
}

export type FileChangeKind = 'created' | 'changed' | 'deleted';

/**
 * Keeps the index in step with the files of the workspace folders: full (re)indexing in the background,
 * and single files on file events or when an open document closes.
 */
export class WorkspaceIndexer {
  private folders: readonly string[] = [];
  private settings: FileSettings = DEFAULT_FILE_SETTINGS;
  private globs = new FileGlobs(DEFAULT_FILE_SETTINGS.include, DEFAULT_FILE_SETTINGS.exclude);
  /** A newer full index supersedes an older one that is still running. */
  private generation = 0;
  private runningGeneration: number | undefined;
  /** Per URI, the latest read started; an older read finishing later must not overwrite a newer one. */
  private readonly readTickets = new Map<string, number>();
  private fileUpdates: Promise<void> = Promise.resolve();
  /** Loads single files (file events, closed documents), where starting worker threads would cost more than it saves. */
  private readonly loader: DocumentLoader;

  constructor(
    private readonly fs: WorkspaceFileSystem,
    private readonly index: WorkspaceIndex,
    private readonly host: IndexerHost,
    /** Loads the files of a full (re)index; file events and closed documents are loaded in this thread. */
    private readonly bulkLoader: DocumentLoader = new InProcessLoader(fs, index.analyze),
  ) {
    this.loader = new InProcessLoader(fs, index.analyze);
  }

  configure(folders: readonly string[], settings: FileSettings): void {
    this.folders = [...folders];
    this.settings = settings;
    this.globs = new FileGlobs(settings.include, settings.exclude);
  }

  get indexing(): boolean {
    return this.runningGeneration !== undefined;
  }

  /** True when `uri` is a file of a workspace folder that the include and exclude globs select. */
  accepts(uri: string): boolean {
    return this.folders.some(folder => {
      const relative = relativePath(folder, uri);
      return relative !== undefined && this.globs.acceptsPath(relative);
    });
  }

  /**
   * Brings the index in line with the workspace folders: reads new and changed files (unchanged ones are
   * recognized by their stamp) and drops files no longer selected. Resolves to undefined when a newer
   * reindex superseded this one.
   */
  async reindex(progress?: IndexProgress): Promise<IndexingDone | undefined> {
    const generation = ++this.generation;
    this.runningGeneration = generation;
    const started = Date.now();
    progress?.begin();
    try {
      const listed = await Promise.all(this.folders.map(folder => this.fs.listFiles(folder, this.globs)));
      if (generation !== this.generation) return undefined;
      const uris = [...new Set(listed.flat())].sort();
      const selected = new Set(uris);
      for (const uri of this.index.uris()) {
        if (!selected.has(uri) && !this.host.isOpen(uri)) this.index.remove(uri);
      }
      const skipped: string[] = [];
      let next = 0;
      let done = 0;
      // Several files under way at once, so that reading one overlaps analysing others.
      const lane = async () => {
        while (next < uris.length && generation === this.generation) {
          await this.refresh(uris[next++], skipped, this.bulkLoader);
          progress?.advance(++done, uris.length);
          await this.host.yieldToEventLoop();
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.bulkLoader.concurrency, uris.length) }, lane));
      if (generation !== this.generation) return undefined;
      if (skipped.length > 0) this.host.reportSkipped(skipped.sort());
      return { documents: this.index.documentCount, entities: this.index.entityCount, ms: Date.now() - started };
    } finally {
      progress?.end();
      if (generation === this.generation) this.runningGeneration = undefined;
    }
  }

  /** Applies file events (from the client's watchers) in order; see settled(). */
  filesChanged(changes: readonly { uri: string; kind: FileChangeKind }[]): Promise<void> {
    return this.enqueue(async skipped => {
      for (const { uri, kind } of changes) {
        if (kind === 'deleted') this.removeDeleted(uri);
        else if (this.accepts(uri)) await this.refresh(uri, skipped);
      }
    });
  }

  /** An open document was closed: index its file from disk again, or drop it when it is not a workspace file. */
  documentClosed(uri: string): Promise<void> {
    return this.enqueue(async skipped => {
      if (this.accepts(uri)) await this.refresh(uri, skipped);
      else this.index.remove(uri);
    });
  }

  /** Resolves once every file event and close received so far is applied to the index. */
  settled(): Promise<void> {
    return this.fileUpdates;
  }

  private enqueue(task: (skipped: string[]) => Promise<void>): Promise<void> {
    this.fileUpdates = this.fileUpdates.then(async () => {
      const skipped: string[] = [];
      try {
        await task(skipped);
      } catch (error) {
        this.host.log(`Updating the index failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
      if (skipped.length > 0) this.host.reportSkipped(skipped);
    });
    return this.fileUpdates;
  }

  /** A deleted file, or a deleted folder with every indexed file inside it. */
  private removeDeleted(uri: string): void {
    const removed = this.index.document(uri) ? [uri] : this.index.uris().filter(candidate => isInside(uri, candidate));
    for (const indexed of removed) {
      if (this.host.isOpen(indexed)) continue;
      this.readTickets.set(indexed, (this.readTickets.get(indexed) ?? 0) + 1);
      this.index.remove(indexed);
    }
  }

  /** Whether the file is at `stamp`; false when that cannot be told, which leaves it to the loader to report why. */
  private async stampIs(uri: string, stamp: FileStamp): Promise<boolean> {
    try {
      const current = await this.fs.stamp(uri);
      return current !== undefined && sameStamp(current, stamp);
    } catch {
      return false;
    }
  }

  /** Indexes the file's current content unless it is open or already indexed at this stamp. */
  private async refresh(uri: string, skipped: string[], loader = this.loader): Promise<void> {
    const ticket = (this.readTickets.get(uri) ?? 0) + 1;
    this.readTickets.set(uri, ticket);
    if (this.host.isOpen(uri)) return;
    const indexed = this.index.document(uri)?.source;
    const known = indexed?.kind === 'disk' ? indexed.stamp : undefined;
    // A file still at the stamp it is indexed at (as after a restore from the index cache) needs no loader: no worker has to start for it.
    if (known && (await this.stampIs(uri, known))) return;
    const loaded = await loader.load(uri, this.settings.maxFileSizeKB * 1024, known);
    if (this.readTickets.get(uri) !== ticket || this.host.isOpen(uri) || loaded.kind === 'unchanged') return;
    if (loaded.kind === 'skipped') {
      if (loaded.reason !== 'missing') skipped.push(loaded.message);
      this.index.remove(uri);
      return;
    }
    try {
      this.index.updateAnalyzed(uri, { kind: 'disk', stamp: loaded.stamp }, loaded.analysis);
    } catch (error) {
      this.index.remove(uri);
      skipped.push(`${uri}: indexing failed (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
