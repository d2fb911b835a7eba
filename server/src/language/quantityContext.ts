/**
 * What may stand around a number and make it a quantity: an approximation word before it
 * ("über", "more than"), a currency before it ("US$", "€"), and a scale, currency, percent,
 * measure or time unit after it ("Milliarden Dollar", "percent", "m²", "decades").
 * The figure normalizer builds its spans from these; the date normalizer asks the same
 * question to tell a year ("In 2023") from an amount ("2000 Euro").
 */
import { Approximation, Language } from './types';
import { monthNumber, weekdayNumber } from './calendar';
import { WORD_CLASS, isDigit, isSentenceStart, isWordChar, wordBefore } from './wordBoundary';

const APPROXIMATIONS: Record<Language, Record<Approximation, string[]>> = {
  en: {
    over: ['more than', 'over', 'above', 'in excess of', 'upwards of', 'at least', 'just over', 'well over', 'exceeding'],
    under: ['nearly', 'almost', 'close to', 'just under', 'up to', 'less than', 'fewer than', 'under', 'below', 'no more than', 'not quite'],
    about: ['about', 'around', 'approximately', 'approx.', 'roughly', 'some', 'an estimated', 'circa', 'ca.', 'estimated'],
  },
  de: {
    over: ['über', 'mehr als', 'mindestens', 'gut', 'weit über', 'knapp über', 'oberhalb von'],
    under: ['fast', 'knapp', 'beinahe', 'nahezu', 'annähernd', 'bis zu', 'weniger als', 'nicht mehr als', 'höchstens', 'knapp unter'],
    about: ['rund', 'etwa', 'ca.', 'circa', 'zirka', 'ungefähr', 'schätzungsweise'],
  },
};

/**
 * Approximation words that are also prepositions before a date ("around 2030", "über 2023 hinaus"):
 * before a year-shaped number they make an amount only when a counted noun follows ("over 2000 workers").
 */
const PREPOSITION_APPROXIMATIONS = new Set(['over', 'above', 'about', 'around', 'up to', 'under', 'below', 'circa', 'ca.',
  'exceeding', 'über', 'bis zu', 'gut', 'oberhalb von']);

/** Words that follow a year rather than count something ("around 2030 the plan …", "über 2023 hinaus"). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'when', 'it', 'we',
  'they', 'this', 'that', 'levels', 'level', 'figures', 'hinaus', 'der', 'die', 'das', 'und', 'oder', 'im', 'ist',
  'wird', 'werden', 'soll', 'sollen', 'hat', 'haben', 'war', 'waren']);

const CURRENCIES: Record<string, string[]> = {
  USD: ['US$', 'U.S.$', '$', 'USD', 'US dollars', 'US dollar', 'U.S. dollars', 'U.S. dollar', 'dollars', 'dollar', 'Dollars', 'Dollar', 'US-Dollar', 'US-Dollars', 'USD-Dollar'],
  EUR: ['€', 'EUR', 'euros', 'euro', 'Euros', 'Euro'],
  GBP: ['£', 'GBP', 'pounds sterling', 'pounds', 'pound', 'Pfund Sterling', 'Pfund', 'sterling'],
  // In press releases about Chinese districts the yen sign stands for the renminbi.
  CNY: ['¥', 'CNY', 'RMB', 'yuan', 'Yuan', 'renminbi', 'Renminbi', 'RMB yuan'],
  JPY: ['JPY', 'yen', 'Yen', 'japanische Yen', 'Japanese yen'],
  HKD: ['HK$', 'HKD', 'Hong Kong dollars', 'HK dollars', 'Hongkong-Dollar', 'HK-Dollar'],
  CHF: ['CHF', 'Swiss francs', 'Schweizer Franken', 'Franken', 'francs'],
  TWD: ['NT$', 'TWD'],
  MOP: ['MOP', 'patacas'],
  AUD: ['A$', 'AUD'],
  CAD: ['C$', 'CAD'],
  SGD: ['S$', 'SGD'],
  INR: ['INR', 'rupees'],
  KRW: ['KRW'],
  SEK: ['SEK', 'Swedish kronor', 'kronor', 'schwedische Kronen', 'Schwedische Kronen'],
  NOK: ['NOK', 'Norwegian kroner', 'norwegische Kronen'],
  DKK: ['DKK', 'Danish kroner', 'dänische Kronen'],
  PLN: ['PLN', 'zlotys', 'zloty', 'złoty', 'Zloty'],
  CZK: ['CZK', 'Czech crowns', 'Czech koruna', 'koruna', 'tschechische Kronen'],
  HUF: ['HUF', 'forints', 'forint', 'Forint'],
  RON: ['RON', 'lei'],
};

/** Whether a figure's unit is a currency code. */
export function isCurrency(unit: string): boolean {
  return Object.prototype.hasOwnProperty.call(CURRENCIES, unit);
}

