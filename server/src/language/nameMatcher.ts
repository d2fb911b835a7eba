/**
 * A token trie that finds known multiword names in running text in one left-to-right pass.
 *
 * A name is a sequence of word tokens (runs of letters, marks and digits) joined by separators.
 * Separators are normalized so that text and names compare alike: any run of spaces (including
 * no-break and thin spaces, with at most one line break) is one space, every hyphen or dash
 * variant is '-', every apostrophe variant is "'". A separator may also end a name ("U.S.").
 * Matching works on whole tokens only, so a name never matches inside a longer word.
 */

export interface MatcherHit<T> { start: number; end: number; value: T }

interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>;
  /** Separators that may end the name here, e.g. the final '.' of 'U.S.'. */
  trailing?: { separator: string; value: T }[];
  value?: T;
}

const WORD = 1;
const NOT_WORD = 2;
/** Word-character class per UTF-16 code unit, filled lazily; surrogates count as word characters. */
const charClass = new Uint8Array(0x10000);
const wordCharPattern = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(code: number): boolean {
  let cls = charClass[code];
  if (cls === 0) {
    cls = (code >= 0xd800 && code <= 0xdfff) || wordCharPattern.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    charClass[code] = cls;
  }
  return cls === WORD;
}

const spaceRun = /[\s\u00a0\u202f\u2009\u2007\u200b]+/gu;
const hyphens = /[\u002d\u2010\u2011\u2012\u2013\u00ad]/gu;
const apostrophes = /[\u0027\u2019\u2018\u02bc\u0060\u00b4]/gu;

/** The longest separator a name may contain ("GmbH & Co. KG" has ' & '). Longer gaps never continue a name. */
const MAX_SEPARATOR_LENGTH = 4;

export function normalizeSeparator(separator: string): string {
  if (separator === ' ') {
    return separator;
  }
  if (/\n[^\n]*\n/.test(separator)) {
    return '\n\n';
  }
  return separator.replace(spaceRun, ' ').replace(hyphens, '-').replace(apostrophes, "'");
}

/** Splits a name into its tokens and the normalized separators around them. */
export function tokenizeName(name: string): { tokens: string[]; separators: string[] } {
  const tokens: string[] = [];
  const separators: string[] = [];
  let i = 0;
  let gapStart = 0;
  while (i < name.length) {
    if (isWordChar(name.charCodeAt(i))) {
      const start = i;
      while (i < name.length && isWordChar(name.charCodeAt(i))) {
        i++;
      }
      separators.push(normalizeSeparator(name.slice(gapStart, start)));
      tokens.push(name.slice(start, i));
      gapStart = i;
    } else {
      i++;
    }
  }
  separators.push(normalizeSeparator(name.slice(gapStart)));
  return { tokens, separators };
}

/** The canonical form under which names are stored and looked up. */
export function nameKey(name: string): string {
  const { tokens, separators } = tokenizeName(name.trim());
  let key = '';
  for (let i = 0; i < tokens.length; i++) {
    key += (i === 0 ? '' : separators[i]) + tokens[i];
  }
  return key + separators[tokens.length];
}

function lengthBit(length: number): number {
  return 1 << (length < 31 ? length : 31);
}

export class NameMatcher<T> {
  private readonly root: TrieNode<T> = {};
  /**
   * For each first code unit of a first token, a bit per token length (lengths from 31 up share a bit),
   * so that most words of running text are skipped without building a substring for a lookup.
   */
  private readonly firstTokenShapes = new Uint32Array(0x10000);

  /**
   * Adds a name; returns false when the name has no word token. An existing name keeps its value.
   * A continuation (for `extend`) keeps its leading separator, as in ', Inc.'.
   */
  add(name: string, value: T, continuation = false): boolean {
    const { tokens, separators } = tokenizeName(continuation ? name : name.trim());
    if (tokens.length === 0) {
      return false;
    }
    let node = this.root;
    for (let i = 0; i < tokens.length; i++) {
      const edge = (i === 0 && !continuation ? '' : separators[i]) + tokens[i];
      node.next ??= new Map();
      let child = node.next.get(edge);
      if (!child) {
        child = {};
        node.next.set(edge, child);
      }
      node = child;
    }
    this.firstTokenShapes[tokens[0].charCodeAt(0)] |= lengthBit(tokens[0].length);
    const trailing = separators[tokens.length];
    if (trailing === '') {
      node.value ??= value;
    } else {
      node.trailing ??= [];
      if (!node.trailing.some(t => t.separator === trailing)) {
        node.trailing.push({ separator: trailing, value });
      }
    }
    return true;
  }

  /**
   * All names in text[from, to) that start and end on token boundaries; at each position the
   * longest name wins and matching resumes after it.
   */
  findAll(text: string, from = 0, to = text.length): MatcherHit<T>[] {
    const hits: MatcherHit<T>[] = [];
    let i = from;
    // A range that starts inside a word starts after that word.
    if (i > 0 && i < to && isWordChar(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i - 1))) {
      while (i < to && isWordChar(text.charCodeAt(i))) {
        i++;
      }
    }
    while (i < to) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) {
        i++;
        continue;
      }
      const start = i;
      i++;
      while (i < text.length && isWordChar(text.charCodeAt(i))) {
        i++;
      }
      if (i > to || (this.firstTokenShapes[code] & lengthBit(i - start)) === 0) {
        continue;
      }
      const first = this.root.next!.get(text.slice(start, i));
      if (!first) {
        continue;
      }
      const hit = this.longestFrom(first, text, start, i, to);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      }
    }
    return hits;
  }

  /** The longest name continuing from `node`, whose path so far spans text[start, end). */
  longestFrom(node: TrieNode<T>, text: string, start: number, end: number, to: number): MatcherHit<T> | undefined {
    let best: MatcherHit<T> | undefined;
    for (;;) {
      if (node.value !== undefined) {
        best = { start, end, value: node.value };
      }
      if (node.trailing) {
        for (const t of node.trailing) {
          if (end + t.separator.length <= to && this.separatorAt(text, end, t.separator)) {
            best = { start, end: end + t.separator.length, value: t.value };
          }
        }
      }
      if (!node.next) {
        return best;
      }
      let tokenStart = end;
      while (tokenStart < to && tokenStart - end <= MAX_SEPARATOR_LENGTH && !isWordChar(text.charCodeAt(tokenStart))) {
        tokenStart++;
      }
      if (tokenStart >= to || tokenStart - end > MAX_SEPARATOR_LENGTH) {
        return best;
      }
      let tokenEnd = tokenStart + 1;
      while (tokenEnd < text.length && isWordChar(text.charCodeAt(tokenEnd))) {
        tokenEnd++;
      }
      if (tokenEnd > to) {
        return best;
      }
      const child = node.next.get(normalizeSeparator(text.slice(end, tokenStart)) + text.slice(tokenStart, tokenEnd));
      if (!child) {
        return best;
      }
      node = child;
      end = tokenEnd;
    }
  }

  /** The longest name that continues a match ending at `end` (used for legal-form suffixes). */
  extend(text: string, end: number, to = text.length): number {
    const hit = this.longestFrom(this.root, text, end, end, to);
    return hit ? hit.end : end;
  }

  private separatorAt(text: string, at: number, separator: string): boolean {
    return normalizeSeparator(text.slice(at, at + separator.length)) === separator;
  }
}
