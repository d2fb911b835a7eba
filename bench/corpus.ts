/**
 * Generates the benchmark corpus: 10,000 press-release-like documents of about 2 KB (about 20 MB)
 * plus one document of about 1 MB for the edit test, all recombined from the seeds with a
 * fixed-seed PRNG, so every run on every machine measures the same text.
 *
 * Paragraphs are rebuilt from the seeds' sentences, with their numbers redrawn, rather than copied
 * whole: the seeds hold only a few dozen paragraphs, and repeating them 10,000 times would let the
 * recognizer's paragraph cache answer almost every paragraph, which a real corpus would not. Each
 * document opens like its seed (title, then the dateline re-dated) and continues in its language.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Bump whenever the generated text changes, so stale corpora are regenerated. */
const GENERATOR_VERSION = 3;
const PRNG_SEED = 0x5eed2026;
const DOCUMENT_COUNT = 10_000;
const DOCUMENTS_PER_FOLDER = 100;
/** A document stops growing once it reaches a length drawn from this range, overshooting by half a paragraph on average. */
const DOCUMENT_LENGTH = { min: 1200, max: 2200 };
const LARGE_DOCUMENT_LENGTH = 1024 * 1024;
const SENTENCES_PER_PARAGRAPH = { min: 2, max: 4 };

export interface Corpus {
  /** The workspace folder: holds every document, the large one included. */
  root: string;
  /** The 10,000 regular documents. */
  documents: string[];
  /** The ~1 MB document for the edit test (inside root). */
  largeDocument: string;
}

type Language = 'en' | 'de';

interface Seed {
  language: Language;
  /** Title paragraph, or the dateline paragraph cut after its dash, with its date(s) as placeholders. */
  opening: Opening;
  sentences: string[];
}

type Opening =
  | { kind: 'title'; text: string }
  | { kind: 'dateline'; title: string[]; template: string; metadataPrecision: 'month' | 'day' | null; dateStyle: DateStyle; lead: string };

type DateStyle = 'en' | 'de';

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function defaultCorpusRoot(): string {
  return path.resolve(__dirname, '../../bench/.corpus');
}

export function defaultSeedsFolder(): string {
  return path.resolve(__dirname, '../../seeds');
}

/** Returns the corpus under `root`, generating it first when it is missing or from an older generator. */
export function ensureCorpus(root = defaultCorpusRoot(), seedsFolder = defaultSeedsFolder()): Corpus {
  const corpus = corpusLayout(root);
  const stampFile = path.join(root, '.generator.json');
  const stamp = JSON.stringify({ version: GENERATOR_VERSION, seed: PRNG_SEED, documents: DOCUMENT_COUNT });
  const current = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp
    && fs.existsSync(corpus.largeDocument) && corpus.documents.every(fs.existsSync);
  if (!current) {
    fs.rmSync(root, { recursive: true, force: true });
    writeCorpus(corpus, readSeeds(seedsFolder));
    fs.writeFileSync(stampFile, stamp);
  }
  return corpus;
}

function corpusLayout(root: string): Corpus {
  const documents: string[] = [];
  for (let i = 0; i < DOCUMENT_COUNT; i++) {
    const folder = `batch-${String(Math.floor(i / DOCUMENTS_PER_FOLDER)).padStart(3, '0')}`;
    documents.push(path.join(root, 'documents', folder, `release-${String(i).padStart(5, '0')}.txt`));
  }
  return { root, documents, largeDocument: path.join(root, 'large', 'collected-releases.txt') };
}

function writeCorpus(corpus: Corpus, seeds: Seed[]): void {
  const random = mulberry32(PRNG_SEED);
  for (const file of corpus.documents) {
    const length = DOCUMENT_LENGTH.min + Math.floor(random() * (DOCUMENT_LENGTH.max - DOCUMENT_LENGTH.min));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, composeDocument(seeds, random, length));
  }
  fs.mkdirSync(path.dirname(corpus.largeDocument), { recursive: true });
  fs.writeFileSync(corpus.largeDocument, composeDocument(seeds, random, LARGE_DOCUMENT_LENGTH));
}

