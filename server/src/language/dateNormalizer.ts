/**
 * Finds dates in English and German text and normalizes them to ISO 8601 as far as the text fixes
 * them: full dates ("15. Mai 2025", "Sept. 15, 2024", "2024-09-15"), months, years, weekdays,
 * quarters and halves, seasons, decades, and relative dates ("This year", "im vergangenen Jahr",
 * "gestern") anchored to the document's date. Spans hold the date alone, never a preposition.
 *
 * A rule is only tried where a match can begin: at a digit, or at a word that opens with one of the
 * rule's lead words. One native scan finds these offsets (shared with the figure normalizer); there
 * the first two characters pick the precompiled sticky alternation of the rules that can begin so.
 */
import { Language } from './types';
import {
  CalendarAnchor, DE_MONTH_ABBREVIATIONS, DE_MONTH_NAMES, DE_WEEKDAYS, EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, EN_WEEKDAYS,
  isValidDay, isoValue, isoWeek, monthBeside, monthNumber, parseAnchor, shiftDays, shiftMonths, weekdayBeside, weekdayNumber,
  weekdayOnOrBefore,
} from './calendar';
import { DE_NUMBER_WORD_LEADS, EN_NUMBER_WORD_LEADS, withCapitals } from './numberWords';
import { GLUED_CURRENCY_CODES, isCalendarYear } from './quantityContext';
import { partitionPoint } from './sortedSearch';
import { WORD_CLASS, WORD_END, isDigit, isWordChar, wordAfter, wordBefore } from './wordBoundary';

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  value: string;
  /** The first of two days written as one ("May 12" of "May 12-16"), which dates an event, not a document. */
  firstOfTwo?: true;
}

interface DateContext {
  text: string;
  start: number;
  end: number;
  language: Language;
  anchor: CalendarAnchor;
}

type Parts = (name: string) => string | undefined;

interface DateRule {
  /** Regex source; its named groups are local to the rule. */
  pattern: string;
  /** How every match of the pattern begins: a single digit, or a word (as written) of which the first two characters count. */
  leads: readonly string[];
  /** The ISO value, or undefined when the match is not a date after all. */
  value(part: Parts, context: DateContext): string | undefined;
  /**
   * For two days written as one ("May 12 to 16", "18. bis 20. November"), which are two dates: the value
   * of the second, whose text is the part `second` that ends the match. `value` is then the first's,
   * whose text is the part `first` that begins it.
   */
  second?(part: Parts, context: DateContext): string | undefined;
}

const S = '[ \\t\\u00A0]';
const YEAR = '(?:19|20)\\d\\d';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const MONTH_NUMBER = '(?:1[0-2]|0?[1-9])';
/** After a number: no further digits, letters, or a separator leading into more of an identifier. */
const NUMBER_END = `(?![${WORD_CLASS}@]|[-./:,][${WORD_CLASS}])`;

// Month names next to a day or a year may also be in capitals ("SEPT. 15, 2024"); a month standing alone may not,
// so that a headline's "MAY" stays a verb.
const EN_MONTH = `(?:(?:${EN_MONTH_NAMES}|${EN_MONTH_NAMES.toUpperCase()})${WORD_END}|(?:${EN_MONTH_ABBREVIATIONS}|${EN_MONTH_ABBREVIATIONS.toUpperCase()})(?:\\.|${WORD_END}))`;
const EN_FULL_MONTH = `(?:${EN_MONTH_NAMES})${WORD_END}`;
const DE_MONTH = `(?:(?:${DE_MONTH_NAMES}|${DE_MONTH_NAMES.toUpperCase()})${WORD_END}|(?:${DE_MONTH_ABBREVIATIONS}|${DE_MONTH_ABBREVIATIONS.toUpperCase()})\\.)`;
const DE_FULL_MONTH = `(?:${DE_MONTH_NAMES})${WORD_END}`;

const DIGIT_LEADS = '0123456789'.split('');
const EN_MONTH_LEADS = namesAndCapitals(EN_MONTH_NAMES, EN_MONTH_ABBREVIATIONS);
const DE_MONTH_LEADS = namesAndCapitals(DE_MONTH_NAMES, DE_MONTH_ABBREVIATIONS);

/** The words of regex alternations of plain words, as written and in capitals. */
function namesAndCapitals(...alternations: string[]): string[] {
  return alternations.flatMap(alternation => alternation.split('|')).flatMap(word => [word, word.toUpperCase()]);
}

function year(anchor: CalendarAnchor, offset = 0): number | undefined {
  return anchor.year === undefined ? undefined : anchor.year + offset;
}

/** A year written with two digits ("FY24", "2023/24") belongs to the century of the document, or the 2000s. */
function fullYear(digits: string, anchor: CalendarAnchor): number {
  if (digits.length === 4) {
    return Number(digits);
  }
  const century = anchor.year === undefined ? 2000 : anchor.year - (anchor.year % 100);
  return century + Number(digits);
}

function dayValue(yearText: string | undefined, monthWord: string | number | undefined, dayText: string | undefined, anchor: CalendarAnchor): string | undefined {
  const month = typeof monthWord === 'number' ? monthWord : monthWord === undefined ? undefined : monthNumber(monthWord);
  const y = yearText === undefined ? year(anchor) : Number(yearText);
  if (month === undefined) {
    return undefined;
  }
  if (dayText === undefined) {
    return isoValue(y, month);
  }
  const day = Number(dayText);
  return isValidDay(y, month, day) ? isoValue(y, month, day) : undefined;
}

