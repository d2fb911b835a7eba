import type { Location, Position } from 'vscode-languageserver';
import type { DocumentAnalysis, Entity, EntityKind, Language } from './language/types';
import { valueName } from './features/values';
import { FileStamp, sameStamp } from './workspace/fileSystem';
import { analysisArrays, AnalysisArrays, CompactAnalysis, compactAnalysis, entityKeyOfShape, EntityShape, shapeKey, shapeOf } from './workspace/compactAnalysis';
import type { IndexSnapshot, SnapshotDocument, SnapshotTables } from './workspace/indexSnapshot';
import { LineIndex } from './workspace/lineIndex';
import { LocationJsonWriter } from './transport/locationJson';

/**
 * Recognizes the entities of one document (the EntityRecognizer's `analyze`, or a fake in tests).
 * `previous`, when given, is its analysis of an earlier version of the document, which it may start from.
 */
export type Analyzer = (text: string, previous?: DocumentAnalysis) => DocumentAnalysis;

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

export { entityKey } from './workspace/compactAnalysis';

/**
 * What the documents of one index share: every distinct shape (kind, id, value, …) and surface form
 * seen, numbered, and the entity each shape belongs to. Documents store numbers into these tables, so
 * a mention costs four integers however often its entity occurs.
 */
class SharedTables {
  readonly shapes: EntityShape[] = [];
  /** Per shape, its key (see CompactAnalysis.shapeKeys). */
  readonly shapeKeys: string[] = [];
  private readonly shapeNumbers = new Map<string, number>();
  /** Per shape, the number of its entity. */
  readonly shapeEntity: number[] = [];
  readonly entities: EntityRecord[] = [];
  private readonly entityNumbers = new Map<string, number>();
  readonly surfaces: string[] = [];
  private readonly surfaceNumbers = new Map<string, number>();
  /** Per surface, the number of its whitespace-collapsed form in `forms`. */
  readonly surfaceForm: number[] = [];
  readonly forms: string[] = [];
  private readonly formNumbers = new Map<string, number>();

  /** `key` is the analysis's shape key (see CompactAnalysis.shapeKeys). */
  shape(shape: EntityShape, key: string, entityKey: string): number {
    let number = this.shapeNumbers.get(key);
    if (number === undefined) {
      this.shapeNumbers.set(key, (number = this.shapes.length));
      this.shapes.push(shape);
      this.shapeKeys.push(key);
      this.shapeEntity.push(this.entity(entityKey, shape.kind));
    }
    return number;
  }

  surface(text: string): number {
    let number = this.surfaceNumbers.get(text);
    if (number === undefined) {
      // A copy, so that the table does not keep alive the whole file text a slice points into.
      const own = Buffer.from(text, 'utf16le').toString('utf16le');
      this.surfaceNumbers.set(own, (number = this.surfaces.length));
      this.surfaces.push(own);
      const collapsed = own.replace(/\s+/g, ' ');
      let form = this.formNumbers.get(collapsed);
      if (form === undefined) {
        this.formNumbers.set(collapsed, (form = this.forms.length));
        this.forms.push(collapsed);
      }
      this.surfaceForm.push(form);
    }
    return number;
  }

  private entity(key: string, kind: EntityKind): number {
    let number = this.entityNumbers.get(key);
    if (number === undefined) {
      this.entityNumbers.set(key, (number = this.entities.length));
      this.entities.push(new EntityRecord(key, kind));
    }
    return number;
  }
}

/** The mentions of one entity across the index, and what is derived from them until they change. */
class EntityRecord {
  /** URI → where this entity's mentions start in that document's `byEntity`. */
  readonly documents = new Map<string, number>();
  mentionCount = 0;
  /** Whitespace-collapsed surface form → how many mentions are spelt so. */
  readonly formCounts = new Map<number, number>();
  sortedUris: string[] | undefined;
  summary: EntitySummary | undefined;
  locationsJson: Buffer | undefined;

  constructor(readonly key: string, readonly kind: EntityKind) {}

