import type { CancellationToken, SymbolInformation } from 'vscode-languageserver';
import type { EntitySummary, WorkspaceIndex } from '../workspaceIndex';
import { locationOf } from './locations';
import { KIND_LABELS, SYMBOL_KINDS } from './kindLabels';

/** How well a name matches a query; lower is better, undefined is no match. */
const enum Match {
  Exact,
  Prefix,
  Substring,
  Fuzzy,
}

/**
 * Every entity of the corpus whose name or an alias matches the query (case-insensitive: exact, prefix,
 * substring, or the query's letters in order), best matches first, located at its first mention.
 */
export function workspaceSymbols(index: WorkspaceIndex, query: string, token?: CancellationToken): SymbolInformation[] {
  const needle = query.trim().toLowerCase();
  const scored: { entity: EntitySummary; match: Match }[] = [];
  for (const entity of index.entities()) {
    if (token?.isCancellationRequested) return [];
    const match = bestMatch(needle, [entity.name, ...entity.aliases]);
    if (match !== undefined) scored.push({ entity, match });
  }
  scored.sort((a, b) => a.match - b.match || b.entity.mentionCount - a.entity.mentionCount || a.entity.name.localeCompare(b.entity.name));
  return scored.map(({ entity }) => ({
    name: entity.name,
    kind: SYMBOL_KINDS[entity.kind],
    location: locationOf(index, entity.first),
    containerName: KIND_LABELS[entity.kind].one,
  }));
}

function bestMatch(needle: string, names: readonly string[]): Match | undefined {
  let best: Match | undefined;
  for (const name of names) {
    const match = matchName(needle, name.toLowerCase());
    if (match !== undefined && (best === undefined || match < best)) best = match;
  }
  return best;
}

function matchName(needle: string, name: string): Match | undefined {
  if (name === needle) return Match.Exact;
  if (name.startsWith(needle)) return Match.Prefix;
  if (name.includes(needle)) return Match.Substring;
  let at = 0;
  for (const c of needle) {
    if (c === ' ') continue;
    at = name.indexOf(c, at) + 1;
    if (at === 0) return undefined;
  }
  return Match.Fuzzy;
}
