import { Candidate, Priority } from './candidates';
import { NATIONALITY_STEMS, OPEN_GERMAN_DISTRICT_PREFIXES, Word } from './lexicon';
import { areaCandidate, isDistinctiveFirstWord, paragraphWords, punctuationBetween } from './nameSequences';
import { germanCityActsAsBody } from './organizationRules';
import { ParagraphContext } from './paragraphContext';
import { PINYIN_WORD } from './personRules';
import { isNameToken, Shape, TokenWords } from './tokenizer';

/**
 * Districts and places named with a German designator in front ("Bezirk Luohu", "Stadtbezirk Baoshan",
 * "Neues Gebiet Pudong", "Provinz Guangdong") or an English lowercase one after ("Futian district").
 * English capitalized designators ("Luohu District") are classified with the other name sequences.
 */

const ENGLISH_LOWERCASE_DESIGNATORS = [' district', ' new area', ' new district', ' county'];
const ASCII_WORD_CHARACTER = /\w/;

/** Length of the English lowercase designator at `offset` (" district", " new area"), ending a word; 0 for none. */
export function lowercaseDesignatorAt(text: string, offset: number): number {
	for (const designator of ENGLISH_LOWERCASE_DESIGNATORS) {
		if (text.startsWith(designator, offset) && !ASCII_WORD_CHARACTER.test(text.charAt(offset + designator.length))) {
			return designator.length;
		}
	}
	return 0;
}

export function findDesignatedAreas(context: ParagraphContext): Candidate[] {
	const { tokens, text } = context;
	const { nameTokens, union } = paragraphWords(context);
	const candidates: Candidate[] = [];
	if (union & GERMAN_PREFIXES) {
		// German designators in front are rare: most paragraphs skip this pass.
		germanDesignatedAreas(context, candidates);
	}
	if (context.language === 'en') {
		seatPlaces(context, candidates);
		provincialNewAreas(context, candidates);
	}
	for (const i of nameTokens) {
		const token = tokens[i];
		if (!(token.shape & Shape.Capitalized) || text.charCodeAt(token.end) !== 0x20) {
			continue;
		}
		// only " district", " new area", " new district", " county" can follow, or a Chinese town's " Town"
		const after = text.charCodeAt(token.end + 1);
		if (after === 0x54) {
			chineseTown(context, i, candidates);
			continue;
		}
		if (after !== 0x64 && after !== 0x6e && after !== 0x63) {
			continue;
		}
		const designator = lowercaseDesignatorAt(text, token.end);
		if (designator === 0 || (token.shape & Shape.SentenceStart && !PINYIN_WORD.test(token.text.toLowerCase()))) {
			continue;
		}
		const known = context.nameAt(token.start);
		if (known && known.entry.kind !== 'district') {
			continue;
		}
		if (known || PINYIN_WORD.test(token.text.toLowerCase())) {
			candidates.push(areaCandidate(context, token.start, token.end + designator, 'district', Priority.Pattern));
		}
	}
	appositiveDistricts(context, candidates);
	cityQuarters(context, candidates);
	if (context.language === 'de') {
		zoneCompounds(context, candidates);
	}
	return candidates;
}

/**
 * "Sichuan Tianfu New Area", "Hebei Xiong'an New Area": the official names of state-level new areas lead with
 * their province.
 */
function provincialNewAreas(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const province = context.nameAt(tokens[i].start);
		if (!province || province.entry.kind !== 'place' || province.entry.type !== 'province' || text.charCodeAt(province.end) !== 0x20) {
			continue;
		}
		const area = context.nameAt(province.end + 1);
		if (area && area.entry.kind === 'district' && text.endsWith(' New Area', area.end)) {
			candidates.push({ start: province.start, end: area.end, kind: 'district', id: area.entry.id, priority: Priority.Pattern });
		}
	}
}

