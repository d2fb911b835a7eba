import * as assert from 'assert';
import { LocationJsonWriter } from './locationJson';

describe('LocationJsonWriter', () => {
  it('writes what JSON.stringify writes for the same locations', () => {
    const locations = [
      { uri: 'file:///ws/a.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } } },
      { uri: 'file:///ws/a.txt', range: { start: { line: 12, character: 7 }, end: { line: 13, character: 2 } } },
      { uri: 'file:///ws/Bezirk%20L%C3%BCohu "x".txt', range: { start: { line: 123456, character: 9 }, end: { line: 123456, character: 10 } } },
    ];
    const writer = new LocationJsonWriter(1);
    for (const { uri, range: { start, end } } of locations) writer.add(uri, start.line, start.character, end.line, end.character);
    assert.strictEqual(writer.finish().toString('utf8'), JSON.stringify(locations));
  });

  it('writes an empty array when there is nothing to write', () => {
    assert.strictEqual(new LocationJsonWriter().finish().toString('utf8'), '[]');
  });

  it('grows past its first estimate', () => {
    const writer = new LocationJsonWriter(1);
    const expected = [];
    for (let i = 0; i < 100; i++) {
      writer.add(`file:///ws/${i}.txt`, i, i * 3, i + 1, 0);
      expected.push({ uri: `file:///ws/${i}.txt`, range: { start: { line: i, character: i * 3 }, end: { line: i + 1, character: 0 } } });
    }
    assert.strictEqual(writer.finish().toString('utf8'), JSON.stringify(expected));
  });
});
