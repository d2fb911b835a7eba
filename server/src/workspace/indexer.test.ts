import * as assert from 'assert';
import { dictionaryAnalyzer, fakeKnowledge } from '../features/testFixtures';
import { WorkspaceIndex } from '../workspaceIndex';
import { IndexerHost, WorkspaceIndexer } from './indexer';
import { MemoryFileSystem } from './memoryFileSystem';

describe('WorkspaceIndexer', () => {
  let fs: MemoryFileSystem;
  let index: WorkspaceIndex;
  let indexer: WorkspaceIndexer;
  let open: Set<string>;
  let skippedBatches: string[][];
  let yields: number;

  beforeEach(() => {
    fs = new MemoryFileSystem();
    fs.writeFile('file:///ws/b.txt', 'Luohu and PwC.');
    fs.writeFile('file:///ws/a.txt', 'Bezirk Luohu.');
    fs.writeFile('file:///ws/notes.md', 'Luohu.');
    fs.writeFile('file:///ws/node_modules/x.txt', 'Luohu.');
    fs.writeFile('file:///ws/image.txt', new Uint8Array([0x50, 0x00]));
    fs.writeFile('file:///ws/big.txt', `Luohu ${'x'.repeat(2048)}`);
    index = new WorkspaceIndex(dictionaryAnalyzer, fakeKnowledge);
    open = new Set();
    skippedBatches = [];
    yields = 0;
    const host: IndexerHost = {
      isOpen: uri => open.has(uri),
      yieldToEventLoop: async () => void yields++,
      reportSkipped: messages => skippedBatches.push([...messages]),
      log: message => assert.fail(message),
    };
    indexer = new WorkspaceIndexer(fs, index, host);
    indexer.configure(['file:///ws'], { include: ['**/*.txt'], exclude: ['**/node_modules/**'], maxFileSizeKB: 1 });
  });

  it('indexes the selected files, yielding between files, and reports skipped files once', async () => {
    const steps: string[] = [];
    const done = await indexer.reindex({
      begin: () => steps.push('begin'),
      advance: (n, total) => steps.push(`${n}/${total}`),
      end: () => steps.push('end'),
    });
    assert.deepStrictEqual(index.uris(), ['file:///ws/a.txt', 'file:///ws/b.txt']);
    assert.deepStrictEqual({ ...done, ms: 0 }, { documents: 2, entities: 2, ms: 0 });
    assert.deepStrictEqual(steps, ['begin', '1/4', '2/4', '3/4', '4/4', 'end']);
    assert.strictEqual(yields, 4);
    assert.deepStrictEqual(skippedBatches, [[
      'file:///ws/big.txt: skipped, 2 KB is over the limit of 1 KB',
      'file:///ws/image.txt: skipped, looks binary (NUL bytes in the first 8 KB)',
    ]]);
    assert.strictEqual(indexer.indexing, false);
  });

  it('reads only the files changed since the index was restored from a snapshot', async () => {
    await indexer.reindex();
    const taken = index.diskSnapshot();
    fs.writeFile('file:///ws/b.txt', 'Qianhai.');
    let analysed = 0;
    const counting = new WorkspaceIndex(text => (analysed++, dictionaryAnalyzer(text)), fakeKnowledge);
    counting.restore(taken);
    const reopened = new WorkspaceIndexer(fs, counting, { isOpen: () => false, yieldToEventLoop: async () => {}, reportSkipped: () => {}, log: assert.fail });
    reopened.configure(['file:///ws'], { include: ['**/*.txt'], exclude: ['**/node_modules/**'], maxFileSizeKB: 1 });
    await reopened.reindex();
    assert.strictEqual(analysed, 1);
    assert.deepStrictEqual(counting.mentions('district:qianhai').map(m => m.uri), ['file:///ws/b.txt']);
    assert.deepStrictEqual(counting.mentions('district:luohu').map(m => m.uri), ['file:///ws/a.txt']);
  });

  it('follows created, changed and deleted files, and deleted folders', async () => {
    await indexer.reindex();
    fs.writeFile('file:///ws/new/c.txt', 'PwC.');
    fs.writeFile('file:///ws/a.txt', 'Qianhai.');
    fs.deleteFile('file:///ws/b.txt');
    void indexer.filesChanged([
      { uri: 'file:///ws/new/c.txt', kind: 'created' },
      { uri: 'file:///ws/a.txt', kind: 'changed' },
      { uri: 'file:///ws/b.txt', kind: 'deleted' },
      { uri: 'file:///ws/notes.md', kind: 'changed' },
    ]);
    await indexer.settled();
    assert.deepStrictEqual(index.uris(), ['file:///ws/a.txt', 'file:///ws/new/c.txt']);
    assert.deepStrictEqual(index.mentions('district:qianhai').map(m => m.uri), ['file:///ws/a.txt']);
    fs.deleteFile('file:///ws/new/c.txt');
    await indexer.filesChanged([{ uri: 'file:///ws/new', kind: 'deleted' }]);
    assert.deepStrictEqual(index.uris(), ['file:///ws/a.txt']);
  });

  it('leaves open documents to the editor, and rereads their file when they close', async () => {
    index.update('file:///ws/a.txt', { kind: 'open', version: 3 }, 'PwC unsaved.');
    open.add('file:///ws/a.txt');
    await indexer.reindex();
    await indexer.filesChanged([{ uri: 'file:///ws/a.txt', kind: 'deleted' }]);
    assert.deepStrictEqual(index.mentions('organization:pwc').map(m => m.uri), ['file:///ws/a.txt', 'file:///ws/b.txt']);
    open.delete('file:///ws/a.txt');
    await indexer.documentClosed('file:///ws/a.txt');
    assert.deepStrictEqual(index.mentions('district:luohu').map(m => m.uri), ['file:///ws/a.txt', 'file:///ws/b.txt']);
    index.update('untitled:Untitled-1', { kind: 'open', version: 1 }, 'PwC.');
    await indexer.documentClosed('untitled:Untitled-1');
    assert.strictEqual(index.document('untitled:Untitled-1'), undefined);
  });

  it('drops files that the new settings no longer select, and a newer reindex supersedes an older one', async () => {
    await indexer.reindex();
    indexer.configure(['file:///ws'], { include: ['b.txt'], exclude: [], maxFileSizeKB: 1 });
    const older = indexer.reindex();
    const newer = indexer.reindex();
    assert.strictEqual(await older, undefined);
    assert.strictEqual((await newer)?.documents, 1);
    assert.deepStrictEqual(index.uris(), ['file:///ws/b.txt']);
  });
});