/** "Shiling Town", "Anting Township": a town (zhen) of a Chinese district, named in pinyin. */
const TOWN_DESIGNATOR = /^ Town(?:ship)?\b/;

function chineseTown(context: ParagraphContext, i: number, candidates: Candidate[]): void {
	const { tokens, text } = context;
	const token = tokens[i];
	const designator = TOWN_DESIGNATOR.exec(text.slice(token.end, token.end + 10));
	const previous = tokens[i - 1];
	// "Shiling Town" alone: "Huadu Shiling Town" is left to the name sequences.
	if (designator === null || context.nameAt(token.start) || !PINYIN_WORD.test(token.text.toLowerCase())
		|| (previous !== undefined && previous.end + 1 === token.start && isNameToken(previous) && !(previous.shape & Shape.SentenceStart))) {
		return;
	}
	candidates.push(areaCandidate(context, token.start, token.end + designator[0].length, 'district', Priority.Pattern));
}

const GERMAN_PREFIXES = Word.GermanDistrictPrefix | Word.GermanNewArea | Word.GermanPlacePrefix;

/** "Bezirk Luohu", "Neues Gebiet Pudong", "Provinz Guangdong". */
function germanDesignatedAreas(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens } = context;
	const { classes, nameTokens } = paragraphWords(context);
	for (const i of nameTokens) {
		if (i + 1 >= tokens.length) {
			break;
		}
		let nameIndex = -1;
		let kind: 'district' | 'place' = 'district';
		if (!(tokens[i].shape & Shape.Capitalized)) {
			continue;
		}
		const wordBits = classes[i];
		if (wordBits & Word.GermanDistrictPrefix) {
			nameIndex = i + 1;
		} else if (wordBits & Word.GermanNewArea && /^Gebiet(?:e?s)?$/.test(tokens[i + 1].text) && i + 2 < tokens.length) {
			nameIndex = i + 2;
		} else if (wordBits & Word.GermanPlacePrefix) {
			// "Die Stadt Wolfsburg und … unterzeichneten" is the city as a body (see organizationRules).
			if (tokens[i].text === 'Stadt' && germanCityActsAsBody(context, i)) {
				continue;
			}
			nameIndex = i + 1;
			kind = 'place';
		}
		if (nameIndex < 0 || tokens[nameIndex].start !== tokens[nameIndex - 1].end + 1 || !(tokens[nameIndex].shape & Shape.Capitalized)) {
			continue;
		}
		const name = tokens[nameIndex];
		const known = context.nameAt(name.start);
		const knownArea = known && (known.entry.kind === 'district' || known.entry.kind === 'place');
		// "der zentrale Stadtbezirk Zhuhais": the city's genitive says whose district it is; it names none.
		if (knownArea && kind === 'district' && known.entry.kind === 'place' && isGenitiveForm(context.text.slice(known.start, known.end), known.entry.name)) {
			continue;
		}
		// "Stadtteil Vorsfelde": after a designator that names nothing but areas below a city, an unknown word is one too.
		const openDesignator = kind === 'district' && OPEN_GERMAN_DISTRICT_PREFIXES.has(tokens[i].text) && !known
			&& isDistinctiveFirstWord(context.kb, name.text) && !GERMAN_ABSTRACT_NOUN.test(name.text);
		if (knownArea || openDesignator || PINYIN_WORD.test(name.text.toLowerCase())) {
			const end = knownArea ? known.end : name.end;
			candidates.push(areaCandidate(context, designatorStart(context, i), end, kind));
		}
	}
}

/** Endings of German abstract nouns, which name no place ("im Stadtteil Wirtschaft und Wohnen verbinden"). */
const GERMAN_ABSTRACT_NOUN = /(?:ung|heit|keit|schaft|tion|tät|nis|ismus)$/;

