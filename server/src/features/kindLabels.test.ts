import * as assert from 'assert';
import { ENTITY_KINDS } from '../language/types';
import { KIND_LABELS, plural, SYMBOL_KINDS } from './kindLabels';

describe('kindLabels', () => {
  it('names every kind and gives each its own symbol kind', () => {
    assert.deepStrictEqual(ENTITY_KINDS.map(kind => KIND_LABELS[kind].many), ['Districts', 'Organizations', 'Dates', 'Figures', 'Places', 'Persons']);
    assert.strictEqual(new Set(ENTITY_KINDS.map(kind => SYMBOL_KINDS[kind])).size, ENTITY_KINDS.length);
  });

  it('counts in the singular and plural', () => {
    assert.deepStrictEqual([plural(0, 'mention'), plural(1, 'mention'), plural(2, 'document')], ['0 mentions', '1 mention', '2 documents']);
  });
});
