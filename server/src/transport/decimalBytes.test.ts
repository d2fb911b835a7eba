import * as assert from 'assert';
import { writeDecimal } from './decimalBytes';

describe('writeDecimal', () => {
  it('writes the digits JSON.stringify writes and returns the offset after them', () => {
    for (const value of [0, 7, 10, 99, 100, 999, 1000, 27956, 1048576, Number.MAX_SAFE_INTEGER]) {
      const bytes = new Uint8Array(20);
      const end = writeDecimal(bytes, 2, value);
      assert.strictEqual(Buffer.from(bytes.subarray(2, end)).toString('latin1'), JSON.stringify(value));
    }
  });
});
