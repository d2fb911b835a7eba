import { Candidate, Priority } from './candidates';
import { districtBaseName, makeId, placeBaseName, stripLegalForm, uninflectGerman } from './identity';
import {
	HEAD_FIRST_DESIGNATORS, NATIONALITY_STEMS, ORGANIZATION_DESIGNATORS, Word, germanOrganizationSuffix, NAME_CONNECTORS, STATE_BODY_WORDS, mayBeContextCue, wordClass, wordClassIn,
} from './lexicon';
import { KnowledgeBase } from './knowledgeBase';
import { PINYIN_WORD } from './personRules';
import { ParagraphContext } from './paragraphContext';
import { Shape, Token, TokenWords, isNameToken, joinedInName } from './tokenizer';
import { Language, NamedKind } from './types';

/**
 * Capitalized name sequences ("Research Institute of Tsinghua University", "Luohu District",
 * "Guangdong Province") and their classification by the designator that heads them.
 */

/** Token index range, inclusive. */
export interface TokenRange { first: number; last: number }

export const enum Head { None = 0, Organization, District, Place, Venue, Event }

/**
 * What the rules look up once per paragraph about its tokens, in one pass. The arrays are reused from paragraph
 * to paragraph (the rules run one paragraph at a time): their entries past the paragraph's tokens mean nothing,
 * and a paragraph's words are valid until the words of another paragraph are looked up.
 */
export interface ParagraphWords {
	/** The `Word` bits of each token; 0 for tokens that are not name tokens. */
	readonly classes: Int32Array;
	/** The `Head` of each token. */
	readonly heads: Uint8Array;
	/** Whether each token may be part of a person's name (1) or not (0). */
	readonly nameParts: Uint8Array;
	/** Indexes of the name tokens, ascending: rules that start at a name skip the other two thirds of the tokens. */
	readonly nameTokens: readonly number[];
	/**
	 * Indexes of the other tokens that may be list markers or role joiners (`mayBeContextCue`), ascending: the rules
	 * starting from those words visit these instead of every token, and test the words themselves.
	 */
	readonly contextCues: readonly number[];
	/** Indexes of the name tokens right before a comma, ascending: appositives start there ("SenseTime, a company"). */
	readonly namesBeforeComma: readonly number[];
	/** The union of the classes: rules skip paragraphs without the words they start from. */
	readonly union: number;
}

/**
 * The paragraph whose words were looked up last. The rules run one paragraph at a time, so one entry
 * is enough, and it spares the garbage collector the work a weak map of every paragraph costs it.
 */
let lastParagraph: { context: ParagraphContext; words: ParagraphWords } | undefined;

export function paragraphWords(context: ParagraphContext): ParagraphWords {
	if (lastParagraph?.context !== context) {
		const { tokens, text } = context;
		if (tokens.length > wordBuffers.classes.length) {
			const capacity = Math.max(tokens.length, 2 * wordBuffers.classes.length);
			wordBuffers = { classes: new Int32Array(capacity), heads: new Uint8Array(capacity), nameParts: new Uint8Array(capacity) };
		}
		const { classes, heads, nameParts } = wordBuffers;
		const nameTokens: number[] = [];
		const contextCues: number[] = [];
		const namesBeforeComma: number[] = [];
		let union = 0;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (!isNameToken(token)) {
				classes[i] = 0;
				heads[i] = Head.None;
				nameParts[i] = 0;
				if (mayBeContextCue(text, token.start, token.end)) {
					contextCues.push(i);
				}
				continue;
			}
			const bits = wordClassIn(text, token);
			classes[i] = bits;
			nameTokens.push(i);
			union |= bits;
			// The head depends on the classes of this token and the one before, both set by now; most words head nothing.
			heads[i] = bits & POSSIBLE_HEAD ? classifyHead(tokens, classes, i) : Head.None;
			nameParts[i] = isNamePart(token, bits) ? 1 : 0;
			if (text.charCodeAt(token.end) === 0x2c) {
				namesBeforeComma.push(i);
			}
		}
		lastParagraph = { context, words: { classes, heads, nameParts, nameTokens, contextCues, namesBeforeComma, union } };
	}
	return lastParagraph.words;
}

/** Reused by `paragraphWords`: no allocation per paragraph. Grown for a paragraph with more tokens. */
let wordBuffers = { classes: new Int32Array(1024), heads: new Uint8Array(1024), nameParts: new Uint8Array(1024) };

