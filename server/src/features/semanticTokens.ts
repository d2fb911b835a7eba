import type { Range, SemanticTokens, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver';
import { ENTITY_KINDS, EntityKind } from '../language/types';
import type { WorkspaceIndex } from '../workspaceIndex';

/** One custom token type per kind, in the order of ENTITY_KINDS; no modifiers. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...ENTITY_KINDS], tokenModifiers: [] };

const TOKEN_TYPES = new Map<EntityKind, number>(ENTITY_KINDS.map((kind, i) => [kind, i]));

/**
 * The document's mentions as semantic tokens, optionally only those touching `range`. A mention
 * spanning a line break becomes one token per line, since tokens cannot span lines.
 */
export function semanticTokens(index: WorkspaceIndex, uri: string, range?: Range): SemanticTokens {
  const document = index.document(uri);
  if (!document) return { data: [] };
  const { lines } = document;
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : Infinity;
  const data: number[] = [];
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
      // One number per push, which is inlined (a push of five is not); the array stays packed, which
      // JSON.stringify encodes faster than one made at its final size (with holes until filled).
      data.push(line - previousLine);
      data.push(line === previousLine ? tokenStart - previousStart : tokenStart);
      data.push(tokenEnd - tokenStart);
      data.push(type);
      data.push(0);
      previousLine = line;
      previousStart = tokenStart;
    }
  }
  return { data };
}

/**
 * The edit turning `previous` token data into `current`: one replacement of the differing middle,
 * which is what a typical edit (one paragraph changed) produces. Empty when nothing changed.
 */
export function semanticTokensEdits(previous: readonly number[], current: readonly number[]): SemanticTokensEdit[] {
  let prefix = 0;
  const shorter = Math.min(previous.length, current.length);
  while (prefix < shorter && previous[prefix] === current[prefix]) prefix++;
  if (prefix === previous.length && prefix === current.length) return [];
  let suffix = 0;
  while (suffix < shorter - prefix && previous[previous.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  // Edits must keep whole 5-number tokens together for clients that apply them token-wise.
  prefix -= prefix % 5;
  suffix -= suffix % 5;
  return [{ start: prefix, deleteCount: previous.length - prefix - suffix, data: current.slice(prefix, current.length - suffix) }];
}
