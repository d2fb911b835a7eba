import { FileGlobs } from './glob';

/** What identifies one version of a file on disk without reading it. */
export interface FileStamp {
  mtime: number;
  size: number;
  /**
   * The inode's change time, where the file system has one. A copy that keeps the modification time
   * (`cp -p`, `rsync -t`, `touch -r`) can change the content at the same mtime and size, but it cannot
   * set this.
   */
  ctime?: number;
}

/**
 * The little the server needs from a file system. URIs are strings; features and the index never
 * see paths. The node implementation serves the server and the CLI, the in-memory one the tests.
 */
export interface WorkspaceFileSystem {
  /** Every file below `folderUri` that `globs` accepts (by folder-relative path), sorted by URI. */
  listFiles(folderUri: string, globs: FileGlobs): Promise<string[]>;
  isDirectory(uri: string): Promise<boolean>;
  /**
   * The file's stamp and, unless it is larger than `maxBytes` or still at stamp `known`, its bytes, with
   * one opening of the file (no separate stat). Undefined when there is no regular file at `uri`; throws
   * with a readable message when the file cannot be read.
   */
  readStamped(uri: string, maxBytes: number, known?: FileStamp): Promise<StampedBytes | undefined>;
  /** The file's stamp alone; undefined when there is no regular file at `uri`. */
  stamp(uri: string): Promise<FileStamp | undefined>;
}

export interface StampedBytes {
  stamp: FileStamp;
  bytes?: Uint8Array;
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtime === b.mtime && a.size === b.size && a.ctime === b.ctime;
}

export type SkipReason = 'missing' | 'unreadable' | 'binary' | 'tooLarge' | 'analysisFailed';

export type TextFile =
  | { readonly kind: 'text'; readonly text: string; readonly stamp: FileStamp }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly message: string };

const BINARY_PROBE_BYTES = 8 * 1024;

/**
 * Reads a document the way an editor would show it: UTF-8 (or UTF-16 with a byte-order mark), without
 * the byte-order mark, so that offsets agree with the text of the same file opened in VS Code.
 */
export async function readTextFile(fs: WorkspaceFileSystem, uri: string, maxBytes: number): Promise<Exclude<TextFile, { kind: 'unchanged' }>>;
/** With `known`, a file still at that stamp is not read but reported `unchanged`. */
export async function readTextFile(fs: WorkspaceFileSystem, uri: string, maxBytes: number, known?: FileStamp): Promise<TextFile>;
export async function readTextFile(fs: WorkspaceFileSystem, uri: string, maxBytes: number, known?: FileStamp): Promise<TextFile> {
  let read: StampedBytes | undefined;
  try {
    read = await fs.readStamped(uri, maxBytes, known);
  } catch (error) {
    return skipped('unreadable', `${uri}: cannot read (${errorMessage(error)})`);
  }
  if (!read) return skipped('missing', `${uri}: no such file`);
  const { stamp, bytes } = read;
  if (known && sameStamp(stamp, known)) return { kind: 'unchanged' };
  if (!bytes || bytes.length > maxBytes) {
    return skipped('tooLarge', `${uri}: skipped, ${formatSize(bytes?.length ?? stamp.size)} is over the limit of ${formatSize(maxBytes)}`);
  }
  const text = decode(bytes);
  if (text === undefined) return skipped('binary', `${uri}: skipped, looks binary (NUL bytes in the first 8 KB)`);
  return { kind: 'text', text, stamp };
}

const utf8 = new TextDecoder('utf-8');

function decode(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const probeEnd = Math.min(bytes.length, BINARY_PROBE_BYTES);
  for (let i = 0; i < probeEnd; i++) if (bytes[i] === 0) return undefined;
  // TextDecoder drops a UTF-8 byte-order mark by default, as VS Code does.
  return utf8.decode(bytes);
}

function skipped(reason: SkipReason, message: string): TextFile {
  return { kind: 'skipped', reason, message };
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${Math.floor(bytes)} bytes` : `${Number((bytes / 1024).toFixed(1))} KB`;
}

function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
