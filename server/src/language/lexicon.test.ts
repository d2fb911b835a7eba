import * as assert from 'assert';
import { Word, germanOrganizationSuffix, isPersonRole, mayBeContextCue, wordClass, wordClassIn } from './lexicon';

describe('lexicon', () => {
	it('finds German organization heads at the end of compounds', () => {
		assert.strictEqual(germanOrganizationSuffix('Außenhandelskammer'), 'kammer'.length);
		assert.strictEqual(germanOrganizationSuffix('Forschungszentrums'), 'zentrums'.length);
		assert.strictEqual(germanOrganizationSuffix('Börse'), 'börse'.length);
		assert.strictEqual(germanOrganizationSuffix('Zusammenarbeit'), 0);
		assert.strictEqual(germanOrganizationSuffix('HANDELSKAMMER'), 'kammer'.length);
		assert.strictEqual(germanOrganizationSuffix('Bank'), 'bank'.length);
		assert.strictEqual(germanOrganizationSuffix('amt'), 'amt'.length);
		// Courts, clinics, utilities and labs: "Amtsgericht Regensburg", "Universitätsklinikum Erlangen", "Stadtwerke Osnabrück".
		assert.strictEqual(germanOrganizationSuffix('Amtsgericht'), 'gericht'.length);
		assert.strictEqual(germanOrganizationSuffix('Universitätsklinikum'), 'klinikum'.length);
		assert.strictEqual(germanOrganizationSuffix('Stadtwerke'), 'werke'.length);
	});

	it('tells which lists a word is in', () => {
		assert.strictEqual(wordClass('Bank'), Word.OrganizationDesignator | Word.GermanOrganizationHead);
		assert.strictEqual(wordClass('Handelskammer'), Word.GermanOrganizationHead | Word.LocatedBodyHead);
		assert.strictEqual(wordClass('Wirtschaftsminister'), Word.PersonRole);
		assert.strictEqual(wordClass('Counsellor'), Word.PersonRole);
		assert.strictEqual(wordClass('Xu'), Word.ChineseSurname);
		assert.strictEqual(wordClass('Nanshan'), 0);
	});

	it('finds the class of a word in a text as the word\'s own class, listed, compounded or in no list', () => {
		const text = 'A Bank, the HANDELSKAMMER and Landwirtschaftsminister Xu met Nanshan Bürgermeister Veranstaltung Chamber Wirtschaftsbüros İstanbul.';
		for (const match of text.matchAll(/[\p{L}-]+/gu)) {
			const word = match[0];
			assert.strictEqual(wordClassIn(text, { start: match.index!, end: match.index! + word.length, text: word }), wordClass(word), word);
		}
		assert.strictEqual(wordClassIn(text, { start: 0, end: 1, text: 'A' }), Word.Stopword);
		assert.strictEqual(wordClassIn(text, { start: 2, end: 6, text: 'Bank' }), Word.OrganizationDesignator | Word.GermanOrganizationHead);
	});

	it('lets list markers and role joiners through the context-cue test, and few other words', () => {
		const cue = (word: string) => mayBeContextCue(` ${word} `, 1, word.length + 1);
		for (const word of ['of', 'von', 'including', 'such', 'among', 'unter', 'wie', 'einschließlich']) {
			assert.ok(cue(word), word);
		}
		assert.deepStrictEqual(['the', 'and', 'in', 'company', 'Including'].filter(cue), []);
	});

	it('knows role words and German role compounds', () => {
		assert.ok(isPersonRole('chairman'));
		assert.ok(isPersonRole('Landwirtschaftsminister'));
		assert.ok(!isPersonRole('Ministerium'));
		assert.ok(!isPersonRole('leiter'));
	});
});
