/**
 * Finds quantities in running text: amounts of money, percentages, counts, measures and durations,
 * written in digits ("7.000", "98,4", "1,200") or words ("neun", "fifty-three"), with the
 * approximation word, currency, scale and unit that belong to them ("über 7.000",
 * "98,4 Milliarden Dollar", "four decades"). Years, ordinals, phone numbers, postcodes, times,
 * identifiers and list numbers are left alone.
 */
import { Approximation, Language } from './types';
import { EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, monthNumber } from './calendar';
import { leadKey, leadOffsets } from './dateNormalizer';
import { DE_NUMBER_WORDS, DE_NUMBER_WORD_LEADS, EN_NUMBER_WORDS, EN_NUMBER_WORD_LEADS, parseNumberWords } from './numberWords';
import { GLUED_CURRENCY_CODES, QuantityPrefix, QuantitySuffix, endsAmount, hasScaleWord, isCalendarYearBetween, isCurrency, readQuantityPrefix, readQuantitySuffix } from './quantityContext';
import { WORD_END, isDigit, isSentenceStart, isWordChar, wordBefore } from './wordBoundary';

export interface FigureMatch {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string;
  approx?: Approximation;
}

// Digit groups with thousands separators come first so that "1,200" is not read as "1" and "200".
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3}(?!\\d))+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';

/** Lead keys of the offsets where a figure may begin: a digit, a number word or a currency code written against its number. */
const FIGURE_LEAD_KEYS: Record<Language, Set<number>> = {
  en: leadKeys(EN_NUMBER_WORD_LEADS),
  de: leadKeys(DE_NUMBER_WORD_LEADS),
};

function leadKeys(numberWordLeads: readonly string[]): Set<number> {
  return new Set([...'0123456789', ...numberWordLeads, ...GLUED_CURRENCY_CODES].map(lead => leadKey(lead, 0)));
}

/** A currency code right before a digit: "RMB100 million". */
const GLUED_CURRENCY = new RegExp(`(?:${GLUED_CURRENCY_CODES.join('|')})(?=\\d)`, 'y');

/** Read at a figure's lead: group 1 holds digits, group 2 number words. digitFigure/wordFigure check the real word boundary. */
const CANDIDATES: Record<Language, RegExp> = {
  en: new RegExp(`((?:${DIGITS})(?!\\d))|(${EN_NUMBER_WORDS})${WORD_END}`, 'y'),
  de: new RegExp(`((?:${DIGITS})(?!\\d))|(${DE_NUMBER_WORDS})${WORD_END}`, 'y'),
};

/** Words right before a number (a dot or colon may follow them) that make it a label, a reference or an identifier. */
const LABELS = new Set(['no', 'nr', 'nummer', 'number', 'version', 'ver', 'v', 'phase', 'level', 'stufe', 'platz', 'rang',
  'rank', 'article', 'artikel', 'section', 'abschnitt', 'room', 'raum', 'zimmer', 'hall', 'halle', 'booth', 'gate', 'tel',
  'fax', 'phone', 'telefon', 'mobil', 'mobile', 'hotline', 'wechat', 'qq', 'id', 'industry', 'industrie', 'web', 'chapter',
  'kapitel', 'page', 'seite', 'figure', 'abbildung', 'table', 'tabelle', 'grafik', 'foto', 'photo', 'tower', 'block',
  'building', 'gebäude', 'zip', 'plz', 'postfach', 'box', 'suite']);
const LONGEST_LABEL = Math.max(...[...LABELS].map(label => label.length));

