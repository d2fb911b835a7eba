/**
 * Runs inside VS Code against the real language client and server, on a copy of seeds/.
 * Every expectation is taken from the gold annotation of the seed it opens.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { entityMarkupApi, goldFor, goldMention, openSeed, positionOf, seedUri } from './workspaceDocuments';

const GERMAN_LUOHU = '000_164a5554560a1fca.txt';
const ENGLISH_LUOHU = '002_cde99f288a672981.txt';
const ENGLISH_NANSHAN = '003_228523de1d0d3c93.txt';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap(hover => hover.contents)
    .map(content => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** References of "Luohu District" in the English seed, and the URI of the German seed that mentions it too. */
async function luohuReferences(): Promise<{ document: vscode.TextDocument; locations: vscode.Location[]; german: string }> {
  const document = await openSeed(ENGLISH_LUOHU);
  const locations = await vscode.commands.executeCommand<vscode.Location[]>(
    'vscode.executeReferenceProvider',
    document.uri,
    positionOf(document, 'Luohu District', 2),
  );
  return { document, locations, german: seedUri(GERMAN_LUOHU).toString() };
}

function inParagraph(range: string, start: number, paragraph: string): boolean {
  const from = Number(range.split('-')[0]);
  return from >= start && from < start + paragraph.length;
}

/** The semantic token kind of each marked range of the document, keyed "start-end" (offsets). */
async function semanticKinds(document: vscode.TextDocument): Promise<Map<string, string>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
    'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  const kindAt = new Map<string, string>();
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const start = document.offsetAt(new vscode.Position(line, character));
    kindAt.set(`${start}-${start + length}`, legend.tokenTypes[type]);
  }
  return kindAt;
}

