import * as assert from 'assert';
import { findDesignatedAreas, lowercaseDesignatorAt } from './districtRules';
import { spans, testContext } from './testKnowledge';

describe('districtRules', () => {
	it('finds German designators in front of a district name', () => {
		const text = 'Der Stadtbezirk Minhang und der Bezirk Futian sowie das Neue Gebiet Pudong wachsen.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'de'))),
			['district:Bezirk Futian', 'district:Neue Gebiet Pudong', 'district:Stadtbezirk Minhang']);
	});

	it('takes compounds of "Bezirk" and "Region" for designators, and no district from a city in the genitive', () => {
		const text = 'Der Innenstadtbezirk Dongcheng, der zentrale Stadtbezirk Shenzhens und die Region Schwaben.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'de'))),
			['district:Innenstadtbezirk Dongcheng', 'place:Region Schwaben']);
	});

	it('takes "Stadt" for the designator of a city that a text locates, not of a city that acts', () => {
		const text = 'Im Bezirk Futian der Stadt Köln und in der Stadt Hamburg; die Stadt Frankfurt und Gespräche mit der Stadt Heidelberg.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'de'))),
			['district:Bezirk Futian', 'place:Stadt Hamburg', 'place:Stadt Köln']);
	});

	it('reads an unknown single word where an English text names a seat as a place', () => {
		const text = 'It has a plant in Crolles, an office in Bernin Labs, a lab in Building 3, a lab in English and a site in Suite 400.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'en'))).filter(span => span.startsWith('place')), ['place:Crolles']);
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

	it('takes any name after a designator of areas below a city, and a known one after a compound in "-zone"', () => {
		const text = 'Im Stadtteil Vorsfelde, in der Großgemeinde Lecong, im Stadtteil Wirtschaft und in der Wirtschafts- und Technologieentwicklungszone Wuhan.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'de'))),
			['district:Großgemeinde Lecong', 'district:Stadtteil Vorsfelde', 'district:Wirtschafts- und Technologieentwicklungszone Wuhan']);
		assert.deepStrictEqual(findDesignatedAreas(testContext('im Stadtteil Vorsfelde', 'de')).map(c => c.id), ['district:vorsfelde']);
	});

	it('keeps a zone\'s adjectives in its name', () => {
		const text = 'Ein Werk in der Nationalen Hightech-Zone Wuhan und im Deutsch-Chinesischen Industriepark Shenzhen.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'de'))),
			['district:Deutsch-Chinesischen Industriepark Shenzhen', 'district:Nationalen Hightech-Zone Wuhan']);
	});

	it('reads an unknown word joined to a city as a quarter of it, and a district joined to a zone as the zone', () => {
		const text = 'Eine Firma aus Kiel-Wellingdorf, aus Kiel-Futian, aus Kiel-Ost-West und die Kiel-Werke GmbH; ein Lager in der Futian-Wirtschaftsentwicklungszone.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text, 'de'))),
			['district:Futian-Wirtschaftsentwicklungszone', 'district:Wellingdorf']);
	});

	it('reads a pinyin name before "Town" as a town, and a province before a new area as part of its name', () => {
		const text = 'A centre in Shiling Town, not in Boston Town or Huadu Shiling Town. Sichuan Tianfu New Area and Sichuan Tianfu.';
		assert.deepStrictEqual(spans(text, findDesignatedAreas(testContext(text))), ['district:Shiling Town', 'district:Sichuan Tianfu New Area']);
		assert.deepStrictEqual(findDesignatedAreas(testContext('in Shiling Town')).map(c => c.id), ['district:shiling']);
	});

	it('reads an English lowercase designator only as a whole word', () => {
		assert.strictEqual(lowercaseDesignatorAt('Haidian district.', 7), ' district'.length);
		assert.strictEqual(lowercaseDesignatorAt('Pudong new area', 6), ' new area'.length);
		assert.strictEqual(lowercaseDesignatorAt('Pudong new areas', 6), 0);
		assert.strictEqual(lowercaseDesignatorAt('Luohu districts', 5), 0);
		assert.strictEqual(lowercaseDesignatorAt('Luohu county', 5), ' county'.length);
	});
});