/** A day and a comma before a day: a list of days. */
const LIST_OF_DAYS_BEFORE = /\d(?:st|nd|rd|th|\.)?,[ \t\u00A0]*$/;

/**
 * Two days of one month written as one: "Nov. 5-7, 2024", "7. bis 11. Oktober", "16. und 17. September".
 * The first takes the month and year written with the second; the second must come later.
 */
const TWO_DAYS: Pick<DateRule, 'value' | 'second'> = {
  value: (part, { anchor, text, start }) => {
    if (LIST_OF_DAYS_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
      // "4, 5 and 6 May": the last two of a list would leave the first out; the last day alone is read.
      return undefined;
    }
    const first = dayValue(part('y'), part('m'), part('d'), anchor);
    const second = dayValue(part('y'), part('m'), part('d2'), anchor);
    return first !== undefined && second !== undefined && second > first ? first : undefined;
  },
  second: (part, { anchor }) => dayValue(part('y'), part('m'), part('d2'), anchor),
};

/** How many units a relative word points away from the document's date ("last year" -1, "nächsten Monat" +1). */
function relativeOffset(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower === 'this' || lower === 'the' || lower === 'des' || lower.startsWith('dies')) {
    return 0;
  }
  if (lower === 'last' || /^(?:letzt|vergangen|vorig)/.test(lower)) {
    return -1;
  }
  if (lower === 'next' || /^(?:nächst|kommend)/.test(lower)) {
    return 1;
  }
  return undefined;
}

/** Value of the date inside "end of …", "Mitte …", "early …": a month, a year or a relative year. */
function innerPeriodValue(part: Parts, anchor: CalendarAnchor): string | undefined {
  if (part('m') !== undefined) {
    return dayValue(part('y'), part('m'), undefined, anchor);
  }
  const writtenYear = part('y2') ?? part('y3');
  if (writtenYear !== undefined) {
    return writtenYear;
  }
  const offset = relativeOffset(part('rel') ?? '');
  return offset === undefined ? undefined : isoValue(year(anchor, offset));
}

function yearOfPeriod(part: Parts, anchor: CalendarAnchor): number | undefined {
  if (part('y') !== undefined) {
    return Number(part('y'));
  }
  if (part('y2') !== undefined) {
    return Number(part('y2'));
  }
  return year(anchor, part('rel') === undefined ? 0 : relativeOffset(part('rel')!) ?? 0);
}

const ORDINAL_NUMBER: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
  erst: 1, zweit: 2, dritt: 3, viert: 4,
};

function ordinalNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (/^[1-4]$/.test(lower)) {
    return Number(lower);
  }
  return ORDINAL_NUMBER[lower] ?? ORDINAL_NUMBER[lower.replace(/e[nrs]?$/, '')];
}

/**
 * The month each season starts in. ISO 8601 has no seasons or half-years, so they resolve to their
 * year, as "end of 2023" does; the start month only tells which year a relative one ("next spring") falls in.
 */
const SEASON_START_MONTHS: Record<string, number> = {
  spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12,
  frühjahr: 3, frühling: 3, sommer: 6, herbst: 9,
};

/**
 * The year of a season named relative to the document's date: "this autumn" is the document's year,
 * "next spring" the first spring to start after the document's month, "last summer" the last one to
 * end before it (a season lasts three months).
 */
function relativeSeasonYear(offset: number, season: string, anchor: CalendarAnchor): string {
  const start = SEASON_START_MONTHS[season.toLowerCase()];
  if (anchor.year === undefined || offset === 0 || anchor.month === undefined) {
    return isoValue(year(anchor));
  }
  if (offset > 0) {
    return isoValue(anchor.year + (start > anchor.month ? 0 : 1));
  }
  return isoValue(anchor.year - (start + 2 < anchor.month ? 0 : 1));
}

/** Prepositions before which a season word alone is a date: "in spring", "im Herbst" ("Sommer" and "Winter" are also names). */
const EN_SEASON_LEADS = new Set(['in', 'during', 'until', 'by', 'since']);
const DE_SEASON_LEADS = new Set(['im', 'Im', 'bis', 'ab', 'seit']);

/** A season without a written year: its relative word or the year after it places it; alone it takes the document's year. */
function seasonValue(part: Parts, afterPreposition: boolean, anchor: CalendarAnchor): string | undefined {
  if (part('rel') !== undefined) {
    return isoValue(year(anchor, relativeOffset(part('rel')!) ?? 0));
  }
  if (part('w') !== undefined) {
    return relativeSeasonYear(relativeOffset(part('w')!) ?? 0, part('s')!, anchor);
  }
  return afterPreposition ? isoValue(year(anchor)) : undefined;
}

/** Words after which a bare month name is a date even where it could be something else ("in May", "im August"). */
const MONTH_LEADS: Record<Language, Set<string>> = {
  en: new Set(['in', 'since', 'until', 'till', 'by', 'of', 'from', 'during', 'through', 'to', 'and', 'or', 'before', 'after',
    'between', 'this', 'last', 'next', 'early', 'late', 'mid', 'every', 'each', 'throughout']),
  de: new Set(['im', 'in', 'seit', 'bis', 'ab', 'vom', 'zum', 'von', 'und', 'oder', 'zwischen', 'Anfang', 'Mitte', 'Ende',
    'diesen', 'letzten', 'vergangenen', 'nächsten', 'kommenden', 'jeden', 'jedes', 'Monat', 'Monats']),
};

