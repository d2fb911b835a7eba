import * as assert from 'assert';
import { DE_NUMBER_WORDS, EN_NUMBER_WORDS, parseNumberWords } from './numberWords';

function wholeMatch(source: string, word: string): boolean {
  return new RegExp(`^(?:${source})$`).test(word);
}

describe('numberWords', () => {
  it('matches English cardinals, capitalized or not, but not ordinals', () => {
    for (const word of ['four', 'Nineteen', 'fifty-three', 'Ninety-nine', 'three hundred', 'two hundred and six']) {
      assert.ok(wholeMatch(EN_NUMBER_WORDS, word), word);
    }
    for (const word of ['fourth', 'tenth', 'hundred', 'twentieth', 'second']) {
      assert.ok(!wholeMatch(EN_NUMBER_WORDS, word), word);
    }
  });

  it('matches German cardinals built as one word, but not ordinals', () => {
    for (const word of ['neun', 'Zwölf', 'dreiundzwanzig', 'hundert', 'zweihundertvierzig', 'dreitausend', 'eine']) {
      assert.ok(wholeMatch(DE_NUMBER_WORDS, word), word);
    }
    for (const word of ['dritte', 'zehnten', 'Hunderte', 'beiden']) {
      assert.ok(!wholeMatch(DE_NUMBER_WORDS, word), word);
    }
  });

  it('reads English values', () => {
    assert.strictEqual(parseNumberWords('fifty-three', 'en'), 53);
    assert.strictEqual(parseNumberWords('Twelve', 'en'), 12);
    assert.strictEqual(parseNumberWords('two hundred and six', 'en'), 206);
    assert.strictEqual(parseNumberWords('nine hundred ninety', 'en'), 990);
  });

  it('reads German values and rejects ill-formed chains', () => {
    assert.strictEqual(parseNumberWords('Sechs', 'de'), 6);
    assert.strictEqual(parseNumberWords('einundachtzig', 'de'), 81);
    assert.strictEqual(parseNumberWords('hundertfünfzig', 'de'), 150);
    assert.strictEqual(parseNumberWords('zweitausenddreihundertelf', 'de'), 2311);
    assert.strictEqual(parseNumberWords('zwölfzwölf', 'de'), undefined);
    assert.strictEqual(parseNumberWords('zwanzigunddrei', 'de'), undefined);
    assert.strictEqual(parseNumberWords('tausendtausend', 'de'), undefined);
  });
});
