import * as assert from 'assert';
import { DateNormalizer, LeadScanner, digitsMayStartDate, leadKey, leadOffsets, mayBeginDate } from './dateNormalizer';
import { Language } from './types';

function dates(text: string, language: Language, documentDate: string | null = null): [string, string][] {
  return new DateNormalizer().find(text, language, documentDate).map(date => {
    assert.strictEqual(text.slice(date.start, date.end), date.text);
    return [date.text, date.value];
  });
}

describe('DateNormalizer', () => {
  describe('English', () => {
    it('reads full dates in month-first and day-first order', () => {
      assert.deepStrictEqual(dates('Signed on Oct. 3, 2023, renewed on November 30, 2024 and due by 1 February 2026.', 'en'), [
        ['Oct. 3, 2023', '2023-10-03'],
        ['November 30, 2024', '2024-11-30'],
        ['1 February 2026', '2026-02-01'],
      ]);
      assert.deepStrictEqual(dates('From the 4th of July 2022 to Dec 21st, 2022.', 'en'), [
        ['4th of July 2022', '2022-07-04'],
        ['Dec 21st, 2022', '2022-12-21'],
      ]);
    });

    it('reads two days of a month written as one as two dates, the first with the month and year of the second', () => {
      assert.deepStrictEqual(dates('The expo runs Aug. 12-14, 2025, the summit 3–5 June.', 'en', '2025-01-10'), [
        ['Aug. 12', '2025-08-12'],
        ['14, 2025', '2025-08-14'],
        ['3', '2025-06-03'],
        ['5 June', '2025-06-05'],
      ]);
      assert.deepStrictEqual(dates('It runs from 3 to 5 June and from the 10th to 12th of July, for 2 to 3 days.', 'en', '2025-01-10'), [
        ['3', '2025-06-03'],
        ['5 June', '2025-06-05'],
        ['10th', '2025-07-10'],
        ['12th of July', '2025-07-12'],
      ]);
    });

    it('reads no days where the second does not come after the first, and no English "and" pairs ("Groups of 2 and 3 May")', () => {
      assert.deepStrictEqual(dates('Groups of 2 and 3 May travel.', 'en', '2025-01-10'), [['3 May', '2025-05-03']]);
      assert.deepStrictEqual(dates('Items 4, 5 and 6 May 2024 apply; am 3., 4. und 5. Juni.', 'en', '2025-01-10'), [['6 May 2024', '2024-05-06']]);
      assert.deepStrictEqual(dates('Am 3., 4. und 5. Juni.', 'de', '2025-01-10'), [['5. Juni', '2025-06-05']]);
      assert.deepStrictEqual(dates('From 30 to 2 June; on May 12 and 40 firms joined.', 'en', '2025-01-10'), [
        ['2 June', '2025-06-02'],
        ['May 12', '2025-05-12'],
      ]);
    });

    it('gives a day without a year the year of the document, or XXXX', () => {
      assert.deepStrictEqual(dates('The fair opened on April 9 and closed 12 April.', 'en', '2023-05-02'), [
        ['April 9', '2023-04-09'],
        ['12 April', '2023-04-12'],
      ]);
      assert.deepStrictEqual(dates('The fair opened on April 9.', 'en'), [['April 9', 'XXXX-04-09']]);
    });

    it('reads months with a year, and a month alone where nothing else is meant', () => {
      assert.deepStrictEqual(dates('Launched in October 2021, expanded in May and again since March.', 'en', '2022-06-01'), [
        ['October 2021', '2021-10'],
        ['May', '2022-05'],
        ['March', '2022-03'],
      ]);
      assert.deepStrictEqual(dates('Investors may join. May Chen and April Wu spoke; in December they met.', 'en', '2022-06-01'), [
        ['December', '2022-12'],
      ]);
    });

    it('reads numeric dates, US order first in English', () => {
      assert.deepStrictEqual(dates('Filed 2023-11-07, posted 03/14/2024, stamped 25/12/2023 and 2024.02.29.', 'en'), [
        ['2023-11-07', '2023-11-07'],
        ['03/14/2024', '2024-03-14'],
        ['25/12/2023', '2023-12-25'],
        ['2024.02.29', '2024-02-29'],
      ]);
      assert.deepStrictEqual(dates('Version 2023-02-30 is not a day.', 'en'), []);
    });

    it('reads bare years without their preposition', () => {
      assert.deepStrictEqual(dates('In 2019 the zone opened; since 2021, and by 2030 it will double. The Outlook 2025 is out.', 'en'), [
        ['2019', '2019'],
        ['2021', '2021'],
        ['2030', '2030'],
        ['2025', '2025'],
      ]);
    });

    it('resolves weekdays to the closest such day on or before the document date', () => {
      assert.deepStrictEqual(dates('The deal closed on Tuesday and was announced Friday.', 'en', '2024-03-08'), [
        ['Tuesday', '2024-03-05'],
        ['Friday', '2024-03-08'],
      ]);
      assert.deepStrictEqual(dates('It ended on Wednesday.', 'en'), [['Wednesday', 'XXXX-WXX-3']]);
    });

    it('takes a weekday followed by its date as one date with that value', () => {
      assert.deepStrictEqual(dates('Talks resume on Monday, Sept. 16, 2024 and Thursday the 19th of September.', 'en', '2024-09-15'), [
        ['Monday, Sept. 16, 2024', '2024-09-16'],
        ['Thursday the 19th of September', '2024-09-19'],
      ]);
    });

    it('reads month names in capitals next to a day or a year, but not alone', () => {
      assert.deepStrictEqual(dates('XI’AN, OCT. 9, 2023 -- FIRMS MAY JOIN IN MARCH 2024.', 'en'), [
        ['OCT. 9, 2023', '2023-10-09'],
        ['MARCH 2024', '2024-03'],
      ]);
    });

    it('reads year-end', () => {
      assert.deepStrictEqual(dates('By year-end 2025, or at least by year-end.', 'en', '2024-02-01'), [
        ['year-end 2025', '2025'],
        ['year-end', '2024'],
      ]);
    });

    it('anchors relative dates to the document date', () => {
      assert.deepStrictEqual(dates('This year exports rose, last year they fell, and next year looks better.', 'en', '2023-04-10'), [
        ['This year', '2023'],
        ['last year', '2022'],
        ['next year', '2024'],
      ]);
      assert.deepStrictEqual(dates('Today we met; yesterday they arrived; this month and next week are busy.', 'en', '2024-01-01'), [
        ['Today', '2024-01-01'],
        ['yesterday', '2023-12-31'],
        ['this month', '2024-01'],
        ['next week', '2024-W02'],
      ]);
      assert.deepStrictEqual(dates('This year is special.', 'en'), [['This year', 'XXXX']]);
    });

    it('reads "last" and "next" before a weekday or a month as the closest one before or after the document date', () => {
      assert.deepStrictEqual(dates('Signed last Tuesday, due next Monday, opened last October and closing next April.', 'en', '2025-03-20'), [
        ['last Tuesday', '2025-03-18'], ['next Monday', '2025-03-24'], ['last October', '2024-10'], ['next April', '2025-04'],
      ]);
      assert.deepStrictEqual(dates('Last Thursday, next March', 'en', '2025-03-20'), [['Last Thursday', '2025-03-13'], ['next March', '2026-03']]);
      assert.deepStrictEqual(dates('last Friday and last June', 'en'), [['last Friday', 'XXXX-WXX-5'], ['last June', 'XXXX-06']]);
    });

    it('reads periods: end, beginning, middle, early, late and mid- of a year or month', () => {
      assert.deepStrictEqual(dates('By the end of 2022, at the beginning of March, mid-2025, in early 2021 and late May 2020.', 'en', '2023-09-01'), [
        ['end of 2022', '2022'],
        ['beginning of March', '2023-03'],
        ['mid-2025', '2025'],
        ['early 2021', '2021'],
        ['late May 2020', '2020-05'],
      ]);
      assert.deepStrictEqual(dates('Towards the end of the year and early this year.', 'en', '2023-09-01'), [
        ['end of the year', '2023'],
        ['early this year', '2023'],
      ]);
    });

    it('reads halves, quarters, seasons, fiscal years, year ranges and decades', () => {
      assert.deepStrictEqual(dates('In the first half of 2024, the third quarter, Q4 2023, H2 2022 and spring 2021.', 'en', '2024-08-01'), [
        ['first half of 2024', '2024'],
        ['third quarter', '2024-Q3'],
        ['Q4 2023', '2023-Q4'],
        ['H2 2022', '2022'],
        ['spring 2021', '2021'],
      ]);
      assert.deepStrictEqual(dates('This spring, next spring and last summer; in winter, but not the Spring Festival or Martin Winter.', 'en', '2024-11-05'), [
        ['This spring', '2024'],
        ['next spring', '2025'],
        ['last summer', '2024'],
        ['winter', '2024'],
      ]);
      assert.deepStrictEqual(dates('FY2023 results for the 2022/23 season and 2018–2020, back to the 1980s.', 'en'), [
        ['FY2023', '2023'],
        ['2022/23', '2022/2023'],
        ['2018–2020', '2018/2020'],
        ['1980s', '198'],
      ]);
    });

    it('does not take vague words, amounts, phone numbers, URLs or file names as dates', () => {
      assert.deepStrictEqual(dates('Recently, in recent years and over the past years, lately.', 'en', '2024-01-01'), []);
      assert.deepStrictEqual(dates('It costs 2000 euros, over 1990 workers, $2024 and 2010 square meters.', 'en'), []);
      assert.deepStrictEqual(dates('Call 020 2024 5566 or +86 755 1999 2024; see example.com/2024/report-2023.pdf and img2019.png.', 'en'), []);
    });
  });

  describe('German', () => {
    it('reads day-month dates with and without year', () => {
      assert.deepStrictEqual(dates('Am 3. Oktober 2023 und am 21. März wurde unterzeichnet, am 1. Sept. 2024 verlängert.', 'de', '2024-06-15'), [
        ['3. Oktober 2023', '2023-10-03'],
        ['21. März', '2024-03-21'],
        ['1. Sept. 2024', '2024-09-01'],
      ]);
      assert.deepStrictEqual(dates('Am 21. März.', 'de'), [['21. März', 'XXXX-03-21']]);
    });

    it('reads two days of a month written as one as two dates, the first with the month and year of the second', () => {
      assert.deepStrictEqual(dates('Vom 2. bis 6. Juni 2025, vom 9.–10. Juli, am 3./4. Mai und am 16. und 17. September tagte das Forum.', 'de', '2025-01-10'), [
        ['2.', '2025-06-02'],
        ['6. Juni 2025', '2025-06-06'],
        ['9.', '2025-07-09'],
        ['10. Juli', '2025-07-10'],
        ['3.', '2025-05-03'],
        ['4. Mai', '2025-05-04'],
        ['16.', '2025-09-16'],
        ['17. September', '2025-09-17'],
      ]);
    });

    it('reads months with a year, months alone and numeric dates', () => {
      assert.deepStrictEqual(dates('Seit Juni 2022 und im Oktober; zuletzt am 07.02.2024.', 'de', '2024-03-01'), [
        ['Juni 2022', '2022-06'],
        ['Oktober', '2024-10'],
        ['07.02.2024', '2024-02-07'],
      ]);
      assert.deepStrictEqual(dates('August Horch gründete die Firma; im August kam der Gast.', 'de', '2021-09-01'), [
        ['August', '2021-08'],
      ]);
    });

    it('reads years without "Jahr" or the preposition', () => {
      assert.deepStrictEqual(dates('Im Jahr 2022 wuchs der Handel, seit 2018 und bis 2030.', 'de'), [
        ['2022', '2022'],
        ['2018', '2018'],
        ['2030', '2030'],
      ]);
    });

    it('resolves German weekdays and day words', () => {
      assert.deepStrictEqual(dates('Am Montag reiste die Gruppe ab, heute kam sie an, gestern war Ruhetag.', 'de', '2025-05-15'), [
        ['Montag', '2025-05-12'],
        ['heute', '2025-05-15'],
        ['gestern', '2025-05-14'],
      ]);
      assert.deepStrictEqual(dates('Am Samstag.', 'de'), [['Samstag', 'XXXX-WXX-6']]);
      assert.deepStrictEqual(dates('Am Dienstagabend und am Donnerstag, den 8. Mai 2025.', 'de', '2025-05-15'), [
        ['Dienstagabend', '2025-05-13'],
        ['Donnerstag, den 8. Mai 2025', '2025-05-08'],
      ]);
    });

    it('reads Jahresende and month names in capitals', () => {
      assert.deepStrictEqual(dates('Bis Jahresende und zum Jahresende 2026; KIEL, 4. MÄRZ 2024.', 'de', '2025-05-15'), [
        ['Jahresende', '2025'],
        ['Jahresende 2026', '2026'],
        ['4. MÄRZ 2024', '2024-03-04'],
      ]);
    });

    it('anchors relative years, months and weeks to the document date', () => {
      assert.deepStrictEqual(dates('In diesem Jahr, im vergangenen Jahr, nächstes Jahr und im Vorjahr.', 'de', '2025-05-15'), [
        ['diesem Jahr', '2025'],
        ['vergangenen Jahr', '2024'],
        ['nächstes Jahr', '2026'],
        ['Vorjahr', '2024'],
      ]);
      assert.deepStrictEqual(dates('Dieses Jahr und letzten Monat, diese Woche, Ende des Jahres und Mitte des Jahres 2022.', 'de', '2025-05-15'), [
        ['Dieses Jahr', '2025'],
        ['letzten Monat', '2025-04'],
        ['diese Woche', '2025-W20'],
        ['Ende des Jahres', '2025'],
        ['Mitte des Jahres 2022', '2022'],
      ]);
    });

    it('reads "vergangenen", "letzten", "kommenden" and "nächsten" before a weekday or a month', () => {
      assert.deepStrictEqual(dates('Am vergangenen Freitag, im kommenden März und am nächsten Montag; letzten Oktober.', 'de', '2025-05-14'), [
        ['vergangenen Freitag', '2025-05-09'], ['kommenden März', '2026-03'], ['nächsten Montag', '2025-05-19'], ['letzten Oktober', '2024-10'],
      ]);
    });

    it('reads Anfang, Mitte and Ende of a year or month, halves, quarters and seasons', () => {
      assert.deepStrictEqual(dates('Ende 2022, Anfang 2024, Mitte Mai und Ende Juni 2023.', 'de', '2025-05-15'), [
        ['Ende 2022', '2022'],
        ['Anfang 2024', '2024'],
        ['Mitte Mai', '2025-05'],
        ['Ende Juni 2023', '2023-06'],
      ]);
      assert.deepStrictEqual(dates('Im ersten Halbjahr 2024, im dritten Quartal, im 2. Quartal 2023 und im Herbst 2022.', 'de', '2025-05-15'), [
        ['ersten Halbjahr 2024', '2024'],
        ['dritten Quartal', '2025-Q3'],
        ['2. Quartal 2023', '2023-Q2'],
        ['Herbst 2022', '2022'],
      ]);
      assert.deepStrictEqual(dates('Im Herbst, diesen Sommer, im kommenden Frühjahr und im Winter dieses Jahres; nicht bei Frau Sommer.', 'de', '2025-02-18'), [
        ['Herbst', '2025'],
        ['diesen Sommer', '2025'],
        ['kommenden Frühjahr', '2025'],
        ['Winter dieses Jahres', '2025'],
      ]);
      assert.deepStrictEqual(dates('In den 1990er Jahren und den 80er-Jahren.', 'de'), [
        ['1990er Jahren', '199'],
        ['80er-Jahren', '198'],
      ]);
    });

    it('does not take vague words, plural years, amounts or identifiers as dates', () => {
      assert.deepStrictEqual(dates('Kürzlich, in den vergangenen Jahren und in den letzten Jahren, vor Jahrzehnten.', 'de', '2024-01-01'), []);
      assert.deepStrictEqual(dates('Er zahlte 2000 Euro, über 1950 Mitarbeiter, 2015 Quadratmeter.', 'de'), []);
      assert.deepStrictEqual(dates('Tel. 030 2024 1234, Fax +49 89 2019, Datei bericht_2023.pdf, Grafik2022.png.', 'de'), []);
    });
  });

  it('gives only the dates starting by lastStart', () => {
    const text = 'In 2020. In May 2021. In 2022.';
    assert.deepStrictEqual(new DateNormalizer().find(text, 'en', null)[0], { start: 3, end: 7, text: '2020', value: '2020' });
    assert.deepStrictEqual(new DateNormalizer().find(text, 'en', null, 0, text.length, 12).map(date => date.text), ['2020', 'May 2021']);
    assert.deepStrictEqual(new DateNormalizer().find(text, 'en', null, 0, text.length, 11).map(date => date.text), ['2020']);
  });

  it('only reports dates inside the requested range', () => {
    const text = 'In 2020. In 2021. In 2022.';
    assert.deepStrictEqual(new DateNormalizer().find(text, 'en', null, 9, 17).map(date => [date.start, date.text]), [[12, '2021']]);
  });
});

