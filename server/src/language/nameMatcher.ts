/**
 * A token trie that finds known multiword names in running text in one left-to-right pass.
 *
 * A name is a sequence of word tokens (runs of letters, marks and digits) joined by separators.
 * Separators are normalized so that text and names compare alike: any run of spaces (including
 * no-break and thin spaces, with at most one line break) is one space, every hyphen or dash
 * variant is '-', every apostrophe variant is "'". A separator may also end a name ("U.S.").
 * Matching works on whole tokens only, so a name never matches inside a longer word.
 */
import { Shape, Token, isPlainWord, textHash } from './tokenizer';

export interface MatcherHit<T> { start: number; end: number; value: T }

/** A node of the trie, and the edge into it: the token and the separator before it. */
interface TrieNode<T> {
  /** Number of the node in its trie, part of the key of the edges leaving it. */
  readonly id: number;
  /** `edgeKey` of the parent and the hash of the token (0 for the root). */
  readonly key: number;
  readonly parent: TrieNode<T> | undefined;
  /** Normalized separator before the token ('' before the first token of a name). */
  readonly separator: string;
  readonly token: string;
  /** Whether any edge leaves this node: most names end without one. */
  hasNext: boolean;
  /** Separators that may end the name here, e.g. the final '.' of 'U.S.'. */
  trailing: { separator: string; value: T }[] | undefined;
  value: T | undefined;
}

/** A new node; an object literal, which V8 builds faster than a class instance with fields while the code is cold. */
function trieNode<T>(id: number, key: number, parent: TrieNode<T> | undefined, separator: string, token: string): TrieNode<T> {
  return { id, key, parent, separator, token, hasNext: false, trailing: undefined, value: undefined };
}

/** Whether `word` is written in `text` at `start`: a character loop, cheaper than startsWith on short words. */
function sameText(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) {
      return false;
    }
  }
  return true;
}

/** Slots of a new edge table at least; a power of two, as every later size. */
const INITIAL_EDGE_SLOTS = 1024;
/** Edges per name, about, in the knowledge base: most names are one or two words and share their first. */
const EDGES_PER_NAME = 1.3;
/** Factor by which the edge table grows when half full. */
const GROWTH = 4;

/** The key of the edge leaving node `nodeId` with a token of hash `tokenHash`; never 0, which marks a free slot. */
function edgeKey(nodeId: number, tokenHash: number): number {
  const key = Math.imul(tokenHash ^ Math.imul(nodeId, 0x9e3779b1), 0x85ebca6b);
  return (key ^ (key >>> 15)) || 1;
}

/**
 * All edges of a trie in one open-addressing hash table of the nodes they lead to, keyed by parent and
 * token hash (at most half full): finding the continuation of a word is a few array reads, and no node
 * needs a Map of its own. Running text is matched without building a substring per word; a node
 * compares its token with the text itself.
 */
class EdgeTable<T> {
  private keys: Int32Array;
  private nodes: (TrieNode<T> | undefined)[];
  private size = 0;

  /** @param expectedEdges edges the table takes without growing */
  constructor(expectedEdges: number) {
    let slots = INITIAL_EDGE_SLOTS;
    while (slots < 2 * expectedEdges) {
      slots *= 2;
    }
    this.keys = new Int32Array(slots);
    this.nodes = new Array<TrieNode<T> | undefined>(slots).fill(undefined);
  }

  /**
   * The child of `parent` over the token text[start, end) of hash `tokenHash` and the separator
   * text[gapStart, start), normalized only when a child for the token is there.
   */
  get(parent: TrieNode<T>, tokenHash: number, text: string, gapStart: number, start: number, end: number): TrieNode<T> | undefined {
    const key = edgeKey(parent.id, tokenHash);
    const mask = this.keys.length - 1;
    let separator: string | undefined;
    for (let slot = key & mask; this.keys[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) {
        const child = this.nodes[slot]!;
        if (child.parent === parent && child.token.length === end - start && sameText(child.token, text, start)
          && child.separator === (separator ??= normalizedGap(text, gapStart, start))) {
          return child;
        }
      }
    }
    return undefined;
  }

