import { Candidate, Priority } from './candidates';
import { districtBaseName, makeId, placeBaseName, stripLegalForm, uninflectGerman } from './identity';
import {
	DISTRICT_DESIGNATORS, EVENT_HEADS, GENERIC_PREMODIFIERS, GENERIC_NAME_PARTS, HEADLINE_VERBS, NATIONALITY_STEMS, ORGANIZATION_PREFIXES, WEAK_ORGANIZATION_HEADS, germanOrganizationSuffix, LEADING_STOPWORDS, LOCATED_BODY_HEADS, NAME_CONNECTORS,
	ORGANIZATION_DESIGNATORS, PARK_QUALIFIERS, PLACE_DESIGNATORS, VENUE_CENTER_QUALIFIERS, VENUE_HEADS,
} from './lexicon';
import { KnowledgeBase } from './knowledgeBase';
import { ParagraphContext } from './paragraphContext';
import { Shape, Token, isNameToken, joinedInName } from './tokenizer';
import { NamedKind } from './types';

/**
 * Capitalized name sequences ("Research Institute of Tsinghua University", "Luohu District",
 * "Guangdong Province") and their classification by the designator that heads them.
 */

/** Token index range, inclusive. */
export interface TokenRange { first: number; last: number }

const enum Head { None = 0, Organization, District, Place, Venue, Event }

/** Maximal runs of name tokens joined by spaces or connectors ("of", "and", "of the"). */
export function nameSequences(context: ParagraphContext): TokenRange[] {
	const { tokens, text } = context;
	const sequences: TokenRange[] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!startsName(tokens[i])) {
			i++;
			continue;
		}
		let last = i;
		for (;;) {
			const next = last + 1;
			if (next >= tokens.length) {
				break;
			}
			if (tokens[last].shape & Shape.Possessive) {
				if (!possessiveInName(context, next) || tokens[next].start !== tokens[last].end + 3) {
					break;
				}
			} else if (!joinedInName(text, tokens[last], tokens[next])) {
				break;
			}
			if (isNameToken(tokens[next]) && !(tokens[next].shape & Shape.SentenceStart) && !HEADLINE_VERBS.has(tokens[next].text)) {
				last = next;
				continue;
			}
			const afterConnector = connectorEnd(context, next);
			if (afterConnector > 0) {
				last = afterConnector;
				continue;
			}
			break;
		}
		sequences.push({ first: i, last });
		i = last + 1;
	}
	return sequences;
}

const GERMAN_ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;

/** German words that join the parts of one name: "Berlin Partner für Wirtschaft und Technologie GmbH". */
const GERMAN_NAME_CONNECTORS = new Set(['für', 'und']);

/** Possessors that are part of a body's name: "People's Government", "Women's Federation" (unlike "China's Ministry"). */
const NAME_POSSESSORS = new Set(['People', 'Women', 'Children', 'Workers', 'Farmers', 'Men', 'Youth', 'Veterans', 'Consumers', 'Citizens', 'Employers', 'Journalists', 'Writers', 'Teachers', 'Traders']);

function possessiveInName(context: ParagraphContext, next: number): boolean {
	const possessor = context.tokens[next - 1].text;
	return NAME_POSSESSORS.has(possessor) && (headOf(context, next) === Head.Organization || context.tokens[next].text === 'Republic' || context.tokens[next].text === 'Congress');
}

function startsName(token: Token): boolean {
	return isNameToken(token) && !LEADING_STOPWORDS.has(token.text) && !HEADLINE_VERBS.has(token.text);
}

/** When tokens[index] is a connector followed by a name token, the index of that name token; else 0. */
function connectorEnd(context: ParagraphContext, index: number): number {
	const { tokens, text } = context;
	const connector = tokens[index].text;
	if (!NAME_CONNECTORS.has(connector) && !(context.language === 'de' && GERMAN_NAME_CONNECTORS.has(connector))) {
		return 0;
	}
	let next = index + 1;
	if (next < tokens.length && tokens[next].text === 'the' && (connector === 'of' || connector === 'for')
		&& joinedInName(text, tokens[index], tokens[next])) {
		next++;
	}
	if (next < tokens.length && joinedInName(text, tokens[next - 1], tokens[next]) && startsName(tokens[next])) {
		return next;
	}
	return 0;
}

/** The head class of a token; the classes of a paragraph are computed once. */
function headOf(context: ParagraphContext, index: number): Head {
	let heads = context.heads;
	if (!heads) {
		heads = new Uint8Array(context.tokens.length);
		for (let i = 0; i < heads.length; i++) {
			heads[i] = classifyHead(context.tokens, i);
		}
		context.heads = heads;
	}
	return heads[index];
}

