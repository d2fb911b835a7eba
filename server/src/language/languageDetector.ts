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

function isWordChar(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 0xe4 || code === 0xf6 || code === 0xfc || code === 0xdf
		|| code === 0xc4 || code === 0xd6 || code === 0xdc;
}

function isUmlaut(code: number): boolean {
	return code === 0xe4 || code === 0xf6 || code === 0xfc || code === 0xdf;
}

/** Function words of each language in text[from, to): one character loop, short words only looked up. */
export function countLanguageEvidence(text: string, from = 0, to = text.length): LanguageEvidence {
	let english = 0;
	let german = 0;
	let i = from;
	while (i < to) {
		if (!isWordChar(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		while (i < to && isWordChar(text.charCodeAt(i))) {
			if (isUmlaut(text.charCodeAt(i))) {
				german += 0.5;
			}
			i++;
		}
		if (i - start <= 6) {
			const first = text.charCodeAt(start);
			const word = first >= 97 ? text.slice(start, i) : text.slice(start, i).toLowerCase();
			if (GERMAN.has(word)) {
				german++;
			} else if (ENGLISH.has(word)) {
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
