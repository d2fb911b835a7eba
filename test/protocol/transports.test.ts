import * as assert from 'assert';
import { fork } from 'child_process';
import {
  createMessageConnection,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { SERVER_MODULE } from './lspClient';

describe('language server over node IPC (as the VS Code client starts it)', function () {
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
