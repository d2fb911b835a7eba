import type { WorkspaceIndex } from '../workspaceIndex';
import { decodeSnapshot, encodeSnapshot } from './indexSnapshot';

/** The one file an index cache is kept in (on disk in the server, in memory in tests). */
export interface CacheFile {
  /** Where the file is, for messages. */
  readonly location: string;
  /** The file's bytes, or undefined when there is no file. */
  read(): Promise<Uint8Array | undefined>;
  /** Replaces the file as a whole with `parts`, one after the other: a reader sees the old bytes or the new ones, never a mix. */
  write(parts: readonly Uint8Array[]): Promise<void>;
  delete(): Promise<void>;
}

/** File events come in bursts (a folder copied in, a branch checked out): one write after the burst. */
const SAVE_DELAY_MS = 5000;

/**
 * Keeps a copy of the index's disk documents in a file, so that a workspace opened again starts from it:
 * only the files whose stamps changed since are read and analysed. The copy is a cache; a file that
 * cannot be read, is damaged or was made by another build is reported and replaced, never trusted.
 */
export class IndexCache {
  /** The index revision last written (or restored), which needs no writing again. */
  private savedRevision: number | undefined;
  private saving: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: CacheFile,
    /** Names the build of the recognizer (see encodeSnapshot). */
    private readonly fingerprint: string,
    private readonly log: { info(message: string): void; warn(message: string): void },
  ) {}

  /**
   * Indexes the documents of the cache file whose files were no larger than `maxBytes`. Returns how many;
   * 0 when there is no usable cache file.
   */
  restore(index: WorkspaceIndex, maxBytes: number): Promise<number> {
    // Saves wait for it: one before it ends (a shutdown meanwhile) would write the index without the cache's documents.
    const restored = this.saving.then(() => this.restoreNow(index, maxBytes));
    this.saving = restored.then(() => undefined, () => undefined);
    return restored;
  }

  private async restoreNow(index: WorkspaceIndex, maxBytes: number): Promise<number> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.file.read();
    } catch (error) {
      this.log.warn(`The index cache ${this.file.location} cannot be read (${message(error)}); indexing every file.`);
      return 0;
    }
    if (bytes === undefined) return 0;
    const started = Date.now();
    const snapshot = decodeSnapshot(bytes, this.fingerprint);
    if ('unusable' in snapshot) {
      this.log.warn(`The index cache ${this.file.location} is ${snapshot.unusable}; indexing every file.`);
      return 0;
    }
    // A file indexed under a larger size limit must now be reported as skipped, so it is read again.
    const documents = snapshot.documents.filter(document => document.stamp.size <= maxBytes);
    let restored: number;
    try {
      restored = index.restore({ ...snapshot, documents });
    } catch (error) {
      // The checks of decodeSnapshot should make this impossible; should they miss a case, the files are read instead.
      for (const { uri } of documents) if (index.document(uri)?.source.kind === 'disk') index.remove(uri);
      this.log.warn(`The index cache ${this.file.location} could not be restored (${message(error)}); indexing every file.`);
      return 0;
    }
    this.savedRevision = index.revision;
    this.log.info(`Restored ${restored} documents from the index cache in ${Date.now() - started} ms.`);
    return restored;
  }

  /** Writes the index's disk documents to the cache file, unless it holds them as they are. Never rejects. */
  save(index: WorkspaceIndex): Promise<void> {
    clearTimeout(this.timer);
    this.saving = this.saving.then(async () => {
      const revision = index.revision;
      if (revision === this.savedRevision) return;
      try {
        const started = Date.now();
        const snapshot = index.diskSnapshot();
        const parts = encodeSnapshot(snapshot, this.fingerprint);
        await this.file.write(parts);
        this.savedRevision = revision;
        const megabytes = parts.reduce((sum, part) => sum + part.length, 0) / 1e6;
        this.log.info(`Wrote ${snapshot.documents.length} documents to the index cache (${megabytes.toFixed(1)} MB) in ${Date.now() - started} ms.`);
      } catch (error) {
        this.log.warn(`Could not write the index cache ${this.file.location} (${message(error)}); the next start indexes every file.`);
      }
    });
    return this.saving;
  }

  /** save() once no further call has come for a few seconds. */
  saveSoon(index: WorkspaceIndex): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(index), SAVE_DELAY_MS).unref();
  }

  /** Drops a pending saveSoon and, after any save under way, deletes the cache file. Never rejects. */
  async discard(): Promise<void> {
    clearTimeout(this.timer);
    await this.saving;
    try {
      await this.file.delete();
    } catch (error) {
      this.log.warn(`Could not delete the index cache ${this.file.location} (${message(error)}).`);
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
