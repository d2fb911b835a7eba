import * as assert from 'assert';
import { DateNormalizer } from './dateNormalizer';
import { FigureNormalizer, hasThreeDigitGroupsFrom, parseDigits } from './figureNormalizer';
import { Language } from './types';

type Row = [text: string, value: number, unit: string, approx?: string];

function figures(text: string, language: Language): Row[] {
  return new FigureNormalizer().find(text, language).map(figure => {
    assert.strictEqual(text.slice(figure.start, figure.end), figure.text);
    const row: Row = [figure.text, figure.value, figure.unit];
    if (figure.approx !== undefined) {
      row.push(figure.approx);
    }
    return row;
  });
}

describe('FigureNormalizer', () => {
  it('reads both ends of a range with the unit and scale written after the second', () => {
    assert.deepStrictEqual(figures('Growth of 10–15%, 3-5 years and about 2–3 million euros; 45 to 50 days, between four and six weeks.', 'en'), [
      ['10', 10, '%'], ['15%', 15, '%'], ['3', 3, 'year'], ['5 years', 5, 'year'], ['about 2', 2000000, 'EUR', 'about'],
      ['3 million euros', 3000000, 'EUR'], ['45', 45, 'day'], ['50 days', 50, 'day'], ['four', 4, 'week'], ['six weeks', 6, 'week'],
    ]);
    assert.deepStrictEqual(figures('Wachstum von 10–15 Prozent, aber 3 und 4 Prozent.', 'de'), [['10', 10, '%'], ['15 Prozent', 15, '%'], ['3', 3, 'count'], ['4 Prozent', 4, '%']]);
    assert.deepStrictEqual(figures('In 2023-2024 the score was 3-2; call 030-1234 or read pages 10-15.', 'en'), []);
    // The second end's scale is not shared: the first stays as written.
    assert.deepStrictEqual(figures('From 3 to 5 million tonnes, Between 2 and 3 weeks.', 'en'),
      [['3', 3, 'count'], ['5 million tonnes', 5000000, 't'], ['2', 2, 'week'], ['3 weeks', 3, 'week']]);
  });

  it('reads European currencies and small length units, and "over" a duration after a word as a time span', () => {
    assert.deepStrictEqual(figures('Each side pays SEK 6 million over three years for 300 mm wafers at 28 nm; PLN 20 million and 3 billion kronor.', 'en'), [
      ['SEK 6 million', 6000000, 'SEK'], ['three years', 3, 'year'], ['300 mm', 300, 'mm'], ['28 nm', 28, 'nm'],
      ['PLN 20 million', 20000000, 'PLN'], ['3 billion kronor', 3000000000, 'SEK'],
    ]);
    assert.deepStrictEqual(figures('A partner for over 20 years; the project took over three years.', 'en'),
      [['over 20 years', 20, 'year', 'over'], ['over three years', 3, 'year', 'over']]);
  });

  it('reads a capitalized duration adjective in a headline, and an amount written as an adjective', () => {
    assert.deepStrictEqual(figures('Xuhui and Bilbao Launch Two-Year Programme', 'en'), [['Two-Year', 2, 'year']]);
    assert.deepStrictEqual(figures('a 200-million-euro expansion and a 3-billion-yuan fund', 'en'),
      [['200-million-euro', 200000000, 'EUR'], ['3-billion-yuan', 3000000000, 'CNY']]);
  });

  describe('English', () => {
    it('reads counts with approximation words and leaves the counted noun out', () => {
      assert.deepStrictEqual(figures('Roughly 2,400 visitors and more than 60 exhibitors came; at least 15 deals were signed.', 'en'), [
        ['Roughly 2,400', 2400, 'count', 'about'],
        ['more than 60', 60, 'count', 'over'],
        ['at least 15', 15, 'count', 'over'],
      ]);
      assert.deepStrictEqual(figures('ALMOST 300 engineers joined, up to 40 of them from abroad, some 12 start-ups and fewer than 5 banks.', 'en'), [
        ['ALMOST 300', 300, 'count', 'under'],
        ['up to 40', 40, 'count', 'under'],
        ['some 12', 12, 'count', 'about'],
        ['fewer than 5', 5, 'count', 'under'],
      ]);
    });

    it('reads number words, hyphenated tens and hundreds', () => {
      assert.deepStrictEqual(figures('Seven mayors met twenty-one investors and two hundred and forty students.', 'en'), [
        ['Seven', 7, 'count'],
        ['twenty-one', 21, 'count'],
        ['two hundred and forty', 240, 'count'],
      ]);
    });

    it('reads money with currency signs, codes and words, before or after, with scale words', () => {
      assert.deepStrictEqual(figures('It raised US$3.2 billion, €450 million and £12m, plus 8 billion yuan and RMB 1.5 trillion.', 'en'), [
        ['US$3.2 billion', 3200000000, 'USD'],
        ['€450 million', 450000000, 'EUR'],
        ['£12m', 12000000, 'GBP'],
        ['8 billion yuan', 8000000000, 'CNY'],
        ['RMB 1.5 trillion', 1500000000000, 'CNY'],
      ]);
      assert.deepStrictEqual(figures('Loans of USD 3 bln and 40 mln euros.', 'en'), [
        ['USD 3 bln', 3000000000, 'USD'],
        ['40 mln euros', 40000000, 'EUR'],
      ]);
      assert.deepStrictEqual(figures('Sales reached about HK$ 600 million and 2.5 million US dollars.', 'en'), [
        ['about HK$ 600 million', 600000000, 'HKD', 'about'],
        ['2.5 million US dollars', 2500000, 'USD'],
      ]);
    });

    it('reads percentages in every spelling', () => {
      assert.deepStrictEqual(figures('Exports grew 7.5%, imports 3 % and services 12 percent, or 2 percentage points.', 'en'), [
        ['7.5%', 7.5, '%'],
        ['3 %', 3, '%'],
        ['12 percent', 12, '%'],
        ['2 percentage points', 2, 'percentage point'],
      ]);
      assert.deepStrictEqual(figures('Margins: +1.8%, -0.6 pct and -4 %.', 'en'), [
        ['+1.8%', 1.8, '%'],
        ['-0.6 pct', -0.6, '%'],
        ['-4 %', -4, '%'],
      ]);
    });

    it('keeps the time unit of a duration and the unit of a measure', () => {
      assert.deepStrictEqual(figures('For three decades, over 20 years and six months, the park grew to 45,000 square meters and 12 hectares.', 'en'), [
        ['three decades', 3, 'decade'],
        ['over 20 years', 20, 'year', 'over'],
        ['six months', 6, 'month'],
        ['45,000 square meters', 45000, 'm2'],
        ['12 hectares', 12, 'ha'],
      ]);
      assert.deepStrictEqual(figures('A 300 MW plant, 5 km of track and 2m of cable.', 'en'), [
        ['300 MW', 300, 'MW'],
        ['5 km', 5, 'km'],
        ['2m', 2, 'm'],
      ]);
    });

    it('does not take a word ending like a German street name for a street', () => {
      assert.deepStrictEqual(figures('During 5 years of offering 12 services.', 'en'), [
        ['5 years', 5, 'year'],
        ['12', 12, 'count'],
      ]);
    });

    it('takes a four-digit postcode after a house number for no figure, but not a count after a year', () => {
      assert.deepStrictEqual(figures('Bernerstrasse 14, 8004 Zürich, Tel. 044 123 45 67', 'de'), []);
      assert.deepStrictEqual(figures('Im Jahr 2023, 1500 Unternehmen kamen.', 'de'), [['1500', 1500, 'count']]);
    });

    it('reads a currency code written against its number', () => {
      assert.deepStrictEqual(figures('It raised RMB100 million and USD2.5bn; the RMB rose, model USD2000X did not.', 'en'), [
        ['RMB100 million', 100000000, 'CNY'],
        ['USD2.5bn', 2500000000, 'USD'],
      ]);
    });

    it('reads separators by the English convention', () => {
      assert.deepStrictEqual(figures('Totals: 1,200 and 12,345,678 and 3.75 and 1.200 units.', 'en'), [
        ['1,200', 1200, 'count'],
        ['12,345,678', 12345678, 'count'],
        ['3.75', 3.75, 'count'],
        ['1.200', 1.2, 'count'],
      ]);
    });

    it('marks only the number part of a hyphen compound, but a duration or measure with its unit', () => {
      assert.deepStrictEqual(figures('a nearly 40-member team on a 10-day tour; A 15-strong group', 'en'), [
        ['nearly 40', 40, 'count', 'under'],
        ['10-day', 10, 'day'],
        ['15', 15, 'count'],
      ]);
      assert.deepStrictEqual(figures('a three-week course, a 24-hour line, a 12-year-old firm and the five-year plan', 'en'), [
        ['three-week', 3, 'week'],
        ['24-hour', 24, 'hour'],
        ['12', 12, 'count'],
      ]);
      assert.deepStrictEqual(figures('a 3,000-square-meter hall, a 50-megawatt farm and a 10-meter-high wall', 'en'), [
        ['3,000-square-meter', 3000, 'm2'],
        ['50-megawatt', 50, 'MW'],
        ['10', 10, 'count'],
      ]);
    });

    it('does not take years, ordinals, "one", "both" or "one of" as figures', () => {
      assert.deepStrictEqual(figures('In 2022 the tenth forum, one of the largest, drew both sides; since 1998 it ranks 1st.', 'en'), []);
      assert.deepStrictEqual(figures('One delegate said one thing about the 14th Five-Year Plan.', 'en'), []);
      assert.deepStrictEqual(figures('Two-thirds agreed and three quarters came.', 'en'), []);
    });

    it('takes a year-shaped number with a currency, unit or approximation word as an amount', () => {
      assert.deepStrictEqual(figures('over 2000 workers earn $2024 or 1990 euros', 'en'), [
        ['over 2000', 2000, 'count', 'over'],
        ['$2024', 2024, 'USD'],
        ['1990 euros', 1990, 'EUR'],
      ]);
    });

    it('does not mark phone numbers, e-mail addresses, URLs, file names or identifiers', () => {
      assert.deepStrictEqual(figures('Call +44 20 7946 0958 or 0755-83456789, Tel: 555 0199, mail 88123456@example.cn.', 'en'), []);
      assert.deepStrictEqual(figures('See www.example.org/news/2023/item-45.html and chart_07.jpg or Foto12.png.', 'en'), []);
      assert.deepStrictEqual(figures('G7 and COVID-19 rules, 5G masts, 3D printing, Industry 4.0, version 2.1, No. 8, Room 301.', 'en'), []);
    });

    it('does not mark times, day numbers of dates, postcodes or list numbers', () => {
      assert.deepStrictEqual(figures('The talks start at 9:30 and end at 4 p.m. on March 12, 2024 or 12 March; open 9 to 11 a.m.', 'en'), []);
      assert.deepStrictEqual(figures('Shenzhen 518048, Guangdong; ZIP 94105; 88 Binhai Avenue; Airbus A320; EU 27.', 'en'), []);
      assert.deepStrictEqual(figures('1. Welcome\n2) Keynote\n(3) Panel', 'en'), []);
    });
  });

  describe('German', () => {
    it('reads counts with German approximation words', () => {
      assert.deepStrictEqual(figures('Rund 2.500 Gäste, mehr als 80 Aussteller, knapp 40 Start-ups und etwa 15 Banken kamen.', 'de'), [
        ['Rund 2.500', 2500, 'count', 'about'],
        ['mehr als 80', 80, 'count', 'over'],
        ['knapp 40', 40, 'count', 'under'],
        ['etwa 15', 15, 'count', 'about'],
      ]);
      assert.deepStrictEqual(figures('Mindestens 12 Firmen, bis zu 300 Plätze, ca. 70 Anmeldungen, weniger als 9 Absagen, nahezu 50 Gespräche.', 'de'), [
        ['Mindestens 12', 12, 'count', 'over'],
        ['bis zu 300', 300, 'count', 'under'],
        ['ca. 70', 70, 'count', 'about'],
        ['weniger als 9', 9, 'count', 'under'],
        ['nahezu 50', 50, 'count', 'under'],
      ]);
    });

    it('reads German number words, including compounds', () => {
      assert.deepStrictEqual(figures('Zwölf Städte, dreiundzwanzig Projekte, zweihundertfünfzig Teilnehmer und acht Partner.', 'de'), [
        ['Zwölf', 12, 'count'],
        ['dreiundzwanzig', 23, 'count'],
        ['zweihundertfünfzig', 250, 'count'],
        ['acht', 8, 'count'],
      ]);
    });

    it('reads money with German scale words; Billion is 10^12', () => {
      assert.deepStrictEqual(figures('Es geht um 3,5 Mrd. Euro, 120 Mio. US-Dollar, zwei Milliarden Yuan und 1,2 Billionen Euro.', 'de'), [
        ['3,5 Mrd. Euro', 3500000000, 'EUR'],
        ['120 Mio. US-Dollar', 120000000, 'USD'],
        ['zwei Milliarden Yuan', 2000000000, 'CNY'],
        ['1,2 Billionen Euro', 1200000000000, 'EUR'],
      ]);
      assert.deepStrictEqual(figures('Das Volumen lag bei 45,7 Milliarden Dollar, also über 40 Mrd. und 500 Euro pro Kopf; 15 Tsd. Besucher.', 'de'), [
        ['45,7 Milliarden Dollar', 45700000000, 'USD'],
        ['über 40 Mrd.', 40000000000, 'count', 'over'],
        ['500 Euro', 500, 'EUR'],
        ['15 Tsd.', 15000, 'count'],
      ]);
      assert.deepStrictEqual(figures('Schulden von 2,1 Bio. Euro', 'de'), [['2,1 Bio. Euro', 2100000000000, 'EUR']]);
    });

    it('keeps an article out but takes "eine Milliarde" as an amount', () => {
      assert.deepStrictEqual(figures('Ein Partner investiert eine Milliarde Euro in eine Fabrik.', 'de'), [
        ['eine Milliarde Euro', 1000000000, 'EUR'],
      ]);
    });

    it('reads percentages, durations and measures', () => {
      assert.deepStrictEqual(figures('Ein Anteil von 61 Prozent, ein Plus von 4,5 % und 3 Prozentpunkten in fünf Jahren und drei Jahrzehnten.', 'de'), [
        ['61 Prozent', 61, '%'],
        ['4,5 %', 4.5, '%'],
        ['3 Prozentpunkten', 3, 'percentage point'],
        ['fünf Jahren', 5, 'year'],
        ['drei Jahrzehnten', 3, 'decade'],
      ]);
      assert.deepStrictEqual(figures('Auf 12.000 Quadratmetern und 4 Hektar entstehen 20 MW Leistung; 30 Tonnen pro Tag, 8 Wochen Bauzeit.', 'de'), [
        ['12.000 Quadratmetern', 12000, 'm2'],
        ['4 Hektar', 4, 'ha'],
        ['20 MW', 20, 'MW'],
        ['30 Tonnen', 30, 't'],
        ['8 Wochen', 8, 'week'],
      ]);
      assert.deepStrictEqual(figures('Die Sitzung dauerte 45 Minuten.', 'de'), [['45 Minuten', 45, 'minute']]);
    });

    it('reads separators by the German convention', () => {
      assert.deepStrictEqual(figures('Werte: 1,5 und 7.000 und 2.345.678 und 1.234,5 und 1,200.', 'de'), [
        ['1,5', 1.5, 'count'],
        ['7.000', 7000, 'count'],
        ['2.345.678', 2345678, 'count'],
        ['1.234,5', 1234.5, 'count'],
        ['1,200', 1.2, 'count'],
      ]);
    });

    it('reads thousands separated by spaces, but no phone number written so', () => {
      assert.deepStrictEqual(figures('Gut 700 000 Einwohner, 12\u202F500 Besucher und 1 250,5 Mio. Euro. Telefon: +49 341 123 456', 'de'), [
        ['Gut 700 000', 700000, 'count', 'over'],
        ['12\u202F500', 12500, 'count'],
        ['1 250,5 Mio. Euro', 1250500000, 'EUR'],
      ]);
    });

    it('reads four-digit amounts written without a separator before a noun, but not years', () => {
      assert.deepStrictEqual(figures('Das 2019 eröffnete Werk beschäftigt 2000 Mitarbeiter; seit 2021 Partner der Messe 2024 Berlin.', 'de'), [
        ['2000', 2000, 'count'],
      ]);
    });

    it('marks only the number part of a hyphen compound', () => {
      assert.deepStrictEqual(figures('eine gut 20-köpfige Delegation und ein 5-Sterne-Hotel', 'de'), [
        ['gut 20', 20, 'count', 'over'],
        ['5', 5, 'count'],
      ]);
    });

    it('does not take years, ordinals, articles, "beide" or capitalized nouns as figures', () => {
      assert.deepStrictEqual(figures('Im Jahr 2023 war Bremen der drittgrößte Standort; seit 2019 sind beide Seiten Partner.', 'de'), []);
      assert.deepStrictEqual(figures('Ein Vertreter sagte, eine Firma habe einen Partner. Man gab Acht.', 'de'), []);
      assert.deepStrictEqual(figures('Der 3. Platz ging an die 2. Mannschaft, am 4. wurde gefeiert.', 'de'), []);
      assert.deepStrictEqual(figures('2. SV Musterstadt gewann. Zwei Drittel stimmten zu, drei Viertel kamen.', 'de'), []);
    });

    it('does not mark phone numbers, postcodes, dates, times or identifiers', () => {
      assert.deepStrictEqual(figures('Tel.: +49 (0)30 123456-78, Fax 030/98765, Lindenstraße 7, 10117 Berlin, Postfach 1122.', 'de'), []);
      assert.deepStrictEqual(figures('Am 15. Mai 2025 um 14:30 Uhr und am 03.06.2025 ab 9 Uhr, geöffnet von 10 bis 18 Uhr, Schluss um zehn Uhr.', 'de'), []);
      assert.deepStrictEqual(figures('Die A7 und der ICE 578 sowie Grafik3.jpg, Abbildung 4 und Nr. 17.', 'de'), []);
    });
  });

  it('never overlaps the dates the date normalizer finds in the same text', () => {
    const samples: [string, Language][] = [
      ['On Nov. 5-7, from May 8 to 12 and 3–5 June 2024, in Q3 2024, FY2023 and the 2022/23 season, 12 firms met 2,000 guests at 10:30 on 05/06/2024.', 'en'],
      ['Vom 7. bis 11. Oktober 2024, am 14.–16. August, am 3./4. Mai und am 03.06.2025, im 2. Quartal 2023 und in den 1990er Jahren kamen 12 Firmen und 2.000 Gäste.', 'de'],
    ];
    for (const [text, language] of samples) {
      const dates = new DateNormalizer().find(text, language, '2024-09-15');
      const overlapping = new FigureNormalizer().find(text, language)
        .filter(figure => dates.some(date => figure.start < date.end && date.start < figure.end));
      assert.deepStrictEqual(overlapping, [], text);
    }
  });

  it('only reports figures inside the requested range', () => {
    const text = 'nine firms. 14 banks. 22 funds.';
    const inner = new FigureNormalizer().find(text, 'en', 12, 21);
    assert.deepStrictEqual(inner.map(figure => [figure.start, figure.end, figure.text]), [[12, 14, '14']]);
  });
});