function classifyHead(tokens: readonly Token[], index: number): Head {
	const word = tokens[index].text;
	if (!(tokens[index].shape & (Shape.Capitalized | Shape.InterCap))) {
		return Head.None;
	}
	const previous = index > 0 ? tokens[index - 1].text : '';
	if (EVENT_HEADS.has(word)) {
		return Head.Event;
	}
	if (VENUE_HEADS.has(word) || ((word === 'Center' || word === 'Centre') && VENUE_CENTER_QUALIFIERS.has(previous))) {
		return Head.Venue;
	}
	if (DISTRICT_DESIGNATORS.has(word) || (word === 'Area' && previous === 'New') || (word === 'Park' && PARK_QUALIFIERS.has(previous))) {
		return Head.District;
	}
	if (PLACE_DESIGNATORS.has(word) || (word === 'Region' && (previous === 'Autonomous' || previous === 'Administrative'))) {
		return Head.Place;
	}
	if (ORGANIZATION_DESIGNATORS.has(word) || (word === 'General' && (previous === 'Consulate' || previous === 'Secretariat'))) {
		return Head.Organization;
	}
	const suffix = germanOrganizationSuffix(word);
	if ((tokens[index].shape & Shape.Capitalized) && suffix > 0 && (word.length > 6 || suffix === word.length)) {
		return Head.Organization;
	}
	return Head.None;
}

function isHeadWord(context: ParagraphContext, index: number): boolean {
	return headOf(context, index) !== Head.None;
}

/**
 * Split a sequence at "and" where it joins two names rather than two words of one name:
 * "Innovation Lab Heidelberg and Siemens Healthineers" splits (the left part is already a body);
 * "University of International Business and Economics" does not (the right part has no head of its own).
 */
function splitAtAnd(context: ParagraphContext, range: TokenRange): TokenRange[] {
	const { tokens } = context;
	const parts: TokenRange[] = [];
	let first = range.first;
	let ofSeen = false;
	for (let i = range.first; i <= range.last; i++) {
		const word = tokens[i].text;
		if (word === 'of' || word === 'for') {
			ofSeen = true;
		}
		if (word !== 'and' && word !== '&') {
			continue;
		}
		// The left part is a complete body when it ends in its head or in a place after it ("Innovation Lab Heidelberg").
		let leftComplete = false;
		for (let j = i - 1; j >= first; j--) {
			if (isHeadWord(context, j)) {
				leftComplete = j === i - 1 || trailingPlace(context, j + 1, i - 1);
				break;
			}
		}
		let rightHasHead = false;
		for (let j = i + 1; j <= range.last && tokens[j].text !== 'of' && tokens[j].text !== 'and'; j++) {
			if (isHeadWord(context, j)) {
				rightHasHead = true;
			}
		}
		const rightIsKnown = context.nameAt(tokens[i + 1].start)?.entry.kind === 'organization';
		const leftIsKnown = context.nameCovering(first, i - 1) !== undefined;
		const prefixed = ORGANIZATION_PREFIXES.has(tokens[first].text) || ORGANIZATION_PREFIXES.has(tokens[i + 1].text);
		if (leftIsKnown || prefixed || (!ofSeen && leftComplete) || (ofSeen && (rightHasHead || rightIsKnown))) {
			parts.push({ first, last: i - 1 });
			first = i + 1;
			ofSeen = false;
		}
	}
	parts.push({ first, last: range.last });
	return parts;
}

/** Candidates from name sequences headed by a designator. */
export function designatedNames(context: ParagraphContext, sequences: readonly TokenRange[] = nameSequences(context)): Candidate[] {
	const candidates: Candidate[] = [];
	for (const sequence of sequences) {
		for (const part of splitAtAnd(context, sequence)) {
			const candidate = classify(context, part);
			if (candidate) {
				candidates.push(candidate);
			}
		}
	}
	return candidates;
}

