import { AcronymDefinition, definedAcronyms } from './acronyms';
import { Candidate, Priority, resolveOverlaps } from './candidates';
import { DateNormalizer } from './dateNormalizer';
import { findDesignatedAreas } from './districtRules';
import { findDocumentDate } from './documentDate';
import { FigureNormalizer } from './figureNormalizer';
import { districtBaseName } from './identity';
import { KnowledgeBase, defaultKnowledgeBase } from './knowledgeBase';
import { detectLanguage, paragraphLanguage } from './languageDetector';
import { designatedNames, identify, isDistinctiveFirstWord, nameSequences } from './nameSequences';
import { coordinatedOrganizations, organizationsInContext } from './organizationRules';
import { ParagraphCache } from './paragraphCache';
import { ParagraphContext } from './paragraphContext';
import { CHINESE_SURNAMES } from './lexicon';
import { findPersons, isPinyinGivenName } from './personRules';
import { Shape, Token } from './tokenizer';
import { DocumentAnalysis, Entity, EntityKind, Language } from './types';

/** What one paragraph contributes, with offsets relative to the paragraph start (so results survive edits elsewhere). */
interface ParagraphResult {
	/** Document language, document date and position the result was recognized in. */
	context?: string;
	entities: Entity[];
	/** Organizations found by a rule (not the knowledge base): their later bare uses in the document are the same. */
	ruleNames: { text: string; id: string }[];
	/** Name tokens no mention covers; the document pass may still link them to names defined elsewhere. */
	openTokens: Token[];
	acronyms: AcronymDefinition[];
}

/** Paragraph text kept in the cache, in UTF-16 code units: a few large documents. */
const CACHE_CAPACITY = 16 * 1024 * 1024;

export class EntityRecognizer {
	private readonly kb: KnowledgeBase;
	private readonly dates = new DateNormalizer();
	private readonly figures = new FigureNormalizer();
	private readonly cache = new ParagraphCache<ParagraphResult>(CACHE_CAPACITY);

	constructor(kb?: KnowledgeBase) {
		this.kb = kb ?? defaultKnowledgeBase();
	}

	analyze(text: string): DocumentAnalysis {
		const language = detectLanguage(text);
		const documentDate = findDocumentDate(text);
		// What a cached paragraph result depends on besides the paragraph's text.
		const contextOfFirst = `${language}\u0000${documentDate ?? ''}\u00001`;
		const contextOfOthers = `${language}\u0000${documentDate ?? ''}\u00000`;
		const paragraphs: { start: number; result: ParagraphResult }[] = [];
		let start = 0;
		const addParagraph = (end: number) => {
			const paragraph = text.slice(start, end);
			if (/\S/.test(paragraph)) {
				const first = paragraphs.length === 0;
				// Keyed by the text alone (no concatenated copy of it); the context must match too.
				const context = first ? contextOfFirst : contextOfOthers;
				let result = this.cache.get(paragraph);
				if (!result || result.context !== context) {
					result = this.recognize(paragraph, paragraphLanguage(text, start, end, language), documentDate, first);
					result.context = context;
					this.cache.set(paragraph, result);
				}
				paragraphs.push({ start, result });
			}
		};
		for (let lineEnd = text.indexOf('\n'); lineEnd >= 0; lineEnd = text.indexOf('\n', lineEnd + 1)) {
			const breakEnd = paragraphBreakEnd(text, lineEnd);
			if (breakEnd > 0) {
				addParagraph(lineEnd);
				start = breakEnd;
				lineEnd = breakEnd - 1;
			}
		}
		addParagraph(text.length);
		return { language, documentDate, entities: linkDocumentNames(text, paragraphs, this.kb) };
	}

	private recognize(text: string, language: Language, documentDate: string | null, first: boolean): ParagraphResult {
		const context = new ParagraphContext(text, 0, text.length, language, this.kb, first);
		const candidates: Candidate[] = [];
		for (const name of context.names) {
			candidates.push({ start: name.start, end: name.end, kind: name.entry.kind, id: name.entry.id, priority: Priority.KnowledgeBase });
		}
		const sequences = nameSequences(context);
		candidates.push(...designatedNames(context, sequences));
		candidates.push(...findDesignatedAreas(context));
		candidates.push(...organizationsInContext(context, sequences));
		candidates.push(...findPersons(context));
		for (const date of this.dates.find(text, language, documentDate)) {
			candidates.push({ start: date.start, end: date.end, kind: 'date', value: date.value, priority: Priority.Normalizer });
		}
		for (const figure of this.figures.find(text, language)) {
			const candidate: Candidate = { start: figure.start, end: figure.end, kind: 'figure', value: figure.value, unit: figure.unit, priority: Priority.Normalizer };
			if (figure.approx) {
				candidate.approx = figure.approx;
			}
			candidates.push(candidate);
		}
		let mentions = resolveOverlaps(candidates);
		identify(context, mentions);
		const coordinated = coordinatedOrganizations(context, mentions);
		if (coordinated.length > 0) {
			mentions = resolveOverlaps([...mentions, ...coordinated]);
			identify(context, mentions);
		}
		const acronyms = definedAcronyms(text, mentions, text.length, acronym => {
			const known = this.kb.lookup(acronym);
			return known && known.kind === 'organization' && known.id.length > 0 ? known.id : undefined;
		});
		if (acronyms.candidates.length > 0) {
			mentions = resolveOverlaps([...mentions, ...acronyms.candidates]);
		}
		const ruleNames = mentions
			.filter(m => m.kind === 'organization' && m.priority < Priority.KnowledgeBase && m.id)
			.map(m => ({ text: text.slice(m.start, m.end), id: m.id! }));
		return { entities: mentions.map(m => entityAt(m, m.start, m.end, text.slice(m.start, m.end))), ruleNames, openTokens: openTokens(context, mentions), acronyms: acronyms.definitions };
	}
}

