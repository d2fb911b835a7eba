import { AcronymDefinition, definedAcronyms, initials } from './acronyms';
import { Candidate, Priority, resolveOverlaps } from './candidates';
import { DateNormalizer } from './dateNormalizer';
import { findDesignatedAreas } from './districtRules';
import { findDocumentDate } from './documentDate';
import { FigureNormalizer } from './figureNormalizer';
import { districtBaseName, stripLegalForm } from './identity';
import { KnowledgeBase, defaultKnowledgeBase } from './knowledgeBase';
import { detectLanguage, paragraphLanguage } from './languageDetector';
import { designatedNames, identify, isDistinctiveFirstWord, nameSequences } from './nameSequences';
import { coordinatedOrganizations, organizationsInContext } from './organizationRules';
import { ParagraphCache } from './paragraphCache';
import { ParagraphContext } from './paragraphContext';
import { CHAMBER_PREFIXES, CHINESE_SURNAMES, PERSON_TITLES, SPEECH_VERBS } from './lexicon';
import { PINYIN_WORD, findPersons, isPinyinGivenName } from './personRules';
import { Shape, Token, textHash } from './tokenizer';
import { DocumentAnalysis, Entity, EntityKind, Language } from './types';
import { wordAfter, wordBefore } from './wordBoundary';

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
	/** What the paragraph defines for the document pass (see nameDefinitions); derived on first use. */
	definitions?: NameDefinition[];
}

/** A non-blank paragraph of an analysed document. */
interface AnalysedParagraph {
	start: number;
	/** Where its text ends: at its paragraph break, or at the end of the document. */
	end: number;
	result: ParagraphResult;
	/** The result's entities after the document pass (offsets relative to `start`); undefined until then. */
	entities: Entity[] | undefined;
}

/** What an analysis was assembled from, kept so that the analysis of an edited version of its text can reuse it. */
interface AnalysisState {
	text: string;
	language: Language;
	documentDate: string | null;
	paragraphs: AnalysedParagraph[];
	names: DocumentNames;
	/** The analysis's entities, at document offsets. */
	entities: Entity[];
}

/** The document language and date, and the contexts (see ParagraphResult.context) they give the paragraphs. */
interface DocumentContext {
	language: Language;
	documentDate: string | null;
	ofFirst: string;
	ofOthers: string;
}

/** The paragraphs of an earlier analysis that a split of the edited text may take over once it is past the change. */
interface Resumable {
	paragraphs: readonly AnalysedParagraph[];
	/** The first of them that may start after the change. */
	next: number;
	/** Offset in the edited text from which on it equals the earlier text, shifted by `shift`. */
	unchangedFrom: number;
	shift: number;
}

function documentContext(text: string): DocumentContext {
	const language = detectLanguage(text);
	const documentDate = findDocumentDate(text);
	return {
		language,
		documentDate,
		ofFirst: `${language}\u0000${documentDate ?? ''}\u00001`,
		ofOthers: `${language}\u0000${documentDate ?? ''}\u00000`,
	};
}

/** Paragraph text kept in the cache, in UTF-16 code units: a few large documents. */
const CACHE_CAPACITY = 16 * 1024 * 1024;

export class EntityRecognizer {
	private readonly kb: KnowledgeBase;
	private readonly dates = new DateNormalizer();
	private readonly figures = new FigureNormalizer();
	private readonly cache = new ParagraphCache<ParagraphResult>(CACHE_CAPACITY);
	/** What each analysis of analyzeEditable still referenced was assembled from. */
	private readonly states = new WeakMap<DocumentAnalysis, AnalysisState>();

	constructor(kb?: KnowledgeBase) {
		this.kb = kb ?? defaultKnowledgeBase();
	}

	/** The entities of `text`. */
	analyze(text: string): DocumentAnalysis {
		const context = documentContext(text);
		const { language, documentDate, entities } = this.analyzeAll(text, context);
		return { language, documentDate, entities };
	}

	/**
	 * analyze() for a document that is edited (an open one): what the analysis was assembled from is
	 * kept with it, for as long as the caller keeps the analysis. Pass it as `previous` with the text of
	 * the next version: the paragraphs before and after the changed text are then taken over from it,
	 * not looked up again, and the document pass redoes only the changed paragraphs unless the names
	 * defined in the document changed. The result is the same as analyze()'s.
	 */
	analyzeEditable(text: string, previous?: DocumentAnalysis): DocumentAnalysis {
		const context = documentContext(text);
		const before = previous && this.states.get(previous);
		const state = before && before.language === context.language && before.documentDate === context.documentDate
			? this.reanalyze(text, before, context)
			: this.analyzeAll(text, context);
		const analysis: DocumentAnalysis = { language: state.language, documentDate: state.documentDate, entities: state.entities };
		this.states.set(analysis, state);
		return analysis;
	}

