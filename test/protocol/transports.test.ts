import * as assert from 'assert';
import { fork, spawn } from 'child_process';
import {
  createMessageConnection,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { SERVER_MODULE } from './lspClient';

describe('language server over node IPC', function () {
  this.timeout(30000);

  it('initializes and announces every feature', async () => {
    const server = fork(SERVER_MODULE, ['--node-ipc'], { silent: true });
    const connection = createMessageConnection(new IPCMessageReader(server), new IPCMessageWriter(server));
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    const capabilities = result.capabilities;
    assert.ok(capabilities.hoverProvider && capabilities.referencesProvider && capabilities.definitionProvider);
    assert.ok(capabilities.documentHighlightProvider && capabilities.documentSymbolProvider && capabilities.workspaceSymbolProvider);
    assert.deepStrictEqual(capabilities.semanticTokensProvider?.legend.tokenTypes, ['district', 'organization', 'date', 'figure', 'place', 'person']);
    const exited = new Promise(resolve => server.once('exit', resolve));
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification('exit');
    await exited;
    connection.dispose();
  });
});

describe('language server over stdio (as the VS Code client starts it)', function () {
  this.timeout(30000);

  const start = () => {
    const server = spawn(process.execPath, [SERVER_MODULE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exitCode = new Promise<number | null>(resolve => server.once('exit', code => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    return { server, exitCode, connection };
  };

  it('exits with 0 after shutdown and exit', async () => {
    const { exitCode, connection } = start();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification('exit');
    assert.strictEqual(await exitCode, 0);
    connection.dispose();
  });

  it('exits with 1 when the client closes stdin without shutting it down', async () => {
    const { server, exitCode, connection } = start();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    server.stdin.end();
    assert.strictEqual(await exitCode, 1);
    connection.dispose();
  });
});