/**
 * A paragraph break is a line break, blanks (space, tab, no-break or ideographic space), an optional
 * carriage return and another line break. The offset past a break starting at `lineEnd`, or -1.
 */
export function paragraphBreakEnd(text: string, lineEnd: number): number {
	let i = lineEnd + 1;
	let c = text.charCodeAt(i);
	while (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) {
		c = text.charCodeAt(++i);
	}
	if (c === 0x0d) {
		c = text.charCodeAt(++i);
	}
	return c === 0x0a ? i + 1 : -1;
}

/**
 * An entity of `source`'s kind and optional fields at [start, end). The properties always come in
 * one order, so that all entities share few hidden classes.
 */
function entityAt(source: Candidate | Entity, start: number, end: number, text: string): Entity {
	const entity: Entity = { start, end, text, kind: source.kind };
	if (source.id !== undefined) {
		entity.id = source.id;
	}
	if (source.value !== undefined) {
		entity.value = source.value;
	}
	if (source.unit !== undefined) {
		entity.unit = source.unit;
	}
	if (source.approx !== undefined) {
		entity.approx = source.approx;
	}
	return entity;
}

function openTokens(context: ParagraphContext, mentions: readonly Candidate[]): Token[] {
	const open: Token[] = [];
	let m = 0;
	for (const token of context.tokens) {
		// A name token or an all-caps one (all caps implies capitalized).
		if (!(token.shape & (Shape.Capitalized | Shape.InterCap))) {
			continue;
		}
		while (m < mentions.length && mentions[m].end <= token.start) {
			m++;
		}
		if (m < mentions.length && mentions[m].start < token.end) {
			continue;
		}
		open.push(token);
	}
	return open;
}

/** A district's base name that can stand alone: letters, apostrophes and hyphens only. */
const LETTERS_ONLY = /^[\p{L}'’-]+$/u;
/** Names ending so take no genitive -s. */
const SIBILANT_END = /[sxzß]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FIRST_WORD = /^[^\s]+/;

/**
 * The document pass: names defined once in the document (a district by its designator, an acronym
 * by its long form, a person by the full name, an organization by its context) give the same id to
 * their bare uses elsewhere. A linear walk over the open tokens of each paragraph, with Map lookups.
 */
function linkDocumentNames(text: string, paragraphs: readonly { start: number; result: ParagraphResult }[], kb: KnowledgeBase): Entity[] {
	const byName = new Map<string, { kind: EntityKind; id: string }>();
	/** Multiword organization names by their first word, longest first. */
	const byFirstWord = new Map<string, { text: string; id: string }[]>();
	for (const { result } of paragraphs) {
		for (const entity of result.entities) {
			if (entity.kind === 'district' && entity.id) {
				const base = districtBaseName(entity.text);
				if (LETTERS_ONLY.test(base) && !byName.has(base)) {
					byName.set(base, { kind: 'district', id: entity.id });
					// German genitive: "Minhangs Wirtschaft"
					if (!SIBILANT_END.test(base) && !byName.has(base + 's')) {
						byName.set(base + 's', { kind: 'district', id: entity.id });
					}
				}
			} else if (entity.kind === 'person' && entity.id) {
				const parts = entity.text.split(' ');
				// Chinese names put the surname first ("Chen Ming" … "Chen said").
				const surname = parts.length === 2 && CHINESE_SURNAMES.has(parts[0]) && isPinyinGivenName(parts[1]) ? parts[0] : parts[parts.length - 1];
				if (parts.length >= 2 && !byName.has(surname)) {
					byName.set(surname, { kind: 'person', id: entity.id });
				}
			}
		}
		for (const name of result.ruleNames) {
			const firstWord = FIRST_WORD.exec(name.text)![0];
			if (firstWord === name.text) {
				byName.set(name.text, { kind: 'organization', id: name.id });
				continue;
			}
			// "Lumix Robotics" … "Lumix said": a distinctive first word stands for the name.
			if (!byName.has(firstWord) && isDistinctiveFirstWord(kb, firstWord)) {
				byName.set(firstWord, { kind: 'organization', id: name.id });
			}
			const list = byFirstWord.get(firstWord) ?? [];
			if (!list.some(n => n.text === name.text)) {
				list.push(name);
				list.sort((a, b) => b.text.length - a.text.length);
				byFirstWord.set(firstWord, list);
			}
		}
		for (const definition of result.acronyms) {
			byName.set(definition.acronym, { kind: definition.kind, id: definition.id });
		}
	}
	const entities: Entity[] = [];
	for (const { start, result } of paragraphs) {
		const added: Entity[] = [];
		for (const token of result.openTokens) {
			const longer = byFirstWord.get(token.text)?.find(n => text.startsWith(n.text, start + token.start)
				&& !LETTER_OR_DIGIT.test(text[start + token.start + n.text.length] ?? ' '));
			if (longer) {
				added.push({ start: token.start, end: token.start + longer.text.length, text: longer.text, kind: 'organization', id: longer.id });
				continue;
			}
			const known = byName.get(token.text);
			if (known) {
				added.push({ start: token.start, end: token.end, text: token.text, kind: known.kind, id: known.id });
			}
		}
		let paragraphEntities = result.entities;
		if (added.length > 0) {
			const kept = result.entities.filter(e => !added.some(a => a.start < e.end && e.start < a.end));
			paragraphEntities = [...kept, ...added].sort((a, b) => a.start - b.start);
		}
		for (const entity of paragraphEntities) {
			entities.push(entityAt(entity, entity.start + start, entity.end + start, entity.text));
		}
	}
	return entities;
}
