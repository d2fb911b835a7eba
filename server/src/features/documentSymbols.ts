import type { DocumentSymbol } from 'vscode-languageserver';
import { ENTITY_KINDS } from '../language/types';
import type { Mention, WorkspaceIndex } from '../workspaceIndex';
import { rangeOf } from './locations';
import { KIND_LABELS, plural, SYMBOL_KINDS } from './kindLabels';

/**
 * The outline: one symbol per kind ("Districts", "Organizations", …, in legend order) holding one child
 * per distinct entity of this document, in order of first mention, named as across the corpus.
 * Dates and figures are grouped by value.
 */
export function documentSymbols(index: WorkspaceIndex, uri: string): DocumentSymbol[] {
  const document = index.document(uri);
  if (!document) return [];
  const byKey = new Map<string, Mention[]>();
  for (const mention of document.mentions) {
    const group = byKey.get(mention.key);
    if (group) group.push(mention);
    else byKey.set(mention.key, [mention]);
  }
  const symbols: DocumentSymbol[] = [];
  for (const kind of ENTITY_KINDS) {
    const children: DocumentSymbol[] = [];
    let end = 0;
    for (const [key, mentions] of byKey) {
      if (mentions[0].kind !== kind) continue;
      const range = rangeOf(document, mentions[0]);
      children.push({
        name: index.entity(key)!.name,
        detail: plural(mentions.length, 'mention'),
        kind: SYMBOL_KINDS[kind],
        range,
        selectionRange: range,
      });
      end = Math.max(end, mentions[mentions.length - 1].end);
    }
    if (children.length === 0) continue;
    symbols.push({
      name: KIND_LABELS[kind].many,
      detail: plural(children.length, KIND_LABELS[kind].one),
      kind: SYMBOL_KINDS[kind],
      // The group spans its mentions, so every child lies inside it as the outline expects.
      range: { start: children[0].range.start, end: document.lines.positionAt(end) },
      selectionRange: children[0].range,
      children,
    });
  }
  return symbols;
}
