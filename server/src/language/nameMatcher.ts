/**
 * A token trie that finds known multiword names in running text in one left-to-right pass.
 *
 * A name is a sequence of word tokens (runs of letters, marks and digits) joined by separators.
 * Separators are normalized so that text and names compare alike: any run of spaces (including
 * no-break and thin spaces, with at most one line break) is one space, every hyphen or dash
 * variant is '-', every apostrophe variant is "'". A separator may also end a name ("U.S.").
 * Matching works on whole tokens only, so a name never matches inside a longer word.
 */
import { Shape, Token } from './tokenizer';

export interface MatcherHit<T> { start: number; end: number; value: T }

class TrieNode<T> {
  /** Continuations by the hash of their token (see `tokenHash`). */
  next: Map<number, TrieEdge<T>> | undefined = undefined;
  /** Separators that may end the name here, e.g. the final '.' of 'U.S.'. */
  trailing: { separator: string; value: T }[] | undefined = undefined;
  value: T | undefined = undefined;
}

class TrieEdge<T> {
  readonly node = new TrieNode<T>();
  /** The next edge whose token has the same hash. */
  sameHash: TrieEdge<T> | undefined = undefined;

  constructor(
    /** Normalized separator before the token ('' before the first token of a name). */
    readonly separator: string,
    readonly token: string,
  ) { }

  /** This edge, or the one chained behind it, for `separator` and the token text[start, end). */
  find(separator: string, text: string, start: number, end: number): TrieEdge<T> | undefined {
    let edge: TrieEdge<T> | undefined = this;
    while (edge && !(edge.separator === separator && edge.token.length === end - start && text.startsWith(edge.token, start))) {
      edge = edge.sameHash;
    }
    return edge;
  }
}

/**
 * Tokens are looked up by a hash computed while scanning them (FNV-1a over UTF-16 code units), so
 * that running text is matched without building a substring per word; edges compare the text itself.
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
function mixCode(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** A hash as a small-integer Map key. */
function hashKey(hash: number): number {
  return hash & 0x3fffffff;
}

/** Bits of the first-token filters: enough that few words of running text pass them by chance. */
const FIRST_TOKEN_FILTER_BITS = 1 << 20;

/** A token's outline for the filter of `findAllInTokens`, hashed: its length and first, second and last code unit. */
function outlineBit(text: string, start: number, end: number): number {
  const hash = mixCode(mixCode(FNV_OFFSET, end - start), text.charCodeAt(start));
  return mixCode(mixCode(hash, text.charCodeAt(start + 1 < end ? start + 1 : start)), text.charCodeAt(end - 1));
}

function setBit(filter: Int32Array, bit: number): void {
  filter[(bit & (FIRST_TOKEN_FILTER_BITS - 1)) >> 5] |= 1 << (bit & 31);
}

function hasBit(filter: Int32Array, bit: number): boolean {
  return (filter[(bit & (FIRST_TOKEN_FILTER_BITS - 1)) >> 5] & (1 << (bit & 31))) !== 0;
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

/** Normalized single-character separators by code unit, filled on first use. */
const singleCharacterSeparators = new Map<number, string>();

/** normalizeSeparator(text.slice(from, to)), without the slice for the common one-character gaps. */
function normalizedGap(text: string, from: number, to: number): string {
  if (to - from === 1) {
    const code = text.charCodeAt(from);
    if (code === 0x20) {
      return ' ';
    }
    let separator = singleCharacterSeparators.get(code);
    if (separator === undefined) {
      separator = normalizeSeparator(text[from]);
      singleCharacterSeparators.set(code, separator);
    }
    return separator;
  }
  return to === from ? '' : normalizeSeparator(text.slice(from, to));
}

/** The hash of text[start, end) as `findAll` computes it. */
function tokenHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    hash = mixCode(hash, text.charCodeAt(i));
  }
  return hash;
}

/** `from`, or the end of the word `from` falls inside of: a range that starts inside a word starts after it. */
function startOutsideWord(text: string, from: number, to: number): number {
  let i = from;
  if (i > 0 && i < to && isWordChar(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i - 1))) {
    while (i < to && isWordChar(text.charCodeAt(i))) {
      i++;
    }
  }
  return i;
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
      separators.push(normalizedGap(name, gapStart, start));
      tokens.push(name.slice(start, i));
      gapStart = i;
    } else {
      i++;
    }
  }
  separators.push(normalizedGap(name, gapStart, name.length));
  return { tokens, separators };
}

/** Characters (or a run of spaces) that normalizing a separator would change. */
const UNNORMALIZED = /[^\S ]|  |[\u200b\u2010-\u2013\u00ad\u2018\u2019\u02bc\u0060\u00b4]/;

/** The canonical form under which names are stored and looked up. */
export function nameKey(name: string): string {
  const trimmed = name.trim();
  // Most surfaces are canonical already: a word first, then only plain spaces, hyphens and apostrophes.
  if (trimmed.length > 0 && isWordChar(trimmed.charCodeAt(0)) && !UNNORMALIZED.test(trimmed)) {
    return trimmed;
  }
  const { tokens, separators } = tokenizeName(trimmed);
  let key = '';
  for (let i = 0; i < tokens.length; i++) {
    key += (i === 0 ? '' : separators[i]) + tokens[i];
  }
  return key + separators[tokens.length];
}

