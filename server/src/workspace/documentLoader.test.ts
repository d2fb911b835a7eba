import * as assert from 'assert';
import { dictionaryAnalyzer } from '../features/testFixtures';
import { loadDocument } from './documentLoader';
import { MemoryFileSystem } from './memoryFileSystem';

describe('loadDocument', () => {
  const fs = new MemoryFileSystem();
  fs.writeFile('file:///ws/a.txt', 'Luohu and PwC.');
  fs.writeFile('file:///ws/big.txt', 'x'.repeat(2048));

  it('reads and analyses a file, and reports it unchanged at a known stamp without analysing it', async () => {
    const loaded = await loadDocument(fs, dictionaryAnalyzer, 'file:///ws/a.txt', 1024);
    assert.ok(loaded.kind === 'analyzed');
    assert.deepStrictEqual(loaded.stamp, { mtime: 1, size: 14 });
    assert.deepStrictEqual(loaded.analysis.surfaces, ['Luohu', 'PwC']);
    const unchanged = await loadDocument(fs, () => assert.fail('analysed again'), 'file:///ws/a.txt', 1024, loaded.stamp);
    assert.deepStrictEqual(unchanged, { kind: 'unchanged' });
  });

  it('skips files it cannot read or analyse, with a message', async () => {
    assert.deepStrictEqual(await loadDocument(fs, dictionaryAnalyzer, 'file:///ws/big.txt', 1024), {
      kind: 'skipped', reason: 'tooLarge', message: 'file:///ws/big.txt: skipped, 2 KB is over the limit of 1 KB',
    });
    const failing = () => {
      throw new Error('no grammar for this');
    };
    assert.deepStrictEqual(await loadDocument(fs, failing, 'file:///ws/a.txt', 1024), {
      kind: 'skipped', reason: 'analysisFailed', message: 'file:///ws/a.txt: analysis failed (no grammar for this)',
    });
  });
});
