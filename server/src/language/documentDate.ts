/**
 * The date a document was issued: from a `date YYYY-MM[-DD]` metadata line and from the dateline
 * that opens a press release ("LONDON, 15. Mai 2025 /PRNewswire/ --",
 * "SHENZHEN, China, June 24, 2024 (GLOBE NEWSWIRE) —"). When both are present the more exact one
 * wins. Only the head of the document is read, so this stays cheap on long texts.
 */
import { DateMatch, DateNormalizer, mayBeginDate } from './dateNormalizer';

/** Datelines and metadata lines stand within the first few paragraphs, after at most a headline and a summary. */
const HEAD_LENGTH = 2000;

/** A metadata line, read where a line starts. */
const METADATA = /[ \t]*(?:date|Date|DATE|Datum)[ \t]*:?[ \t]+((?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?![\d-])/y;

/**
 * A publication stamp in a byline or a header: "By LIU YANG in Suzhou | China Daily | Updated: 2024-12-05",
 * "Veröffentlicht: 2025-03-14", "Published 14 November 2024, 07:30 CET", "Stand: 30.09.2024",
 * "Source: … Date: 2025-05-22". Its date names a day, written right after the label.
 */
const PUBLICATION_STAMP = /(?:^|[|·•]|[ \t])[ \t]*(?:(?:(?:Last|First)[ \t]+(?:updated|published)|Zuletzt[ \t]+aktualisiert|Updated|Published|Posted|Aktualisiert|Veröffentlicht|Erschienen|Erstellt|Publiziert)(?:[ \t]*:|[ \t]+(?:on|am)\b)?|(?:Stand|Date|Datum)[ \t]*:)[ \t]*/gm;
/** The words of a publication stamp alone: searching for literals is quick, while PUBLICATION_STAMP is tried at every offset. */
const PUBLICATION_WORD = /Updated|Published|Posted|(?:Last|First)[ \t]+(?:updated|published)|Aktualisiert|aktualisiert|Veröffentlicht|Erschienen|Erstellt|Publiziert|(?:Stand|Date|Datum):/;
/** Values of dates that name a day. */
const DAY = /^\d{4}-\d\d-\d\d$/;

/** What stands before the value of a metadata line. */
const METADATA_LEAD = /^[ \t]*(?:date|Date|DATE|Datum)[ \t]*:?[ \t]+$/;

const METADATA_PREFIX = '(?:date|Date|Datum)[ \\t]*:?[ \\t]+\\S+[ \\t]+';
/**
 * "CITY, ", "Country, ", "Köln (ots), ", "Augsburg/Wuxi, ", "GDAŃSK, ", a wire's item number: "OTS0087, ",
 * and a place of at most three capitalized words that a dash ends: "Amsterdam, the Netherlands – 6 February 2025".
 */
const CITY_GROUP = "(?:(?:\\p{Lu}[\\p{L}\\p{M}.'’ /-]{0,40}|[A-Z]{2,6}\\d{1,6})(?:\\([^)\\n]{0,30}\\))?,[ \\t]*"
  + "|(?:the[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t/]\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}[ \\t]+[–—-][ \\t]+)";

/** A German letter's dateline has the article or preposition before its day: "Stuttgart, den 12.03.2025", "Graz, am 12. März 2025". */
const LETTER_DAY_WORD = '(?:den|am)[ \\t]+';
/** What stands before a dateline's date on its line: an optional metadata prefix, then "CITY, " or "CITY, Country, ". */
const DATELINE_LEAD = new RegExp(`^[ \\t]*(?:${METADATA_PREFIX})?(?:${CITY_GROUP}){1,3}(?:${LETTER_DAY_WORD})?$`, 'u');
/**
 * A release's label before its date, at the start of a line: "Pressemitteilung vom 12. März 2025",
 * "Press release – 12 March 2025", "Medieninformation, 3.4.2025", "News release: May 2, 2025".
 */
const RELEASE_LABEL = '(?:Pressemitteilung|Pressemeldung|Presseinformation|Presseinfo|Medienmitteilung|Medieninformation|Pressenotiz|(?:Press|PRESS|News|NEWS|Media|MEDIA)[ \\t]+(?:[Rr]elease|RELEASE))'
  + '(?:[ \\t]+(?:vom|from|of|dated)[ \\t]+|[ \\t]*[–—:,|-][ \\t]*)';
/**
 * A document's own title before "vom" or "dated" and its date, at the start of a line: "Manuskript zur
 * Sendung vom Montag, 21. Oktober 2024", "Protokoll der Sitzung vom 3. März 2025", "Letter dated 5 May 2025".
 */
const DATED_TITLE = '\\p{Lu}[\\p{L}\\p{M}-]*(?:[ \\t]+[\\p{L}\\p{M}-]+){0,4}?[ \\t]+(?:vom|dated)[ \\t]+';
const RELEASE_LABEL_LEAD = new RegExp(`^[ \\t]*${RELEASE_LABEL}$`);
/** A dated title ends its line with its date, perhaps with the time: a sentence that names a date "vom" goes on. */
const DATED_TITLE_LEAD = new RegExp(`^[ \\t]*${DATED_TITLE}$`, 'u');
const RELEASE_LABEL_AT = new RegExp(`${RELEASE_LABEL}|${DATED_TITLE}`, 'uy');
const LETTER_DAY_WORD_AT = new RegExp(LETTER_DAY_WORD, 'y');

/**
 * A date as a field of a header line, perhaps after one city: "Source: Xinhua | 2025-01-09 17:46:20",
 * "Newsletter | April 2025", "IHK Nürnberg | Nürnberg, 20. November 2024".
 */
const HEADER_FIELD_LEAD = new RegExp(`[|·•][ \\t]*(?:${CITY_GROUP})?$`, 'u');
/** Business Wire's dateline: "GRENOBLE, France--(BUSINESS WIRE)--Sep 30, 2024--". */
const WIRE_CREDIT_LEAD = /--\([\p{L} ]{2,30}\)--$/u;
const WIRE_CREDIT_END = ')--';
const HEADER_SEPARATORS = ['|', '·', '•'];

/**
 * What follows a dateline's date: a wire credit, a dash, a field separator, the time of day ("17. Februar 2025,
 * 14:32 Uhr", "21. Oktober 2024, 12.10 Uhr", "November 06, 2024 09:00 AM") or the end of the line.
 */
const DATELINE_TAIL = /^[ \t]*(?:\/|\(|--|—|–|-|\||·|,?[ \t]*\d{1,2}[:.]\d\d(?!\d)|\r?\n|$)/;

const normalizer = new DateNormalizer();

/** ISO date of the document, or null when its head fixes no year. */
export function findDocumentDate(text: string): string | null {
  const head = text.slice(0, HEAD_LENGTH);
  const metadata = metadataDate(head);
  const dateline = findDateline(head);
  if (dateline === null) {
    return metadata;
  }
  if (dateline.startsWith('XXXX')) {
    // A dateline without a year ("BEIJING, May 5 (Xinhua) --") takes the year of the metadata line.
    const sameMonth = metadata !== null && (metadata.length === 4 || metadata.slice(5, 7) === dateline.slice(5, 7));
    return metadata !== null && sameMonth ? metadata.slice(0, 4) + dateline.slice(4) : metadata;
  }
  return metadata !== null && metadata.length > dateline.length ? metadata : dateline;
}

/** The value of the first metadata line, else of a publication stamp. The regex is tried at line starts only: searching for one inside it would try every offset. */
function metadataDate(head: string): string | null {
  for (let lineStart = 0; ;) {
    METADATA.lastIndex = lineStart;
    const match = METADATA.exec(head);
    if (match !== null) {
      return match[1];
    }
    const newline = head.indexOf('\n', lineStart);
    if (newline < 0) {
      // Most heads have no stamp word, which is cheap to look for.
      return PUBLICATION_WORD.test(head) ? publicationStamp(head) : null;
    }
    lineStart = newline + 1;
  }
}

/** The day of the first publication stamp in the head, in either language. */
function publicationStamp(head: string): string | null {
  PUBLICATION_STAMP.lastIndex = 0;
  for (let match; (match = PUBLICATION_STAMP.exec(head)) !== null;) {
    const at = PUBLICATION_STAMP.lastIndex;
    const lineEnd = head.indexOf('\n', at);
    for (const language of ['de', 'en'] as const) {
      const date = normalizer.find(head, language, null, at, lineEnd < 0 ? head.length : lineEnd, at)[0];
      if (date !== undefined && date.start === at && DAY.test(date.value)) {
        return date.value;
      }
    }
  }
  return null;
}

function findDateline(head: string): string | null {
  // No date runs over a line break, so the head is read line by line, and a line only as far as a
  // dateline's date could start in it.
  for (let lineStart = 0; lineStart <= head.length;) {
    const newline = head.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? head.length : newline;
    const dateline = lineEnd > lineStart ? datelineInLine(head, lineStart, lineEnd) : null;
    if (dateline !== null) {
      return dateline;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/**
 * The first date of the line that is a dateline: of the dates of both languages in text order, German
 * first at one start. The English dates are only read before the German dateline, if there is one.
 */
function datelineInLine(head: string, lineStart: number, lineEnd: number): string | null {
  const lastStart = latestDatelineStart(head, lineStart, lineEnd);
  // Where only blanks stand before lastStart, a date can begin there alone, and on most lines no rule begins so.
  LEADING_BLANKS.lastIndex = lineStart;
  LEADING_BLANKS.test(head);
  if (LEADING_BLANKS.lastIndex >= lastStart && !mayBeginDate(head, lastStart)) {
    return null;
  }
  const german = firstDateline(head, normalizer.find(head, 'de', null, lineStart, lineEnd, lastStart));
  const englishLastStart = german === undefined ? lastStart : german.start - 1;
  const english = firstDateline(head, normalizer.find(head, 'en', null, lineStart, lineEnd, englishLastStart));
  return (english ?? german)?.value ?? null;
}

/** The first of `dates` that names a day or a month and stands as a dateline does. */
function firstDateline(head: string, dates: readonly DateMatch[]): DateMatch | undefined {
  return dates.find(date => DAY_OR_MONTH.test(date.value) && isDateline(head, date));
}

const LEADING_BLANKS = /\s*/y;
const BLANKS = /[ \t]*/y;
const METADATA_WORD = /[ \t]*(?:date|Date|Datum)/y;
const TOKEN_AND_BLANKS = /[^ \t\n]+[ \t]+/y;
/** A city group has one way to match where it starts: its letters cannot run on into its bracket or comma. */
const CITY_GROUP_AT = new RegExp(CITY_GROUP, 'uy');

/**
 * The furthest offset in the line [lineStart, lineEnd) at which a date could have a lead that
 * isDateline() accepts: blanks alone, or an optional metadata prefix and up to three city groups.
 * The prefix is taken to end after any of the line's first three tokens, so this is an upper bound.
 */
export function latestDatelineStart(head: string, lineStart: number, lineEnd: number): number {
  // The blank regexes always match; test() and lastIndex tell where without a match array.
  LEADING_BLANKS.lastIndex = lineStart;
  LEADING_BLANKS.test(head);
  let latest = Math.min(lineEnd, LEADING_BLANKS.lastIndex);
  BLANKS.lastIndex = lineStart;
  BLANKS.test(head);
  const groupStarts = [BLANKS.lastIndex];
  RELEASE_LABEL_AT.lastIndex = BLANKS.lastIndex;
  if (RELEASE_LABEL_AT.test(head) && RELEASE_LABEL_AT.lastIndex <= lineEnd) {
    latest = Math.max(latest, RELEASE_LABEL_AT.lastIndex);
  }
  METADATA_WORD.lastIndex = lineStart;
  if (METADATA_WORD.test(head)) {
    TOKEN_AND_BLANKS.lastIndex = groupStarts[0];
    for (let token = 0; token < 3 && TOKEN_AND_BLANKS.exec(head) !== null && TOKEN_AND_BLANKS.lastIndex <= lineEnd; token++) {
      groupStarts.push(TOKEN_AND_BLANKS.lastIndex);
    }
  }
  // A header field: the line's last separator and the blanks after it, and a city there.
  for (const separator of HEADER_SEPARATORS) {
    const at = head.lastIndexOf(separator, lineEnd - 1);
    if (at >= lineStart) {
      BLANKS.lastIndex = at + 1;
      BLANKS.test(head);
      latest = Math.max(latest, Math.min(lineEnd, BLANKS.lastIndex));
      CITY_GROUP_AT.lastIndex = BLANKS.lastIndex;
      if (CITY_GROUP_AT.test(head) && CITY_GROUP_AT.lastIndex <= lineEnd) {
        latest = Math.max(latest, CITY_GROUP_AT.lastIndex);
      }
    }
  }
  const wireCredit = head.lastIndexOf(WIRE_CREDIT_END, lineEnd - WIRE_CREDIT_END.length);
  if (wireCredit >= lineStart) {
    latest = Math.max(latest, wireCredit + WIRE_CREDIT_END.length);
  }
  for (let start of groupStarts) {
    for (let group = 0; group < 3; group++) {
      CITY_GROUP_AT.lastIndex = start;
      if (!CITY_GROUP_AT.test(head) || CITY_GROUP_AT.lastIndex > lineEnd) {
        break;
      }
      start = CITY_GROUP_AT.lastIndex;
      LETTER_DAY_WORD_AT.lastIndex = start;
      const afterDayWord = LETTER_DAY_WORD_AT.test(head) ? LETTER_DAY_WORD_AT.lastIndex : start;
      latest = Math.max(latest, Math.min(lineEnd, afterDayWord));
    }
  }
  return latest;
}

/** Values of dates that name a month or a day, with or without a known year. */
const DAY_OR_MONTH = /^(?:\d{4}|XXXX)-\d\d/;

function isDateline(head: string, date: DateMatch): boolean {
  if (date.firstOfTwo) {
    return false;
  }
  const lineStart = head.lastIndexOf('\n', date.start - 1) + 1;
  const lead = head.slice(lineStart, date.start);
  if (METADATA_LEAD.test(lead)) {
    return false;
  }
  if (!/-\d\d-\d\d$/.test(date.value)) {
    return (lead.trim() === '' || HEADER_FIELD_LEAD.test(lead)) && DATELINE_TAIL.test(head.slice(date.end));
  }
  if (DATELINE_LEAD.test(lead) || WIRE_CREDIT_LEAD.test(lead) || RELEASE_LABEL_LEAD.test(lead)) {
    return true;
  }
  return (lead.trim() === '' || HEADER_FIELD_LEAD.test(lead) || DATED_TITLE_LEAD.test(lead)) && DATELINE_TAIL.test(head.slice(date.end));
}
