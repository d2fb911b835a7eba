/**
 * Cardinal number words in English ("four", "fifty-three", "two hundred and ten") and German
 * ("neun", "dreiundzwanzig", "zweihundertfünfzig"): regex sources that find them and a parser
 * that reads their value. Ordinals ("tenth", "dritte") never match because a word must end where
 * the cardinal ends.
 */

const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const DE_UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const DE_TEENS = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const DE_TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

const VALUES = new Map<string, number>();
[EN_UNITS, DE_UNITS].forEach(words => words.forEach((word, i) => VALUES.set(word, i + 1)));
[EN_TEENS, DE_TEENS].forEach(words => words.forEach((word, i) => VALUES.set(word, i + 10)));
[EN_TENS, DE_TENS].forEach(words => words.forEach((word, i) => VALUES.set(word, (i + 2) * 10)));
VALUES.set('eins', 1).set('eine', 1);

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** The same alternation, each word also allowed with a capital first letter (sentence starts, headlines). */
function capitalizedAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(word => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|');
}

function englishSource(): string {
  const units = alternation(EN_UNITS);
  const below100 = `(?:${alternation(EN_TENS)})(?:[-\\u2011](?:${units}))?|${alternation(EN_TEENS)}|${units}`;
  const firstBelow100 = `(?:${capitalizedAlternation(EN_TENS)})(?:[-\\u2011](?:${units}))?|${capitalizedAlternation(EN_TEENS)}|${capitalizedAlternation(EN_UNITS)}`;
  const hundreds = `(?:${capitalizedAlternation(EN_UNITS)})[ \\u00A0]hundred(?:[ \\u00A0](?:and[ \\u00A0])?(?:${below100}))?`;
  return `${hundreds}|${firstBelow100}`;
}

function germanSource(): string {
  // A German numeral is one word built from these parts; parseNumberWords rejects ill-formed chains.
  const parts = [...DE_UNITS, ...DE_TEENS, ...DE_TENS, 'eins', 'eine', 'hundert', 'tausend'];
  return `(?:${capitalizedAlternation(parts)})(?:${alternation([...parts, 'und'])})*`;
}

/** Regex sources (no capture groups, no word boundaries) for cardinal number words. */
export const EN_NUMBER_WORDS = englishSource();
export const DE_NUMBER_WORDS = germanSource();

/** Each word as given and with a capital first letter, as a `[Xx]word` pattern matches it. */
export function withCapitals(words: readonly string[]): string[] {
  return words.flatMap(word => [word, word[0].toUpperCase() + word.slice(1)]);
}

/** The words that every match of EN_NUMBER_WORDS or DE_NUMBER_WORDS begins with, as they may be written. */
export const EN_NUMBER_WORD_LEADS = withCapitals([...EN_UNITS, ...EN_TEENS, ...EN_TENS]);
export const DE_NUMBER_WORD_LEADS = withCapitals([...DE_UNITS, ...DE_TEENS, ...DE_TENS, 'hundert', 'tausend']);

function parseGerman(word: string): number | undefined {
  if (word === '') {
    return undefined;
  }
  for (const [scaleWord, scale] of [['tausend', 1000], ['hundert', 100]] as const) {
    const at = word.indexOf(scaleWord);
    if (at >= 0) {
      const left = at === 0 ? 1 : parseGerman(word.slice(0, at));
      const rest = word.slice(at + scaleWord.length);
      const right = rest === '' ? 0 : parseGerman(rest);
      const wellFormed = left !== undefined && right !== undefined && left < (scale === 100 ? 10 : 1000) && right < scale;
      return wellFormed ? left * scale + right : undefined;
    }
  }
  const known = VALUES.get(word);
  if (known !== undefined) {
    return known;
  }
  const und = word.indexOf('und');
  if (und > 0) {
    const unit = VALUES.get(word.slice(0, und));
    const ten = VALUES.get(word.slice(und + 3));
    return unit !== undefined && unit < 10 && ten !== undefined && ten >= 20 ? unit + ten : undefined;
  }
  return undefined;
}

function parseEnglish(words: string): number | undefined {
  let total = 0;
  for (const token of words.split(/[\s\u00A0\-\u2011]+/)) {
    if (token === 'and') {
      continue;
    }
    if (token === 'hundred') {
      total *= 100;
      continue;
    }
    const value = VALUES.get(token);
    if (value === undefined) {
      return undefined;
    }
    total += value;
  }
  return total;
}

/** The value of a number word matched by EN_NUMBER_WORDS or DE_NUMBER_WORDS. */
export function parseNumberWords(words: string, language: 'en' | 'de'): number | undefined {
  const lower = words.toLowerCase();
  return language === 'de' ? parseGerman(lower) : parseEnglish(lower);
}
