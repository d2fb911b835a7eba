import * as assert from 'assert';
import { findDesignatedAreas } from './districtRules';
import { spans, testContext } from './testKnowledge';

describe('districtRules', () => {
	it('finds German designators in front of a district name', () => {
		const text = 'Der Stadtbezirk Minhang und der Bezirk Futian sowie das Neue Gebiet Pudong wachsen.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'de'))),
			['district:Bezirk Futian', 'district:Neue Gebiet Pudong', 'district:Stadtbezirk Minhang']);
	});

	it('ignores a designator before a common noun', () => {
		const text = 'Der Bezirk Wirtschaft und der Bezirk freut sich.';
		assert.deepStrictEqual(findDesignatedAreas(testContext(text, 'de')), []);
	});

	it('finds an English lowercase designator after a pinyin name', () => {
		const text = 'Investors in Haidian district and the business district.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text))), ['district:Haidian district']);
	});

	it('finds a district named by an appositive', () => {
		const text = 'Longhua, ein Bezirk von Shenzhen, und Pingshan, the newest district of the city. Shenzhen, a city with ten districts.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text))), ['district:Longhua', 'district:Pingshan']);
	});

	it('gives "Bezirks X" and "X District" one id', () => {
		const text = 'Die Kommission des Bezirks Minhang.';
		assert.deepStrictEqual(findDesignatedAreas(testContext(text, 'de')).map(c => c.id), ['district:minhang']);
	});
});