/** English month names that are also everyday words or first names, and German "August". */
const AMBIGUOUS_MONTHS: Record<Language, Set<string>> = {
  en: new Set(['May', 'March', 'June', 'April', 'August']),
  de: new Set(['August']),
};

const COMMON_RULES: DateRule[] = [
  {
    // 2024-09-15, 2025-05 (as in a `date` metadata line)
    leads: DIGIT_LEADS,
    pattern: `(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12]\\d|3[01]))?${NUMBER_END}`,
    value: (part, { anchor }) => dayValue(part('y'), Number(part('m')), part('d'), anchor),
  },
  {
    // 2024/09/15, 2024.09.15
    leads: DIGIT_LEADS,
    pattern: `(?<y>${YEAR})[./](?<m>${MONTH_NUMBER})[./](?<d>${DAY})${NUMBER_END}`,
    value: (part, { anchor }) => dayValue(part('y'), Number(part('m')), part('d'), anchor),
  },
  {
    // 15.05.2025, and in English 05/15/2025 (day first when the first number cannot be a month)
    leads: DIGIT_LEADS,
    pattern: `(?<a>${DAY})(?<sep>[./])(?<b>${DAY})[./](?<y>${YEAR})${NUMBER_END}`,
    value: (part, { anchor, language }) => {
      const a = Number(part('a'));
      const b = Number(part('b'));
      const monthFirst = part('sep') === '/' && language === 'en' && a <= 12;
      return monthFirst ? dayValue(part('y'), a, String(b), anchor) : b <= 12 ? dayValue(part('y'), b, String(a), anchor) : undefined;
    },
  },
  {
    // 2023/24, 2020–2024
    leads: DIGIT_LEADS,
    pattern: `(?<y>${YEAR})${S}?[/\\u2013-]${S}?(?<y2>\\d\\d(?:\\d\\d)?)${NUMBER_END}`,
    value: part => {
      const first = Number(part('y'));
      const last = fullYear(part('y2')!, { year: first });
      return last > first && last - first <= 50 ? `${first}/${last}` : undefined;
    },
  },
  {
    // Q3 2024, Q3/2024, Q1
    leads: ['Q1', 'Q2', 'Q3', 'Q4'],
    pattern: `Q(?<q>[1-4])(?:${S}*[/-]?${S}*(?<y>${YEAR}))?${NUMBER_END}`,
    value: (part, { anchor }) => `${isoValue(part('y') ? Number(part('y')) : year(anchor))}-Q${part('q')}`,
  },
  {
    // H1 2024
    leads: ['H1', 'H2'],
    pattern: `H[12]${S}*[/-]?${S}*(?<y>${YEAR})${NUMBER_END}`,
    value: part => part('y'),
  },
  {
    // FY2024, FY 24
    leads: ['FY'],
    pattern: `FY${S}?(?<y>${YEAR}|\\d\\d)${NUMBER_END}`,
    value: (part, { anchor }) => String(fullYear(part('y')!, anchor)),
  },
];

const BARE_YEAR_RULE: DateRule = {
  leads: DIGIT_LEADS,
  pattern: `(?<y>${YEAR})${NUMBER_END}`,
  value: (part, { text, start, end, language }) => {
    // A year in a group of digits is part of a phone number or a code ("030 2024 5678").
    const digitGroupBefore = isBlank(text[start - 1]) && isDigit(text[start - 2]);
    const digitGroupAfter = isBlank(text[end]) && isDigit(text[end + 1]) && isDigit(text[end + 2]) && isDigit(text[end + 3]);
    if (digitGroupBefore || digitGroupAfter) {
      return undefined;
    }
    return isCalendarYear(text, start, end, language) ? part('y') : undefined;
  },
};

/** A space or a no-break space. */
function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\u00A0';
}

function monthAloneRule(monthPattern: string, leads: readonly string[]): DateRule {
  return {
    leads,
    pattern: `(?<m>${monthPattern})`,
    value: (part, { text, start, end, language, anchor }) => {
      const month = part('m')!;
      if (AMBIGUOUS_MONTHS[language].has(month)) {
        // "April Wu", "August Horch": a capitalized word after the month makes it a first name.
        if (/^[ \u00A0][A-ZÄÖÜ][a-zäöüß]/.test(text.slice(end, end + 3)) && monthNumber(wordAfter(text, end)) === undefined) {
          return undefined;
        }
        const lead = wordBefore(text, start);
        if (!MONTH_LEADS[language].has(language === 'en' ? lead.toLowerCase() : lead)) {
          return undefined;
        }
      }
      return dayValue(undefined, month, undefined, anchor);
    },
  };
}

/**
 * A weekday, alone or followed by the date it names ("Monday, Sept. 16, 2024", "Mittwoch, 5. März"):
 * with a date the value is that date, alone the closest such day on or before the document's date.
 */
function weekdayRule(names: string, followingDate: string, partOfDay?: string): DateRule {
  return {
    leads: names.split('|'),
    pattern: `(?<wd>${names})${partOfDay ? `(?:${partOfDay})?` : ''}(?:,?${S}+${followingDate})?${WORD_END}`,
    value: (part, { anchor }) => {
      if (part('d') !== undefined) {
        return dayValue(part('y'), part('m'), part('d'), anchor);
      }
      if (part('d2') !== undefined) {
        return dayValue(part('y2'), part('m2'), part('d2'), anchor);
      }
      const weekday = weekdayNumber(part('wd')!)!;
      return weekdayOnOrBefore(anchor, weekday) ?? `XXXX-WXX-${weekday}`;
    },
  };
}