	private analyzeAll(text: string, context: DocumentContext): AnalysisState {
		const paragraphs: AnalysedParagraph[] = [];
		this.splitParagraphs(text, 0, paragraphs, context);
		const names = documentNames(paragraphs, this.kb);
		const entities: Entity[] = [];
		for (const paragraph of paragraphs) {
			pushAtOffset(entities, (paragraph.entities = linkParagraph(text, paragraph, names)), paragraph.start);
		}
		return { text, language: context.language, documentDate: context.documentDate, paragraphs, names, entities };
	}

	/**
	 * analyzeAll of an edited text in the language and with the date of the analysis `before`. The
	 * paragraphs before the first changed character are kept, and once the split is past the last
	 * changed one and at a paragraph start shifted from an old one, the old paragraphs from there on
	 * are taken over shifted. Their entities after the document pass are kept too while the names the
	 * paragraphs define (see nameDefinitions) stay the same.
	 */
	private reanalyze(text: string, before: AnalysisState, context: DocumentContext): AnalysisState {
		const old = before.text;
		const prefix = commonPrefixLength(old, text);
		const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
		// At a paragraph start up to the first change, splitting either text is in the same state.
		let unchanged = 0;
		while (unchanged < before.paragraphs.length && before.paragraphs[unchanged].start <= prefix) {
			unchanged++;
		}
		// The last of those paragraphs may run into the change, so the split starts again at its start.
		const kept = Math.max(0, unchanged - 1);
		const paragraphs = before.paragraphs.slice(0, kept);
		this.splitParagraphs(text, unchanged > 0 ? before.paragraphs[kept].start : 0, paragraphs, context, {
			paragraphs: before.paragraphs,
			next: kept,
			unchangedFrom: text.length - suffix,
			shift: text.length - old.length,
		});
		const names = sameDefinitions(before.paragraphs, paragraphs, kept, this.kb) ? before.names : documentNames(paragraphs, this.kb);
		const relinkAll = names !== before.names;
		const entities = relinkAll ? [] : before.entities.slice(0, entityCount(paragraphs, kept));
		for (let i = relinkAll ? 0 : kept; i < paragraphs.length; i++) {
			let paragraph = paragraphs[i];
			if (relinkAll || paragraph.entities === undefined) {
				// A new object: the kept ones are also the earlier analysis's.
				paragraph = paragraphs[i] = { ...paragraph, entities: linkParagraph(text, paragraph, names) };
			}
			pushAtOffset(entities, paragraph.entities!, paragraph.start);
		}
		return { text, language: context.language, documentDate: context.documentDate, paragraphs, names, entities };
	}

	/**
	 * Splits text[from, …) into paragraphs (from being 0 or a paragraph start) and appends the non-blank
	 * ones to `paragraphs`, each with its result. With `resume`, stops at the first paragraph start past
	 * the change that one of its paragraphs had, and appends that one and those after it instead.
	 */
	private splitParagraphs(text: string, from: number, paragraphs: AnalysedParagraph[], context: DocumentContext, resume?: Resumable): void {
		let start = from;
		let next = resume?.next ?? 0;
		for (let lineEnd = text.indexOf('\n', from); lineEnd >= 0; lineEnd = text.indexOf('\n', lineEnd + 1)) {
			const breakEnd = paragraphBreakEnd(text, lineEnd);
			if (breakEnd < 0) {
				continue;
			}
			this.addParagraph(text, start, lineEnd, paragraphs, context);
			start = breakEnd;
			lineEnd = breakEnd - 1;
			if (resume && start >= resume.unchangedFrom) {
				const old = resume.paragraphs;
				while (next < old.length && old[next].start + resume.shift < start) {
					next++;
				}
				if (next < old.length && old[next].start + resume.shift === start) {
					// From a paragraph start on, the split depends only on the text that follows, which is the old one.
					for (let i = next; i < old.length; i++) {
						this.takeOver(text, old[i], resume.shift, paragraphs, context);
					}
					return;
				}
			}
		}
		this.addParagraph(text, start, text.length, paragraphs, context);
	}

