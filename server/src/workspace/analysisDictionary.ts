import type { Language } from '../language/types';
import { analysisArrays, type CompactAnalysis, type EntityShape } from './compactAnalysis';

/**
 * How a worker thread sends compact analyses: the shapes and surface forms it sent once before go as
 * numbers into a dictionary both ends keep, so that a message carries typed arrays and only the strings
 * that are new. Most of a corpus's mentions name the same few hundred entities in the same few thousand
 * spellings, and copying their strings into every message (and collecting them again in the receiving
 * thread) cost more than indexing them.
 */
export interface DictionaryAnalysis {
  readonly language: Language;
  readonly documentDate: string | null;
  /** Starts, ends, shape numbers and surface numbers per mention, then line starts and line ends. */
  readonly numbers: Int32Array;
  readonly mentionCount: number;
  /** Whether the dictionary was emptied before this analysis: its numbers start again at 0. */
  readonly reset: boolean;
  /** Dictionary entries this analysis adds, numbered in order after those before. */
  readonly newShapes: readonly DictionaryShape[];
  readonly newSurfaces: readonly string[];
}

export interface DictionaryShape {
  shape: EntityShape;
  /** CompactAnalysis.shapeKeys and shapeEntityKeys of the shape. */
  key: string;
  entityKey: string;
}

/** Entries a dictionary holds at most: beyond that it starts again, so that a worker's memory stays bounded. */
const DICTIONARY_CAPACITY = 100_000;

/** The sending end: numbers the shapes and surfaces it has sent. */
export class AnalysisEncoder {
  private readonly shapeNumbers = new Map<string, number>();
  private readonly surfaceNumbers = new Map<string, number>();

  constructor(private readonly capacity = DICTIONARY_CAPACITY) {}

  encode(analysis: CompactAnalysis): DictionaryAnalysis {
    const reset = this.shapeNumbers.size + this.surfaceNumbers.size + analysis.shapes.length + analysis.surfaces.length > this.capacity;
    if (reset) {
      this.shapeNumbers.clear();
      this.surfaceNumbers.clear();
    }
    const newShapes: DictionaryShape[] = [];
    const shapeNumbers = analysis.shapes.map((shape, i) => {
      const key = analysis.shapeKeys[i];
      let number = this.shapeNumbers.get(key);
      if (number === undefined) {
        this.shapeNumbers.set(key, (number = this.shapeNumbers.size));
        newShapes.push({ shape, key, entityKey: analysis.shapeEntityKeys[i] });
      }
      return number;
    });
    const newSurfaces: string[] = [];
    const surfaceNumbers = analysis.surfaces.map(surface => {
      let number = this.surfaceNumbers.get(surface);
      if (number === undefined) {
        this.surfaceNumbers.set(surface, (number = this.surfaceNumbers.size));
        newSurfaces.push(surface);
      }
      return number;
    });
    const count = analysis.starts.length;
    const lines = analysis.lineStarts.length;
    const numbers = new Int32Array(4 * count + 2 * lines);
    numbers.set(analysis.starts, 0);
    numbers.set(analysis.ends, count);
    for (let i = 0; i < count; i++) {
      numbers[2 * count + i] = shapeNumbers[analysis.shapeIds[i]];
      numbers[3 * count + i] = surfaceNumbers[analysis.surfaceIds[i]];
    }
    numbers.set(analysis.lineStarts, 4 * count);
    numbers.set(analysis.lineEnds, 4 * count + lines);
    return { language: analysis.language, documentDate: analysis.documentDate, numbers, mentionCount: count, reset, newShapes, newSurfaces };
  }
}

/** The receiving end: takes the analyses of one encoder in the order it made them. */
export class AnalysisDecoder {
  private shapes: DictionaryShape[] = [];
  private surfaces: string[] = [];

  decode(sent: DictionaryAnalysis): CompactAnalysis {
    if (sent.reset) {
      this.shapes = [];
      this.surfaces = [];
    }
    for (const entry of sent.newShapes) this.shapes.push(entry);
    for (const surface of sent.newSurfaces) this.surfaces.push(surface);
    const { numbers, mentionCount: count } = sent;
    const arrays = analysisArrays(numbers, count);
    const { shapeIds, surfaceIds } = arrays;
    // The analysis's own tables hold the entries it uses, numbered in order of first use.
    const shapes: DictionaryShape[] = [];
    const surfaces: string[] = [];
    const localShapes = new Map<number, number>();
    const localSurfaces = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      shapeIds[i] = local(localShapes, shapeIds[i], shapes, this.shapes);
      surfaceIds[i] = local(localSurfaces, surfaceIds[i], surfaces, this.surfaces);
    }
    return {
      language: sent.language,
      documentDate: sent.documentDate,
      ...arrays,
      shapes: shapes.map(entry => entry.shape),
      shapeEntityKeys: shapes.map(entry => entry.entityKey),
      shapeKeys: shapes.map(entry => entry.key),
      surfaces,
    };
  }
}

/** The number in `table` of dictionary entry `number`, appended to `table` on first use. */
function local<T>(numbers: Map<number, number>, number: number, table: T[], dictionary: readonly T[]): number {
  let localNumber = numbers.get(number);
  if (localNumber === undefined) {
    numbers.set(number, (localNumber = table.length));
    table.push(dictionary[number]);
  }
  return localNumber;
}