export class NameMatcher<T> {
  private readonly root = new TrieNode<T>();
  /** A bit per first-token hash, so that most words of running text are passed over with one array read. */
  private readonly firstTokenFilter = new Int32Array(FIRST_TOKEN_FILTER_BITS >> 5);
  /** A bit per outline of a first token, for `findAllInTokens`. */
  private readonly firstTokenOutlines = new Int32Array(FIRST_TOKEN_FILTER_BITS >> 5);

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
      const separator = i === 0 && !continuation ? '' : separators[i];
      const token = tokens[i];
      const hash = tokenHash(token, 0, token.length);
      node.next ??= new Map();
      const chain = node.next.get(hashKey(hash));
      let edge = chain?.find(separator, token, 0, token.length);
      if (!edge) {
        edge = new TrieEdge<T>(separator, token);
        edge.sameHash = chain;
        node.next.set(hashKey(hash), edge);
      }
      if (node === this.root && separator === '') {
        setBit(this.firstTokenFilter, hash);
        setBit(this.firstTokenOutlines, outlineBit(token, 0, token.length));
      }
      node = edge.node;
    }
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
    this.scanWords(text, startOutsideWord(text, from, to), to, to, hits);
    return hits;
  }

  /**
   * `findAll(text, from, to)` for a text already split by `tokenize(text, from, to)`: a token that is
   * one whole word is looked up as it is (after a filter on its outline), so that only hyphenated,
   * apostrophized and possessive tokens, and tokens cut by the range, are scanned word by word again.
   */
  findAllInTokens(text: string, tokens: readonly Token[], from = 0, to = text.length): MatcherHit<T>[] {
    const hits: MatcherHit<T>[] = [];
    const firstEdges = this.root.next;
    if (!firstEdges) {
      return hits;
    }
    const wordGoesOn = to < text.length && isWordChar(text.charCodeAt(to));
    let resume = startOutsideWord(text, from, to);
    for (const token of tokens) {
      const tokenEnd = token.shape & Shape.Possessive ? token.end + 2 : token.end;
      if (tokenEnd <= resume) {
        continue;
      }
      if (token.start < resume || (token.shape & (Shape.Joined | Shape.Possessive)) !== 0 || (tokenEnd === to && wordGoesOn)) {
        resume = this.scanWords(text, Math.max(resume, token.start), tokenEnd, to, hits);
        continue;
      }
      if (!hasBit(this.firstTokenOutlines, outlineBit(text, token.start, token.end))) {
        continue;
      }
      const first = firstEdges.get(hashKey(tokenHash(text, token.start, token.end)))?.find('', text, token.start, token.end);
      const hit = first && this.longestFrom(first.node, text, token.start, token.end, to);
      if (hit) {
        hits.push(hit);
        resume = hit.end;
      }
    }
    return hits;
  }

  /**
   * Matches names from each word that starts in text[i, stop); returns where matching resumes.
   * A word that runs past `to` is not a name.
   */
  private scanWords(text: string, i: number, stop: number, to: number, hits: MatcherHit<T>[]): number {
    const firstEdges = this.root.next;
    if (!firstEdges) {
      return stop;
    }
    const filter = this.firstTokenFilter;
    while (i < stop) {
      let code = text.charCodeAt(i);
      if (!isWordChar(code)) {
        i++;
        continue;
      }
      const start = i;
      let hash = FNV_OFFSET;
      do {
        hash = mixCode(hash, code);
        i++;
      } while (i < text.length && isWordChar(code = text.charCodeAt(i)));
      if (i > to || !hasBit(filter, hash)) {
        continue;
      }
      const first = firstEdges.get(hashKey(hash))?.find('', text, start, i);
      if (!first) {
        continue;
      }
      const hit = this.longestFrom(first.node, text, start, i, to);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      }
    }
    return i;
  }

  /** The longest name continuing from `node`, whose path so far spans text[start, end). */
  private longestFrom(node: TrieNode<T>, text: string, start: number, end: number, to: number): MatcherHit<T> | undefined {
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (;;) {
      if (node.value !== undefined) {
        bestEnd = end;
        bestValue = node.value;
      }
      if (node.trailing) {
        for (const t of node.trailing) {
          if (end + t.separator.length <= to && normalizedGap(text, end, end + t.separator.length) === t.separator) {
            bestEnd = end + t.separator.length;
            bestValue = t.value;
          }
        }
      }
      if (!node.next) {
        break;
      }
      let tokenStart = end;
      while (tokenStart < to && tokenStart - end <= MAX_SEPARATOR_LENGTH && !isWordChar(text.charCodeAt(tokenStart))) {
        tokenStart++;
      }
      if (tokenStart >= to || tokenStart - end > MAX_SEPARATOR_LENGTH) {
        break;
      }
      let tokenEnd = tokenStart;
      let code = text.charCodeAt(tokenStart);
      let hash = FNV_OFFSET;
      do {
        hash = mixCode(hash, code);
        tokenEnd++;
      } while (tokenEnd < text.length && isWordChar(code = text.charCodeAt(tokenEnd)));
      if (tokenEnd > to) {
        break;
      }
      const edge = node.next.get(hashKey(hash))?.find(normalizedGap(text, end, tokenStart), text, tokenStart, tokenEnd);
      if (!edge) {
        break;
      }
      node = edge.node;
      end = tokenEnd;
    }
    return bestEnd < 0 ? undefined : { start, end: bestEnd, value: bestValue! };
  }

  /** The longest name that continues a match ending at `end` (used for legal-form suffixes). */
  extend(text: string, end: number, to = text.length): number {
    const hit = this.longestFrom(this.root, text, end, end, to);
    return hit ? hit.end : end;
  }
}
