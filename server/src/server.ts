/**
 * The Entity Markup language server: LSP wiring only. Recognition lives in ./language, the index in
 * ./workspaceIndex, file handling in ./workspace, and each request's answer in ./features.
 * Run with `node server/out/server.js --stdio` (or --node-ipc). stdout carries the protocol, so nothing
 * here writes to the console directly.
 */
import {
  CancellationToken,
  ClientCapabilities,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  Disposable,
  FileChangeType,
  InitializeResult,
  NotificationType,
  ProposedFeatures,
  RequestType0,
  Location,
  SemanticTokens,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultKnowledgeBase } from './language/knowledgeBase';
import { EntityRecognizer } from './language/recognizer';
import { definition } from './features/definition';
import { documentHighlights } from './features/documentHighlights';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { encodedReferences, references } from './features/references';
import { encodedSemanticTokens, SEMANTIC_TOKENS_LEGEND, semanticTokenData, semanticTokens, semanticTokensEdits } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import { DEFAULT_FILE_SETTINGS, FileChangeKind, FileSettings, IndexingDone, WorkspaceIndexer } from './workspace/indexer';
import { InProcessLoader } from './workspace/documentLoader';
import { IndexCache } from './workspace/indexCache';
import { NodeCacheFile } from './workspace/nodeCacheFile';
import { NodeFileSystem } from './workspace/nodeFileSystem';
import { WorkerPool } from './workspace/workerPool';
import { canonicalUri } from './workspace/uris';
import { EncodedJson, encodedJsonContentTypeEncoder } from './transport/encodedJson';
import { WorkspaceIndex } from './workspaceIndex';

interface IndexStatus {
  documents: number;
  entities: number;
  indexing: boolean;
}

const indexStatusRequest = new RequestType0<IndexStatus, void>('entityMarkup/indexStatus');
const indexingDoneNotification = new NotificationType<IndexingDone>('entityMarkup/indexingDone');

/** An edit is analysed when a request needs it, or after this pause in typing. */
const ANALYSIS_DELAY_MS = 150;

/**
 * Over stdio the server's writer keeps large results encoded once (EncodedJson); other transports take
 * the library's defaults. With its own reader and writer the library leaves two things undone for
 * stdio, done here: leaving when the client closes stdin, and keeping console output off stdout, which
 * carries the protocol.
 */
const stdio = process.argv.includes('--stdio');
const connection = stdio
  ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { contentTypeEncoder: encodedJsonContentTypeEncoder }))
  : createConnection(ProposedFeatures.all);
let shutdownRequested = false;
if (stdio) {
  process.stdin.on('end', () => process.exit(shutdownRequested ? 0 : 1));
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
const documents = new TextDocuments(TextDocument);
/**
 * Built on first use, not at startup: while a workspace is indexed the workers analyse, and this thread
 * only needs the knowledge base and a recognizer once a document is opened or hovered.
 */
let recognizer: EntityRecognizer | undefined;
const index = new WorkspaceIndex((text, previous) => (recognizer ??= new EntityRecognizer(defaultKnowledgeBase())).analyzeEditable(text, previous), {
  get: id => defaultKnowledgeBase().get(id),
  parentChain: id => defaultKnowledgeBase().parentChain(id),
});
/** Files already named in a warning, so the same skipped file does not raise a warning on every change. */
const warnedSkips = new Set<string>();
/**
 * Canonical URIs of the open documents. The index is keyed by canonical URIs; answers about other
 * documents carry them too, which clients resolve to the same files.
 */
const openUris = new Set<string>();
const fileSystem = new NodeFileSystem();
/**
 * Workspace files are read and analysed in worker threads, one per core: the server thread only merges
 * their results into the index, so it stays free to answer requests while indexing. Each worker holds
 * its own knowledge base and heap (some 60 MB at its peak), so more than two would cost more memory
 * than the server may take.
 */
const MAX_ANALYSIS_WORKERS = 2;
const loader = new WorkerPool(
  path.join(__dirname, 'analysisWorker.js'),
  Math.max(1, Math.min(os.cpus().length, MAX_ANALYSIS_WORKERS)),
  new InProcessLoader(fileSystem, index.analyze),
  message => connection.console.warn(message),
);
const indexer = new WorkspaceIndexer(fileSystem, index, {
  isOpen: uri => openUris.has(uri),
  yieldToEventLoop: () => new Promise(resolve => setImmediate(resolve)),
  log: message => connection.console.error(message),
  reportSkipped(messages) {
    for (const message of messages) connection.console.warn(message);
    const fresh = messages.filter(message => !warnedSkips.has(message));
    fresh.forEach(message => warnedSkips.add(message));
    if (fresh.length > 0) {
      void connection.window.showWarningMessage(
        `Entity Markup did not index ${fresh.length === 1 ? 'a file' : `${fresh.length} files`} (too large, binary or unreadable). ` +
          'See the Entity Markup output for details; the size limit is the setting entityMarkup.files.maxFileSizeKB.',
      );
    }
  },
}, loader);

/** The `entityMarkup` settings the server follows. */
interface ServerSettings {
  files: FileSettings;
  /** `entityMarkup.index.cacheOnDisk` */
  cacheOnDisk: boolean;
}

/** What the extension passes at initialize. */
interface InitializationOptions {
  /** A folder the server may keep files in for this workspace (VS Code's workspace storage). */
  storagePath?: string;
  /** Start from no index cache: the cache file is deleted, and written anew once the workspace is indexed. */
  discardIndexCache?: boolean;
}

const INDEX_CACHE_FILE = 'index-cache.bin';

let capabilities: ClientCapabilities = {};
let initializationOptions: InitializationOptions = {};
let folders: string[] = [];
let settings: FileSettings = DEFAULT_FILE_SETTINGS;
let cacheOnDisk = true;
let indexCache: IndexCache | undefined;
let watcherRegistration: Disposable | undefined;

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
  initializationOptions = {
    storagePath: typeof options.storagePath === 'string' ? options.storagePath : undefined,
    discardIndexCache: options.discardIndexCache === true,
  };
  folders = params.workspaceFolders?.map(folder => canonicalUri(folder.uri)) ?? (params.rootUri ? [canonicalUri(params.rootUri)] : []);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      referencesProvider: true,
      definitionProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'Entity Markup' },
  };
});

