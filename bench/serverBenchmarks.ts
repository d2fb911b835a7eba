/**
 * The server-side figures: time to index the workspace, request latencies once indexed, and the time
 * to see a one-character edit of a large document reflected in its semantic tokens.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SemanticTokens } from 'vscode-languageserver/node';
import { EntityRecognizer } from '../server/src/language/recognizer';
import { Entity } from '../server/src/language/types';
import { LanguageServerSession, withTimeout } from './languageServerSession';
import { median, percentile, elapsedMs, now } from './stats';

/** A mention to ask references on, and how many mentions of its id the recognizer finds in the workspace. */
export interface ReferenceTarget {
  file: string;
  text: string;
  entity: Entity;
  expectedReferences: number;
}

export interface IndexingRun {
  /** From sending `initialize` until references on the target return every mention. */
  ms: number;
  /** From sending `initialize` until `entityMarkup/indexingDone` arrived. */
  indexingDoneMs: number;
  /** The `ms` the server itself reported in `entityMarkup/indexingDone`. */
  serverReportedMs: number;
  /** CPU time the server process had used when all references were there (startup included). */
  serverCpuSeconds: number;
  documents: number;
  entities: number;
  references: number;
  complete: boolean;
}

const INDEXING_TIMEOUT_MS = 180_000;
/** After `indexingDone`, how long references may take to reach the expected count before the run counts as incomplete. */
const SETTLE_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 20;

/** The first mention spelt `surface`, with the count of every mention sharing its id. */
export function findReferenceTarget(files: readonly string[], texts: readonly string[], surface: string): ReferenceTarget {
  const recognizer = new EntityRecognizer();
  const mentionsPerId = new Map<string, number>();
  let target: Omit<ReferenceTarget, 'expectedReferences'> | undefined;
  texts.forEach((text, i) => {
    for (const entity of recognizer.analyze(text).entities) {
      if (entity.id === undefined) continue;
      mentionsPerId.set(entity.id, (mentionsPerId.get(entity.id) ?? 0) + 1);
      if (!target && entity.text === surface) target = { file: files[i], text, entity };
    }
  });
  if (!target) throw new Error(`the recognizer finds no named mention "${surface}" in the corpus`);
  return { ...target, expectedReferences: mentionsPerId.get(target.entity.id!)! };
}

