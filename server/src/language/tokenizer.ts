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
	/** A capitalized or intercap token first in its sentence or line (capitalization says little there). */
	SentenceStart = 32,
	/** Word parts joined by an apostrophe or a hyphen: "Bao'an", "Bio-Medical". */
	Joined = 64,
}

export class Token {
	/** The text, sliced on first use: the rules read most tokens by offsets and hash only, and never need it. */
	private sliced: string | undefined = undefined;

	constructor(
		/** The text the token is in. */
		private readonly source: string,
		readonly start: number,
		readonly end: number,
		readonly shape: number,
		/** `textHash(text)`, computed while scanning: the knowledge-base matcher looks tokens up by it. */
		readonly hash: number,
	) { }

	get text(): string {
		return this.sliced ??= this.source.slice(this.start, this.end);
	}
}

/**
 * FNV-1a over UTF-16 code units: the tokenizer hashes each token as it scans it, so that the name
 * matcher looks words up without building or re-reading them.
 */
const enum TokenHash { Seed = 0x811c9dc5 | 0 }

function mixHash(hash: number, code: number): number {
	return Math.imul(hash ^ code, 16777619);
}

/** The hash of text[start, end) as the tokenizer computes it for a token. */
export function textHash(text: string, start = 0, end = text.length): number {
	let hash = TokenHash.Seed;
	for (let i = start; i < end; i++) {
		hash = mixHash(hash, text.charCodeAt(i));
	}
	return hash;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const OTHER_LETTER = /[\p{L}\p{M}]/u;

const enum Letter { Other, Upper, Lower, Digit, Caseless }

function classify(code: number): Letter {
	const ch = String.fromCharCode(code);
	return UPPER.test(ch) ? Letter.Upper : LOWER.test(ch) ? Letter.Lower : DIGIT.test(ch) ? Letter.Digit
		: OTHER_LETTER.test(ch) || (code >= 0xd800 && code <= 0xdfff) ? Letter.Caseless : Letter.Other;
}

/** Letter class + 1 of each UTF-16 code unit, 0 until classified: Latin-1 at load, the rest on first use. */
const letterClass = new Uint8Array(0x10000);
for (let code = 0; code < 0x100; code++) {
	letterClass[code] = 1 + classify(code);
}

function classOf(code: number): Letter {
	const cls = letterClass[code];
	return cls !== 0 ? cls - 1 : (letterClass[code] = 1 + classify(code)) - 1;
}

/** Apostrophes and hyphens join word parts ("Bao'an", "Bio-Medical"). */
function isJoiner(code: number): boolean {
	return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** Words: runs of letters and digits, joined by inner apostrophes or hyphens; one character loop. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const tokens: Token[] = [];
	let i = from;
	while (i < to) {
		let code = text.charCodeAt(i);
		let cls = classOf(code);
		if (cls === Letter.Other) {
			i++;
			continue;
		}
		const start = i;
		const firstUpper = cls === Letter.Upper;
		let hash = TokenHash.Seed;
		let uppers = 0;
		let hasLower = false;
		let hasDigit = false;
		let previousLower = false;
		let interCap = false;
		let joined = false;
		for (;;) {
			hash = mixHash(hash, code);
			i++;
			if (cls === Letter.Lower) {
				hasLower = true;
				previousLower = true;
				// Runs of ASCII lowercase letters, most of the text, need no class lookup.
				while (i < to && (code = text.charCodeAt(i)) >= 97 && code <= 122) {
					hash = mixHash(hash, code);
					i++;
				}
			} else {
				if (cls === Letter.Upper) {
					uppers++;
					if (previousLower) {
						interCap = true;
					}
				} else if (cls === Letter.Digit) {
					hasDigit = true;
				}
				previousLower = false;
			}
			if (i >= to) {
				break;
			}
			code = text.charCodeAt(i);
			cls = classOf(code);
			if (cls === Letter.Other) {
				if (!isJoiner(code) || i + 1 >= to || (cls = classOf(text.charCodeAt(i + 1))) === Letter.Other) {
					break;
				}
				// The joiner is part of the token; the letter after it is counted next.
				hash = mixHash(hash, code);
				previousLower = false;
				joined = true;
				code = text.charCodeAt(++i);
			}
		}
		let end = i;
		let shape = 0;
		if (end - start > 2) {
			const last = text.charCodeAt(end - 1);
			const apostrophe = text.charCodeAt(end - 2);
			if ((last === 115 || last === 83) && (apostrophe === 0x27 || apostrophe === 0x2019)) {
				end -= 2;
				shape |= Shape.Possessive;
				hash = textHash(text, start, end);
			}
		}
		if (firstUpper) {
			shape |= Shape.Capitalized;
			if (uppers > 1 && !hasLower && !hasDigit) {
				shape |= Shape.AllCaps;
			}
		}
		if (interCap) {
			shape |= Shape.InterCap;
		}
		if (hasDigit) {
			shape |= Shape.Digit;
		}
		if (joined) {
			shape |= Shape.Joined;
		}
		// Only names care where a sentence starts.
		if ((firstUpper || interCap) && isSentenceStart(text, start, from)) {
			shape |= Shape.SentenceStart;
		}
		tokens.push(new Token(text, start, end, shape, hash));
	}
	return tokens;
}

function isSentenceStart(text: string, start: number, from: number): boolean {
	let i = start - 1;
	let c = 0;
	while (i >= from) {
		c = text.charCodeAt(i);
		// space, tab, no-break space, quotes and an opening parenthesis do not end the look-back
		if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x22 || c === 0x201c || c === 0x201e || c === 0x28 || c === 0x27 || c === 0x2018) {
			i--;
		} else {
			break;
		}
	}
	if (i < from) {
		return true;
	}
	// line break, . ! ? : — –
	return c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2014 || c === 0x2013;
}