describe('LeadScanner', () => {
  function starts(leads: string[], text: string, last?: number): number[] {
    return new LeadScanner(leads).scan(text, last);
  }

  it('finds words that begin with a digit or a lead, in either case of the first letter', () => {
    assert.deepStrictEqual(starts(['Mai', 'heute'], 'Am 3. Mai, heute Heute; Maize x9 mai'), [3, 6, 11, 17, 24, 33]);
  });

  it('finds leads opening with a non-ASCII letter also where no ASCII word boundary is', () => {
    assert.deepStrictEqual(starts(['übermorgen'], 'bis übermorgen'), [4]);
    assert.deepStrictEqual(starts(['übermorgen', 'Mai', 'übermor'], 'Übermorgen, 3. Mai, Gegenübermorgen'), [0, 12, 15, 25]);
  });

  it('takes an ASCII word start as a regex \\b does, after a character that is not [0-9A-Za-z_]', () => {
    assert.deepStrictEqual(starts(['Mai'], 'x2024 _2024 ü2024 Mai_ a-Mai'), [13, 18, 25]);
  });

  it('finds the leads up to `last` only', () => {
    assert.deepStrictEqual(starts(['übermorgen'], '1 übermorgen 2 übermorgen', 2), [0, 2]);
    assert.deepStrictEqual(starts(['übermorgen'], '1 übermorgen 2 übermorgen', 1), [0]);
  });
});