/** Currency codes that may be written against the number: "RMB100 million". */
export const GLUED_CURRENCY_CODES = ['RMB', 'CNY', 'USD', 'EUR', 'HKD', 'GBP', 'CHF', 'JPY'];

/** Currency signs and codes that may stand before the number. */
const CURRENCY_PREFIXES = ['US$', 'U.S.$', 'HK$', 'NT$', 'A$', 'C$', 'S$', '$', '€', '£', '¥',
  'USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'HKD', 'CHF', 'TWD', 'MOP', 'AUD', 'CAD', 'SGD', 'INR', 'KRW', 'SEK', 'NOK', 'DKK', 'PLN',
  'CZK', 'HUF', 'RON'];

const PERCENT: Record<string, string[]> = {
  '%': ['%', 'percent', 'per cent', 'Percent', 'pct', 'Prozent', 'prozent', 'vH', 'v. H.'],
  'percentage point': ['percentage points', 'percentage point', 'Prozentpunkte', 'Prozentpunkten', 'Prozentpunkt'],
};

const MEASURES: Record<string, string[]> = {
  m2: ['square meters', 'square metres', 'square meter', 'square metre', 'sq m', 'sq. m', 'sqm', 'm²', 'm2',
    'Quadratmeter', 'Quadratmetern', 'qm'],
  km2: ['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'km²', 'km2',
    'Quadratkilometer', 'Quadratkilometern'],
  ha: ['hectares', 'hectare', 'Hektar', 'ha'],
  acre: ['acres', 'acre'],
  mu: ['mu'],
  km: ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'Kilometer', 'Kilometern', 'km'],
  m: ['meters', 'metres', 'meter', 'metre', 'Meter', 'Metern', 'm'],
  cm: ['centimeters', 'centimetres', 'centimeter', 'centimetre', 'Zentimeter', 'Zentimetern', 'cm'],
  mm: ['millimeters', 'millimetres', 'millimeter', 'millimetre', 'Millimeter', 'Millimetern', 'mm'],
  nm: ['nanometers', 'nanometres', 'nanometer', 'nanometre', 'Nanometer', 'nm'],
  t: ['tons', 'tonnes', 'ton', 'tonne', 'Tonnen', 'Tonne', 't'],
  kg: ['kilograms', 'kilogrammes', 'Kilogramm', 'kg'],
  kW: ['kilowatts', 'kilowatt', 'Kilowatt', 'kW'],
  MW: ['megawatts', 'megawatt', 'Megawatt', 'MW'],
  GW: ['gigawatts', 'gigawatt', 'Gigawatt', 'GW'],
  kWh: ['kilowatt hours', 'kilowatt-hours', 'Kilowattstunden', 'kWh'],
  MWh: ['megawatt hours', 'megawatt-hours', 'Megawattstunden', 'MWh'],
  GWh: ['gigawatt hours', 'gigawatt-hours', 'Gigawattstunden', 'GWh'],
  TWh: ['terawatt hours', 'terawatt-hours', 'Terawattstunden', 'TWh'],
  TEU: ['TEU', 'TEUs'],
};

