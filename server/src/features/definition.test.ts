import * as assert from 'assert';
import { definition } from './definition';
import { indexOf } from './testFixtures';

describe('definition', () => {
  const index = indexOf({
    'file:///ws/b.txt': 'Bezirk Luohu und PwC.',
    'file:///ws/a.txt': 'Intro.\nThen Luohu, Luohu District.',
  });

  it('goes to the first mention in the corpus: first document by URI, then first offset', () => {
    assert.deepStrictEqual(definition(index, 'file:///ws/b.txt', { line: 0, character: 8 }), {
      uri: 'file:///ws/a.txt',
      range: { start: { line: 1, character: 5 }, end: { line: 1, character: 10 } },
    });
  });

  it('is the mention itself for an entity first mentioned there, and null off a mention', () => {
    assert.deepStrictEqual(definition(index, 'file:///ws/b.txt', { line: 0, character: 18 }), {
      uri: 'file:///ws/b.txt',
      range: { start: { line: 0, character: 17 }, end: { line: 0, character: 20 } },
    });
    assert.strictEqual(definition(index, 'file:///ws/a.txt', { line: 0, character: 1 }), null);
  });
});
