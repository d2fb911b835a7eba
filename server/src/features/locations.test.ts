import * as assert from 'assert';
import { locationOf, mentionAtPosition } from './locations';
import { indexOf } from './testFixtures';

describe('locations', () => {
  const index = indexOf({ 'file:///ws/a.txt': 'The visit.\nThen Luohu\nDistrict and PwC.' });

  it('finds the mention at a position, across line breaks', () => {
    const found = mentionAtPosition(index, 'file:///ws/a.txt', { line: 2, character: 3 });
    assert.strictEqual(found?.mention.text, 'Luohu\nDistrict');
    assert.deepStrictEqual(locationOf(index, found!.mention), {
      uri: 'file:///ws/a.txt',
      range: { start: { line: 1, character: 5 }, end: { line: 2, character: 8 } },
    });
  });

  it('finds nothing between mentions or in unknown documents', () => {
    assert.strictEqual(mentionAtPosition(index, 'file:///ws/a.txt', { line: 0, character: 2 }), undefined);
    assert.strictEqual(mentionAtPosition(index, 'file:///ws/none.txt', { line: 0, character: 0 }), undefined);
  });
});