/** "last Tuesday", "next April", "vergangenen Freitag", "im kommenden März": the closest such day or month before or after the document's date. */
function besideRule(relatives: string, weekdays: string, months: string, leads: readonly string[]): DateRule {
  return {
    leads,
    pattern: `(?<w>${relatives})${S}+(?:(?<wd>${weekdays})|(?<m>${months}))${WORD_END}`,
    value: (part, { anchor }) => {
      const direction = relativeOffset(part('w')!)! < 0 ? -1 : 1;
      if (part('wd') !== undefined) {
        const weekday = weekdayNumber(part('wd')!)!;
        return weekdayBeside(anchor, weekday, direction) ?? `XXXX-WXX-${weekday}`;
      }
      const month = monthNumber(part('m')!)!;
      return monthBeside(anchor, month, direction) ?? isoValue(undefined, month);
    },
  };
}

/** "this year" / "dieses Jahr", "last month", "next week": a unit counted from the document's date. */
function relativeUnitValue(offset: number, unit: string, anchor: CalendarAnchor): string {
  const lower = unit.toLowerCase();
  if (lower.startsWith('year') || lower.startsWith('jahr')) {
    return isoValue(year(anchor, offset));
  }
  if (lower.startsWith('month') || lower.startsWith('monat')) {
    return shiftMonths(anchor, offset) ?? 'XXXX-XX';
  }
  return isoWeek(anchor, offset) ?? 'XXXX-WXX';
}

const DAY_OFFSETS: Record<string, number> = {
  today: 0, yesterday: -1, tomorrow: 1,
  heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2,
};

function dayOffsetRule(words: string, leads: readonly string[]): DateRule {
  return {
    leads,
    pattern: `(?<day>${words})${WORD_END}`,
    value: (part, { anchor }) => shiftDays(anchor, DAY_OFFSETS[part('day')!.toLowerCase()]) ?? 'XXXX-XX-XX',
  };
}

const EN_RELATIVE_YEAR = `(?<rel>this|last|next|the)${S}+year`;

const ENGLISH_RULES: DateRule[] = [
  ...COMMON_RULES,
  {
    // Nov. 5-7, 2024 · June 3–5 · November 5 to 10: "Nov. 5" and "7, 2024"
    leads: EN_MONTH_LEADS,
    pattern: `(?<first>(?<m>${EN_MONTH})${S}*(?<d>${DAY})(?:st|nd|rd|th)?)(?:${S}*[-\u2013]${S}*|${S}+(?:to|through|until|till)${S}+)(?<second>(?<d2>${DAY})(?:st|nd|rd|th)?(?:,?${S}+(?<y>${YEAR}))?)${NUMBER_END}`,
    ...TWO_DAYS,
  },
  {
    // 5-7 November 2024 · 3 to 5 June: "5" and "7 November 2024"
    leads: DIGIT_LEADS,
    pattern: `(?<first>(?<d>${DAY})(?:st|nd|rd|th)?)(?:${S}*[-\u2013]${S}*|${S}+(?:to|through|until|till)${S}+)(?<second>(?<d2>${DAY})(?:st|nd|rd|th)?${S}+(?:of${S}+)?(?<m>${EN_MONTH})(?:,?${S}+(?<y>${YEAR}))?)${NUMBER_END}`,
    ...TWO_DAYS,
  },
  {
    // Sept. 15, 2024 · June 24 · May 3rd
    leads: EN_MONTH_LEADS,
    pattern: `(?<m>${EN_MONTH})${S}*(?<d>${DAY})(?:st|nd|rd|th)?(?:,?${S}+(?<y>${YEAR}))?${NUMBER_END}`,
    value: (part, { anchor }) => dayValue(part('y'), part('m'), part('d'), anchor),
  },
  {
    // 15 September 2024 · 3rd of May
    leads: DIGIT_LEADS,
    pattern: `(?<d>${DAY})(?:st|nd|rd|th)?${S}+(?:of${S}+)?(?<m>${EN_MONTH})(?:,?${S}+(?<y>${YEAR}))?${NUMBER_END}`,
    value: (part, { anchor }) => dayValue(part('y'), part('m'), part('d'), anchor),
  },
  {
    // September 2024
    leads: EN_MONTH_LEADS,
    pattern: `(?<m>${EN_MONTH}),?${S}+(?<y>${YEAR})${NUMBER_END}`,
    value: (part, { anchor }) => dayValue(part('y'), part('m'), undefined, anchor),
  },
  {
    // end of 2023 · beginning of May · mid-2024 · early this year · late May 2025
    leads: withCapitals(['end', 'beginning', 'start', 'middle', 'early', 'late', 'mid']),
    pattern: `(?:(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)${S}+of${S}+|(?:[Ee]arly|[Ll]ate)${S}+|[Mm]id-?${S}*)` +
      `(?:(?<m>${EN_FULL_MONTH})(?:,?${S}+(?<y>${YEAR}))?|(?<y2>${YEAR})|${EN_RELATIVE_YEAR})${NUMBER_END}`,
    value: (part, { anchor }) => innerPeriodValue(part, anchor),
  },
  {
    // first half of 2024 · second half of this year
    leads: [...withCapitals(['first', 'second']), ...DIGIT_LEADS],
    pattern: `(?:[Ff]irst|[Ss]econd|1st|2nd)${S}+half${S}+of${S}+(?:(?<y>${YEAR})|${EN_RELATIVE_YEAR})${NUMBER_END}`,
    value: (part, { anchor }) => isoValue(yearOfPeriod(part, anchor)),
  },
  {
    // third quarter of 2024 · fourth quarter
    leads: [...withCapitals(['first', 'second', 'third', 'fourth']), ...DIGIT_LEADS],
    pattern: `(?<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)${S}+quarter` +
      `(?:${S}+of${S}+(?:(?<y>${YEAR})|${EN_RELATIVE_YEAR})|,?${S}+(?<y2>${YEAR}))?${NUMBER_END}`,
    value: (part, { anchor }) => `${isoValue(yearOfPeriod(part, anchor))}-Q${ordinalNumber(part('q')!)}`,
  },
  {
    // spring 2024 · the summer of 2023
    leads: withCapitals(['spring', 'summer', 'autumn', 'fall', 'winter']),
    pattern: `(?<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)${S}+(?:of${S}+)?(?<y>${YEAR})${NUMBER_END}`,
    value: part => part('y'),
  },
  {
    // this autumn · next spring · (in) summer; not "Spring Festival", "Summer Davos"
    leads: withCapitals(['this', 'next', 'last', 'spring', 'summer', 'autumn', 'fall', 'winter']),
    pattern: `(?:(?<w>[Tt]his|[Nn]ext|[Ll]ast)${S}+)?(?<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?!${S}+[A-Z])${WORD_END}`,
    value: (part, { text, start, anchor }) => seasonValue(part, EN_SEASON_LEADS.has(wordBefore(text, start).toLowerCase()), anchor),
  },
  {
    // this year · last month · next week
    leads: withCapitals(['this', 'last', 'next']),
    pattern: `(?<w>[Tt]his|[Ll]ast|[Nn]ext)${S}+(?<u>year|month|week)${WORD_END}`,
    value: (part, { anchor }) => relativeUnitValue(relativeOffset(part('w')!)!, part('u')!, anchor),
  },
  besideRule(`[Ll]ast|[Nn]ext`, EN_WEEKDAYS, EN_MONTH_NAMES, withCapitals(['last', 'next'])),
  dayOffsetRule('[Tt]oday|[Yy]esterday|[Tt]omorrow', withCapitals(['today', 'yesterday', 'tomorrow'])),
  weekdayRule(EN_WEEKDAYS,
    `(?:(?<m>${EN_MONTH})${S}*(?<d>${DAY})(?:st|nd|rd|th)?(?:,?${S}+(?<y>${YEAR}))?` +
    `|(?:the${S}+)?(?<d2>${DAY})(?:st|nd|rd|th)?${S}+(?:of${S}+)?(?<m2>${EN_MONTH})(?:,?${S}+(?<y2>${YEAR}))?)${NUMBER_END}`),
  {
    // year-end 2024 · by year-end
    leads: withCapitals(['year']),
    pattern: `[Yy]ear[- ]end(?:${S}+(?<y>${YEAR}))?${NUMBER_END}`,
    value: (part, { anchor }) => part('y') ?? isoValue(year(anchor)),
  },
  {
    // the 1990s
    leads: DIGIT_LEADS,
    pattern: `(?<dec>(?:19|20)\\d)0'?s${WORD_END}`,
    value: part => part('dec'),
  },
  monthAloneRule(EN_FULL_MONTH, EN_MONTH_NAMES.split('|')),
  BARE_YEAR_RULE,
];