function composeDocument(seeds: Seed[], random: () => number, length: number): string {
  const seed = seeds[Math.floor(random() * seeds.length)];
  const pool = seeds.filter(s => s.language === seed.language).flatMap(s => s.sentences);
  const paragraphs = [composeOpening(seed.opening, pool, random)];
  let size = paragraphs[0].length;
  while (size < length) {
    const count = SENTENCES_PER_PARAGRAPH.min + Math.floor(random() * (SENTENCES_PER_PARAGRAPH.max - SENTENCES_PER_PARAGRAPH.min + 1));
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(redrawNumbers(pick(pool, random), random));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n') + '\n';
}

function composeOpening(opening: Opening, pool: string[], random: () => number): string {
  if (opening.kind === 'title') return opening.text;
  const year = 2022 + Math.floor(random() * 4);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const metadata = opening.metadataPrecision === null ? ''
    : ` date ${year}-${pad2(month)}${opening.metadataPrecision === 'day' ? `-${pad2(day)}` : ''} `;
  const dateline = opening.template.replace(DATE_PLACEHOLDER, formatDate(opening.dateStyle, year, month, day));
  return metadata + [...opening.title, `${dateline} ${opening.lead} ${redrawNumbers(pick(pool, random), random)}`].join('\n\n');
}

const NUMBER = /(?<![\p{L}\p{N}@.,-])\d+(?:[.,]\d+)*(?![\p{L}\p{N}@-])/gu;

/**
 * Gives every number a new value of the same shape: one or two digits become 1 to 28 (so "12. Mai"
 * stays a date), years stay recent years, longer numbers keep their digit count and separators.
 */
function redrawNumbers(sentence: string, random: () => number): string {
  return sentence.replace(NUMBER, number => {
    if (/^\d{1,2}$/.test(number)) return String(1 + Math.floor(random() * 28));
    if (/^(19|20)\d\d$/.test(number)) return String(2015 + Math.floor(random() * 11));
    return number.replace(/\d/g, (_, offset: number) => String(Math.floor(random() * (offset === 0 ? 9 : 10)) + (offset === 0 ? 1 : 0)));
  });
}

const DATE_PLACEHOLDER = '{date}';
const MONTHS_EN = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function formatDate(style: DateStyle, year: number, month: number, day: number): string {
  return style === 'de' ? `${day}. ${MONTHS_DE[month - 1]} ${year}` : `${MONTHS_EN[month - 1]} ${day}, ${year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

function readSeeds(folder: string): Seed[] {
  return fs.readdirSync(folder).filter(name => name.endsWith('.txt')).sort()
    .map(name => parseSeed(fs.readFileSync(path.join(folder, name), 'utf8')));
}

const METADATA_DATE = /^\s*date (\d{4}-\d{2}(-\d{2})?)\s+/;
/** "LONDON, 15. Mai 2025 /PRNewswire/ --", "SHENZHEN, China, June 24, 2024 (GLOBE NEWSWIRE) —" */
const DATELINE = /^([A-Z][A-Z .]+,(?: [A-Z][a-z]+,)? )(\d{1,2}\. \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})( (?:\/[^/\n]+\/|\([^)\n]+\)) (?:--|—))\s+/u;
const GERMAN_MARKERS = /\b(?:der|die|und|das|mit|von|den|sich)\b/g;
const ENGLISH_MARKERS = /\b(?:the|and|of|with|to|in|has|its)\b/g;

function parseSeed(text: string): Seed {
  let paragraphs = text.split(/\n[ \t]*\n/).map(p => p.trim()).filter(p => p.length > 0);
  if (paragraphs.length === 1) paragraphs = text.split('\n').map(p => p.trim()).filter(p => p.length > 0);
  const language: Language = (text.match(GERMAN_MARKERS)?.length ?? 0) > (text.match(ENGLISH_MARKERS)?.length ?? 0) ? 'de' : 'en';

  // The metadata line sits at the very start of the text, the dateline in one of the first paragraphs.
  const metadata = METADATA_DATE.exec(paragraphs[0]);
  if (metadata) paragraphs[0] = paragraphs[0].slice(metadata[0].length);
  const datelineIndex = paragraphs.slice(0, 3).findIndex(p => DATELINE.test(p));
  if (datelineIndex < 0) {
    // No dateline: the first paragraph is the title.
    return { language, opening: { kind: 'title', text: paragraphs[0] }, sentences: paragraphs.slice(1).flatMap(splitSentences) };
  }
  const dateline = DATELINE.exec(paragraphs[datelineIndex])!;
  const [lead, ...rest] = splitSentences(paragraphs[datelineIndex].slice(dateline[0].length));
  return {
    language,
    opening: {
      kind: 'dateline',
      title: paragraphs.slice(0, datelineIndex),
      template: `${dateline[1]}${DATE_PLACEHOLDER}${dateline[3]}`,
      metadataPrecision: metadata ? (metadata[2] ? 'day' : 'month') : null,
      dateStyle: /^\d/.test(dateline[2]) ? 'de' : 'en',
      lead,
    },
    sentences: [...rest, ...paragraphs.slice(datelineIndex + 1).flatMap(splitSentences)],
  };
}

/** Shorter lines are captions, URLs and contact lines, which read oddly in the middle of a paragraph. */
const MIN_SENTENCE_LENGTH = 40;

/**
 * Splits after ". " only when a lower-case word of two letters or more ends the sentence, so
 * "Sept. 15", "15. Mai", "Mr. Wong" and "Co. Ltd" stay whole.
 */
function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=\b\p{Ll}{2,}[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).filter(s => s.length >= MIN_SENTENCE_LENGTH);
}
