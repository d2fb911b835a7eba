import type { Analyzer } from '../workspaceIndex';
import { CompactAnalysis, compactAnalysis } from './compactAnalysis';
import { FileStamp, readTextFile, SkipReason, WorkspaceFileSystem } from './fileSystem';

/** A file read and analysed, or why not. */
export type LoadedDocument =
  | { readonly kind: 'analyzed'; readonly stamp: FileStamp; readonly analysis: CompactAnalysis }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly message: string };

/** Reads and analyses workspace files: in this thread, or in worker threads (see WorkerPool). */
export interface DocumentLoader {
  /** How many loads are worth keeping under way at once. */
  readonly concurrency: number;
  /** Reads and analyses the file, unless it is still at stamp `known`. Never rejects. */
  load(uri: string, maxBytes: number, known?: FileStamp): Promise<LoadedDocument>;
}

export async function loadDocument(fs: WorkspaceFileSystem, analyze: Analyzer, uri: string, maxBytes: number, known?: FileStamp): Promise<LoadedDocument> {
  const file = await readTextFile(fs, uri, maxBytes, known);
  if (file.kind !== 'text') return file;
  try {
    return { kind: 'analyzed', stamp: file.stamp, analysis: compactAnalysis(file.text, analyze(file.text)) };
  } catch (error) {
    // One document the recognizer cannot handle must not stop the indexing of the others.
    return { kind: 'skipped', reason: 'analysisFailed', message: `${uri}: analysis failed (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Loads in this thread; reads still overlap, analyses take turns with everything else the thread does. */
export class InProcessLoader implements DocumentLoader {
  readonly concurrency = 4;

  constructor(private readonly fs: WorkspaceFileSystem, private readonly analyze: Analyzer) {}

  load(uri: string, maxBytes: number, known?: FileStamp): Promise<LoadedDocument> {
    return loadDocument(this.fs, this.analyze, uri, maxBytes, known);
  }
}