const DE_RELATIVE = '[Dd]iese[mnrs]?|[Ll]etzte[mnrs]?|[Vv]ergangene[mnrs]?|[Vv]orige[mnrs]?|[Nn]ächste[mnrs]?|[Kk]ommende[mnrs]?';
const DE_RELATIVE_YEAR = `(?<rel>des|dieses|diesen|letzten|vergangenen|vorigen|nächsten|kommenden)${S}+Jahres`;

const GERMAN_RULES: DateRule[] = [
  ...COMMON_RULES,
  {
    // 7. bis 11. Oktober 2024 · 7.–11. Oktober · 3./4. Mai · 16. und 17. September: "7." and "11. Oktober 2024"
    leads: DIGIT_LEADS,
    pattern: `(?<first>(?<d>${DAY})\\.)${S}*(?:[-\u2013/]|bis|und)${S}*(?<second>(?<d2>${DAY})\\.${S}*(?<m>${DE_MONTH})(?:${S}+(?<y>${YEAR}))?)${NUMBER_END}`,
    ...TWO_DAYS,
  },
  {
    // 15. Mai 2025 · 12. Mai · 3. Okt. 2024
    leads: DIGIT_LEADS,
    pattern: `(?<d>${DAY})\\.${S}*(?<m>${DE_MONTH})(?:${S}+(?<y>${YEAR}))?${NUMBER_END}`,
    value: (part, { anchor }) => dayValue(part('y'), part('m'), part('d'), anchor),
  },
  {
    // Mai 2025
    leads: DE_MONTH_LEADS,
    pattern: `(?<m>${DE_MONTH})${S}+(?<y>${YEAR})${NUMBER_END}`,
    value: (part, { anchor }) => dayValue(part('y'), part('m'), undefined, anchor),
  },
  {
    // Ende 2023 · Mitte Mai · Anfang des Jahres · Ende letzten Jahres · Ende des Jahres 2022
    leads: ['Anfang', 'Mitte', 'Ende'],
    pattern: `(?:Anfang|Mitte|Ende)${S}+(?:(?<m>${DE_FULL_MONTH})(?:${S}+(?<y>${YEAR}))?|(?<y2>${YEAR})|${DE_RELATIVE_YEAR}(?:${S}+(?<y3>${YEAR}))?)${NUMBER_END}`,
    value: (part, { anchor }) => innerPeriodValue(part, anchor),
  },
  {
    // ersten Halbjahr 2024 · zweiten Jahreshälfte
    leads: [...withCapitals(['erste', 'zweite']), ...DIGIT_LEADS],
    pattern: `(?:[Ee]rste[nrs]?|[Zz]weite[nrs]?|[12]\\.)${S}+(?:Halbjahr(?:es|s)?|Jahreshälfte)` +
      `(?:${S}+(?<y>${YEAR})|${S}+${DE_RELATIVE_YEAR})?${NUMBER_END}`,
    value: (part, { anchor }) => isoValue(yearOfPeriod(part, anchor)),
  },
  {
    // dritten Quartal 2024 · 1. Quartal
    leads: [...withCapitals(['erste', 'zweite', 'dritte', 'vierte']), ...DIGIT_LEADS],
    pattern: `(?<q>[Ee]rste[nrs]?|[Zz]weite[nrs]?|[Dd]ritte[nrs]?|[Vv]ierte[nrs]?|[1-4]\\.)${S}+Quartal(?:es|s)?` +
      `(?:${S}+(?<y>${YEAR})|${S}+${DE_RELATIVE_YEAR})?${NUMBER_END}`,
    value: (part, { anchor }) => `${isoValue(yearOfPeriod(part, anchor))}-Q${ordinalNumber(part('q')!)}`,
  },
  {
    // Frühjahr 2024 · Herbst 2023
    leads: ['Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter'],
    pattern: `(?<s>Frühjahr|Frühling|Sommer|Herbst|Winter)${S}+(?<y>${YEAR})${NUMBER_END}`,
    value: part => part('y'),
  },
  {
    // im Herbst · diesen Sommer · im kommenden Frühjahr · im Herbst dieses Jahres
    leads: ['Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter', ...withCapitals(['diese', 'letzte', 'vergangene', 'vorige', 'nächste', 'kommende'])],
    pattern: `(?:(?<w>${DE_RELATIVE})${S}+)?(?<s>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?(?:${S}+${DE_RELATIVE_YEAR})?${WORD_END}`,
    value: (part, { text, start, anchor }) => seasonValue(part, DE_SEASON_LEADS.has(wordBefore(text, start)), anchor),
  },
  {
    // dieses Jahr · im vergangenen Jahr · letzte Woche · nächsten Monat
    leads: withCapitals(['diese', 'letzte', 'vergangene', 'vorige', 'nächste', 'kommende']),
    pattern: `(?<w>${DE_RELATIVE})${S}+(?<u>Jahr(?:es|s)?|Monat(?:s)?|Woche)${WORD_END}`,
    value: (part, { anchor }) => relativeUnitValue(relativeOffset(part('w')!)!, part('u')!, anchor),
  },
  {
    // im Vorjahr · gegenüber dem Vormonat
    leads: ['Vorjahr', 'Vormonat'],
    pattern: `(?<prev>Vorjahr(?:es|s)?|Vormonat(?:s)?)${WORD_END}`,
    value: (part, { anchor }) => part('prev')!.startsWith('Vorjahr') ? isoValue(year(anchor, -1)) : shiftMonths(anchor, -1) ?? 'XXXX-XX',
  },
  besideRule(`[Ll]etzte[mn]?|[Vv]ergangene[mn]?|[Vv]orige[mn]?|[Nn]ächste[mn]?|[Kk]ommende[mn]?`, DE_WEEKDAYS, DE_MONTH_NAMES,
    withCapitals(['letzte', 'vergangene', 'vorige', 'nächste', 'kommende'])),
  dayOffsetRule('[Hh]eute|[Gg]estern|[Vv]orgestern|morgen|übermorgen', [...withCapitals(['heute', 'gestern', 'vorgestern']), 'morgen', 'übermorgen']),
  weekdayRule(DE_WEEKDAYS,
    `(?:(?:dem|den)${S}+)?(?<d>${DAY})\\.${S}*(?<m>${DE_MONTH})(?:${S}+(?<y>${YEAR}))?${NUMBER_END}`,
    'vormittag|nachmittag|morgen|mittag|abend|nacht'),
  {
    // zum Jahresende 2024 · bis Jahresmitte
    leads: ['Jahresende', 'Jahresanfang', 'Jahresbeginn', 'Jahresmitte'],
    pattern: `(?:Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte)(?:${S}+(?<y>${YEAR}))?${NUMBER_END}`,
    value: (part, { anchor }) => part('y') ?? isoValue(year(anchor)),
  },
  {
    // 1990er Jahre · 90er-Jahren · 2010er
    leads: DIGIT_LEADS,
    pattern: `(?:(?<dec>(?:19|20)\\d)0er|(?<dec2>[2-9])0er(?=(?:-|${S}+)Jahre))(?:(?:-|${S}+)Jahre[n]?)?${WORD_END}`,
    value: part => part('dec') ?? `19${part('dec2')}`,
  },
  monthAloneRule(DE_FULL_MONTH, DE_MONTH_NAMES.split('|')),
  BARE_YEAR_RULE,
];