/** A clock time after the number, also as the first hour of a span ("10 bis 17 Uhr", "9 to 11 a.m."). */
const TIME_AFTER: Record<Language, RegExp> = {
  en: /(?:[ \u00A0]*(?:-|–|to)[ \u00A0]*\d{1,2}(?:[:.]\d\d)?)?[ \u00A0]?(?:a\.m\.|p\.m\.|am|pm|o'clock)(?![A-Za-z])/y,
  de: /(?:[ \u00A0]*(?:-|–|bis)[ \u00A0]*\d{1,2}(?:[:.]\d\d)?)?[ \u00A0]?Uhr(?![A-Za-zäöüß])/y,
};

/** German words that make a following "3." an ordinal ("am 3. Platz", "der 2. Runde"). */
const DE_ORDINAL_LEADS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ihr', 'ihre', 'ihrem', 'ihrer', 'sein', 'seine', 'seinem', 'seiner', 'jeder', 'jedem']);

const RANGE_WORDS = new Set(['to', 'through', 'until', 'till']);

/** "November 5 to |10|": the second day of a range. */
const DAY_RANGE_BEFORE = new RegExp(`(?:${EN_MONTH_NAMES}|${EN_MONTH_ABBREVIATIONS})\\.?[ \u00A0]+\\d{1,2}(?:st|nd|rd|th)?[ \u00A0]+(?:to|through|until|till)[ \u00A0]+$`);

/** The second number of a dash range: plain digits or a decimal, not glued to more digits. */
const RANGE_END_DIGITS = /\d+(?:[.,]\d+)?(?!\d)/y;

/**
 * "SEK 6 million over three years", "RMB 2 billion over five years": after an amount, "over" and a duration say
 * across what time. Elsewhere ("took over three years", "for over 20 years") "over" says how long.
 */
function withoutTemporalOver(text: string, prefix: QuantityPrefix, suffix: QuantitySuffix, start: number): QuantityPrefix {
  if (prefix.approxWord !== 'over' || suffix.kind !== 'duration' || text[prefix.start - 1] !== ' ') {
    return prefix;
  }
  return endsAmount(text.slice(text.lastIndexOf(' ', prefix.start - 2) + 1, prefix.start - 1)) ? { start, currency: prefix.currency } : prefix;
}

/** Between the endpoints of a range: "45 to 50 days", "8–10 percent", "zwischen vier und sechs Wochen". */
const RANGE_JOIN = /[ \u00A0]*(?:to|bis|(and|und)|–|-)[ \u00A0]*/y;
const RANGE_AND = /(?:^|[^\p{L}])(?:between|zwischen)[ \u00A0]+$/iu;

/** "45 to 50 days": the first endpoint of a range counts what the second does (45 days, not 45 things). */
function shareRangeUnits(text: string, figures: FigureMatch[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const first = figures[i];
    const second = figures[i + 1];
    // A currency or a scale is left alone: the scale would have to be shared too ("3 to 5 million euros", "5 million tonnes").
    if (first.unit !== 'count' || second.unit === 'count' || isCurrency(second.unit) || second.start - first.end > 12 || hasScaleWord(second.text)) {
      continue;
    }
    RANGE_JOIN.lastIndex = first.end;
    const join = RANGE_JOIN.exec(text);
    if (join !== null && RANGE_JOIN.lastIndex === second.start
      && (join[1] === undefined || RANGE_AND.test(text.slice(Math.max(0, first.start - 12), first.start)))) {
      first.unit = second.unit;
    }
  }
}

const FIVE_YEAR_PLAN = /^-[Yy]ear[ \u00A0][Pp]lan/;

const FRACTION_AFTER = /^[-\u2011 \u00A0](?:Drittel|Viertel|Fünftel|Zehntel|thirds?|quarters?|fifths?|tenths?)(?![A-Za-zäöü])/;

const MIN_CHAIN_DIGITS = 7;

export class FigureNormalizer {
  find(text: string, language: Language, from = 0, to = text.length): FigureMatch[] {
    const figureKeys = FIGURE_LEAD_KEYS[language];
    const candidates = CANDIDATES[language];
    const figures: FigureMatch[] = [];
    // Scanning only the range keeps a paragraph-by-paragraph caller linear in the document length.
    const range = text.slice(from, to);
    let position = 0;
    for (const index of leadOffsets(range, language)) {
      if (index < position || !figureKeys.has(leadKey(range, index))) {
        continue;
      }
      GLUED_CURRENCY.lastIndex = index;
      const glued = GLUED_CURRENCY.test(range);
      candidates.lastIndex = glued ? GLUED_CURRENCY.lastIndex : index;
      const match = candidates.exec(range);
      if (match === null) {
        continue;
      }
      const start = from + match.index;
      const end = start + match[0].length;
      // The match is the number alone, so it is passed on as the text of the number.
      const figure = match[1] !== undefined ? this.digitFigure(text, match[0], start, end, language, glued) : this.wordFigure(text, match[0], start, end, language);
      const previous = figures[figures.length - 1];
      const ends = figure === undefined && match[1] !== undefined ? this.dashRange(text, match[0], start, end, language) : undefined;
      if (ends !== undefined && ends[1].end <= to && (previous === undefined || previous.end <= ends[0].start)) {
        figures.push(...ends);
        position = ends[1].end - from;
        continue;
      }
      if (figure && figure.start >= from && figure.end <= to && (previous === undefined || previous.end <= figure.start)) {
        figures.push(figure);
        position = figure.end - from;
      } else {
        position = match.index + match[0].length;
      }
    }
    shareRangeUnits(text, figures);
    return figures;
  }

  /** `glued`: the number is written against the currency code before it ("RMB100"), which the number starts cleanly after. */
  private digitFigure(text: string, raw: string, start: number, end: number, language: Language, glued: boolean): FigureMatch | undefined {
    const sign = signBefore(text, start);
    if ((sign !== '+' && !glued && !this.startsCleanly(text, start)) || (raw.length > 1 && raw[0] === '0' && isDigit(raw[1]))) {
      return undefined;
    }
    if (this.isPartOfDateOrLabel(text, start, end, language) || this.isInDigitChain(text, start, end)) {
      return undefined;
    }
    const prefix = readQuantityPrefix(text, start, language);
    const suffix = readQuantitySuffix(text, end, language, prefix.currency !== undefined);
    // Years are the most frequent numbers that are no figure: they are let go before the tests below.
    if (isCalendarYearBetween(text, start, end, language, prefix, suffix)) {
      return undefined;
    }
    const number = parseDigits(raw, language);
    if (number === undefined) {
      return undefined;
    }
    if (suffix.end === end && !this.endsCleanly(text, end, language)) {
      return undefined;
    }
    const hasCue = prefix.currency !== undefined || suffix.end > end;
    // A code in capitals right before a number names a model, a train or a group ("ICE 578", "EU 27").
    if (!hasCue && prefix.approx === undefined && /^[A-Z]{2,5}$/.test(wordBefore(text, start))) {
      return undefined;
    }
    if (!hasCue && (isHouseNumber(text, start, end, language) || (/^\d{4}$/.test(raw) && isPostcodeAfterHouseNumber(text, start, end, language)))) {
      return undefined;
    }
    // Long runs of plain digits are ids, postcodes or phone numbers unless a unit says otherwise.
    if (!hasCue && /^\d{5,}$/.test(raw)) {
      return undefined;
    }
    // A signed percentage is a change ("+5.2%", "-3 %"); "+49 30" is a phone number and "- 7 firms" a list dash.
    const signed = sign !== undefined && suffix.kind === 'percent' && prefix.start === start;
    if (sign === '+' && !signed) {
      return undefined;
    }
    if (signed) {
      prefix.start = start - 1;
    }
    return this.figure(text, signed && sign === '-' ? `-${number}` : number, withoutTemporalOver(text, prefix, suffix, start), suffix);
  }

  /**
   * "10–15%", "3-5 years", "2–3 Mio. Euro": two numbers joined by a dash, with the unit written after the second,
   * are the two ends of a range, and both take the unit and scale. Without a unit, "3-2" or "030-1234" are none.
   */
  private dashRange(text: string, raw: string, start: number, end: number, language: Language): [FigureMatch, FigureMatch] | undefined {
    const dash = text[end];
    if ((dash !== '-' && dash !== '\u2013') || !isDigit(text[end + 1]) || !this.startsCleanly(text, start)
      || this.isPartOfDateOrLabel(text, start, end, language)) {
      return undefined;
    }
    RANGE_END_DIGITS.lastIndex = end + 1;
    const second = RANGE_END_DIGITS.exec(text);
    if (second === null) {
      return undefined;
    }
    const secondEnd = end + 1 + second[0].length;
    const prefix = readQuantityPrefix(text, start, language);
    const suffix = readQuantitySuffix(text, secondEnd, language, prefix.currency !== undefined);
    const low = parseDigits(raw, language);
    const high = parseDigits(second[0], language);
    if (low === undefined || high === undefined || (suffix.end === secondEnd && prefix.currency === undefined) || Number(low) >= Number(high)
      || !this.endsCleanly(text, suffix.end, language)) {
      return undefined;
    }
    const lowSuffix: QuantitySuffix = { ...suffix, end };
    return [this.figure(text, low, prefix, lowSuffix), this.figure(text, high, { start: end + 1, currency: prefix.currency }, suffix)];
  }

  private wordFigure(text: string, words: string, start: number, end: number, language: Language): FigureMatch | undefined {
    if (isWordChar(text[start - 1]) || (text[start - 1] === '-' && isWordChar(text[start - 2])) || isWordChar(text[end])) {
      return undefined;
    }
    const number = parseNumberWords(words, language);
    // "one", "ein", "eine" alone are articles or pronouns; "one million", "eine Milliarde" are amounts.
    // These words are frequent, so they are let go first: a scale read as after a currency is there
    // whatever stands before the word.
    if (number === undefined || (number === 1 && readQuantitySuffix(text, end, language, true).exponent === 0)) {
      return undefined;
    }
    // A capitalized German numeral mid-sentence is a noun ("die Acht"), not a count.
    if (language === 'de' && words[0] !== words[0].toLowerCase() && !isSentenceStart(text, start)) {
      return undefined;
    }
    // "the 14th Five-Year Plan" is a name, not five of something; "zwei Drittel" is a fraction.
    if (FIVE_YEAR_PLAN.test(text.slice(end, end + 12)) || FRACTION_AFTER.test(text.slice(end, end + 12)) || isClockTime(text, end, language)) {
      return undefined;
    }
    const prefix = readQuantityPrefix(text, start, language);
    const suffix = readQuantitySuffix(text, end, language, prefix.currency !== undefined);
    if (number === 1 && suffix.exponent === 0) {
      return undefined;
    }
    return this.figure(text, number, withoutTemporalOver(text, prefix, suffix, start), suffix);
  }

  private figure(text: string, number: string | number, prefix: QuantityPrefix, suffix: QuantitySuffix): FigureMatch {
    // Without a scale the number is read as written; parsing it with an exponent gives the same value.
    const value = suffix.exponent === 0 ? Number(number) : Number(`${number}e${suffix.exponent}`);
    const figure: FigureMatch = {
      start: prefix.start,
      end: suffix.end,
      text: text.slice(prefix.start, suffix.end),
      value,
      unit: prefix.currency ?? suffix.unit ?? 'count',
    };
    if (prefix.approx !== undefined) {
      figure.approx = prefix.approx;
    }
    return figure;
  }

  /** Digits glued to a word, an id, a URL or a phone prefix do not start a quantity ("G20", "COVID-19", "/2024/", "+49"). */
  private startsCleanly(text: string, start: number): boolean {
    const before = text[start - 1];
    if (before === undefined) {
      return true;
    }
    if (isWordChar(before) || '@#/\\+_'.includes(before)) {
      return false;
    }
    return !('.,:-\u2013'.includes(before) && isWordChar(text[start - 2]));
  }

  /** A number must not run on into a word, a decimal-looking tail, a time, a range or an e-mail address. */
  private endsCleanly(text: string, end: number, language: Language): boolean {
    const after = text[end];
    if (after === undefined) {
      return true;
    }
    if (isWordChar(after) || after === '@' || after === '²') {
      return false;
    }
    if ('.,:/-\u2013'.includes(after) && isDigit(text[end + 1])) {
      return false;
    }
    if ((after === '.' || after === '/') && isWordChar(text[end + 1])) {
      return false;
    }
    return !isClockTime(text, end, language);
  }

  /** Day numbers of dates, list numbers, German ordinals and labelled numbers ("Tel. 030", "No. 5"). */
  private isPartOfDateOrLabel(text: string, start: number, end: number, language: Language): boolean {
    const before = precedingWord(text, start);
    if (isMonthName(before) || isMonthName(followingWord(text, end))) {
      return true;
    }
    if (RANGE_WORDS.has(before) && DAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 32), start))) {
      return true;
    }
    if (isLineStart(text, start) && (text[end] === '.' || text[end] === ')') && (text[end + 1] === ' ' || text[end + 1] === '\t')) {
      return true;
    }
    if (text[start - 1] === '(' && text[end] === ')') {
      return true;
    }
    if (language === 'de' && text[end] === '.') {
      // "14.–16. August", "3./4. Oktober": the first day of a German date range.
      if (text[end + 1] === '-' || text[end + 1] === '\u2013' || text[end + 1] === '/') {
        return true;
      }
      // "3. größte", "der 2. Runde", "1. FC Köln": ordinals.
      const next = text[end + 2];
      if (text[end + 1] === ' ' && next !== undefined &&
        (next !== next.toUpperCase() || DE_ORDINAL_LEADS.has(before.toLowerCase()) || /^[A-ZÄÖÜ]{2,}\b/.test(text.slice(end + 2, end + 8)))) {
        return true;
      }
    }
    // Lowercasing never shortens a word, so a longer one is no label.
    return (before.length <= LONGEST_LABEL && LABELS.has(before.toLowerCase())) || labelSignBefore(text, start);
  }

  /** Digit groups joined by spaces, dashes, slashes or brackets into a long chain are phone numbers or ids. */
  private isInDigitChain(text: string, start: number, end: number): boolean {
    let digitsAround = 0;
    let plusBefore = false;
    let left = start;
    while (left > 0 && start - left < 24 && isChainChar(text.charCodeAt(left - 1))) {
      left--;
      digitsAround += isDigit(text[left]) ? 1 : 0;
      plusBefore ||= text[left] === '+';
    }
    let right = end;
    while (right < text.length && right - end < 24 && isChainChar(text.charCodeAt(right))) {
      digitsAround += isDigit(text[right]) ? 1 : 0;
      right++;
    }
    if (digitsAround === 0) {
      return false;
    }
    let digits = digitsAround;
    for (let i = start; i < end; i++) {
      digits += isDigit(text[i]) ? 1 : 0;
    }
    return digits >= MIN_CHAIN_DIGITS || plusBefore;
  }
}

