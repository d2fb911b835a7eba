/**
 * The shapes shared by the recognizer, the workspace index, the features and the CLI.
 * They follow ../shared/ANNOTATION.md (copied to test/gold/) field for field, so that the CLI's
 * JSON output and the gold files can be compared directly.
 */

export type EntityKind = 'district' | 'organization' | 'date' | 'figure' | 'place' | 'person';

export const ENTITY_KINDS: readonly EntityKind[] = ['district', 'organization', 'date', 'figure', 'place', 'person'];

/** Kinds whose mentions carry an identity (`id`). Dates and figures carry a `value` instead. */
export type NamedKind = 'district' | 'organization' | 'place' | 'person';

export type Language = 'en' | 'de';

export type Approximation = 'over' | 'under' | 'about';

export interface Entity {
  /** Offset of the first UTF-16 code unit of the mention. */
  start: number;
  /** Offset just past the mention (exclusive). */
  end: number;
  text: string;
  kind: EntityKind;
  /** For named kinds: `kind:slug`, the same for every mention of one real-world thing. */
  id?: string;
  /** For dates an ISO 8601 string (`2025-05-15`, `2025-05`, `2023`, `XXXX-WXX-6`); for figures a number. */
  value?: string | number;
  /** For figures: a currency code, `%`, `count`, or a time unit (`year`, `decade`, …). */
  unit?: string;
  approx?: Approximation;
}

export interface DocumentAnalysis {
  language: Language;
  /** ISO date of the document (dateline or `date` metadata line), or null when the text fixes none. */
  documentDate: string | null;
  /** Sorted by `start`, never overlapping. */
  entities: Entity[];
}
