import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HoverRequest, Location, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import { copyToTemporaryFolder, seedFiles, TestClient } from './lspClient';

const CACHE_FILE = 'index-cache.bin';
const SEED_WITH_LUOHU = '000_164a5554560a1fca.txt';

describe('index cache across server starts', function () {
  this.timeout(60000);
  let folder: string;
  let storagePath: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    folder = copyToTemporaryFolder(seedFiles());
    storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-markup-storage-'));
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(storagePath, { recursive: true, force: true });
  });

  /** Starts a server on the folder, waits until it indexed it, and returns what it logged on the way. */
  async function startServer(options: object = { storagePath }, settings: object = {}): Promise<{ documents: number; log: string[] }> {
    client = new TestClient(folder, settings, options);
    const done = await client.start();
    return { documents: done.documents, log: client.logMessages.map(message => message.message) };
  }

  async function stopServer(): Promise<void> {
    await client!.stop({ keepFolder: true });
    client = undefined;
  }

  async function luohuReferences(): Promise<string[]> {
    const document = client!.document(SEED_WITH_LUOHU);
    const locations: Location[] = (await client!.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: document.uri },
      position: document.positionAt(document.getText().indexOf('Luohu') + 1),
      context: { includeDeclaration: true },
    })) ?? [];
    return locations.map(location => `${path.basename(location.uri)}:${location.range.start.line}:${location.range.start.character}`).sort();
  }

  it('a server started again takes the index from the cache, reads the files changed since, and answers the same', async () => {
    const first = await startServer();
    assert.ok(!first.log.some(message => message.startsWith('Restored')), first.log.join('\n'));
    const before = await luohuReferences();
    await stopServer();
    assert.ok(fs.existsSync(path.join(storagePath, CACHE_FILE)));

    fs.writeFileSync(path.join(folder, 'added.txt'), 'The Luohu District government met the delegation.\n');
    const second = await startServer();
    assert.ok(second.log.some(message => message.startsWith(`Restored ${first.documents} documents from the index cache in `)), second.log.join('\n'));
    assert.strictEqual(second.documents, first.documents + 1);
    assert.deepStrictEqual(await luohuReferences(), [...before, 'added.txt:0:4'].sort());
  });

  it('reads a file again whose content changed at the same modification time and size (a copy with cp -p)', async () => {
    const file = path.join(folder, 'kept-time.txt');
    const keptTime = new Date('2024-01-01T00:00:00Z');
    fs.writeFileSync(file, 'The Luohu District government met PwC.\n');
    fs.utimesSync(file, keptTime, keptTime);
    await startServer();
    await stopServer();
    fs.writeFileSync(file, 'The Futian District government met EY.\n');
    fs.utimesSync(file, keptTime, keptTime);
    await startServer();
    const futian = client!.document('kept-time.txt');
    const hover = await client!.connection.sendRequest(HoverRequest.type, { textDocument: { uri: futian.uri }, position: futian.positionAt(6) });
    assert.match(JSON.stringify(hover?.contents), /Futian/);
  });

  it('re-indexing from scratch deletes the cache first, and a damaged cache is reported and replaced', async () => {
    await startServer();
    await stopServer();
    const fresh = await startServer({ storagePath, discardIndexCache: true });
    assert.ok(!fresh.log.some(message => message.startsWith('Restored')), fresh.log.join('\n'));
    await stopServer();

    fs.writeFileSync(path.join(storagePath, CACHE_FILE), `ENTITY-MARKUP-INDEX\n${'not what the server wrote '.repeat(4)}`);
    const damaged = await startServer();
    assert.ok(damaged.log.some(message => /^The index cache .*index-cache\.bin is damaged \(.*\); indexing every file\.$/.test(message)), damaged.log.join('\n'));
    assert.strictEqual((await luohuReferences()).length > 0, true);
    await stopServer();
    assert.ok(fs.readFileSync(path.join(storagePath, CACHE_FILE)).length > 1000, 'the damaged file was replaced by the index');
  });

  it('with entityMarkup.index.cacheOnDisk off, the cache file is deleted and none is written', async () => {
    await startServer();
    await stopServer();
    assert.ok(fs.existsSync(path.join(storagePath, CACHE_FILE)));
    const off = await startServer({ storagePath }, { index: { cacheOnDisk: false } });
    assert.ok(!off.log.some(message => message.startsWith('Restored')), off.log.join('\n'));
    await stopServer();
    assert.ok(!fs.existsSync(path.join(storagePath, CACHE_FILE)));
  });
});