  /**
   * The child of `parent` over `separator` and `token`, when the trie is built; a new node numbered
   * `newId` when there is none.
   */
  child(parent: TrieNode<T>, separator: string, tokenHash: number, token: string, newId: number): TrieNode<T> {
    if (2 * (this.size + 1) > this.keys.length) {
      this.grow();
    }
    const key = edgeKey(parent.id, tokenHash);
    const mask = this.keys.length - 1;
    let slot = key & mask;
    for (; this.keys[slot] !== 0; slot = (slot + 1) & mask) {
      const child = this.nodes[slot]!;
      if (child.key === key && child.parent === parent && child.separator === separator && child.token === token) {
        return child;
      }
    }
    const child = trieNode<T>(newId, key, parent, separator, token);
    this.keys[slot] = key;
    this.nodes[slot] = child;
    this.size++;
    return child;
  }

  /** Growing fourfold keeps the moving of nodes, done while the code is still cold, short. */
  private grow(): void {
    const nodes = this.nodes;
    this.keys = new Int32Array(GROWTH * this.keys.length);
    this.nodes = new Array<TrieNode<T> | undefined>(this.keys.length).fill(undefined);
    const mask = this.keys.length - 1;
    for (const node of nodes) {
      if (node !== undefined) {
        let slot = node.key & mask;
        while (this.keys[slot] !== 0) {
          slot = (slot + 1) & mask;
        }
        this.keys[slot] = node.key;
        this.nodes[slot] = node;
      }
    }
  }
}

/** Bits of the filter of plain first tokens: a few hundred bytes. */
const PLAIN_FIRST_TOKEN_BITS = 1 << 12;

/** The element of the plain-first-token filter that holds the bit of a token hash. */
function plainFirstTokenWord(hash: number): number {
  return (hash & (PLAIN_FIRST_TOKEN_BITS - 1)) >> 5;
}

function plainFirstTokenBit(hash: number): number {
  return 1 << (hash & 31);
}

const WORD = 1;
const NOT_WORD = 2;
/** Word-character class per UTF-16 code unit, filled lazily; surrogates count as word characters. */
const charClass = new Uint8Array(0x10000);
const wordCharPattern = /[\p{L}\p{M}\p{N}]/u;

