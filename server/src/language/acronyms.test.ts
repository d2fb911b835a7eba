import * as assert from 'assert';
import { definedAcronyms } from './acronyms';

describe('acronyms', () => {
	it('defines an acronym after an organization, not after other mentions', () => {
		const text = 'Hamburg Port Authority (HPA) and artificial intelligence (AI)';
		const mentions = [{ start: 0, end: 22, kind: 'organization' as const, id: 'organization:hamburg-port-authority', priority: 1 }];
		const { candidates, definitions } = definedAcronyms(text, mentions, text.length);
		assert.deepStrictEqual(candidates.map(c => text.slice(c.start, c.end)), ['HPA']);
		assert.deepStrictEqual(definitions, [{ acronym: 'HPA', kind: 'organization', id: 'organization:hamburg-port-authority' }]);
	});
});
