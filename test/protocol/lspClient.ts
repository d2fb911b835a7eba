/**
 * A minimal LSP client for the protocol tests: starts the BUILT server (`node server/out/server.js --stdio`)
 * on a temporary copy of the seeds, answers the server's requests as VS Code would, and records what
 * the server sends.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeRequest,
  MessageConnection,
  NotificationType,
  ProgressToken,
  RequestType0,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressBegin,
  WorkDoneProgressEnd,
  WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_MODULE = path.join(REPO_ROOT, 'server', 'out', 'server.js');

export interface IndexingDone {
  documents: number;
  entities: number;
  ms: number;
}

export const indexingDoneNotification = new NotificationType<IndexingDone>('entityMarkup/indexingDone');
export const indexStatusRequest = new RequestType0<{ documents: number; entities: number; indexing: boolean }, void>('entityMarkup/indexStatus');

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/** A temporary workspace folder holding copies of the given files. */
export function copyToTemporaryFolder(files: readonly string[]): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-markup-protocol-'));
  for (const file of files) fs.copyFileSync(file, path.join(folder, path.basename(file)));
  return folder;
}

export function seedFiles(): string[] {
  const seeds = path.join(REPO_ROOT, 'seeds');
  return fs.readdirSync(seeds).filter(name => name.endsWith('.txt')).sort().map(name => path.join(seeds, name));
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly folderUri: string;
  private readonly server: ChildProcess;
  private serverErrors = '';
  private readonly indexingDoneListeners: ((done: IndexingDone) => void)[] = [];
  readonly progress = new Map<ProgressToken, Progress[]>();
  private readonly progressEndListeners: (() => void)[] = [];
  private readonly progressBeginListeners: (() => void)[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];

  readonly messages: { type: number; message: string }[] = [];
  readonly logMessages: { type: number; message: string }[] = [];

  /**
   * `settings` is the `entityMarkup` section the server pulls; change it and send didChangeConfiguration.
   * `initializationOptions` go with initialize, as the extension sends them.
   */
  constructor(readonly folder: string, public settings: object = {}, readonly initializationOptions: object = {}) {
    this.folderUri = pathToFileURL(folder).href;
    this.server = spawn(process.execPath, [SERVER_MODULE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr!.on('data', chunk => (this.serverErrors += chunk));
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(item => (item.section === 'entityMarkup' ? this.settings : null)),
    );
    this.connection.onRequest('window/workDoneProgress/create', (params: { token: ProgressToken }) => {
      this.progress.set(params.token, []);
      return null;
    });
    this.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      this.messages.push(params);
      return null;
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => this.messages.push(params));
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => this.logMessages.push(params));
    this.connection.onNotification('$/progress', (params: { token: ProgressToken; value: Progress }) => {
      this.progress.get(params.token)?.push(params.value);
      if (params.value.kind === 'begin') this.progressBeginListeners.splice(0).forEach(listener => listener());
      if (params.value.kind === 'end') this.progressEndListeners.splice(0).forEach(listener => listener());
    });
    this.connection.onNotification(indexingDoneNotification, done => this.indexingDoneListeners.splice(0).forEach(listener => listener(done)));
    this.connection.listen();
  }

  /** Resolves on the next `entityMarkup/indexingDone`. */
  nextIndexingDone(): Promise<IndexingDone> {
    return new Promise(resolve => this.indexingDoneListeners.push(resolve));
  }

  /** Resolves on the next begin of a work-done progress. */
  nextProgressBegin(): Promise<void> {
    return new Promise(resolve => this.progressBeginListeners.push(resolve));
  }

  /** Resolves on the next end of a work-done progress. */
  nextProgressEnd(): Promise<void> {
    return new Promise(resolve => this.progressEndListeners.push(resolve));
  }

  /** Initializes with the folder as the only workspace folder and waits until the server indexed it. */
  async start(): Promise<IndexingDone> {
    const indexed = this.nextIndexingDone();
    await this.initialize();
    return indexed;
  }

  /** Sends initialize and initialized; the server then starts indexing in the background. */
  async initialize(): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: this.folderUri,
      initializationOptions: this.initializationOptions,
      workspaceFolders: [{ uri: this.folderUri, name: path.basename(this.folder) }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          symbol: {},
        },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          semanticTokens: {
            requests: { full: true, range: true },
            tokenTypes: ['district', 'organization', 'date', 'figure', 'place', 'person'],
            tokenModifiers: [],
            formats: ['relative'],
          },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  uri(fileName: string): string {
    return pathToFileURL(path.join(this.folder, fileName)).href;
  }

  document(fileName: string): TextDocument {
    return TextDocument.create(this.uri(fileName), 'entity-text', 0, fs.readFileSync(path.join(this.folder, fileName), 'utf8'));
  }

  async fileChanged(fileName: string, type: FileChangeType): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: this.uri(fileName), type }] });
  }

  /** Shuts the server down and deletes the workspace folder, unless another server is to open it next. */
  async stop(options: { keepFolder?: boolean } = {}): Promise<void> {
    const exited = new Promise(resolve => this.server.once('exit', resolve));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await exited;
    this.connection.dispose();
    if (!options.keepFolder) fs.rmSync(this.folder, { recursive: true, force: true });
  }

  /** What the server wrote to stderr, for failure messages. */
  get errors(): string {
    return this.serverErrors;
  }
}

/** Decodes semantic tokens into absolute [line, character, length, type index]. */
export function decodeSemanticTokens(data: readonly number[]): { line: number; character: number; length: number; type: number }[] {
  const tokens: { line: number; character: number; length: number; type: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    tokens.push({ line, character, length: data[i + 2], type: data[i + 3] });
  }
  return tokens;
}

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  kind: string;
  id?: string;
}

export interface GoldDocument {
  file: string;
  entities: GoldMention[];
}

export function goldDocuments(): GoldDocument[] {
  const goldFolder = path.join(REPO_ROOT, 'test', 'gold');
  return fs
    .readdirSync(goldFolder)
    .filter(name => name.endsWith('.json'))
    .sort()
    .map(name => JSON.parse(fs.readFileSync(path.join(goldFolder, name), 'utf8')) as GoldDocument);
}