/** Characters that join digit groups into a phone number or an identifier: digits, blanks, - / ( ) +. */
function isChainChar(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 32 || code === 0xA0 || code === 45 || code === 47 || code === 40 || code === 41 || code === 43;
}

const STREET_SUFFIXES = ['straße', 'strasse', 'str', 'weg', 'platz', 'allee', 'gasse', 'damm', 'ring', 'ufer', 'chaussee'];
const STREET_AFTER = /^[ \u00A0]+(?:[A-Z][\w'-]*[ \u00A0]+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Way)(?![\w])/;

/** "Königstraße 12", "88 Nanhai Road": a house number in an address. */
function isHouseNumber(text: string, start: number, end: number, language: Language): boolean {
  const street = precedingWord(text, start);
  const lowerStreet = language === 'de' && isCapital(street.charCodeAt(0)) ? street.toLowerCase() : undefined;
  const germanStreet = lowerStreet !== undefined && STREET_SUFFIXES.some(suffix => lowerStreet.endsWith(suffix));
  return germanStreet || (startsCapitalizedWordAfterBlanks(text, end) && STREET_AFTER.test(text.slice(end, end + 60)));
}

/**
 * "Mariahilfer Straße 20, 1070 Wien": a four-digit postcode (Austria, Switzerland, Denmark, …) after
 * the house number of an address. Five-digit ones are never figures anyway.
 */
function isPostcodeAfterHouseNumber(text: string, start: number, end: number, language: Language): boolean {
  if (text[start - 1] !== ' ' || text[start - 2] !== ',' || !startsCapitalizedWordAfterBlanks(text, end)) {
    return false;
  }
  const houseNumberEnd = start - 2;
  let houseNumberStart = houseNumberEnd;
  while (houseNumberStart > 0 && isDigit(text[houseNumberStart - 1])) {
    houseNumberStart--;
  }
  return houseNumberStart < houseNumberEnd && isHouseNumber(text, houseNumberStart, houseNumberEnd, language);
}

/** Blanks and then a capital A–Z: how every match of STREET_AFTER begins. */
function startsCapitalizedWordAfterBlanks(text: string, index: number): boolean {
  let i = index;
  while (text[i] === ' ' || text[i] === '\u00A0') {
    i++;
  }
  return i > index && text[i] >= 'A' && text[i] <= 'Z';
}

function isClockTime(text: string, end: number, language: Language): boolean {
  const time = TIME_AFTER[language];
  time.lastIndex = end;
  return time.test(text);
}

/** A plus or minus sign glued to the number and standing after a space, a bracket or the text start. */
function signBefore(text: string, start: number): '+' | '-' | undefined {
  const sign = text[start - 1];
  if ((sign !== '+' && sign !== '-' && sign !== '\u2212') || isWordChar(text[start - 2]) || isDigit(text[start - 2])) {
    return undefined;
  }
  const before = text[start - 2];
  if (before !== undefined && before !== ' ' && before !== '(' && before !== '\u00A0' && before !== '\n') {
    return undefined;
  }
  return sign === '+' ? '+' : '-';
}

/** A capitalized month name or abbreviation ("May", "Sept", "MÄRZ"); lowercase "may" is a verb. */
function isMonthName(word: string): boolean {
  return word.length >= 3 && isCapital(word.charCodeAt(0)) && monthNumber(word) !== undefined;
}

/** A–Z, Ä, Ö, Ü. */
function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 0xC4 || code === 0xD6 || code === 0xDC;
}

/** The word before `index`, also across an abbreviation dot or a label's colon ("Sept. 15", "Tel.: 030"). */
function precedingWord(text: string, index: number): string {
  let end = index;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) {
    end--;
  }
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ':' || text[end - 1] === '#')) {
    end--;
  }
  return end === index ? '' : wordBefore(text, end);
}