const DURATIONS: Record<string, string[]> = {
  century: ['centuries', 'century', 'Jahrhunderte', 'Jahrhunderten', 'Jahrhundert'],
  decade: ['decades', 'decade', 'Jahrzehnte', 'Jahrzehnten', 'Jahrzehnt'],
  year: ['years', 'year', 'Jahre', 'Jahren', 'Jahr'],
  month: ['months', 'month', 'Monate', 'Monaten', 'Monat'],
  week: ['weeks', 'week', 'Wochen', 'Woche'],
  day: ['days', 'day', 'Tage', 'Tagen', 'Tag'],
  hour: ['hours', 'hour', 'Stunden', 'Stunde'],
  minute: ['minutes', 'minute', 'Minuten', 'Minute'],
};

/** Power of ten of each scale word. "Billion" is 10^12 in German and 10^9 in English, see scaleExponent. */
const SCALES: Record<string, number> = {
  thousand: 3, Thousand: 3, Tausend: 3, tausend: 3, 'Tsd.': 3, k: 3,
  million: 6, Million: 6, Millionen: 6, 'Mio.': 6, Mio: 6, mn: 6, mln: 6, m: 6, mio: 6,
  billion: 9, Billion: 9, bn: 9, bln: 9, b: 9, Milliarde: 9, Milliarden: 9, 'Mrd.': 9, Mrd: 9,
  trillion: 12, Trillion: 12, Billionen: 12, 'Bio.': 12, tn: 12,
};

/** Scale abbreviations that only mean a scale right after a currency ("$5m", "US$2bn"): elsewhere "5m" is five metres. */
const CURRENCY_ONLY_SCALES = new Set(['k', 'm', 'b']);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00A0]');
}

function surfaceMap(table: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, surfaces] of Object.entries(table)) {
    for (const surface of surfaces) {
      map.set(surface, value);
    }
  }
  return map;
}