connection.onInitialized(async () => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'entityMarkup' });
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(event => {
      const removed = new Set(event.removed.map(folder => canonicalUri(folder.uri)));
      folders = [...folders.filter(folder => !removed.has(folder)), ...event.added.map(folder => canonicalUri(folder.uri))];
      void reindex();
    });
  }
  ({ files: settings, cacheOnDisk } = await pullSettings());
  await registerFileWatchers();
  indexCache = await openIndexCache(initializationOptions.discardIndexCache === true);
  const restored = indexCache && !initializationOptions.discardIndexCache ? await indexCache.restore(index, settings.maxFileSizeKB * 1024) : 0;
  // With the files restored from the cache, most need no analysis, and workers start only for those that do.
  if (restored === 0) loader.prepare();
  void reindex();
});

/** The client's settings; the current ones when it cannot be asked. */
async function pullSettings(): Promise<ServerSettings> {
  const current = { files: settings, cacheOnDisk };
  if (!capabilities.workspace?.configuration) return current;
  try {
    return toSettings(await connection.workspace.getConfiguration('entityMarkup'));
  } catch {
    return current;
  }
}

/** `entityMarkup` settings as the client sends them, falling back to the defaults field by field. */
function toSettings(section: unknown): ServerSettings {
  const { files = {}, index = {} } = (section ?? {}) as { files?: Partial<FileSettings>; index?: { cacheOnDisk?: unknown } };
  const globs = (value: unknown, fallback: readonly string[]) =>
    Array.isArray(value) && value.every(item => typeof item === 'string') ? (value as string[]) : fallback;
  return {
    files: {
      include: globs(files.include, DEFAULT_FILE_SETTINGS.include),
      exclude: globs(files.exclude, DEFAULT_FILE_SETTINGS.exclude),
      maxFileSizeKB: typeof files.maxFileSizeKB === 'number' && files.maxFileSizeKB > 0 ? files.maxFileSizeKB : DEFAULT_FILE_SETTINGS.maxFileSizeKB,
    },
    cacheOnDisk: index.cacheOnDisk !== false,
  };
}

/**
 * The index cache in the workspace storage, with its file deleted first when `discard` is set; with the
 * setting off, none, and the file is deleted. Needs a storage folder from the client.
 */
async function openIndexCache(discard: boolean): Promise<IndexCache | undefined> {
  const { storagePath } = initializationOptions;
  if (storagePath === undefined) return undefined;
  const cache = new IndexCache(new NodeCacheFile(path.join(storagePath, INDEX_CACHE_FILE)), (buildFingerprint ??= fingerprintOfBuild()), {
    info: message => connection.console.info(message),
    warn: message => connection.console.warn(message),
  });
  if (!cacheOnDisk || discard) await cache.discard();
  return cacheOnDisk ? cache : undefined;
}

/** See fingerprintOfBuild; computed once, on first use. */
let buildFingerprint: string | undefined;

/**
 * Names this build of the server: its bundle holds the recognizer and the knowledge base, so another
 * bundle may find other entities in the same files, and an index cache it wrote is not taken back.
 */