describe('parseDigits', () => {
  it('reads the separator the document language uses for thousands as thousands', () => {
    assert.strictEqual(parseDigits('7.000', 'de'), '7000');
    assert.strictEqual(parseDigits('7.000', 'en'), '7');
    assert.strictEqual(parseDigits('1,200', 'en'), '1200');
    assert.strictEqual(parseDigits('1,200', 'de'), '1.2');
    assert.strictEqual(parseDigits('98,4', 'de'), '98.4');
    assert.strictEqual(parseDigits('98.4', 'de'), '98.4');
    assert.strictEqual(parseDigits('2.5', 'en'), '2.5');
  });

  it('reads mixed separators by position and rejects ill-formed groups', () => {
    assert.strictEqual(parseDigits('1,234.5', 'de'), '1234.5');
    assert.strictEqual(parseDigits('1.234,5', 'en'), '1234.5');
    assert.strictEqual(parseDigits('12\u00A0500', 'de'), '12500');
    assert.strictEqual(parseDigits('1.2.3', 'en'), undefined);
  });
});

describe('hasThreeDigitGroupsFrom', () => {
  it('checks the groups after the separator at the given offset', () => {
    assert.ok(hasThreeDigitGroupsFrom('1.234.567', '.', 1));
    assert.ok(hasThreeDigitGroupsFrom('12,500', ',', 2));
    assert.ok(!hasThreeDigitGroupsFrom('1.23.567', '.', 1));
    assert.ok(!hasThreeDigitGroupsFrom('1.2345', '.', 1));
    assert.ok(!hasThreeDigitGroupsFrom('98,4', ',', 2));
  });
});
