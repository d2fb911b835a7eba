/**
 * The Entity Markup extension: starts the language server, gives corpus `.txt` files the
 * `entity-text` language, shows the index in the status bar and offers the commands.
 */
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_ARGUMENTS } from './serverProcess';
import { IndexStatusTracker } from './indexStatus';
import { IndexingDone, IndexStatus } from './protocol';
import { associateCorpusTextDocuments, ENTITY_TEXT } from './textDocumentLanguage';

/** What `activate` returns, for other extensions and the integration tests. */
export interface EntityMarkupApi {
  indexStatus(): Promise<IndexStatus>;
  /** Resolves once the server has indexed the workspace and is not re-indexing. */
  whenIndexed(): Promise<IndexStatus>;
  onDidFinishIndexing: vscode.Event<IndexingDone>;
}

const SHOW_OUTPUT = 'entityMarkup.showOutput';

interface ServerSession {
  client: LanguageClient;
  started: Promise<void>;
}

let session: ServerSession | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<EntityMarkupApi> {
  const output = vscode.window.createOutputChannel('Entity Markup');
  const tracker = new IndexStatusTracker(SHOW_OUTPUT);
  const serverModule = context.asAbsolutePath('server/out/server.js');

  const start = async (discardIndexCache = false) => {
    const client = createClient(serverModule, output, { storagePath: context.storageUri?.fsPath, discardIndexCache });
    tracker.follow(client);
    const started = client.start();
    session = { client, started };
    try {
      await started;
    } catch (error) {
      // The client has shown the failure already; the output keeps the details.
      output.appendLine(`Entity Markup: the language server did not start: ${error instanceof Error ? error.message : error}`);
    }
  };
  const restart = async (discardIndexCache = false) => {
    await stopSession();
    await start(discardIndexCache);
  };

  context.subscriptions.push(
    output,
    tracker,
    associateCorpusTextDocuments(),
    vscode.commands.registerCommand('entityMarkup.restartServer', () => restart()),
    // From scratch: the server starts without its index cache, so that every file is read and analysed again.
    vscode.commands.registerCommand('entityMarkup.reindex', () => restart(true)),
    vscode.commands.registerCommand(SHOW_OUTPUT, () => output.show(true)),
    vscode.commands.registerCommand('entityMarkup.indexStatus', () => tracker.status()),
  );

  await start();
  return {
    indexStatus: () => tracker.status(),
    whenIndexed: () => tracker.whenIndexed(),
    onDidFinishIndexing: tracker.onDidFinishIndexing,
  };
}

/** What the server takes at initialize (see the server's InitializationOptions). */
interface InitializationOptions {
  storagePath: string | undefined;
  discardIndexCache: boolean;
}

function createClient(serverModule: string, output: vscode.OutputChannel, initializationOptions: InitializationOptions): LanguageClient {
  const serverOptions: ServerOptions = {
    // stdio rather than IPC: the server's stdio writer sends large results it keeps encoded as they are.
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_ARGUMENTS] } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_ARGUMENTS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: ENTITY_TEXT }],
    outputChannel: output,
    initializationOptions,
    // File events need no client-side watchers: the server registers watchers for its include globs
    // itself (dynamic registration) and moves them when the globs change.
    synchronize: { configurationSection: 'entityMarkup' },
  };
  return new LanguageClient('entityMarkup', 'Entity Markup', serverOptions, clientOptions);
}

async function stopSession(): Promise<void> {
  const stopping = session;
  session = undefined;
  if (!stopping) {
    return;
  }
  // A client that is still starting cannot be stopped yet.
  await stopping.started.catch(() => undefined);
  if (stopping.client.needsStop()) {
    await stopping.client.stop();
  }
}

export function deactivate(): Promise<void> {
  return stopSession();
}
