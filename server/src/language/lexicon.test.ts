import * as assert from 'assert';
import { germanOrganizationSuffix, isPersonRole } from './lexicon';

describe('lexicon', () => {
	it('finds German organization heads at the end of compounds', () => {
		assert.strictEqual(germanOrganizationSuffix('Außenhandelskammer'), 'kammer'.length);
		assert.strictEqual(germanOrganizationSuffix('Forschungszentrums'), 'zentrums'.length);
		assert.strictEqual(germanOrganizationSuffix('Börse'), 'börse'.length);
		assert.strictEqual(germanOrganizationSuffix('Zusammenarbeit'), 0);
	});

	it('knows role words and German role compounds', () => {
		assert.ok(isPersonRole('chairman'));
		assert.ok(isPersonRole('Landwirtschaftsminister'));
		assert.ok(!isPersonRole('Ministerium'));
		assert.ok(!isPersonRole('leiter'));
	});
});
