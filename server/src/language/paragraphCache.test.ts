import * as assert from 'assert';
import { ParagraphCache } from './paragraphCache';

describe('ParagraphCache', () => {
	it('evicts the least recently used entries beyond its capacity in characters', () => {
		const cache = new ParagraphCache<number>(6);
		cache.set('aa', 1);
		cache.set('bb', 2);
		cache.get('aa');
		cache.set('ccc', 3);
		assert.strictEqual(cache.get('bb'), undefined);
		assert.strictEqual(cache.get('aa'), 1);
		assert.strictEqual(cache.get('ccc'), 3);
		assert.strictEqual(cache.length, 5);
	});

	it('keeps an entry larger than the capacity until the next one', () => {
		const cache = new ParagraphCache<number>(2);
		cache.set('long key', 1);
		assert.strictEqual(cache.get('long key'), 1);
		cache.set('x', 2);
		assert.strictEqual(cache.get('long key'), undefined);
	});
});
