import type { Location, Position } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspaceIndex';
import { locationOf, mentionAtPosition } from './locations';

/** The first mention of the entity under the cursor in the corpus: first document by URI, then first offset. */
export function definition(index: WorkspaceIndex, uri: string, position: Position): Location | null {
  const found = mentionAtPosition(index, uri, position);
  return found ? locationOf(index, index.entity(found.mention.key)!.first) : null;
}
