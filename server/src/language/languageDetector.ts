import { Language } from './types';

/**
 * Language by function words: short, frequent words that differ between English and German.
 * Counting them is a linear scan and robust on news text; ties go to English.
 */

const GERMAN = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'auf', 'für', 'sich', 'auch', 'von', 'zu', 'zum', 'zur', 'im', 'wird', 'werden', 'wurde', 'sind', 'über', 'bei', 'nach', 'aus', 'wie', 'als', 'oder', 'dass', 'durch', 'sie', 'er', 'es', 'vom']);
const ENGLISH = new Set(['the', 'and', 'is', 'of', 'to', 'with', 'for', 'on', 'that', 'this', 'are', 'was', 'were', 'by', 'from', 'has', 'have', 'been', 'its', 'their', 'which', 'will', 'be', 'as', 'at', 'a', 'it', 'or', 'not']);

export interface LanguageEvidence {
	english: number;
	german: number;
}

/** Enough text to tell the language of a document; keeps re-analysis after an edit cheap. */
const SAMPLE = 16 * 1024;
/** Shorter paragraphs (datelines, captions, quotes) take the document's language. */
const PARAGRAPH_MINIMUM = 300;
/** The start of a paragraph shows its language. */
const PARAGRAPH_SAMPLE = 512;

/** Letters the detector reads: ASCII letters and the German umlauts and ß; anything else ends a word. */
const enum Letter { None = 0, Lower = 1, Upper = 2, Umlaut = 4 }

/** Letter index of a code unit below 256 (a-z 0-25, ä 26, ö 27, ü 28, ß 29; uppercase as its lowercase), or -1. */
const LETTER_INDEX = new Int8Array(256).fill(-1);
const LETTER_KIND = new Uint8Array(256);
const ALPHABET = 30;
for (let i = 0; i < 26; i++) {
	LETTER_INDEX[97 + i] = i;
	LETTER_KIND[97 + i] = Letter.Lower;
	LETTER_INDEX[65 + i] = i;
	LETTER_KIND[65 + i] = Letter.Upper;
}
for (const [lower, upper, index] of [[0xe4, 0xc4, 26], [0xf6, 0xd6, 27], [0xfc, 0xdc, 28], [0xdf, -1, 29]]) {
	LETTER_INDEX[lower] = index;
	LETTER_KIND[lower] = Letter.Lower | Letter.Umlaut;
	if (upper >= 0) {
		LETTER_INDEX[upper] = index;
		LETTER_KIND[upper] = Letter.Upper;
	}
}

/** Only words this long are function words. */
const FUNCTION_WORD_LENGTH = 6;
const enum Verdict { None = 0, German = 1, English = 2 }

/**
 * The function words as a letter trie, so that counting walks it along the characters of a word
 * and never builds the word as a string. State 0 is the root; -1 is "no function word".
 */
const trieNext: number[] = new Array<number>(ALPHABET).fill(-1);
const trieVerdict: Verdict[] = [Verdict.None];
function addFunctionWord(word: string, verdict: Verdict): void {
	let state = 0;
	for (let i = 0; i < word.length; i++) {
		const slot = state * ALPHABET + LETTER_INDEX[word.charCodeAt(i)];
		if (trieNext[slot] < 0) {
			trieNext[slot] = trieVerdict.length;
			trieVerdict.push(Verdict.None);
			trieNext.push(...new Array<number>(ALPHABET).fill(-1));
		}
		state = trieNext[slot];
	}
	// German first: a word in both lists would count as German.
	if (trieVerdict[state] === Verdict.None) {
		trieVerdict[state] = verdict;
	}
}
GERMAN.forEach(word => addFunctionWord(word, Verdict.German));
ENGLISH.forEach(word => addFunctionWord(word, Verdict.English));
const FUNCTION_WORD_NEXT = Int32Array.from(trieNext);
const FUNCTION_WORD_VERDICT = Uint8Array.from(trieVerdict);

/**
 * Function words of each language in text[from, to): one character loop over a letter trie.
 * A word that starts with A-Z is read lowercased; any other must match as written.
 */
export function countLanguageEvidence(text: string, from = 0, to = text.length): LanguageEvidence {
	let english = 0;
	let german = 0;
	let i = from;
	while (i < to) {
		let code = text.charCodeAt(i);
		if (code > 0xff || LETTER_KIND[code] === Letter.None) {
			i++;
			continue;
		}
		const start = i;
		// Only a word starting with A-Z is read lowercased ('Über', 'dEr' are no function words).
		const caseSensitive = code >= 97;
		let state = 0;
		// Walk the trie while the word may still be a function word ...
		do {
			const kind = LETTER_KIND[code];
			if (kind & Letter.Umlaut) {
				german += 0.5;
			}
			state = caseSensitive && (kind & Letter.Upper) ? -1 : FUNCTION_WORD_NEXT[state * ALPHABET + LETTER_INDEX[code]];
			i++;
			code = i < to ? text.charCodeAt(i) : 0;
		} while (state >= 0 && code <= 0xff && LETTER_KIND[code] !== Letter.None);
		if (state < 0) {
			// ... then only count its umlauts.
			while (code <= 0xff && LETTER_KIND[code] !== Letter.None) {
				if (LETTER_KIND[code] & Letter.Umlaut) {
					german += 0.5;
				}
				i++;
				code = i < to ? text.charCodeAt(i) : 0;
			}
		} else if (i - start <= FUNCTION_WORD_LENGTH) {
			const verdict = FUNCTION_WORD_VERDICT[state];
			if (verdict === Verdict.German) {
				german++;
			} else if (verdict === Verdict.English) {
				english++;
			}
		}
	}
	return { english, german };
}

/** Evidence this clear settles the language without reading further. */
const DECISIVE_WORDS = 24;
const CHUNK = 512;

export function detectLanguage(text: string): Language {
	let english = 0;
	let german = 0;
	const end = Math.min(text.length, SAMPLE);
	for (let from = 0; from < end; from += CHUNK) {
		const evidence = countLanguageEvidence(text, from, Math.min(end, from + CHUNK));
		english += evidence.english;
		german += evidence.german;
		if (english + german >= DECISIVE_WORDS && (english >= 3 * german || german >= 3 * english)) {
			break;
		}
	}
	return german > english ? 'de' : 'en';
}

/**
 * The language of one paragraph of a document: the document's language unless the paragraph
 * clearly says otherwise (enough words, and a clear majority for the other language).
 */
export function paragraphLanguage(text: string, from: number, to: number, documentLanguage: Language): Language {
	if (to - from < PARAGRAPH_MINIMUM) {
		return documentLanguage;
	}
	const evidence = countLanguageEvidence(text, from, Math.min(to, from + PARAGRAPH_SAMPLE));
	const total = evidence.english + evidence.german;
	if (total < 8) {
		return documentLanguage;
	}
	if (documentLanguage === 'en' && evidence.german > 3 * evidence.english) {
		return 'de';
	}
	if (documentLanguage === 'de' && evidence.english > 3 * evidence.german) {
		return 'en';
	}
	return documentLanguage;
}
