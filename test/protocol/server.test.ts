import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DocumentSymbol,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  Location,
  MarkupContent,
  ReferencesRequest,
  SemanticTokensDelta,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  SymbolInformation,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  copyToTemporaryFolder,
  decodeSemanticTokens,
  GoldDocument,
  GoldMention,
  goldDocuments,
  indexStatusRequest,
  seedFiles,
  TestClient,
} from './lspClient';

const LEGEND = ['district', 'organization', 'date', 'figure', 'place', 'person'];

describe('language server over stdio', function () {
  this.timeout(60000);
  const gold = goldDocuments();
  let client: TestClient;
  let documentCount: number;

  /** A gold mention with its document, found by the first mention of `id` in `file` (a prefix of the file name). */
  function goldMention(filePrefix: string, predicate: (mention: GoldMention) => boolean): { golden: GoldDocument; mention: GoldMention } {
    const golden = gold.find(document => document.file.startsWith(filePrefix))!;
    const mention = golden.entities.find(predicate);
    assert.ok(mention, `no such gold mention in ${filePrefix}`);
    return { golden, mention };
  }

  /** The position in the middle of a mention, where a user would point. */
  function middleOf(document: TextDocument, mention: { start: number; end: number }) {
    return document.positionAt(Math.floor((mention.start + mention.end) / 2));
  }

  async function referencesAt(document: TextDocument, mention: { start: number; end: number }): Promise<Location[]> {
    return (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: document.uri },
      position: middleOf(document, mention),
      context: { includeDeclaration: true },
    })) ?? [];
  }

  before(async () => {
    client = new TestClient(copyToTemporaryFolder(seedFiles()));
    const done = await client.start();
    documentCount = done.documents;
  });

  after(async () => {
    await client?.stop();
  });

  it('indexes the workspace folder named at initialize and reports it', async () => {
    assert.strictEqual(documentCount, 5, client.errors);
    const status = await client.connection.sendRequest(indexStatusRequest);
    assert.strictEqual(status.documents, 5);
    assert.ok(status.entities > 20, `only ${status.entities} entities`);
    assert.strictEqual(status.indexing, false);
  });

  it('registers file watchers for the include globs and reports indexing progress with percentages', async () => {
    const watchers = client.registrations.find(registration => registration.method === 'workspace/didChangeWatchedFiles');
    assert.ok(JSON.stringify(watchers?.registerOptions).includes('**/*.txt'));
    const reports = [...client.progress.values()].find(values => values.some(value => value.kind === 'begin'));
    assert.ok(reports, 'no work-done progress');
    if (reports.at(-1)?.kind !== 'end') await client.nextProgressEnd();
    assert.ok(reports.some(value => value.kind === 'report' && value.percentage === 100), JSON.stringify(reports));
  });

  it('hover on a district mention names its kind', async () => {
    const { golden, mention } = goldMention('000', entity => entity.kind === 'district');
    const document = client.document(golden.file);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: document.uri }, position: middleOf(document, mention) });
    const card = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(card.split('\n')[0], /— district$/, card);
    assert.match(card, /mentions? in \d+ documents?/);
  });

  it('references from a mention in an open document include mentions in files never opened', async () => {
    const { golden, mention } = goldMention('002', entity => entity.id === 'district:luohu');
    const document = client.document(golden.file);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: document.uri, languageId: 'entity-text', version: 1, text: document.getText() },
    });
    const locations = await referencesAt(document, mention);
    const other = gold.find(candidate => candidate.file.startsWith('000'))!;
    assert.ok(locations.some(location => location.uri === document.uri), JSON.stringify(locations));
    assert.ok(locations.some(location => location.uri === client.uri(other.file)), JSON.stringify(locations));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: document.uri } });
  });

  it('document symbols group the entities by kind', async () => {
    const golden = gold.find(document => document.file.startsWith('000'))!;
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: client.uri(golden.file) } })) as DocumentSymbol[];
    const groups = symbols.map(symbol => symbol.name);
    assert.ok(groups.includes('Districts') && groups.includes('Organizations'), groups.join(', '));
    assert.deepStrictEqual(groups, ['Districts', 'Organizations', 'Dates', 'Figures', 'Places', 'Persons'].filter(name => groups.includes(name)));
    const districts = symbols.find(symbol => symbol.name === 'Districts')!;
    assert.ok(districts.children!.length > 0);
    assert.ok(districts.children!.every(child => /^\d+ mentions?$/.test(child.detail ?? '')));
  });

  it('workspace symbol "Deloitte" is found', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Deloitte' })) as SymbolInformation[];
    assert.ok(symbols.length > 0);
    assert.match(symbols[0].name, /Deloitte/);
    assert.ok(symbols[0].location.uri.startsWith(client.folderUri));
  });

  it('semantic tokens decode to the kinds of gold mentions', async () => {
    const { golden } = goldMention('000', () => true);
    const document = client.document(golden.file);
    const tokens = decodeSemanticTokens((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: document.uri } }))!.data);
    for (const kind of ['district', 'organization', 'date', 'figure', 'place']) {
      const mention = golden.entities.find(entity => entity.kind === kind)!;
      const start = document.positionAt(mention.start);
      const token = tokens.find(candidate => candidate.line === start.line && candidate.character === start.character);
      assert.strictEqual(token && LEGEND[token.type], kind, `${mention.text} at ${mention.start}`);
    }
    const lastLine = document.lineCount - 1;
    const ranged = await client.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: document.uri },
      range: { start: { line: lastLine, character: 0 }, end: { line: lastLine + 1, character: 0 } },
    });
    assert.ok(decodeSemanticTokens(ranged!.data).length < tokens.length);
  });

  it('creating, changing and deleting a file on disk updates references', async () => {
    const { golden, mention } = goldMention('002', entity => entity.id === 'district:luohu');
    const document = client.document(golden.file);
    const copyName = 'copy-of-002.txt';
    const copyPath = path.join(client.folder, copyName);

    fs.writeFileSync(copyPath, document.getText());
    await client.fileChanged(copyName, FileChangeType.Created);
    const luohuInCopy = (await referencesAt(document, mention)).filter(location => location.uri === client.uri(copyName));
    assert.strictEqual(luohuInCopy.length, golden.entities.filter(entity => entity.id === 'district:luohu').length);

    fs.writeFileSync(copyPath, 'Nothing to see here.\n');
    await client.fileChanged(copyName, FileChangeType.Changed);
    assert.ok(!(await referencesAt(document, mention)).some(location => location.uri === client.uri(copyName)));

    fs.writeFileSync(copyPath, document.getText());
    await client.fileChanged(copyName, FileChangeType.Changed);
    assert.ok((await referencesAt(document, mention)).some(location => location.uri === client.uri(copyName)));

    fs.unlinkSync(copyPath);
    await client.fileChanged(copyName, FileChangeType.Deleted);
    assert.ok(!(await referencesAt(document, mention)).some(location => location.uri === client.uri(copyName)));
    assert.strictEqual((await client.connection.sendRequest(indexStatusRequest)).documents, 5);
  });

  it('didOpen and didChange edits update the index before the file is saved', async () => {
    const { golden, mention } = goldMention('002', entity => entity.id === 'district:luohu');
    const document = client.document(golden.file);
    const draftName = 'draft.txt';
    const draftUri = client.uri(draftName);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: draftUri, languageId: 'entity-text', version: 1, text: 'A draft.\n' },
    });
    assert.ok(!(await referencesAt(document, mention)).some(location => location.uri === draftUri));

    // Insert the paragraph holding the mention at the end of the draft, as a user pasting it would.
    const paragraphStart = document.getText().lastIndexOf('\n\n', mention.start) + 2;
    const paragraphEnd = document.getText().indexOf('\n', mention.end);
    const paragraph = document.getText().slice(paragraphStart, paragraphEnd < 0 ? undefined : paragraphEnd);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: draftUri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `\n${paragraph}\n` }],
    });
    const inDraft = (await referencesAt(document, mention)).filter(location => location.uri === draftUri);
    assert.ok(inDraft.length > 0, 'the pasted mention is not referenced');
    assert.ok(inDraft.every(location => location.range.start.line === 2));

    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: draftUri } });
    assert.ok(!(await referencesAt(document, mention)).some(location => location.uri === draftUri), 'a closed unsaved draft stays indexed');
  });

  it('semantic token deltas applied to the previous result equal the full result', async () => {
    const golden = gold.find(document => document.file.startsWith('000'))!;
    const text = client.document(golden.file).getText();
    const uri = client.uri('delta.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entity-text', version: 1, text } });
    const first = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!;
    const firstParagraphEnd = text.indexOf('\n\n');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: text.slice(firstParagraphEnd + 2) }],
    });
    const delta = (await client.connection.sendRequest(SemanticTokensDeltaRequest.type, {
      textDocument: { uri },
      previousResultId: first.resultId!,
    })) as SemanticTokensDelta;
    const applied = [...first.data];
    for (const edit of [...delta.edits].reverse()) applied.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    const full = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!;
    assert.deepStrictEqual(applied, full.data);
    assert.notDeepStrictEqual(full.data, first.data);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('re-indexes when the settings change, and warns once about files it skips', async () => {
    fs.writeFileSync(path.join(client.folder, 'large.txt'), `Luohu ${'x'.repeat(3000)}\n`);
    fs.mkdirSync(path.join(client.folder, 'archive'));
    fs.copyFileSync(path.join(client.folder, gold[0].file), path.join(client.folder, 'archive', 'old.txt'));
    client.settings = { files: { include: ['**/*.txt'], exclude: ['archive/**'], maxFileSizeKB: 2 } };
    let reindexed = client.nextIndexingDone();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.strictEqual((await reindexed).documents, 5);
    assert.ok(client.logMessages.some(log => log.message.includes('large.txt: skipped, 2.9 KB is over the limit of 2 KB')), JSON.stringify(client.logMessages));
    const warnings = client.messages.filter(message => message.message.includes('did not index'));
    assert.strictEqual(warnings.length, 1, JSON.stringify(client.messages));

    client.settings = {};
    reindexed = client.nextIndexingDone();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.strictEqual((await reindexed).documents, 7);
    fs.rmSync(path.join(client.folder, 'archive'), { recursive: true });
    fs.unlinkSync(path.join(client.folder, 'large.txt'));
    await client.fileChanged('archive', FileChangeType.Deleted);
    await client.fileChanged('large.txt', FileChangeType.Deleted);
    assert.strictEqual((await client.connection.sendRequest(indexStatusRequest)).documents, 5);
  });

  it('counts open documents in the indexing report, also before they were first analysed', async () => {
    const note = { uri: 'untitled:Untitled-1', languageId: 'entity-text', version: 1, text: 'Luohu District signed with PwC.' };
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: note });
    // Any change of the settings re-indexes.
    client.settings = { files: { maxFileSizeKB: 4096 } };
    const reindexed = client.nextIndexingDone();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.strictEqual((await reindexed).documents, 6);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: note.uri } });
    assert.strictEqual((await client.connection.sendRequest(indexStatusRequest)).documents, 5);
  });

  it('indexes workspace folders as they are added and forgets removed ones', async () => {
    const second = copyToTemporaryFolder(seedFiles().slice(0, 2));
    const secondFolder = { uri: pathToFileURL(second).href, name: 'second' };
    try {
      let reindexed = client.nextIndexingDone();
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [secondFolder], removed: [] } });
      assert.strictEqual((await reindexed).documents, 7);
      reindexed = client.nextIndexingDone();
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [secondFolder] } });
      assert.strictEqual((await reindexed).documents, 5);
    } finally {
      fs.rmSync(second, { recursive: true, force: true });
    }
  });
});
