/**
 * What counts as a word character when the normalizers decide where a date or a number may start
 * and end. Latin-1 and Latin Extended-A letters are included so that German words ("März", "über")
 * are whole words; plain `\b` only knows ASCII.
 */
export const WORD_CLASS = 'A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

/** Regex source: the match must not continue into a word. */
export const WORD_END = `(?![${WORD_CLASS}])`;

/** Same set as WORD_CLASS, by code point: called for nearly every candidate, so no regex. */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined || char === '') {
    return false;
  }
  const code = char.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 ||
    (code >= 0xC0 && code <= 0x24F && code !== 0xD7 && code !== 0xF7);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** The word that ends right before `index` (skipping spaces), as written; '' when there is none. */
export function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0' || text[end - 1] === '\t')) {
    end--;
  }
  let start = end;
  while (start > 0 && isWordChar(text[start - 1])) {
    start--;
  }
  return text.slice(start, end);
}

/** The word that starts right after `index` (skipping spaces), as written; '' when there is none. */
export function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && (text[start] === ' ' || text[start] === '\u00A0' || text[start] === '\t')) {
    start++;
  }
  let end = start;
  while (end < text.length && isWordChar(text[end])) {
    end++;
  }
  return text.slice(start, end);
}

/** True when `index` begins a sentence: only spaces, quotes or brackets since the last full stop, line break or text start. */
export function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '\u00A0' || char === '"' || char === '„' || char === '“' || char === '(' || char === '«' || char === '»') {
      continue;
    }
    return char === '\n' || char === '\r' || char === '.' || char === '!' || char === '?' || char === ':';
  }
  return true;
}