function fingerprintOfBuild(): string {
  return createHash('sha256').update(fs.readFileSync(__filename)).digest('hex');
}

/** Watches the include globs, and deletions of anything (a deleted folder takes its files with it). */
async function registerFileWatchers(): Promise<void> {
  if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  watcherRegistration?.dispose();
  try {
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [...settings.include.map(globPattern => ({ globPattern })), { globPattern: '**/*', kind: WatchKind.Delete }],
    });
  } catch (error) {
    connection.console.warn(`Could not watch the workspace files, so changes on disk are not followed: ${String(error)}`);
  }
}

connection.onDidChangeConfiguration(async change => {
  const next = capabilities.workspace?.configuration ? await pullSettings() : toSettings((change.settings as { entityMarkup?: unknown })?.entityMarkup);
  if (next.cacheOnDisk !== cacheOnDisk) {
    cacheOnDisk = next.cacheOnDisk;
    const previous = indexCache;
    indexCache = undefined;
    await previous?.discard();
    indexCache = await openIndexCache(true);
    if (!indexer.indexing) void indexCache?.save(index);
  }
  if (JSON.stringify(next.files) === JSON.stringify(settings)) return;
  const includeChanged = JSON.stringify(next.files.include) !== JSON.stringify(settings.include);
  settings = next.files;
  if (includeChanged) await registerFileWatchers();
  void reindex();
});

/** A full (re)index in the background, with progress; a newer one supersedes a running one. */
async function reindex(): Promise<void> {
  indexer.configure(folders, settings);
  let progress: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  let reporter: WorkDoneProgressServerReporter | undefined;
  let reported = -1;
  const done = await indexer.reindex({
    begin() {
      // Not awaited, so that progress reporting never delays the indexing itself.
      progress = connection.window.createWorkDoneProgress().then(
        created => {
          created.begin('Indexing entities', 0, undefined, false);
          return (reporter = created);
        },
        () => undefined,
      );
    },
    advance(count, total) {
      const percentage = Math.floor((count / total) * 100);
      if (percentage === reported) return;
      reported = percentage;
      reporter?.report(percentage, `${count}/${total} files`);
    },
    end: () => void progress?.then(created => created?.done()),
  });
  if (!done) return;
  // Open documents are analysed when first needed; the counts reported must include them all the same.
  for (const document of documents.all()) analyseOpenDocument(document.uri);
  const counted: IndexingDone = { ...done, documents: index.documentCount, entities: index.entityCount };
  connection.console.info(`Indexed ${counted.documents} documents, ${counted.entities} entities in ${counted.ms} ms`);
  void connection.sendNotification(indexingDoneNotification, counted);
  // Not right away: requests come first once a workspace is indexed, and the workers' memory is given back first.
  indexCache?.saveSoon(index);
}

connection.onDidChangeWatchedFiles(params => {
  const kinds: Record<FileChangeType, FileChangeKind> = {
    [FileChangeType.Created]: 'created',
    [FileChangeType.Changed]: 'changed',
    [FileChangeType.Deleted]: 'deleted',
  };
  void indexer.filesChanged(params.changes.map(change => ({ uri: canonicalUri(change.uri), kind: kinds[change.type] }))).then(() => indexCache?.saveSoon(index));
});

// Open documents: the editor's text wins over the file on disk. Analysis waits for a pause in typing or
// for a request that needs it, so a newer edit supersedes the analysis of an older one.
const pendingAnalysis = new Map<string, NodeJS.Timeout>();
/** Per open document, the last full semantic-token result. */
const lastTokens = new Map<string, { resultId: string; data: Int32Array }>();

documents.onDidOpen(({ document }) => {
  openUris.add(canonicalUri(document.uri));
});

documents.onDidChangeContent(({ document }) => {
  clearTimeout(pendingAnalysis.get(document.uri));
  pendingAnalysis.set(document.uri, setTimeout(() => analyseOpenDocument(document.uri), ANALYSIS_DELAY_MS));
});

documents.onDidClose(({ document }) => {
  clearTimeout(pendingAnalysis.get(document.uri));
  pendingAnalysis.delete(document.uri);
  openUris.delete(canonicalUri(document.uri));
  lastTokens.delete(document.uri);
  void indexer.documentClosed(canonicalUri(document.uri)).then(() => indexCache?.saveSoon(index));
});

