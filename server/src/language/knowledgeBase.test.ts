import * as assert from 'assert';
import { defaultKnowledgeBase, expandSections, KnowledgeBase, KnowledgeEntry } from './knowledgeBase';
import { slugify } from './identity';

/** `[text]id` pairs for every name found, in order. */
function names(kb: KnowledgeBase, text: string): string[] {
  return kb.findNames(text).map(m => `[${text.slice(m.start, m.end)}]${m.entry.id}`);
}

describe('KnowledgeBase', () => {
  const kb = defaultKnowledgeBase();

  describe('findNames', () => {
    it('finds districts, places and organizations in English text', () => {
      assert.deepStrictEqual(
        names(kb, 'Futian District and Haidian signed a deal with KPMG in Cologne.'),
        ['[Futian District]district:futian', '[Haidian]district:haidian', '[KPMG]organization:kpmg', '[Cologne]place:cologne'],
      );
    });

    it('finds quarters of European partner cities, ambiguous ones only with their designator, and parks by German designators', () => {
      assert.deepStrictEqual(
        names(kb, 'A plant in Zuffenhausen, the Bezirk Favoriten and Favoriten Street, then Maasvlakte 2 and Trudering-Riem.'),
        ['[Zuffenhausen]district:zuffenhausen', '[Bezirk Favoriten]district:favoriten', '[Maasvlakte 2]district:maasvlakte', '[Trudering-Riem]district:trudering-riem'],
      );
      assert.deepStrictEqual(names(kb, 'Der Wissenschaftspark Jinqiao und der Technologiepark Zhongguancun.'),
        ['[Wissenschaftspark Jinqiao]district:jinqiao', '[Technologiepark Zhongguancun]district:zhongguancun']);
      assert.ok(!kb.get('district:suzhou-industrial-park')!.aliases.some(alias => alias.startsWith('Wissenschaftspark')));
      assert.deepStrictEqual(kb.parentChain('district:zuffenhausen').map(entry => entry.id), ['place:stuttgart', 'place:baden-wurttemberg', 'place:germany', 'place:europe']);
    });

    it('finds German designators and exonyms', () => {
      assert.deepStrictEqual(
        names(kb, 'Der Stadtbezirk Minhang und Köln trafen sich in Lissabon mit der Provinz Zhejiang.'),
        ['[Stadtbezirk Minhang]district:minhang', '[Köln]place:cologne', '[Lissabon]place:lisbon', '[Provinz Zhejiang]place:zhejiang'],
      );
    });

    it('takes attached designators of districts, provinces, states and cantons into the span', () => {
      assert.deepStrictEqual(
        names(kb, 'Minhang District, Neues Gebiet Pudong, Bundesland Hessen, Freistaat Sachsen, Kanton Zürich, Sichuan Province'),
        ['[Minhang District]district:minhang', '[Neues Gebiet Pudong]district:pudong', '[Bundesland Hessen]place:hesse',
          '[Freistaat Sachsen]place:saxony', '[Kanton Zürich]place:canton-of-zurich', '[Sichuan Province]place:sichuan'],
      );
    });

    it('leaves a lowercase generic head and a preceding city outside the span', () => {
      assert.deepStrictEqual(
        names(kb, 'the Haidian district and the Asia-Pacific region; Shanghai Pudong New Area'),
        ['[Haidian]district:haidian', '[Asia-Pacific]place:asia-pacific', '[Shanghai]place:shanghai', '[Pudong New Area]district:pudong'],
      );
    });

    it('keeps a German genitive -s inside the span', () => {
      assert.deepStrictEqual(
        names(kb, 'Pekings Bezirk Haidian, Thüringens Hauptstadt und die Rolle des Vereinigten Königreichs'),
        ['[Pekings]place:beijing', '[Bezirk Haidian]district:haidian', '[Thüringens]place:thuringia', '[Vereinigten Königreichs]place:united-kingdom'],
      );
    });

    it('inflects a leading German adjective', () => {
      assert.deepStrictEqual(
        names(kb, 'Vertreter der Deutschen Bank, der Freien Universität Berlin und der Inneren Mongolei'),
        ['[Deutschen Bank]organization:deutsche-bank', '[Freien Universität Berlin]organization:free-university-of-berlin',
          '[Inneren Mongolei]place:inner-mongolia'],
      );
    });

    it('leaves an English possessive outside the span', () => {
      assert.deepStrictEqual(
        names(kb, 'Futian’s growth and Minhang\'s parks'),
        ['[Futian]district:futian', '[Minhang]district:minhang'],
      );
    });

    it('matches ALL-CAPS renderings of names of three letters or more', () => {
      assert.deepStrictEqual(
        names(kb, 'HAMBURG, Germany -- NEW YORK and MÜNCHEN'),
        ['[HAMBURG]place:hamburg', '[Germany]place:germany', '[NEW YORK]place:new-york', '[MÜNCHEN]place:munich'],
      );
    });

    it('matches short acronyms only as written', () => {
      assert.deepStrictEqual(names(kb, 'EY and Ey, kpmg and KPMG'), ['[EY]organization:ey', '[KPMG]organization:kpmg']);
    });

    it('never matches inside a longer word', () => {
      assert.deepStrictEqual(names(kb, 'Omani and Kölner firms, Chinesische Partner, Parisian cafés'), []);
    });

    it('splits hyphenated pairs unless the whole compound is a name', () => {
      assert.deepStrictEqual(
        names(kb, 'the Shenzhen-Hong Kong corridor in the Guangdong-Hong Kong-Macao Greater Bay Area'),
        ['[Shenzhen]place:shenzhen', '[Hong Kong]place:hong-kong', '[Guangdong-Hong Kong-Macao Greater Bay Area]place:greater-bay-area'],
      );
    });

    it('treats a no-break space as a space', () => {
      assert.deepStrictEqual(names(kb, 'offices in Hong\u00a0Kong'), ['[Hong\u00a0Kong]place:hong-kong']);
    });

    it('prefers the longest name', () => {
      assert.deepStrictEqual(
        names(kb, 'Siemens Healthineers, Siemens, Bank of China and Peking University'),
        ['[Siemens Healthineers]organization:siemens-healthineers', '[Siemens]organization:siemens',
          '[Bank of China]organization:bank-of-china', '[Peking University]organization:peking-university'],
      );
    });

    it('takes a legal form after an organization into its span', () => {
      assert.deepStrictEqual(
        names(kb, 'Covestro AG and Standard Chartered PLC, Lenovo Group Co., Ltd. and Bosch.'),
        ['[Covestro AG]organization:covestro', '[Standard Chartered PLC]organization:standard-chartered',
          '[Lenovo Group Co., Ltd.]organization:lenovo', '[Bosch]organization:bosch'],
      );
    });

    it('matches pinyin with or without apostrophe', () => {
      assert.deepStrictEqual(
        names(kb, 'Bao’an, Baoan and Jing\'an'),
        ['[Bao’an]district:baoan', '[Baoan]district:baoan', '[Jing\'an]district:jingan'],
      );
    });

    it('searches only the given range, on word boundaries', () => {
      const text = 'Lisbon and Porto and Faro';
      assert.deepStrictEqual(kb.findNames(text, 7, 16).map(m => m.entry.id), ['place:porto']);
      assert.deepStrictEqual(kb.findNames(text, 1, text.length - 1).map(m => m.entry.id), ['place:porto']);
    });
  });

  describe('lookup', () => {
    it('finds an entry by any surface form', () => {
      assert.strictEqual(kb.lookup('Bezirk Luohu')?.id, 'district:luohu');
      assert.strictEqual(kb.lookup('Peking')?.id, 'place:beijing');
      assert.strictEqual(kb.lookup('LISSABON')?.id, 'place:lisbon');
      assert.strictEqual(kb.lookup('PricewaterhouseCoopers')?.id, 'organization:pwc');
      assert.strictEqual(kb.lookup('J.P. Morgan')?.id, 'organization:jpmorgan-chase');
      assert.strictEqual(kb.lookup('Großraum Guangdong-Hongkong-Macao')?.id, 'place:greater-bay-area');
    });

    it('knows no demonyms, adjectives or generic words', () => {
      for (const word of ['German', 'deutsch', 'deutsche', 'European', 'Chinese', 'chinesisch', 'britisch', 'District', 'Bezirk', 'Stadt', 'the']) {
        assert.strictEqual(kb.lookup(word), undefined, word);
      }
    });
  });

  describe('parentChain', () => {
    it('walks from a district up to the continent', () => {
      assert.deepStrictEqual(kb.parentChain('district:futian').map(e => e.id),
        ['place:shenzhen', 'place:guangdong', 'place:china', 'place:asia']);
    });

    it('walks from a European city through its state', () => {
      assert.deepStrictEqual(kb.parentChain('place:erfurt').map(e => e.id), ['place:thuringia', 'place:germany', 'place:europe']);
    });

    it('is empty for unknown ids and entries without parent', () => {
      assert.deepStrictEqual(kb.parentChain('place:atlantis'), []);
      assert.deepStrictEqual(kb.parentChain('organization:kpmg'), []);
    });
  });

  describe('data', () => {
    it('has well-formed unique ids, a description and resolvable parents for every entry', () => {
      const seen = new Set<string>();
      for (const entry of kb.entries) {
        assert.match(entry.id, /^(district|organization|place|person):[a-z0-9]+(-[a-z0-9]+)*$/, entry.id);
        assert.ok(entry.id.startsWith(entry.kind + ':'), entry.id);
        assert.ok(!seen.has(entry.id), `duplicate ${entry.id}`);
        seen.add(entry.id);
        assert.ok(entry.description.length > 0 && !entry.description.includes('{'), entry.id);
        if (entry.parent) {
          assert.ok(kb.get(entry.parent), `${entry.id} → ${entry.parent}`);
        }
      }
    });

    it('lists every district of Shenzhen, Shanghai and Beijing', () => {
      const districts = {
        'place:shenzhen': ['luohu', 'futian', 'nanshan', 'baoan', 'longgang', 'yantian', 'longhua', 'pingshan', 'guangming', 'dapeng'],
        'place:shanghai': ['huangpu', 'xuhui', 'changning', 'jingan', 'putuo', 'hongkou', 'yangpu', 'minhang', 'baoshan', 'jiading',
          'jinshan', 'songjiang', 'qingpu', 'fengxian', 'chongming', 'pudong'],
        'place:beijing': ['dongcheng', 'xicheng', 'chaoyang', 'fengtai', 'shijingshan', 'haidian', 'mentougou', 'fangshan', 'tongzhou',
          'shunyi', 'changping', 'daxing', 'huairou', 'pinggu', 'miyun', 'yanqing'],
      };
      for (const [city, slugs] of Object.entries(districts)) {
        for (const slug of slugs) {
          assert.strictEqual(kb.get(`district:${slug}`)?.parent, city, slug);
        }
      }
    });

    it('keeps one id for a district name used in several cities and says so', () => {
      const huangpu = kb.get('district:huangpu')!;
      assert.strictEqual(huangpu.parent, 'place:shanghai');
      assert.match(huangpu.description, /also a district of Guangzhou/);
    });
  });
});

