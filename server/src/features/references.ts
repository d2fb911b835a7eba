import type { Location, Position } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspaceIndex';
import { EncodedJson } from '../transport/encodedJson';
import { mentionAtPosition } from './locations';

/**
 * Every mention of the entity under the cursor in every indexed document, open or not, in document
 * order. The first mention in the corpus is the entity's declaration (see definition).
 */
export function references(index: WorkspaceIndex, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const found = mentionAtPosition(index, uri, position);
  if (!found) return [];
  const locations = index.locations(found.mention.key);
  return includeDeclaration ? locations : locations.slice(1);
}

/** references() with the declaration, as JSON the index keeps for entities asked about again. */
export function encodedReferences(index: WorkspaceIndex, uri: string, position: Position): EncodedJson<Location[]> {
  const key = mentionAtPosition(index, uri, position)?.mention.key;
  if (key === undefined) return new EncodedJson(Buffer.from('[]'), () => []);
  return new EncodedJson(index.locationsJson(key), () => index.locations(key));
}