describe('Entity Markup in VS Code', () => {
  before(async () => {
    const status = await (await entityMarkupApi()).whenIndexed();
    assert.ok(status.documents >= 5, `indexed ${status.documents} documents`);
  });

  it('opens the seed .txt files as Entity Text', async () => {
    const document = await openSeed(ENGLISH_LUOHU);
    assert.strictEqual(document.languageId, 'entity-text');
  });

  it('reports the index through the entityMarkup.indexStatus command', async () => {
    const status = await vscode.commands.executeCommand<{ documents: number; entities: number; indexing: boolean }>(
      'entityMarkup.indexStatus',
    );
    assert.strictEqual(status.indexing, false);
    assert.strictEqual(status.documents, 5);
    assert.ok(status.entities > 100, `${status.entities} entities`);
  });

  it('names the kind and the canonical name in the hover of a district', async () => {
    const document = await openSeed(ENGLISH_LUOHU);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'Luohu, situated', 2),
    );
    const text = hoverText(hovers);
    assert.match(text, /district/i);
    assert.match(text, /Luohu District/);
  });

  it('finds references to a district in another, unopened document in another language', async () => {
    const { document, locations, german } = await luohuReferences();
    assert.ok(
      !vscode.workspace.textDocuments.some(open => open.uri.toString() === german),
      'the German seed must not have been opened',
    );
    const germanOffsets = locations
      .filter(location => location.uri.toString() === german)
      .map(location => location.range.start);
    const goldLuohu = goldFor(GERMAN_LUOHU).entities.filter(entity => entity.id === 'district:luohu');
    assert.strictEqual(germanOffsets.length, goldLuohu.length, 'references in the German seed');
    assert.ok(
      locations.some(location => location.uri.toString() === document.uri.toString()),
      'references in the document itself',
    );
  });

  it('finds an entity of the corpus by name with Go to Symbol in Workspace', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'Bezirk Luohu',
    );
    const luohu = symbols.find(symbol => symbol.name === 'Luohu District');
    assert.ok(luohu, `"Luohu District" among ${symbols.map(symbol => symbol.name).join(', ')}`);
    assert.match(luohu.containerName, /district/i);
  });

  it('groups the outline by entity kind', async () => {
    const document = await openSeed(ENGLISH_NANSHAN);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    const group = (kind: RegExp) => {
      const found = symbols.find(symbol => kind.test(symbol.name));
      assert.ok(found, `an outline group for ${kind} among ${symbols.map(symbol => symbol.name).join(', ')}`);
      return found.children.map(child => child.name);
    };
    assert.ok(group(/district/i).some(name => name.includes('Nanshan')));
    assert.ok(group(/organi[sz]ation/i).some(name => name.includes('Siemens Healthineers')));
    assert.ok(group(/person/i).some(name => name.includes('Ingmar Bruder')));
    assert.ok(group(/place/i).some(name => name.includes('Frankfurt')));
    assert.ok(group(/date/i).length > 0);
    assert.ok(group(/figure/i).length > 0);
  });

  it('colors gold mentions with the semantic token type of their kind', async () => {
    const document = await openSeed(ENGLISH_NANSHAN);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      document.uri,
    );
    assert.deepStrictEqual(legend.tokenTypes, ['district', 'organization', 'date', 'figure', 'place', 'person']);
    const kindAt = await semanticKinds(document);
    const gold = goldFor(ENGLISH_NANSHAN);
    const expected = [
      goldMention(gold, 'Nanshan', 'district'),
      goldMention(gold, 'Siemens Healthineers', 'organization'),
      goldMention(gold, 'June 24, 2024', 'date'),
      goldMention(gold, 'More than 50', 'figure'),
      goldMention(gold, 'Frankfurt', 'place'),
      goldMention(gold, 'Ingmar Bruder', 'person'),
    ];
    for (const mention of expected) {
      assert.strictEqual(kindAt.get(`${mention.start}-${mention.end}`), mention.kind, `"${mention.text}" at ${mention.start}`);
    }
  });

  it('follows edits: a typed paragraph is marked up and referenced, and undoing it restores the tokens', async () => {
    const document = await openSeed(ENGLISH_NANSHAN);
    const before = await semanticKinds(document);
    // A paragraph of its own before the third one.
    const insertAt = positionOf(document, '\n\n', 2, 2);
    const paragraph = 'Luohu District and Siemens Healthineers met on March 3, 2025.\n\n';
    const inserted = new vscode.WorkspaceEdit();
    inserted.insert(document.uri, insertAt, paragraph);
    assert.ok(await vscode.workspace.applyEdit(inserted));
    try {
      const start = document.offsetAt(insertAt);
      const after = await semanticKinds(document);
      assert.strictEqual(after.get(`${start}-${start + 'Luohu District'.length}`), 'district');
      const date = start + paragraph.indexOf('March 3, 2025');
      assert.strictEqual(after.get(`${date}-${date + 'March 3, 2025'.length}`), 'date');
      // Everything after the insertion moved by its length, and nothing else changed.
      const shifted = new Map([...before].map(([range, kind]) => {
        const [from, to] = range.split('-').map(Number);
        return from >= start ? [`${from + paragraph.length}-${to + paragraph.length}`, kind] : [range, kind];
      }));
      assert.deepStrictEqual(new Map([...after].filter(([range]) => !inParagraph(range, start, paragraph))), shifted);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        seedUri(ENGLISH_LUOHU),
        positionOf(await openSeed(ENGLISH_LUOHU), 'Luohu District', 2),
      );
      assert.ok(
        locations.some(location => location.uri.toString() === document.uri.toString() && document.offsetAt(location.range.start) === start),
        'the typed "Luohu District" is among the references of Luohu',
      );
    } finally {
      const removed = new vscode.WorkspaceEdit();
      removed.delete(document.uri, new vscode.Range(insertAt, document.positionAt(document.offsetAt(insertAt) + paragraph.length)));
      assert.ok(await vscode.workspace.applyEdit(removed));
    }
    assert.deepStrictEqual(await semanticKinds(document), before);
  });

  it('leaves .txt files matching entityMarkup.files.exclude as plain text', async () => {
    const settings = vscode.workspace.getConfiguration('entityMarkup');
    const exclude = settings.get<string[]>('files.exclude', []);
    await settings.update('files.exclude', [...exclude, '**/drafts/**'], vscode.ConfigurationTarget.Workspace);
    try {
      const draft = seedUri('drafts/unfinished.txt');
      const corpus = seedUri('added/new-release.txt');
      const encode = (text: string) => new TextEncoder().encode(text);
      await vscode.workspace.fs.writeFile(draft, encode('Draft about Pudong New Area, 3. März 2025.'));
      await vscode.workspace.fs.writeFile(corpus, encode('BERLIN, March 3, 2025 /PRNewswire/ -- A release about Minhang.'));
      const opened = await vscode.workspace.openTextDocument(draft);
      // Documents are associated in the order they open, so once the later one is Entity Text the
      // extension has decided about the draft too.
      await openSeed('added/new-release.txt');
      assert.strictEqual(opened.isClosed, false);
      assert.strictEqual(opened.languageId, 'plaintext');
    } finally {
      await settings.update('files.exclude', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  /** Runs the command, which starts a new server, and resolves once that server has indexed the workspace. */
  async function runAndAwaitIndexing(command: string): Promise<void> {
    const api = await entityMarkupApi();
    const indexed = new Promise<void>(resolve => {
      const subscription = api.onDidFinishIndexing(() => {
        subscription.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand(command);
    await indexed;
  }

  it('re-indexes the workspace on Entity Markup: Re-index Workspace', async () => {
    const api = await entityMarkupApi();
    await runAndAwaitIndexing('entityMarkup.reindex');
    assert.strictEqual((await api.whenIndexed()).indexing, false);
    const { locations, german } = await luohuReferences();
    assert.ok(locations.some(location => location.uri.toString() === german), 'the new server indexed the unopened seed');
  });

  it('has the same index after Entity Markup: Restart Server, which starts from the index cache', async () => {
    const api = await entityMarkupApi();
    const before = await api.whenIndexed();
    const { locations: referencesBefore } = await luohuReferences();
    await runAndAwaitIndexing('entityMarkup.restartServer');
    const after = await api.whenIndexed();
    assert.deepStrictEqual([after.documents, after.entities], [before.documents, before.entities]);
    const { locations } = await luohuReferences();
    const places = (found: vscode.Location[]) => found.map(location => `${location.uri.toString()}@${location.range.start.line}:${location.range.start.character}`).sort();
    assert.deepStrictEqual(places(locations), places(referencesBefore));
  });
});