describe('leadOffsets', () => {
  it('finds where a date or a figure of the language may begin', () => {
    assert.deepStrictEqual(leadOffsets('Since May, twelve firms paid 30 euros.', 'en'), [6, 11, 29]);
    assert.deepStrictEqual(leadOffsets('Seit Mai zahlten zwölf Firmen 30 Euro.', 'de'), [5, 17, 30]);
  });

  it('finds the offsets up to and including `last` only', () => {
    assert.deepStrictEqual(leadOffsets('Since May, twelve firms paid 30 euros.', 'en', 11), [6, 11]);
    assert.deepStrictEqual(leadOffsets('Since May, twelve firms paid 30 euros.', 'en', 10), [6]);
  });

  it('keeps the offsets of the last text of a language, also when asked up to beyond its end', () => {
    const text = 'In 2024.';
    assert.strictEqual(leadOffsets(text, 'en'), leadOffsets(text, 'en', 100));
    assert.notStrictEqual(leadOffsets(text, 'en'), leadOffsets('In 2025.', 'en'));
    assert.notStrictEqual(leadOffsets(text, 'en'), leadOffsets(text, 'en', 2));
  });
});

describe('leadKey', () => {
  it('keys a digit by itself and a word by its first two characters', () => {
    assert.strictEqual(leadKey('x2024', 1), leadKey('2', 0));
    assert.strictEqual(leadKey('Mai', 0), leadKey('Mayor', 0));
    assert.notStrictEqual(leadKey('Mai', 0), leadKey('mai', 0));
    assert.strictEqual(leadKey('M', 0), -1);
  });
});

describe('mayBeginDate', () => {
  it('lets through digits and the leads of date rules of either language', () => {
    for (const text of ['2024', 'Mai', 'March', 'heute', 'early', 'Q3']) {
      assert.ok(mayBeginDate(text, 0), text);
    }
  });

  it('stops words that no date rule begins with', () => {
    for (const text of ['Es', 'Company', 'Unternehmen', ' 2024']) {
      assert.ok(!mayBeginDate(text, 0), text);
    }
  });
});

describe('digitsMayStartDate', () => {
  it('lets through days, ordinals and years 19xx/20xx, and words', () => {
    for (const text of ['5. Mai', '15 June', '1st', '2024', '1990s', 'Mai']) {
      assert.ok(digitsMayStartDate(text, 0), text);
    }
  });

  it('stops other runs of digits', () => {
    for (const text of ['100 firms', '1850', '20245', '3000']) {
      assert.ok(!digitsMayStartDate(text, 0), text);
    }
  });
});
