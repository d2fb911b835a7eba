import { Candidate, Priority } from './candidates';
import { CHINESE_SURNAMES, SPEECH_VERBS, WESTERN_GIVEN_NAMES, Word, isPersonRole, wordClass } from './lexicon';
import { paragraphWords } from './nameSequences';
import { ParagraphContext } from './paragraphContext';
import { Shape, Token, TokenWords, isNameToken, onlySpacesBetween } from './tokenizer';
import { Language } from './types';

/**
 * Person names from the context around them: titles, roles, verbs of saying, bylines,
 * Chinese surname + pinyin given name, known given names.
 */

const INITIALS = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINALS = '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|ü|v)';
/** One or two pinyin syllables, as in given names "Zhonghua", "Li", "Zhipeng". */
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${INITIALS}${FINALS}){1,2}$`);
/** Any pinyin word, as in district names "Baoshan", "Bao'an", "Minhang". */
export const PINYIN_WORD = new RegExp(`^(?:${INITIALS}${FINALS}['’]?){1,4}$`);
/** Cantonese given names are written with a hyphen: "Koon-shum". */
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

export function isPinyinGivenName(word: string): boolean {
	return (PINYIN_GIVEN_NAME.test(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word)) || HYPHENATED_GIVEN_NAME.test(word);
}

/** A person candidate; its id is given only if it wins (see `identify`), and is there from the start (see `organizationCandidate`). */
export function personCandidate(start: number, end: number, priority: number): Candidate {
	return { start, end, kind: 'person', id: undefined, priority };
}

function namePart(context: ParagraphContext, index: number): boolean {
	return paragraphWords(context).nameParts[index] === 1;
}

/**
 * Lowercase particles inside a name: "Marieke van der Berg", "Luis de Guindos", "Ursula von der Leyen".
 * German "von" is mostly "from" ("Anja Kessler von Kessler Sensortechnik"), so it is one only in English text.
 */
const NAME_PARTICLES = ['van', 'de', 'da', 'di', 'dos', 'del', 'della', 'ter'];
const PARTICLES_OF_LANGUAGE: Record<Language, TokenWords> = {
	de: new TokenWords(new Set(NAME_PARTICLES)),
	en: new TokenWords(new Set([...NAME_PARTICLES, 'von'])),
};
/** The second particle of a pair: "van der", "van den", "de la", "de los". */
const SECOND_NAME_PARTICLES = new Set(['der', 'den', 'la', 'los']);

/** The index of the name part after the particles that follow token `last`, or -1 when no particle follows it. */
function partAfterParticles(context: ParagraphContext, last: number): number {
	const { tokens, text } = context;
	const particle = last + 1;
	if (particle >= tokens.length || !(PARTICLES_OF_LANGUAGE[context.language].includes(tokens[particle])
		// "Katharina von Stetten": right after a given name, German "von" is a particle too.
		|| (tokens[particle].text === 'von' && paragraphWords(context).classes[last] & Word.WesternGivenName))) {
		return -1;
	}
	let next = particle + 1;
	if (next < tokens.length && SECOND_NAME_PARTICLES.has(tokens[next].text)) {
		next++;
	}
	for (let i = particle; i <= next && i < tokens.length; i++) {
		if (tokens[i].start !== tokens[i - 1].end + 1 || !onlySpacesBetween(text, tokens[i - 1].end, tokens[i].start)) {
			return -1;
		}
	}
	return next < tokens.length && paragraphWords(context).nameParts[next] === 1 ? next : -1;
}

/** Last index of a run of up to `max` name parts from `first`, joined by single spaces or name particles; -1 when none. */
function namePartsFrom(context: ParagraphContext, first: number, max: number): number {
	const { tokens, text } = context;
	const parts = paragraphWords(context).nameParts;
	if (first >= tokens.length || parts[first] === 0) {
		return -1;
	}
	let last = first;
	for (let count = 1; count < max && !(tokens[last].shape & Shape.Possessive); count++) {
		if (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end + 1
			&& onlySpacesBetween(text, tokens[last].end, tokens[last + 1].start) && parts[last + 1] === 1) {
			last++;
			continue;
		}
		// "John F. Kennedy": a middle initial with its dot.
		if (isInitial(tokens[last]) && last > first && last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end + 2
			&& text.startsWith('. ', tokens[last].end) && parts[last + 1] === 1) {
			last++;
			continue;
		}
		const afterParticles = partAfterParticles(context, last);
		if (afterParticles < 0) {
			break;
		}
		last = afterParticles;
	}
	// A name does not end in an initial: "John F." of "John F. Kennedy Airport" with the surname cut off.
	return last > first && isInitial(tokens[last]) ? last - 1 : last;
}

function isInitial(token: Token): boolean {
	return token.end - token.start === 1 && (token.shape & Shape.Capitalized) !== 0;
}

/** True when tokens from `first` read as a person's name: a Chinese name, or a known given name and a surname. */
export function looksLikePersonName(context: ParagraphContext, first: number, surface: string): boolean {
	const { tokens } = context;
	const words = surface.split(' ');
	if (words.length < 2 || words.length > 3) {
		return false;
	}
	return (CHINESE_SURNAMES.has(words[0]) && isPinyinGivenName(words[1]) && words.length === 2)
		|| (WESTERN_GIVEN_NAMES.has(words[0]) && first + 1 < tokens.length && namePart(context, first + 1));
}

/** A name run that the knowledge base does not claim as something else. */
function unclaimed(context: ParagraphContext, first: number, last: number): boolean {
	const { tokens } = context;
	const { classes } = paragraphWords(context);
	for (let i = first; i <= last; i++) {
		const known = context.nameAt(tokens[i].start);
		// "Ana Sofia Mendes": a given name after a given name is no place; "Siobhán Kearney": after a given name,
		// a company's one-word name is a surname.
		const afterGivenName = i > first && (classes[first] & Word.WesternGivenName) !== 0 && known?.end === tokens[i].end;
		if (known && known.entry.kind !== 'person'
			&& !(afterGivenName && ((classes[i] & Word.WesternGivenName) || (known.entry.kind === 'organization' && i === last)))) {
			return false;
		}
	}
	return true;
}

export function findPersons(context: ParagraphContext): Candidate[] {
	const { tokens, text } = context;
	const { classes, nameTokens, nameParts: parts } = paragraphWords(context);
	const candidates: Candidate[] = [];
	const push = (first: number, last: number, priority: number) => {
		if (unclaimed(context, first, last) && !namesSomethingElse(context, classes, first, last)) {
			candidates.push(personCandidate(tokens[first].start, tokens[last].end, priority));
		}
	};
	// Tokens before `free` belong to a name found already.
	let free = 0;
	for (const i of nameTokens) {
		const token = tokens[i];
		if (i < free || !(token.shape & Shape.Capitalized)) {
			continue;
		}
		// Mr. Wong, Dr. Jane Doe, Frau Müller: the title stays out.
		const wordBits = classes[i];
		if (wordBits & Word.PersonTitle && i + 1 < tokens.length) {
			let next = i + 1;
			while (next < tokens.length && classes[next] & Word.PersonTitle) {
				next++;
			}
			const gap = text.slice(tokens[next - 1].end, tokens[next]?.start ?? context.to);
			const last = /^\.? $/.test(gap) ? namePartsFrom(context, next, 3) : -1;
			if (last >= 0) {
				push(next, last, Priority.Pattern);
				free = last + 1;
				continue;
			}
		}
		// Chinese names: surname + pinyin given name ("Deng Zhonghua", "Choi Koon-shum", "Xu Li").
		// A given name is capitalized: most words after a surname ("He said") need no pinyin test.
		if (wordBits & Word.ChineseSurname && i + 1 < tokens.length && tokens[i + 1].start === token.end + 1
			&& (tokens[i + 1].shape & Shape.Capitalized) !== 0 && isPinyinGivenName(tokens[i + 1].text) && !(token.shape & Shape.Possessive)
			&& (i + 2 >= tokens.length || !continuesName(context, i + 1))) {
			push(i, i + 1, Priority.Context);
			free = i + 2;
			continue;
		}
		// Known given name + surname ("Olaf Scholz").
		if (wordBits & Word.WesternGivenName && !(i > 0 && SAINT_PREFIXES.has(tokens[i - 1].text))) {
			const last = namePartsFrom(context, i, GIVEN_NAME_PARTS);
			if (last > i) {
				push(i, last, Priority.Context);
				free = last + 1;
				continue;
			}
		}
		// "Sagt Liu Xin, …": a verb of saying is capitalized where it opens the sentence, and is no part of the name.
		if (parts[i] === 0 || (token.shape & Shape.SentenceStart && SPEECH_VERBS.has(token.text.toLowerCase()))) {
			continue;
		}
		const last = namePartsFrom(context, i, 3);
		// A name part just before, on the same line, makes this one the middle of a longer run.
		if (last <= i || (i > 0 && parts[i - 1] === 1 && tokens[i - 1].end + 1 === token.start && text.charCodeAt(tokens[i - 1].end) === 0x20)) {
			continue;
		}
		if (roleFollows(context, last) || speechAround(context, i, last) || roleWordBefore(context, i)) {
			push(i, last, Priority.Context);
			free = last + 1;
		}
	}
	bylines(context, candidates);
	byCredits(context, candidates);
	return candidates;
}

/** Name parts of a name that starts with a given name: "Ana Sofia de Carvalho Mendes". */
const GIVEN_NAME_PARTS = 4;
/** "Santa Maria da Feira", "São João da Madeira", "Sankt Peter": a saint's name names a place. */
const SAINT_PREFIXES = new Set(['Santa', 'San', 'Santo', 'São', 'Sao', 'Saint', 'Sainte', 'Sankt', 'St']);

/** "Marcus Wallenberg Prize", "Thomas Mann Street", "John Lennon Airport": a name that is part of a prize's or a place's. */
function namesSomethingElse(context: ParagraphContext, classes: Int32Array, first: number, last: number): boolean {
	const { tokens } = context;
	// The word after the name on the same line: "Maarja Kuusk\nPort of Tallinn" names no port.
	const next = last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end + 1 && context.text.charCodeAt(tokens[last].end) === 0x20 ? last + 1 : last;
	for (let i = first + 1; i <= next; i++) {
		if (classes[i] & (Word.EventHead | Word.VenueHead) && tokens[i].shape & Shape.Capitalized) {
			return true;
		}
	}
	return false;
}

/** The token after a Chinese given name continues a longer name ("Li Ning Group", "Xu Li Road"). */
function continuesName(context: ParagraphContext, index: number): boolean {
	const { tokens } = context;
	const next = tokens[index + 1];
	return next.start === tokens[index].end + 1 && context.text.charCodeAt(next.start - 1) === 0x20 && (next.shape & Shape.Capitalized) !== 0;
}

const ROLE_ARTICLES = new Set(['the', 'der', 'die', 'a', 'an']);

/** "Xu Li, CEO of", "Ingmar Bruder, the founder", "Max Muster, Geschäftsführer", "Jane Doe, Acme's chief". */
function roleFollows(context: ParagraphContext, last: number): boolean {
	const { tokens, text } = context;
	const end = tokens[last].end;
	if (last + 1 >= tokens.length || tokens[last + 1].start !== end + 2 || text.charCodeAt(end) !== 0x2c || text.charCodeAt(end + 1) !== 0x20) {
		return false;
	}
	let next = last + 1;
	if (ROLE_ARTICLES.has(tokens[next].text) && next + 1 < tokens.length) {
		next++;
	}
	// "Ágnes Kovács, HIPA's deputy CEO": the organization's possessive name stands before the role.
	for (let owner = next; owner < next + ROLE_OWNER_WORDS && owner + 1 < tokens.length && isNameToken(tokens[owner]); owner++) {
		if (tokens[owner].shape & Shape.Possessive) {
			next = owner + 1;
			break;
		}
	}
	return isPersonRole(tokens[next].text);
}

/** Name words of an organization in the possessive before a role. */
const ROLE_OWNER_WORDS = 4;

/** "said Jane Doe", "Jane Doe said", "sagte Max Muster". */
function speechAround(context: ParagraphContext, first: number, last: number): boolean {
	const { tokens } = context;
	if (last === first) {
		return false;
	}
	const before = first > 0 ? tokens[first - 1] : undefined;
	if (before && before.end + 1 === tokens[first].start && SPEECH_VERBS.has(before.text)) {
		return true;
	}
	const after = tokens[last + 1];
	return after !== undefined && tokens[last].end + 1 === after.start && SPEECH_VERBS.has(after.text) && after.text !== 'so' && after.text !== 'laut';
}

/** "Bürgermeister Peter Kurz", "CEO Jane Doe": a role word right before a two-part name. */
function roleWordBefore(context: ParagraphContext, first: number): boolean {
	const { tokens } = context;
	if (first === 0) {
		return false;
	}
	const before = tokens[first - 1];
	const word = tokens[first].text;
	if (before.end + 1 !== tokens[first].start || !isPersonRole(before.text)) {
		return false;
	}
	// A capitalized role ("Oberbürgermeister", "Mayor") is a title before a name; a lowercase one needs a known first name.
	return /^\p{Lu}/u.test(before.text) || WESTERN_GIVEN_NAMES.has(word) || CHINESE_SURNAMES.has(word);
}

const BYLINE_REACH = 6;

/** A line of just two or three capitalized words under a place line at the top of a document: the author. */
function bylines(context: ParagraphContext, candidates: Candidate[]): void {
	if (!context.isFirstParagraph) {
		return;
	}
	const { text, tokens } = context;
	let lineStart = context.from;
	let previousLineIsPlace = false;
	for (let line = 0; line < BYLINE_REACH && lineStart < context.to; line++) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0 || lineEnd > context.to) {
			lineEnd = context.to;
		}
		const content = text.slice(lineStart, lineEnd).trim();
		if (line > 0 && previousLineIsPlace && /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}?\p{Ll}+){1,2}$/u.test(content) && content.length < 40) {
			const start = lineStart + text.slice(lineStart, lineEnd).indexOf(content);
			const first = context.tokenIndexAt(start);
			const last = first >= 0 ? namePartsFrom(context, first, 3) : -1;
			if (last > first && tokens[last].end === start + content.length && unclaimed(context, first, last)
				&& !candidates.some(c => c.start === start)) {
				candidates.push(personCandidate(start, start + content.length, Priority.Context));
			}
		}
		const known = context.nameAt(lineStart + text.slice(lineStart, lineEnd).search(/\S|$/));
		previousLineIsPlace = known !== undefined && known.entry.kind === 'place' && text.slice(known.end, lineEnd).trim() === '';
		lineStart = lineEnd + 1;
	}
}

