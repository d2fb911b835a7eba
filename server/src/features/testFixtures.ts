/**
 * Shared by the feature tests: a fake analyzer that marks the words of a small inline dictionary, a
 * matching knowledge base, and cursor markers, so that tests assert exact results whatever the real
 * recognizer does.
 */
import type { DocumentAnalysis, Entity } from '../language/types';
import { KnownEntity, KnowledgeLookup, WorkspaceIndex } from '../workspaceIndex';

type Recognized = Omit<Entity, 'start' | 'end' | 'text'>;

const LUOHU: Recognized = { kind: 'district', id: 'district:luohu' };
const PWC: Recognized = { kind: 'organization', id: 'organization:pwc' };
const MAY_15: Recognized = { kind: 'date', value: '2025-05-15' };

export const DICTIONARY: Record<string, Recognized> = {
  'Luohu District': LUOHU,
  'Luohu': LUOHU,
  'Bezirk Luohu': LUOHU,
  'Qianhai': { kind: 'district', id: 'district:qianhai' },
  'PwC': PWC,
  'PricewaterhouseCoopers': PWC,
  'Oakfield Robotics': { kind: 'organization', id: 'organization:oakfield-robotics' },
  'Oakfield': { kind: 'organization', id: 'organization:oakfield-robotics' },
  'Shenzhen': { kind: 'place', id: 'place:shenzhen' },
  'Porto': { kind: 'place', id: 'place:porto' },
  'Anna Weber': { kind: 'person', id: 'person:anna-weber' },
  '15. Mai 2025': MAY_15,
  'May 15, 2025': MAY_15,
  'Saturday': { kind: 'date', value: 'XXXX-WXX-6' },
  '2023': { kind: 'date', value: '2023' },
  'über 7.000': { kind: 'figure', value: 7000, unit: 'count', approx: 'over' },
  '7,000': { kind: 'figure', value: 7000, unit: 'count' },
  '94 percent': { kind: 'figure', value: 94, unit: '%' },
  '98,4 Milliarden Dollar': { kind: 'figure', value: 98_400_000_000, unit: 'USD' },
};

const NAMES = Object.keys(DICTIONARY).sort((a, b) => b.length - a.length);
const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NAMES.map(name => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Marks dictionary words (longest first; a space in a name matches any whitespace, line breaks included). */
export function dictionaryAnalyzer(text: string): DocumentAnalysis {
  const entities: Entity[] = [];
  for (const match of text.matchAll(NAME_PATTERN)) {
    const recognized = DICTIONARY[match[0].replace(/\s+/g, ' ')];
    entities.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], ...recognized });
  }
  return { language: /\b(der|die|das|und)\b/.test(text) ? 'de' : 'en', documentDate: null, entities };
}

const KNOWN: KnownEntity[] = [
  { id: 'district:luohu', name: 'Luohu District', nameDe: 'Bezirk Luohu', aliases: ['Luohu', '罗湖区'], description: 'District of Shenzhen', parent: 'place:shenzhen' },
  { id: 'district:qianhai', name: 'Qianhai', aliases: [], description: 'Cooperation zone in Guangdong', parent: 'place:shenzhen' },
  { id: 'place:shenzhen', name: 'Shenzhen', aliases: [], description: 'City in Guangdong', parent: 'place:guangdong' },
  { id: 'place:guangdong', name: 'Guangdong', aliases: ['Guangdong Province'], description: 'Province of China', parent: 'place:china' },
  { id: 'place:china', name: 'China', aliases: [], description: 'Country in East Asia' },
  { id: 'organization:pwc', name: 'PwC', aliases: ['PricewaterhouseCoopers'], description: 'Professional services network' },
];

export const fakeKnowledge: KnowledgeLookup = {
  get: id => KNOWN.find(entry => entry.id === id),
  parentChain(id) {
    const chain: KnownEntity[] = [];
    for (let parent = this.get(this.get(id)?.parent ?? ''); parent; parent = this.get(parent.parent ?? '')) chain.push(parent);
    return chain;
  },
};

/** An index of the given documents (URI → text) as files on disk. */
export function indexOf(documents: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex(dictionaryAnalyzer, fakeKnowledge);
  for (const [uri, text] of Object.entries(documents)) {
    index.update(uri, { kind: 'disk', stamp: { mtime: 1, size: text.length } }, text);
  }
  return index;
}

/** Removes the cursor marker `|` and returns the text and the cursor's offset. */
export function withCursor(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf('|');
  if (offset < 0) throw new Error('no cursor marker | in test text');
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset };
}
