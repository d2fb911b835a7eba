import { KnowledgeBase, KnowledgeEntry } from './knowledgeBase';
import { ParagraphContext } from './paragraphContext';
import { Language } from './types';

/** A small knowledge base for rule tests, independent of server/data. */
export function testKnowledgeBase(): KnowledgeBase {
	const entries: KnowledgeEntry[] = [
		{ id: 'place:shenzhen', kind: 'place', name: 'Shenzhen', aliases: ['Shenzhens'], description: '' },
		{ id: 'place:shanghai', kind: 'place', name: 'Shanghai', aliases: ['Shanghais'], description: '' },
		{ id: 'place:beijing', kind: 'place', name: 'Beijing', aliases: [], description: '' },
		{ id: 'place:cologne', kind: 'place', name: 'Cologne', nameDe: 'Köln', aliases: ['Kölns'], description: '' },
		{ id: 'place:hamburg', kind: 'place', name: 'Hamburg', aliases: [], description: '' },
		{ id: 'place:frankfurt', kind: 'place', name: 'Frankfurt', aliases: [], description: '' },
		{ id: 'place:heidelberg', kind: 'place', name: 'Heidelberg', aliases: [], description: '' },
		{ id: 'place:swabia', kind: 'place', name: 'Swabia', nameDe: 'Schwaben', aliases: [], description: '' },
		{ id: 'place:tyrol', kind: 'place', name: 'Tyrol', nameDe: 'Tirol', aliases: [], description: '', type: 'austrian-state' },
		{ id: 'place:europe', kind: 'place', name: 'Europe', nameDe: 'Europa', aliases: [], description: '' },
		{ id: 'place:germany', kind: 'place', name: 'Germany', nameDe: 'Deutschland', aliases: [], description: '', parent: 'place:europe', type: 'country' },
		{ id: 'place:china', kind: 'place', name: 'China', aliases: ['Chinas'], description: '' },
		{ id: 'place:france', kind: 'place', name: 'France', nameDe: 'Frankreich', aliases: [], description: '' },
		{ id: 'place:macao', kind: 'place', name: 'Macao', aliases: [], description: '' },
		{ id: 'place:sofia', kind: 'place', name: 'Sofia', aliases: [], description: '' },
		{ id: 'place:anhui', kind: 'place', name: 'Anhui', aliases: [], description: '', type: 'province' },
		{ id: 'place:kiel', kind: 'place', name: 'Kiel', aliases: [], description: '', type: 'city' },
		{ id: 'place:wuhan', kind: 'place', name: 'Wuhan', aliases: [], description: '', type: 'city' },
		{ id: 'place:sichuan', kind: 'place', name: 'Sichuan', aliases: [], description: '', type: 'province' },
		{ id: 'district:tianfu', kind: 'district', name: 'Tianfu New Area', aliases: ['Tianfu'], description: '' },
		{ id: 'district:futian', kind: 'district', name: 'Futian District', aliases: ['Futian', 'Bezirk Futian', 'Bezirks Futian'], description: '' },
		{ id: 'organization:bosch', kind: 'organization', name: 'Bosch', aliases: [], description: '' },
		{ id: 'organization:siemens', kind: 'organization', name: 'Siemens', aliases: [], description: '' },
	];
	return new KnowledgeBase(entries, ['GmbH', 'AG']);
}

export function testContext(text: string, language: Language = 'en', isFirstParagraph = false): ParagraphContext {
	return new ParagraphContext(text, 0, text.length, language, testKnowledgeBase(), isFirstParagraph);
}

/** "text" of each candidate with its kind, for compact assertions. */
export function spans(text: string, candidates: readonly { start: number; end: number; kind: string }[]): string[] {
	return candidates.map(c => `${c.kind}:${text.slice(c.start, c.end)}`).sort();
}
