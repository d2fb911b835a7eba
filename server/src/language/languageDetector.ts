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

/**
 * Function words are counted by a state machine over code units below 256 (anything above ends a word),
 * one table read per character and no string built. A word is read along a letter trie of the function
 * words: one that starts with A-Z in a copy of the trie where case does not matter, any other as written.
 */
const ALPHABET = 256;
/** Between words. */
const BETWEEN = 0;
/** In a word that is no function word. */
const OTHER_WORD = 1;
const enum Verdict { None = 0, German = 1, English = 2 }

/** The letter each code unit below 256 is to the trie (ASCII letters and umlauts lowercased, ß), or '' for none. */
const LETTERS = Array.from({ length: ALPHABET }, (_, code) => {
	const char = String.fromCharCode(code);
	return /[a-zäöüß]/i.test(char) ? char.toLowerCase() : '';
});
/** The code units of each letter: lowercase, and uppercase for all but ß. */
const CODES_OF_LETTER = new Map<string, number[]>();
LETTERS.forEach((letter, code) => {
	if (letter !== '') {
		CODES_OF_LETTER.set(letter, [...CODES_OF_LETTER.get(letter) ?? [], code]);
	}
});

/**
 * The trie states after BETWEEN and OTHER_WORD, keyed by the letters read so far behind 's' (read as
 * written) or 'f' (read lowercased, for words starting with A-Z).
 */
const stateKeys = ['', ''];
const stateVerdicts: Verdict[] = [Verdict.None, Verdict.None];
const stateOf = new Map<string, number>();

function addFunctionWord(word: string, verdict: Verdict): void {
	for (const mode of ['s', 'f']) {
		let state = BETWEEN;
		for (let length = 1; length <= word.length; length++) {
			const key = mode + word.slice(0, length);
			state = stateOf.get(key) ?? stateKeys.length;
			if (state === stateKeys.length) {
				stateOf.set(key, state);
				stateKeys.push(key);
				stateVerdicts.push(Verdict.None);
			}
		}
		// German first: a word in both lists would count as German.
		if (stateVerdicts[state] === Verdict.None) {
			stateVerdicts[state] = verdict;
		}
	}
}
GERMAN.forEach(word => addFunctionWord(word, Verdict.German));
ENGLISH.forEach(word => addFunctionWord(word, Verdict.English));

/** The state after reading code unit `code` in `state` is TRANSITIONS[state * ALPHABET + code]. */
const TRANSITIONS = new Uint16Array(stateKeys.length * ALPHABET);
const VERDICTS = Uint8Array.from(stateVerdicts);
/** 1 for the lowercase umlauts and ß, which count half a point for German wherever they are. */
const UMLAUT = new Uint8Array(ALPHABET);
for (const char of 'äöüß') {
	UMLAUT[char.charCodeAt(0)] = 1;
}
// A letter leads into a word, or on in one; a letter with no edge of the trie leads to OTHER_WORD.
const lettersToOtherWord = Uint16Array.from(LETTERS, letter => letter === '' ? BETWEEN : OTHER_WORD);
for (let state = BETWEEN; state < stateKeys.length; state++) {
	TRANSITIONS.set(lettersToOtherWord, state * ALPHABET);
}
for (let state = OTHER_WORD + 1; state < stateKeys.length; state++) {
	const key = stateKeys[state];
	const parent = key.length === 2 ? BETWEEN : stateOf.get(key.slice(0, -1))!;
	const letter = key[key.length - 1];
	for (const code of CODES_OF_LETTER.get(letter)!) {
		const upper = String.fromCharCode(code) !== letter;
		// Only a word starting with A-Z is read lowercased ('Über', 'dEr' are no function words).
		if (key[0] === 's' ? !upper : parent !== BETWEEN || code < 97) {
			TRANSITIONS[parent * ALPHABET + code] = state;
		}
	}
}

/**
 * Function words of each language in text[from, to), and half a point for German per umlaut.
 * A word that starts with A-Z is read lowercased; any other must match as written.
 */
export function countLanguageEvidence(text: string, from = 0, to = text.length): LanguageEvidence {
	/** Words that ended in a state of each verdict. */
	const words = [0, 0, 0];
	let umlauts = 0;
	let state = BETWEEN;
	for (let i = from; i < to; i++) {
		let code = text.charCodeAt(i);
		if (code >= ALPHABET) {
			code = 0x20;
		}
		const next = TRANSITIONS[state * ALPHABET + code];
		umlauts += UMLAUT[code];
		if (next === BETWEEN) {
			words[VERDICTS[state]]++;
		}
		state = next;
	}
	words[VERDICTS[state]]++;
	return { english: words[Verdict.English], german: words[Verdict.German] + umlauts / 2 };
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
