import type { Location, Position, Range } from 'vscode-languageserver';
import type { IndexedDocument, Mention, WorkspaceIndex } from '../workspaceIndex';

/** The mention under the cursor in an indexed document, with that document. */
export function mentionAtPosition(index: WorkspaceIndex, uri: string, position: Position): { document: IndexedDocument; mention: Mention } | undefined {
  const document = index.document(uri);
  const mention = document && index.mentionAt(uri, document.lines.offsetAt(position));
  return mention && { document: document!, mention };
}

export function rangeOf(document: IndexedDocument, mention: { start: number; end: number }): Range {
  return { start: document.lines.positionAt(mention.start), end: document.lines.positionAt(mention.end) };
}

export function locationOf(index: WorkspaceIndex, mention: Mention): Location {
  return { uri: mention.uri, range: rangeOf(index.document(mention.uri)!, mention) };
}
