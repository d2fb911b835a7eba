/**
 * The curated knowledge base of districts, places, organizations and persons, and a fast matcher
 * over all their surface forms.
 *
 * The data lives in server/data/*.json in a compact form: sections of entries that share a kind,
 * a type and a parent. Designator variants ('Luohu District', 'Bezirk Luohu', 'Provinz Guangdong')
 * and default descriptions are generated here from the type, so the data lists each thing once.
 * Regular derived forms (German genitive -s, spellings without apostrophe or diacritics, the
 * ALL-CAPS rendering of datelines) are generated when the matcher is built.
 */
import { NamedKind } from './types';
import { MatcherHit, NameMatcher, nameKey } from './nameMatcher';
import { Token } from './tokenizer';
import { foldDiacritics, slugify, transliterateUmlauts } from './identity';
import chinaDistricts from '../../data/districts-china.json';
import worldDistricts from '../../data/districts-world.json';
import chinaPlaces from '../../data/places-china.json';
import worldPlaces from '../../data/places-world.json';
import europePlaces from '../../data/places-europe.json';
import organizations from '../../data/organizations.json';
import persons from '../../data/persons.json';
import legalForms from '../../data/legal-forms.json';

export interface KnowledgeEntry {
  /** 'district:luohu', 'place:united-kingdom', 'organization:pwc': lowercase ASCII slug, kind first. */
  id: string;
  kind: NamedKind;
  /** Canonical English name, e.g. 'Luohu District', 'United Kingdom', 'PwC'. */
  name: string;
  /** German name when it differs, e.g. 'Vereinigtes Königreich'. */
  nameDe?: string;
  /** Other surface forms in both languages: short forms, acronyms, designator variants, inflected German forms. */
  aliases: string[];
  /** One line, shown in the hover. */
  description: string;
  /** Id of the containing place (district → city → province → country → continent). */
  parent?: string;
  /** What sort of place or district it is, as the data says: 'country', 'city', 'province', … */
  type?: string;
}

export interface NameMatch { start: number; end: number; entry: KnowledgeEntry }

/** How much a surface form can be trusted when two entries claim it. */
const enum Rank { AllCaps = 0, Derived = 1, Alias = 2, Name = 3 }

interface Claim { entry: KnowledgeEntry; rank: Rank }

/** Words that end an English designator phrase; a German genitive -s on them makes no sense. */
const NO_GENITIVE_AFTER = new Set(['District', 'County', 'Area', 'Zone', 'Province', 'City', 'Region', 'Park',
  'Municipality', 'Island', 'Islands', 'Kingdom', 'Republic', 'Territory', 'State', 'Valley']);

export class KnowledgeBase {
  readonly entries: readonly KnowledgeEntry[];
  private readonly byId = new Map<string, KnowledgeEntry>();
  private readonly bySurface = new Map<string, Claim>();
  private readonly matcher: NameMatcher<KnowledgeEntry>;
  private readonly legalForms = new NameMatcher<true>();

  /**
   * @param organizationSuffixes legal forms that may follow an organization's name (' AG', ', Inc.');
   * a form that starts with a letter is taken to follow a space.
   */
  constructor(entries: readonly KnowledgeEntry[], organizationSuffixes: readonly string[] = []) {
    this.entries = entries;
    for (const entry of entries) {
      if (!this.byId.has(entry.id)) {
        this.byId.set(entry.id, entry);
      }
    }
    for (const entry of entries) {
      this.claimForms(entry);
    }
    this.matcher = new NameMatcher<KnowledgeEntry>(this.bySurface.size);
    // forEach, not for-of: no [key, value] pair per surface while this code is cold.
    this.bySurface.forEach((claim, key) => this.matcher.add(key, claim.entry));
    for (const suffix of organizationSuffixes) {
      this.legalForms.add(/^[\p{L}\p{N}]/u.test(suffix) ? ' ' + suffix : suffix, true, true);
    }
  }

  get(id: string): KnowledgeEntry | undefined {
    return this.byId.get(id);
  }

  /** The containing places, nearest first. */
  parentChain(id: string): KnowledgeEntry[] {
    const chain: KnowledgeEntry[] = [];
    const seen = new Set<string>([id]);
    let parentId = this.byId.get(id)?.parent;
    while (parentId && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = this.byId.get(parentId);
      if (!parent) {
        break;
      }
      chain.push(parent);
      parentId = parent.parent;
    }
    return chain;
  }

  /** The entry with exactly this surface form (or its ALL-CAPS rendering). */
  lookup(surface: string): KnowledgeEntry | undefined {
    return this.bySurface.get(nameKey(surface))?.entry;
  }

