import * as assert from 'assert';
import { NameMatcher, nameKey } from './nameMatcher';
import { tokenize } from './tokenizer';

function hits(matcher: NameMatcher<string>, text: string): string[] {
  return matcher.findAll(text).map(h => `[${text.slice(h.start, h.end)}]${h.value}`);
}

describe('NameMatcher', () => {
  const matcher = new NameMatcher<string>();
  matcher.add('Alpha', 'a');
  matcher.add('Alpha Beta Gamma', 'abg');
  matcher.add('U.S.', 'us');
  matcher.add("O'Neil", 'oneil');
  matcher.add('North-West', 'nw');

  it('prefers the longest name and falls back when a longer one breaks off', () => {
    assert.deepStrictEqual(hits(matcher, 'Alpha Beta Gamma, Alpha Beta Delta'), ['[Alpha Beta Gamma]abg', '[Alpha]a']);
  });

  it('includes a trailing separator that belongs to the name', () => {
    assert.deepStrictEqual(hits(matcher, 'in the U.S. today'), ['[U.S.]us']);
  });

  it('normalizes apostrophes, dashes and spaces', () => {
    assert.deepStrictEqual(hits(matcher, 'O’Neil, North–West, North\u2011West, Alpha\u00a0Beta\u00a0Gamma'),
      ['[O’Neil]oneil', '[North–West]nw', '[North\u2011West]nw', '[Alpha\u00a0Beta\u00a0Gamma]abg']);
  });

  it('does not continue a name across a blank line', () => {
    assert.deepStrictEqual(hits(matcher, 'Alpha\n\nBeta Gamma'), ['[Alpha]a']);
  });

  it('matches only whole words', () => {
    assert.deepStrictEqual(hits(matcher, 'Alphabet Alphas xAlpha'), []);
  });

  it('extends a match by a continuation with its own leading separator', () => {
    const suffixes = new NameMatcher<true>();
    suffixes.add(', Inc.', true, true);
    const text = 'Alpha, Inc. and Alpha, Beta';
    assert.strictEqual(suffixes.extend(text, 5), 11);
    assert.strictEqual(suffixes.extend(text, 21), 21);
  });

  it('keys names by tokens and normalized separators', () => {
    assert.strictEqual(nameKey(' Hong\u00a0Kong '), 'Hong Kong');
    assert.strictEqual(nameKey('Bao’an'), "Bao'an");
    assert.strictEqual(nameKey('Shenzhen–Hong Kong'), 'Shenzhen-Hong Kong');
  });

  it('finds the same names among the tokens of a text as in the text', () => {
    const text = 'Alpha’s Beta-Alpha Beta Gamma, North-West and U.S. Alpha-based xAlpha Alpha';
    const expected = ['[Alpha]a', '[Alpha Beta Gamma]abg', '[North-West]nw', '[U.S.]us', '[Alpha]a', '[Alpha]a'];
    assert.deepStrictEqual(hits(matcher, text), expected);
    assert.deepStrictEqual(matcher.findAllInTokens(text, tokenize(text)).map(h => `[${text.slice(h.start, h.end)}]${h.value}`), expected);
    // A range cutting a word: the word is no name.
    for (const [from, to] of [[1, text.length], [0, 3], [8, 40]]) {
      assert.deepStrictEqual(matcher.findAllInTokens(text, tokenize(text, from, to), from, to), matcher.findAll(text, from, to));
    }
  });

  it('returns a canonical surface as it is', () => {
    assert.strictEqual(nameKey("Bao'an District"), "Bao'an District");
    assert.strictEqual(nameKey('Co.,  Ltd.'), 'Co., Ltd.');
    assert.strictEqual(nameKey('.NET'), 'NET');
  });

  it('finds every one of many names, in text and among tokens', () => {
    const many = new NameMatcher<number>();
    const names = Array.from({ length: 3000 }, (_, i) => `Name${i} Part${i % 7}`);
    names.forEach((name, i) => many.add(name, i));
    const text = names.filter((_, i) => i % 100 === 0).join(', ');
    const expected = names.map((_, i) => i).filter(i => i % 100 === 0);
    assert.deepStrictEqual(many.findAll(text).map(h => h.value), expected);
    assert.deepStrictEqual(many.findAllInTokens(text, tokenize(text)).map(h => h.value), expected);
    assert.deepStrictEqual(many.findAll('Name5 Part6 Name5 Part5'), [{ start: 12, end: 23, value: 5 }]);
    // Sized for the names up front, the matcher finds the same.
    const sized = new NameMatcher<number>(names.length);
    names.forEach((name, i) => sized.add(name, i));
    assert.deepStrictEqual(sized.findAllInTokens(text, tokenize(text)).map(h => h.value), expected);
  });

  it('finds names that start with a lowercase word among tokens', () => {
    const lowercase = new NameMatcher<string>();
    lowercase.add('adidas', 'adidas');
    lowercase.add('ifo Institut', 'ifo');
    const text = 'adidas, Adidas and the ifo Institut said';
    assert.deepStrictEqual(lowercase.findAllInTokens(text, tokenize(text)).map(h => text.slice(h.start, h.end)), ['adidas', 'ifo Institut']);
  });
});
