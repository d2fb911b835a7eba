import * as assert from 'assert';
import { countLanguageEvidence, detectLanguage, paragraphLanguage } from './languageDetector';

describe('languageDetector', () => {
	it('tells English from German by function words', () => {
		assert.strictEqual(detectLanguage('The delegation from Minhang visited Bosch in Stuttgart and met the mayor.'), 'en');
		assert.strictEqual(detectLanguage('Die Delegation aus Minhang besuchte Bosch in Stuttgart und traf den Bürgermeister.'), 'de');
	});

	it('gives a paragraph its own language only when it clearly differs', () => {
		const text = 'Die Stadt und der Bezirk haben mit den Unternehmen eine Vereinbarung über die Zusammenarbeit auf dem Gebiet der Forschung unterzeichnet. '
			+ 'Sie wollen in den kommenden Jahren gemeinsam neue Projekte entwickeln, die sich mit der Digitalisierung der Industrie und der Ausbildung von Fachkräften befassen, '
			+ 'und dafür auch Mittel aus dem Haushalt des Landes beantragen.';
		assert.strictEqual(paragraphLanguage(text, 0, text.length, 'en'), 'de');
		assert.strictEqual(paragraphLanguage('Köln, 3. Mai', 0, 12, 'en'), 'en');
		assert.strictEqual(paragraphLanguage(text, 0, 120, 'en'), 'en');
	});

	it('counts function words as written or, when capitalized, lowercased, and half a point per umlaut', () => {
		assert.deepStrictEqual(countLanguageEvidence('Der DER dEr über Über the The THE tHe werden theme'), { english: 3, german: 4.5 });
		assert.deepStrictEqual(countLanguageEvidence('the end', 0, 2), { english: 0, german: 0 });
		assert.deepStrictEqual(countLanguageEvidence('these', 0, 3), { english: 1, german: 0 });
	});
});