interface CompiledRule {
  rule: DateRule;
  /** Index of the group that holds the whole rule's match. */
  group: number;
  /** Index of each of the rule's named parts. */
  parts: Map<string, number>;
}

interface CompiledRules {
  /** Sticky alternation of the rules, in their order: the first rule that matches at a position wins. */
  regex: RegExp;
  rules: CompiledRule[];
}

/**
 * Joins the rules into one sticky alternation. Named groups are turned into numbered ones (a `groups`
 * object with every rule's names would be built on each match) and their indices remembered.
 */
function compile(rules: DateRule[]): CompiledRules {
  let group = 0;
  const compiled: CompiledRule[] = [];
  const sources = rules.map(rule => {
    const ruleGroup = ++group;
    const parts = new Map<string, number>();
    const source = rule.pattern.replace(/\(\?<([A-Za-z]\w*)>/g, (_, name: string) => {
      parts.set(name, ++group);
      return '(';
    });
    compiled.push({ rule, group: ruleGroup, parts });
    return `(${source})`;
  });
  return { regex: new RegExp(sources.join('|'), 'y'), rules: compiled };
}

/**
 * What decides which rules may match at a position: the code of a digit there, or the codes of
 * the two characters there (a word lead is at least two characters long). -1 where neither applies.
 */
export function leadKey(text: string, index: number): number {
  const first = text.charCodeAt(index);
  if (first >= 48 && first <= 57) {
    return first;
  }
  const second = text.charCodeAt(index + 1);
  return Number.isNaN(second) ? -1 : first * 0x10000 + second;
}

/** The rules that may match where a lead key is found. */
function rulesByLead(rules: DateRule[]): Map<number, CompiledRules> {
  const rulesByKey = new Map<number, DateRule[]>();
  for (const rule of rules) {
    for (const lead of rule.leads) {
      const key = leadKey(lead, 0);
      const keyRules = rulesByKey.get(key) ?? [];
      if (keyRules[keyRules.length - 1] !== rule) {
        keyRules.push(rule);
      }
      rulesByKey.set(key, keyRules);
    }
  }
  // Many keys share a set of rules (every digit, every month): one regex per set.
  const compiledSets = new Map<string, CompiledRules>();
  const byKey = new Map<number, CompiledRules>();
  for (const [key, keyRules] of rulesByKey) {
    const set = keyRules.map(rule => rules.indexOf(rule)).join(',');
    const compiled = compiledSets.get(set) ?? compile(keyRules);
    compiledSets.set(set, compiled);
    byKey.set(key, compiled);
  }
  return byKey;
}

/**
 * Finds each word that begins with a digit or with one of `leads` (plain words, as written, the first
 * letter in either case). A lead opening with an ASCII letter stands after an ASCII word boundary; a
 * lead opening with another letter ("übermorgen") is looked for anywhere.
 */
export class LeadScanner {
  /**
   * A global regex for the digits and the leads opening with an ASCII letter. The word boundary lets
   * the engine pass over the inside of words quickly; grouping the leads by their first letter lets it
   * try one branch per word instead of every lead. A match is the lead's first character alone, so that
   * `test()` and `lastIndex - 1` tell where it is without building a match array.
   */
  private readonly atWordStarts: RegExp;
  /**
   * The other leads, in both cases of their first letter. They are found with indexOf: as a branch of
   * the regex, tried at every offset and not only where words start, they made the German scan take
   * half as long again.
   */
  private readonly anywhere: readonly string[];

  constructor(leads: Iterable<string>) {
    // Keyed by the lowercase first letter: one branch serves both cases, a superset of the leads being enough.
    const byFirst = new Map<string, Set<string>>();
    for (const lead of leads) {
      if (!/^\d$/.test(lead)) {
        const first = lead[0].toLowerCase();
        byFirst.set(first, (byFirst.get(first) ?? new Set()).add(lead.slice(1)));
      }
    }
    const branches: string[] = [];
    const anywhere = new Set<string>();
    for (const [first, rests] of byFirst) {
      if (/[a-z]/.test(first)) {
        branches.push(`[${first}${first.toUpperCase()}](?=${[...rests].sort((a, b) => b.length - a.length).join('|')})`);
      } else {
        rests.forEach(rest => anywhere.add(first + rest).add(first.toUpperCase() + rest));
      }
    }
    this.atWordStarts = new RegExp(`\\b(?:${['\\d', ...branches].join('|')})`, 'g');
    this.anywhere = [...anywhere];
  }

  /** The offsets of the leads in `text` up to `last`, in text order. */
  scan(text: string, last = text.length - 1): number[] {
    const offsets: number[] = [];
    const scanner = this.atWordStarts;
    scanner.lastIndex = 0;
    while (scanner.test(text) && scanner.lastIndex - 1 <= last) {
      offsets.push(scanner.lastIndex - 1);
    }
    for (const lead of this.anywhere) {
      for (let at = text.indexOf(lead); at >= 0 && at <= last; at = text.indexOf(lead, at + 1)) {
        const index = partitionPoint(offsets, offset => offset >= at);
        if (offsets[index] !== at) {
          offsets.splice(index, 0, at);
        }
      }
    }
    return offsets;
  }
}

const RULES_BY_LEAD: Record<Language, Map<number, CompiledRules>> = {
  en: rulesByLead(ENGLISH_RULES),
  de: rulesByLead(GERMAN_RULES),
};

/** Whether a date of either language may begin at `index`: some rule begins with what stands there. */
export function mayBeginDate(text: string, index: number): boolean {
  const key = leadKey(text, index);
  return RULES_BY_LEAD.en.has(key) || RULES_BY_LEAD.de.has(key);
}

const NORMALIZER_LEADS: Record<Language, LeadScanner> = {
  en: new LeadScanner([...ENGLISH_RULES.flatMap(rule => rule.leads), ...EN_NUMBER_WORD_LEADS, ...GLUED_CURRENCY_CODES]),
  de: new LeadScanner([...GERMAN_RULES.flatMap(rule => rule.leads), ...DE_NUMBER_WORD_LEADS, ...GLUED_CURRENCY_CODES]),
};

const LONGEST_LEAD = Math.max(...[...ENGLISH_RULES, ...GERMAN_RULES].flatMap(rule => rule.leads)
  .concat(EN_NUMBER_WORD_LEADS, DE_NUMBER_WORD_LEADS).map(lead => lead.length));

const lastLeadOffsets: Partial<Record<Language, { text: string; last: number; offsets: readonly number[] }>> = {};

/**
 * The offsets in `text` up to `last` at which a date or a figure of the language may begin (a
 * superset), kept for the last text of each language: the recognizer has the date and then the
 * figure normalizer read a paragraph.
 */
export function leadOffsets(text: string, language: Language, last = text.length - 1): readonly number[] {
  // Asking up to the end or beyond it is one question, as the date and the figure normalizer may put it.
  const lastOffset = Math.min(last, text.length - 1);
  let kept = lastLeadOffsets[language];
  if (kept === undefined || kept.text !== text || kept.last !== lastOffset) {
    // Only as much text is scanned as the longest lead at `last` needs, whose whole word the scanner reads.
    const scanned = lastOffset + LONGEST_LEAD < text.length ? text.slice(0, lastOffset + 1 + LONGEST_LEAD) : text;
    kept = { text, last: lastOffset, offsets: NORMALIZER_LEADS[language].scan(scanned, lastOffset) };
    lastLeadOffsets[language] = kept;
  }
  return kept.offsets;
}

export class DateNormalizer {
  /** The anchor of the last document date asked for: every paragraph of a document has the same. */
  private lastAnchor: { documentDate: string | null; anchor: CalendarAnchor } = { documentDate: null, anchor: parseAnchor(null) };

  /** The dates in text[from, to), in text order; only those that start at or before `lastStart` (a dateline's). */
  find(text: string, language: Language, documentDate: string | null, from = 0, to = text.length, lastStart = to): DateMatch[] {
    const byKey = RULES_BY_LEAD[language];
    if (this.lastAnchor.documentDate !== documentDate) {
      this.lastAnchor = { documentDate, anchor: parseAnchor(documentDate) };
    }
    const anchor = this.lastAnchor.anchor;
    // Scanning only the range keeps a paragraph-by-paragraph caller linear in the document length.
    const range = text.slice(from, to);
    const dates: DateMatch[] = [];
    let position = 0;
    for (const index of leadOffsets(range, language, lastStart - from)) {
      // Many leads are number words that no date rule begins with: the rule lookup lets them go first.
      const candidates = index < position ? undefined : byKey.get(leadKey(range, index));
      if (candidates === undefined) {
        continue;
      }
      const end = startsCleanly(text, from + index) && digitsMayStartDate(range, index) ?
        datesAt(text, range, from, index, candidates, language, anchor, dates) : -1;
      if (end >= 0) {
        position = end - from;
      }
    }
    return dates;
  }
}

/**
 * False where a run of digits starts that no rule can begin with: every rule opening with digits
 * takes a day or an ordinal (one or two digits, then no digit) or a year 19xx/20xx (then no digit).
 * True where no digit stands.
 */
export function digitsMayStartDate(text: string, index: number): boolean {
  let end = index;
  while (end < text.length && end - index < 5 && isDigit(text[end])) {
    end++;
  }
  const length = end - index;
  return length <= 2 || (length === 4 && (text.startsWith('19', index) || text.startsWith('20', index)));
}

/**
 * Appends to `dates` the date (or the two, see DateRule.second) that the first of `candidates` matching
 * at `index` of the range reads. Returns where the match ends, or -1 when it reads none.
 */
function datesAt(text: string, range: string, from: number, index: number, candidates: CompiledRules,
  language: Language, anchor: CalendarAnchor, dates: DateMatch[]): number {
  candidates.regex.lastIndex = index;
  const match = candidates.regex.exec(range);
  if (match === null) {
    return -1;
  }
  const start = from + index;
  const end = start + match[0].length;
  if (end === from + range.length && isWordChar(text[end])) {
    return -1;
  }
  const matched = candidates.rules.find(rule => match[rule.group] !== undefined);
  if (matched === undefined) {
    return -1;
  }
  const part: Parts = name => {
    const group = matched.parts.get(name);
    return group === undefined ? undefined : match[group];
  };
  const context = { text, start, end, language, anchor };
  const value = matched.rule.value(part, context);
  const second = value === undefined ? undefined : matched.rule.second?.(part, context);
  if (value === undefined || (matched.rule.second && second === undefined)) {
    return -1;
  }
  if (second === undefined) {
    dates.push({ start, end, text: match[0], value });
  } else {
    const first = part('first')!;
    const last = part('second')!;
    dates.push({ start, end: start + first.length, text: first, value, firstOfTwo: true }, { start: end - last.length, end, text: last, value: second });
  }
  return end;
}

/** A date starts a word, and digits glued to an id, a URL, a currency or a phone prefix are not a date. */
function startsCleanly(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined) {
    return true;
  }
  if (isWordChar(before)) {
    return false;
  }
  if (!isDigit(text[start])) {
    return true;
  }
  if ('@#/\\+_$€£¥'.includes(before)) {
    return false;
  }
  return !('.,:-'.includes(before) && isWordChar(text[start - 2]));
}
