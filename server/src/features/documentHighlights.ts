import { DocumentHighlight, DocumentHighlightKind, Position } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspaceIndex';
import { mentionAtPosition, rangeOf } from './locations';

/** The mentions in the current document of the entity under the cursor. */
export function documentHighlights(index: WorkspaceIndex, uri: string, position: Position): DocumentHighlight[] {
  const found = mentionAtPosition(index, uri, position);
  if (!found) return [];
  return index.mentionsIn(uri, found.mention.key).map(mention => ({
    range: rangeOf(found.document, mention),
    kind: DocumentHighlightKind.Text,
  }));
}
