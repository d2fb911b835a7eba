import * as assert from 'assert';
import { resolveOverlaps } from './candidates';
import { identify } from './nameSequences';
import { coordinatedOrganizations, listSeparatorAfter, listSeparatorBefore, organizationsInContext } from './organizationRules';
import { spans, testContext } from './testKnowledge';
import { Language } from './types';

function found(text: string, language: Language = 'en'): string[] {
	return spans(text, organizationsInContext(testContext(text, language)));
}

describe('organizationRules', () => {
	it('reads a name joined to an institution\'s head as the institution, and two companies joined as their joint venture', () => {
		assert.deepStrictEqual(found('Die Jilin-Universität, das Tongji-Institut und die Hightech-Zone.', 'de'),
			['organization:Jilin-Universität', 'organization:Tongji-Institut']);
		assert.deepStrictEqual(found('Bosch-Siemens and Bosch-Beijing opened.'), ['organization:Bosch-Siemens']);
	});

	it('takes an unknown company\'s seat in brackets and its legal form into its name', () => {
		assert.deepStrictEqual(found('Its subsidiary, Granite Subsea (Shenzhen) Co., Ltd., and Nordic Gears (Tianjin) Ltd. opened; in (Shenzhen) Ltd. not.'),
			['organization:Granite Subsea (Shenzhen) Co., Ltd.', 'organization:Nordic Gears (Tianjin) Ltd.']);
	});

	it('finds companies by a legal form of elsewhere in Europe, without a leading article', () => {
		assert.deepStrictEqual(found('Talponi Valvole S.p.A. and Brandsma N.V. signed; Kivilahti Oyj, too.'),
			['organization:Brandsma N.V.', 'organization:Kivilahti Oyj', 'organization:Talponi Valvole S.p.A.']);
		assert.deepStrictEqual(found('Die Lumara Systems S.A. aus Lissabon und die S.A. allein.', 'de'), ['organization:Lumara Systems S.A.']);
		assert.deepStrictEqual(found('The chairman of Porto-based Lumara Systems S.A. spoke.'), ['organization:Lumara Systems S.A.']);
		assert.deepStrictEqual(found('Die Hafen Kiel Marketing e.V. und der Freundeskreis Jena e. V. warben, z. B. e.V. allein.', 'de'),
			['organization:Freundeskreis Jena e. V.', 'organization:Hafen Kiel Marketing e.V.']);
		assert.deepStrictEqual(found('Larrinaga Automation S.L. supplies Corticeira Mendes & Filhos, Lda., Novák Stroje s.r.o. and Wolski Logistyka Sp. z o.o.'), [
			'organization:Corticeira Mendes & Filhos, Lda.', 'organization:Larrinaga Automation S.L.', 'organization:Novák Stroje s.r.o.',
			'organization:Wolski Logistyka Sp. z o.o.',
		]);
		assert.deepStrictEqual(found('Nordvik Marine AB and Holm Energi A/S; in a.s. prose, Oy alone.'), ['organization:Holm Energi A/S', 'organization:Nordvik Marine AB']);
		assert.deepStrictEqual(found('Brandsma Logistiek BV, Vanhout Peeters NV and Lyon-based bioMérieux SA signed.'),
			['organization:Brandsma Logistiek BV', 'organization:Vanhout Peeters NV', 'organization:bioMérieux SA']);
	});

	it('finds the German company named after a determiner and a descriptor noun, when no German noun looks like it', () => {
		assert.deepStrictEqual(found('Die tschechische Investitionsagentur CzechInvest und der steirische Mobilitätscluster ACstyria luden ein.', 'de'),
			['organization:ACstyria', 'organization:CzechInvest']);
		assert.deepStrictEqual(found('Die Möbelmanufaktur Ferraris & Bosco und der Brünner Hersteller Dvořák Medical s.r.o. liefern.', 'de'),
			['organization:Dvořák Medical s.r.o.', 'organization:Ferraris & Bosco']);
		assert.deepStrictEqual(found('Die Firma Vallourec und ihre Tochtergesellschaft Flender bauen.', 'de'), ['organization:Flender', 'organization:Vallourec']);
		assert.deepStrictEqual(found('Weil der Konzern Stellen abbaut, plant das Unternehmen Investitionen.', 'de'), []);
		assert.deepStrictEqual(found('Das Unternehmen CO2 senkt, weil der Maschinenbauer US-Zölle fürchtet und die Firma UND die Stadt.', 'de'), []);
	});

	it('finds the company whose officers or subsidiaries are meant, unless a place or person owns them', () => {
		assert.deepStrictEqual(found('Velmont\'s chief executive spoke, Talmonix\'s CEO agreed and Norvik Marine\'s subsidiary grew.'),
			['organization:Norvik Marine', 'organization:Talmonix', 'organization:Velmont']);
		assert.deepStrictEqual(found('Shenzhen\'s CEO forum, Anna Berg\'s founder story and its chief executive.'), []);
	});

	it('finds the division a known company names after a field', () => {
		assert.deepStrictEqual(found('Bosch Power Tools and Siemens Smart Infrastructure signed; Siemens Beijing did not.').filter(span => span.includes(' ')),
			['organization:Bosch Power Tools', 'organization:Siemens Smart Infrastructure']);
		assert.deepStrictEqual(found('Bosch Power Tools Co., Ltd. grew.').filter(span => span.includes(' ')), ['organization:Bosch Power Tools Co., Ltd.']);
		// In a headline, the words after a company are its verb and object.
		assert.deepStrictEqual(found('Bosch Deepen Smart Grid Ties').filter(span => span.includes(' ')), []);
	});

	it('finds the company named right after a determiner and a company noun, in English only', () => {
		assert.deepStrictEqual(found('Guests included the Swiss medical-devices company ostaMed and the logistics group Varnholt Freight.'),
			['organization:Varnholt Freight', 'organization:ostaMed']);
		assert.deepStrictEqual(found('The company Chairman Li spoke; a company, Loreli, joined.'), []);
		assert.deepStrictEqual(found('Geely said its unit Polestar would follow.'), ['organization:Polestar']);
		// News style drops the article before lowercase or nationality words.
		assert.deepStrictEqual(found('Sportswear maker Ostrava Textil grew, said German carmaker Velmont on Monday.'),
			['organization:Ostrava Textil', 'organization:Velmont']);
		assert.deepStrictEqual(found('Costs per unit Price rose; Talmont maker Velmont sued.'), []);
		assert.deepStrictEqual(found('Siemens Bosch and Bosch Germany signed; Bosch Heidelberg did not.').filter(span => span.includes(' ')),
			['organization:Bosch Germany', 'organization:Siemens Bosch']);
		assert.deepStrictEqual(found('Weil Bosch Deutschland als Markt sieht, wächst Siemens Bosch.', 'de').filter(span => span.includes(' ')),
			['organization:Siemens Bosch']);
		assert.deepStrictEqual(found('Siemens Anhui started.').filter(span => span.includes(' ')), ['organization:Siemens Anhui']);
		assert.deepStrictEqual(found('Bosch (Anhui) Co., Ltd. and Siemens (Germany) said.').filter(span => span.includes(' ')), ['organization:Bosch (Anhui) Co., Ltd.']);
		assert.deepStrictEqual(found('Dann will der Konzern Milliarden investieren.', 'de'), []);
	});

	it('finds German bodies with genitive and "für" complements', () => {
		assert.deepStrictEqual(found('Die Beamten der Wirtschaftskommission des Bezirks Minhang kamen.', 'de'),
			['organization:Wirtschaftskommission des Bezirks Minhang']);
		assert.deepStrictEqual(found('Das Generalkonsulat der Volksrepublik China in Frankfurt lud ein.', 'de'),
			['organization:Generalkonsulat der Volksrepublik China in Frankfurt']);
		assert.deepStrictEqual(found('Die Senatsverwaltung für Kultur, Sport und Medien, die Stadt.', 'de'), ['organization:Senatsverwaltung für Kultur, Sport und Medien']);
		assert.deepStrictEqual(found('Die Leiterin des Amtes für Investitionen des Bezirks Futian sprach.', 'de'),
			['organization:Amtes für Investitionen des Bezirks Futian']);
		assert.deepStrictEqual(found('Das Institut für Weltwirtschaft und eine Handelskammer der Stadt.', 'de'),
			['organization:Institut für Weltwirtschaft']);
		assert.deepStrictEqual(found('Die Industrie- und Handelskammer zu Köln und die Universität Heidelberg, nicht das Zentrum Kölns.', 'de'),
			['organization:Industrie- und Handelskammer zu Köln', 'organization:Universität Heidelberg']);
		assert.deepStrictEqual(found('Das Zentrum für Innovation der Hochschule und die Volksbank Hamburg.', 'de'), ['organization:Volksbank Hamburg']);
		assert.deepStrictEqual(found('Sie trafen die Handelskammer von Shenzhen und die Vereinigung der Sächsischen Wirtschaft.', 'de'),
			['organization:Handelskammer von Shenzhen', 'organization:Vereinigung der Sächsischen Wirtschaft']);
	});

	it('finds translated names after a nationality adjective, from after the article', () => {
		assert.deepStrictEqual(found('Vertreter der deutsch-chinesischen Handelskammer in Köln und des französischen Wirtschaftszentrums.', 'de'),
			['organization:deutsch-chinesischen Handelskammer in Köln', 'organization:französischen Wirtschaftszentrums']);
		assert.deepStrictEqual(found('Die chinesische Botschaft in Köln lädt ein.', 'de'), ['organization:chinesische Botschaft in Köln']);
		assert.deepStrictEqual(found('Ein gemeinsames chinesisch-deutsches Labor und die chinesischen Banken.', 'de'), []);
	});

	it('gives inflected German names one id', () => {
		const context = testContext('Leiter des französischen Wirtschaftszentrums und das französische Wirtschaftszentrum.', 'de');
		const found = organizationsInContext(context);
		identify(context, found);
		assert.deepStrictEqual(found.map(c => c.id), ['organization:franzoesisch-wirtschaftszentrum', 'organization:franzoesisch-wirtschaftszentrum']);
	});

	it('finds wire services in the dateline', () => {
		assert.deepStrictEqual(found('BEIJING, May 3, 2025 /CNW Telbec/ -- The city said.'), ['organization:CNW Telbec']);
		assert.deepStrictEqual(found('HAMBURG, 3. Mai 2025 (ots) - Die Stadt teilte mit.', 'de'), ['organization:ots']);
		assert.deepStrictEqual(found('Berlin (Reuters) - Shares rose.'), ['organization:Reuters']);
	});

	it('finds credited names', () => {
		assert.deepStrictEqual(found('Quelle: Rheinische Post'), ['organization:Rheinische Post']);
		assert.deepStrictEqual(found('Foto: Julia Brandt'), ['person:Julia Brandt']);
		assert.deepStrictEqual(found('Foto: dpa/Wiebke Ostrander'), ['organization:dpa', 'person:Wiebke Ostrander']);
	});

	it('takes the name of an "About" heading on its own line for an organization, unless it names something known', () => {
		assert.deepStrictEqual(found('Growth ahead.\nAbout Business Lahti\nBusiness Lahti is an agency.'), ['organization:Business Lahti']);
		assert.deepStrictEqual(found('Über die Vogt Automation GmbH\nDas Unternehmen wächst.', 'de'), ['organization:Vogt Automation GmbH']);
		assert.deepStrictEqual(found('About Us\nAbout Shenzhen\nIt is About Time for Growth.'), []);
		assert.deepStrictEqual(found('About Sichuan Tianfu New Area\nAbout Lianhua District\nThey grow.'), []);
	});

	it('takes a place with an agency brand word for an agency: "Business Finland", "Invest in Bavaria", "Hamburg Invest"', () => {
		assert.deepStrictEqual(found('Business Germany, Invest in China and Hamburg Invest met; Business in China grew.'),
			['organization:Business Germany', 'organization:Hamburg Invest', 'organization:Invest in China']);
	});

	it('takes a city that acts, after "Stadt" or "City of", for its government', () => {
		assert.deepStrictEqual(found('Die Stadt Frankfurt und Gespräche mit der Stadt Heidelberg; im Bezirk Futian der Stadt Köln und in der Stadt Hamburg.', 'de'),
			['organization:Stadt Frankfurt', 'organization:Stadt Heidelberg']);
		assert.deepStrictEqual(found('The City of Hamburg signed; offices in the City of Frankfurt.'), ['organization:City of Hamburg']);
	});

	it('takes a federal state after "Land" for the state as a body, and no other place', () => {
		assert.deepStrictEqual(found('Das Land Tirol fördert das Projekt; Land Köln und das Bundesland Tirol nicht.', 'de'), ['organization:Land Tirol']);
		assert.deepStrictEqual(found('Eine Delegation des Landes Tirol kam.', 'de'), ['organization:Landes Tirol']);
	});

	it('reads the region a city\'s chamber serves as part of its name, and a chamber\'s abbreviation as its name', () => {
		const text = 'Die Handelskammer Hamburg für Schwaben und die IHK Heidelberg trafen die Industrie- und Handelskammer Heidelberg.';
		const context = testContext(text, 'de');
		const mentions = resolveOverlaps(organizationsInContext(context));
		identify(context, mentions);
		assert.deepStrictEqual(mentions.map(m => `${text.slice(m.start, m.end)} ${m.id}`), [
			'Handelskammer Hamburg für Schwaben organization:handelskammer-hamburg-fuer-schwaben',
			'Industrie- und Handelskammer Heidelberg organization:industrie-und-handelskammer-heidelberg',
		]);
	});

	it('finds companies by appositive and by role', () => {
		assert.deepStrictEqual(found('We spoke with Zhao Wen, CEO of MegaRobotix, and visited Vexlo, a Futian-based drone maker.'),
			['organization:MegaRobotix', 'organization:Vexlo']);
		assert.deepStrictEqual(found('Kolibri Labs, a unit of Hexagon, grew.'), ['organization:Hexagon', 'organization:Kolibri Labs']);
		assert.deepStrictEqual(found('Nio and Xpeng Motors, two electric vehicle makers, grew.'), ['organization:Xpeng Motors']);
		assert.deepStrictEqual(found('Marta Lindqvist, the company\'s chief executive, and Orvik, the world\'s largest ferry operator, spoke.'),
			['organization:Orvik']);
	});

	it('finds companies in an enumeration after an organization noun', () => {
		assert.deepStrictEqual(found('German firms, including Zeiss, Trumpf Laser and Logistics, and XJET, attended.'),
			['organization:Trumpf Laser and Logistics', 'organization:XJET', 'organization:Zeiss']);
		assert.deepStrictEqual(found('Cities such as Hamburg and Cologne, and sectors such as Finance.'), []);
		assert.deepStrictEqual(found('Companies in industries such as Automotive and Aerospace came.'), []);
		assert.deepStrictEqual(found('Partners such as Voith and Rohde & Schwarz joined.'), ['organization:Rohde & Schwarz', 'organization:Voith']);
	});

	it('extends a list of known organizations to its unknown members', () => {
		const text = 'Sie trafen Vertreter von Bosch, der Voith und der Trumpf in Deutschland.';
		const context = testContext(text, 'de');
		const mentions = resolveOverlaps(context.names.map(n => ({ start: n.start, end: n.end, kind: n.entry.kind, id: n.entry.id, priority: 5 })));
		assert.deepStrictEqual(spans(text, coordinatedOrganizations(context, mentions)), ['organization:Trumpf', 'organization:Voith']);
		const noun = 'Das Werk sowie Bosch wachsen.';
		const nounContext = testContext(noun, 'de');
		assert.deepStrictEqual(coordinatedOrganizations(nounContext, resolveOverlaps(nounContext.names.map(n => ({ start: n.start, end: n.end, kind: n.entry.kind, id: n.entry.id, priority: 5 })))), []);
	});

	it('takes no adjective of a nation or a region for a list item', () => {
		const text = 'Siemens, the Catalan government\'s agency, and Bosch signed.';
		const context = testContext(text);
		const mentions = [{ start: 0, end: 7, kind: 'organization' as const, id: 'organization:siemens', priority: 5 }];
		assert.deepStrictEqual(spans(text, coordinatedOrganizations(context, mentions)), []);
	});

	it('extends no list of organizations to a venue or a prize in it', () => {
		const text = 'They met Bosch, Voith, the Peter Smith Award and John Lennon Airport.';
		const context = testContext(text, 'en');
		const mentions = resolveOverlaps(context.names.map(n => ({ start: n.start, end: n.end, kind: n.entry.kind, id: n.entry.id, priority: 5 })));
		assert.deepStrictEqual(spans(text, coordinatedOrganizations(context, mentions)), ['organization:Voith']);
	});

	it('measures list separators after and before an item, articles within reach only', () => {
		const after = (text: string) => listSeparatorAfter(text, text.indexOf('|') + 1);
		assert.strictEqual(after('X|, Y'), 2);
		assert.strictEqual(after('X|, and the Y'), 10);
		assert.strictEqual(after('X| und der Y'), 9);
		assert.strictEqual(after('X|, as well as the Y'), 13);
		assert.strictEqual(after('X| as well as the Y'), 12);
		assert.strictEqual(after('X| or Y'), 0);
		assert.strictEqual(after('X|,Y'), 0);
		const before = (text: string) => listSeparatorBefore(text, text.indexOf('|'));
		assert.strictEqual(before('Alpha Beta, |Y'), 2);
		assert.strictEqual(before('Alpha Beta, sowie der |Y'), 12);
		assert.strictEqual(before('Alpha Beta and the |Y'), 9);
		assert.strictEqual(before('Alpha Beta as well as |Y'), 0);
		assert.strictEqual(before('Alpha Beta in der |Y'), 0);
		assert.strictEqual(before(', and |Y'), 6);
		assert.strictEqual(before('and |Y'), 0);
	});
});