/** A credit word at a line start, then two or three capitalized or all-caps words: "By LIU YANG in Suzhou", "Von Anna Berger". */
const BY_CREDIT = /(?:^|\n)[ \t]*(?:By|Von|BY|VON) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})(?=[ \t]*(?:\r?\n|$| \|| in ))/gu;

/** Words of credits that name no one: "By Staff Reporter", "BY THE NUMBERS", "Von unserer Redaktion". */
const CREDIT_STOCK_WORDS = new Set([
	'staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'writer', 'writers', 'desk', 'team',
	'newsroom', 'agency', 'agencies', 'wire', 'wires', 'numbers', 'redaktion', 'korrespondent', 'korrespondentin', 'unserer',
	'unserem', 'unseren', 'unser', 'mitarbeiter',
]);

/**
 * Every word a name part, or all caps (which the name-part test refuses) and neither a function
 * word nor a role: not "By March Next Year", "BY THE NUMBERS" or "By Staff Reporter".
 */
function creditedName(context: ParagraphContext, first: number, last: number): boolean {
	const parts = paragraphWords(context).nameParts;
	for (let i = first; i <= last; i++) {
		const token = context.tokens[i];
		const lower = token.text.toLowerCase();
		if (CREDIT_STOCK_WORDS.has(lower)) {
			return false;
		}
		const allCapsName = (token.shape & Shape.AllCaps) !== 0
			&& !(wordClass(lower[0].toUpperCase() + lower.slice(1)) & (Word.Stopword | Word.PersonRole | Word.PersonTitle)) && !isPersonRole(lower);
		if (!allCapsName && parts[i] === 0) {
			return false;
		}
	}
	return true;
}

/** The author of a byline: a credit word at a line start and a name that the line ends after (or goes on with "in <place>" or "| <paper>"). */
function byCredits(context: ParagraphContext, candidates: Candidate[]): void {
	const lineText = context.text.slice(context.from, context.to);
	if (!/(?:By|Von|BY|VON) /.test(lineText)) {
		return;
	}
	for (const match of lineText.matchAll(BY_CREDIT)) {
		const start = context.from + match.index! + match[0].length - match[1].length;
		const end = start + match[1].length;
		const first = context.tokenIndexAt(start);
		const last = context.tokenIndexEndingAt(end);
		if (first >= 0 && last >= first && creditedName(context, first, last) && unclaimed(context, first, last)
			&& !candidates.some(c => c.start < end && start < c.end)) {
			candidates.push(personCandidate(start, end, Priority.Context));
		}
	}
}
