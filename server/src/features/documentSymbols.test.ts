import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols } from './documentSymbols';
import { indexOf } from './testFixtures';

function range(line: number, start: number, endLine: number, end: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

describe('documentSymbols', () => {
  it('groups the entities of a document by kind, one child per entity with its mention count', () => {
    const index = indexOf({
      'file:///ws/a.txt': 'PwC in Luohu.\nBezirk Luohu, 7,000 jobs, Qianhai.\nOn May 15, 2025 über 7.000 visitors saw Luohu District.',
    });
    assert.deepStrictEqual(documentSymbols(index, 'file:///ws/a.txt'), [
      {
        name: 'Districts', detail: '2 districts', kind: SymbolKind.Namespace,
        range: range(0, 7, 2, 54), selectionRange: range(0, 7, 0, 12),
        children: [
          { name: 'Luohu District', detail: '3 mentions', kind: SymbolKind.Namespace, range: range(0, 7, 0, 12), selectionRange: range(0, 7, 0, 12) },
          { name: 'Qianhai', detail: '1 mention', kind: SymbolKind.Namespace, range: range(1, 26, 1, 33), selectionRange: range(1, 26, 1, 33) },
        ],
      },
      {
        name: 'Organizations', detail: '1 organization', kind: SymbolKind.Class,
        range: range(0, 0, 0, 3), selectionRange: range(0, 0, 0, 3),
        children: [{ name: 'PwC', detail: '1 mention', kind: SymbolKind.Class, range: range(0, 0, 0, 3), selectionRange: range(0, 0, 0, 3) }],
      },
      {
        name: 'Dates', detail: '1 date', kind: SymbolKind.Event,
        range: range(2, 3, 2, 15), selectionRange: range(2, 3, 2, 15),
        children: [{ name: '2025-05-15', detail: '1 mention', kind: SymbolKind.Event, range: range(2, 3, 2, 15), selectionRange: range(2, 3, 2, 15) }],
      },
      {
        name: 'Figures', detail: '1 figure', kind: SymbolKind.Number,
        range: range(1, 14, 2, 26), selectionRange: range(1, 14, 1, 19),
        children: [{ name: '7,000', detail: '2 mentions', kind: SymbolKind.Number, range: range(1, 14, 1, 19), selectionRange: range(1, 14, 1, 19) }],
      },
    ]);
  });

  it('is empty for a document without entities or not indexed', () => {
    assert.deepStrictEqual(documentSymbols(indexOf({ 'file:///ws/a.txt': 'Nothing.' }), 'file:///ws/a.txt'), []);
    assert.deepStrictEqual(documentSymbols(indexOf({}), 'file:///ws/a.txt'), []);
  });
});
