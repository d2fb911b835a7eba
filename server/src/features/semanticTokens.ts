import type { Range, SemanticTokens, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver';
import { ENTITY_KINDS, EntityKind } from '../language/types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { writeDecimal } from '../transport/decimalBytes';

/** One custom token type per kind, in the order of ENTITY_KINDS; no modifiers. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...ENTITY_KINDS], tokenModifiers: [] };

const TOKEN_TYPES = new Map<EntityKind, number>(ENTITY_KINDS.map((kind, i) => [kind, i]));

/**
 * The document's mentions as semantic tokens, optionally only those touching `range`. A mention
 * spanning a line break becomes one token per line, since tokens cannot span lines.
 */
export function semanticTokens(index: WorkspaceIndex, uri: string, range?: Range): SemanticTokens {
  return { data: Array.from(semanticTokenData(index, uri, range)) };
}

/**
 * semanticTokens' data as a typed array. Filling one is several times faster than pushing onto an
 * array, for the tens of thousands of numbers of a large document; see encodedSemanticTokens.
 */
export function semanticTokenData(index: WorkspaceIndex, uri: string, range?: Range): Int32Array {
  const document = index.document(uri);
  if (!document) return new Int32Array(0);
  const { lines } = document;
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : Infinity;
  let data = new Int32Array(5 * document.mentionCount);
  let length = 0;
  let previousLine = 0;
  let previousStart = 0;
  for (let i = 0; i < document.mentionCount; i++) {
    const start = document.start(i);
    const end = document.end(i);
    if (end <= from) continue;
    if (start >= to) break;
    const type = TOKEN_TYPES.get(document.kind(i))!;
    // Mentions come in order of offset, so each line search walks on from the previous mention's line.
    const firstLine = lines.lineAfter(start, previousLine);
    const lastLine = lines.lineAfter(end, firstLine);
    for (let line = firstLine; line <= lastLine; line++) {
      const tokenStart = line === firstLine ? lines.character(start, line) : 0;
      const tokenEnd = line === lastLine ? lines.character(end, line) : lines.lineEnd(line) - lines.lineStart(line);
      if (tokenEnd <= tokenStart) continue;
      if (length + 5 > data.length) {
        // Mentions across line breaks give more than one token.
        const grown = new Int32Array(2 * data.length + 5);
        grown.set(data);
        data = grown;
      }
      data[length++] = line - previousLine;
      data[length++] = line === previousLine ? tokenStart - previousStart : tokenStart;
      data[length++] = tokenEnd - tokenStart;
      data[length++] = type;
      data[length++] = 0;
      previousLine = line;
      previousStart = tokenStart;
    }
  }
  return data.subarray(0, length);
}

/**
 * The JSON of SemanticTokens `{ resultId, data }`, exactly as JSON.stringify writes it, straight from
 * the token data: making an array of it and stringifying that took as
 * long again as finding the tokens.
 */
export function encodedSemanticTokens(resultId: string, data: Int32Array): Buffer {
  const head = Buffer.from(`{"resultId":${JSON.stringify(resultId)},"data":[`, 'utf8');
  // A sign, ten digits and a comma per number at most, then the closing "]}".
  const bytes = Buffer.allocUnsafe(head.length + 12 * data.length + 2);
  head.copy(bytes);
  let at = head.length;
  for (let i = 0; i < data.length; i++) {
    if (i > 0) bytes[at++] = COMMA;
    let value = data[i];
    if (value < 0) {
      bytes[at++] = MINUS;
      value = -value;
    }
    at = writeDecimal(bytes, at, value);
  }
  bytes[at++] = CLOSE_BRACKET;
  bytes[at++] = CLOSE_BRACE;
  return bytes.subarray(0, at);
}

const COMMA = 0x2c;
const MINUS = 0x2d;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * The edit turning `previous` token data into `current`: one replacement of the differing middle,
 * which is what a typical edit (one paragraph changed) produces. Empty when nothing changed.
 */
export function semanticTokensEdits(previous: ArrayLike<number>, current: Int32Array | readonly number[]): SemanticTokensEdit[] {
  let prefix = 0;
  const shorter = Math.min(previous.length, current.length);
  while (prefix < shorter && previous[prefix] === current[prefix]) prefix++;
  if (prefix === previous.length && prefix === current.length) return [];
  let suffix = 0;
  while (suffix < shorter - prefix && previous[previous.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  // Edits must keep whole 5-number tokens together for clients that apply them token-wise.
  prefix -= prefix % 5;
  suffix -= suffix % 5;
  return [{ start: prefix, deleteCount: previous.length - prefix - suffix, data: Array.from(current.slice(prefix, current.length - suffix)) }];
}
