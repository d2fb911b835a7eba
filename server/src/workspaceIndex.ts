import type { DocumentAnalysis, Entity, EntityKind } from './language/types';
import { valueName } from './features/values';
import type { FileStamp } from './workspace/fileSystem';
import { LineIndex } from './workspace/lineIndex';

/** Recognizes the entities of one document (the EntityRecognizer's `analyze`, or a fake in tests). */
export type Analyzer = (text: string) => DocumentAnalysis;

/** What the index and the hover read from a knowledge-base entry (KnowledgeBase's entries satisfy it). */
export interface KnownEntity {
  readonly id: string;
  readonly name: string;
  readonly nameDe?: string;
  readonly aliases: readonly string[];
  readonly description: string;
  /** Id of the containing place. */
  readonly parent?: string;
}

export interface KnowledgeLookup {
  get(id: string): KnownEntity | undefined;
  /** Nearest parent first. */
  parentChain(id: string): KnownEntity[];
}

/** Where the indexed text of a document came from; the same source is never analysed twice. */
export type DocumentSource =
  | { readonly kind: 'open'; readonly version: number }
  | { readonly kind: 'disk'; readonly stamp: FileStamp };

/** One mention in one document. `key` is what all mentions of the same entity share. */
export interface Mention extends Entity {
  readonly uri: string;
  readonly key: string;
}

export interface IndexedDocument {
  readonly uri: string;
  readonly source: DocumentSource;
  readonly analysis: DocumentAnalysis;
  readonly lines: LineIndex;
  /** Sorted by start. */
  readonly mentions: readonly Mention[];
}

/** One entity of the corpus: its mentions in every indexed document, named once for all of them. */
export interface EntitySummary {
  readonly key: string;
  readonly kind: EntityKind;
  /** The knowledge-base name when known; for dates and figures their value; else the most frequent surface form. */
  readonly name: string;
  /** Other names: the knowledge base's German name and aliases, and every other surface form seen. */
  readonly aliases: readonly string[];
  readonly knowledge?: KnownEntity;
  /** In document order (URI, then offset). */
  readonly first: Mention;
  readonly mentionCount: number;
  readonly documentCount: number;
}

/**
 * Which mentions belong together: the id for named kinds, the value for dates and figures
 * (so "15. Mai 2025" and "May 15, 2025" are one date, "über 7.000" and "7.000" one figure).
 */
export function entityKey(entity: Entity): string {
  if (entity.id) return entity.id;
  const value = valueName(entity);
  if (value !== undefined) return `${entity.kind}:${value}`;
  return `${entity.kind}:${entity.text.replace(/\s+/g, ' ').toLowerCase()}`;
}

/**
 * The entities of every indexed document (open documents and files on disk), kept up to date one
 * document at a time: replacing or removing a document only touches the entities it mentions.
 */