/** "Wirtschafts- und Technologieentwicklungszone Wuhan": a designator's coordinated first part belongs to it. */
const COORDINATED_DESIGNATOR_PART = /\p{Lu}\p{Ll}+- (?:und|oder) $/u;
const COORDINATION_REACH = 24;

/** The adjectives of a zone's or park's name: "Nationalen Hightech-Zone Changzhou", "Deutsch-Chinesischen Industriepark". */
const NAME_ADJECTIVE = /^(?:National|Staatlich)(?:e|en|er|es)$/;
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/;

/** Where the name of the area whose designator is token `i` starts. */
function designatorStart(context: ParagraphContext, i: number): number {
	const { tokens, text } = context;
	const start = tokens[i].start;
	const previous = tokens[i - 1];
	if (previous !== undefined && previous.end + 1 === start && previous.shape & Shape.Capitalized && !(previous.shape & Shape.SentenceStart)
		&& (NAME_ADJECTIVE.test(previous.text) || (previous.shape & Shape.Joined && previous.text.split('-').every(part => NATIONALITY_STEMS.has(part.toLowerCase().replace(ADJECTIVE_ENDING, '')))))) {
		return previous.start;
	}
	const before = text.slice(Math.max(0, start - COORDINATION_REACH), start);
	const part = COORDINATED_DESIGNATOR_PART.exec(before);
	return part ? start - part[0].length : start;
}

/**
 * "Kiel-Wellingdorf", "Zwickau-Mosel": a city joined by a hyphen to a word no one knows names a quarter of it.
 * Known second parts are pairs of places ("Baden-Württemberg", "Berlin-Brandenburg") or routes.
 */
function cityQuarters(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const token = tokens[i];
		if (!(token.shape & Shape.Joined) || token.shape & (Shape.AllCaps | Shape.Digit)) {
			continue;
		}
		const city = context.nameAt(token.start);
		if (!city || city.entry.kind !== 'place' || city.entry.type !== 'city' || text.charCodeAt(city.end) !== 0x2d) {
			continue;
		}
		const quarter = city.end + 1;
		const next = tokens[i + 1];
		// "Berlin-Chemie AG" is a company: a name that runs on is not the quarter's.
		const hyphen = text.indexOf('-', quarter);
		if ((hyphen >= 0 && hyphen < token.end) || context.nameAt(quarter)
			|| (next !== undefined && next.start === token.end + 1 && isNameToken(next))
			|| !isDistinctiveFirstWord(context.kb, text.slice(quarter, token.end))) {
			continue;
		}
		candidates.push(areaCandidate(context, quarter, token.end, 'district', Priority.Pattern));
	}
}

/** Words before "in" that say where something is: "a plant in Crolles", "based in Tampere". */
const SEAT_WORDS = new TokenWords(new Set(['based', 'located', 'headquartered', 'situated', 'plant', 'factory', 'facility', 'site',
	'campus', 'office', 'offices', 'headquarters', 'fab', 'fabs', 'warehouse', 'hub', 'centre', 'center', 'lab', 'laboratory']));

/**
 * "a plant in Crolles", "based in Bernin": a capitalized word the knowledge base does not know, where a seat is
 * named, is a place if nothing says it is an ordinary word ("a lab in English"). English only: German capitalizes
 * every noun.
 */
function seatPlaces(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	const { classes, nameTokens } = paragraphWords(context);
	for (const i of nameTokens) {
		const token = tokens[i];
		if (i < 2 || token.shape & (Shape.SentenceStart | Shape.AllCaps | Shape.Digit) || !(token.shape & Shape.Capitalized)
			|| classes[i] & (Word.Stopword | Word.PersonRole | Word.OrganizationDesignator | Word.VenueHead | Word.EventHead) || context.nameAt(token.start)) {
			continue;
		}
		const preposition = tokens[i - 1];
		if (preposition.end + 1 !== token.start || preposition.text !== 'in' || !SEAT_WORDS.includes(tokens[i - 2])
			|| tokens[i - 2].end + 1 !== preposition.start) {
			continue;
		}
		// A single word: a longer name may be a company or a park; "Suite 400", "Phase 2" are no places.
		const next = tokens[i + 1];
		if ((next !== undefined && next.start === token.end + 1 && next.shape & (Shape.Capitalized | Shape.Digit))
			|| !isDistinctiveFirstWord(context.kb, token.text)) {
			continue;
		}
		candidates.push(areaCandidate(context, token.start, token.end, 'place', Priority.Context));
	}
}

