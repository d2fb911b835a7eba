import { promises as fsp } from 'fs';
import * as path from 'path';
import type { CacheFile } from './indexCache';

let writes = 0;

/** A cache file on the local disk, in a folder made on first write (VS Code's workspace storage). */
export class NodeCacheFile implements CacheFile {
  constructor(readonly location: string) {}

  async read(): Promise<Uint8Array | undefined> {
    try {
      return await fsp.readFile(this.location);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async write(parts: readonly Uint8Array[]): Promise<void> {
    await fsp.mkdir(path.dirname(this.location), { recursive: true });
    // Written beside it and renamed over it, so that a crash mid-write leaves the old file whole; a name
    // of its own per write, so that two writers (two servers, or a setting turned off and on) never share one.
    const temporary = `${this.location}.${process.pid}.${++writes}.tmp`;
    try {
      const handle = await fsp.open(temporary, 'w');
      try {
        for (const part of parts) await handle.write(part);
      } finally {
        await handle.close();
      }
      await fsp.rename(temporary, this.location);
    } catch (error) {
      await fsp.rm(temporary, { force: true });
      throw error;
    }
  }

  async delete(): Promise<void> {
    await fsp.rm(this.location, { force: true });
  }
}
