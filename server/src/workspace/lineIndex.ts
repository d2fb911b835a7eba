import type { Position } from 'vscode-languageserver';
import { lineBounds } from './compactAnalysis';

/**
 * Offsets ↔ LSP positions (UTF-16, lines broken by \n, \r\n or \r as in TextDocument) for a text that is
 * no longer kept: indexed files that are not open are remembered by their line bounds only.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: Int32Array;
  /** Offset just past the last character of each line, before its line break. */
  readonly ends: Int32Array;

  constructor(text: string);
  constructor(starts: Int32Array, ends: Int32Array);
  constructor(textOrStarts: string | Int32Array, ends?: Int32Array) {
    if (typeof textOrStarts === 'string') ({ starts: this.starts, ends: this.ends } = lineBounds(textOrStarts));
    else [this.starts, this.ends] = [textOrStarts, ends!];
  }

  get lineCount(): number {
    return this.starts.length;
  }

  get length(): number {
    return this.ends[this.ends.length - 1];
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  lineEnd(line: number): number {
    return this.ends[line];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: Math.min(clamped, this.ends[low]) - this.starts[low] };
  }

  /** positionAt for offsets visited in increasing order: the search walks on from line `fromLine`. */
  positionAfter(offset: number, fromLine: number): Position {
    const line = this.lineAfter(offset, fromLine);
    return { line, character: this.character(offset, line) };
  }

  /** The line of positionAfter(offset, fromLine), without making a position. */
  lineAfter(offset: number, fromLine: number): number {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let line = fromLine;
    while (line + 1 < this.starts.length && this.starts[line + 1] <= clamped) line++;
    return line;
  }

  /** The character of the position of `offset` on its line `line`. */
  character(offset: number, line: number): number {
    return Math.min(Math.max(0, Math.min(offset, this.length)), this.ends[line]) - this.starts[line];
  }

  /** The offset below which every offset has the same position in this text and in `other`'s. */
  samePositionsBefore(other: LineIndex): number {
    const lines = Math.min(this.starts.length, other.starts.length);
    for (let line = 0; line < lines; line++) {
      if (this.starts[line] !== other.starts[line] || this.ends[line] !== other.ends[line]) {
        return Math.min(this.starts[line], other.starts[line]);
      }
    }
    return this.starts.length === other.starts.length ? Infinity : Math.min(this.length, other.length);
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.ends[position.line]);
  }
}