function alternationOf(surfaces: Iterable<string>): string {
  return [...surfaces].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

const CURRENCY_CODES = surfaceMap(CURRENCIES);
const UNIT_KINDS: [Map<string, string>, QuantityKind][] = [
  [CURRENCY_CODES, 'currency'],
  [surfaceMap(PERCENT), 'percent'],
  [surfaceMap(MEASURES), 'measure'],
  [surfaceMap(DURATIONS), 'duration'],
];

export type QuantityKind = 'currency' | 'percent' | 'measure' | 'duration';

const SPACE = '[ \\u00A0\\u202F]';
const UNIT_SURFACES = UNIT_KINDS.flatMap(([map]) => [...map.keys()]);
// The surfaces are sorted together so that "m²" is tried before "m" and "Millionen" before "Million".
// Group 1 is the scale, group 2 the unit. The regexes here use numbered groups: named ones have a
// `groups` object built on every match.
const SUFFIX = new RegExp(
  `(?:${SPACE}?(${alternationOf(Object.keys(SCALES))})(?![${WORD_CLASS}]|²))?` +
  `(?:${SPACE}?(${alternationOf(UNIT_SURFACES)})(?![${WORD_CLASS}]|²))?`,
  'y');

/**
 * How the scales and units begin: the one-character ones by their code, the others by the codes of
 * their first two characters (a space in a surface may also be a no-break space). Where none begins
 * right after the number (or one space), SUFFIX cannot match: most numbers are let go without it.
 */
const ONE_CHARACTER_SURFACES = new Set<number>();
const SURFACE_STARTS = new Set<number>();
for (const surface of [...Object.keys(SCALES), ...UNIT_SURFACES]) {
  if (surface.length === 1) {
    ONE_CHARACTER_SURFACES.add(surface.charCodeAt(0));
  } else {
    const seconds = surface[1] === ' ' ? [' ', '\u00A0'] : [surface[1]];
    seconds.forEach(second => SURFACE_STARTS.add(surfaceStartKey(surface.charCodeAt(0), second.charCodeAt(0))));
  }
}

function surfaceStartKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** Whether a scale or unit may begin at `index`. */
export function mayBeginSuffix(text: string, index: number): boolean {
  const first = text.charCodeAt(index);
  return ONE_CHARACTER_SURFACES.has(first) || SURFACE_STARTS.has(surfaceStartKey(first, text.charCodeAt(index + 1)));
}

/** Group 1 is the currency. */
const CURRENCY_PREFIX = new RegExp(`(?:^|[^A-Za-z$.])(${alternationOf(CURRENCY_PREFIXES)})${SPACE}?$`);

const APPROXIMATION_BEFORE: Record<Language, RegExp> = {
  en: approximationRegex('en'),
  de: approximationRegex('de'),
};

function approximationRegex(language: Language): RegExp {
  const words = Object.values(APPROXIMATIONS[language]).flat();
  // Group 1 is the approximation word.
  return new RegExp(`(?:^|[^a-zäöüß])(${alternationOf(words)})${SPACE}+$`);
}

/** The last word of every approximation phrase: a cheap test before the phrase regex runs. */
const APPROXIMATION_LAST_WORDS = new Set(Object.values(APPROXIMATIONS).flatMap(table => Object.values(table).flat())
  .map(phrase => phrase.split(' ').pop()!));
const LONGEST_APPROXIMATION_LAST_WORD = Math.max(...[...APPROXIMATION_LAST_WORDS].map(word => word.length));

const APPROXIMATION_OF = new Map<string, Approximation>();
for (const table of Object.values(APPROXIMATIONS)) {
  for (const [approx, words] of Object.entries(table) as [Approximation, string[]][]) {
    words.forEach(word => APPROXIMATION_OF.set(word, approx));
  }
}

/** Last characters of the currency signs and codes in CURRENCY_PREFIXES. */
function isCurrencyLastChar(char: string): boolean {
  return (char >= 'A' && char <= 'Z') || char === '$' || char === '€' || char === '£' || char === '¥';
}

/** How far back the prefix readers look; longer than any approximation phrase plus a currency. */
const LOOKBACK = 32;

export interface QuantitySuffix {
  /** Offset just past the suffix (equal to the number's end when nothing follows). */
  end: number;
  /** Power of ten the scale word multiplies by (0 when there is none). */
  exponent: number;
  unit?: string;
  kind?: QuantityKind;
}

const SCALE_WORD = new RegExp(`(?:^|[\\d \u00A0])(?:${Object.keys(SCALES).map(word => word.replace('.', '\\.')).join('|')})(?![\\p{L}])`, 'u');

/** Whether `word` ends an amount: a number, a scale word or a currency ("6 million", "500,000 euros", "EUR 40"). */
export function endsAmount(word: string): boolean {
  return isDigit(word[word.length - 1]) || Object.prototype.hasOwnProperty.call(SCALES, word) || CURRENCY_CODES.has(word);
}

/** Whether a figure's text holds a scale word: "5 million tonnes", "€1.2bn". */
export function hasScaleWord(figureText: string): boolean {
  return SCALE_WORD.test(figureText);
}

function scaleExponent(word: string, language: Language): number {
  return word === 'Billion' && language === 'de' ? 12 : SCALES[word];
}

/**
 * An English duration or measure written as a compound adjective ("a six-day event", "a 3,000-square-meter
 * plant"): the unit belongs to the figure as in "four decades". Not an age ("10-year-old") or a longer
 * compound ("10-meter-high"). Headlines capitalize it: "Two-Year Programme".
 */
const HYPHENATED_UNIT = /-(century|decade|year|month|week|day|hour|minute|square-met(?:er|re)|square-kilomet(?:er|re)|hectare|acre|kilomet(?:er|re)|met(?:er|re)|tonne|ton|megawatt|gigawatt|kilowatt)(?![A-Za-z-])/iy;

/** An amount written as a compound adjective: "a 200-million-euro expansion", "a 3-billion-yuan fund". */
const HYPHENATED_AMOUNT = /-(thousand|million|billion)-(euros?|dollars?|yuan|pounds?|francs?)(?![A-Za-z-])/y;

/**
 * The scale and unit words right after a number ending at `end`. `afterCurrency` says whether a
 * currency stood before the number, which makes "m" and "k" scales rather than metres.
 */
export function readQuantitySuffix(text: string, end: number, language: Language, afterCurrency: boolean): QuantitySuffix {
  if (language === 'en' && text.charCodeAt(end) === 0x2d) {
    HYPHENATED_UNIT.lastIndex = end;
    const hyphenated = HYPHENATED_UNIT.exec(text);
    if (hyphenated !== null) {
      return { end: end + hyphenated[0].length, exponent: 0, ...unitOf(hyphenated[1].toLowerCase().replace('-', ' ')) };
    }
    HYPHENATED_AMOUNT.lastIndex = end;
    const amount = HYPHENATED_AMOUNT.exec(text);
    if (amount !== null) {
      return { end: end + amount[0].length, exponent: SCALES[amount[1]], ...unitOf(amount[2]) };
    }
  }
  const next = text[end] === ' ' || text[end] === '\u00A0' || text[end] === '\u202F' ? end + 1 : end;
  if (!mayBeginSuffix(text, next)) {
    return { end, exponent: 0 };
  }
  SUFFIX.lastIndex = end;
  const match = SUFFIX.exec(text);
  const scaleWord = match?.[1];
  const unitWord = match?.[2];
  if (!match || (scaleWord === undefined && unitWord === undefined)) {
    return { end, exponent: 0 };
  }
  if (scaleWord !== undefined && CURRENCY_ONLY_SCALES.has(scaleWord) && !afterCurrency) {
    // "5m" is five metres, "5 k" nothing we know.
    return scaleWord === 'm' ? { end: end + match[0].indexOf('m') + 1, exponent: 0, unit: 'm', kind: 'measure' } : { end, exponent: 0 };
  }
  const suffix: QuantitySuffix = { end: end + match[0].length, exponent: scaleWord === undefined ? 0 : scaleExponent(scaleWord, language) };
  if (unitWord !== undefined) {
    const { unit, kind } = unitOf(unitWord.replace(/[\u00A0]/g, ' '));
    if (unit !== undefined) {
      suffix.unit = unit;
      suffix.kind = kind;
    }
  }
  return suffix;
}

/** The unit and its kind that a unit word as written ("square meters", "Prozent") stands for. */
function unitOf(surface: string): { unit?: string; kind?: QuantityKind } {
  for (const [map, kind] of UNIT_KINDS) {
    const unit = map.get(surface);
    if (unit !== undefined) {
      return { unit, kind };
    }
  }
  return {};
}

export interface QuantityPrefix {
  /** Offset of the first character of the prefix. */
  start: number;
  currency?: string;
  approx?: Approximation;
  approxWord?: string;
}

/** The currency sign or code and the approximation word right before a number starting at `start`. */
export function readQuantityPrefix(text: string, start: number, language: Language): QuantityPrefix {
  const prefix: QuantityPrefix = { start };
  const lookbackStart = Math.max(0, start - LOOKBACK);
  // Cheap look at the last characters first: most numbers have neither a currency nor an approximation word,
  // and then no copy of the text before them is made.
  const lastAt = text[start - 1] === ' ' || text[start - 1] === '\u00A0' ? start - 2 : start - 1;
  const last = lastAt >= lookbackStart ? text[lastAt] : undefined;
  const currency = last !== undefined && isCurrencyLastChar(last) ? CURRENCY_PREFIX.exec(text.slice(lookbackStart, start)) : null;
  let approximationEnd = start;
  if (currency !== null) {
    const sign = currency[1];
    prefix.currency = CURRENCY_CODES.get(sign) ?? sign;
    approximationEnd = lookbackStart + currency.index + currency[0].indexOf(sign);
    prefix.start = approximationEnd;
  }
  const possible = APPROXIMATION_LAST_WORDS.has(lastSpacedWord(text, lookbackStart, approximationEnd, LONGEST_APPROXIMATION_LAST_WORD));
  const approximation = possible ? APPROXIMATION_BEFORE[language].exec(text.slice(lookbackStart, approximationEnd).toLowerCase()) : null;
  if (approximation !== null) {
    const word = approximation[1];
    prefix.approx = APPROXIMATION_OF.get(word);
    prefix.approxWord = word;
    prefix.start = lookbackStart + approximation.index + approximation[0].indexOf(word);
  }
  return prefix;
}

/**
 * The lowercase word (with a trailing abbreviation dot) that ends text[from, to) before trailing spaces;
 * '' without spaces or when it is longer than `maxLength` (lowercasing never shortens a word).
 */
function lastSpacedWord(text: string, from: number, to: number, maxLength: number): string {
  let end = to;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\u00A0' || text[end - 1] === '\u202F')) {
    end--;
  }
  if (end === to) {
    return '';
  }
  const wordEnd = end;
  if (end > from && text[end - 1] === '.') {
    end--;
  }
  let start = end;
  while (start > from && isWordChar(text[start - 1])) {
    start--;
  }
  return wordEnd - start > maxLength ? '' : text.slice(start, wordEnd).toLowerCase();
}