/** Starts a server on `workspaceFolder` and measures how long it takes to answer references on `target` completely. */
/** With `storagePath`, the server keeps its index cache there (see LanguageServerSession.initialize); without, it indexes every file. */
export async function measureIndexing(workspaceFolder: string, target: ReferenceTarget, serverNodeArguments: string[] = [], storagePath?: string): Promise<{ run: IndexingRun; session: LanguageServerSession }> {
  const session = LanguageServerSession.start(workspaceFolder, serverNodeArguments);
  const position = TextDocument.create('', '', 1, target.text).positionAt(target.entity.start);
  const start = now();
  await session.initialize(storagePath);
  await session.open(target.file, target.text);
  const done = await withTimeout(session.nextIndexingDone(true), INDEXING_TIMEOUT_MS);
  const indexingDoneMs = elapsedMs(start);
  let references = 0;
  const settleStart = now();
  for (;;) {
    references = (await session.references(target.file, position))?.length ?? 0;
    if (references >= target.expectedReferences || elapsedMs(settleStart) > SETTLE_TIMEOUT_MS) break;
    await new Promise(resolve => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  const ms = elapsedMs(start);
  return {
    session,
    run: {
      ms, indexingDoneMs, serverReportedMs: done.ms, serverCpuSeconds: session.cpuSeconds(), documents: done.documents, entities: done.entities,
      references, complete: references === target.expectedReferences,
    },
  };
}

export interface OpenDocument { file: string; text: string; entities: Entity[] }

export interface Latency {
  feature: string;
  p50: number;
  p95: number;
  max: number;
  requests: number;
  /** Requests that returned something (a hover, a location, a symbol, a token). */
  answered: number;
  /** Median size of the result (locations, symbols, tokens); 0 for hover. */
  medianResultSize: number;
  maxResultSize: number;
  /** Size of the largest result as JSON, which the server encodes and the client decodes within the timing. */
  maxResultKilobytes: number;
  /** p95 over the requests whose result has at most SMALL_RESULT items, which isolates the cost of huge results. */
  p95SmallResults: number;
  /** The server's part: from sending the request until the first byte of the answer arrived. */
  serverP50: number;
  serverP95: number;
}

const SMALL_RESULT = 1000;

const WARMUP_REQUESTS = 20;

/** Opens `documents` and times `requests` sequential requests per feature at random entity positions. */
export async function measureLatencies(session: LanguageServerSession, documents: readonly OpenDocument[], requests: number, random: () => number): Promise<Latency[]> {
  const withEntities = documents.filter(d => d.entities.length > 0);
  for (const document of withEntities) await session.open(document.file, document.text);
  const lines = new Map(withEntities.map(d => [d.file, TextDocument.create('', '', 1, d.text)]));
  const randomMention = () => {
    const document = withEntities[Math.floor(random() * withEntities.length)];
    const entity = document.entities[Math.floor(random() * document.entities.length)];
    return { file: document.file, position: lines.get(document.file)!.positionAt((entity.start + entity.end) >> 1) };
  };
  const features: [string, () => Promise<unknown>, (result: unknown) => number][] = [
    ['hover', () => { const { file, position } = randomMention(); return session.hover(file, position); }, () => 0],
    ['references', () => { const { file, position } = randomMention(); return session.references(file, position); }, result => (result as unknown[]).length],
    ['document symbols', () => session.documentSymbols(randomMention().file), result => (result as unknown[]).length],
    ['semantic tokens', () => session.semanticTokens(randomMention().file), result => (result as SemanticTokens).data.length / 5],
  ];
  const latencies: Latency[] = [];
  for (const [feature, request, sizeOf] of features) {
    for (let i = 0; i < WARMUP_REQUESTS; i++) await request();
    const times: number[] = [];
    const serverTimes: number[] = [];
    const sizes: number[] = [];
    let maxBytes = 0;
    let answered = 0;
    for (let i = 0; i < requests; i++) {
      const start = now();
      const result = await request();
      times.push(elapsedMs(start));
      serverTimes.push(Number(session.latestMessageStart - start) / 1e6);
      const size = result === null || result === undefined ? 0 : sizeOf(result);
      if (result !== null && result !== undefined && (size > 0 || feature === 'hover')) answered++;
      sizes.push(size);
      maxBytes = Math.max(maxBytes, JSON.stringify(result ?? null).length);
    }
    latencies.push({
      feature, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), requests, answered,
      medianResultSize: median(sizes), maxResultSize: Math.max(...sizes), maxResultKilobytes: maxBytes / 1000,
      p95SmallResults: percentile(times.filter((_, i) => sizes[i] <= SMALL_RESULT), 95),
      serverP50: percentile(serverTimes, 50), serverP95: percentile(serverTimes, 95),
    });
  }
  return latencies;
}

export interface EditTimes {
  /** didOpen of the large document until its first semantic tokens returned. */
  openToTokensMs: number;
  /** Median over the edits: didChange until semantic tokens reflecting the edit returned. */
  editToTokensMs: number;
  editToTokensSamples: number[];
  /** Recognizer alone, cache empty: analyze() of the whole large document. */
  recognizerFullMs: number;
  /** Median over the same edits: analyze() of the edited document with the recognizer that analysed it before. */
  recognizerEditMs: number;
  recognizerEditSamples: number[];
}

/**
 * Each edit inserts one character just before the space that precedes a mention, so the mention moves one
 * column right: a token stream showing it there reflects the edit; showing it at its old column is stale.
 * Edits go from the end of the document towards its start so that earlier offsets stay valid.
 */
export async function measureEdit(session: LanguageServerSession, file: string, text: string, edits: number): Promise<EditTimes> {
  const recognizer = new EntityRecognizer();
  let start = now();
  const analysis = recognizer.analyze(text);
  const recognizerFullMs = elapsedMs(start);
  const targets = editTargets(text, analysis.entities, edits);

  start = now();
  await session.open(file, text);
  await session.semanticTokens(file);
  const openToTokensMs = elapsedMs(start);

  const editToTokensSamples: number[] = [];
  const recognizerEditSamples: number[] = [];
  let current = text;
  let version = 1;
  for (const entity of targets) {
    const before = TextDocument.create('', '', 1, current);
    const insertAt = before.positionAt(entity.start - 1);
    current = `${current.slice(0, entity.start - 1)}x${current.slice(entity.start - 1)}`;
    const after = TextDocument.create('', '', 1, current);
    const moved = { ...after.positionAt(entity.start + 1), length: entity.end - entity.start };
    const stale = { ...before.positionAt(entity.start), length: entity.end - entity.start };

    start = now();
    await session.change(file, ++version, insertAt, insertAt, 'x');
    for (;;) {
      const tokens = await session.semanticTokens(file);
      if (tokens && hasToken(tokens, moved) && !hasToken(tokens, stale)) break;
      if (elapsedMs(start) > SETTLE_TIMEOUT_MS) throw new Error(`semantic tokens never showed the edit at ${JSON.stringify(moved)}`);
    }
    editToTokensSamples.push(elapsedMs(start));

    start = now();
    recognizer.analyze(current);
    recognizerEditSamples.push(elapsedMs(start));
  }
  return {
    openToTokensMs, editToTokensMs: median(editToTokensSamples), editToTokensSamples,
    recognizerFullMs, recognizerEditMs: median(recognizerEditSamples), recognizerEditSamples,
  };
}

/**
 * Mentions spread over the document, last first, each preceded by a space after a letter on its line,
 * and still recognized the same after the edit (an 'x' glued to the word before can change a name).
 */
function editTargets(text: string, entities: readonly Entity[], count: number): Entity[] {
  const candidates = entities.filter(e => e.start >= 2 && text[e.start - 1] === ' ' && /\p{L}/u.test(text[e.start - 2]) && !e.text.includes('\n'));
  const checker = new EntityRecognizer();
  checker.analyze(text);
  const survivesEdit = (entity: Entity) => {
    const edited = `${text.slice(0, entity.start - 1)}x${text.slice(entity.start - 1)}`;
    return checker.analyze(edited).entities.some(e => e.start === entity.start + 1 && e.end === entity.end + 1);
  };
  const targets: Entity[] = [];
  for (let i = count; i >= 1; i--) {
    let candidate = Math.floor((i / (count + 1)) * candidates.length);
    while (candidate < candidates.length && !survivesEdit(candidates[candidate])) candidate++;
    if (candidate === candidates.length) throw new Error('the large document has too few mentions to edit');
    targets.push(candidates[candidate]);
  }
  return targets;
}

function hasToken(tokens: SemanticTokens, wanted: { line: number; character: number; length: number }): boolean {
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    line += tokens.data[i];
    character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
    if (line === wanted.line && character === wanted.character) return tokens.data[i + 2] === wanted.length;
    if (line > wanted.line) return false;
  }
  return false;
}
