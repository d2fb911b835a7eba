import * as assert from 'assert';
import { dictionaryAnalyzer, fakeKnowledge, indexOf } from '../features/testFixtures';
import { WorkspaceIndex } from '../workspaceIndex';
import { mulberry32 } from './seededRandom';
import { decodeSnapshot, encodeSnapshot, IndexSnapshot } from './indexSnapshot';

/** The bytes of the file encodeSnapshot's parts make. */
const encoded = (snapshot: IndexSnapshot, fingerprint: string): Uint8Array => Buffer.concat(encodeSnapshot(snapshot, fingerprint));

describe('index snapshots', () => {
  const snapshot = (): IndexSnapshot => {
    const index = indexOf({ 'file:///ws/a.txt': 'Luohu and PwC.\nMay 15, 2025', 'file:///ws/b.txt': 'Bezirk Luohu.' });
    return index.diskSnapshot();
  };

  it('decodes what it encoded, with the same build only', () => {
    const taken = snapshot();
    assert.deepStrictEqual(decodeSnapshot(encoded(taken, 'build-1'), 'build-1'), taken);
    assert.deepStrictEqual(decodeSnapshot(encoded(taken, 'build-1'), 'build-2'), { unusable: 'made by another version of Entity Markup' });
  });

  it('holds each shape and surface form once, however many documents use it', () => {
    const { tables, documents } = snapshot();
    assert.deepStrictEqual(tables.surfaces, ['Luohu', 'PwC', 'May 15, 2025', 'Bezirk Luohu']);
    assert.deepStrictEqual(tables.shapeEntityKeys, ['district:luohu', 'organization:pwc', 'date:2025-05-15']);
    assert.deepStrictEqual(documents.map(document => [document.uri, document.mentionCount]), [['file:///ws/a.txt', 3], ['file:///ws/b.txt', 1]]);
  });

  it('tells other files and damaged ones apart, and never throws', () => {
    const bytes = encoded(snapshot(), 'build-1');
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
    assert.deepStrictEqual(decodeSnapshot(encoded(broken(numbers => (numbers[5] = -1)), 'build-1'), 'build-1'), { unusable: 'damaged (lines out of order in file:///ws/b.txt)' });
    assert.deepStrictEqual(decodeSnapshot(encoded(broken(numbers => (numbers[5] = 5)), 'build-1'), 'build-1'), { unusable: 'damaged (a mention past the end of the text in file:///ws/b.txt)' });
  });

  it('rejects every file with a byte changed, by its checksum', () => {
    const bytes = encoded(snapshot(), 'build-1');
    const random = mulberry32(20261122);
    for (let trial = 0; trial < 300; trial++) {
      const changed = Uint8Array.from(bytes);
      const at = Math.floor(random() * changed.length);
      changed[at] = (changed[at] + 1 + Math.floor(random() * 255)) % 256;
      assert.ok('unusable' in decodeSnapshot(changed, 'build-1'), `byte ${at}`);
    }
  });

  it('rejects a file written to look right: holes, foreign fields, shared numbers, sparse tables', () => {
    const taken = snapshot();
    const problem = (changed: unknown) => (decodeSnapshot(encoded(changed as IndexSnapshot, 'build-1'), 'build-1') as { unusable?: string }).unusable;
    const holes = [...taken.tables.shapes];
    delete holes[1];
    assert.strictEqual(problem({ ...taken, tables: { ...taken.tables, shapes: holes } }), 'damaged (a shape that is not one)');
    const withText = taken.tables.shapes.map(shape => ({ ...shape, text: 7 }));
    assert.strictEqual(problem({ ...taken, tables: { ...taken.tables, shapes: withText } }), 'damaged (a shape that is not one)');
    const shared = [taken.documents[0], { ...taken.documents[0], uri: 'file:///ws/c.txt' }];
    assert.strictEqual(problem({ ...taken, documents: shared }), 'damaged (documents sharing their numbers)');
    const sparse: string[] = [];
    sparse.length = 1e8;
    assert.strictEqual(problem({ ...taken, tables: { ...taken.tables, surfaces: sparse } }), 'damaged (tables longer than the file)');
  });

  it('rejects a document whose mentions point outside the tables', () => {
    const taken = snapshot();
    const numbers = taken.documents[1].numbers.slice();
    numbers[2] = 99; // the shape number of its only mention
    const broken: IndexSnapshot = { ...taken, documents: [taken.documents[0], { ...taken.documents[1], numbers }] };
    assert.deepStrictEqual(decodeSnapshot(encoded(broken, 'build-1'), 'build-1'), { unusable: 'damaged (a mention outside the tables in file:///ws/b.txt)' });
  });
});
