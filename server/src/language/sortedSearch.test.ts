import * as assert from 'assert';
import { partitionPoint } from './sortedSearch';

describe('partitionPoint', () => {
	it('finds the first item a test holds for in sorted items, or their length', () => {
		const starts = [0, 4, 4, 9, 15];
		assert.strictEqual(partitionPoint(starts, start => start >= 4), 1);
		assert.strictEqual(partitionPoint(starts, start => start > 4), 3);
		assert.strictEqual(partitionPoint(starts, start => start >= 0), 0);
		assert.strictEqual(partitionPoint(starts, start => start > 15), 5);
		assert.strictEqual(partitionPoint([], () => true), 0);
	});
});