  /**
   * Every known name in text[from, to), on word boundaries, longest match wins, non-overlapping,
   * sorted. An organization's span takes in a legal form written after the name ('BASF SE').
   */
  findNames(text: string, from = 0, to = text.length): NameMatch[] {
    return this.withLegalForms(text, this.matcher.findAll(text, from, to), to);
  }

  /** `findNames(text, from, to)` for a text already split by `tokenize(text, from, to)`. */
  findNamesInTokens(text: string, tokens: readonly Token[], from = 0, to = text.length): NameMatch[] {
    return this.withLegalForms(text, this.matcher.findAllInTokens(text, tokens, from, to), to);
  }

  private withLegalForms(text: string, hits: readonly MatcherHit<KnowledgeEntry>[], to: number): NameMatch[] {
    return hits.map((hit, i) => {
      // A legal form never reaches into the next name ('Siemens AG' but not 'Siemens SA Wales').
      const limit = i + 1 < hits.length ? hits[i + 1].start : to;
      const end = hit.value.kind === 'organization' ? this.legalForms.extend(text, hit.end, limit) : hit.end;
      return { start: hit.start, end, entry: hit.value };
    });
  }

  private claimForms(entry: KnowledgeEntry): void {
    const inflects = entry.kind === 'place' || entry.kind === 'district';
    this.claimSurface(entry.name, entry, Rank.Name, inflects);
    if (entry.nameDe) {
      this.claimSurface(entry.nameDe, entry, Rank.Name, inflects);
    }
    for (const alias of entry.aliases) {
      this.claimSurface(alias, entry, Rank.Alias, inflects);
    }
  }

  /** A surface form written in the data, and the forms derived from it. */
  private claimSurface(surface: string, entry: KnowledgeEntry, rank: Rank, inflects: boolean): void {
    this.claim(surface, entry, rank);
    const spellings = [surface];
    for (const spelling of alternativeSpellings(surface)) {
      if (!spellings.includes(spelling)) {
        spellings.push(spelling);
      }
    }
    for (const spelling of spellings) {
      if (spelling !== surface) {
        this.claim(spelling, entry, Rank.Derived);
      }
      const weakAdjective = germanWeakAdjectiveForm(spelling);
      if (weakAdjective) {
        this.claim(weakAdjective, entry, Rank.Derived);
      }
      if (inflects) {
        const genitive = germanGenitive(spelling);
        if (genitive) {
          this.claim(genitive, entry, Rank.Derived);
        }
      }
      if (THREE_LETTERS.test(spelling)) {
        const caps = spelling.toUpperCase();
        if (caps !== spelling) {
          this.claim(caps, entry, Rank.AllCaps);
        }
      }
    }
  }

  private claim(surface: string, entry: KnowledgeEntry, rank: Rank): void {
    const key = nameKey(surface);
    if (key === '') {
      return;
    }
    const current = this.bySurface.get(key);
    if (!current || current.rank < rank) {
      this.bySurface.set(key, { entry, rank });
    }
  }
}

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Spellings seen in the wild for one form: without diacritics, ü as ue, and without pinyin
 * apostrophes in multiword forms ('Baoan District'). A bare word without its apostrophe is too
 * often a given name ("Lu'an" → Luan) to be derived; the data lists the safe ones ('Baoan').
 */
