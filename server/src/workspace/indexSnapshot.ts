import { Deserializer, Serializer } from 'v8';
import { ENTITY_KINDS, Language } from '../language/types';
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
/** Raised whenever the layout above changes (2: stamps with ctime). */
const FORMAT = 2;

/**
 * The snapshot as bytes. `fingerprint` names the build of the recognizer that made it: a snapshot is
 * only taken back by the same build, since another one may find other entities in the same files.
 */
export function encodeSnapshot(snapshot: IndexSnapshot, fingerprint: string): Uint8Array {
  // One buffer, written in order: a copy to put the magic in front would double the memory it takes.
  const serializer = new Serializer();
  serializer.writeRawBytes(MAGIC);
  serializer.writeHeader();
  serializer.writeValue({ format: FORMAT, fingerprint, snapshot });
  return serializer.releaseBuffer();
}

/** The snapshot of `encodeSnapshot`'s bytes, or why they cannot be used. Never throws. */
export function decodeSnapshot(bytes: Uint8Array, fingerprint: string): IndexSnapshot | { unusable: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < MAGIC.length || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) return { unusable: 'not an Entity Markup index' };
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
  const problem = snapshotProblem(snapshot);
  return problem === undefined ? (snapshot as IndexSnapshot) : { unusable: `damaged (${problem})` };
}

const LANGUAGES: readonly unknown[] = ['en', 'de'] satisfies Language[];
const KINDS: readonly unknown[] = ENTITY_KINDS;

/**
 * What makes `value` no snapshot an index can take in, or undefined. Checked in full, since a document
 * whose numbers point outside the tables would break every request that reads it later.
 */
function snapshotProblem(value: unknown): string | undefined {
  const { tables, documents } = (value ?? {}) as Partial<IndexSnapshot>;
  if (!tables || !Array.isArray(documents)) return 'no tables or documents';
  const { shapes, shapeKeys, shapeEntityKeys, surfaces } = tables;
  if (![shapes, shapeKeys, shapeEntityKeys, surfaces].every(Array.isArray)) return 'tables missing';
  if (shapeKeys.length !== shapes.length || shapeEntityKeys.length !== shapes.length) return 'tables of different lengths';
  if (!shapes.every(shape => KINDS.includes((shape as EntityShape | undefined)?.kind))) return 'a shape of no known kind';
  if (![shapeKeys, shapeEntityKeys, surfaces].every(strings => strings.every(item => typeof item === 'string'))) return 'a table entry that is no string';
  for (const document of documents) {
    const problem = documentProblem(document, shapes.length, surfaces.length);
    if (problem !== undefined) return `${problem} in ${String((document as Partial<SnapshotDocument>)?.uri)}`;
  }
  return undefined;
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
