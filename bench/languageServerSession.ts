/**
 * Drives the bundled language server over stdio the way an editor does, for the server benchmarks.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter,
  InitializeParams, InitializeResult, Position, Location, SemanticTokens, Hover, DocumentSymbol, SymbolInformation,
} from 'vscode-languageserver/node';
import { SERVER_NODE_ARGUMENTS } from '../client/src/serverProcess';

export interface IndexingDone { documents: number; entities: number; ms: number }
export interface IndexStatus { documents: number; entities: number; indexing: boolean }

/** The extension's defaults (package.json "contributes.configuration"). */
const SETTINGS = {
  entityMarkup: {
    files: { include: ['**/*.txt'], exclude: ['**/node_modules/**', '**/.git/**'], maxFileSizeKB: 5120 },
    trace: { server: 'off' },
  },
};

/** USER_HZ, the unit of /proc/<pid>/stat times; 100 on Linux (getconf CLK_TCK). */
const CLOCK_TICKS_PER_SECOND = 100;

const TOKEN_TYPES = ['district', 'organization', 'date', 'figure', 'place', 'person'];

export function defaultServerPath(): string {
  return path.resolve(__dirname, '../../server/out/server.js');
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/**
 * Follows the Content-Length framing of the server's output and notes when the first byte of each
 * message arrived: for a request answered with nothing sent in between, that is the moment the server
 * had done its whole part (the answer is encoded before its header is written).
 */
class MessageStarts {
  /** Body bytes of the current message still to come. */
  private remaining = 0;
  private header = '';
  /** When the first byte of the latest message arrived (process.hrtime.bigint()). */
  latest = 0n;

  onData(chunk: Buffer, at: bigint): void {
    for (let offset = 0; offset < chunk.length; ) {
      if (this.remaining > 0) {
        const taken = Math.min(this.remaining, chunk.length - offset);
        this.remaining -= taken;
        offset += taken;
        continue;
      }
      if (this.header === '') this.latest = at;
      const text = chunk.toString('latin1', offset, Math.min(chunk.length, offset + 256));
      const before = this.header.length;
      this.header += text;
      const end = this.header.indexOf('\r\n\r\n');
      if (end < 0) {
        offset += text.length;
        continue;
      }
      offset += end + 4 - before;
      this.remaining = Number(/Content-Length: *(\d+)/i.exec(this.header)?.[1] ?? 0);
      this.header = '';
    }
  }
}

export class LanguageServerSession {
  private readonly connection: MessageConnection;
  private readonly messageStarts = new MessageStarts();
  private readonly indexingDoneWaiters: ((done: IndexingDone) => void)[] = [];
  private readonly exited: Promise<void>;
  /** Every `entityMarkup/indexingDone` received, oldest first. */
  readonly indexingDone: IndexingDone[] = [];

  private constructor(readonly serverProcess: ChildProcess, private readonly workspaceFolder: string, logFile: string) {
    const log = fs.createWriteStream(logFile);
    serverProcess.stderr!.pipe(log);
    this.exited = new Promise(resolve => serverProcess.once('exit', () => resolve()));
    // Before the connection's own listener, so a message's arrival is noted before it is handled.
    serverProcess.stdout!.prependListener('data', (chunk: Buffer) => this.messageStarts.onData(chunk, process.hrtime.bigint()));
    this.connection = createMessageConnection(new StreamMessageReader(serverProcess.stdout!), new StreamMessageWriter(serverProcess.stdin!));
    this.connection.onRequest((method, params) => this.answerServerRequest(method, params));
    this.connection.onNotification((method, params) => {
      if (method === 'entityMarkup/indexingDone') {
        const done = params as IndexingDone;
        this.indexingDone.push(done);
        this.indexingDoneWaiters.splice(0).forEach(resolve => resolve(done));
      } else if (method === 'window/logMessage' || method === 'window/showMessage') {
        log.write(`[${method}] ${(params as { message: string }).message}\n`);
      }
    });
    this.connection.listen();
  }

  /** Starts the server as the extension does; `nodeArguments` go to its node besides, e.g. `--cpu-prof`. */
  static start(workspaceFolder: string, nodeArguments: string[] = [], serverPath = defaultServerPath(), logFile = '/tmp/entity-markup-bench-server.log'): LanguageServerSession {
    if (!fs.existsSync(serverPath)) throw new Error(`${serverPath} is missing; run npm run build`);
    const serverProcess = spawn(process.execPath, [...SERVER_NODE_ARGUMENTS, ...nodeArguments, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new LanguageServerSession(serverProcess, workspaceFolder, logFile);
  }

  get pid(): number {
    return this.serverProcess.pid!;
  }

  /** With `storagePath`, the server keeps its index cache there, as it does in VS Code's workspace storage. */
  async initialize(storagePath?: string): Promise<InitializeResult> {
    const folderUri = fileUri(this.workspaceFolder);
    const params: InitializeParams = {
      processId: process.pid,
      initializationOptions: { storagePath },
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(this.workspaceFolder) }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          references: {},
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          semanticTokens: {
            requests: { full: true, range: true },
            tokenTypes: TOKEN_TYPES,
            tokenModifiers: [],
            formats: ['relative'],
          },
        },
      },
    };
    const result = await this.connection.sendRequest<InitializeResult>('initialize', params);
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next `entityMarkup/indexingDone`, or the last one if it already came and `acceptEarlier`. */
  nextIndexingDone(acceptEarlier = false): Promise<IndexingDone> {
    if (acceptEarlier && this.indexingDone.length > 0) return Promise.resolve(this.indexingDone[this.indexingDone.length - 1]);
    return new Promise(resolve => this.indexingDoneWaiters.push(resolve));
  }

  indexStatus(): Promise<IndexStatus> {
    return this.connection.sendRequest('entityMarkup/indexStatus', {});
  }

  open(file: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: fileUri(file), languageId: 'entity-text', version: 1, text },
    });
  }

  /** Replaces [start, end] with `text` in an open document (incremental sync). */
  change(file: string, version: number, start: Position, end: Position, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: fileUri(file), version },
      contentChanges: [{ range: { start, end }, text }],
    });
  }

  hover(file: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(file) }, position });
  }

  references(file: string, position: Position): Promise<Location[] | null> {
    return this.connection.sendRequest('textDocument/references', {
      textDocument: { uri: fileUri(file) }, position, context: { includeDeclaration: true },
    });
  }

  documentSymbols(file: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } });
  }

  semanticTokens(file: string): Promise<SemanticTokens | null> {
    return this.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: fileUri(file) } });
  }

  /** When the first byte of the server's latest message arrived (process.hrtime.bigint()). */
  get latestMessageStart(): bigint {
    return this.messageStarts.latest;
  }

  /** Peak resident set size of the server process so far, in MB (VmHWM). */
  peakResidentMegabytes(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (!match) throw new Error(`no VmHWM in /proc/${this.pid}/status`);
    return Number(match[1]) / 1024;
  }

  /** User plus system CPU time of the server process so far, in seconds (all its threads). */
  cpuSeconds(): number {
    const stat = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields overall.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 5000);
      await this.connection.sendNotification('exit');
      await withTimeout(this.exited, 5000);
    } catch {
      this.serverProcess.kill();
      await this.exited;
    } finally {
      this.connection.dispose();
    }
  }

  private answerServerRequest(method: string, params: unknown): unknown {
    switch (method) {
      case 'workspace/configuration':
        return (params as { items: { section?: string }[] }).items.map(item => settingAt(item.section));
      case 'workspace/workspaceFolders':
        return [{ uri: fileUri(this.workspaceFolder), name: path.basename(this.workspaceFolder) }];
      default: // window/workDoneProgress/create, client/registerCapability, workspace/semanticTokens/refresh, …
        return null;
    }
  }
}

function settingAt(section: string | undefined): unknown {
  let value: unknown = SETTINGS;
  for (const key of section ? section.split('.') : []) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] ?? null : null;
  }
  return value;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(value => { clearTimeout(timer); resolve(value); }, error => { clearTimeout(timer); reject(error); });
  });
}
