import { SymbolKind } from 'vscode-languageserver';
import type { EntityKind } from '../language/types';

/** The closest LSP symbol kind per entity kind, so outline and symbol pickers show distinct icons. */
export const SYMBOL_KINDS: Record<EntityKind, SymbolKind> = {
  district: SymbolKind.Namespace,
  organization: SymbolKind.Class,
  date: SymbolKind.Event,
  figure: SymbolKind.Number,
  place: SymbolKind.Package,
  person: SymbolKind.Object,
};
