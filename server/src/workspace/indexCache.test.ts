import * as assert from 'assert';
import { dictionaryAnalyzer, fakeKnowledge, indexOf } from '../features/testFixtures';
import { WorkspaceIndex } from '../workspaceIndex';
import { CacheFile, IndexCache } from './indexCache';

/** A cache file in memory, counting writes; `failWith` makes reads and writes fail. */
class MemoryCacheFile implements CacheFile {
  readonly location = 'memory:index-cache.bin';
  bytes: Uint8Array | undefined;
  writes = 0;
  failWith: string | undefined;

  async read(): Promise<Uint8Array | undefined> {
    if (this.failWith) throw new Error(this.failWith);
    return this.bytes;
  }

  async write(parts: readonly Uint8Array[]): Promise<void> {
    if (this.failWith) throw new Error(this.failWith);
    this.writes++;
    this.bytes = Buffer.concat(parts);
  }

  async delete(): Promise<void> {
    this.bytes = undefined;
  }
}

describe('IndexCache', () => {
  let file: MemoryCacheFile;
  let messages: string[];
  const cacheOf = (fingerprint = 'build-1') =>
    new IndexCache(file, fingerprint, { info: message => messages.push(`info: ${message}`), warn: message => messages.push(`warn: ${message}`) });
  const emptyIndex = () => new WorkspaceIndex(dictionaryAnalyzer, fakeKnowledge);

  beforeEach(() => {
    file = new MemoryCacheFile();
    messages = [];
  });

  it('writes the index once per change, and a new index restores the same documents', async () => {
    const index = indexOf({ 'file:///ws/a.txt': 'Luohu and PwC.', 'file:///ws/b.txt': 'Bezirk Luohu.' });
    const cache = cacheOf();
    await cache.save(index);
    await cache.save(index);
    assert.strictEqual(file.writes, 1);
    index.remove('file:///ws/b.txt');
    await cache.save(index);
    assert.strictEqual(file.writes, 2);

    const reopened = emptyIndex();
    assert.strictEqual(await cacheOf().restore(reopened, 1024), 1);
    assert.deepStrictEqual(reopened.mentions('district:luohu').map(m => [m.uri, m.text]), [['file:///ws/a.txt', 'Luohu']]);
    assert.match(messages.at(-1)!, /^info: Restored 1 documents from the index cache in \d+ ms\.$/);
  });

  it('writes nothing before a restore has ended, so that a shutdown meanwhile keeps the cached documents', async () => {
    await cacheOf().save(indexOf({ 'file:///ws/a.txt': 'Luohu.', 'file:///ws/b.txt': 'PwC.' }));
    let finishRead: () => void = () => {};
    const readable = new Promise<void>(resolve => (finishRead = resolve));
    const read = file.read.bind(file);
    file.read = async () => {
      await readable;
      return read();
    };
    const reopened = emptyIndex();
    const cache = cacheOf();
    const restoring = cache.restore(reopened, 1024);
    const saving = cache.save(reopened);
    finishRead();
    assert.strictEqual(await restoring, 2);
    await saving;
    assert.strictEqual(await cacheOf().restore(emptyIndex(), 1024), 2);
  });

  it('leaves out files over the size limit, so that the indexer reports them', async () => {
    await cacheOf().save(indexOf({ 'file:///ws/a.txt': 'Luohu.', 'file:///ws/b.txt': 'Bezirk Luohu and PwC.' }));
    const reopened = emptyIndex();
    assert.strictEqual(await cacheOf().restore(reopened, 10), 1);
    assert.deepStrictEqual(reopened.uris(), ['file:///ws/a.txt']);
  });

  it('starts from nothing, with a message, when the file is from another build, damaged or unreadable', async () => {
    await cacheOf('build-1').save(indexOf({ 'file:///ws/a.txt': 'Luohu.' }));
    assert.strictEqual(await cacheOf('build-2').restore(emptyIndex(), 1024), 0);
    file.bytes = file.bytes!.subarray(0, file.bytes!.length - 40);
    assert.strictEqual(await cacheOf().restore(emptyIndex(), 1024), 0);
    file.failWith = 'EACCES: permission denied';
    assert.strictEqual(await cacheOf().restore(emptyIndex(), 1024), 0);
    assert.deepStrictEqual(messages.filter(message => message.startsWith('warn')).map(message => message.replace(/damaged \(.*\)/, 'damaged (…)')), [
      'warn: The index cache memory:index-cache.bin is made by another version of Entity Markup; indexing every file.',
      'warn: The index cache memory:index-cache.bin is damaged (…); indexing every file.',
      'warn: The index cache memory:index-cache.bin cannot be read (EACCES: permission denied); indexing every file.',
    ]);
  });

  it('reports a failed write and tries again on the next save', async () => {
    const index = indexOf({ 'file:///ws/a.txt': 'Luohu.' });
    const cache = cacheOf();
    file.failWith = 'ENOSPC: no space left on device';
    await cache.save(index);
    file.failWith = undefined;
    await cache.save(index);
    assert.strictEqual(file.writes, 1);
    assert.deepStrictEqual(messages.map(message => message.replace(/\d+ ms/, '… ms')), [
      'warn: Could not write the index cache memory:index-cache.bin (ENOSPC: no space left on device); the next start indexes every file.',
      'info: Wrote 1 documents to the index cache (0.0 MB) in … ms.',
    ]);
  });

  it('deletes the file when discarded', async () => {
    const cache = cacheOf();
    await cache.save(indexOf({ 'file:///ws/a.txt': 'Luohu.' }));
    await cache.discard();
    assert.strictEqual(file.bytes, undefined);
  });
});
