import * as assert from 'assert';
import { indexOf } from '../features/testFixtures';
import { decodeSnapshot, encodeSnapshot, IndexSnapshot } from './indexSnapshot';

describe('index snapshots', () => {
  const snapshot = (): IndexSnapshot => {
    const index = indexOf({ 'file:///ws/a.txt': 'Luohu and PwC.\nMay 15, 2025', 'file:///ws/b.txt': 'Bezirk Luohu.' });
    return index.diskSnapshot();
  };

  it('decodes what it encoded, with the same build only', () => {
    const taken = snapshot();
    assert.deepStrictEqual(decodeSnapshot(encodeSnapshot(taken, 'build-1'), 'build-1'), taken);
    assert.deepStrictEqual(decodeSnapshot(encodeSnapshot(taken, 'build-1'), 'build-2'), { unusable: 'made by another version of Entity Markup' });
  });

  it('holds each shape and surface form once, however many documents use it', () => {
    const { tables, documents } = snapshot();
    assert.deepStrictEqual(tables.surfaces, ['Luohu', 'PwC', 'May 15, 2025', 'Bezirk Luohu']);
    assert.deepStrictEqual(tables.shapeEntityKeys, ['district:luohu', 'organization:pwc', 'date:2025-05-15']);
    assert.deepStrictEqual(documents.map(document => [document.uri, document.mentionCount]), [['file:///ws/a.txt', 3], ['file:///ws/b.txt', 1]]);
  });

  it('tells other files and damaged ones apart, and never throws', () => {
    const bytes = encodeSnapshot(snapshot(), 'build-1');
    assert.deepStrictEqual(decodeSnapshot(new TextEncoder().encode('Luohu and PwC.'), 'build-1'), { unusable: 'not an Entity Markup index' });
    const truncated = decodeSnapshot(bytes.subarray(0, bytes.length - 40), 'build-1');
    assert.match((truncated as { unusable: string }).unusable, /^damaged \(/);
  });

  it('rejects a document whose mentions point outside the tables', () => {
    const taken = snapshot();
    const numbers = taken.documents[1].numbers.slice();
    numbers[2] = 99; // the shape number of its only mention
    const broken: IndexSnapshot = { ...taken, documents: [taken.documents[0], { ...taken.documents[1], numbers }] };
    assert.deepStrictEqual(decodeSnapshot(encodeSnapshot(broken, 'build-1'), 'build-1'), { unusable: 'damaged (a mention outside the tables in file:///ws/b.txt)' });
  });
});