  uris(): string[] {
    return (this.sortedUris ??= [...this.documents.keys()].sort());
  }
}

/** One indexed document: its mentions as parallel integer arrays (see SharedTables), and its line bounds. */
export class IndexedDocument {
  /** Mention indexes grouped by entity, each group in order of start. */
  readonly byEntity: Int32Array;

  constructor(
    readonly uri: string,
    readonly source: DocumentSource,
    readonly language: Language,
    readonly documentDate: string | null,
    readonly lines: LineIndex,
    /** Per mention, in order of start; shapes and surfaces are numbered in the index's SharedTables. */
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly shapeIds: Int32Array,
    readonly surfaceIds: Int32Array,
    private readonly tables: SharedTables,
  ) {
    this.byEntity = groupByEntity(shapeIds, tables.shapeEntity);
  }

  get mentionCount(): number {
    return this.starts.length;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  kind(i: number): EntityKind {
    return this.tables.shapes[this.shapeIds[i]].kind;
  }

  entityNumber(i: number): number {
    return this.tables.shapeEntity[this.shapeIds[i]];
  }

  surfaceForm(i: number): number {
    return this.tables.surfaceForm[this.surfaceIds[i]];
  }

  /** The mention as an object of its own (made on each call). */
  mention(i: number): Mention {
    const tables = this.tables;
    const shape = tables.shapes[this.shapeIds[i]];
    return {
      start: this.starts[i],
      end: this.ends[i],
      text: tables.surfaces[this.surfaceIds[i]],
      ...shape,
      uri: this.uri,
      key: tables.entities[tables.shapeEntity[this.shapeIds[i]]].key,
    };
  }

  /** Every mention as an object, sorted by start; prefer the accessors above for large documents. */
  get mentions(): Mention[] {
    return Array.from({ length: this.mentionCount }, (_, i) => this.mention(i));
  }

  /** Index of the mention containing `offset`, else of one ending right at it, else -1. */
  mentionIndexAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (offset < this.starts[middle]) high = middle - 1;
      else if (offset >= this.ends[middle]) low = middle + 1;
      else return middle;
    }
    return low > 0 && this.ends[low - 1] === offset ? low - 1 : -1;
  }

  /** Calls `visit` with the entity number, the index in byEntity and the size of each group. */
  forEachEntity(visit: (entity: number, from: number, count: number) => void): void {
    const order = this.byEntity;
    for (let from = 0; from < order.length; ) {
      const entity = this.entityNumber(order[from]);
      let to = from + 1;
      while (to < order.length && this.entityNumber(order[to]) === entity) to++;
      visit(entity, from, to - from);
      from = to;
    }
  }
}

/**
 * Mention indexes grouped by entity number, groups in order of first mention (a counting sort, so each
 * group stays in order of start). Counted in a typed array indexed by entity number rather than a Map:
 * this runs for every document indexed and on every edit of an open one.
 */
function groupByEntity(shapeIds: Int32Array, shapeEntity: readonly number[]): Int32Array {
  if (groupCounts.length < shapeEntity.length) groupCounts = new Int32Array(2 * shapeEntity.length);
  const counts = groupCounts;
  const entities: number[] = [];
  for (let i = 0; i < shapeIds.length; i++) {
    const entity = shapeEntity[shapeIds[i]];
    if (counts[entity]++ === 0) entities.push(entity);
  }
  let offset = 0;
  for (const entity of entities) {
    const count = counts[entity];
    counts[entity] = offset;
    offset += count;
  }
  const order = new Int32Array(shapeIds.length);
  for (let i = 0; i < shapeIds.length; i++) order[counts[shapeEntity[shapeIds[i]]]++] = i;
  // Back to zero for the next document.
  for (const entity of entities) counts[entity] = 0;
  return order;
}

/** Per entity number, a count (then an offset) while groupByEntity runs; all zero in between. */
let groupCounts = new Int32Array(1024);