/**
 * Words that tokens are looked up in. A token's hash, computed while tokenizing, rules out most tokens
 * before their text is sliced (see Token.text) and hashed again for the set.
 */
export class TokenWords {
	private readonly hashes = new Set<number>();

	constructor(private readonly words: ReadonlySet<string>) {
		for (const word of words) {
			this.hashes.add(textHash(word));
		}
	}

	/** Whether the token's text is one of the words. */
	includes(token: Token): boolean {
		return this.hashes.has(token.hash) && this.words.has(token.text);
	}
}

/** A token that can be part of a name: capitalized, all caps or intercap, and not a bare number. */
export function isNameToken(token: Token): boolean {
	return (token.shape & (Shape.Capitalized | Shape.InterCap)) !== 0;
}

/**
 * Whether the tokenizer gives `word` (letters and digits only) no shape at all, as it does to
 * lowercase words: no capital first, no capital after a lowercase letter, no digit.
 */
export function isPlainWord(word: string): boolean {
	let previousLower = false;
	for (let i = 0; i < word.length; i++) {
		const cls = classOf(word.charCodeAt(i));
		if (cls === Letter.Digit || (cls === Letter.Upper && (i === 0 || previousLower))) {
			return false;
		}
		previousLower = cls === Letter.Lower;
	}
	return true;
}

/**
 * Two tokens belong to one name when a space (two at most, for a typo), or " & ", separate them ("Rohde & Schwarz").
 * A wider gap separates the fields of a header line: "Source: Wuzhong District People's Government   Updated: …".
 */
export function joinedInName(text: string, left: Token, right: Token): boolean {
	const gap = right.start - left.end;
	if (gap === 0 || gap > 3) {
		return false;
	}
	// "Kühne+Nagel"
	if (gap === 1 && text.charCodeAt(left.end) === 0x2b) {
		return true;
	}
	return (gap <= NAME_SPACES && onlySpacesBetween(text, left.end, right.start)) || (gap === 3 && text.startsWith(' & ', left.end));
}

/** The most spaces between two words of one name. */
const NAME_SPACES = 2;

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
