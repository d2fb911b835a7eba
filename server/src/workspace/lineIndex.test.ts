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
});
