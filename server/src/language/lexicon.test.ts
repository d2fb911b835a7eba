import * as assert from 'assert';
import { Word, germanOrganizationSuffix, isPersonRole, wordClass } from './lexicon';

describe('lexicon', () => {
	it('finds German organization heads at the end of compounds', () => {
		assert.strictEqual(germanOrganizationSuffix('Außenhandelskammer'), 'kammer'.length);
		assert.strictEqual(germanOrganizationSuffix('Forschungszentrums'), 'zentrums'.length);
		assert.strictEqual(germanOrganizationSuffix('Börse'), 'börse'.length);
		assert.strictEqual(germanOrganizationSuffix('Zusammenarbeit'), 0);
		assert.strictEqual(germanOrganizationSuffix('HANDELSKAMMER'), 'kammer'.length);
		assert.strictEqual(germanOrganizationSuffix('Bank'), 'bank'.length);
		assert.strictEqual(germanOrganizationSuffix('amt'), 'amt'.length);
	});

	it('tells which lists a word is in', () => {
		assert.strictEqual(wordClass('Bank'), Word.OrganizationDesignator | Word.GermanOrganizationHead);
		assert.strictEqual(wordClass('Handelskammer'), Word.GermanOrganizationHead | Word.LocatedBodyHead);
		assert.strictEqual(wordClass('Wirtschaftsminister'), Word.PersonRole);
		assert.strictEqual(wordClass('Xu'), Word.ChineseSurname);
		assert.strictEqual(wordClass('Nanshan'), 0);
	});

	it('knows role words and German role compounds', () => {
		assert.ok(isPersonRole('chairman'));
		assert.ok(isPersonRole('Landwirtschaftsminister'));
		assert.ok(!isPersonRole('Ministerium'));
		assert.ok(!isPersonRole('leiter'));
	});
});
