import * as assert from 'assert';
import { dictionaryAnalyzer } from '../features/testFixtures';
import { compactAnalysis, entityKey, lineBounds } from './compactAnalysis';

describe('compactAnalysis', () => {
  it('keeps each distinct shape and surface form once, with an index per mention', () => {
    const text = 'Luohu and PwC.\nLuohu District, Luohu, PwC, 7,000 jobs.';
    const compact = compactAnalysis(text, dictionaryAnalyzer(text));
    assert.deepStrictEqual([...compact.starts], [0, 10, 15, 31, 38, 43]);
    assert.deepStrictEqual([...compact.ends], [5, 13, 29, 36, 41, 48]);
    assert.deepStrictEqual(compact.shapes, [
      { kind: 'district', id: 'district:luohu' },
      { kind: 'organization', id: 'organization:pwc' },
      { kind: 'figure', value: 7000, unit: 'count' },
    ]);
    assert.deepStrictEqual(compact.shapeEntityKeys, ['district:luohu', 'organization:pwc', 'figure:7,000']);
    assert.deepStrictEqual([...compact.shapeIds], [0, 1, 0, 0, 1, 2]);
    assert.deepStrictEqual(compact.surfaces, ['Luohu', 'PwC', 'Luohu District', '7,000']);
    assert.deepStrictEqual([...compact.surfaceIds], [0, 1, 2, 0, 1, 3]);
    assert.deepStrictEqual([...compact.lineStarts], [0, 15]);
  });

  it('keys mentions without id or value by their text', () => {
    assert.strictEqual(entityKey({ start: 0, end: 12, text: 'Blue\n  Harbor', kind: 'organization' }), 'organization:blue harbor');
  });

  it('finds line bounds for \\n, \\r\\n and \\r breaks', () => {
    const crlf = lineBounds('ab\r\ncd\re\n');
    assert.deepStrictEqual([[...crlf.starts], [...crlf.ends]], [[0, 4, 7, 9], [2, 6, 8, 9]]);
    const lf = lineBounds('ab\n\ncd');
    assert.deepStrictEqual([[...lf.starts], [...lf.ends]], [[0, 3, 4], [2, 3, 6]]);
  });
});
