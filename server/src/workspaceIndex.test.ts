import * as assert from 'assert';
import { DICTIONARY, dictionaryAnalyzer, fakeKnowledge, indexOf } from './features/testFixtures';
import { DocumentSource, WorkspaceIndex } from './workspaceIndex';
import { mulberry32 } from './workspace/seededRandom';

describe('WorkspaceIndex', () => {
  it('names an entity by its knowledge-base name and lists every other form as an alias', () => {
    const index = indexOf({
      'file:///ws/b.txt': 'Bezirk Luohu und Luohu.',
      'file:///ws/a.txt': 'Luohu and PwC.',
    });
    const luohu = index.entity('district:luohu')!;
    assert.strictEqual(luohu.name, 'Luohu District');
    assert.deepStrictEqual(luohu.aliases, ['Bezirk Luohu', 'Luohu', '罗湖区']);
    assert.deepStrictEqual([luohu.mentionCount, luohu.documentCount], [3, 2]);
    assert.deepStrictEqual([luohu.first.uri, luohu.first.start], ['file:///ws/a.txt', 0]);
  });

  it('names an unknown entity by its most frequent surface form, ties in document order', () => {
    const index = indexOf({ 'file:///ws/a.txt': 'Oakfield Robotics, Oakfield, Oakfield.', 'file:///ws/b.txt': 'Porto.' });
    assert.strictEqual(index.entity('organization:oakfield-robotics')!.name, 'Oakfield');
    assert.deepStrictEqual(index.entity('organization:oakfield-robotics')!.aliases, ['Oakfield Robotics']);
    assert.strictEqual(index.entity('place:porto')!.name, 'Porto');
  });

  it('groups dates and figures by value', () => {
    const index = indexOf({ 'file:///ws/a.txt': 'May 15, 2025: 7,000 visitors.', 'file:///ws/b.txt': 'Am 15. Mai 2025 über 7.000 Besucher.' });
    assert.deepStrictEqual(index.mentions('date:2025-05-15').map(m => m.text), ['May 15, 2025', '15. Mai 2025']);
    assert.deepStrictEqual(index.mentions('figure:7,000').map(m => m.text), ['7,000', 'über 7.000']);
    assert.strictEqual(index.entity('figure:7,000')!.name, '7,000');
  });

  it('finds the mention under the cursor, also right after its end', () => {
    const index = indexOf({ 'file:///ws/a.txt': 'Luohu and PwC' });
    assert.strictEqual(index.mentionAt('file:///ws/a.txt', 0)?.text, 'Luohu');
    assert.strictEqual(index.mentionAt('file:///ws/a.txt', 5)?.text, 'Luohu');
    assert.strictEqual(index.mentionAt('file:///ws/a.txt', 7), undefined);
    assert.strictEqual(index.mentionAt('file:///ws/a.txt', 12)?.text, 'PwC');
    assert.strictEqual(index.mentionAt('file:///ws/b.txt', 0), undefined);
  });

  it('analyses a document once per source', () => {
    let analysed = 0;
    const index = new WorkspaceIndex(text => (analysed++, dictionaryAnalyzer(text)), fakeKnowledge);
    index.update('file:///ws/a.txt', { kind: 'open', version: 1 }, 'Luohu');
    index.update('file:///ws/a.txt', { kind: 'open', version: 1 }, 'Luohu');
    assert.ok(index.isCurrent('file:///ws/a.txt', { kind: 'open', version: 1 }));
    assert.ok(!index.isCurrent('file:///ws/a.txt', { kind: 'disk', stamp: { mtime: 1, size: 5 } }));
    index.update('file:///ws/a.txt', { kind: 'open', version: 2 }, 'PwC');
    assert.strictEqual(analysed, 2);
    assert.deepStrictEqual(index.mentions('district:luohu'), []);
    assert.strictEqual(index.entity('district:luohu'), undefined);
  });

  it('after any sequence of edits, creations and deletions equals the index built from scratch', () => {
    const random = mulberry32(20250515);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const words = [...Object.keys(DICTIONARY), 'the', 'und', 'delegation', 'visited', '\n', '\n\n'];
    const randomText = () => Array.from({ length: Math.floor(random() * 12) }, () => pick(words)).join(' ');
    const uris = Array.from({ length: 8 }, (_, i) => `file:///ws/${String.fromCharCode(104 - i)}.txt`);

    // Keeps the encoded references of every entity, within a budget small enough to evict some.
    const incremental = new WorkspaceIndex(dictionaryAnalyzer, fakeKnowledge, { keptLocationsMinMentions: 1, keptLocationsBytes: 2000 });
    const state = new Map<string, { source: DocumentSource; text: string }>();
    let clock = 0;
    for (let step = 0; step < 600; step++) {
      const uri = pick(uris);
      const operation = random();
      if (operation < 0.2) {
        incremental.remove(uri);
        state.delete(uri);
      } else {
        // Half the time an edit of the text before, so that most mentions stay, moved.
        const before = state.get(uri)?.text;
        const at = Math.floor(random() * ((before?.length ?? 0) + 1));
        const text = before !== undefined && random() < 0.5 ? `${before.slice(0, at)}${pick(words)} ${before.slice(at)}` : randomText();
        const source: DocumentSource = operation < 0.6
          ? { kind: 'open', version: ++clock }
          : { kind: 'disk', stamp: { mtime: ++clock, size: text.length } };
        incremental.update(uri, source, text);
        state.set(uri, { source, text });
      }
      // Summaries and encoded references are kept, so reading them between steps checks that updates invalidate them.
      if (step % 7 === 0) incremental.entities().forEach(entity => incremental.locationsJson(entity.key));
      if (step % 50 === 49) {
        const fromScratch = new WorkspaceIndex(dictionaryAnalyzer, fakeKnowledge);
        for (const [stateUri, { source, text }] of [...state].reverse()) fromScratch.update(stateUri, source, text);
        assert.deepStrictEqual(snapshot(incremental), snapshot(fromScratch), `after step ${step}`);
        // Restoring its disk documents and opening the open ones again gives the same index too.
        const restored = new WorkspaceIndex(dictionaryAnalyzer, fakeKnowledge);
        for (const [stateUri, { source, text }] of state) if (source.kind === 'open') restored.update(stateUri, source, text);
        restored.restore(incremental.diskSnapshot());
        assert.deepStrictEqual(snapshot(restored), snapshot(fromScratch), `restored after step ${step}`);
      }
    }
  });

  it('restores documents from a snapshot without analysing them, and leaves the ones it holds already', () => {
    const taken = indexOf({ 'file:///ws/a.txt': 'Luohu and PwC.', 'file:///ws/b.txt': 'Bezirk Luohu.' }).diskSnapshot();
    let analysed = 0;
    const index = new WorkspaceIndex(text => (analysed++, dictionaryAnalyzer(text)), fakeKnowledge);
    index.update('file:///ws/b.txt', { kind: 'open', version: 1 }, 'PwC.');
    const revision = index.revision;
    assert.strictEqual(index.restore(taken), 1);
    assert.strictEqual(analysed, 1);
    assert.ok(index.revision > revision);
    assert.ok(index.isCurrent('file:///ws/a.txt', { kind: 'disk', stamp: { mtime: 1, size: 14 } }));
    assert.deepStrictEqual(index.mentions('organization:pwc').map(m => [m.uri, m.start]), [['file:///ws/a.txt', 10], ['file:///ws/b.txt', 0]]);
    assert.deepStrictEqual(index.mentions('district:luohu').map(m => [m.uri, m.start]), [['file:///ws/a.txt', 0]]);
    assert.deepStrictEqual(index.diskSnapshot().documents.map(document => document.uri), ['file:///ws/a.txt']);
    // Edits of open documents leave the disk documents, and so the revision, as they were.
    const afterRestore = index.revision;
    index.update('file:///ws/b.txt', { kind: 'open', version: 2 }, 'PwC and Luohu.');
    assert.strictEqual(index.revision, afterRestore);
  });
});

function snapshot(index: WorkspaceIndex) {
  return {
    uris: index.uris(),
    counts: [index.documentCount, index.entityCount],
    entities: index.entities().map(entity => ({
      ...entity, mentions: index.mentions(entity.key), locationsJson: index.locationsJson(entity.key).toString('utf8'),
    })),
  };
}
