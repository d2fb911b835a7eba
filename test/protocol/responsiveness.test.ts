import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { HoverRequest, MarkupContent } from 'vscode-languageserver-protocol/node';
import { copyToTemporaryFolder, goldDocuments, indexStatusRequest, seedFiles, TestClient } from './lspClient';

describe('language server while indexing a large workspace', function () {
  this.timeout(120000);
  let client: TestClient;

  before(() => {
    const folder = copyToTemporaryFolder(seedFiles());
    // Enough files that indexing outlasts a hover by far, whatever the machine.
    const copies = path.join(folder, 'copies');
    fs.mkdirSync(copies);
    for (const seed of seedFiles()) {
      const text = fs.readFileSync(seed);
      for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(copies, `${i}-${path.basename(seed)}`), text);
    }
    client = new TestClient(folder);
  });

  after(async () => {
    await client?.stop();
  });

  it('answers a hover in an open document before the background indexing is done', async () => {
    const events: string[] = [];
    const indexed = client.nextIndexingDone().then(done => {
      events.push('indexingDone');
      return done;
    });
    const indexingStarted = client.nextProgressBegin();
    await client.initialize();
    await indexingStarted;
    const golden = goldDocuments()[0];
    const mention = golden.entities.find(entity => entity.kind === 'district')!;
    const document = client.document(golden.file);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: document.uri, languageId: 'entity-text', version: 1, text: document.getText() },
    });
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: document.positionAt(mention.start + 1) });
    const status = await client.connection.sendRequest(indexStatusRequest);
    events.push('hover');
    assert.match((hover?.contents as MarkupContent).value.split('\n')[0], /— district$/);
    assert.ok(status.indexing, 'indexing had already finished');
    assert.strictEqual((await indexed).documents, 1005);
    assert.deepStrictEqual(events, ['hover', 'indexingDone']);
  });
});
