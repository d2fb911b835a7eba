/**
 * Calendar vocabulary (month and weekday names in English and German) and the ISO 8601 arithmetic
 * the date normalizer needs to anchor relative dates to a document's date.
 */

/** Regex sources, longest alternative first so that an alternation never stops at a prefix. */
export const EN_MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const EN_MONTH_ABBREVIATIONS = 'Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
export const DE_MONTH_NAMES = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
export const DE_MONTH_ABBREVIATIONS = 'Sept|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Okt|Nov|Dez';
export const EN_WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const DE_WEEKDAYS = 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag';

const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['januar', 1], ['jänner', 1],
  ['february', 2], ['feb', 2], ['februar', 2],
  ['march', 3], ['mar', 3], ['märz', 3], ['mär', 3],
  ['april', 4], ['apr', 4],
  ['may', 5], ['mai', 5],
  ['june', 6], ['jun', 6], ['juni', 6],
  ['july', 7], ['jul', 7], ['juli', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10], ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12], ['dezember', 12], ['dez', 12],
]);

const WEEKDAYS = new Map<string, number>([
  ['monday', 1], ['montag', 1],
  ['tuesday', 2], ['dienstag', 2],
  ['wednesday', 3], ['mittwoch', 3],
  ['thursday', 4], ['donnerstag', 4],
  ['friday', 5], ['freitag', 5],
  ['saturday', 6], ['samstag', 6], ['sonnabend', 6],
  ['sunday', 7], ['sonntag', 7],
]);

/** Longest month and weekday names: longer words are let go without lowercasing them (which never shortens a word). */
const LONGEST_MONTH = Math.max(...[...MONTHS.keys()].map(name => name.length));
const LONGEST_WEEKDAY = Math.max(...[...WEEKDAYS.keys()].map(name => name.length));

/** Month number 1–12 of an English or German month name or abbreviation (a trailing dot is allowed). */
export function monthNumber(word: string): number | undefined {
  const bare = word.endsWith('.') ? word.slice(0, -1) : word;
  return bare.length > LONGEST_MONTH ? undefined : MONTHS.get(bare.toLowerCase());
}

/** ISO weekday number (Monday 1 … Sunday 7) of an English or German weekday name. */
export function weekdayNumber(word: string): number | undefined {
  return word.length > LONGEST_WEEKDAY ? undefined : WEEKDAYS.get(word.toLowerCase());
}

/** The parts of a document date that the text fixes. */
export interface CalendarAnchor {
  year?: number;
  month?: number;
  day?: number;
}

export function parseAnchor(isoDate: string | null): CalendarAnchor {
  const match = isoDate ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(isoDate) : null;
  if (!match) {
    return {};
  }
  return {
    year: Number(match[1]),
    month: match[2] ? Number(match[2]) : undefined,
    day: match[3] ? Number(match[3]) : undefined,
  };
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; with no year known, February may have 29. */
export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) {
    return year === undefined || isLeapYear(year) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with `XXXX` for an unknown year. */
export function isoValue(year: number | undefined, month?: number, day?: number): string {
  let value = year === undefined ? 'XXXX' : String(year);
  if (month !== undefined) {
    value += `-${pad2(month)}`;
    if (day !== undefined) {
      value += `-${pad2(day)}`;
    }
  }
  return value;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function isoOfDate(date: Date): string {
  return isoValue(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The anchor shifted by whole days, or undefined unless the anchor is a full date. */
export function shiftDays(anchor: CalendarAnchor, days: number): string | undefined {
  if (anchor.year === undefined || anchor.month === undefined || anchor.day === undefined) {
    return undefined;
  }
  const date = utc(anchor.year, anchor.month, anchor.day);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOfDate(date);
}

/** The anchor shifted by whole months (`YYYY-MM`), or undefined unless the anchor fixes a month. */
export function shiftMonths(anchor: CalendarAnchor, months: number): string | undefined {
  if (anchor.year === undefined || anchor.month === undefined) {
    return undefined;
  }
  const index = anchor.year * 12 + (anchor.month - 1) + months;
  return isoValue(Math.floor(index / 12), (index % 12) + 1);
}

/** The closest day with ISO weekday `weekday` on or before the anchor, or undefined unless the anchor is a full date. */
export function weekdayOnOrBefore(anchor: CalendarAnchor, weekday: number): string | undefined {
  if (anchor.year === undefined || anchor.month === undefined || anchor.day === undefined) {
    return undefined;
  }
  const anchorWeekday = ((utc(anchor.year, anchor.month, anchor.day).getUTCDay() + 6) % 7) + 1;
  return shiftDays(anchor, -((anchorWeekday - weekday + 7) % 7));
}

/** The closest day with ISO weekday `weekday` strictly before (`direction` -1) or after (1) the anchor ("last Tuesday"). */
export function weekdayBeside(anchor: CalendarAnchor, weekday: number, direction: -1 | 1): string | undefined {
  if (anchor.year === undefined || anchor.month === undefined || anchor.day === undefined) {
    return undefined;
  }
  const anchorWeekday = ((utc(anchor.year, anchor.month, anchor.day).getUTCDay() + 6) % 7) + 1;
  const distance = direction < 0 ? (anchorWeekday - weekday + 7) % 7 : (weekday - anchorWeekday + 7) % 7;
  return shiftDays(anchor, direction * (distance === 0 ? 7 : distance));
}

/**
 * The closest month `month` strictly before (-1) or after (1) the anchor's month ("last October", "next April"),
 * as `YYYY-MM`; undefined unless the anchor fixes a month.
 */
export function monthBeside(anchor: CalendarAnchor, month: number, direction: -1 | 1): string | undefined {
  if (anchor.year === undefined || anchor.month === undefined) {
    return undefined;
  }
  const sameYear = direction < 0 ? month < anchor.month : month > anchor.month;
  return isoValue(sameYear ? anchor.year : anchor.year + direction, month);
}

/** ISO week (`YYYY-Www`) of the anchor shifted by whole weeks, or undefined unless the anchor is a full date. */
export function isoWeek(anchor: CalendarAnchor, weeks = 0): string | undefined {
  const shifted = shiftDays(anchor, weeks * 7);
  if (shifted === undefined) {
    return undefined;
  }
  const date = new Date(`${shifted}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  // The ISO week belongs to the year of its Thursday.
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const weekYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86400000));
  return `${weekYear}-W${pad2(week)}`;
}
