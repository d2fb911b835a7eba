import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver';
import { indexOf } from './testFixtures';
import { workspaceSymbols } from './workspaceSymbols';

describe('workspaceSymbols', () => {
  const index = indexOf({
    'file:///ws/b.txt': 'Bezirk Luohu, PwC, PwC.',
    'file:///ws/a.txt': 'Oakfield Robotics and Porto.\nLuohu District.',
  });
  const names = (query: string) => workspaceSymbols(index, query).map(symbol => symbol.name);

  it('finds an entity by any of its names, located at its first mention', () => {
    assert.deepStrictEqual(workspaceSymbols(index, 'pricewater'), [
      {
        name: 'PwC', kind: SymbolKind.Class, containerName: 'organization',
        location: { uri: 'file:///ws/b.txt', range: { start: { line: 0, character: 14 }, end: { line: 0, character: 17 } } },
      },
    ]);
    assert.deepStrictEqual(names('bezirk'), ['Luohu District']);
    assert.deepStrictEqual(workspaceSymbols(index, 'LUOHU')[0].location.uri, 'file:///ws/a.txt');
  });

  it('ranks exact, prefix, substring, then fuzzy matches', () => {
    assert.deepStrictEqual(names('porto'), ['Porto']);
    assert.deepStrictEqual(names('oak'), ['Oakfield Robotics']);
    assert.deepStrictEqual(names('ort'), ['Porto', 'Luohu District', 'Oakfield Robotics']);
    assert.deepStrictEqual(names('okrb'), ['Oakfield Robotics']);
    assert.deepStrictEqual(names('zzz'), []);
  });

  it('lists every entity for an empty query, most mentioned first', () => {
    assert.deepStrictEqual(names(''), ['Luohu District', 'PwC', 'Oakfield Robotics', 'Porto']);
  });
});
