import * as assert from 'assert';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { documentHighlights } from './documentHighlights';
import { indexOf } from './testFixtures';

describe('documentHighlights', () => {
  it('highlights the mentions of the entity in the current document only', () => {
    const index = indexOf({
      'file:///ws/a.txt': 'Luohu and PwC.\nLuohu District again.',
      'file:///ws/b.txt': 'Luohu elsewhere.',
    });
    assert.deepStrictEqual(documentHighlights(index, 'file:///ws/a.txt', { line: 1, character: 2 }), [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, kind: DocumentHighlightKind.Text },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } }, kind: DocumentHighlightKind.Text },
    ]);
    assert.deepStrictEqual(documentHighlights(index, 'file:///ws/a.txt', { line: 0, character: 7 }), []);
  });
});