/** text[start, end) is 1900–2099. */
function isYearShaped(text: string, start: number, end: number): boolean {
  const first = text[start];
  const second = text[start + 1];
  return end - start === 4 && ((first === '1' && second === '9') || (first === '2' && second === '0')) &&
    isDigit(text[start + 2]) && isDigit(text[start + 3]);
}

/** Words after which a German four-digit number is always a year ("seit 2019 Partner", "im Jahr 2000 Gründer"). */
const DE_YEAR_LEADS = new Set(['im', 'in', 'seit', 'bis', 'ab', 'von', 'vom', 'vor', 'nach', 'um', 'zwischen', 'und', 'oder', 'für',
  'zum', 'jahr', 'jahres', 'jahre', 'anfang', 'mitte', 'ende', 'frühjahr', 'sommer', 'herbst', 'winter', 'saison', 'stand']);

/**
 * German writes four-digit amounts without a separator ("2000 Mitarbeiter"). A year-shaped number
 * that is followed by a capitalized noun and is not led by a year word or a name ("Expo 2024 Shanghai")
 * counts that noun.
 */
function countsGermanNoun(text: string, start: number, end: number): boolean {
  const next = /^[ \u00A0]([A-ZÄÖÜ][a-zäöüß]+)/.exec(text.slice(end, end + 40));
  if (!next || monthNumber(next[1]) !== undefined || weekdayNumber(next[1]) !== undefined) {
    return false;
  }
  const lead = wordBefore(text, start);
  if (DE_YEAR_LEADS.has(lead.toLowerCase())) {
    return false;
  }
  // A capital only marks a name when it does not just open the sentence ("Mit 2000 Mitarbeitern").
  const leadStart = text.lastIndexOf(lead, start - 1);
  return !/^[A-ZÄÖÜ]/.test(lead) || isSentenceStart(text, leadStart);
}