function alternativeSpellings(surface: string): string[] {
  const spellings: string[] = [];
  if (/\p{L}['’]\p{L}/u.test(surface) && /\s/.test(surface)) {
    spellings.push(surface.replace(/(?<=\p{L})['’](?=\p{L})/gu, ''));
  }
  if (NON_ASCII.test(surface)) {
    const folded = foldDiacritics(surface);
    if (folded !== surface) {
      spellings.push(folded);
    }
    if (/[äöüÄÖÜ]/.test(surface)) {
      spellings.push(transliterateUmlauts(surface));
    }
  }
  return spellings;
}

/** 'Shanghai' → 'Shanghais', 'Vereinigten Königreich' → 'Vereinigten Königreichs'; none for 'Schweiz' or 'USA'. */
function germanGenitive(surface: string): string | undefined {
  const lastWord = /[\p{L}]+$/u.exec(surface)?.[0];
  if (!lastWord || lastWord.length < 3 || /[sxzßSXZ]$/.test(lastWord) || lastWord === lastWord.toUpperCase()
    || !/^\p{Lu}/u.test(lastWord) || NO_GENITIVE_AFTER.has(lastWord)) {
    return undefined;
  }
  return surface + 's';
}

/**
 * A name led by a German adjective after an article: 'Deutsche Bank' → 'Deutschen Bank'
 * ('der Deutschen Bank'), 'Freie Universität Berlin' → 'Freien Universität Berlin'.
 */
function germanWeakAdjectiveForm(surface: string): string | undefined {
  const match = /^(\p{Lu}\p{Ll}*(?:sche|liche|igte|ale|ere|eie|eue|oße))(\s+\p{Lu}.*)$/u.exec(surface);
  return match ? `${match[1]}n${match[2]}` : undefined;
}

const THREE_LETTERS = /\p{L}[^]*\p{L}[^]*\p{L}/u;

// ---- Loading the compact data files ------------------------------------------------------------

/** One entry as written in the data: a bare name, or an object for anything beyond the section defaults. */
type RawEntry = string | {
  name: string;
  id?: string;
  de?: string;
  aka?: string[];
  type?: string;
  in?: string;
  desc?: string;
  /** The bare name is too ambiguous on its own ('Mitte'); only designated forms are names. */
  noBare?: boolean;
};

interface RawSection {
  kind: string;
  type?: string;
  in?: string;
  desc?: string;
  entries: RawEntry[];
}

interface RawFile { sections: RawSection[] }

interface Designation {
  /** Canonical English name built from the bare name; the bare name itself when absent. */
  name?: string;
  /** Patterns filled with the English bare name. */
  en: string[];
  /** Patterns filled with the German bare name (the English one when the data gives none). */
  de: string[];
  /** Default description; {parent} and {parents} are filled from the parent chain. */
  description: string;
  /** The patterns fill one-word names only: a name of several words carries its own designator ("Suzhou Industrial Park"). */
  oneWordOnly?: boolean;
}

const DESIGNATIONS: Record<string, Designation> = {
  'district': {
    name: '{} District', en: ['{} District'], de: ['Bezirk {}', 'Bezirks {}', 'Stadtbezirk {}', 'Stadtbezirks {}'],
    description: 'Urban district of {parents}',
  },
  'county': {
    name: '{} County', en: ['{} County'], de: ['Kreis {}', 'Kreises {}', 'Landkreis {}'],
    description: 'County of {parents}',
  },
  'new-area': {
    name: '{} New Area', en: ['{} New Area'],
    de: ['Neues Gebiet {}', 'Neuen Gebiet {}', 'Neuen Gebiets {}', 'Neue Zone {}', 'Neuen Zone {}'],
    description: 'National-level new area in {parents}',
  },
  'new-district': {
    name: '{} New District', en: ['{} New District'], de: ['Neuer Bezirk {}', 'Neuen Bezirk {}', 'Neuen Bezirks {}'],
    description: 'New district of {parents}',
  },
  'subdistrict': {
    name: '{} Subdistrict', en: ['{} Subdistrict', '{} Sub-district'], de: ['Unterbezirk {}', 'Straßenviertel {}'],
    description: 'Subdistrict of {parents}',
  },
  'zone': { en: [], de: [], description: 'Special zone in {parents}' },
  'park': {
    en: ['{} Science Park', '{} Hi-Tech Park', '{} High-Tech Park'],
    de: ['Wissenschaftspark {}', 'Technologiepark {}', 'Hightech-Park {}', 'Industriepark {}'],
    description: 'Industrial or high-tech park in {parents}',
    oneWordOnly: true,
  },
  'area': { en: [], de: [], description: 'Area of {parents}' },
  'borough': {
    en: ['London Borough of {}', 'Borough of {}'], de: ['Bezirk {}', 'Stadtbezirk {}'],
    description: 'Borough of {parents}',
  },
  'urban-district': {
    en: ['{} District'], de: ['Bezirk {}', 'Bezirks {}', 'Stadtbezirk {}', 'Stadtbezirks {}'],
    description: 'District of {parents}',
  },
  'continent': { en: [], de: [], description: 'Continent' },
  'region': { en: [], de: [], description: 'Region' },
  'country': { en: [], de: [], description: 'Country in {parent}' },
  'territory': { en: [], de: [], description: 'Territory of {parent}' },
  'province': { en: ['{} Province'], de: ['Provinz {}'], description: 'Province of {parent}' },
  'autonomous-region': { en: [], de: [], description: 'Autonomous region of {parent}' },
  'municipality': {
    en: ['{} Municipality', '{} City'], de: [],
    description: 'Municipality under the central government of {parent}',
  },
  'sar': { en: [], de: [], description: 'Special administrative region of {parent}' },
  'prefecture': { en: ['{} City'], de: [], description: 'Prefecture-level city in {parents}' },
  'county-city': { en: ['{} City'], de: [], description: 'County-level city in {parents}' },
  'city': { en: [], de: [], description: 'City in {parents}' },
  'capital': { en: [], de: [], description: 'Capital of {parent}' },
  'german-state': { en: ['State of {}'], de: ['Bundesland {}', 'Bundeslandes {}'], description: 'State of {parent}' },
  'austrian-state': { en: [], de: ['Bundesland {}', 'Bundeslandes {}'], description: 'State of {parent}' },
  'canton': { en: ['Canton of {}'], de: ['Kanton {}', 'Kantons {}'], description: 'Canton of {parent}' },
  'state': { en: ['State of {}'], de: [], description: 'State of {parent}' },
  'subregion': { en: [], de: [], description: 'Region of {parents}' },
  'organization': { en: [], de: [], description: 'Organization' },
  'person': { en: [], de: [], description: 'Person' },
};

function fill(pattern: string, bare: string): string {
  return pattern.replace('{}', bare);
}

/** Lowercase ASCII slug: 'Bao'an' → 'baoan', 'Île-de-France' → 'ile-de-france'. */
interface PendingEntry { entry: KnowledgeEntry; template?: string; alsoIn: string[] }

/**
 * Expands the compact data into entries. A name listed under several parents (the district
 * Huangpu in Shanghai and Guangzhou, the city Taizhou in Jiangsu and Zhejiang) stays one entry,
 * parented to the first one listed.
 */
export function expandSections(files: readonly RawFile[]): KnowledgeEntry[] {
  const pending = new Map<string, PendingEntry>();
  for (const file of files) {
    for (const section of file.sections) {
      for (const raw of section.entries) {
        const item = typeof raw === 'string' ? { name: raw } : raw;
        const kind = section.kind as NamedKind;
        const type = item.type ?? section.type ?? kind;
        const designation = DESIGNATIONS[type];
        if (!designation) {
          throw new Error(`Unknown type ${type} for ${item.name}`);
        }
        const parentRef = item.in ?? section.in;
        const parent = parentRef ? (parentRef.includes(':') ? parentRef : `place:${parentRef}`) : undefined;
        const id = item.id ? (item.id.includes(':') ? item.id : `${kind}:${item.id}`) : `${kind}:${slugify(item.name, 'fold')}`;
        const existing = pending.get(id);
        if (existing) {
          if (parent && parent !== existing.entry.parent && !existing.alsoIn.includes(parent)) {
            existing.alsoIn.push(parent);
          }
          continue;
        }
        const bare = item.name;
        const bareDe = item.de ?? bare;
        // Without its bare form, a name must carry its designator ('Canton of Zurich', not 'Zurich').
        const bareless = item.noBare && !designation.name ? designation.en[0] ?? designation.de[0] : undefined;
        const name = designation.name ? fill(designation.name, bare) : bareless ? fill(bareless, bare) : bare;
        const aliases: string[] = [];
        const add = (form: string) => {
          if (form !== name && !aliases.includes(form)) {
            aliases.push(form);
          }
        };
        if (!item.noBare) {
          add(bare);
        }
        for (const alias of item.aka ?? []) {
          add(alias);
        }
        if (!designation.oneWordOnly || !bare.includes(' ')) {
          for (const pattern of designation.en) {
            add(fill(pattern, bare));
          }
          for (const pattern of designation.de) {
            add(fill(pattern, bareDe));
          }
        }
        const nameDe = item.de && item.de !== name && !item.noBare ? item.de : undefined;
        if (nameDe) {
          const index = aliases.indexOf(nameDe);
          if (index >= 0) {
            aliases.splice(index, 1);
          }
        }
        const entry: KnowledgeEntry = { id, kind, name, aliases, description: '' };
        if (nameDe) {
          entry.nameDe = nameDe;
        }
        if (parent) {
          entry.parent = parent;
        }
        if (type !== kind) {
          entry.type = type;
        }
        pending.set(id, { entry, template: item.desc ?? section.desc ?? designation.description, alsoIn: [] });
      }
    }
  }
  const nameOf = (id: string) => pending.get(id)?.entry.name;
  for (const { entry, template, alsoIn } of pending.values()) {
    const parentName = entry.parent ? nameOf(entry.parent) : undefined;
    const grandparent = entry.parent ? pending.get(entry.parent)?.entry.parent : undefined;
    const grandparentName = grandparent ? nameOf(grandparent) : undefined;
    const parents = [parentName, grandparentName].filter(Boolean).join(', ');
    let description = (template ?? '').replace('{parents}', parents || '—').replace('{parent}', parentName ?? '—');
    if (alsoIn.length > 0) {
      const others = alsoIn.map(nameOf).filter(Boolean).join(', ');
      const what = entry.kind === 'district' ? 'a district of' : 'a place in';
      description += `; the same name is also ${what} ${others} (one id for the name)`;
    }
    entry.description = description;
  }
  return [...pending.values()].map(p => p.entry);
}

let defaultBase: KnowledgeBase | undefined;

/** The knowledge base built from server/data/*.json, built on first use. */
export function defaultKnowledgeBase(): KnowledgeBase {
  defaultBase ??= new KnowledgeBase(
    expandSections([chinaDistricts, worldDistricts, chinaPlaces, europePlaces, worldPlaces, organizations, persons] as RawFile[]),
    legalForms as string[],
  );
  return defaultBase;
}