/** The end of the word that starts at `start` (a word character). */
function wordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isWordChar(text.charCodeAt(end))) {
    end++;
  }
  return end;
}

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
  private readonly root = trieNode<T>(0, 0, undefined, '', '');
  private nodeCount = 1;
  private readonly edges: EdgeTable<T>;
  /**
   * A bit per hash of a first token of plain shape (lowercase: 'adidas', 'ifo'). Most words of running
   * text are plain and few names start with one, so this small filter passes over most tokens.
   */
  private readonly plainFirstTokens = new Int32Array(PLAIN_FIRST_TOKEN_BITS >> 5);

  /** @param expectedNames names the matcher takes without growing its table (growing is no dearer than it was with a Map per node, but a knowledge base is built at every start) */
  constructor(expectedNames = 0) {
    this.edges = new EdgeTable<T>(Math.ceil(expectedNames * EDGES_PER_NAME));
  }

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
      const hash = textHash(token);
      const child = this.edges.child(node, separator, hash, token, this.nodeCount);
      if (child.id === this.nodeCount) {
        this.nodeCount++;
        node.hasNext = true;
        if (node === this.root && separator === '' && isPlainWord(token)) {
          this.plainFirstTokens[plainFirstTokenWord(hash)] |= plainFirstTokenBit(hash);
        }
      }
      node = child;
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
   * one whole word is looked up by the hash the tokenizer computed, and a name continues over whole-word
   * tokens likewise, so that only hyphenated, apostrophized and possessive tokens, and tokens cut by the
   * range, are scanned character by character again.
   */
  findAllInTokens(text: string, tokens: readonly Token[], from = 0, to = text.length): MatcherHit<T>[] {
    const hits: MatcherHit<T>[] = [];
    // A last token cut by the range is no whole word.
    const last = tokens.length - 1;
    const wholeWordCount = last >= 0 && tokens[last].end === to && to < text.length && isWordChar(text.charCodeAt(to)) ? last : tokens.length;
    let resume = startOutsideWord(text, from, to);
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      const tokenEnd = token.shape & Shape.Possessive ? token.end + 2 : token.end;
      if (tokenEnd <= resume) {
        continue;
      }
      if (token.start < resume || !isWholeWord(tokens, k, wholeWordCount)) {
        resume = this.scanWords(text, Math.max(resume, token.start), tokenEnd, to, hits);
        continue;
      }
      if (token.shape === 0 && (this.plainFirstTokens[plainFirstTokenWord(token.hash)] & plainFirstTokenBit(token.hash)) === 0) {
        continue;
      }
      const first = this.edges.get(this.root, token.hash, text, token.start, token.start, token.end);
      const hit = first && this.longestFrom(first, text, token.start, token.end, to, tokens, k + 1, wholeWordCount);
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
    if (!this.root.hasNext) {
      return stop;
    }
    while (i < stop) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) {
        i++;
        continue;
      }
      const start = i;
      i = wordEnd(text, start);
      if (i > to) {
        continue;
      }
      const first = this.edges.get(this.root, textHash(text, start, i), text, start, start, i);
      if (!first) {
        continue;
      }
      const hit = this.longestFrom(first, text, start, i, to, undefined, 0, 0);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      }
    }
    return i;
  }

  /**
   * The longest name continuing from `node`, whose path so far spans text[start, end). While `end` is
   * the end of a whole-word token, the next word is `tokens[next]` when that is a whole word too;
   * otherwise the words are read from the text.
   */
  private longestFrom(node: TrieNode<T>, text: string, start: number, end: number, to: number,
    tokens: readonly Token[] | undefined, next: number, wholeWordCount: number): MatcherHit<T> | undefined {
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
      if (!node.hasNext) {
        break;
      }
      let tokenStart: number;
      let tokenEnd: number;
      let hash: number;
      if (tokens !== undefined && next < tokens.length && isWholeWord(tokens, next, wholeWordCount)) {
        // The first word character after a whole-word token starts the next token.
        const token = tokens[next++];
        tokenStart = token.start;
        tokenEnd = token.end;
        hash = token.hash;
        if (tokenStart - end > MAX_SEPARATOR_LENGTH) {
          break;
        }
      } else {
        tokens = undefined;
        tokenStart = end;
        while (tokenStart < to && tokenStart - end <= MAX_SEPARATOR_LENGTH && !isWordChar(text.charCodeAt(tokenStart))) {
          tokenStart++;
        }
        if (tokenStart >= to || tokenStart - end > MAX_SEPARATOR_LENGTH) {
          break;
        }
        tokenEnd = wordEnd(text, tokenStart);
        if (tokenEnd > to) {
          break;
        }
        hash = textHash(text, tokenStart, tokenEnd);
      }
      const child = this.edges.get(node, hash, text, end, tokenStart, tokenEnd);
      if (!child) {
        break;
      }
      node = child;
      end = tokenEnd;
    }
    return bestEnd < 0 ? undefined : { start, end: bestEnd, value: bestValue! };
  }

  /** The longest name that continues a match ending at `end` (used for legal-form suffixes). */
  extend(text: string, end: number, to = text.length): number {
    const hit = this.longestFrom(this.root, text, end, end, to, undefined, 0, 0);
    return hit ? hit.end : end;
  }
}

/**
 * Whether `tokens[index]` is one whole word as the matcher reads words: not joined by a hyphen or an
 * apostrophe (a possessive is joined too) and not cut by the end of the tokenized range.
 */
function isWholeWord(tokens: readonly Token[], index: number, wholeWordCount: number): boolean {
  return index < wholeWordCount && (tokens[index].shape & (Shape.Joined | Shape.Possessive)) === 0;
}