/**
 * True when the four digits text[start, end) are a calendar year rather than an amount: shaped like
 * 1900–2099, with no currency, scale, unit or percent around them and no approximation word before
 * them ("über 2000" is an amount, "around 2030" still a year).
 */
export function isCalendarYear(text: string, start: number, end: number, language: Language): boolean {
  if (!isYearShaped(text, start, end)) {
    return false;
  }
  const suffix = readQuantitySuffix(text, end, language, false);
  return suffix.end === end && isCalendarYearBetween(text, start, end, language, readQuantityPrefix(text, start, language), suffix);
}

/**
 * isCalendarYear() for a caller that has read the prefix and the suffix of the number already; a
 * suffix read after a currency serves as well, as a currency makes the number an amount anyway.
 */
export function isCalendarYearBetween(text: string, start: number, end: number, language: Language, prefix: QuantityPrefix, suffix: QuantitySuffix): boolean {
  if (!isYearShaped(text, start, end) || suffix.end > end || prefix.currency !== undefined) {
    return false;
  }
  if (prefix.approxWord !== undefined) {
    if (!PREPOSITION_APPROXIMATIONS.has(prefix.approxWord)) {
      return false;
    }
    const next = /^[ \u00A0]+([A-Za-zÄÖÜäöüß]+)/.exec(text.slice(end, end + 40));
    return next === null || FUNCTION_WORDS.has(next[1].toLowerCase());
  }
  return !(language === 'de' && countsGermanNoun(text, start, end));
}
