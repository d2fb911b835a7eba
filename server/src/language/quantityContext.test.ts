import * as assert from 'assert';
import { isCalendarYear, isCalendarYearBetween, mayBeginSuffix, readQuantityPrefix, readQuantitySuffix } from './quantityContext';

/** Offsets of the number marked with |…| in `marked`, and the text without the bars. */
function marked(text: string): { text: string; start: number; end: number } {
  const start = text.indexOf('|');
  const end = text.indexOf('|', start + 1) - 1;
  return { text: text.replace(/\|/g, ''), start, end };
}

describe('quantityContext', () => {
  it('reads scale and currency after a number', () => {
    const { text, end } = marked('bei |98,4| Milliarden Dollar im Jahr');
    assert.deepStrictEqual(readQuantitySuffix(text, end, 'de', false), { end: end + ' Milliarden Dollar'.length, exponent: 9, unit: 'USD', kind: 'currency' });
  });

  it('reads German Billion as 10^12 and English billion as 10^9', () => {
    const de = marked('|2| Billionen Euro');
    assert.strictEqual(readQuantitySuffix(de.text, de.end, 'de', false).exponent, 12);
    const en = marked('|2| Billion in the headline');
    assert.strictEqual(readQuantitySuffix(en.text, en.end, 'en', false).exponent, 9);
  });

  it('takes "m" as million after a currency and as metres otherwise', () => {
    const money = marked('£|40|m deal');
    assert.deepStrictEqual(readQuantitySuffix(money.text, money.end, 'en', true), { end: money.end + 1, exponent: 6 });
    const length = marked('a |40|m tower');
    assert.deepStrictEqual(readQuantitySuffix(length.text, length.end, 'en', false), { end: length.end + 1, exponent: 0, unit: 'm', kind: 'measure' });
  });

  it('stops before the counted noun', () => {
    const { text, end } = marked('|500| Unternehmen');
    assert.deepStrictEqual(readQuantitySuffix(text, end, 'de', false), { end, exponent: 0 });
  });

  it('reads an approximation word and a currency before a number', () => {
    const { text, start } = marked('worth approximately US$ |5| billion');
    assert.deepStrictEqual(readQuantityPrefix(text, start, 'en'), { start: 'worth '.length, currency: 'USD', approx: 'about', approxWord: 'approximately' });
    const german = marked('mit knapp |40| Teilnehmern');
    assert.deepStrictEqual(readQuantityPrefix(german.text, german.start, 'de'), { start: 'mit '.length, approx: 'under', approxWord: 'knapp' });
  });

  it('does not read an approximation word inside another word', () => {
    const { text, start } = marked('Moreover |5| firms');
    assert.deepStrictEqual(readQuantityPrefix(text, start, 'en'), { start });
  });

  it('tells years from amounts', () => {
    const year = marked('In |2023|, sales rose');
    assert.strictEqual(isCalendarYear(year.text, year.start, year.end, 'en'), true);
    const around = marked('around |2030| the plan ends');
    assert.strictEqual(isCalendarYear(around.text, around.start, around.end, 'en'), true);
    const euros = marked('Er zahlte |2000| Euro');
    assert.strictEqual(isCalendarYear(euros.text, euros.start, euros.end, 'de'), false);
    const over = marked('über |1900| Beschäftigte');
    assert.strictEqual(isCalendarYear(over.text, over.start, over.end, 'de'), false);
    const beyond = marked('über |2030| hinaus');
    assert.strictEqual(isCalendarYear(beyond.text, beyond.start, beyond.end, 'de'), true);
    const nearly = marked('nearly |2000|.');
    assert.strictEqual(isCalendarYear(nearly.text, nearly.start, nearly.end, 'en'), false);
    const staff = marked('Die Firma hat |2000| Mitarbeiter');
    assert.strictEqual(isCalendarYear(staff.text, staff.start, staff.end, 'de'), false);
    const opening = marked('Mit |1950| Beschäftigten wuchs sie');
    assert.strictEqual(isCalendarYear(opening.text, opening.start, opening.end, 'de'), false);
    const since = marked('Seit |2019| Partner der Stadt');
    assert.strictEqual(isCalendarYear(since.text, since.start, since.end, 'de'), true);
    const title = marked('Die Expo |2024| Shanghai');
    assert.strictEqual(isCalendarYear(title.text, title.start, title.end, 'de'), true);
    const verb = marked('|2023| wuchs der Handel');
    assert.strictEqual(isCalendarYear(verb.text, verb.start, verb.end, 'de'), true);
    const tooEarly = marked('in |1850|');
    assert.strictEqual(isCalendarYear(tooEarly.text, tooEarly.start, tooEarly.end, 'en'), false);
  });

  it('tells years from amounts with the prefix and suffix read already, also after a currency', () => {
    for (const [written, language, year] of [['In |2023|, sales', 'en', true], ['Er zahlte |2000| Euro', 'de', false], ['€|2024|', 'de', false],
      ['US$|2000|m', 'en', false], ['nearly |2000|.', 'en', false], ['über |2030| hinaus', 'de', true]] as const) {
      const { text, start, end } = marked(written);
      const prefix = readQuantityPrefix(text, start, language);
      const suffix = readQuantitySuffix(text, end, language, prefix.currency !== undefined);
      assert.strictEqual(isCalendarYearBetween(text, start, end, language, prefix, suffix), year, written);
      assert.strictEqual(isCalendarYear(text, start, end, language), year, written);
    }
  });

  it('tells where a scale or a unit may begin by its first two characters', () => {
    for (const text of ['Millionen', 'Mio.', '% more', 'm²', 'k ', 'per\u00A0cent', 'US$']) {
      assert.ok(mayBeginSuffix(text, 0), text);
    }
    for (const text of ['Gruppe', 'Delegation', 'Unternehmen', '', ' Euro']) {
      assert.ok(!mayBeginSuffix(text, 0), text);
    }
  });
});