const APPOSITIVE_OPENERS = new TokenWords(new Set(['a', 'an', 'the', 'ein', 'eine', 'einem', 'der', 'die', 'dem']));
const APPOSITIVE_DISTRICT_HEADS = new Set(['district', 'Bezirk', 'Stadtbezirk', 'Distrikt', 'borough', 'subdistrict']);
const APPOSITIVE_STOPS = new Set(['of', 'with', 'in', 'von', 'mit', 'im', 'and', 'und', 'that', 'which', 'der', 'des']);
const APPOSITIVE_REACH = 4;

/** "Luohu, ein Bezirk von Shenzhen", "Nanshan, a district driven by …", "Futian, the central business district". */
function appositiveDistricts(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	// The name before the comma is a name token.
	for (const nameIndex of paragraphWords(context).namesBeforeComma) {
		const i = nameIndex + 1;
		if (i + 1 >= tokens.length) {
			break;
		}
		const name = tokens[nameIndex];
		if (name.end + 2 !== tokens[i].start || text.charCodeAt(name.end) !== 0x2c || !APPOSITIVE_OPENERS.includes(tokens[i])
			|| !(name.shape & Shape.Capitalized) || (name.shape & Shape.AllCaps)) {
			continue;
		}
		const known = context.nameAt(name.start);
		if ((known && known.end === name.end && known.entry.kind !== 'district') || (i > 1 && (tokens[i - 2].shape & Shape.Capitalized) && tokens[i - 2].end + 1 === name.start)) {
			continue;
		}
		for (let k = i + 1; k < Math.min(tokens.length, i + 1 + APPOSITIVE_REACH); k++) {
			if (APPOSITIVE_STOPS.has(tokens[k].text) || punctuationBetween(text, tokens[k - 1].end, tokens[k].start, ',.;:')) {
				break;
			}
			if (APPOSITIVE_DISTRICT_HEADS.has(tokens[k].text)) {
				candidates.push(areaCandidate(context, name.start, name.end, 'district', Priority.Context));
				break;
			}
		}
	}
}

/** The last part of "Yinzhou-Wirtschaftsentwicklungszone", "Tianjin-Freihandelszone": a zone. */
const ZONE_PART = /-\p{Lu}\p{Ll}*zone$/u;

/** "Yinzhou-Wirtschaftsentwicklungszone": a district or city joined to a zone names the zone. */
function zoneCompounds(context: ParagraphContext, candidates: Candidate[]): void {
	const { tokens, text } = context;
	for (const i of paragraphWords(context).nameTokens) {
		const token = tokens[i];
		if (!(token.shape & Shape.Joined) || !ZONE_PART.test(token.text)) {
			continue;
		}
		const area = context.nameAt(token.start);
		const first = text.slice(token.start, text.indexOf('-', token.start));
		if ((area && (area.entry.kind === 'district' || area.entry.kind === 'place') && text.charCodeAt(area.end) === 0x2d)
			|| (!area && PINYIN_WORD.test(first.toLowerCase()))) {
			candidates.push(areaCandidate(context, token.start, token.end, 'district', Priority.Pattern));
		}
	}
}

/** Whether `surface` is the German genitive of `name`: "Zhuhais" of "Zhuhai". */
function isGenitiveForm(surface: string, name: string): boolean {
	return surface.length === name.length + 1 && surface.endsWith('s') && surface.startsWith(name);
}
