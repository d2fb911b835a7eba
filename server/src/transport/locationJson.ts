/**
 * Writes the JSON of an LSP Location[] straight into bytes, exactly as JSON.stringify would, without
 * making an object per location first. Used for the references of entities with thousands of
 * mentions, where building and stringifying the objects took most of the request's time.
 */
export class LocationJsonWriter {
  private bytes: Buffer;
  private length = 0;
  private count = 0;
  /** The URI's part of a location, encoded once per document (its mentions follow one another). */
  private lastUri: string | undefined;
  private lastPrefix = Buffer.alloc(0);

  constructor(expectedLocations = 16) {
    this.bytes = Buffer.allocUnsafe(Math.max(64, expectedLocations * 160));
    this.bytes[this.length++] = OPEN_BRACKET;
  }

  add(uri: string, startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
    if (uri !== this.lastUri) {
      this.lastUri = uri;
      this.lastPrefix = Buffer.from(`{"uri":${JSON.stringify(uri)},"range":{"start":{"line":`, 'utf8');
    }
    this.reserve(this.lastPrefix.length + LOCATION_SYNTAX_BYTES + 4 * MAX_NUMBER_BYTES);
    if (this.count++ > 0) this.bytes[this.length++] = COMMA;
    this.length += this.lastPrefix.copy(this.bytes, this.length);
    this.number(startLine);
    this.length += CHARACTER.copy(this.bytes, this.length);
    this.number(startCharacter);
    this.length += END_LINE.copy(this.bytes, this.length);
    this.number(endLine);
    this.length += CHARACTER.copy(this.bytes, this.length);
    this.number(endCharacter);
    this.length += CLOSE_LOCATION.copy(this.bytes, this.length);
  }

  /** The JSON array; the writer must not be used afterwards. */
  finish(): Buffer {
    this.reserve(1);
    this.bytes[this.length++] = CLOSE_BRACKET;
    // A copy of the exact size, so that a kept result does not hold on to the spare capacity.
    return Buffer.from(this.bytes.subarray(0, this.length));
  }

  private number(value: number): void {
    if (value < 10 && value >= 0) {
      this.bytes[this.length++] = DIGIT_ZERO + value;
    } else {
      this.length += this.bytes.write(String(value), this.length, 'latin1');
    }
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + bytes));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const DIGIT_ZERO = 0x30;
const CHARACTER = Buffer.from(',"character":', 'latin1');
const END_LINE = Buffer.from('},"end":{"line":', 'latin1');
const CLOSE_LOCATION = Buffer.from('}}}', 'latin1');
const LOCATION_SYNTAX_BYTES = 1 + 2 * CHARACTER.length + END_LINE.length + CLOSE_LOCATION.length;
/** Digits of the largest safe integer, with a sign. */
const MAX_NUMBER_BYTES = 17;
