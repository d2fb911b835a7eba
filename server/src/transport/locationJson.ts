import { writeDecimal } from './decimalBytes';

/**
 * Writes the JSON of an LSP Location[] straight into bytes, exactly as JSON.stringify would, without
 * making an object per location first. Used for the references of entities with thousands of
 * mentions, where building and stringifying the objects took most of the request's time.
 */
export class LocationJsonWriter {
  private bytes: Uint8Array;
  private length = 0;
  /** The URI's part of a location, encoded once per document (its mentions follow one another). */
  private lastUri: string | undefined;
  private lastPrefix: Uint8Array = new Uint8Array(0);

  constructor(expectedLocations = 16) {
    this.bytes = new Uint8Array(Math.max(64, expectedLocations * 160));
    this.bytes[this.length++] = OPEN_BRACKET;
  }

  add(uri: string, startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
    if (uri !== this.lastUri) {
      this.lastUri = uri;
      this.lastPrefix = Buffer.from(`{"uri":${JSON.stringify(uri)},"range":{"start":{"line":`, 'utf8');
    }
    this.reserve(this.lastPrefix.length + LOCATION_SYNTAX_BYTES + 4 * MAX_NUMBER_BYTES);
    // Past the opening bracket, a location was written before this one.
    if (this.length > 1) this.bytes[this.length++] = COMMA;
    this.copy(this.lastPrefix);
    this.number(startLine);
    this.copy(CHARACTER);
    this.number(startCharacter);
    this.copy(END_LINE);
    this.number(endLine);
    this.copy(CHARACTER);
    this.number(endCharacter);
    this.copy(CLOSE_LOCATION);
  }

  /** The JSON array; the writer must not be used afterwards. */
  finish(): Buffer {
    this.reserve(1);
    this.bytes[this.length++] = CLOSE_BRACKET;
    // A copy of the exact size, so that a kept result does not hold on to the spare capacity.
    return Buffer.from(this.bytes.subarray(0, this.length));
  }

  /** Short pieces byte by byte, long ones natively: either is cheaper where it is used. */
  private copy(piece: Uint8Array): void {
    if (piece.length > SHORT_PIECE) {
      this.bytes.set(piece, this.length);
      this.length += piece.length;
      return;
    }
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < piece.length; i++) bytes[at++] = piece[i];
    this.length = at;
  }

  /** A line or character number: a non-negative integer. */
  private number(value: number): void {
    this.length = writeDecimal(this.bytes, this.length, value);
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + bytes));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const CHARACTER = Buffer.from(',"character":', 'latin1');
const END_LINE = Buffer.from('},"end":{"line":', 'latin1');
const CLOSE_LOCATION = Buffer.from('}}}', 'latin1');
const LOCATION_SYNTAX_BYTES = 1 + 2 * CHARACTER.length + END_LINE.length + CLOSE_LOCATION.length;
const SHORT_PIECE = 24;
/** Digits of the largest safe integer. */
const MAX_NUMBER_BYTES = 17;