export interface WorkspaceIndexOptions {
  /** The encoded references of an entity with this many mentions or more are kept for the next request. */
  keptLocationsMinMentions: number;
  /** Bytes of encoded references kept in all, most recently asked first. */
  keptLocationsBytes: number;
}

/** Some 150,000 locations are kept: the eight or so most-mentioned entities of a 10,000-document corpus. */
const DEFAULT_OPTIONS: WorkspaceIndexOptions = { keptLocationsMinMentions: 1000, keptLocationsBytes: 24 * 1024 * 1024 };
const EMPTY_JSON_ARRAY = Buffer.from('[]');

/**
 * The entities of every indexed document (open documents and files on disk), kept up to date one
 * document at a time: replacing or removing a document only touches the entities it mentions.
 */
export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly tables = new SharedTables();
  /** Entity key → record, for the entities mentioned in at least one document. */
  private readonly live = new Map<string, EntityRecord>();
  /** Entities whose encoded references are kept, least recently asked first, and their bytes in all. */
  private readonly keptLocations = new Set<EntityRecord>();
  private keptLocationsBytes = 0;
  /** The analyses the open documents are indexed from, which the analyzer may start from after an edit. */
  private readonly openAnalyses = new Map<string, DocumentAnalysis>();
  private changes = 0;

  constructor(readonly analyze: Analyzer, readonly knowledge: KnowledgeLookup, private readonly options = DEFAULT_OPTIONS) {}

  /** True when `uri` is indexed from exactly this source, so reading or analysing it again can be skipped. */
  isCurrent(uri: string, source: DocumentSource): boolean {
    const indexed = this.documents.get(uri)?.source;
    return indexed !== undefined && sameSource(indexed, source);
  }

  /** Indexes `text` as the content of `uri`, unless this source is indexed already. */
  update(uri: string, source: DocumentSource, text: string): IndexedDocument {
    const current = this.documents.get(uri);
    if (current && sameSource(current.source, source)) return current;
    const previous = this.openAnalyses.get(uri);
    const analysis = this.analyze(text, previous);
    const document = current && previous
      ? this.editedDocument(uri, source, text, analysis, current, previous)
      : this.indexedDocument(uri, source, compactAnalysis(text, analysis));
    this.replace(current, document);
    // Kept for open documents only: they are the ones edited a keystroke at a time. Set only once the
    // index holds this analysis, since the next edit copies rows of the indexed document by it.
    if (source.kind === 'open') this.openAnalyses.set(uri, analysis);
    else this.openAnalyses.delete(uri);
    return document;
  }

  /** Indexes an analysis made elsewhere (a worker thread) as the content of `uri`. Takes over its arrays. */
  updateAnalyzed(uri: string, source: DocumentSource, analysis: CompactAnalysis): IndexedDocument {
    const current = this.documents.get(uri);
    if (current && sameSource(current.source, source)) return current;
    this.openAnalyses.delete(uri);
    const document = this.indexedDocument(uri, source, analysis);
    this.replace(current, document);
    return document;
  }

  private indexedDocument(uri: string, source: DocumentSource, analysis: CompactAnalysis): IndexedDocument {
    const tables = this.tables;
    const shapes = analysis.shapes.map((shape, i) => tables.shape(shape, analysis.shapeKeys[i], analysis.shapeEntityKeys[i]));
    const surfaces = analysis.surfaces.map(surface => tables.surface(surface));
    return this.renumberedDocument(uri, source, analysis, shapes, surfaces);
  }

  /** The document of `analysis`, whose shape and surface numbers become `shapes[number]` and `surfaces[number]` (in place). */
  private renumberedDocument(
    uri: string,
    source: DocumentSource,
    analysis: Pick<CompactAnalysis, 'language' | 'documentDate'> & AnalysisArrays,
    shapes: readonly number[],
    surfaces: readonly number[],
  ): IndexedDocument {
    const { shapeIds, surfaceIds } = analysis;
    for (let i = 0; i < shapeIds.length; i++) {
      shapeIds[i] = shapes[shapeIds[i]];
      surfaceIds[i] = surfaces[surfaceIds[i]];
    }
    return new IndexedDocument(
      uri, source, analysis.language, analysis.documentDate, new LineIndex(analysis.lineStarts, analysis.lineEnds),
      analysis.starts, analysis.ends, shapeIds, surfaceIds, this.tables,
    );
  }

  /**
   * The documents indexed from files on disk, as they are indexed, with the table entries they use:
   * what restore() takes back. Open documents are left out; their files are read again after a restore.
   */
  diskSnapshot(): IndexSnapshot {
    const tables = this.tables;
    const shapeNumbers = new Int32Array(tables.shapes.length).fill(-1);
    const surfaceNumbers = new Int32Array(tables.surfaces.length).fill(-1);
    const used: SnapshotTables = { shapes: [], shapeKeys: [], shapeEntityKeys: [], surfaces: [] };
    const documents: SnapshotDocument[] = [];
    for (const document of this.documents.values()) {
      const { uri, source, language, documentDate } = document;
      if (source.kind !== 'disk') continue;
      const count = document.mentionCount;
      const { starts: lineStarts, ends: lineEnds } = document.lines;
      const numbers = new Int32Array(4 * count + 2 * lineStarts.length);
      numbers.set(document.starts, 0);
      numbers.set(document.ends, count);
      for (let i = 0; i < count; i++) {
        const shape = document.shapeIds[i];
        if (shapeNumbers[shape] < 0) {
          shapeNumbers[shape] = used.shapes.length;
          used.shapes.push(tables.shapes[shape]);
          used.shapeKeys.push(tables.shapeKeys[shape]);
          used.shapeEntityKeys.push(tables.entities[tables.shapeEntity[shape]].key);
        }
        const surface = document.surfaceIds[i];
        if (surfaceNumbers[surface] < 0) {
          surfaceNumbers[surface] = used.surfaces.length;
          used.surfaces.push(tables.surfaces[surface]);
        }
        numbers[2 * count + i] = shapeNumbers[shape];
        numbers[3 * count + i] = surfaceNumbers[surface];
      }
      numbers.set(lineStarts, 4 * count);
      numbers.set(lineEnds, 4 * count + lineStarts.length);
      documents.push({ uri, stamp: source.stamp, language, documentDate, mentionCount: count, numbers });
    }
    return { tables: used, documents };
  }

  /**
   * Indexes the documents of a snapshot (see diskSnapshot) as they were indexed then, without reading or
   * analysing them; their stamps tell the indexer which files changed since. A document indexed already is
   * left as it is. Takes over the snapshot's arrays. Returns how many documents were added.
   */
  restore(snapshot: IndexSnapshot): number {
    const tables = this.tables;
    const { shapes, shapeKeys, shapeEntityKeys, surfaces } = snapshot.tables;
    const shapeNumbers = shapes.map((shape, i) => tables.shape(shape, shapeKeys[i], shapeEntityKeys[i]));
    const surfaceNumbers = surfaces.map(surface => tables.surface(surface));
    let restored = 0;
    for (const { uri, stamp, language, documentDate, mentionCount: count, numbers } of snapshot.documents) {
      if (this.documents.has(uri)) continue;
      const analysis = { language, documentDate, ...analysisArrays(numbers, count) };
      this.replace(undefined, this.renumberedDocument(uri, { kind: 'disk', stamp }, analysis, shapeNumbers, surfaceNumbers));
      restored++;
    }
    return restored;
  }

  /**
   * Counts the changes of the documents indexed from disk (what diskSnapshot holds), so that whoever keeps
   * a snapshot can tell it is behind. Edits of open documents do not count.
   */
  get revision(): number {
    return this.changes;
  }

  /**
   * The document `analysis` of `text` gives, where `current` is indexed from `previous`, an analysis
   * of the document before an edit: the mentions before and after the edit that are the same in both
   * (moved by the edit) are copied from `current`, so only those in between are looked up in the tables.
   */
  private editedDocument(uri: string, source: DocumentSource, text: string, analysis: DocumentAnalysis, current: IndexedDocument, previous: DocumentAnalysis): IndexedDocument {
    const entities = analysis.entities;
    const old = previous.entities;
    const shift = text.length - current.lines.length;
    const common = Math.min(entities.length, old.length);
    let head = 0;
    while (head < common && sameMention(entities[head], old[head], 0)) head++;
    let tail = 0;
    while (tail < common - head && sameMention(entities[entities.length - 1 - tail], old[old.length - 1 - tail], shift)) tail++;
    const count = entities.length;
    const buffer = new Int32Array(4 * count);
    const arrays = [0, 1, 2, 3].map(k => buffer.subarray(k * count, (k + 1) * count));
    const [starts, ends, shapeIds, surfaceIds] = arrays;
    [current.starts, current.ends, current.shapeIds, current.surfaceIds].forEach((from, k) => {
      arrays[k].set(from.subarray(0, head));
      arrays[k].set(from.subarray(old.length - tail), count - tail);
    });
    for (let i = count - tail; i < count; i++) {
      starts[i] += shift;
      ends[i] += shift;
    }
    const tables = this.tables;
    for (let i = head; i < count - tail; i++) {
      const entity = entities[i];
      starts[i] = entity.start;
      ends[i] = entity.end;
      const key = shapeKey(entity);
      shapeIds[i] = tables.shape(shapeOf(entity), key, entityKeyOfShape(key, entity));
      surfaceIds[i] = tables.surface(entity.text);
    }
    return new IndexedDocument(uri, source, analysis.language, analysis.documentDate, new LineIndex(text), starts, ends, shapeIds, surfaceIds, tables);
  }

  /** Puts `document` in the place of `current` (if any), and updates the entities either mentions. */
  private replace(current: IndexedDocument | undefined, document: IndexedDocument): void {
    if (document.source.kind === 'disk' || current?.source.kind === 'disk') this.changes++;
    const { uri } = document;
    const tables = this.tables;
    /** Entity number → [from, count] of its group in the document replaced. */
    const before = new Map<number, [number, number]>();
    current?.forEachEntity((number, from, count) => before.set(number, [from, count]));
    const samePositionsBefore = current ? current.lines.samePositionsBefore(document.lines) : 0;
    this.documents.set(uri, document);
    document.forEachEntity((number, from, count) => {
      const entity = tables.entities[number];
      const previous = before.get(number);
      before.delete(number);
      if (!previous) {
        entity.sortedUris = undefined;
        if (entity.documents.size === 0) this.live.set(entity.key, entity);
        this.count(entity, document, from, count, 1);
      } else if (sameForms(current!, previous[0], previous[1], document, from, count)) {
        // An edit elsewhere in the document moved them, or nothing changed (a file opened as it is on disk).
        if (!samePlaces(current!, previous[0], document, from, count, samePositionsBefore)) this.changed(entity);
      } else {
        this.count(entity, current!, previous[0], previous[1], -1);
        this.count(entity, document, from, count, 1);
      }
      entity.documents.set(uri, from);
    });
    for (const [number, [from, count]] of before) this.drop(current!, this.tables.entities[number], from, count);
  }

  remove(uri: string): boolean {
    const current = this.documents.get(uri);
    if (!current) return false;
    if (current.source.kind === 'disk') this.changes++;
    this.openAnalyses.delete(uri);
    current.forEachEntity((number, from, count) => this.drop(current, this.tables.entities[number], from, count));
    this.documents.delete(uri);
    return true;
  }

  /** Takes the document's mentions out of the entity, which the document no longer mentions. */
  private drop(document: IndexedDocument, entity: EntityRecord, from: number, count: number): void {
    this.count(entity, document, from, count, -1);
    entity.documents.delete(document.uri);
    entity.sortedUris = undefined;
    if (entity.documents.size === 0) this.live.delete(entity.key);
  }

  private count(entity: EntityRecord, document: IndexedDocument, from: number, count: number, sign: 1 | -1): void {
    entity.mentionCount += sign * count;
    for (let k = from; k < from + count; k++) {
      const form = document.surfaceForm(document.byEntity[k]);
      const forms = (entity.formCounts.get(form) ?? 0) + sign;
      if (forms === 0) entity.formCounts.delete(form);
      else entity.formCounts.set(form, forms);
    }
    this.changed(entity);
  }

  /** Forgets what was derived from the entity's mentions. */
  private changed(entity: EntityRecord): void {
    entity.summary = undefined;
    this.forgetLocationsJson(entity);
  }

  private forgetLocationsJson(entity: EntityRecord): void {
    if (!entity.locationsJson) return;
    this.keptLocationsBytes -= entity.locationsJson.length;
    entity.locationsJson = undefined;
    this.keptLocations.delete(entity);
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
    return this.live.size;
  }

  /** The mention under the cursor: one containing `offset`, else one ending right at it. */
  mentionAt(uri: string, offset: number): Mention | undefined {
    const document = this.documents.get(uri);
    const i = document ? document.mentionIndexAt(offset) : -1;
    return i >= 0 ? document!.mention(i) : undefined;
  }

  /** All mentions of the entity, in document order (URI, then offset). */
  mentions(key: string): Mention[] {
    const entity = this.live.get(key);
    return entity ? entity.uris().flatMap(uri => this.mentionsIn(uri, key)) : [];
  }

  /** This document's mentions of the entity. */
  mentionsIn(uri: string, key: string): Mention[] {
    const entity = this.live.get(key);
    const from = entity?.documents.get(uri);
    if (from === undefined) return [];
    const document = this.documents.get(uri)!;
    const mentions: Mention[] = [];
    forEachOfEntity(document, from, i => mentions.push(document.mention(i)));
    return mentions;
  }

  /** The location of every mention of the entity, in document order. */
  locations(key: string): Location[] {
    const locations: Location[] = [];
    const entity = this.live.get(key);
    if (entity) this.forEachLocation(entity, (uri, start, end) => locations.push({ uri, range: { start, end } }));
    return locations;
  }

  /**
   * locations() encoded as JSON, written straight from the mention store. Kept for the entities
   * mentioned most, until their mentions change; the bytes must not be modified.
   */
  locationsJson(key: string): Buffer {
    const entity = this.live.get(key);
    if (!entity) return EMPTY_JSON_ARRAY;
    if (entity.locationsJson) {
      this.keptLocations.delete(entity);
      this.keptLocations.add(entity);
      return entity.locationsJson;
    }
    const writer = new LocationJsonWriter(entity.mentionCount);
    this.forEachLocation(entity, (uri, start, end) => writer.add(uri, start.line, start.character, end.line, end.character));
    const json = writer.finish();
    const { keptLocationsMinMentions, keptLocationsBytes } = this.options;
    if (entity.mentionCount >= keptLocationsMinMentions && json.length <= keptLocationsBytes) {
      entity.locationsJson = json;
      this.keptLocations.add(entity);
      this.keptLocationsBytes += json.length;
      for (const oldest of this.keptLocations) {
        if (this.keptLocationsBytes <= keptLocationsBytes) break;
        this.forgetLocationsJson(oldest);
      }
    }
    return json;
  }

  private forEachLocation(entity: EntityRecord, visit: (uri: string, start: Position, end: Position) => void): void {
    for (const uri of entity.uris()) {
      const document = this.documents.get(uri)!;
      const { lines } = document;
      forEachOfEntity(document, entity.documents.get(uri)!, i => {
        const start = lines.positionAt(document.start(i));
        visit(uri, start, lines.positionAfter(document.end(i), start.line));
      });
    }
  }

  entity(key: string): EntitySummary | undefined {
    const entity = this.live.get(key);
    if (!entity) return undefined;
    return (entity.summary ??= this.summarize(entity));
  }

  /** Every entity of the corpus, sorted by key. */
  entities(): EntitySummary[] {
    return [...this.live.keys()].sort().map(key => this.entity(key)!);
  }

  private summarize(entity: EntityRecord): EntitySummary {
    const uris = entity.uris();
    const firstDocument = this.documents.get(uris[0])!;
    const first = firstDocument.mention(firstDocument.byEntity[entity.documents.get(uris[0])!]);
    const knowledge = first.id ? this.knowledge.get(first.id) : undefined;
    const surfaceForms = this.bySurfaceFrequency(entity);
    const name = knowledge?.name ?? valueName(first) ?? surfaceForms[0];
    const aliases = new Set<string>();
    for (const alias of [knowledge?.nameDe, ...surfaceForms, ...(knowledge?.aliases ?? [])]) {
      if (alias && alias !== name) aliases.add(alias);
    }
    return {
      key: entity.key, kind: entity.kind, name, aliases: [...aliases], knowledge, first,
      mentionCount: entity.mentionCount, documentCount: entity.documents.size,
    };
  }

  /**
   * Distinct surface forms (whitespace collapsed), most frequent first, ties in document order. The
   * counts are kept up to date; only the order of first appearance is looked up, and only until every
   * form has appeared, which for most entities is within their first few documents.
   */
  private bySurfaceFrequency(entity: EntityRecord): string[] {
    const firstSeen = new Map<number, number>();
    for (const uri of entity.uris()) {
      const document = this.documents.get(uri)!;
      forEachOfEntity(document, entity.documents.get(uri)!, i => {
        const form = document.surfaceForm(i);
        if (!firstSeen.has(form)) firstSeen.set(form, firstSeen.size);
      });
      if (firstSeen.size === entity.formCounts.size) break;
    }
    return [...entity.formCounts]
      .sort(([a, countA], [b, countB]) => countB - countA || firstSeen.get(a)! - firstSeen.get(b)!)
      .map(([form]) => this.tables.forms[form]);
  }
}