	private addParagraph(text: string, start: number, end: number, paragraphs: AnalysedParagraph[], context: DocumentContext): void {
		const paragraph = text.slice(start, end);
		if (!/\S/.test(paragraph)) {
			return;
		}
		const first = paragraphs.length === 0;
		// Keyed by the text alone (no concatenated copy of it); the context must match too.
		const resultContext = first ? context.ofFirst : context.ofOthers;
		let result = this.cache.get(paragraph);
		if (!result || result.context !== resultContext) {
			result = this.recognize(paragraph, paragraphLanguage(text, start, end, context.language), context.documentDate, first);
			result.context = resultContext;
			this.cache.set(paragraph, result);
		}
		paragraphs.push({ start, end, result, entities: undefined });
	}

	/** Appends an old paragraph moved by `shift`, with its result unless it is no longer (or now) the first. */
	private takeOver(text: string, old: AnalysedParagraph, shift: number, paragraphs: AnalysedParagraph[], context: DocumentContext): void {
		if (old.result.context === (paragraphs.length === 0 ? context.ofFirst : context.ofOthers)) {
			paragraphs.push({ start: old.start + shift, end: old.end + shift, result: old.result, entities: old.entities });
		} else {
			this.addParagraph(text, old.start + shift, old.end + shift, paragraphs, context);
		}
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
		for (const { start, end, value, unit, approx } of this.figures.find(text, language)) {
			// Built whole, not with the approximation added afterwards (see entityAt).
			candidates.push(approx
				? { start, end, kind: 'figure', value, unit, approx, priority: Priority.Normalizer }
				: { start, end, kind: 'figure', value, unit, priority: Priority.Normalizer });
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
 * one order, so that all entities share few hidden classes, and the combinations entities have are
 * each built by one literal: an object has room for the properties of its literal only, so one
 * added afterwards costs another allocation and a change of hidden class.
 */
function entityAt(source: Candidate | Entity, start: number, end: number, text: string): Entity {
	const { kind, id, value, unit, approx } = source;
	if (value === undefined && unit === undefined && approx === undefined) {
		// Named entities (or none of the optional fields).
		return id === undefined ? { start, end, text, kind } : { start, end, text, kind, id };
	}
	if (id === undefined && value !== undefined && unit !== undefined) {
		// Figures.
		return approx === undefined ? { start, end, text, kind, value, unit } : { start, end, text, kind, value, unit, approx };
	}
	if (id === undefined && value !== undefined && approx === undefined) {
		// Dates.
		return { start, end, text, kind, value };
	}
	const entity: Entity = { start, end, text, kind };
	if (id !== undefined) {
		entity.id = id;
	}
	if (value !== undefined) {
		entity.value = value;
	}
	if (unit !== undefined) {
		entity.unit = unit;
	}
	if (approx !== undefined) {
		entity.approx = approx;
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

/** A named entity a bare name stands for in the document. */
interface NamedEntity {
	kind: EntityKind;
	id: string;
}

/** Marks a surname of two persons of the document while its names are collected. */
const SHARED_SURNAME: NamedEntity = { kind: 'person', id: '' };
/** Marks a head word of two organizations' names while the document's names are collected. */
const SHARED_HEAD: NamedEntity = { kind: 'organization', id: '' };

/** The names a document defines (see nameDefinitions), looked up by the document pass. */
interface DocumentNames {
	/** Bare names: district base names, surnames, acronyms, rule-found organization names and their first words. */
	byName: Map<string, NamedEntity>;
	/** Multiword organization names by their first word, longest first. */
	byFirstWord: Map<string, { text: string; id: string }[]>;
	/** The persons' full names by their first word, longest first: a rule may find one person only where the context says so. */
	personsByFirstWord: Map<string, { text: string; id: string }[]>;
	/** `textHash` of every key of the maps: most tokens are none of them, which their hash tells without their text. */
	keyHashes: Set<number>;
	/**
	 * Names every organization mention written so takes the id of: acronyms the document introduces
	 * ("Italian Trade Agency (ITA)") and short forms of its longer names ("Kessler" of "Kessler Sensortechnik GmbH").
	 */
	renamed: Map<string, Renaming>;
	/**
	 * Surnames of the document's persons that also begin its names of one company ("Dr. Anja Kessler",
	 * "Kessler Sensortechnik GmbH"). Alone, such a name stands for the company ("In Longgang wird Kessler 25
	 * Ingenieure beschäftigen") unless it is written as the person's (see isAddressedAsPerson).
	 */
	founders: Map<string, { person: NamedEntity; company: NamedEntity }>;
	/** The persons' surnames, which a rule may find alone ("Frau Kessler") and give an id of their own. */
	surnames: Map<string, NamedEntity>;
	/** Head words of one organization's name each, which stand for it after "the": "the Commission" of "the European Commission". */
	heads: Map<string, NamedEntity>;
}

/** The id organization mentions written so take, from any id or only from the one a rule gave them. */
interface Renaming {
	id: string;
	from?: string;
}

const enum Definition {
	/** Defines `name` unless defined already, and if so `genitive` likewise. */
	IfNew,
	/** Defines `name`, replacing an earlier definition. */
	Always,
	/** Adds `longName` to the multiword names starting with the word `name`. */
	LongName,
	/** Defines `name`, replacing an earlier definition and never replaced by one of Always, and names by it every organization mention written so. */
	Acronym,
	/** Defines the head word `name` of an organization's name, which "the" plus the head stands for unless two of the document's organizations share it. */
	Head,
	/** Adds `longName`, a person's full name, to the person names starting with the word `name`. */
	PersonName,
}

interface NameDefinition {
	definition: Definition;
	name: string;
	genitive?: string;
	named?: NamedEntity;
	longName?: { text: string; id: string };
}

/**
 * The document pass: names defined once in the document (a district by its designator, an acronym
 * by its long form, a person by the full name, an organization by its context) give the same id to
 * their bare uses elsewhere. Each paragraph's definitions are derived once (they depend on its
 * result alone) and applied in document order, so that an edit that leaves them as they were leaves
 * the names as they were.
 */
function documentNames(paragraphs: readonly AnalysedParagraph[], kb: KnowledgeBase): DocumentNames {
	const byName = new Map<string, NamedEntity>();
	const byFirstWord = new Map<string, { text: string; id: string }[]>();
	const personsByFirstWord = new Map<string, { text: string; id: string }[]>();
	const acronyms = new Map<string, NamedEntity>();
	/** A rule's one-word organization names, with the id the rule gave them. */
	const oneWordNames = new Map<string, string>();
	const surnames = new Map<string, NamedEntity>();
	const heads = new Map<string, NamedEntity>();
	for (const { result } of paragraphs) {
		for (const { definition, name, genitive, named, longName } of nameDefinitions(result, kb)) {
			if (definition === Definition.Head) {
				heads.set(name, heads.has(name) && heads.get(name)!.id !== named!.id ? SHARED_HEAD : named!);
			} else if (definition === Definition.Acronym) {
				byName.set(name, named!);
				acronyms.set(name, named!);
			} else if (definition === Definition.Always) {
				// A rule's one-word name does not replace the acronym the document introduced.
				if (!acronyms.has(name)) {
					byName.set(name, named!);
					oneWordNames.set(name, named!.id);
				}
			} else if (definition === Definition.IfNew) {
				if (named!.kind === 'person') {
					// "Anja Kessler" and "Jonas Kessler": "Frau Kessler" names neither for sure.
					surnames.set(name, surnames.has(name) && surnames.get(name)!.id !== named!.id ? SHARED_SURNAME : named!);
				}
				if (!byName.has(name)) {
					byName.set(name, named!);
					if (genitive !== undefined && !byName.has(genitive)) {
						byName.set(genitive, named!);
					}
				}
			} else {
				addLongName(definition === Definition.PersonName ? personsByFirstWord : byFirstWord, name, longName!);
			}
		}
	}
	const renamed = new Map<string, Renaming>();
	for (const [name, named] of acronyms) {
		if (named.kind === 'organization') {
			renamed.set(name, { id: named.id });
		}
	}
	for (const [name, ruleId] of oneWordNames) {
		// "Kessler Sensortechnik GmbH" … "the CEO of Kessler": a rule's one-word name that begins the document's
		// longer names of one organization is its short form, but not one that begins the names of two.
		const longer = byFirstWord.get(name);
		if (longer !== undefined && !acronyms.has(name) && longer.every(n => n.id === longer[0].id)) {
			const named: NamedEntity = { kind: 'organization', id: longer[0].id };
			byName.set(name, named);
			renamed.set(name, { id: named.id, from: ruleId });
		}
	}
	for (const [name, person] of surnames) {
		if (person === SHARED_SURNAME) {
			surnames.delete(name);
		}
	}
	const founders = new Map<string, { person: NamedEntity; company: NamedEntity }>();
	for (const [name, person] of surnames) {
		const companies = byFirstWord.get(name);
		if (companies !== undefined && companies.every(n => n.id === companies[0].id)) {
			founders.set(name, { person, company: { kind: 'organization', id: companies[0].id } });
		}
	}
	for (const [head, named] of heads) {
		if (named === SHARED_HEAD || byName.has(head)) {
			heads.delete(head);
		}
	}
	const keyHashes = new Set<number>();
	for (const map of [byName, byFirstWord, personsByFirstWord, heads]) {
		for (const name of map.keys()) {
			keyHashes.add(textHash(name));
		}
	}
	return { byName, byFirstWord, personsByFirstWord, keyHashes, renamed, founders, surnames, heads };
}

function addLongName(byFirstWord: Map<string, { text: string; id: string }[]>, firstWord: string, longName: { text: string; id: string }): void {
	const list = byFirstWord.get(firstWord) ?? [];
	if (!list.some(n => n.text === longName.text)) {
		list.push(longName);
		list.sort((a, b) => b.text.length - a.text.length);
		byFirstWord.set(firstWord, list);
	}
}

/**
 * Heads of organization names that, capitalized after "the", stand for the one organization of the document
 * named with them: "the European Commission … the Commission". Not "Government", "Office" or "Bank", which
 * writers capitalize for others too.
 */
const SHORT_FORM_HEADS = new Set([
	'Commission', 'Council', 'Chamber', 'Agency', 'Authority', 'Ministry', 'Bureau', 'Committee', 'Federation', 'Association',
	'Foundation', 'Institute', 'University', 'Academy',
]);
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Dd]ie|[Dd]er) $/u;
/** The article, its space and the character before it, which tells "der" from "jeder". */
const ARTICLE_REACH = 5;
const COMPLEMENT = / (?:of|for|on) /;

/**
 * The head a name of two or more words ends with, or has before its complement: "Commission", "Chamber" of "Hamburg
 * Chamber of Commerce"; or the chamber prefix it starts with.
 */
function shortFormHead(name: string): string | undefined {
	const firstSpace = name.indexOf(' ');
	if (firstSpace > 0 && CHAMBER_PREFIXES.has(name.slice(0, firstSpace))) {
		return name.slice(0, firstSpace);
	}
	const complement = name.search(COMPLEMENT);
	const end = complement < 0 ? name.length : complement;
	const space = name.lastIndexOf(' ', end - 1);
	const head = space > 0 ? name.slice(space + 1, end) : undefined;
	return head !== undefined && SHORT_FORM_HEADS.has(head) ? head : undefined;
}

/** Initials shorter than this spell too many other things ("EU", "AG"). */
const MIN_INITIALS = 3;

function nameDefinitions(result: ParagraphResult, kb: KnowledgeBase): NameDefinition[] {
	if (result.definitions) {
		return result.definitions;
	}
	const definitions: NameDefinition[] = [];
	for (const entity of result.entities) {
		if (entity.kind === 'district' && entity.id) {
			const base = districtBaseName(entity.text);
			if (LETTERS_ONLY.test(base)) {
				// German genitive: "Minhangs Wirtschaft"
				const genitive = SIBILANT_END.test(base) ? undefined : base + 's';
				definitions.push({ definition: Definition.IfNew, name: base, genitive, named: { kind: 'district', id: entity.id } });
			}
		} else if (entity.kind === 'organization' && entity.id) {
			const head = shortFormHead(entity.text);
			if (head !== undefined) {
				definitions.push({ definition: Definition.Head, name: head, named: { kind: 'organization', id: entity.id } });
			}
			// "the Hungarian Investment Promotion Agency … known by its acronym HIPA": an acronym may be
			// introduced in words, or not at all, so the initials of a long name stand for it. Long is
			// MIN_INITIALS words or more, told by two spaces before the initials are spelled out.
			const firstSpace = entity.text.indexOf(' ');
			if (firstSpace >= 0 && entity.text.includes(' ', firstSpace + 1)) {
				const acronym = initials(entity.text).toUpperCase();
				if (acronym.length >= MIN_INITIALS) {
					definitions.push({ definition: Definition.IfNew, name: acronym, named: { kind: 'organization', id: entity.id } });
				}
			}
		} else if (entity.kind === 'person' && entity.id) {
			const parts = entity.text.split(' ');
			// Chinese names put the surname first ("Chen Ming" … "Chen said").
			const surname = parts.length === 2 && CHINESE_SURNAMES.has(parts[0]) && isPinyinGivenName(parts[1]) ? parts[0] : parts[parts.length - 1];
			if (parts.length >= 2) {
				definitions.push({ definition: Definition.IfNew, name: surname, named: { kind: 'person', id: entity.id } });
				// "Tallinn Enterprise Board: Andres Kask (chair)" … "Andres Kask said": the full name is the person's wherever it stands.
				definitions.push({ definition: Definition.PersonName, name: parts[0], longName: { text: entity.text, id: entity.id } });
			}
		}
	}
	for (const name of result.ruleNames) {
		const firstWord = FIRST_WORD.exec(name.text)![0];
		const named: NamedEntity = { kind: 'organization', id: name.id };
		if (firstWord === name.text) {
			definitions.push({ definition: Definition.Always, name: name.text, named });
			continue;
		}
		// "Lumix Robotics" … "Lumix said": a distinctive first word stands for the name.
		if (isDistinctiveFirstWord(kb, firstWord)) {
			definitions.push({ definition: Definition.IfNew, name: firstWord, named });
		}
		definitions.push({ definition: Definition.LongName, name: firstWord, longName: name });
		// "Zhuhai Haoyu Precision Technology Co., Ltd." … "Zhuhai Haoyu" … "Haoyu": Chinese companies put their city
		// before their pinyin brand, and go by both ("Hamburg Port Authority" has no such brand).
		const words = name.text.split(' ');
		if (words.length >= 3 && kb.lookup(firstWord)?.kind === 'place' && isDistinctiveFirstWord(kb, words[1])
			&& PINYIN_WORD.test(words[1].toLowerCase())) {
			definitions.push({ definition: Definition.LongName, name: firstWord, longName: { text: `${firstWord} ${words[1]}`, id: name.id } });
			definitions.push({ definition: Definition.IfNew, name: words[1], named });
		}
		// "Ferrante Meccanica S.p.A." … "Ferrante Meccanica will hold": the name without its legal form.
		const withoutLegalForm = stripLegalForm(name.text);
		if (withoutLegalForm !== name.text && withoutLegalForm.includes(' ')) {
			definitions.push({ definition: Definition.LongName, name: firstWord, longName: { text: withoutLegalForm, id: name.id } });
		}
	}
	for (const definition of result.acronyms) {
		definitions.push({ definition: Definition.Acronym, name: definition.acronym, named: { kind: definition.kind, id: definition.id } });
	}
	return (result.definitions = definitions);
}

/**
 * True when the paragraphs of `a` and of `b` define the same names in the same order, given that
 * their first `same` paragraphs are the same.
 */
function sameDefinitions(a: readonly AnalysedParagraph[], b: readonly AnalysedParagraph[], same: number, kb: KnowledgeBase): boolean {
	let i = same;
	let j = same;
	let endA = a.length;
	let endB = b.length;
	while (endA > i && endB > j && a[endA - 1].result === b[endB - 1].result) {
		endA--;
		endB--;
	}
	let ofA: NameDefinition[] = [];
	let ofB: NameDefinition[] = [];
	let k = 0;
	let l = 0;
	for (;;) {
		while (k === ofA.length && i < endA) {
			ofA = nameDefinitions(a[i++].result, kb);
			k = 0;
		}
		while (l === ofB.length && j < endB) {
			ofB = nameDefinitions(b[j++].result, kb);
			l = 0;
		}
		if (k === ofA.length || l === ofB.length) {
			return k === ofA.length && l === ofB.length;
		}
		const x = ofA[k++];
		const y = ofB[l++];
		if (x !== y && (x.definition !== y.definition || x.name !== y.name || x.genitive !== y.genitive
			|| x.named?.kind !== y.named?.kind || x.named?.id !== y.named?.id
			|| x.longName?.text !== y.longName?.text || x.longName?.id !== y.longName?.id)) {
			return false;
		}
	}
}

/** The paragraph's entities with the bare uses of the document's names added (offsets relative to the paragraph). */
function linkParagraph(text: string, { start, result }: AnalysedParagraph, names: DocumentNames): Entity[] {
	const added: Entity[] = [];
	// "Zhuhai Haoyu": a place that begins one of the document's company names.
	const companiesAtPlaces = names.byFirstWord.size > 0 ? result.entities.filter(e => e.kind === 'place' && names.byFirstWord.has(e.text))
		.map(place => longerName(text, start, place.start, names.byFirstWord.get(place.text)!, 'organization')).filter(isDefined) : [];
	let nextCompany = 0;
	for (const token of result.openTokens) {
		while (nextCompany < companiesAtPlaces.length && companiesAtPlaces[nextCompany].start < token.end) {
			added.push(companiesAtPlaces[nextCompany++]);
		}
		// A long name added already covers this token ("Sensortechnik" of "Kessler Sensortechnik").
		if (added.length > 0 && token.start < added[added.length - 1].end) {
			continue;
		}
		if (!names.keyHashes.has(token.hash)) {
			const part = token.shape & Shape.Joined ? compoundFirstPart(text, start, token, names) : undefined;
			if (part) {
				added.push(part);
			}
			continue;
		}
		const companies = names.byFirstWord.get(token.text);
		const persons = names.personsByFirstWord.get(token.text);
		const longer = (companies && longerName(text, start, token.start, companies, 'organization'))
			|| (persons && longerName(text, start, token.start, persons, 'person'));
		if (longer) {
			added.push(longer);
			continue;
		}
		const head = names.heads.get(token.text);
		if (head !== undefined && ARTICLE_BEFORE.test(text.slice(Math.max(0, start + token.start - ARTICLE_REACH), start + token.start))) {
			added.push({ start: token.start, end: token.end, text: token.text, kind: head.kind, id: head.id });
			continue;
		}
		const known = names.byName.get(token.text);
		if (known) {
			const founder = names.founders.get(token.text);
			const named = founder === undefined ? known
				: isAddressedAsPerson(text, start + token.start, start + token.end) ? founder.person : founder.company;
			added.push({ start: token.start, end: token.end, text: token.text, kind: named.kind, id: named.id });
		}
	}
	added.push(...companiesAtPlaces.slice(nextCompany));
	// Renamings, surnames and acronyms are all names of byName too.
	const entities = names.byName.size > 0 || names.byFirstWord.size > 0 ? withDocumentIds(text, start, result.entities, names) : result.entities;
	if (added.length === 0) {
		return entities;
	}
	const kept = entities.filter(e => !added.some(a => a.start < e.end && e.start < a.end));
	return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "WKV-Außenwirtschaftsleiter", "Allerwerk-Geschäftsführerin": a German compound led by one of the document's
 * names of an organization mentions it (an area's compound, "Tiexi-Innovationszentrum", is left to the knowledge base).
 */
function compoundFirstPart(text: string, start: number, token: Token, names: DocumentNames): Entity | undefined {
	const hyphen = text.indexOf('-', start + token.start);
	if (hyphen < 0 || hyphen >= start + token.end || !names.keyHashes.has(textHash(text, start + token.start, hyphen))) {
		return undefined;
	}
	const name = text.slice(start + token.start, hyphen);
	const known = names.byName.get(name);
	return known && known.kind === 'organization' ? { start: token.start, end: token.start + name.length, text: name, kind: known.kind, id: known.id } : undefined;
}

/** The longest of `names` written at `offset` of the paragraph at `start`, as a whole word, as a mention of `kind`. */
function longerName(text: string, start: number, offset: number, names: readonly { text: string; id: string }[], kind: EntityKind): Entity | undefined {
	const longer = names.find(n => text.startsWith(n.text, start + offset) && !LETTER_OR_DIGIT.test(text[start + offset + n.text.length] ?? ' '));
	return longer && { start: offset, end: offset + longer.text.length, text: longer.text, kind, id: longer.id };
}

function isDefined<T>(value: T | undefined): value is T {
	return value !== undefined;
}

/** Relative pronouns after a comma that refer to a person: "Kessler, who", "Kessler, die das Unternehmen führt". */
const PERSON_RELATIVE = /^, (?:who|der|die)\b/;

/** "sagte Kessler", "Kessler said", "so Kessler", "Frau Kessler", "Dr. Kessler", "Kessler, die …", "Kessler zufolge". */
function isAddressedAsPerson(text: string, start: number, end: number): boolean {
	const previous = wordBeforeName(text, start);
	if (SPEECH_VERBS.has(previous) || PERSON_TITLES.has(previous)) {
		return true;
	}
	const next = text[end] === ' ' ? wordAfter(text, end) : '';
	return (SPEECH_VERBS.has(next) && next !== 'so' && next !== 'laut') || next === 'zufolge' || PERSON_RELATIVE.test(text.slice(end, end + 6));
}

/** A speaker's label at the start of a line ("Kearney: We grow"), or a title before the name ("Ms. Kearney"). */
function isSpeakerOrAddressed(text: string, start: number, end: number): boolean {
	return (text[end] === ':' && (start === 0 || text[start - 1] === '\n')) || PERSON_TITLES.has(wordBeforeName(text, start));
}

/** The word before a name starting at `start`, past the spaces and an abbreviation's period ("Dr. Kessler"). */
function wordBeforeName(text: string, start: number): string {
	let before = start;
	while (before > 0 && text[before - 1] === ' ') {
		before--;
	}
	if (text[before - 1] === '.' && before < start) {
		before--;
	}
	return wordBefore(text, before);
}

/**
 * "The ITA and the Economic Development Bureau": a rule may take an acronym or a short name for an organization
 * of its own, while the document introduced it for another ("Italian Trade Agency (ITA)"). Likewise "Frau Kessler"
 * is the document's "Dr. Anja Kessler". `entities` with their ids as the document named them
 * (DocumentNames.renamed and surnames).
 */
function withDocumentIds(text: string, start: number, entities: Entity[], names: DocumentNames): Entity[] {
	let renamed: Entity[] | undefined;
	for (let i = 0; i < entities.length; i++) {
		const entity = entities[i];
		// "Talponi Valvole S.p.A. … Then Talponi Valvole said": what looks like a person is the document's company.
		const company = entity.kind === 'person' ? companyNamed(entity.text, names) : undefined;
		if (company !== undefined) {
			renamed ??= entities.slice();
			renamed[i] = { start: entity.start, end: entity.end, text: entity.text, kind: 'organization', id: company.id };
			continue;
		}
		// "Zhengzhou Airport Economy Zone (ZAEZ) … zwischen der ZAEZ und Luxinnovation": a list of organizations
		// does not make the document's acronym of a district one.
		const area = entity.kind === 'organization' && isAllCaps(entity.text) ? names.byName.get(entity.text) : undefined;
		if (area !== undefined && area.kind === 'district') {
			renamed ??= entities.slice();
			renamed[i] = { start: entity.start, end: entity.end, text: entity.text, kind: 'district', id: area.id };
			continue;
		}
		// "Siobhán Kearney … Kearney: We grow": a company's name that is also a person's surname names the person where
		// the person speaks or is addressed ("Porsche sold 300,000 cars" stays the company).
		const person = entity.kind === 'organization' ? names.surnames.get(entity.text) : undefined;
		if (person !== undefined && person !== SHARED_SURNAME && !names.founders.has(entity.text) && !names.byFirstWord.has(entity.text)
			&& isSpeakerOrAddressed(text, start + entity.start, start + entity.end)) {
			renamed ??= entities.slice();
			renamed[i] = { start: entity.start, end: entity.end, text: entity.text, kind: 'person', id: person.id };
			continue;
		}
		const renaming: Renaming | undefined = entity.kind === 'organization' ? names.renamed.get(entity.text)
			: entity.kind === 'person' ? names.surnames.get(entity.text) : undefined;
		if (renaming !== undefined && renaming.id !== entity.id && (renaming.from === undefined || renaming.from === entity.id)) {
			renamed ??= entities.slice();
			renamed[i] = entityAt({ ...entity, id: renaming.id }, entity.start, entity.end, entity.text);
		}
	}
	return renamed ?? entities;
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

function isAllCaps(text: string): boolean {
	return ALL_CAPS.test(text);
}

/** The document's multiword company name written exactly as `text`. */
function companyNamed(text: string, names: DocumentNames): { text: string; id: string } | undefined {
	const space = text.indexOf(' ');
	return space < 0 ? undefined : names.byFirstWord.get(text.slice(0, space))?.find(name => name.text === text);
}

/** Appends copies of `entities` moved by `offset`. */
function pushAtOffset(entities: Entity[], relative: readonly Entity[], offset: number): void {
	for (const entity of relative) {
		entities.push(entityAt(entity, entity.start + offset, entity.end + offset, entity.text));
	}
}

/** How many entities the first `count` paragraphs have after the document pass. */
function entityCount(paragraphs: readonly AnalysedParagraph[], count: number): number {
	let entities = 0;
	for (let i = 0; i < count; i++) {
		entities += paragraphs[i].entities!.length;
	}
	return entities;
}

/** Code units compared at once when looking for the common prefix or suffix: comparing strings compares memory. */
const COMPARED_CHUNK = 1024;

/** Length of the longest common prefix of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
	const length = Math.min(a.length, b.length);
	let i = 0;
	while (i + COMPARED_CHUNK <= length && a.slice(i, i + COMPARED_CHUNK) === b.slice(i, i + COMPARED_CHUNK)) {
		i += COMPARED_CHUNK;
	}
	while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) {
		i++;
	}
	return i;
}

/** Length of the longest common suffix of `a` and `b`, at most `max`. */
export function commonSuffixLength(a: string, b: string, max: number): number {
	let i = 0;
	while (i + COMPARED_CHUNK <= max && a.slice(a.length - i - COMPARED_CHUNK, a.length - i) === b.slice(b.length - i - COMPARED_CHUNK, b.length - i)) {
		i += COMPARED_CHUNK;
	}
	while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) {
		i++;
	}
	return i;
}