function classify(context: ParagraphContext, range: TokenRange): Candidate | undefined {
	const { tokens, text } = context;
	if (!hasHeadOrPrefix(context, range)) {
		// Most sequences ("Luohu", "The") carry no designator at all.
		return undefined;
	}
	let first = range.first;
	while (first <= range.last && (LEADING_STOPWORDS.has(tokens[first].text) || NAME_CONNECTORS.has(tokens[first].text))) {
		first++;
	}
	if (first > range.last) {
		return undefined;
	}
	let preLast = range.last;
	for (let i = first; i <= range.last; i++) {
		if (tokens[i].text === 'of' || tokens[i].text === 'for' || tokens[i].text === 'de' || tokens[i].text === 'von') {
			preLast = i - 1;
			break;
		}
	}
	const finalHead = headOf(context, preLast);
	if (finalHead === Head.Event || finalHead === Head.Venue) {
		return undefined;
	}
	let headIndex = -1;
	let head = Head.None;
	for (let i = preLast; i >= first; i--) {
		head = headOf(context, i);
		if (head !== Head.None) {
			headIndex = i;
			break;
		}
	}
	if (headIndex < 0 && ORGANIZATION_PREFIXES.has(tokens[first].text) && first < preLast) {
		return organizationCandidate(tokens[first].start, tokens[range.last].end, Priority.Sequence);
	}
	if (headIndex < 0 && preLast < range.last) {
		// "Officials of the Minhang District": the name is the complement.
		let next = preLast + 2;
		if (next <= range.last && tokens[next].text === 'the') {
			next++;
		}
		return next <= range.last ? classify(context, { first: next, last: range.last }) : undefined;
	}
	if (headIndex < 0 || head === Head.Event || head === Head.Venue) {
		return undefined;
	}
	const hasComplement = preLast < range.last;
	if (context.language === 'de' && first < headIndex && (tokens[first].shape & Shape.SentenceStart) && GERMAN_ADJECTIVE_ENDING.test(tokens[first].text)
		&& !NATIONALITY_STEMS.has(tokens[first].text.toLowerCase().replace(GERMAN_ADJECTIVE_ENDING, '')) && !context.nameAt(tokens[first].start)) {
		// "Neue Gesellschaft gegründet": a German adjective is capitalized only because the sentence starts with it.
		first++;
	}
	let hasNameBeforeHead = headIndex < preLast && trailingPlace(context, headIndex + 1, preLast);
	for (let i = first; i < headIndex; i++) {
		if (!isHeadWord(context, i) && !GENERIC_PREMODIFIERS.has(tokens[i].text)) {
			hasNameBeforeHead = true;
		}
	}
	const singleGermanCompound = headIndex === first && headIndex === preLast && !hasComplement && germanOrganizationSuffix(tokens[headIndex].text) > 0 && !ORGANIZATION_DESIGNATORS.has(tokens[headIndex].text);
	const onlyGenericBeforeHead = !hasNameBeforeHead && headIndex > first && GENERIC_PREMODIFIERS.has(tokens[first].text);
	if (onlyGenericBeforeHead || (!hasNameBeforeHead && !(hasComplement && head === Head.Organization))) {
		return undefined;
	}
	if (!hasNameBeforeHead && first > 0 && context.text.charCodeAt(tokens[first].start - 2) === 0x29) {
		// "Ping An Insurance (Group) Company of China": the tail of a longer name, not a name of its own.
		return undefined;
	}
	if (singleGermanCompound) {
		return undefined;
	}
	if (head === Head.District || head === Head.Place) {
		if (headIndex !== preLast) {
			return undefined;
		}
		const designatorWords = head === Head.District && tokens[headIndex].text === 'Area' ? 2 : 1;
		if (headIndex - designatorWords < first) {
			return undefined;
		}
		return areaCandidate(context, tokens[first].start, tokens[headIndex].end, head === Head.District ? 'district' : 'place');
	}
	let last = range.last;
	if (headIndex < preLast && !trailingPlace(context, headIndex + 1, preLast)) {
		// "Dutch Semiconductor Cluster": the name has a head of its own after the designator.
		return undefined;
	}
	if (WEAK_ORGANIZATION_HEADS.has(tokens[headIndex].text) && !distinctiveWordBefore(context, first, headIndex)) {
		// "Artificial Intelligence and Advanced Manufacturing": an industry, not a company.
		return undefined;
	}
	let end = tokens[last].end;
	end = extendLegalForm(text, end, context.to);
	end = extendLocation(context, tokens[headIndex].text, hasComplement, end);
	return organizationCandidate(tokens[first].start, end, Priority.Sequence);
}

/** A word of the name that is not an ordinary adjective or abstract noun: "Tinno" in "Tinno Mobile Technology". */
function distinctiveWordBefore(context: ParagraphContext, first: number, headIndex: number): boolean {
	const { tokens } = context;
	for (let i = first; i < headIndex; i++) {
		const token = tokens[i];
		if (token.shape & (Shape.AllCaps | Shape.InterCap) || context.nameAt(token.start)) {
			return true;
		}
		if ((token.shape & Shape.Capitalized) && !ORDINARY_WORD.test(token.text) && !isHeadWord(context, i) && !GENERIC_NAME_PARTS.has(token.text)) {
			return true;
		}
	}
	return false;
}

