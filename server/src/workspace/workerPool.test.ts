import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { FileStamp } from './fileSystem';
import type { DocumentLoader, LoadedDocument } from './documentLoader';
import { WorkerPool } from './workerPool';

/** Answers every load itself and remembers which URIs it got. */
class RecordingLoader implements DocumentLoader {
  readonly concurrency = 1;
  readonly loaded: string[] = [];

  async load(uri: string, _maxBytes: number, _known?: FileStamp): Promise<LoadedDocument> {
    this.loaded.push(uri);
    return { kind: 'unchanged' };
  }
}

describe('WorkerPool', function () {
  // Starting worker threads and loading the knowledge base in them takes a moment.
  this.timeout(20000);
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-markup-pool-'));
    fs.writeFileSync(path.join(root, 'a.txt'), 'The delegation from Luohu District met PwC in Shenzhen.');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads and analyses files in worker threads', async () => {
    const fallback = new RecordingLoader();
    const pool = new WorkerPool(path.join(__dirname, '..', 'analysisWorker.js'), 2, fallback, message => assert.fail(message));
    const uri = pathToFileURL(path.join(root, 'a.txt')).href;
    const loaded = await pool.load(uri, 1024);
    assert.ok(loaded.kind === 'analyzed');
    assert.ok(loaded.analysis.surfaces.includes('Luohu District'), loaded.analysis.surfaces.join(', '));
    assert.deepStrictEqual(await pool.load(uri, 1024, loaded.stamp), { kind: 'unchanged' });
    assert.deepStrictEqual(fallback.loaded, []);
    assert.strictEqual(pool.concurrency, 64);
  });

  it('loads through the fallback when no worker can run', async () => {
    const fallback = new RecordingLoader();
    const logged: string[] = [];
    const pool = new WorkerPool(path.join(root, 'missing-worker.js'), 1, fallback, message => logged.push(message));
    assert.deepStrictEqual(await pool.load('file:///ws/a.txt', 1024), { kind: 'unchanged' });
    assert.deepStrictEqual(fallback.loaded, ['file:///ws/a.txt']);
    assert.ok(logged.length > 0);
  });
});