/** "§ 5": a paragraph sign before the number. */
function labelSignBefore(text: string, start: number): boolean {
  return text[start - 1] === '§' || (text[start - 2] === '§' && (text[start - 1] === ' ' || text[start - 1] === '\u00A0'));
}

function isLineStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) {
    i--;
  }
  return i < 0 || text[i] === '\n';
}

/** The word after `index`, also across a German ordinal dot ("15. Mai"). */
function followingWord(text: string, index: number): string {
  let start = index;
  if (text[start] === '.') {
    start++;
  }
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\u00A0')) {
    end++;
  }
  if (end === start) {
    return '';
  }
  let wordEnd = end;
  while (wordEnd < text.length && isWordChar(text[wordEnd])) {
    wordEnd++;
  }
  return text.slice(end, wordEnd);
}

const PLAIN_DIGITS = /^\d+$/;

/**
 * The number written in `raw` as a JavaScript numeric string ("98.4", "7000"), reading separators
 * by the document's convention where they are ambiguous: "1,200" is 1200 in English and 1.2 in
 * German; "7.000" is 7000 in German and 7 in English.
 */
export function parseDigits(raw: string, language: Language): string | undefined {
  if (PLAIN_DIGITS.test(raw)) {
    return String(Number(raw));
  }
  // "700 000", "12\u202F000": spaces only ever separate thousands (DIGITS takes no other).
  const plain = raw.includes(' ') || raw.includes('\u00A0') || raw.includes('\u202F') ? raw.replace(/[ \u00A0\u202F]/g, '') : raw;
  const lastDot = plain.lastIndexOf('.');
  const lastComma = plain.lastIndexOf(',');
  let integer: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    integer = plain.slice(0, decimalAt).replace(/[.,]/g, '');
    fraction = plain.slice(decimalAt + 1);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? '.' : ',';
    const first = plain.indexOf(separator);
    const thousandsShaped = hasThreeDigitGroupsFrom(plain, separator, first);
    const thousandsSeparator = language === 'de' ? '.' : ',';
    if (first !== Math.max(lastDot, lastComma) || (thousandsShaped && separator === thousandsSeparator)) {
      if (!thousandsShaped) {
        return undefined;
      }
      integer = plain.replaceAll(separator, '');
    } else {
      integer = plain.slice(0, first);
      fraction = plain.slice(first + 1);
    }
  } else {
    integer = plain;
  }
  const value = fraction === '' ? integer : `${integer}.${fraction}`;
  return String(Number(value));
}

/** Whether every group of `digits` after the separator at `first` has three digits ("1.234.567" from its first dot). */
export function hasThreeDigitGroupsFrom(digits: string, separator: string, first: number): boolean {
  for (let at = first; at >= 0;) {
    const next = digits.indexOf(separator, at + 1);
    if ((next < 0 ? digits.length : next) - at !== 4) {
      return false;
    }
    at = next;
  }
  return true;
}
