import * as assert from 'assert';
import { testContext } from './testKnowledge';

describe('ParagraphContext', () => {
	it('indexes tokens and knowledge-base names by offset', () => {
		const context = testContext('Bosch opened an office in Hamburg.');
		assert.strictEqual(context.tokenIndexAt(6), 1);
		assert.strictEqual(context.tokenIndexAt(7), -1);
		assert.strictEqual(context.tokenIndexFrom(7), 2);
		assert.strictEqual(context.tokenIndexEndingAt(12), 1);
		assert.strictEqual(context.tokenIndexEndingAt(11), -1);
		assert.strictEqual(context.tokenIndexEndingAt(0), -1);
		assert.strictEqual(context.nameAt(26)?.entry.id, 'place:hamburg');
		assert.strictEqual(context.nameCovering(0, 0)?.entry.id, 'organization:bosch');
		assert.strictEqual(context.nameCovering(0, 1), undefined);
	});
});
