import * as assert from 'assert';
import { Word } from './lexicon';
import { designatedNames, identify, paragraphWords, punctuationBetween } from './nameSequences';
import { spans, testContext } from './testKnowledge';
import { Language } from './types';

function designated(text: string, language: Language = 'en'): string[] {
	return spans(text, designatedNames(testContext(text, language)));
}

describe('nameSequences', () => {
	it('classifies by the designator that heads the name', () => {
		assert.deepStrictEqual(designated('Officials of the Minhang District met the Hamburg Port Authority.'),
			['district:Minhang District', 'organization:Hamburg Port Authority']);
		assert.deepStrictEqual(designated('Fans of VfB Stuttgart and FC Köln.'), ['organization:FC Köln', 'organization:VfB Stuttgart']);
		assert.deepStrictEqual(designated('Members of CCI Grand Lille and IHK Heidelberg met.'), ['organization:CCI Grand Lille', 'organization:IHK Heidelberg']);
		assert.deepStrictEqual(designated('Data from Ningbo Customs; Customs officers came.'), ['organization:Ningbo Customs']);
		assert.deepStrictEqual(designated('The Shanghai Customs District reported it.'), ['organization:Shanghai Customs District']);
		assert.deepStrictEqual(designated('It borders Hubei Province and the Pudong New Area.'),
			['district:Pudong New Area', 'place:Hubei Province']);
	});

	it('reads a German body with a place in the genitive as a description, with the place as it is as a name', () => {
		assert.deepStrictEqual(designated('Vertreter der Wirtschaftsförderungsgesellschaft Kölns kamen.', 'de'), []);
		assert.deepStrictEqual(designated('Vertreter der Wirtschaftsförderungsgesellschaft Köln kamen.', 'de'),
			['organization:Wirtschaftsförderungsgesellschaft Köln']);
	});

	it('reads German and Austrian abbreviations before a place as bodies', () => {
		assert.deepStrictEqual(designated('Ein Workshop an der TU Graz, bei der WKO Steiermark und der FH Aachen.', 'de'),
			['organization:FH Aachen', 'organization:TU Graz', 'organization:WKO Steiermark']);
	});

	it('reads bodies that southern and eastern European languages name head first', () => {
		assert.deepStrictEqual(designated('Run by the Politecnico di Milano, the Associação Industrial do Minho and the Universidad de Oviedo.'),
			['organization:Associação Industrial do Minho', 'organization:Politecnico di Milano', 'organization:Universidad de Oviedo']);
	});

	it('takes no district from an officer\'s title', () => {
		assert.deepStrictEqual(designated('Minhang Deputy District Mayor Li and the Vice District Governor met in the Minhang District.'),
			['district:Minhang District']);
	});

	it('starts a German company name after the noun that says what the company is', () => {
		assert.deepStrictEqual(designated('Dazu zählt der Grazer Maschinenbauer Pölzl Antriebe GmbH sowie der Kölner Konzern Rhein Logistics Group.', 'de'),
			['organization:Pölzl Antriebe GmbH', 'organization:Rhein Logistics Group']);
		assert.deepStrictEqual(designated('Der Elektroautohersteller Voltera Motors GmbH und die Bauer Gruppe GmbH.', 'de'),
			['organization:Bauer Gruppe GmbH', 'organization:Voltera Motors GmbH']);
	});

	it('splits at a German "und" between two complete names, not inside one body', () => {
		assert.deepStrictEqual(designated('Der Futian District und Handelskammer Hamburg vereinbaren Zusammenarbeit', 'de'),
			['district:Futian District', 'organization:Handelskammer Hamburg']);
		assert.deepStrictEqual(designated('Die Gesellschaft für Wirtschaft und Technologie GmbH lud ein.', 'de'),
			['organization:Gesellschaft für Wirtschaft und Technologie GmbH']);
	});

	it('takes an industry after "and" for no company, whatever stands before the "and"', () => {
		assert.deepStrictEqual(designated('Lumitech and Nanotech Solutions opened offices.'), []);
		assert.deepStrictEqual(designated('Qorvan Nanotech Solutions opened offices.'), ['organization:Qorvan Nanotech Solutions']);
	});

	it('ends a name at the verb of a title-case headline', () => {
		assert.deepStrictEqual(designated('Futian District Secures Lumora Partners as Anchor'), ['district:Futian District', 'organization:Lumora Partners']);
	});

	it('keeps "X of Y" bodies whole, with the complement', () => {
		assert.deepStrictEqual(designated('The Futian District Government of Shenzhen and the Bank of Communications signed.'),
			['organization:Bank of Communications', 'organization:Futian District Government of Shenzhen']);
		assert.deepStrictEqual(designated('The Beijing Institute of Genomics of the Chinese Academy of Sciences said so.'),
			['organization:Beijing Institute of Genomics of the Chinese Academy of Sciences']);
	});

	it('splits two bodies joined by "and" but not a name containing "and"', () => {
		assert.deepStrictEqual(designated('We met the Photonics Lab Heidelberg and Bosch Rexroth.'), ['organization:Photonics Lab Heidelberg']);
		assert.deepStrictEqual(designated('The University of Finance and Economics opened.'), ['organization:University of Finance and Economics']);
		assert.deepStrictEqual(designated('The Futian District Science and Technology Innovation Bureau met the Yinhe Group and Bosch.'),
			['organization:Futian District Science and Technology Innovation Bureau', 'organization:Yinhe Group']);
		assert.deepStrictEqual(designated('The Cologne Institute of Science and Peking University met.'),
			['organization:Cologne Institute of Science', 'organization:Peking University']);
		// A short name in capitals before "and", and a Romance "de" that takes a complement like "of".
		assert.deepStrictEqual(designated('A school of TalTech and Xi\'an Jiaotong University opens.'), ['organization:Xi\'an Jiaotong University']);
		assert.deepStrictEqual(designated('The Université de Cologne and Cologne University Hospital signed.'),
			['organization:Cologne University Hospital', 'organization:Université de Cologne']);
	});

	it('takes in a located body\'s "in <place>" and a legal form', () => {
		assert.deepStrictEqual(designated('The Consulate General of France in Shanghai opened.'), ['organization:Consulate General of France in Shanghai']);
		assert.deepStrictEqual(designated('The German Chamber of Commerce in China and Acme Technologies Co., Ltd. agreed.'),
			['organization:Acme Technologies Co., Ltd.', 'organization:German Chamber of Commerce in China']);
		assert.deepStrictEqual(designated('Yinhe Group in Shenzhen grew.'), ['organization:Yinhe Group']);
		assert.deepStrictEqual(designated('Die Kessler Logistik GmbH & Co. KG wächst.', 'de'), ['organization:Kessler Logistik GmbH & Co. KG']);
		assert.deepStrictEqual(designated('Anxin Insurance (Group) Company of China and the Bank of China.'), ['organization:Anxin Insurance', 'organization:Bank of China']);
	});

	it('joins German name parts with "für" and "und" in German text', () => {
		assert.deepStrictEqual(designated('Die Hamburg Partner für Handel und Logistik GmbH lud ein.', 'de'),
			['organization:Hamburg Partner für Handel und Logistik GmbH']);
	});

	it('reads a possessive inside a body\'s name, but not a possessive before it', () => {
		assert.deepStrictEqual(designated('The Futian District People\'s Government and China\'s Ministry of Commerce met.'),
			['organization:Futian District People\'s Government', 'organization:Ministry of Commerce']);
	});

	it('gives inflected German company names the id of their nominative', () => {
		const context = testContext('Vertreter der Deutschen Bank und der Bayerischen Landesbank.', 'de');
		const found = designatedNames(context);
		identify(context, found);
		assert.deepStrictEqual(found.map(c => c.id), ['organization:deutsche-bank', 'organization:bayerisch-landesbank']);
		const chamber = testContext('Die Handelskammer Hamburg und die Frankfurter Börse.', 'de');
		const bodies = designatedNames(chamber);
		identify(chamber, bodies);
		assert.deepStrictEqual(bodies.map(c => c.id), ['organization:handelskammer-hamburg', 'organization:frankfurter-boerse']);
	});

	it('keeps the "-en" of a place or firm name that opens a German company name', () => {
		const context = testContext('Die Bremen Logistik GmbH und die Shenzhen Tongxin Robotik GmbH.', 'de');
		const found = designatedNames(context);
		identify(context, found);
		assert.deepStrictEqual(found.map(c => c.id), ['organization:bremen-logistik', 'organization:shenzhen-tongxin-robotik']);
	});

	it('splits at "and" between two known companies\' units', () => {
		assert.deepStrictEqual(designated('Siemens Smart Infrastructure and Bosch Home Appliances Group signed.'), ['organization:Bosch Home Appliances Group']);
	});

	it('takes a port or a municipality "of" a place for its company or government, and the place alone for the complement', () => {
		assert.deepStrictEqual(designated('Port of Hamburg and the Municipality of Frankfurt signed; Frankfurt Municipality grew.'),
			['organization:Municipality of Frankfurt', 'organization:Port of Hamburg', 'place:Frankfurt Municipality']);
		assert.deepStrictEqual(designated('Futian District and Port of Hamburg Deepen Green Shipping Ties'), ['district:Futian District', 'organization:Port of Hamburg']);
	});

	it('takes a board for a body, but not a company\'s organ', () => {
		assert.deepStrictEqual(designated('The Velmar Enterprise Board met the Supervisory Board of Talmont and its Management Board.'),
			['organization:Velmar Enterprise Board']);
	});

	it('ends a German sentence\'s English name at its head when a noun follows', () => {
		assert.deepStrictEqual(designated('Osnabrück hat mit der Velmar University Gespräche begonnen.', 'de'), ['organization:Velmar University']);
		assert.deepStrictEqual(designated('Osnabrück hat mit der Velmar International Automobile City Gespräche begonnen.', 'de'), []);
	});

	it('ends names at headline verbs and ignores generic premodifiers', () => {
		assert.deepStrictEqual(designated('Yinhe Bank Opens New Office in Cologne'), ['organization:Yinhe Bank']);
		assert.deepStrictEqual(designated('Good News for Haidian Investors'), []);
		assert.deepStrictEqual(designated('Dutch Semiconductor Cluster Grows'), []);
		assert.deepStrictEqual(designated('Sectors: Artificial Intelligence and Advanced Manufacturing. Tinno Mobile Technology and the BYD Auto Electronics joined.'),
			['organization:BYD Auto Electronics', 'organization:Tinno Mobile Technology']);
		assert.deepStrictEqual(designated('Local Government officials met the Futian Municipal Government.'), ['organization:Futian Municipal Government']);
		assert.deepStrictEqual(designated('The State Council approved it.'), ['organization:State Council']);
		assert.deepStrictEqual(designated('The Provincial Council of Biscay pays; the Provincial Council agreed.'), ['organization:Provincial Council of Biscay']);
		assert.deepStrictEqual(designated('Europe Invests Heavily in Battery Recycling as Germany Bets on Green Steel'), []);
		assert.deepStrictEqual(designated('Forklift maker Still GmbH expands.'), ['organization:Still GmbH']);
		assert.deepStrictEqual(designated('Sino-German (Hefei) Industrial Park grew; Smart Industrial Park too.'), []);
		assert.deepStrictEqual(designated('Shenzhen-listed Huaxin Precision Machinery and Zhongtai Photonics grew; Medical Equipment did not.'),
			['organization:Huaxin Precision Machinery', 'organization:Zhongtai Photonics']);
		assert.deepStrictEqual(designated('The Shanghai Museum lent works; the museum grew.'), ['organization:Shanghai Museum']);
		assert.deepStrictEqual(designated('Hallwanger Machinery (Chengdu) Co., Ltd. opened; Lumix (Suzhou) grew.'), ['organization:Hallwanger Machinery (Chengdu) Co., Ltd.']);
	});

	it('marks no events, venues, generic designators or bare German compounds', () => {
		assert.deepStrictEqual(designated('The Futian Investment Forum was held at the Futian Convention and Exhibition Center.'), []);
		assert.deepStrictEqual(designated('The Group said the Bank would grow.'), []);
		assert.deepStrictEqual(designated('Die Handelskammer und das Weltfinanzzentrum.', 'de'), []);
		assert.deepStrictEqual(designated('Neue Gesellschaft gegründet. Deutsche Bank wächst.', 'de'), ['organization:Deutsche Bank']);
	});

	it('gives a body named with its parent or seat the id of the body', () => {
		const context = testContext('The Shenzhen Institute of Genomics of the Chinese Academy of Sciences, the Futian District Government of Shenzhen and the Bank of China.');
		const found = designatedNames(context);
		identify(context, found);
		assert.deepStrictEqual(found.map(c => c.id), ['organization:shenzhen-institute-of-genomics', 'organization:futian-district-government', 'organization:bank-of-china']);
	});

	it('leaves a known city before a district\'s own name out of the district, but not out of a name of its own', () => {
		assert.deepStrictEqual(designated('Shenzhens Qianhai New Area und der Shanghai Minhang District', 'de'),
			['district:Minhang District', 'district:Qianhai New Area']);
		assert.deepStrictEqual(designated('The Shanghai Robot Industry Park and Shenzhen Luohu District.'),
			['district:Luohu District', 'district:Shanghai Robot Industry Park']);
	});

	it('ends a body\'s name before the role of its officer', () => {
		assert.deepStrictEqual(designated('Hamburg Port Authority CEO Jens Meier met the Bank of China President.'),
			['organization:Bank of China', 'organization:Hamburg Port Authority']);
	});

	it('takes an industry in a title-case headline for no company', () => {
		assert.deepStrictEqual(designated('Futian and Lahti Sign Memorandum on Smart Manufacturing and Digital Media'), []);
	});

	it('takes German industry heads after a distinctive name for companies, but not after a city\'s adjective', () => {
		assert.deepStrictEqual(designated('Die Firma Hollmann Maschinenbau und die Kölner Logistik wachsen.', 'de'), ['organization:Hollmann Maschinenbau']);
		assert.deepStrictEqual(designated('Der Mittelständler Wolf Antriebstechnik ist in den Bereichen Batterietechnik aktiv.', 'de'), ['organization:Wolf Antriebstechnik']);
		assert.deepStrictEqual(designated('Die Elbtal Sensorik GmbH wächst, die Robotik auch.', 'de'), ['organization:Elbtal Sensorik GmbH']);
		assert.deepStrictEqual(designated('Die Kölner Brunner & Wiesel Elektronik GmbH und die Kölner Sparkasse AG wachsen.', 'de'),
			['organization:Brunner & Wiesel Elektronik GmbH', 'organization:Kölner Sparkasse AG']);
		assert.deepStrictEqual(designated('Die Heidelberger Lumix Elektronik GmbH wächst, auch Hansen Antriebstechnik.', 'de'),
			['organization:Hansen Antriebstechnik', 'organization:Lumix Elektronik GmbH']);
	});

	it('gives districts the knowledge-base id of their bare name', () => {
		const context = testContext('The Futian District and the Haidian District met the Haidian Group.');
		const found = designatedNames(context);
		identify(context, found);
		assert.deepStrictEqual(found.map(c => c.id), ['district:futian', 'district:haidian', 'organization:haidian-group']);
	});

	it('looks up the words of a paragraph once: classes of its name tokens and where they are', () => {
		const context = testContext('The Bank of Yinhe said so.');
		const words = paragraphWords(context);
		assert.deepStrictEqual(words.nameTokens, [0, 1, 3]);
		const tokenCount = context.tokens.length;
		assert.deepStrictEqual(Array.from(words.classes.subarray(0, tokenCount), bits => [bits & Word.Stopword, bits & Word.OrganizationDesignator]),
			[[Word.Stopword, 0], [0, Word.OrganizationDesignator], [0, 0], [0, 0], [0, 0], [0, 0]]);
		assert.deepStrictEqual(Array.from(words.nameParts.subarray(0, tokenCount)), [0, 0, 0, 1, 0, 0]);
		// "of", and "said", which starts and is as long as "such": a superset the rules test exactly.
		assert.deepStrictEqual(words.contextCues, [2, 4]);
		assert.strictEqual(paragraphWords(context), words);
		assert.deepStrictEqual(paragraphWords(testContext('Luohu, a district of Shenzhen, and Futian.')).namesBeforeComma, [0, 4]);
	});

	it('finds punctuation between two offsets', () => {
		assert.ok(punctuationBetween('Futian, a district', 6, 8, ',.;:'));
		assert.ok(!punctuationBetween('Futian  district', 6, 8, ',.;:'));
	});
});