/** Words that name no person: designators, heads, roles and function words. */
const NOT_NAME_PART = Word.Stopword | Word.OrganizationDesignator | Word.DistrictDesignator | Word.GermanOrganizationHead | Word.PersonRole
	| Word.EventHead | Word.VenueHead;

/** A plain capitalized word that may be part of a person's name (not a designator, not a function word). */
function isNamePart(token: Token, wordBits: number): boolean {
	return (token.shape & Shape.Capitalized) !== 0 && !(token.shape & (Shape.AllCaps | Shape.Digit)) && !(wordBits & NOT_NAME_PART);
}

/** Maximal runs of name tokens joined by spaces or connectors ("of", "and", "of the"). */
export function nameSequences(context: ParagraphContext): TokenRange[] {
	const { tokens, text } = context;
	const { classes, nameTokens } = paragraphWords(context);
	const sequences: TokenRange[] = [];
	let free = 0;
	for (const i of nameTokens) {
		if (i < free || !startsName(tokens[i], classes[i])) {
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
			if (isNameToken(tokens[next]) && !(tokens[next].shape & Shape.SentenceStart) && !(classes[next] & Word.HeadlineVerb)) {
				last = next;
				continue;
			}
			const afterConnector = connectorEnd(context, classes, next);
			if (afterConnector > 0) {
				last = afterConnector;
				continue;
			}
			break;
		}
		sequences.push({ first: i, last });
		free = last + 1;
	}
	return sequences;
}

const GERMAN_ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;

/** German words that join the parts of one name: "Berlin Partner für Wirtschaft und Technologie GmbH". */
const GERMAN_NAME_CONNECTORS = ['für', 'und'];
/** Most words after a name are no connector, which their hash tells without their string. */
const CONNECTORS_OF_LANGUAGE: Record<Language, TokenWords> = {
	en: new TokenWords(NAME_CONNECTORS),
	de: new TokenWords(new Set([...NAME_CONNECTORS, ...GERMAN_NAME_CONNECTORS])),
};

/** Whether the text between two offsets holds one of the characters of `punctuation`. */
export function punctuationBetween(text: string, from: number, to: number, punctuation: string): boolean {
	for (let i = from; i < to; i++) {
		if (punctuation.includes(text[i])) {
			return true;
		}
	}
	return false;
}

/** Possessors that are part of a body's name: "People's Government", "Women's Federation" (unlike "China's Ministry"). */
const NAME_POSSESSORS = new Set(['People', 'Women', 'Children', 'Workers', 'Farmers', 'Men', 'Youth', 'Veterans', 'Consumers', 'Citizens', 'Employers', 'Journalists', 'Writers', 'Teachers', 'Traders']);

function possessiveInName(context: ParagraphContext, next: number): boolean {
	const possessor = context.tokens[next - 1].text;
	return NAME_POSSESSORS.has(possessor) && (headOf(context, next) === Head.Organization || context.tokens[next].text === 'Republic' || context.tokens[next].text === 'Congress');
}

/** `wordBits` is the token's entry of `ParagraphWords.classes`. */
function startsName(token: Token, wordBits: number): boolean {
	return isNameToken(token) && !(wordBits & (Word.Stopword | Word.HeadlineVerb));
}

/** When tokens[index] is a connector followed by a name token, the index of that name token; else 0. */
function connectorEnd(context: ParagraphContext, classes: Int32Array, index: number): number {
	const { tokens, text } = context;
	if (!CONNECTORS_OF_LANGUAGE[context.language].includes(tokens[index])) {
		return 0;
	}
	const connector = tokens[index].text;
	let next = index + 1;
	if (next < tokens.length && tokens[next].text === 'the' && (connector === 'of' || connector === 'for')
		&& joinedInName(text, tokens[index], tokens[next])) {
		next++;
	}
	if (next < tokens.length && joinedInName(text, tokens[next - 1], tokens[next]) && startsName(tokens[next], classes[next])) {
		return next;
	}
	return 0;
}

export function headOf(context: ParagraphContext, index: number): Head {
	return paragraphWords(context).heads[index];
}

/** Words that may head a name, alone or after a qualifier. */
const POSSIBLE_HEAD = Word.EventHead | Word.VenueHead | Word.DistrictDesignator | Word.PlaceDesignator | Word.OrganizationDesignator
	| Word.GermanOrganizationHead | Word.QualifiedHead;

/** Heads whose "of" complement is a place: "Port of Tallinn", "Municipality of Piraeus". */
const PLACE_COMPLEMENT_HEADS = new Set(['Port', 'Municipality']);

