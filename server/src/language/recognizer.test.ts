import * as assert from 'assert';
import { commonPrefixLength, commonSuffixLength, EntityRecognizer, paragraphBreakEnd } from './recognizer';
import { testKnowledgeBase } from './testKnowledge';
import { mulberry32 } from '../workspace/seededRandom';

function mentions(text: string): string[] {
	return new EntityRecognizer(testKnowledgeBase()).analyze(text).entities
		.filter(e => e.kind !== 'date' && e.kind !== 'figure')
		.map(e => `${e.kind}:${e.text}:${e.id}`);
}

describe('EntityRecognizer', () => {
	it('links bare district names to the designated mention in the same document', () => {
		assert.deepStrictEqual(mentions('The Minhang District hosted the talks.\n\nLater, Minhang signed a deal.'), [
			'district:Minhang District:district:minhang',
			'district:Minhang:district:minhang',
		]);
		assert.deepStrictEqual(mentions('Der Bezirk Minhang wächst.\n\nMinhangs Wirtschaft auch.'), [
			'district:Bezirk Minhang:district:minhang',
			'district:Minhangs:district:minhang',
		]);
	});

	it('finds the organizations the document named at the start of German compounds', () => {
		assert.deepStrictEqual(mentions('Die Hamburg Port Authority (HPA) lädt ein.\n\nHPA-Geschäftsführer Jens Meier und der Futian-Hafen.'), [
			'organization:Hamburg Port Authority:organization:hamburg-port-authority',
			'organization:HPA:organization:hamburg-port-authority',
			'organization:HPA:organization:hamburg-port-authority',
			'person:Jens Meier:person:jens-meier',
			'district:Futian:district:futian',
		]);
	});

	it('links acronyms and repeated rule-found names to their first mention', () => {
		assert.deepStrictEqual(mentions('The Hamburg Port Authority (HPA) met Vexlo, a Futian-based drone maker.\n\nHPA and Vexlo agreed.'), [
			'organization:Hamburg Port Authority:organization:hamburg-port-authority',
			'organization:HPA:organization:hamburg-port-authority',
			'organization:Vexlo:organization:vexlo',
			'district:Futian:district:futian',
			'organization:HPA:organization:hamburg-port-authority',
			'organization:Vexlo:organization:vexlo',
		]);
	});

	it('gives an acronym the document introduces to every organization written so, whatever a rule took it for', () => {
		assert.deepStrictEqual(mentions('The Lumbard Trade Agency (LTA) grew.\n\nThe LTA and the Economic Development Bureau met. LTA said so.'), [
			'organization:Lumbard Trade Agency:organization:lumbard-trade-agency',
			'organization:LTA:organization:lumbard-trade-agency',
			'organization:LTA:organization:lumbard-trade-agency',
			'organization:Economic Development Bureau:organization:economic-development-bureau',
			'organization:LTA:organization:lumbard-trade-agency',
		]);
	});

	it('links the initials of a long organization name without a definition in brackets', () => {
		assert.deepStrictEqual(mentions('The Estonian Export Development Agency met the Hamburg Port Authority.\n\nThe agency, known as EEDA, will help. EU and HP did not.'), [
			'organization:Estonian Export Development Agency:organization:estonian-export-development-agency',
			'organization:Hamburg Port Authority:organization:hamburg-port-authority',
			'organization:EEDA:organization:estonian-export-development-agency',
		]);
	});

	it('links "the" and the head of an organization name to the one organization named with it', () => {
		assert.deepStrictEqual(mentions('The European Commission and the Hamburg Chamber of Commerce met the Shenzhen Chamber.\n\nThe Commission agreed; the Chamber did not. Commission staff came.'), [
			'organization:European Commission:organization:european-commission',
			'organization:Hamburg Chamber of Commerce:organization:hamburg-chamber-of-commerce',
			'organization:Shenzhen Chamber:organization:shenzhen-chamber',
			'organization:Commission:organization:european-commission',
		]);
		assert.deepStrictEqual(mentions('The Hamburg Chamber and the Shenzhen Chamber met.\n\nThe Chamber agreed.').slice(2), []);
		assert.deepStrictEqual(mentions('Die IHK Ulm lädt ein, und die Firma wächst.\n\nDie IHK organisiert die Reise mit der Firma.').slice(1),
			['organization:IHK:organization:industrie-und-handelskammer-ulm']);
	});

	it('reads a known company\'s one-word name after a given name as a surname, and alone as the person where the person speaks', () => {
		assert.deepStrictEqual(mentions('Siobhán Bosch, CEO of Atlantic Bio, spoke.\n\nBosch: We grow. Bosch sold more.'), [
			'person:Siobhán Bosch:person:siobhan-bosch',
			'organization:Atlantic Bio:organization:atlantic-bio',
			'person:Bosch:person:siobhan-bosch',
			'organization:Bosch:organization:bosch',
		]);
	});

	it('keeps a district\'s acronym a district in a list of organizations', () => {
		assert.deepStrictEqual(mentions('The Qoratech Economy Zone (QEZ) grew.\n\nAn agreement between the QEZ and Bosch followed.'), [
			'district:Qoratech Economy Zone:district:qoratech-economy-zone',
			'district:QEZ:district:qoratech-economy-zone',
			'district:QEZ:district:qoratech-economy-zone',
			'organization:Bosch:organization:bosch',
		]);
	});

	it('links a company name without its legal form, as one mention', () => {
		assert.deepStrictEqual(mentions('Talponi Valvole opens a plant\n\nTalponi Valvole S.p.A. was founded in Turin.'), [
			'organization:Talponi Valvole:organization:talponi-valvole',
			'organization:Talponi Valvole S.p.A.:organization:talponi-valvole',
		]);
		assert.deepStrictEqual(mentions('Brenner Messtechnik eröffnet Werk\n\nDie Brenner Messtechnik GmbH wurde gegründet.'), [
			'organization:Brenner Messtechnik:organization:brenner-messtechnik',
			'organization:Brenner Messtechnik GmbH:organization:brenner-messtechnik',
		]);
		// Read alone, "Then Talponi Valvole said" names a person and "Later Larrinaga Automation" a company with a longer name.
		assert.deepStrictEqual(mentions('Talponi Valvole S.p.A. hired Larrinaga Automation S.L. Then Talponi Valvole said so. Later Larrinaga Automation agreed.'), [
			'organization:Talponi Valvole S.p.A.:organization:talponi-valvole',
			'organization:Larrinaga Automation S.L.:organization:larrinaga-automation',
			'organization:Talponi Valvole:organization:talponi-valvole',
			'organization:Larrinaga Automation:organization:larrinaga-automation',
		]);
	});

	it('takes a brand in "-tech" for a distinctive first word, not an industry in "-tech"', () => {
		assert.deepStrictEqual(mentions('Qoratech Robotics and the Fintech Media Group met.\n\nQoratech grew. Fintech demand rose.'), [
			'organization:Qoratech Robotics:organization:qoratech-robotics',
			'organization:Fintech Media Group:organization:fintech-media-group',
			'organization:Qoratech:organization:qoratech-robotics',
		]);
	});

	it('links the distinctive first word of a company name to the company', () => {
		assert.deepStrictEqual(mentions('Lumix Robotics and the Global Media Group met.\n\nLumix grew. Global demand rose.'), [
			'organization:Lumix Robotics:organization:lumix-robotics',
			'organization:Global Media Group:organization:global-media-group',
			'organization:Lumix:organization:lumix-robotics',
		]);
	});

	it('gives a rule\'s one-word organization the id of the longer name it begins, unless two begin with it', () => {
		assert.deepStrictEqual(mentions('Morlander Antriebstechnik GmbH signed a deal.\n\nTom Hale, CEO of Morlander, spoke.'), [
			'organization:Morlander Antriebstechnik GmbH:organization:morlander-antriebstechnik',
			'person:Tom Hale:person:tom-hale',
			'organization:Morlander:organization:morlander-antriebstechnik',
		]);
		assert.deepStrictEqual(mentions('Morlander Antriebstechnik GmbH and Morlander Logistik GmbH signed.\n\nTom Hale, CEO of Morlander, spoke.'), [
			'organization:Morlander Antriebstechnik GmbH:organization:morlander-antriebstechnik',
			'organization:Morlander Logistik GmbH:organization:morlander-logistik',
			'person:Tom Hale:person:tom-hale',
			'organization:Morlander:organization:morlander',
		]);
	});

	it('reads a founder\'s surname as the company it names, unless written as the person\'s', () => {
		const text = 'Die Morlander Antriebstechnik GmbH wächst.\n\nGeschäftsführerin Dr. Anja Morlander unterzeichnete.\n\n'
			+ 'In Wuhan wird Morlander 25 Ingenieure beschäftigen. „Wir wachsen“, sagte Morlander. Frau Morlander, die seit 2010 führt, reist.';
		assert.deepStrictEqual(mentions(text).filter(m => m.includes(':Morlander:')), [
			'organization:Morlander:organization:morlander-antriebstechnik',
			'person:Morlander:person:anja-morlander',
			'person:Morlander:person:anja-morlander',
		]);
	});

	it('reads a Chinese company by its city and brand, and by its brand alone', () => {
		assert.deepStrictEqual(mentions('Shenzhen Lianfeng Robotics Co., Ltd. signed.\n\nShenzhen Lianfeng employs 300 people; Lianfeng grows in Shenzhen.')
			.filter(m => m.startsWith('organization') || m.startsWith('place')), [
			'organization:Shenzhen Lianfeng Robotics Co., Ltd.:organization:shenzhen-lianfeng-robotics',
			'organization:Shenzhen Lianfeng:organization:shenzhen-lianfeng-robotics',
			'organization:Lianfeng:organization:shenzhen-lianfeng-robotics',
			'place:Shenzhen:place:shenzhen',
		]);
		// A brand is a pinyin word: "Port" of "Hamburg Port Authority" is none, and "Port of Gdansk" is another company.
		assert.deepStrictEqual(mentions('The Hamburg Port Authority signed.\n\nThe Port of Gdansk signed.'), [
			'organization:Hamburg Port Authority:organization:hamburg-port-authority',
			'organization:Port of Gdansk:organization:port-of-gdansk',
		]);
	});

	it('links a Chinese surname alone to the full name', () => {
		assert.deepStrictEqual(mentions('Zhou Xiaoming, mayor of the district, spoke.\n\n"We grow," Zhou said.'), [
			'person:Zhou Xiaoming:person:zhou-xiaoming',
			'person:Zhou:person:zhou-xiaoming',
		]);
	});

	it('marks a person\'s full name wherever the document writes it, once a rule found it in one place', () => {
		assert.deepStrictEqual(mentions('Tallinn Enterprise Board: Andres Kask (chair)\n\nAndres Kask said the port will grow.'), [
			'organization:Tallinn Enterprise Board:organization:tallinn-enterprise-board',
			'person:Andres Kask:person:andres-kask',
			'person:Andres Kask:person:andres-kask',
		]);
	});

	it('takes "Stadt" and "Land" of a city\'s or a state\'s government for no short name of it', () => {
		assert.deepStrictEqual(mentions('Die Stadt Köln und das Land Tirol fördern.\n\nDie Stadt wächst, das Land auch.'), [
			'organization:Stadt Köln:organization:stadt-koeln',
			'organization:Land Tirol:organization:land-tirol',
		]);
	});

	it('keeps the longest name and marks nothing inside it', () => {
		assert.deepStrictEqual(mentions('Das Generalkonsulat der Volksrepublik China in Frankfurt und die Stadt Köln.'), [
			'organization:Generalkonsulat der Volksrepublik China in Frankfurt:organization:generalkonsulat-der-volksrepublik-china-in-frankfurt',
			'organization:Stadt Köln:organization:stadt-koeln',
		]);
	});

	it('splits a place from a district written together', () => {
		assert.deepStrictEqual(mentions('Shenzhen•Futian and Shenzhen Futian'), [
			'place:Shenzhen:place:shenzhen', 'district:Futian:district:futian',
			'place:Shenzhen:place:shenzhen', 'district:Futian:district:futian',
		]);
	});

	it('re-analyses an edited document with the same result as from scratch', () => {
		const recognizer = new EntityRecognizer(testKnowledgeBase());
		const before = 'The Minhang District grew.\n\nVexlo, a drone maker, moved to Minhang.';
		recognizer.analyze(before);
		const after = before.replace('grew', 'grew fast');
		assert.deepStrictEqual(recognizer.analyze(after), new EntityRecognizer(testKnowledgeBase()).analyze(after));
	});

	it('re-analyses from the previous analysis with the same result as from scratch, whatever the edit', () => {
		const random = mulberry32(20261122);
		const pieces = [
			'The Minhang District grew.', 'Minhang', 'Minhangs', 'Der Bezirk Futian', 'Vexlo, a drone maker,', 'Vexlo',
			'Lumix Robotics', 'Lumix', 'The Hamburg Port Authority (HPA) met', 'HPA', 'Zhou Xiaoming said', 'Zhou',
			'on May 15, 2025', '7,000 visitors', 'und', 'the', 'x', ' ', ', ', '.', '\n', '\n\n', '\n \r\n', 'Am 15. Mai 2025',
		];
		const pick = () => pieces[Math.floor(random() * pieces.length)];
		const recognizer = new EntityRecognizer(testKnowledgeBase());
		let text = Array.from({ length: 40 }, pick).join(' ');
		let analysis = recognizer.analyzeEditable(text);
		for (let edit = 0; edit < 300; edit++) {
			const at = Math.floor(random() * (text.length + 1));
			const removed = random() < 0.4 ? Math.floor(random() * 30) : 0;
			text = text.slice(0, at) + (random() < 0.8 ? pick() : '') + text.slice(at + removed);
			analysis = recognizer.analyzeEditable(text, analysis);
			assert.deepStrictEqual(analysis, new EntityRecognizer(testKnowledgeBase()).analyze(text), `after edit ${edit}`);
		}
	});

	it('finds the common prefix and suffix of two texts', () => {
		const long = 'a'.repeat(5000);
		assert.strictEqual(commonPrefixLength(`${long}xb`, `${long}yb`), 5000);
		assert.strictEqual(commonPrefixLength('abc', 'abcd'), 3);
		assert.strictEqual(commonSuffixLength(`bx${long}`, `by${long}`, 5001), 5000);
		assert.strictEqual(commonSuffixLength('aaa', 'aaaa', 2), 2);
	});

	it('breaks paragraphs at a blank line, blanks and a carriage return included', () => {
		const text = 'a\n\nb\n \t\u00a0\r\nc\nd\n\r e';
		assert.strictEqual(paragraphBreakEnd(text, 1), 3);
		assert.strictEqual(paragraphBreakEnd(text, 4), 10);
		assert.strictEqual(paragraphBreakEnd(text, 11), -1);
		assert.strictEqual(paragraphBreakEnd(text, 13), -1);
		assert.strictEqual(paragraphBreakEnd('x\n', 1), -1);
	});
});