/**
 * A word that can stand for the whole name it starts: "Lumix" for "Lumix Robotics" (not "Global" for
 * "Global Media Group", "Shenzhen" for "Shenzhen Stock Exchange" or "Deutsche" for "Deutsche Zentrum Taicang").
 */
export function isDistinctiveFirstWord(kb: KnowledgeBase, word: string): boolean {
	return word.length >= 3 && /^\p{Lu}/u.test(word) && !ORDINARY_WORD.test(word) && !DEMONYM.test(word) && !LEADING_STOPWORDS.has(word)
		&& !GENERIC_PREMODIFIERS.has(word) && !ORGANIZATION_DESIGNATORS.has(word) && germanOrganizationSuffix(word) === 0
		&& !NATIONALITY_STEMS.has(word.toLowerCase().replace(/(?:e|en|er|es|em)$/, '')) && !GENERIC_NAME_PARTS.has(word)
		&& kb.lookup(word) === undefined;
}

/** "German", "American", "European", "Thai": demonyms name no company. */
const DEMONYM = /(?:an|ai|i)$/;

/** Endings of English adjectives, abstract nouns and demonyms: words that name no one. */
const ORDINARY_WORD = /(?:al|ic|ed|ive|ous|ent|ant|ary|ing|ence|ance|ity|ment|ness|tion|sion|ism|ics|ese|ish|ian|ch|ern|ful|less|able|ible)$/;

function hasHeadOrPrefix(context: ParagraphContext, range: TokenRange): boolean {
	for (let i = range.first; i <= range.last; i++) {
		if (headOf(context, i) !== Head.None || ORGANIZATION_PREFIXES.has(context.tokens[i].text)) {
			return true;
		}
	}
	return false;
}

/** Tokens [from, to] are exactly one knowledge-base place ("Innovation Lab Heidelberg"). */
function trailingPlace(context: ParagraphContext, from: number, to: number): boolean {
	const name = context.nameCovering(from, to);
	return name !== undefined && (name.entry.kind === 'place' || name.entry.kind === 'district');
}

const LEGAL_FORM_AFTER = /^(?:\.?,?\s*(?:Co\.,?\s*Ltd\.|Co\.,?\s*Limited|Co\.|Ltd\.|Inc\.|Corp\.|LLC|GmbH|AG|SE|KG|plc|PLC|S\.A\.|N\.V\.|B\.V\.|e\.\s?V\.|Limited|Pte\.?\s*Ltd\.)(?:\s*&\s*Co\.\s*KG)?)+/;
const ABBREVIATED_LEGAL_WORD = /(?:^|\s)(?:Co|Ltd|Inc|Corp|Pte|Bhd)$/;

/** "Huawei Technologies Co., Ltd.", "Verein e. V.": the legal form written after the name belongs to it. */
function extendLegalForm(text: string, end: number, limit: number): number {
	const window = text.slice(end, Math.min(limit, end + 40));
	if (ABBREVIATED_LEGAL_WORD.test(text.slice(Math.max(0, end - 5), end)) && window.startsWith('.')) {
		end += 1;
		const rest = LEGAL_FORM_AFTER.exec(text.slice(end, Math.min(limit, end + 40)));
		return rest ? end + rest[0].length : end;
	}
	const match = /^(?:,?\s+(?:Co\.,?\s*Ltd\.|Co\.|Ltd\.|Inc\.|Corp\.|S\.A\.|N\.V\.|B\.V\.|e\.\s?V\.|Pte\.?\s*Ltd\.))+/.exec(window);
	return match ? end + match[0].length : end;
}

/** "Chinese General Chamber of Commerce in Hong Kong": a located body's "in <place>" is part of its name. */
function extendLocation(context: ParagraphContext, headWord: string, hasComplement: boolean, end: number): number {
	const located = LOCATED_BODY_HEADS.test(headWord);
	const institutional = /^(?:Institute|Academy|University|Association|Branch|Campus)$/.test(headWord);
	if (!located || (institutional && !hasComplement)) {
		return end;
	}
	return extendInPlace(context, end);
}

/** The end of " in <known place>" right after `end`, or `end`. */
export function extendInPlace(context: ParagraphContext, end: number): number {
	const { text } = context;
	if (text.startsWith(' in ', end)) {
		const place = context.nameAt(end + 4);
		if (place && place.entry.kind === 'place') {
			return place.end;
		}
	}
	return end;
}

