import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from './lineIndex';

describe('LineIndex', () => {
  it('agrees with TextDocument on every offset, for \\n, \\r\\n and \\r line breaks', () => {
    const text = 'Luohu\nBezirk\r\nPwC\rShenzhen 😀 end\n';
    const lines = new LineIndex(text);
    const document = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a \r\n pair
      assert.deepStrictEqual(lines.positionAt(offset), document.positionAt(offset), `offset ${offset}`);
      assert.deepStrictEqual(lines.positionAfter(offset, 0), document.positionAt(offset), `offset ${offset} from line 0`);
      assert.strictEqual(lines.offsetAt(document.positionAt(offset)), offset);
    }
    assert.strictEqual(lines.lineCount, document.lineCount);
  });

  it('knows where each line ends before its break', () => {
    const lines = new LineIndex('ab\r\ncd\n');
    assert.deepStrictEqual([lines.lineEnd(0), lines.lineEnd(1), lines.lineEnd(2)], [2, 6, 7]);
    assert.deepStrictEqual(lines.offsetAt({ line: 0, character: 99 }), 2);
  });

  it('knows up to which offset two texts put every offset at the same position', () => {
    const texts = ['ab\ncd', 'ab\ncd\nef', 'ab\ncxd', 'ab\r\ncd', 'abx\ncd', 'ab\ncd\n', '', 'ab'];
    for (const a of texts) {
      for (const b of texts) {
        const [linesA, linesB] = [new LineIndex(a), new LineIndex(b)];
        const bound = linesA.samePositionsBefore(linesB);
        for (let offset = 0; offset < Math.min(bound, Math.max(a.length, b.length) + 2); offset++) {
          assert.deepStrictEqual(linesA.positionAt(offset), linesB.positionAt(offset), `${JSON.stringify(a)} / ${JSON.stringify(b)} at ${offset}`);
        }
      }
    }
    assert.strictEqual(new LineIndex('ab\ncd').samePositionsBefore(new LineIndex('ab\ncd')), Infinity);
    assert.strictEqual(new LineIndex('ab\ncd').samePositionsBefore(new LineIndex('ab\ncxd')), 3);
  });
});