export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  /** Entity key → URI → that document's mentions of it. */
  private readonly mentionsByKey = new Map<string, Map<string, Mention[]>>();
  private readonly summaries = new Map<string, EntitySummary>();

  constructor(private readonly analyze: Analyzer, readonly knowledge: KnowledgeLookup) {}

  /** True when `uri` is indexed from exactly this source, so reading or analysing it again can be skipped. */
  isCurrent(uri: string, source: DocumentSource): boolean {
    const indexed = this.documents.get(uri)?.source;
    return indexed !== undefined && sameSource(indexed, source);
  }

  /** Indexes `text` as the content of `uri`, unless this source is indexed already. */
  update(uri: string, source: DocumentSource, text: string): IndexedDocument {
    const current = this.documents.get(uri);
    if (current && sameSource(current.source, source)) return current;
    const analysis = this.analyze(text);
    const mentions = analysis.entities.map(entity => ({ ...entity, uri, key: entityKey(entity) }));
    const document: IndexedDocument = { uri, source, analysis, lines: new LineIndex(text), mentions };
    if (current) this.forget(current);
    this.documents.set(uri, document);
    for (const mention of mentions) {
      let byUri = this.mentionsByKey.get(mention.key);
      if (!byUri) this.mentionsByKey.set(mention.key, (byUri = new Map()));
      let inDocument = byUri.get(uri);
      if (!inDocument) byUri.set(uri, (inDocument = []));
      inDocument.push(mention);
      this.summaries.delete(mention.key);
    }
    return document;
  }

  remove(uri: string): boolean {
    const current = this.documents.get(uri);
    if (!current) return false;
    this.forget(current);
    this.documents.delete(uri);
    return true;
  }

  private forget(document: IndexedDocument): void {
    for (const mention of document.mentions) {
      const byUri = this.mentionsByKey.get(mention.key);
      if (!byUri) continue;
      byUri.delete(document.uri);
      if (byUri.size === 0) this.mentionsByKey.delete(mention.key);
      this.summaries.delete(mention.key);
    }
  }

  document(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  /** Every indexed URI, sorted. */
  uris(): string[] {
    return [...this.documents.keys()].sort();
  }

  get documentCount(): number {
    return this.documents.size;
  }

  get entityCount(): number {
    return this.mentionsByKey.size;
  }

  /** The mention under the cursor: one containing `offset`, else one ending right at it. */
  mentionAt(uri: string, offset: number): Mention | undefined {
    const mentions = this.documents.get(uri)?.mentions;
    if (!mentions) return undefined;
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const mention = mentions[middle];
      if (offset < mention.start) high = middle - 1;
      else if (offset >= mention.end) low = middle + 1;
      else return mention;
    }
    const before = mentions[low - 1];
    return before && before.end === offset ? before : undefined;
  }

  /** All mentions of the entity, in document order (URI, then offset). */
  mentions(key: string): Mention[] {
    const byUri = this.mentionsByKey.get(key);
    if (!byUri) return [];
    return [...byUri.keys()].sort().flatMap(uri => byUri.get(uri)!);
  }

  /** This document's mentions of the entity. */
  mentionsIn(uri: string, key: string): readonly Mention[] {
    return this.mentionsByKey.get(key)?.get(uri) ?? [];
  }

  entity(key: string): EntitySummary | undefined {
    let summary = this.summaries.get(key);
    const byUri = this.mentionsByKey.get(key);
    if (!summary && byUri) {
      summary = this.summarize(key, byUri);
      this.summaries.set(key, summary);
    }
    return summary;
  }

  /** Every entity of the corpus, sorted by key. */
  entities(): EntitySummary[] {
    return [...this.mentionsByKey.keys()].sort().map(key => this.entity(key)!);
  }

  /** Linear in the entity's mentions: entities like a country are mentioned in most documents. */
  private summarize(key: string, byUri: Map<string, Mention[]>): EntitySummary {
    let firstUri: string | undefined;
    let mentionCount = 0;
    for (const [uri, mentions] of byUri) {
      if (firstUri === undefined || uri < firstUri) firstUri = uri;
      mentionCount += mentions.length;
    }
    const first = byUri.get(firstUri!)![0];
    const knowledge = first.id ? this.knowledge.get(first.id) : undefined;
    const surfaceForms = bySurfaceFrequency(byUri);
    const name = knowledge?.name ?? valueName(first) ?? surfaceForms[0];
    const aliases = new Set<string>();
    for (const alias of [knowledge?.nameDe, ...surfaceForms, ...(knowledge?.aliases ?? [])]) {
      if (alias && alias !== name) aliases.add(alias);
    }
    return { key, kind: first.kind, name, aliases: [...aliases], knowledge, first, mentionCount, documentCount: byUri.size };
  }
}

function sameSource(a: DocumentSource, b: DocumentSource): boolean {
  if (a.kind === 'open') return b.kind === 'open' && a.version === b.version;
  return b.kind === 'disk' && a.stamp.mtime === b.stamp.mtime && a.stamp.size === b.stamp.size;
}

/** Distinct surface forms (whitespace collapsed), most frequent first, ties in document order. */
function bySurfaceFrequency(byUri: Map<string, Mention[]>): string[] {
  const forms = new Map<string, { count: number; firstUri: string; firstStart: number }>();
  for (const [uri, mentions] of byUri) {
    for (const mention of mentions) {
      const text = mention.text.replace(/\s+/g, ' ');
      const form = forms.get(text);
      if (!form) forms.set(text, { count: 1, firstUri: uri, firstStart: mention.start });
      else {
        form.count++;
        if (uri < form.firstUri || (uri === form.firstUri && mention.start < form.firstStart)) {
          form.firstUri = uri;
          form.firstStart = mention.start;
        }
      }
    }
  }
  return [...forms.entries()]
    .sort(([, a], [, b]) => b.count - a.count || (a.firstUri < b.firstUri ? -1 : a.firstUri > b.firstUri ? 1 : a.firstStart - b.firstStart))
    .map(([text]) => text);
}
