import { FileGlobs } from './glob';
import { FileStamp, sameStamp, StampedBytes, WorkspaceFileSystem } from './fileSystem';
import { relativePath } from './uris';

interface MemoryFile {
  bytes: Uint8Array;
  mtime: number;
  unreadable: boolean;
}

/** A file system held in a map, for tests. Every write advances a logical clock used as mtime. */
export class MemoryFileSystem implements WorkspaceFileSystem {
  private readonly files = new Map<string, MemoryFile>();
  private clock = 0;

  writeFile(uri: string, content: string | Uint8Array, options: { unreadable?: boolean } = {}): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(uri, { bytes, mtime: ++this.clock, unreadable: options.unreadable ?? false });
  }

  deleteFile(uri: string): void {
    this.files.delete(uri);
  }

  async listFiles(folderUri: string, globs: FileGlobs): Promise<string[]> {
    return [...this.files.keys()]
      .filter(uri => {
        const relative = relativePath(folderUri, uri);
        return relative !== undefined && globs.acceptsPath(relative);
      })
      .sort();
  }

  async isDirectory(uri: string): Promise<boolean> {
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    return [...this.files.keys()].some(file => file.startsWith(prefix));
  }

  async stamp(uri: string): Promise<FileStamp | undefined> {
    const file = this.files.get(uri);
    return file && { mtime: file.mtime, size: file.bytes.length };
  }

  async readStamped(uri: string, maxBytes: number, known?: FileStamp): Promise<StampedBytes | undefined> {
    const file = this.files.get(uri);
    if (!file) return undefined;
    const stamp = { mtime: file.mtime, size: file.bytes.length };
    if ((known && sameStamp(stamp, known)) || stamp.size > maxBytes) return { stamp };
    if (file.unreadable) throw Object.assign(new Error(`EACCES: ${uri}`), { code: 'EACCES' });
    return { stamp, bytes: file.bytes };
  }
}
