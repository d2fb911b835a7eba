/**
 * Word tokens with the shape features the rules need. One regex pass over a paragraph;
 * never Intl.Segmenter (slow on long text in Node 20).
 */

export const enum Shape {
	/** First letter uppercase: "Luohu", "Bio-Medical", "VMAX". */
	Capitalized = 1,
	/** Two or more letters, all uppercase: "VMAX", "BASF", "LONDON". */
	AllCaps = 2,
	/** An uppercase letter after a lowercase one: "iDreamSky", "trinamiX", "PwC". */
	InterCap = 4,
	Digit = 8,
	/** English possessive cut off the token ("Shenzhen’s" → "Shenzhen"). */
	Possessive = 16,
	/** First token of a sentence or line (capitalization says little there). */
	SentenceStart = 32,
}

export interface Token {
	start: number;
	end: number;
	text: string;
	shape: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const INTERCAP = /\p{Ll}\p{Lu}/u;
const DIGIT = /\p{N}/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const tokens: Token[] = [];
	WORD.lastIndex = from;
	let match: RegExpExecArray | null;
	while ((match = WORD.exec(text)) !== null && match.index < to) {
		let word = match[0];
		let end = match.index + word.length;
		if (end > to) {
			word = word.slice(0, to - match.index);
			end = to;
		}
		let shape = 0;
		if (word.length > 2 && /['’][sS]$/.test(word)) {
			word = word.slice(0, -2);
			end -= 2;
			shape |= Shape.Possessive;
		}
		if (UPPER.test(word)) {
			shape |= Shape.Capitalized;
			if (word.length > 1 && !HAS_LOWER.test(word) && !DIGIT.test(word)) {
				shape |= Shape.AllCaps;
			}
		}
		if (INTERCAP.test(word)) {
			shape |= Shape.InterCap;
		}
		if (DIGIT.test(word)) {
			shape |= Shape.Digit;
		}
		if (isSentenceStart(text, match.index, from)) {
			shape |= Shape.SentenceStart;
		}
		tokens.push({ start: match.index, end, text: word, shape });
	}
	return tokens;
}

function isSentenceStart(text: string, start: number, from: number): boolean {
	let i = start - 1;
	while (i >= from && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || text[i] === '"' || text[i] === '“' || text[i] === '„' || text[i] === '(' || text[i] === '\'' || text[i] === '‘')) {
		i--;
	}
	if (i < from) {
		return true;
	}
	const c = text[i];
	return c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?' || c === ':' || c === '—' || c === '–';
}

/** A token that can be part of a name: capitalized, all caps or intercap, and not a bare number. */
export function isNameToken(token: Token): boolean {
	return (token.shape & (Shape.Capitalized | Shape.InterCap)) !== 0 && !/^\p{N}+$/u.test(token.text);
}

/** True when only spaces (no punctuation, no line break) separate the two offsets. */
export function onlySpacesBetween(text: string, from: number, to: number): boolean {
	if (to <= from) {
		return to === from;
	}
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x20 && c !== 0xa0) {
			return false;
		}
	}
	return true;
}