/** Boards that are organs of a company or a body. */
const COMPANY_ORGAN_BOARDS = new Set(['Supervisory', 'Management', 'Executive', 'Advisory', 'Editorial', 'Managing', 'Governing']);

function classifyHead(tokens: readonly Token[], classes: Int32Array, index: number): Head {
	if (!(tokens[index].shape & (Shape.Capitalized | Shape.InterCap))) {
		return Head.None;
	}
	const wordBits = classes[index];
	if (!(wordBits & POSSIBLE_HEAD)) {
		return Head.None;
	}
	const word = tokens[index].text;
	// Classes are those of name tokens; the qualifier lists hold capitalized words only.
	const previousClass = index > 0 ? classes[index - 1] : 0;
	const previous = index > 0 ? tokens[index - 1].text : '';
	// "Port of Tallinn", "Municipality of Piraeus": the port's company or authority and the city's government;
	// "Qingdao Port" is a venue and "Chongqing Municipality" a place.
	if (PLACE_COMPLEMENT_HEADS.has(word) && tokens[index + 1]?.text === 'of') {
		return Head.Organization;
	}
	if (word === 'Board' && COMPANY_ORGAN_BOARDS.has(previous)) {
		// "the Supervisory Board of Velmont" is a company's organ, not a body of its own.
		return Head.None;
	}
	if (wordBits & Word.EventHead) {
		return Head.Event;
	}
	if (wordBits & Word.VenueHead || ((word === 'Center' || word === 'Centre') && previousClass & Word.VenueCenterQualifier)) {
		return Head.Venue;
	}
	// "Pudong New Area", "Xi'an International Port Area", "Suzhou High-speed Railway New Town".
	if (wordBits & Word.DistrictDesignator || ((word === 'Area' || word === 'Town') && previous === 'New') || (word === 'Area' && previous === 'Port')
		|| (word === 'Park' && previousClass & Word.ParkQualifier)) {
		// China's customs authorities are named after the district they serve ("Shanghai Customs District").
		return previous === 'Customs' ? Head.Organization : Head.District;
	}
	if (wordBits & Word.PlaceDesignator || (word === 'Region' && (previous === 'Autonomous' || previous === 'Administrative'))) {
		return Head.Place;
	}
	if (wordBits & Word.OrganizationDesignator || (word === 'General' && (previous === 'Consulate' || previous === 'Secretariat'))) {
		return Head.Organization;
	}
	if ((tokens[index].shape & Shape.Capitalized) && wordBits & Word.GermanOrganizationHead && (word.length > 6 || germanOrganizationSuffix(word) === word.length)) {
		return Head.Organization;
	}
	return Head.None;
}

function isHeadWord(context: ParagraphContext, index: number): boolean {
	return headOf(context, index) !== Head.None;
}

/**
 * Split a sequence at "and" or "und" where it joins two names rather than two words of one name:
 * "Innovation Lab Heidelberg and Siemens Healthineers" splits (the left part is already a body), and
 * so does "Binhai New Area und Wirtschaftsagentur Wien";
 * "University of International Business and Economics" does not (the right part has no head of its own).
 */
