import * as fs from 'fs';
import { promises as fsp } from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import * as path from 'path';
import { FileGlobs } from './glob';
import { FileStamp, sameStamp, StampedBytes, WorkspaceFileSystem } from './fileSystem';

/** The workspace file system on the local disk (file: URIs only). */
export class NodeFileSystem implements WorkspaceFileSystem {
  /**
   * With `blockingReads`, readStamped reads synchronously: faster by far for many small files, and right
   * for a worker thread, which has nothing else to do meanwhile; the server's own thread must not block.
   */
  constructor(private readonly options: { blockingReads?: boolean } = {}) {}

  async listFiles(folderUri: string, globs: FileGlobs): Promise<string[]> {
    const root = fileURLToPath(folderUri);
    const found: string[] = [];
    await walk(root, '', globs, found);
    return found.map(file => pathToFileURL(file).href).sort();
  }

  async isDirectory(uri: string): Promise<boolean> {
    try {
      return (await fsp.stat(fileURLToPath(uri))).isDirectory();
    } catch {
      return false;
    }
  }

  async stamp(uri: string): Promise<FileStamp | undefined> {
    try {
      const stat = await fsp.stat(filePath(uri));
      return stat.isFile() ? stampOf(stat) : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async readStamped(uri: string, maxBytes: number, known?: FileStamp): Promise<StampedBytes | undefined> {
    if (this.options.blockingReads) return readStampedNow(filePath(uri), maxBytes, known);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(filePath(uri), 'r');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return undefined;
      const stamp = stampOf(stat);
      if ((known && sameStamp(stamp, known)) || stamp.size > maxBytes) return { stamp };
      const bytes = await handle.readFile();
      // The file may have changed size since the stat; the bytes read are what counts.
      return { stamp: { ...stamp, size: bytes.length }, bytes };
    } finally {
      await handle.close();
    }
  }
}

/** A file: URI that fileURLToPath would only strip of its scheme (on POSIX): no escapes, dot segments or backslashes. */
const PLAIN_FILE_URI = /^file:\/\/\/[\w\-.~/]*$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** fileURLToPath(uri), without parsing the URL when it is a plain one: for small files the parse cost as much as the read. */
export function filePath(uri: string): string {
  return process.platform !== 'win32' && PLAIN_FILE_URI.test(uri) && !DOT_SEGMENT.test(uri) ? uri.slice('file://'.length) : fileURLToPath(uri);
}

function stampOf(stat: fs.Stats): FileStamp {
  return { mtime: stat.mtimeMs, size: stat.size, ctime: stat.ctimeMs };
}

function readStampedNow(file: string, maxBytes: number, known?: FileStamp): StampedBytes | undefined {
  let descriptor: number;
  try {
    descriptor = fs.openSync(file, 'r');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) return undefined;
    const stamp = stampOf(stat);
    if ((known && sameStamp(stamp, known)) || stamp.size > maxBytes) return { stamp };
    // One read of a byte more than the stat says tells whether that was all; readFileSync would stat again and read twice.
    const bytes = Buffer.allocUnsafe(stamp.size + 1);
    const read = fs.readSync(descriptor, bytes, 0, bytes.length, 0);
    if (read > stamp.size) {
      // The file grew since the stat: the bytes read are what counts.
      const all = Buffer.concat([bytes, fs.readFileSync(descriptor)]);
      return { stamp: { ...stamp, size: all.length }, bytes: all };
    }
    return { stamp: { ...stamp, size: read }, bytes: bytes.subarray(0, read) };
  } finally {
    fs.closeSync(descriptor);
  }
}

async function walk(directory: string, relative: string, globs: FileGlobs, found: string[]): Promise<void> {
  let entries;
  try {
    entries = await fsp.readdir(directory, { withFileTypes: true });
  } catch {
    // An unreadable or vanished directory contributes no files; the walk goes on.
    return;
  }
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    const entryRelative = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!globs.prunesDirectory(entryRelative)) await walk(entryPath, entryRelative, globs, found);
    } else if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(entryPath)))) {
      // Symbolic links to directories are not followed, so link cycles cannot trap the walk.
      if (globs.acceptsFile(entryRelative)) found.push(entryPath);
    }
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fsp.stat(file)).isFile();
  } catch {
    return false;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
