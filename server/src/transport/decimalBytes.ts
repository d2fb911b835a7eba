/**
 * Writes a non-negative integer's decimal digits into `bytes` at `at`, exactly as JSON.stringify
 * writes it, and returns the offset after them. Shared by the JSON writers that build large results
 * straight from typed data (locations, semantic tokens).
 */
export function writeDecimal(bytes: Uint8Array, at: number, value: number): number {
  // Most numbers written are line and character deltas, lengths and types of one or two digits.
  if (value < 10) {
    bytes[at] = DIGIT_ZERO + value;
    return at + 1;
  }
  if (value < 100) {
    bytes[at] = DIGIT_ZERO + ((value / 10) | 0);
    bytes[at + 1] = DIGIT_ZERO + (value % 10);
    return at + 2;
  }
  let digits = 3;
  for (let rest = value; rest >= 1000; rest = Math.floor(rest / 10)) digits++;
  const end = at + digits;
  let rest = value;
  for (let k = end - 1; k >= at; k--) {
    bytes[k] = DIGIT_ZERO + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return end;
}

const DIGIT_ZERO = 0x30;
