/**
 * The acceptance figures of the editor features, measured through the protocol against the gold
 * annotations of the seeds: hover kind, cross-document references (recall and precision of gold
 * identities), outline coverage of districts and organizations, and semantic-token kinds.
 */
import * as assert from 'assert';
import {
  DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  MarkupContent,
  Range,
  ReferencesRequest,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copyToTemporaryFolder, decodeSemanticTokens, GoldDocument, GoldMention, goldDocuments, seedFiles, TestClient } from './lspClient';

const LEGEND = ['district', 'organization', 'date', 'figure', 'place', 'person'];
const GROUP_NAMES: Record<string, string> = { district: 'Districts', organization: 'Organizations' };
const FLOORS = { hover: 90, referencesRecall: 90, referencesPrecision: 90, outline: 90, semanticTokens: 85 };

interface Located {
  uri: string;
  mention: GoldMention;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: { line: number; character: number }, y: { line: number; character: number }) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}

describe('agreement with the gold annotations through the protocol', function () {
  this.timeout(120000);
  const gold = goldDocuments();
  let client: TestClient;
  const documents = new Map<string, TextDocument>();
  const figures: Record<keyof typeof FLOORS, number> = { hover: 0, referencesRecall: 0, referencesPrecision: 0, outline: 0, semanticTokens: 0 };

  const rangeOf = (located: Located): Range => {
    const document = documents.get(located.uri)!;
    return { start: document.positionAt(located.mention.start), end: document.positionAt(located.mention.end) };
  };
  const middleOf = (located: Located) => documents.get(located.uri)!.positionAt(Math.floor((located.mention.start + located.mention.end) / 2));

  before(async () => {
    client = new TestClient(copyToTemporaryFolder(seedFiles()));
    await client.start();
    for (const golden of gold) documents.set(client.uri(golden.file), client.document(golden.file));
  });

  after(async () => {
    console.log(
      `      gold agreement: hover kind ${figures.hover} %, references recall ${figures.referencesRecall} % / precision ${figures.referencesPrecision} %, ` +
        `outline coverage ${figures.outline} %, semantic token kind ${figures.semanticTokens} %`,
    );
    await client?.stop();
  });

  const allMentions = (): Located[] => gold.flatMap((golden: GoldDocument) => golden.entities.map(mention => ({ uri: client.uri(golden.file), mention })));

  it(`hover names the right kind on >= ${FLOORS.hover} % of gold mentions`, async () => {
    let right = 0;
    const mentions = allMentions();
    for (const located of mentions) {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: located.uri }, position: middleOf(located) });
      const title = ((hover?.contents as MarkupContent | undefined)?.value ?? '').split('\n')[0];
      if (title.endsWith(`— ${located.mention.kind}`)) right++;
    }
    figures.hover = percent(right, mentions.length);
    assert.ok(figures.hover >= FLOORS.hover, `hover kind ${figures.hover} %`);
  });

  it(`references find the gold identities across documents (recall and precision >= ${FLOORS.referencesRecall} %)`, async () => {
    const named = allMentions().filter(located => located.mention.id);
    let expected = 0;
    let found = 0;
    let returned = 0;
    let correct = 0;
    for (const located of named) {
      const sameEntity = named.filter(other => other.mention.id === located.mention.id);
      const locations = (await client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: located.uri },
        position: middleOf(located),
        context: { includeDeclaration: true },
      })) ?? [];
      expected += sameEntity.length;
      found += sameEntity.filter(other => locations.some(location => location.uri === other.uri && overlaps(location.range, rangeOf(other)))).length;
      returned += locations.length;
      correct += locations.filter(location => sameEntity.some(other => location.uri === other.uri && overlaps(location.range, rangeOf(other)))).length;
    }
    figures.referencesRecall = percent(found, expected);
    figures.referencesPrecision = percent(correct, returned);
    assert.ok(figures.referencesRecall >= FLOORS.referencesRecall, `references recall ${figures.referencesRecall} %`);
    assert.ok(figures.referencesPrecision >= FLOORS.referencesPrecision, `references precision ${figures.referencesPrecision} %`);
  });

  it(`the outline lists >= ${FLOORS.outline} % of the distinct districts and organizations of each document`, async () => {
    let distinct = 0;
    let covered = 0;
    for (const golden of gold) {
      const uri = client.uri(golden.file);
      const symbols = ((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
      const ids = new Set(golden.entities.filter(mention => mention.id && GROUP_NAMES[mention.kind]).map(mention => mention.id!));
      for (const id of ids) {
        const mentions = golden.entities.filter(mention => mention.id === id).map(mention => ({ uri, mention }));
        const group = symbols.find(symbol => symbol.name === GROUP_NAMES[mentions[0].mention.kind]);
        distinct++;
        if (group?.children?.some(child => mentions.some(located => overlaps(child.selectionRange, rangeOf(located))))) covered++;
      }
    }
    figures.outline = percent(covered, distinct);
    assert.ok(figures.outline >= FLOORS.outline, `outline coverage ${figures.outline} %`);
  });

  it(`semantic tokens give >= ${FLOORS.semanticTokens} % of gold mentions the right kind`, async () => {
    let right = 0;
    let total = 0;
    for (const golden of gold) {
      const uri = client.uri(golden.file);
      const tokens = decodeSemanticTokens((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!.data);
      for (const mention of golden.entities) {
        total++;
        const range = rangeOf({ uri, mention });
        const matches = tokens.some(
          token =>
            LEGEND[token.type] === mention.kind &&
            overlaps({ start: { line: token.line, character: token.character }, end: { line: token.line, character: token.character + token.length } }, range),
        );
        if (matches) right++;
      }
    }
    figures.semanticTokens = percent(right, total);
    assert.ok(figures.semanticTokens >= FLOORS.semanticTokens, `semantic token kind ${figures.semanticTokens} %`);
  });
});