/** A district or place candidate with its knowledge-base id when the bare name is known. */
export function areaCandidate(context: ParagraphContext, start: number, end: number, kind: 'district' | 'place', priority: number = Priority.Pattern): Candidate {
	const surface = context.text.slice(start, end).replace(/\s+/g, ' ');
	const base = kind === 'district' ? districtBaseName(surface) : placeBaseName(surface);
	const known = context.kb.lookup(surface) ?? context.kb.lookup(base);
	const id = known && (known.kind === kind || (kind === 'district' && known.kind === 'place' && surface !== base)) ? knownId(known.id, kind) : makeId(kind, base);
	return { start, end, kind, id, priority };
}

function knownId(id: string, kind: NamedKind): string {
	return id.startsWith(kind + ':') ? id : `${kind}:${id.slice(id.indexOf(':') + 1)}`;
}

/** An organization candidate; its id is given only if it wins (see `identify`). */
export function organizationCandidate(start: number, end: number, priority: number): Candidate {
	return { start, end, kind: 'organization', priority };
}

/** Gives ids to accepted mentions that have none yet: most candidates lose, so ids are made late. */
export function identify(context: ParagraphContext, mentions: readonly Candidate[]): void {
	for (const mention of mentions) {
		if (mention.id !== undefined) {
			continue;
		}
		if (mention.kind === 'organization') {
			mention.id = organizationId(context, context.text.slice(mention.start, mention.end));
		} else if (mention.kind === 'person') {
			mention.id = makeId('person', context.text.slice(mention.start, mention.end));
		}
	}
}

/** Ids depend only on the surface, the language and the knowledge base: remembered per knowledge base. */
const organizationIds = new WeakMap<object, Map<string, string>>();
const ID_MEMO_LIMIT = 50_000;

export function organizationId(context: ParagraphContext, surface: string): string {
	let memo = organizationIds.get(context.kb);
	if (!memo) {
		memo = new Map();
		organizationIds.set(context.kb, memo);
	}
	const key = context.language + surface;
	let id = memo.get(key);
	if (id === undefined) {
		id = computeOrganizationId(context, surface);
		if (memo.size >= ID_MEMO_LIMIT) {
			memo.clear();
		}
		memo.set(key, id);
	}
	return id;
}

function computeOrganizationId(context: ParagraphContext, surface: string): string {
	const name = surface.replace(/\s+/g, ' ');
	const stripped = stripLegalForm(name);
	const german = context.language === 'de';
	const base = german ? uninflectGerman(nominativeGerman(stripped)) : stripped;
	const forms = german ? [name, stripped, nominativeGerman(stripped), nominativeGerman(stripped, 'es'), nominativeGerman(stripped, 'er'), base] : [name, stripped];
	for (const form of forms) {
		const known = context.kb.lookup(form);
		if (known && known.kind === 'organization') {
			return known.id;
		}
	}
	return makeId('organization', withoutParent(context, base));
}

/**
 * "Shenzhen Institute of Advanced Technology of Chinese Academy of Sciences" and "Futian District Government
 * of Shenzhen" are the bodies before the last "of": what follows names their parent or their seat. Only when
 * the part before names something itself ("Bank of China" stays whole).
 */
function withoutParent(context: ParagraphContext, name: string): string {
	let end = name.length;
	for (;;) {
		const of = name.lastIndexOf(' of ', end - 1);
		if (of <= 0) {
			return name;
		}
		const left = name.slice(0, of);
		const right = name.slice(of + 4).replace(/^the /, '');
		const rightWords = right.split(' ');
		const known = context.kb.lookup(right);
		const parent = (known && (known.kind === 'place' || known.kind === 'organization'))
			|| (rightWords.length > 1 && rightWords.some(word => ORGANIZATION_DESIGNATORS.has(word)));
		if (parent && context.kb.findNames(left).length > 0) {
			return left;
		}
		end = of;
	}
}

/** "Deutschen Bank" → "Deutsche Bank", "Statistischem Bundesamt" → "Statistisches Bundesamt": adjective endings of a German name in the nominative. */
function nominativeGerman(name: string, ending = 'e'): string {
	// Only adjective endings: "-en", "-es", "-em", and "-er" after "sch" ("Deutscher"), never the "-er" of "Handelskammer".
	return name.replace(/(\p{Lu}\p{Ll}+?)(?:e[nsm]|(?<=sch)er|e)(?= \p{Lu})/gu, `$1${ending}`);
}
