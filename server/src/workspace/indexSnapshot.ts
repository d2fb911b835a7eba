import { createHash } from 'crypto';
import { Deserializer, Serializer } from 'v8';
import { Approximation, ENTITY_KINDS, Language } from '../language/types';
import type { EntityShape } from './compactAnalysis';
import type { FileStamp } from './fileSystem';

/**
 * The documents an index holds from files on disk, as they are indexed (see WorkspaceIndex.diskSnapshot):
 * what reopening a workspace can start from instead of reading and analysing every file again.
 */
export interface IndexSnapshot {
  /** The shapes and surface forms the documents use, numbered from 0. */
  readonly tables: SnapshotTables;
  readonly documents: readonly SnapshotDocument[];
}

export interface SnapshotTables {
  readonly shapes: EntityShape[];
  /** Per shape, its shape key and the entity key of its mentions (see CompactAnalysis). */
  readonly shapeKeys: string[];
  readonly shapeEntityKeys: string[];
  readonly surfaces: string[];
}

export interface SnapshotDocument {
  readonly uri: string;
  /** The stamp of the file the document was read from: a file with another stamp is read again. */
  readonly stamp: FileStamp;
  readonly language: Language;
  readonly documentDate: string | null;
  readonly mentionCount: number;
  /** Starts, ends, shape numbers and surface numbers per mention, then line starts and line ends. */
  readonly numbers: Int32Array;
}

/** Opens every snapshot file, so that some other file in its place is told apart before it is parsed. */
const MAGIC = Buffer.from('ENTITY-MARKUP-INDEX\n');
/** Raised whenever the layout above changes (2: stamps with ctime; 3: a checksum at the end). */
const FORMAT = 3;
/** The file ends with the SHA-256 of what comes before: a changed bit is told apart from data that only looks right. */
const CHECKSUM_BYTES = 32;

/**
 * The snapshot as bytes, in two parts to be written one after the other (a copy that joined them would
 * double the memory taken). `fingerprint` names the build of the recognizer that made it: a snapshot is
 * only taken back by the same build, since another one may find other entities in the same files.
 */
export function encodeSnapshot(snapshot: IndexSnapshot, fingerprint: string): [Uint8Array, Uint8Array] {
  const serializer = new Serializer();
  serializer.writeRawBytes(MAGIC);
  serializer.writeHeader();
  serializer.writeValue({ format: FORMAT, fingerprint, snapshot });
  const content = serializer.releaseBuffer();
  return [content, createHash('sha256').update(content).digest()];
}

/** The snapshot of `encodeSnapshot`'s bytes, or why they cannot be used. Never throws. */
export function decodeSnapshot(bytes: Uint8Array, fingerprint: string): IndexSnapshot | { unusable: string } {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < MAGIC.length + CHECKSUM_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) return { unusable: 'not an Entity Markup index' };
  const buffer = file.subarray(0, file.length - CHECKSUM_BYTES);
  if (!createHash('sha256').update(buffer).digest().equals(file.subarray(buffer.length))) return { unusable: 'damaged (checksum)' };
  let content: unknown;
  try {
    const deserializer = new Deserializer(buffer);
    deserializer.readRawBytes(MAGIC.length);
    deserializer.readHeader();
    content = deserializer.readValue();
  } catch (error) {
    return { unusable: `damaged (${error instanceof Error ? error.message : String(error)})` };
  }
  const { format, fingerprint: madeBy, snapshot } = (content ?? {}) as { format?: unknown; fingerprint?: unknown; snapshot?: unknown };
  if (format !== FORMAT) return { unusable: `written in another format (${String(format)})` };
  if (madeBy !== fingerprint) return { unusable: 'made by another version of Entity Markup' };
  const problem = snapshotProblem(snapshot, file.length);
  return problem === undefined ? (snapshot as IndexSnapshot) : { unusable: `damaged (${problem})` };
}

const LANGUAGES: readonly unknown[] = ['en', 'de'] satisfies Language[];
const KINDS: readonly unknown[] = ENTITY_KINDS;

const APPROXIMATIONS: readonly unknown[] = ['over', 'under', 'about'] satisfies Approximation[];