function splitAtAnd(context: ParagraphContext, range: TokenRange): TokenRange[] {
	const { tokens } = context;
	const parts: TokenRange[] = [];
	let first = range.first;
	let ofSeen = false;
	for (let i = range.first; i <= range.last; i++) {
		const word = tokens[i].text;
		// "of", and its Romance forms: "Université de Lille", "Politecnico di Milano".
		if (word === 'für' || (word !== 'and' && NAME_CONNECTORS.has(word))) {
			ofSeen = true;
		}
		if (word !== 'and' && word !== '&' && word !== 'und') {
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
		// "Siemens Smart Infrastructure and Huawei Digital Power": two known companies' units.
		const bothStartKnown = rightIsKnown && context.nameAt(tokens[first].start)?.entry.kind === 'organization';
		const { classes } = paragraphWords(context);
		const prefixed = ((classes[first] | classes[i + 1]) & Word.OrganizationPrefix) !== 0;
		// "TalTech and Xi'an Jiaotong University": a short name in capitals alone, before a name with a head of its own.
		const shortNameBefore = first === i - 1 && (tokens[first].shape & (Shape.AllCaps | Shape.InterCap)) !== 0 && !isHeadWord(context, first);
		// After "für", a German "und" joins the fields of one body ("Berlin Partner für Wirtschaft und Technologie GmbH").
		const joinsBodies = ofSeen && word !== 'und' && (rightHasHead || rightIsKnown);
		if (leftIsKnown || bothStartKnown || prefixed || (!ofSeen && leftComplete) || joinsBodies || (shortNameBefore && rightHasHead)) {
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
	if (!(paragraphWords(context).union & (POSSIBLE_HEAD | Word.OrganizationPrefix))) {
		// No word of the paragraph can head a name.
		return candidates;
	}
	for (const sequence of sequences) {
		if (!hasHeadOrPrefix(context, sequence)) {
			// No part of it can be classified.
			continue;
		}
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
	const { classes } = paragraphWords(context);
	const role = roleAfterHead(context, range);
	if (role >= 0) {
		range = { first: range.first, last: role - 1 };
	}
	let first = range.first;
	while (first <= range.last && (classes[first] & Word.Stopword || NAME_CONNECTORS.has(tokens[first].text))) {
		first++;
	}
	if (first > range.last) {
		return undefined;
	}
	let preLast = range.last;
	for (let i = first; i <= range.last; i++) {
		if (COMPLEMENT_JOINERS.has(tokens[i].text)) {
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
	if (headIndex < 0 && classes[first] & Word.OrganizationPrefix && first < preLast) {
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
	// "der Linzer Anlagenbauer Fellner Automation GmbH", "Pekinger Konzern Beijing Tourism Group": what the company is,
	// and where, stand before its name.
	for (let i = headIndex - 1; i >= first; i--) {
		if (classes[i] & Word.CompanyDescriptor) {
			first = i + 1;
			break;
		}
	}
	// "die Bremer Kessler & Söhne Fördertechnik GmbH": the city's adjective says where the company is, unless
	// the name is the adjective and a head ("Salzburger Sparkasse").
	if (context.language === 'de' && first + 1 < headIndex && !isHeadWord(context, first + 1) && isPlaceAdjective(context.kb, tokens[first].text)) {
		first++;
	}
	if (first > headIndex) {
		return undefined;
	}
	let hasNameBeforeHead = headIndex < preLast && trailingPlace(context, headIndex + 1, preLast);
	for (let i = first; i < headIndex; i++) {
		if (!isHeadWord(context, i) && !(classes[i] & Word.GenericPremodifier)) {
			hasNameBeforeHead = true;
		}
	}
	const singleGermanCompound = headIndex === first && headIndex === preLast && !hasComplement
		&& (classes[headIndex] & (Word.GermanOrganizationHead | Word.OrganizationDesignator)) === Word.GermanOrganizationHead;
	const namedByComplement = hasComplement && head === Head.Organization;
	const onlyGenericBeforeHead = !hasNameBeforeHead && headIndex > first && (classes[first] & Word.GenericPremodifier) !== 0;
	// "Provincial Council" is generic, "Provincial Council of Biscay" a name; "Good News for Haidian Investors" is a headline.
	if (onlyGenericBeforeHead ? !namedByComplement || tokens[preLast + 1].text === 'for' : !hasNameBeforeHead && !namedByComplement) {
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
		if (head === Head.District && hasRoleModifier(tokens, first, headIndex)) {
			// "Xuhui Deputy District Mayor": the designator begins an officer's title, not a name.
			return undefined;
		}
		const designatorWords = head === Head.District && tokens[headIndex].text === 'Area' ? 2 : 1;
		if (head === Head.District) {
			first = afterLeadingPlace(context, first, headIndex - designatorWords);
		}
		if (headIndex - designatorWords < first) {
			return undefined;
		}
		// "Sino-German (Hefei) Industrial Park": qualifiers and a designator alone name no park.
		let named = false;
		for (let i = first; i <= headIndex - designatorWords && !named; i++) {
			named = !(classes[i] & (Word.ParkQualifier | Word.GenericPremodifier));
		}
		if (!named) {
			return undefined;
		}
		return areaCandidate(context, tokens[first].start, tokens[headIndex].end, head === Head.District ? 'district' : 'place');
	}
	let last = range.last;
	if (hasComplement && headIndex === first && PLACE_COMPLEMENT_HEADS.has(tokens[headIndex].text) && preLast + 2 <= range.last) {
		// The complement is one place, whatever a headline goes on with: "Port of Rotterdam Deepen Green Shipping Partnership".
		const place = context.nameAt(tokens[preLast + 2].start);
		const placeLast = place === undefined ? -1 : context.tokenIndexEndingAt(place.end);
		last = placeLast >= 0 && placeLast <= range.last ? placeLast : preLast + 2;
	}
	const headFirst = headIndex === first && HEAD_FIRST_DESIGNATORS.has(tokens[headIndex].text);
	if (headIndex < preLast && !headFirst && !trailingPlace(context, headIndex + 1, preLast)) {
		if (context.language !== 'de' || hasComplement || classes[headIndex] & Word.WeakOrganizationHead) {
			// "Dutch Semiconductor Cluster": the name has a head of its own after the designator.
			return undefined;
		}
		// German capitalizes the nouns after a name: "mit der Ningbo University Gespräche führen". A weak
		// head may begin a longer English name: "die Shanghai International Automobile City".
		last = headIndex;
	}
	if (classes[headIndex] & Word.WeakOrganizationHead && !distinctiveWordBefore(context, conjunctEnd(context, first, headIndex), headIndex)) {
		// "Artificial Intelligence and Advanced Manufacturing": an industry, not a company; nor is the
		// "Nanotech Solutions" of "Lumitech and Nanotech Solutions", whatever stands before the "and".
		return undefined;
	}
	let end = tokens[last].end;
	end = extendLegalForm(text, end, context.to);
	end = extendLocation(context, classes[headIndex], hasComplement, end);
	return organizationCandidate(tokens[first].start, end, Priority.Sequence);
}

/** Words after a name's head that join its complement: "University of X", "Politecnico di Torino", "Câmara Municipal do Porto". */
const COMPLEMENT_JOINERS = new Set(['of', 'for', 'de', 'von', 'di', 'della', 'del', 'da', 'do', 'du', 'des']);

/** Words that make an officer's title of what follows them: "Deputy District Mayor", "Vice District Governor". */
const ROLE_MODIFIERS = new Set(['Deputy', 'Vice', 'Acting', 'Executive']);

function hasRoleModifier(tokens: readonly Token[], first: number, headIndex: number): boolean {
	for (let i = first; i < headIndex; i++) {
		if (ROLE_MODIFIERS.has(tokens[i].text)) {
			return true;
		}
	}
	return false;
}

/**
 * Where a district's name starts after a known place in front of it: "Tianjin Binhai New Area" and
 * "Tianjins Binhai New Area" name the city apart ("Shenzhen Luohu" is two mentions), while the city
 * of "Suzhou Industrial Park" is part of the name. So the place stays in only unless the words after
 * it, up to `nameLast`, are a district's own name: pinyin or a known district.
 */
function afterLeadingPlace(context: ParagraphContext, first: number, nameLast: number): number {
	const { tokens } = context;
	const place = context.nameAt(tokens[first].start);
	if (place === undefined || place.entry.kind !== 'place') {
		return first;
	}
	let next = first + 1;
	while (next <= nameLast && tokens[next].start < place.end) {
		next++;
	}
	if (next > nameLast) {
		return first;
	}
	for (let i = next; i <= nameLast; i++) {
		if (context.nameAt(tokens[i].start)?.entry.kind !== 'district' && !PINYIN_WORD.test(tokens[i].text.toLowerCase())) {
			return first;
		}
	}
	return next;
}

/**
 * "Hamburg Port Authority CEO Jens Meier", "the Bank of China President": the index of a role that follows
 * a name with a head, before a person's name or at the end, or -1. "Office of the President" keeps it.
 */
function roleAfterHead(context: ParagraphContext, range: TokenRange): number {
	const { tokens } = context;
	const { classes } = paragraphWords(context);
	let headSeen = false;
	for (let i = range.first + 1; i <= range.last; i++) {
		headSeen ||= headOf(context, i - 1) !== Head.None;
		if (headSeen && classes[i] & Word.PersonRole && (tokens[i - 1].shape & Shape.Capitalized)
			&& (i === range.last || (tokens[i + 1].shape & Shape.Capitalized))) {
			return i;
		}
	}
	return -1;
}

/** The index after the last "and", "und" or "&" in [first, headIndex), or `first` when there is none. */
function conjunctEnd(context: ParagraphContext, first: number, headIndex: number): number {
	for (let i = headIndex - 1; i > first; i--) {
		const word = context.tokens[i].text;
		if (word === 'and' || word === 'und' || word === '&') {
			return i + 1;
		}
	}
	return first;
}

/** A word of the name that is not an ordinary adjective or abstract noun: "Tinno" in "Tinno Mobile Technology". */
function distinctiveWordBefore(context: ParagraphContext, first: number, headIndex: number): boolean {
	const { tokens } = context;
	for (let i = first; i < headIndex; i++) {
		const token = tokens[i];
		if (token.shape & (Shape.AllCaps | Shape.InterCap) || context.nameAt(token.start)) {
			return true;
		}
		if ((token.shape & Shape.Capitalized) && !isOrdinaryWord(token.text) && !isHeadWord(context, i) && !(paragraphWords(context).classes[i] & Word.GenericNamePart)
			&& !isPlaceAdjective(context.kb, token.text) && !isGermanPluralAfterArticle(context, i)) {
			return true;
		}
	}
	return false;
}

/**
 * "in den Bereichen Batterietechnik": after an article, a German "-en" word is a plural or dative noun, not a name
 * ("Hansen Antriebstechnik" stands alone).
 */
function isGermanPluralAfterArticle(context: ParagraphContext, index: number): boolean {
	const { tokens } = context;
	return context.language === 'de' && index > 0 && tokens[index].text.endsWith('en') && PLURAL_ARTICLES.has(tokens[index - 1].text);
}

const PLURAL_ARTICLES = new Set(['den', 'die', 'der', 'diesen', 'allen', 'vielen', 'beiden', 'zwei', 'drei', 'mehreren']);

/**
 * A German adjective of a known place: "Duisburger", "Kölner" (the "Duisburger Logistik" is the city's logistics
 * trade), "Tübinger" (the towns in "-ingen"), and the irregular ones of large cities ("Bremer", "Dresdner"). Not a
 * surname that looks like one ("Berger" of "Berger Lahr GmbH", though Bergen is a city).
 */
function isPlaceAdjective(kb: KnowledgeBase, word: string): boolean {
	if (!word.endsWith('er')) {
		return false;
	}
	const stem = word.slice(0, -2);
	const place = IRREGULAR_PLACE_ADJECTIVES.get(word) ?? stem;
	return kb.lookup(place)?.kind === 'place' || (stem.endsWith('ing') && kb.lookup(`${stem}en`)?.kind === 'place');
}

const IRREGULAR_PLACE_ADJECTIVES = new Map([
	['Bremer', 'Bremen'], ['Dresdner', 'Dresden'], ['Münchner', 'München'], ['Basler', 'Basel'], ['Zürcher', 'Zürich'],
	['Hannoveraner', 'Hannover'], ['Görlitzer', 'Görlitz'],
]);

/**
 * A word that can stand for the whole name it starts: "Lumix" for "Lumix Robotics" (not "Global" for
 * "Global Media Group", "Shenzhen" for "Shenzhen Stock Exchange" or "Deutsche" for "Deutsche Zentrum Taicang").
 */
export function isDistinctiveFirstWord(kb: KnowledgeBase, word: string): boolean {
	const memo = idMemo(distinctiveFirstWords, kb);
	return memo.get(word) ?? remember(memo, word, distinctiveFirstWord(kb, word));
}

/** Names repeat across the documents: the answers are remembered per knowledge base. */
const distinctiveFirstWords = new WeakMap<KnowledgeBase, Map<string, boolean>>();

function distinctiveFirstWord(kb: KnowledgeBase, word: string): boolean {
	// A given name ("Paul" of "Paul Hartmann AG") names persons more often than the company.
	// "Stadt" and "Land" of "Stadt Wolfsburg" and "Land Tirol" name any city and state.
	const excluded = Word.Stopword | Word.GenericPremodifier | Word.OrganizationDesignator | Word.GermanOrganizationHead | Word.GenericNamePart
		| Word.WesternGivenName | Word.GermanPlacePrefix;
	return word.length >= 3 && !STATE_BODY_WORDS.has(word) && /^\p{Lu}/u.test(word) && !isOrdinaryWord(word) && !DEMONYM.test(word) && !(wordClass(word) & excluded)
		&& !isPlaceAdjective(kb, word)
		&& !NATIONALITY_STEMS.has(word.toLowerCase().replace(/(?:e|en|er|es|em)$/, '')) && kb.lookup(word) === undefined;
}

/** "German", "American", "European", "Thai": demonyms name no company. */
const DEMONYM = /(?:an|ai|i)$/;

/** Endings of English adjectives, abstract nouns and demonyms: words that name no one ("-ch" of "French", not of "Lumitech"). */
const ORDINARY_WORD = /(?:al|ic|ed|ive|ous|ent|ant|ary|ing|ence|ance|ity|ment|ness|tion|sion|ism|ics|ese|ish|ian|(?<!te)ch|ern|ful|less|able|ible)$/;
/** Industries in "-tech", which name no one either (unlike the brand "Lumitech"). */
const INDUSTRY_TECH = /^(?:fin|bio|clean|med|agri|ed|high|hi-|green|insur|prop|legal|reg|food|deep|nano|info|health|climate|auto)tech$/i;

function isOrdinaryWord(word: string): boolean {
	return ORDINARY_WORD.test(word) || INDUSTRY_TECH.test(word);
}

function hasHeadOrPrefix(context: ParagraphContext, range: TokenRange): boolean {
	const { classes, heads } = paragraphWords(context);
	for (let i = range.first; i <= range.last; i++) {
		if (heads[i] !== Head.None || classes[i] & Word.OrganizationPrefix) {
			return true;
		}
	}
	return false;
}

/** Tokens [from, to] are exactly one knowledge-base place ("Innovation Lab Heidelberg"). */
function trailingPlace(context: ParagraphContext, from: number, to: number): boolean {
	const name = context.nameCovering(from, to);
	return name !== undefined && (name.entry.kind === 'place' || name.entry.kind === 'district') && !germanGenitive(context, name.start, name.end);
}

/**
 * "Wirtschaftsförderungsgesellschaft Hamburgs", "Innovationszentrum Chinas": a German body with a place
 * in the genitive describes it ("Hamburg's development agency"); a name puts the place as it is.
 */
function germanGenitive(context: ParagraphContext, start: number, end: number): boolean {
	if (context.language !== 'de' || context.text.charCodeAt(end - 1) !== 0x73) {
		return false;
	}
	const name = context.text.slice(start, end);
	return context.kb.lookup(name.slice(0, -1))?.id === context.kb.lookup(name)?.id;
}

const LEGAL_FORM_AFTER = /^(?:\.?,?\s*(?:Co\.,?\s*Ltd\.|Co\.,?\s*Limited|Co\.|Ltd\.|Inc\.|Corp\.|LLC|GmbH|AG|SE|KG|plc|PLC|S\.A\.|N\.V\.|B\.V\.|e\.\s?V\.|Limited|Pte\.?\s*Ltd\.)(?:\s*&\s*Co\.\s*KG)?)+/;
const ABBREVIATED_LEGAL_WORD = /(?:^|\s)(?:Co|Ltd|Inc|Corp|Pte|Bhd)$/;
const LEGAL_FORM_SPACED = /^(?:,?\s+(?:Co\.,?\s*Ltd\.|Co\.|Ltd\.|Inc\.|Corp\.|S\.A\.|N\.V\.|B\.V\.|e\.\s?V\.|Pte\.?\s*Ltd\.))+/;

const PARENTHESIZED_SEAT = /^ \(\p{Lu}[\p{L}\p{M} ]{1,30}\)/u;

/** "Huawei Technologies Co., Ltd.", "Verein e. V.": the legal form written after the name belongs to it. */
export function extendLegalForm(text: string, end: number, limit: number): number {
	const window = text.slice(end, Math.min(limit, end + 40));
	// "Hallwanger Machinery (Chengdu) Co., Ltd.": a subsidiary names its seat before its legal form.
	const seat = PARENTHESIZED_SEAT.exec(window);
	if (seat !== null) {
		const withForm = extendLegalForm(text, end + seat[0].length, limit);
		if (withForm > end + seat[0].length) {
			return withForm;
		}
	}
	if (window.startsWith('.') && ABBREVIATED_LEGAL_WORD.test(text.slice(Math.max(0, end - 5), end))) {
		end += 1;
		const rest = LEGAL_FORM_AFTER.exec(text.slice(end, Math.min(limit, end + 40)));
		return rest ? end + rest[0].length : end;
	}
	const match = LEGAL_FORM_SPACED.exec(window);
	return match ? end + match[0].length : end;
}

/** "Chinese General Chamber of Commerce in Hong Kong": a located body's "in <place>" is part of its name. */
function extendLocation(context: ParagraphContext, headBits: number, hasComplement: boolean, end: number): number {
	if (!(headBits & Word.LocatedBodyHead) || (headBits & Word.InstitutionalHead && !hasComplement)) {
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
	const written = context.text.slice(start, end);
	const memo = idMemo(areaIds[kind], context.kb);
	const id = memo.get(written) ?? remember(memo, written, areaId(context.kb, written, kind));
	return { start, end, kind, id, priority };
}

function areaId(kb: KnowledgeBase, written: string, kind: 'district' | 'place'): string {
	const surface = written.replace(/\s+/g, ' ');
	const base = kind === 'district' ? districtBaseName(surface) : placeBaseName(surface);
	const known = kb.lookup(surface) ?? kb.lookup(base);
	return known && (known.kind === kind || (kind === 'district' && known.kind === 'place' && surface !== base)) ? knownId(known.id, kind) : makeId(kind, base);
}

function knownId(id: string, kind: NamedKind): string {
	return id.startsWith(kind + ':') ? id : `${kind}:${id.slice(id.indexOf(':') + 1)}`;
}

/**
 * An organization candidate; its id is given only if it wins (see `identify`). The id is there from the start,
 * so that rule candidates have the fields of knowledge-base ones in the same order: the rules and the overlap
 * resolution read candidates of one shape rather than of several.
 */
export function organizationCandidate(start: number, end: number, priority: number): Candidate {
	return { start, end, kind: 'organization', id: undefined, priority };
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
			const surface = context.text.slice(mention.start, mention.end);
			mention.id = personIds.get(surface) ?? remember(personIds, surface, makeId('person', surface));
		}
	}
}

/**
 * Ids depend only on the surface, the kind or language and the knowledge base: remembered per knowledge base
 * (person ids on the surface alone). Surfaces repeat across a corpus; the memos stay bounded.
 */
const organizationIds = { en: new WeakMap<KnowledgeBase, Map<string, string>>(), de: new WeakMap<KnowledgeBase, Map<string, string>>() };
const areaIds = { district: new WeakMap<KnowledgeBase, Map<string, string>>(), place: new WeakMap<KnowledgeBase, Map<string, string>>() };
const personIds = new Map<string, string>();
const ID_MEMO_LIMIT = 50_000;

function idMemo<T>(memos: WeakMap<KnowledgeBase, Map<string, T>>, kb: KnowledgeBase): Map<string, T> {
	let memo = memos.get(kb);
	if (!memo) {
		memo = new Map();
		memos.set(kb, memo);
	}
	return memo;
}

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
	if (memo.size >= ID_MEMO_LIMIT) {
		memo.clear();
	}
	memo.set(key, value);
	return value;
}

export function organizationId(context: ParagraphContext, surface: string): string {
	const memo = idMemo(organizationIds[context.language], context.kb);
	return memo.get(surface) ?? remember(memo, surface, computeOrganizationId(context, surface));
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
	return makeId('organization', withoutParent(context, expandChamberPrefix(base)));
}

/** German chambers go by their abbreviation as often as by their name: "IHK Nürnberg" is the "Industrie- und Handelskammer Nürnberg". */
const CHAMBER_PREFIXES: Record<string, string> = { IHK: 'Industrie- und Handelskammer', HWK: 'Handwerkskammer' };

function expandChamberPrefix(name: string): string {
	const space = name.indexOf(' ');
	const expanded = space > 0 ? CHAMBER_PREFIXES[name.slice(0, space)] : undefined;
	return expanded === undefined ? name : expanded + name.slice(space);
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

/**
 * The stem of a German adjective that opens a name: a stem with an adjective's suffix ("Statistisch-",
 * "Kassenärztlich-", "International-", "Inner-") or one of the short ones. Names of places and firms end
 * in "-en" too ("Shenzhen Tongxin", "Bremen Logistik"), and must keep it.
 */
const ADJECTIVE_STEM = '\\p{Lu}\\p{Ll}*?(?:sch|lich|ig|al|ell|iv|är|bar|sam|haft|los|er)|Neu|Frei|Groß|Gross|Klein|Alt|Jung|Hoh|Erst|Allgemein|Vereinigt';
/** Only adjective endings: "-en", "-es", "-em", and "-er" after "sch" ("Deutscher"), never the "-er" of "Handelskammer". */
const ADJECTIVE_BEFORE_NAME = new RegExp(`(${ADJECTIVE_STEM})(?:e[nsm]|(?<=sch)er|e)(?= \\p{Lu})`, 'gu');

/** "Deutschen Bank" → "Deutsche Bank", "Statistischem Bundesamt" → "Statistisches Bundesamt": adjective endings of a German name in the nominative. */
function nominativeGerman(name: string, ending = 'e'): string {
	return name.replace(ADJECTIVE_BEFORE_NAME, `$1${ending}`);
}
