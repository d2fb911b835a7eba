import * as assert from 'assert';
import { districtBaseName, makeId, slugify, stripLegalForm, uninflectGerman } from './identity';

describe('identity', () => {
	it('slugs to lowercase ASCII with umlauts transliterated', () => {
		assert.strictEqual(slugify('Köln Straße & Söhne'), 'koeln-strasse-and-soehne');
		assert.strictEqual(slugify('Köln Straße & Søhne', 'fold'), 'koln-strasse-and-sohne');
		assert.strictEqual(slugify('Ørsted A/S'), 'orsted-a-s');
		assert.strictEqual(makeId('district', 'Bao\'an'), 'district:baoan');
	});

	it('strips legal forms but not "Group"', () => {
		assert.strictEqual(stripLegalForm('Bosch GmbH'), 'Bosch');
		assert.strictEqual(stripLegalForm('Acme Technologies Co., Ltd.'), 'Acme Technologies');
		assert.strictEqual(stripLegalForm('Yinhe Group'), 'Yinhe Group');
		assert.strictEqual(stripLegalForm('Corticeira Mendes & Filhos, Lda.'), 'Corticeira Mendes & Filhos');
		assert.strictEqual(stripLegalForm('Wolski Logistyka Sp. z o.o.'), 'Wolski Logistyka');
	});

	it('reduces district designators and German inflection', () => {
		assert.strictEqual(districtBaseName('Bezirks Minhang'), 'Minhang');
		assert.strictEqual(districtBaseName('Haidian District'), 'Haidian');
		assert.strictEqual(districtBaseName('Innenstadtbezirk Dongcheng'), 'Dongcheng');
		assert.strictEqual(districtBaseName('Haidian district'), 'Haidian');
		assert.strictEqual(uninflectGerman('deutsch-französischen Forschungszentrums'), 'deutsch-französisch Forschungszentrum');
	});
});