/**
 * What makes `value` no snapshot an index can take in, or undefined. The checksum rules out damage;
 * this rules out a file written to look right (every table entry, every number of every document),
 * since a document whose numbers point outside the tables would break every request that reads it.
 */
function snapshotProblem(value: unknown, fileBytes: number): string | undefined {
  const { tables, documents } = (value ?? {}) as Partial<IndexSnapshot>;
  if (!tables || !Array.isArray(documents)) return 'no tables or documents';
  const { shapes, shapeKeys, shapeEntityKeys, surfaces } = tables;
  if (![shapes, shapeKeys, shapeEntityKeys, surfaces].every(Array.isArray)) return 'tables missing';
  if (shapeKeys.length !== shapes.length || shapeEntityKeys.length !== shapes.length) return 'tables of different lengths';
  // Each entry takes a byte at least: a longer table is a sparse one, which would take long to walk.
  if (shapes.length + surfaces.length + documents.length > fileBytes) return 'tables longer than the file';
  for (let i = 0; i < shapes.length; i++) {
    if (!isShape(shapes[i])) return 'a shape that is not one';
    if (typeof shapeKeys[i] !== 'string' || typeof shapeEntityKeys[i] !== 'string') return 'a table entry that is no string';
  }
  for (let i = 0; i < surfaces.length; i++) {
    if (typeof surfaces[i] !== 'string') return 'a table entry that is no string';
  }
  // The index takes over (and renumbers) each document's numbers, so no two may share them.
  if (new Set(documents.map(document => (document as Partial<SnapshotDocument> | undefined)?.numbers?.buffer)).size !== documents.length) return 'documents sharing their numbers';
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i];
    const problem = documentProblem(document, shapes.length, surfaces.length);
    if (problem !== undefined) return `${problem} in ${String((document as Partial<SnapshotDocument>)?.uri)}`;
  }
  return undefined;
}

/** An object with an entity's kind and no other fields than a shape's, each of its type. */
function isShape(value: unknown): value is EntityShape {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, id, value: shapeValue, unit, approx, ...others } = value as Partial<EntityShape>;
  return KINDS.includes(kind) && Object.keys(others).length === 0
    && (id === undefined || typeof id === 'string')
    && (shapeValue === undefined || typeof shapeValue === 'string' || typeof shapeValue === 'number')
    && (unit === undefined || typeof unit === 'string')
    && (approx === undefined || APPROXIMATIONS.includes(approx));
}

function documentProblem(document: Partial<SnapshotDocument> | undefined, shapeCount: number, surfaceCount: number): string | undefined {
  const { uri, stamp, language, documentDate, mentionCount: count, numbers } = document ?? {};
  if (typeof uri !== 'string' || typeof stamp?.mtime !== 'number' || typeof stamp.size !== 'number' || !['number', 'undefined'].includes(typeof stamp.ctime)) return 'no URI or stamp';
  if (!LANGUAGES.includes(language) || (documentDate !== null && typeof documentDate !== 'string')) return 'no language or date';
  if (!(numbers instanceof Int32Array) || !Number.isInteger(count) || count! < 0) return 'no mentions';
  const lines = (numbers.length - 4 * count!) / 2;
  if (!Number.isInteger(lines) || lines < 1) return 'no lines';
  // Line bounds in order, each line ending before the next starts: positions are computed from them.
  const linesFrom = 4 * count!;
  for (let line = 0; line < lines; line++) {
    const start = numbers[linesFrom + line];
    const end = numbers[linesFrom + lines + line];
    if (start < 0 || end < start || (line > 0 && start <= numbers[linesFrom + lines + line - 1])) return 'lines out of order';
  }
  const textEnd = numbers[linesFrom + 2 * lines - 1];
  for (let i = 0; i < count!; i++) {
    const start = numbers[i];
    const end = numbers[count! + i];
    const shape = numbers[2 * count! + i];
    const surface = numbers[3 * count! + i];
    if (start < 0 || end < start || (i > 0 && start < numbers[i - 1])) return 'mentions out of order';
    if (end > textEnd) return 'a mention past the end of the text';
    if (shape < 0 || shape >= shapeCount || surface < 0 || surface >= surfaceCount) return 'a mention outside the tables';
  }
  return undefined;
}
