/**
 * The date a document was issued: from a `date YYYY-MM[-DD]` metadata line and from the dateline
 * that opens a press release ("LONDON, 15. Mai 2025 /PRNewswire/ --",
 * "SHENZHEN, China, June 24, 2024 (GLOBE NEWSWIRE) —"). When both are present the more exact one
 * wins. Only the head of the document is read, so this stays cheap on long texts.
 */
import { DateMatch, DateNormalizer } from './dateNormalizer';

/** Datelines and metadata lines stand within the first few paragraphs, after at most a headline and a summary. */
const HEAD_LENGTH = 2000;

const METADATA = /(?:^|\n)[ \t]*(?:date|Date|DATE|Datum)[ \t]*:?[ \t]+((?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?![\d-])/;

/** What stands before the value of a metadata line. */
const METADATA_LEAD = /^[ \t]*(?:date|Date|DATE|Datum)[ \t]*:?[ \t]+$/;

/** What stands before a dateline's date on its line: an optional metadata prefix, then "CITY, " or "CITY, Country, ". */
const DATELINE_LEAD = /^[ \t]*(?:(?:date|Date|Datum)[ \t]*:?[ \t]+\S+[ \t]+)?(?:[A-ZÄÖÜ][A-Za-zÀ-ÖØ-öø-ÿ.'’ -]{0,40}(?:\([^)\n]{0,30}\))?,[ \t]*){1,3}$/;

/** What follows a dateline's date: a wire credit, a dash, or the end of the line. */
const DATELINE_TAIL = /^[ \t]*(?:\/|\(|--|—|–|-|\||\r?\n|$)/;

const normalizer = new DateNormalizer();

/** ISO date of the document, or null when its head fixes no year. */
export function findDocumentDate(text: string): string | null {
  const head = text.slice(0, HEAD_LENGTH);
  const metadata = METADATA.exec(head)?.[1] ?? null;
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

function findDateline(head: string): string | null {
  // A dateline opens the document, so the dates of both languages are read in text order and the
  // search stops at the first that qualifies; at one start German goes first.
  const german = normalizer.matches(head, 'de', null);
  const english = normalizer.matches(head, 'en', null);
  let nextGerman = german.next();
  let nextEnglish = english.next();
  while (!nextGerman.done || !nextEnglish.done) {
    const takeGerman = nextEnglish.done || (!nextGerman.done && nextGerman.value.start <= nextEnglish.value.start);
    const date = takeGerman ? nextGerman.value! : nextEnglish.value!;
    if (takeGerman) {
      nextGerman = german.next();
    } else {
      nextEnglish = english.next();
    }
    if (DAY_OR_MONTH.test(date.value) && isDateline(head, date)) {
      return date.value;
    }
  }
  return null;
}

/** Values of dates that name a month or a day, with or without a known year. */
const DAY_OR_MONTH = /^(?:\d{4}|XXXX)-\d\d/;

function isDateline(head: string, date: DateMatch): boolean {
  const lineStart = head.lastIndexOf('\n', date.start - 1) + 1;
  const lead = head.slice(lineStart, date.start);
  if (METADATA_LEAD.test(lead)) {
    return false;
  }
  const cityLead = DATELINE_LEAD.test(lead) && /-\d\d-\d\d$/.test(date.value);
  return cityLead || (lead.trim() === '' && DATELINE_TAIL.test(head.slice(date.end)));
}