describe('expandSections', () => {
  it('generates designator variants, the canonical name and the description from the type', () => {
    const [city, district] = expandSections([{
      sections: [
        { kind: 'place', type: 'city', entries: [{ name: 'Fooville', de: 'Fuhstadt' }] },
        { kind: 'district', type: 'district', in: 'fooville', entries: ["Bar'an"] },
      ],
    }]);
    assert.deepStrictEqual(city, { id: 'place:fooville', kind: 'place', name: 'Fooville', nameDe: 'Fuhstadt', aliases: [], description: 'City in —', type: 'city' });
    assert.deepStrictEqual(district, {
      id: 'district:baran', kind: 'district', name: "Bar'an District", parent: 'place:fooville', description: 'Urban district of Fooville',
      aliases: ["Bar'an", "Bezirk Bar'an", "Bezirks Bar'an", "Stadtbezirk Bar'an", "Stadtbezirks Bar'an"],
    });
  });

  it('gives a name without its bare form its designator', () => {
    const [canton] = expandSections([{ sections: [{ kind: 'place', type: 'canton', entries: [{ name: 'Quux', noBare: true }] }] }]);
    assert.strictEqual(canton.name, 'Canton of Quux');
    assert.deepStrictEqual(canton.aliases, ['Kanton Quux', 'Kantons Quux']);
  });
});

describe('KnowledgeBase with custom entries', () => {
  const entries: KnowledgeEntry[] = [
    { id: 'place:ostland', kind: 'place', name: 'Ostland', aliases: [], description: 'Test country' },
    { id: 'organization:ostland-bank', kind: 'organization', name: 'Ostland Bank', aliases: ['OB'], description: 'Test bank' },
  ];
  const small = new KnowledgeBase(entries, [' AG']);

  it('matches names, genitives, legal forms and the longest name', () => {
    assert.deepStrictEqual(names(small, 'Ostlands Ostland Bank AG und OB, nicht Ob'),
      ['[Ostlands]place:ostland', '[Ostland Bank AG]organization:ostland-bank', '[OB]organization:ostland-bank']);
  });

  it('slugs names to lowercase ASCII', () => {
    assert.strictEqual(slugify('Île-de-France', 'fold'), 'ile-de-france');
    assert.strictEqual(slugify("Xi'an", 'fold'), 'xian');
    assert.strictEqual(slugify('Rödl & Partner', 'fold'), 'rodl-and-partner');
  });
});
