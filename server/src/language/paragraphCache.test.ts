import * as assert from 'assert';
import { ParagraphCache } from './paragraphCache';

describe('ParagraphCache', () => {
	it('evicts the least recently used entry', () => {
		const cache = new ParagraphCache<number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		cache.get('a');
		cache.set('c', 3);
		assert.strictEqual(cache.get('b'), undefined);
		assert.strictEqual(cache.get('a'), 1);
		assert.strictEqual(cache.size, 2);
	});
});
