import * as assert from 'assert';
import { readTextFile } from './fileSystem';
import { FileGlobs } from './glob';
import { MemoryFileSystem } from './memoryFileSystem';

describe('readTextFile', () => {
  const fs = new MemoryFileSystem();
  fs.writeFile('file:///ws/a.txt', 'Luohu District');
  fs.writeFile('file:///ws/bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
  fs.writeFile('file:///ws/utf16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]));
  fs.writeFile('file:///ws/image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  fs.writeFile('file:///ws/big.txt', 'x'.repeat(3000));
  fs.writeFile('file:///ws/locked.txt', 'secret', { unreadable: true });

  it('reads UTF-8 text and reports its stamp', async () => {
    const file = await readTextFile(fs, 'file:///ws/a.txt', 1024);
    assert.deepStrictEqual(file, { kind: 'text', text: 'Luohu District', stamp: { mtime: 1, size: 14 } });
  });

  it('drops a byte-order mark and decodes UTF-16', async () => {
    assert.strictEqual(((await readTextFile(fs, 'file:///ws/bom.txt', 1024)) as { text: string }).text, 'A');
    assert.strictEqual(((await readTextFile(fs, 'file:///ws/utf16.txt', 1024)) as { text: string }).text, 'AB');
  });

  it('skips binary, oversized, unreadable and missing files with a message', async () => {
    assert.deepStrictEqual(await readTextFile(fs, 'file:///ws/image.txt', 1024), {
      kind: 'skipped', reason: 'binary', message: 'file:///ws/image.txt: skipped, looks binary (NUL bytes in the first 8 KB)',
    });
    assert.deepStrictEqual(await readTextFile(fs, 'file:///ws/big.txt', 1024), {
      kind: 'skipped', reason: 'tooLarge',
      message: 'file:///ws/big.txt: skipped, 2.9 KB is over the limit of 1 KB',
    });
    assert.deepStrictEqual(await readTextFile(fs, 'file:///ws/locked.txt', 1024), {
      kind: 'skipped', reason: 'unreadable', message: 'file:///ws/locked.txt: cannot read (EACCES)',
    });
    assert.deepStrictEqual(await readTextFile(fs, 'file:///ws/gone.txt', 1024), {
      kind: 'skipped', reason: 'missing', message: 'file:///ws/gone.txt: no such file',
    });
  });

  it('the in-memory file system lists accepted files in URI order', async () => {
    const listing = new MemoryFileSystem();
    for (const uri of ['file:///ws/b.txt', 'file:///ws/a.txt', 'file:///ws/node_modules/x.txt', 'file:///ws/c.md', 'file:///other/d.txt']) {
      listing.writeFile(uri, '');
    }
    const files = await listing.listFiles('file:///ws', new FileGlobs(['**/*.txt'], ['**/node_modules/**']));
    assert.deepStrictEqual(files, ['file:///ws/a.txt', 'file:///ws/b.txt']);
  });
});
