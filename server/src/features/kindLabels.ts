import { SymbolKind } from 'vscode-languageserver';
import type { EntityKind } from '../language/types';

/** How each kind is called in hovers, outlines and symbol lists. */
export const KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  district: { one: 'district', many: 'Districts' },
  organization: { one: 'organization', many: 'Organizations' },
  date: { one: 'date', many: 'Dates' },
  figure: { one: 'figure', many: 'Figures' },
  place: { one: 'place', many: 'Places' },
  person: { one: 'person', many: 'Persons' },
};

/** The closest LSP symbol kind per entity kind, so outline and symbol pickers show distinct icons. */
export const SYMBOL_KINDS: Record<EntityKind, SymbolKind> = {
  district: SymbolKind.Namespace,
  organization: SymbolKind.Class,
  date: SymbolKind.Event,
  figure: SymbolKind.Number,
  place: SymbolKind.Package,
  person: SymbolKind.Object,
};

/** `1 mention`, `3 mentions`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
