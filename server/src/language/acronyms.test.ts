import * as assert from 'assert';
import { definedAcronyms, initials } from './acronyms';

describe('acronyms', () => {
	it('spells the initials of capitalized words, in Latin-1 and beyond', () => {
		assert.strictEqual(initials('Hungarian Investment Promotion Agency'), 'hipa');
		assert.strictEqual(initials('Ölmühle Äpfel-Verband × Øresund iFlytek ªBc'), 'öävø');
		assert.strictEqual(initials('Łódź Special Economic Zone'), 'łsez');
		assert.strictEqual(initials('Zhōng Ánhuī Ćwiczenia'), 'záć');
		assert.strictEqual(initials('Cafe\u0301 Über'), 'cü');
	});

	it('defines an acronym after an organization, not after other mentions', () => {
		const text = 'Hamburg Port Authority (HPA) and artificial intelligence (AI)';
		const mentions = [{ start: 0, end: 22, kind: 'organization' as const, id: 'organization:hamburg-port-authority', priority: 1 }];
		const { candidates, definitions } = definedAcronyms(text, mentions, text.length);
		assert.deepStrictEqual(candidates.map(c => text.slice(c.start, c.end)), ['HPA']);
		assert.deepStrictEqual(definitions, [{ acronym: 'HPA', kind: 'organization', id: 'organization:hamburg-port-authority' }]);
	});

	it('accepts a lowercase acronym only when it spells the initials', () => {
		const text = 'Vereinigung der Bayerischen Wirtschaft (vbw) und Bayerischen Wirtschaft (abc)';
		const mentions = [
			{ start: 0, end: 38, kind: 'organization' as const, id: 'organization:vbw', priority: 1 },
			{ start: 49, end: 70, kind: 'organization' as const, id: 'organization:bw', priority: 1 },
		];
		assert.deepStrictEqual(definedAcronyms(text, mentions, text.length).candidates.map(c => text.slice(c.start, c.end)), ['vbw']);
	});

	it('takes a short name with inner capitals in brackets, but not a seat', () => {
		const text = 'Niedersachsen Global GmbH (NGlobal) and Velmar GmbH (Suzhou)';
		const mentions = [
			{ start: 0, end: 25, kind: 'organization' as const, id: 'organization:niedersachsen-global', priority: 1 },
			{ start: 40, end: 51, kind: 'organization' as const, id: 'organization:velmar', priority: 1 },
		];
		assert.deepStrictEqual(definedAcronyms(text, mentions, text.length).candidates.map(c => text.slice(c.start, c.end)), ['NGlobal']);
	});

	it('takes an acronym put before the name with a dash', () => {
		const text = 'WFMG – Wirtschaftsförderung Mönchengladbach GmbH';
		const mentions = [{ start: 7, end: text.length, kind: 'organization' as const, id: 'organization:wfmg', priority: 1 }];
		const { candidates, definitions } = definedAcronyms(text, mentions, text.length);
		assert.deepStrictEqual(candidates.map(c => text.slice(c.start, c.end)), ['WFMG']);
		assert.deepStrictEqual(definitions, [{ acronym: 'WFMG', kind: 'organization', id: 'organization:wfmg' }]);
		// Only at the start of a line or a bracket: in running text the word before a dash is anything.
		const lines = 'Release\nPartner:\n  WFMG – Wirtschaftsförderung Mönchengladbach GmbH\nAt 07:00 CET – Kanaalpay N.V. said.';
		const lineMentions = [lines.indexOf('Wirt'), lines.indexOf('Kanaal')].map(start => ({ start, end: start + 10, kind: 'organization' as const, id: 'organization:x', priority: 1 }));
		assert.deepStrictEqual(definedAcronyms(lines, lineMentions, lines.length).candidates.map(c => lines.slice(c.start, c.end)), ['WFMG']);
	});

	it('takes the known id of an acronym for both forms', () => {
		const text = 'Ostasiatischer Verein (OAV)';
		const mentions = [{ start: 0, end: 21, kind: 'organization' as const, id: 'organization:ostasiatischer-verein', priority: 1 }];
		const { candidates } = definedAcronyms(text, mentions, text.length, acronym => acronym === 'OAV' ? 'organization:oav' : undefined);
		assert.deepStrictEqual([mentions[0].id, candidates[0].id], ['organization:oav', 'organization:oav']);
	});
});