/** True when `a` is `b` moved by `shift`. */
function sameMention(a: Entity, b: Entity, shift: number): boolean {
  return a.start === b.start + shift && a.end === b.end + shift && a.text === b.text && a.kind === b.kind
    && a.id === b.id && a.value === b.value && a.unit === b.unit && a.approx === b.approx;
}

/** True when two groups of mentions (see IndexedDocument.forEachEntity) have the same surface forms in the same order. */
function sameForms(a: IndexedDocument, fromA: number, countA: number, b: IndexedDocument, fromB: number, countB: number): boolean {
  if (countA !== countB) return false;
  for (let k = 0; k < countA; k++) {
    if (a.surfaceForm(a.byEntity[fromA + k]) !== b.surfaceForm(b.byEntity[fromB + k])) return false;
  }
  return true;
}

/**
 * True when two groups of as many mentions lie at the same offsets, all before `samePositionsBefore`
 * (see LineIndex.samePositionsBefore), and so at the same positions too.
 */
function samePlaces(a: IndexedDocument, fromA: number, b: IndexedDocument, fromB: number, count: number, samePositionsBefore: number): boolean {
  for (let k = 0; k < count; k++) {
    const i = a.byEntity[fromA + k];
    const j = b.byEntity[fromB + k];
    if (a.start(i) !== b.start(j) || a.end(i) !== b.end(j) || a.end(i) >= samePositionsBefore) return false;
  }
  return true;
}

/** Calls `visit` with the index of each mention of the entity whose group starts at `from` in byEntity. */
function forEachOfEntity(document: IndexedDocument, from: number, visit: (i: number) => void): void {
  const order = document.byEntity;
  const entity = document.entityNumber(order[from]);
  for (let k = from; k < order.length && document.entityNumber(order[k]) === entity; k++) visit(order[k]);
}

function sameSource(a: DocumentSource, b: DocumentSource): boolean {
  if (a.kind === 'open') return b.kind === 'open' && a.version === b.version;
  return b.kind === 'disk' && sameStamp(a.stamp, b.stamp);
}
