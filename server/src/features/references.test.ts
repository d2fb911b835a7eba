import * as assert from 'assert';
import { encodedReferences, references } from './references';
import { indexOf, withCursor } from './testFixtures';

describe('references', () => {
  const { text, offset } = withCursor('PwC advises |Luohu.\nBezirk Luohu grows.');
  const index = indexOf({
    'file:///ws/b.txt': text,
    'file:///ws/a.txt': 'Luohu District meets PricewaterhouseCoopers.',
    'file:///ws/c.txt': 'Nothing here.',
  });
  const cursor = index.document('file:///ws/b.txt')!.lines.positionAt(offset);

  it('finds every mention of the same entity in every document, in document order', () => {
    assert.deepStrictEqual(references(index, 'file:///ws/b.txt', cursor, true), [
      { uri: 'file:///ws/a.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } } },
      { uri: 'file:///ws/b.txt', range: { start: { line: 0, character: 12 }, end: { line: 0, character: 17 } } },
      { uri: 'file:///ws/b.txt', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } } },
    ]);
  });

  it('leaves out the declaration (the first mention) when asked to', () => {
    assert.deepStrictEqual(references(index, 'file:///ws/b.txt', cursor, false).map(location => location.range.start), [
      { line: 0, character: 12 },
      { line: 1, character: 0 },
    ]);
  });

  it('links names the recognizer gave one id, and finds nothing off a mention', () => {
    assert.deepStrictEqual(references(index, 'file:///ws/b.txt', { line: 0, character: 1 }, true).map(location => location.uri), ['file:///ws/a.txt', 'file:///ws/b.txt']);
    assert.deepStrictEqual(references(index, 'file:///ws/c.txt', { line: 0, character: 1 }, true), []);
  });
});

describe('encodedReferences', () => {
  const { text, offset } = withCursor('PwC advises |Luohu.');
  const index = indexOf({ 'file:///ws/b.txt': text, 'file:///ws/a.txt': 'Luohu District meets PwC.' });
  const cursor = index.document('file:///ws/b.txt')!.lines.positionAt(offset);

  it('encodes exactly the references with the declaration', () => {
    const encoded = encodedReferences(index, 'file:///ws/b.txt', cursor);
    assert.strictEqual(Buffer.from(encoded.utf8).toString('utf8'), JSON.stringify(references(index, 'file:///ws/b.txt', cursor, true)));
    assert.deepStrictEqual(encoded.toJSON(), references(index, 'file:///ws/b.txt', cursor, true));
  });

  it('encodes an empty array off a mention', () => {
    assert.strictEqual(Buffer.from(encodedReferences(index, 'file:///ws/a.txt', { line: 0, character: 16 }).utf8).toString('utf8'), '[]');
  });
});
