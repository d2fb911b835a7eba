import * as assert from 'assert';
import { encodedSemanticTokens, SEMANTIC_TOKENS_LEGEND, semanticTokenData, semanticTokens, semanticTokensEdits } from './semanticTokens';
import { indexOf } from './testFixtures';

/** Decodes the relative token encoding into absolute [line, character, length, type name]. */
function decode(data: number[]): [number, number, number, string][] {
  const tokens: [number, number, number, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    tokens.push([line, character, data[i + 2], SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]]]);
    assert.strictEqual(data[i + 4], 0);
  }
  return tokens;
}

describe('semanticTokens', () => {
  const index = indexOf({ 'file:///ws/a.txt': 'PwC and Luohu.\nOn May 15, 2025 Anna\r\nWeber saw 94 percent of Porto.' });

  it('has one token type per kind in legend order', () => {
    assert.deepStrictEqual(SEMANTIC_TOKENS_LEGEND, {
      tokenTypes: ['district', 'organization', 'date', 'figure', 'place', 'person'],
      tokenModifiers: [],
    });
  });

  it('encodes every mention, splitting one across a line break into a token per line', () => {
    assert.deepStrictEqual(decode(semanticTokens(index, 'file:///ws/a.txt').data), [
      [0, 0, 3, 'organization'],
      [0, 8, 5, 'district'],
      [1, 3, 12, 'date'],
      [1, 16, 4, 'person'],
      [2, 0, 5, 'person'],
      [2, 10, 10, 'figure'],
      [2, 24, 5, 'place'],
    ]);
  });

  it('limits a range request to the mentions touching the range', () => {
    const range = { start: { line: 1, character: 17 }, end: { line: 2, character: 12 } };
    assert.deepStrictEqual(decode(semanticTokens(index, 'file:///ws/a.txt', range).data), [
      [1, 16, 4, 'person'],
      [2, 0, 5, 'person'],
      [2, 10, 10, 'figure'],
    ]);
    assert.deepStrictEqual(semanticTokens(index, 'file:///ws/none.txt'), { data: [] });
  });

  it('encodes a full result as JSON.stringify does', () => {
    const data = semanticTokenData(index, 'file:///ws/a.txt');
    assert.strictEqual(encodedSemanticTokens('7', data).toString('utf8'), JSON.stringify({ resultId: '7', data: semanticTokens(index, 'file:///ws/a.txt').data }));
    const numbers = Int32Array.from([0, 9, 10, 99, 100, 123456789, 2147483647, -5, -2147483648]);
    assert.strictEqual(encodedSemanticTokens('x"y', numbers).toString('utf8'), JSON.stringify({ resultId: 'x"y', data: [...numbers] }));
  });

  it('computes the edit from a previous result to the current one', () => {
    const before = semanticTokens(indexOf({ 'file:///ws/a.txt': 'PwC and Luohu.\nPorto.\nAnna Weber.' }), 'file:///ws/a.txt').data;
    const after = semanticTokens(indexOf({ 'file:///ws/a.txt': 'PwC and Luohu.\nQianhai, Porto.\nAnna Weber.' }), 'file:///ws/a.txt').data;
    const edits = semanticTokensEdits(before, after);
    assert.deepStrictEqual(edits, [{ start: 10, deleteCount: 5, data: [1, 0, 7, 0, 0, 0, 9, 5, 4, 0] }]);
    const applied = [...before];
    applied.splice(edits[0].start, edits[0].deleteCount, ...edits[0].data!);
    assert.deepStrictEqual(applied, after);
    assert.deepStrictEqual(semanticTokensEdits(after, after), []);
  });
});