function analyseOpenDocument(uri: string): void {
  pendingAnalysis.delete(uri);
  const document = documents.get(uri);
  if (!document) return;
  try {
    index.update(canonicalUri(uri), { kind: 'open', version: document.version }, document.getText());
  } catch (error) {
    connection.console.error(`Analysing ${uri} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}

/**
 * Brings the index up to date for a request: file events received before it are applied, and open
 * documents (just `uri`, or all of them for cross-document answers) are analysed at their current version.
 * Resolves to the URI to look up, or undefined when the request was cancelled meanwhile.
 */
async function prepare(uri: string, token: CancellationToken, scope: 'document' | 'workspace'): Promise<string | undefined> {
  if (scope === 'workspace') await syncWorkspace();
  else analyseOpenDocument(uri);
  return token.isCancellationRequested ? undefined : canonicalUri(uri);
}

async function syncWorkspace(): Promise<void> {
  await indexer.settled();
  for (const document of documents.all()) analyseOpenDocument(document.uri);
}

/**
 * Answers from the index. A document other than the current one may lie under another spelling of its
 * URI in the editor, so locations in the current document keep the URI the client sent.
 */
function clientLocations<T extends { uri: string }>(requestUri: string, locations: T[]): T[] {
  const key = canonicalUri(requestUri);
  return locations.map(location => (location.uri === key ? { ...location, uri: requestUri } : location));
}

// The hover's corpus counts may lag pending file events by a moment; the hover itself must never wait.
connection.onHover(async ({ textDocument, position }, token) => {
  const uri = await prepare(textDocument.uri, token, 'document');
  return uri ? hover(index, uri, position) : null;
});

connection.onReferences(async ({ textDocument, position, context }, token) => {
  const uri = await prepare(textDocument.uri, token, 'workspace');
  if (!uri) return null;
  // Only the stdio writer sends encoded results as they are (see EncodedJson).
  if (stdio && context.includeDeclaration && uri === textDocument.uri) return encodedReferences(index, uri, position) as unknown as Location[];
  return clientLocations(textDocument.uri, references(index, uri, position, context.includeDeclaration));
});

connection.onDefinition(async ({ textDocument, position }, token) => {
  const uri = await prepare(textDocument.uri, token, 'workspace');
  const location = uri ? definition(index, uri, position) : null;
  return location ? clientLocations(textDocument.uri, [location])[0] : null;
});

connection.onDocumentHighlight(async ({ textDocument, position }, token) => {
  const uri = await prepare(textDocument.uri, token, 'document');
  return uri ? documentHighlights(index, uri, position) : null;
});

connection.onDocumentSymbol(async ({ textDocument }, token) => {
  const uri = await prepare(textDocument.uri, token, 'document');
  return uri ? documentSymbols(index, uri) : null;
});

connection.onWorkspaceSymbol(async ({ query }, token) => {
  await syncWorkspace();
  return workspaceSymbols(index, query, token);
});

let nextResultId = 1;

/** Open documents keep their last full token result, so that a delta request can answer with edits. */
function rememberTokens(uri: string, data: Int32Array): string {
  const resultId = String(nextResultId++);
  if (documents.get(uri)) lastTokens.set(uri, { resultId, data });
  return resultId;
}

function fullTokens(resultId: string, data: Int32Array): SemanticTokens {
  const result = () => ({ resultId, data: Array.from(data) });
  // Only the stdio writer sends encoded results as they are (see EncodedJson).
  return stdio ? (new EncodedJson(encodedSemanticTokens(resultId, data), result) as unknown as SemanticTokens) : result();
}

connection.languages.semanticTokens.on(async ({ textDocument }, token) => {
  const uri = await prepare(textDocument.uri, token, 'document');
  if (!uri) return { data: [] };
  const data = semanticTokenData(index, uri);
  return fullTokens(rememberTokens(textDocument.uri, data), data);
});

connection.languages.semanticTokens.onDelta(async ({ textDocument, previousResultId }, token) => {
  const uri = await prepare(textDocument.uri, token, 'document');
  if (!uri) return { edits: [] };
  const previous = lastTokens.get(textDocument.uri);
  const data = semanticTokenData(index, uri);
  const resultId = rememberTokens(textDocument.uri, data);
  if (previous?.resultId !== previousResultId) return fullTokens(resultId, data);
  return { resultId, edits: semanticTokensEdits(previous.data, data) };
});

connection.languages.semanticTokens.onRange(async ({ textDocument, range }, token) => {
  const uri = await prepare(textDocument.uri, token, 'document');
  return uri ? semanticTokens(index, uri, range) : { data: [] };
});

connection.onRequest(indexStatusRequest, () => ({
  documents: index.documentCount,
  entities: index.entityCount,
  indexing: indexer.indexing,
}));

connection.onShutdown(async () => {
  shutdownRequested = true;
  // What changed since the last write (file events of the last few seconds) is kept for the next start.
  await indexCache?.save(index);
});

documents.listen(connection);
connection.listen();
