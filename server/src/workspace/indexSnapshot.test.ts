import * as assert from 'assert';
import { dictionaryAnalyzer, fakeKnowledge, indexOf } from '../features/testFixtures';
import { WorkspaceIndex } from '../workspaceIndex';
import { mulberry32 } from './seededRandom';
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

  it('rejects a document whose lines are out of order or end before its mentions', () => {
    const taken = snapshot();
    const broken = (edit: (numbers: Int32Array) => void): IndexSnapshot => {
      const numbers = taken.documents[1].numbers.slice();
      edit(numbers);
      return { ...taken, documents: [taken.documents[0], { ...taken.documents[1], numbers }] };
    };
    // b.txt: one mention [0, 12), then one line: start 0, end 13.
    assert.deepStrictEqual(decodeSnapshot(encodeSnapshot(broken(numbers => (numbers[5] = -1)), 'build-1'), 'build-1'), { unusable: 'damaged (lines out of order in file:///ws/b.txt)' });
    assert.deepStrictEqual(decodeSnapshot(encodeSnapshot(broken(numbers => (numbers[5] = 5)), 'build-1'), 'build-1'), { unusable: 'damaged (a mention past the end of the text in file:///ws/b.txt)' });
  });

  it('never throws on a file with a byte changed, and what it accepts an index can take and answer from', () => {
    const bytes = encodeSnapshot(snapshot(), 'build-1');
    const random = mulberry32(20261122);
    for (let trial = 0; trial < 300; trial++) {
      const changed = Uint8Array.from(bytes);
      changed[Math.floor(random() * changed.length)] = Math.floor(random() * 256);
      const decoded = decodeSnapshot(changed, 'build-1');
      if ('unusable' in decoded) continue;
      const index = new WorkspaceIndex(dictionaryAnalyzer, fakeKnowledge);
      index.restore(decoded);
      for (const uri of index.uris()) for (let offset = 0; offset < 30; offset++) index.mentionAt(uri, offset);
      index.entities().forEach(entity => index.locations(entity.key));
    }
  });

  it('rejects a document whose mentions point outside the tables', () => {
    const taken = snapshot();
    const numbers = taken.documents[1].numbers.slice();
    numbers[2] = 99; // the shape number of its only mention
    const broken: IndexSnapshot = { ...taken, documents: [taken.documents[0], { ...taken.documents[1], numbers }] };
    assert.deepStrictEqual(decodeSnapshot(encodeSnapshot(broken, 'build-1'), 'build-1'), { unusable: 'damaged (a mention outside the tables in file:///ws/b.txt)' });
  });
});
