import * as assert from 'assert';
import { findDocumentDate, latestDatelineStart } from './documentDate';

describe('findDocumentDate', () => {
  it('reads English datelines with a wire credit', () => {
    assert.strictEqual(findDocumentDate('Headline here\n\nMUNICH, Germany, Oct. 2, 2023 /PRNewswire/ -- Body text.'), '2023-10-02');
    assert.strictEqual(findDocumentDate('CHENGDU, China, March 18, 2025 (GLOBE NEWSWIRE) — Body text.'), '2025-03-18');
    assert.strictEqual(findDocumentDate('ROTTERDAM, 7 June 2022 -- Body text.'), '2022-06-07');
  });

  it('reads the publication stamp of a byline when no dateline or metadata line says more', () => {
    assert.strictEqual(findDocumentDate('Park courts investors\n\nBy WANG LEI in Wuxi | China Daily | Updated: 2023-09-14\n\nBody text.'), '2023-09-14');
    assert.strictEqual(findDocumentDate('Titel\nVeröffentlicht: 2025-03-14\nText.'), '2025-03-14');
    assert.strictEqual(findDocumentDate('The plan was updated: 2024-12-05 and signed.'), null);
    assert.strictEqual(findDocumentDate('Title\ndate 2025-05\nBy X | Updated: 2024-12-05\n'), '2025-05');
  });

  it('reads stamps in words or dotted, Business Wire datelines and a dateline city in a header field', () => {
    assert.strictEqual(findDocumentDate('Headline\n\nBy Ola Berg in Malmö\nPublished 4 March 2023, 07:30 CET\n\nBody text.'), '2023-03-04');
    assert.strictEqual(findDocumentDate('FACT SHEET\n\nHerausgeber: Kammer\nStand: 30.09.2023\n\nBody text.'), '2023-09-30');
    assert.strictEqual(findDocumentDate('Portal\n\nSource: Zone Bureau    Date: 2023-05-22    Views: 1,376\n\nBody text.'), '2023-05-22');
    assert.strictEqual(findDocumentDate('Headline\n\nLYON, France--(BUSINESS WIRE)--Sep 30, 2023--Acme, the cluster, said.'), '2023-09-30');
    assert.strictEqual(findDocumentDate('Newsletter | Ausgabe 11/2023\nKammer Ulm | Ulm, 20. November 2023\n\nBody text.'), '2023-11-20');
    assert.strictEqual(findDocumentDate('Published in 2023, the report on March 3 said so.'), null);
  });

  it('reads German datelines', () => {
    assert.strictEqual(findDocumentDate('DÜSSELDORF, 2. Februar 2024 /PRNewswire/ -- Die Firma meldet.'), '2024-02-02');
    assert.strictEqual(findDocumentDate('Leipzig, 11. November 2023 (dpa) - Die Messe beginnt.'), '2023-11-11');
    assert.strictEqual(findDocumentDate('Titel\n\nAugsburg/Wuxi, 28. Oktober 2024 – Die Stadt meldet.'), '2024-10-28');
  });

  it('reads a release label before the date and a German letter dateline', () => {
    assert.strictEqual(findDocumentDate('Pressemitteilung vom 12. März 2025\n\nStuttgart und Nanshan vertiefen ihre Zusammenarbeit.'), '2025-03-12');
    assert.strictEqual(findDocumentDate('Press release – 12 March 2025\nRotterdam and Pudong sign an agreement.'), '2025-03-12');
    assert.strictEqual(findDocumentDate('Pressemitteilung\nStuttgart, den 12.03.2025\n\nDie Stadt teilt mit.'), '2025-03-12');
    assert.strictEqual(findDocumentDate('Graz, am 12. März 2025\n\nDie Stadt teilt mit.'), '2025-03-12');
    // A label inside a sentence is no dateline.
    assert.strictEqual(findDocumentDate('Die Stadt verwies auf ihre Pressemitteilung vom 12. März 2025.'), null);
  });

  it('reads a dated title that its date ends, and a dateline whose place a dash ends', () => {
    assert.strictEqual(findDocumentDate('ORF Radio Tirol\nManuskript zur Sendung vom Montag, 21. Oktober 2024, 12.10 Uhr\n\nText.'), '2024-10-21');
    assert.strictEqual(findDocumentDate('Protokoll der Sitzung vom 3. März 2025\n\nAnwesend: …'), '2025-03-03');
    // A sentence goes on after its date.
    assert.strictEqual(findDocumentDate('Der Vertrag vom 3. März 2025 sieht zwei Werke vor.'), null);
    assert.strictEqual(findDocumentDate('Title\n\nAmsterdam, the Netherlands – 6 February 2025, 07:00 CET – Kanaalpay N.V. today announces …'), '2025-02-06');
    assert.strictEqual(findDocumentDate('Title\n\nHAMBURG – 12. März 2025 – Die Stadt meldet.'), '2025-03-12');
    // More than three words before the dash make a headline, not a place.
    assert.strictEqual(findDocumentDate('Shenzhen Luohu Investment Promotion Week – 12 May 2025\n\nText.'), null);
  });

  it('reads a stamp of the last update or of the creation', () => {
    assert.strictEqual(findDocumentDate('Title\nLast updated: 12 March 2025\n\nText.'), '2025-03-12');
    assert.strictEqual(findDocumentDate('Titel\nErstellt am 12.03.2025\n\nText.'), '2025-03-12');
  });

  it('reads a date standing alone at the start of a line', () => {
    assert.strictEqual(findDocumentDate('Pressemitteilung\n04.12.2023\nDie Stadt teilt mit.'), '2023-12-04');
  });

  it('reads a dateline city in any script of Europe and a wire item number before the date', () => {
    assert.strictEqual(findDocumentDate('Pact signed\n\nŁÓDŹ, Poland, May 6, 2025 /PRNewswire/ -- Text.'), '2025-05-06');
    assert.strictEqual(findDocumentDate('APA0123, 5. Mai 2025, 09:30\n\nTitel\n\nText.'), '2025-05-05');
  });

  it('reads a date line with the time of day, and a date as a field of a header line', () => {
    assert.strictEqual(findDocumentDate('12. März 2025, 10:15 Uhr\n\nTitel\n\nText.'), '2025-03-12');
    assert.strictEqual(findDocumentDate('Headline\n\nMay 07, 2025 08:00 AM Eastern Daylight Time\n\nText.'), '2025-05-07');
    assert.strictEqual(findDocumentDate('Title\n\nSource: Xinhua | 2024-02-03 10:20:30\n\nNANJING, Feb. 3 (Xinhua) -- Text.'), '2024-02-03');
    assert.strictEqual(findDocumentDate('Chamber of Commerce\nNewsletter for members | March 2025\n\nText.'), '2025-03');
    assert.strictEqual(findDocumentDate('Title\n\nSource: District Government   Updated: 2024-09-30\n\nText.'), '2024-09-30');
  });

  it('returns null when the head fixes no date', () => {
    assert.strictEqual(findDocumentDate('Bremen (ots) - Die Firma hat im Mai 2024 eröffnet.'), null);
    assert.strictEqual(findDocumentDate('A delegation visited the park last week. In 2023 it grew.'), null);
    assert.strictEqual(findDocumentDate('XIAMEN, April 3 (Xinhua) -- A forum opened.'), null);
    // An event's two days at the start of a line date the event, not the document.
    assert.strictEqual(findDocumentDate('Expo Shenzhen\n\nMay 12-16, 2025: the fair opens.'), null);
    assert.strictEqual(findDocumentDate('12.–14. Mai 2025: Die Messe öffnet.'), null);
    assert.strictEqual(findDocumentDate('Elbtal Sensorik GmbH\n03.04.2025 – 10:15\n\nDresden (ots) - Die Firma'), '2025-04-03');
  });

  it('takes the metadata line when there is no dateline', () => {
    assert.strictEqual(findDocumentDate('date 2023-08\nA delegation visited the park.'), '2023-08');
    assert.strictEqual(findDocumentDate(' date 2022-01-19 The event took place.'), '2022-01-19');
  });

  it('lets the more exact of metadata line and dateline win', () => {
    assert.strictEqual(findDocumentDate(' date 2024-03 Intro.\n\nKÖLN, 20. März 2024 /PRNewswire/ -- Text.'), '2024-03-20');
    assert.strictEqual(findDocumentDate('date 2021-07-09\nVIENNA, July 2021 -- Text.'), '2021-07-09');
  });

  it('gives a dateline without a year the year of the metadata line', () => {
    assert.strictEqual(findDocumentDate('date 2023-04\nXIAMEN, April 3 (Xinhua) -- A forum opened.'), '2023-04-03');
  });

  it('only reads the head of the document', () => {
    const late = `${'Filler sentence without dates. '.repeat(80)}\nPARIS, May 2, 2020 /PRNewswire/ -- Text.`;
    assert.strictEqual(findDocumentDate(late), null);
  });
});

describe('latestDatelineStart', () => {
  function latest(line: string): number {
    return latestDatelineStart(line, 0, line.length);
  }

  it('reaches past the blanks and up to three city groups', () => {
    assert.strictEqual(latest('  Plain text without a city.'), 2);
    assert.strictEqual(latest('MUNICH, Germany, Oct. 2, 2023 -- Text'), 17);
    assert.strictEqual(latest('A, B, C, D, E'), 9);
    assert.strictEqual(latest('Köln (ots), 4. Mai 2024'), 12);
    assert.strictEqual(latest('Amsterdam, the Netherlands – 6 February 2025'), 29);
  });

  it('reaches past a release label and past the day word of a German letter', () => {
    assert.strictEqual(latest('Pressemitteilung vom 12. März 2025'), 21);
    assert.strictEqual(latest('Stuttgart, den 12.03.2025'), 15);
    assert.strictEqual(latest('Protokoll der Sitzung vom 3. März 2025'), 26);
  });

  it('lets a metadata prefix end after any of the first three tokens', () => {
    assert.strictEqual(latest('date : 2024-05 Berlin, 4. Mai'), 23);
  });
});
