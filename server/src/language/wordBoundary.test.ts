import * as assert from 'assert';
import { isSentenceStart, isWordChar, wordAfter, wordBefore } from './wordBoundary';

describe('wordBoundary', () => {
  it('counts German letters as word characters', () => {
    assert.ok(isWordChar('ü'));
    assert.ok(isWordChar('ß'));
    assert.ok(!isWordChar('-'));
    assert.ok(!isWordChar(undefined));
  });

  it('finds the neighbouring words across spaces', () => {
    const text = 'seit  März 2024';
    assert.strictEqual(wordBefore(text, text.indexOf('März')), 'seit');
    assert.strictEqual(wordAfter(text, 'seit'.length), 'März');
    assert.strictEqual(wordBefore(text, 0), '');
  });

  it('knows sentence starts', () => {
    const text = 'Ende. Neun Firmen und „Zehn" andere';
    assert.ok(isSentenceStart(text, 0));
    assert.ok(isSentenceStart(text, text.indexOf('Neun')));
    assert.ok(!isSentenceStart(text, text.indexOf('Zehn')));
  });
});
