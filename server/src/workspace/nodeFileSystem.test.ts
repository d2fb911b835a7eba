import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { readTextFile } from './fileSystem';
import { FileGlobs } from './glob';
import { filePath, NodeFileSystem } from './nodeFileSystem';

describe('NodeFileSystem', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-markup-fs-'));
    fs.mkdirSync(path.join(root, 'news', 'de'), { recursive: true });
    fs.mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(root, 'news', 'de', 'b c.txt'), 'Bezirk Luohu');
    fs.writeFileSync(path.join(root, 'a.txt'), 'PwC');
    fs.writeFileSync(path.join(root, 'notes.md'), 'not indexed');
    fs.writeFileSync(path.join(root, 'node_modules', 'pkg', 'readme.txt'), 'excluded');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lists included files below the folder, pruning excluded directories', async () => {
    const files = await new NodeFileSystem().listFiles(pathToFileURL(root).href, new FileGlobs(['**/*.txt'], ['**/node_modules/**']));
    assert.deepStrictEqual(files, [pathToFileURL(path.join(root, 'a.txt')).href, pathToFileURL(path.join(root, 'news', 'de', 'b c.txt')).href]);
  });

  it('turns file URIs into paths as fileURLToPath does', () => {
    const uris = ['file:///ws/a.txt', 'file:///ws/.corpus/b-c_d~e.txt', 'file:///ws/b%20c.txt', 'file:///ws/./a.txt', 'file:///ws/x/../a.txt', 'file:///ws/a.txt?x', 'file:///ws/.', 'file:///ws/a\\b.txt'];
    for (const uri of uris) assert.strictEqual(filePath(uri), fileURLToPath(uri), uri);
  });

  it('reads files and reports missing ones', async () => {
    const nodeFs = new NodeFileSystem();
    const file = await readTextFile(nodeFs, pathToFileURL(path.join(root, 'news', 'de', 'b c.txt')).href, 1024);
    assert.strictEqual(file.kind === 'text' && file.text, 'Bezirk Luohu');
    assert.strictEqual(await nodeFs.readStamped(pathToFileURL(path.join(root, 'missing.txt')).href, 1024), undefined);
    assert.strictEqual(await nodeFs.readStamped(pathToFileURL(path.join(root, 'news')).href, 1024), undefined);
    const blocking = new NodeFileSystem({ blockingReads: true });
    const uri = pathToFileURL(path.join(root, 'a.txt')).href;
    const stamped = await blocking.readStamped(uri, 1024);
    assert.deepStrictEqual(stamped?.bytes && Buffer.from(stamped.bytes).toString(), 'PwC');
    assert.deepStrictEqual(await blocking.readStamped(uri, 1024, stamped!.stamp), { stamp: stamped!.stamp });
    assert.strictEqual(await blocking.readStamped(pathToFileURL(path.join(root, 'news')).href, 1024), undefined);
  });
});
