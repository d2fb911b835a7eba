import type { DocumentAnalysis, Entity, Language } from '../language/types';
import { valueName } from '../features/values';

/** Everything of an entity except where it is and how it is spelt: what many mentions share. */
export type EntityShape = Omit<Entity, 'start' | 'end' | 'text'>;

/**
 * One document's analysis as a few typed arrays plus small tables of the distinct shapes and surface
 * forms it uses: far smaller than an object per mention, and cheap to pass from a worker thread
 * (see analysisDictionary.ts).
 */
export interface CompactAnalysis {
  readonly language: Language;
  readonly documentDate: string | null;
  /** Per mention, in order of start. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per mention, an index into `shapes`. */
  readonly shapeIds: Int32Array;
  /** Per mention, an index into `surfaces` (the mention's text as written). */
  readonly surfaceIds: Int32Array;
  readonly shapes: EntityShape[];
  /** Per shape, the entity key of its mentions (see entityKey). */
  readonly shapeEntityKeys: string[];
  /** Per shape, a key two shapes (of any documents) share only when they and their entity keys are equal. */
  readonly shapeKeys: string[];
  readonly surfaces: string[];
  readonly lineStarts: Int32Array;
  readonly lineEnds: Int32Array;
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
 * Equal for two entities exactly when their shapes and entity keys are equal, without computing the entity
 * key (which only entities without id or value take from their text); never equal to an id.
 */
function shapeKeyOfEntity(entity: Entity): string {
  const value = entity.value === undefined ? '' : `${typeof entity.value}:${entity.value}`;
  const text = entity.id || entity.value !== undefined ? '' : entity.text;
  return `${entity.kind}\u0001${entity.id ?? ''}\u0001${value}\u0001${entity.unit ?? ''}\u0001${entity.approx ?? ''}\u0001${text}`;
}

export function shapeOf(entity: Entity): EntityShape {
  const shape: EntityShape = { kind: entity.kind };
  if (entity.id !== undefined) shape.id = entity.id;
  if (entity.value !== undefined) shape.value = entity.value;
  if (entity.unit !== undefined) shape.unit = entity.unit;
  if (entity.approx !== undefined) shape.approx = entity.approx;
  return shape;
}

/**
 * Entity keys by shape key, for the shapes without an id: an edited document brings the same dates and
 * figures back on every keystroke, and their keys take number formatting. Emptied when full.
 */
const entityKeysOfShapes = new Map<string, string>();
const ENTITY_KEYS_OF_SHAPES_CAPACITY = 50_000;

/** The shape key of the entity (see CompactAnalysis.shapeKeys). */
export function shapeKey(entity: Entity): string {
  // Most mentions carry just an id (kind-prefixed), whose hash the string keeps: the cheap key.
  return entity.id !== undefined && entity.value === undefined && entity.unit === undefined && entity.approx === undefined ? entity.id : shapeKeyOfEntity(entity);
}

/** entityKey(entity), given its shape key. */
export function entityKeyOfShape(shapeKey: string, entity: Entity): string {
  if (shapeKey === entity.id) return shapeKey;
  let key = entityKeysOfShapes.get(shapeKey);
  if (key === undefined) {
    if (entityKeysOfShapes.size >= ENTITY_KEYS_OF_SHAPES_CAPACITY) entityKeysOfShapes.clear();
    entityKeysOfShapes.set(shapeKey, (key = entityKey(entity)));
  }
  return key;
}

/** The per-mention and per-line arrays of a CompactAnalysis. */
export type AnalysisArrays = Pick<CompactAnalysis, 'starts' | 'ends' | 'shapeIds' | 'surfaceIds' | 'lineStarts' | 'lineEnds'>;

/**
 * The arrays of an analysis of `count` mentions laid out in one buffer, one after the other: starts,
 * ends, shape numbers and surface numbers, then line starts and line ends. Views, not copies.
 */
export function analysisArrays(numbers: Int32Array, count: number): AnalysisArrays {
  const lines = (numbers.length - 4 * count) / 2;
  const view = (index: number, length: number) => numbers.subarray(index, index + length);
  return {
    starts: view(0, count),
    ends: view(count, count),
    shapeIds: view(2 * count, count),
    surfaceIds: view(3 * count, count),
    lineStarts: view(4 * count, lines),
    lineEnds: view(4 * count + lines, lines),
  };
}

export function compactAnalysis(text: string, analysis: DocumentAnalysis): CompactAnalysis {
  const { entities } = analysis;
  const count = entities.length;
  const lines = lineBounds(text);
  // One buffer for all the arrays: one allocation, and one object for the collector.
  const { starts, ends, shapeIds, surfaceIds, lineStarts, lineEnds } = analysisArrays(new Int32Array(4 * count + 2 * lines.starts.length), count);
  lineStarts.set(lines.starts);
  lineEnds.set(lines.ends);
  const shapes: EntityShape[] = [];
  const shapeEntityKeys: string[] = [];
  const shapeKeys: string[] = [];
  const surfaces: string[] = [];
  const shapeIndex = new Map<string, number>();
  const surfaceIndex = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const entity = entities[i];
    starts[i] = entity.start;
    ends[i] = entity.end;
    const key = shapeKey(entity);
    let shape = shapeIndex.get(key);
    if (shape === undefined) {
      shapeIndex.set(key, (shape = shapes.length));
      shapes.push(shapeOf(entity));
      shapeEntityKeys.push(entityKeyOfShape(key, entity));
      shapeKeys.push(key);
    }
    shapeIds[i] = shape;
    let surface = surfaceIndex.get(entity.text);
    if (surface === undefined) {
      surfaceIndex.set(entity.text, (surface = surfaces.length));
      surfaces.push(entity.text);
    }
    surfaceIds[i] = surface;
  }
  return { language: analysis.language, documentDate: analysis.documentDate, starts, ends, shapeIds, surfaceIds, shapes, shapeEntityKeys, shapeKeys, surfaces, lineStarts, lineEnds };
}

/**
 * Offset of the first character of each line, and of the end of each line before its break
 * (\n, \r\n or \r, as in TextDocument).
 */
export function lineBounds(text: string): { starts: Int32Array; ends: Int32Array } {
  if (text.indexOf('\r') < 0) {
    // The common case, found with indexOf rather than a loop over every character.
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const starts = new Int32Array(lines);
    const ends = new Int32Array(lines);
    let line = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      ends[line] = at;
      starts[++line] = at + 1;
    }
    ends[line] = text.length;
    return { starts, ends };
  }
  const starts: number[] = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
