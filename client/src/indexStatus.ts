/**
 * Follows the server's workspace index: shows it in the status bar and lets callers (commands,
 * tests) wait until a full index has finished.
 */
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { IndexingDone, IndexStatus, indexingDoneNotification, indexStatusRequest } from './protocol';

export class IndexStatusTracker implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('entityMarkup.indexStatus', vscode.StatusBarAlignment.Right, 100);
  private readonly indexingDoneEmitter = new vscode.EventEmitter<IndexingDone>();
  /** Fires after every full (re)index the server reports. */
  readonly onDidFinishIndexing = this.indexingDoneEmitter.event;
  private lastIndexingDone: IndexingDone | undefined;
  private client: LanguageClient | undefined;

  constructor(showOutputCommand: string) {
    this.item.name = 'Entity Markup Index';
    this.item.command = showOutputCommand;
    this.showIndexing();
  }

  /** Follows a newly created client (before it starts), forgetting the index of the previous one. */
  follow(client: LanguageClient): void {
    this.client = client;
    this.lastIndexingDone = undefined;
    client.onNotification(indexingDoneNotification, done => {
      if (client !== this.client) {
        return;
      }
      this.lastIndexingDone = done;
      this.showStatus(done, false);
      this.indexingDoneEmitter.fire(done);
    });
    client.onDidChangeState(({ newState }) => {
      if (client !== this.client) {
        return;
      }
      if (newState === State.Starting) {
        // Also after a crash: the restarted server indexes the workspace anew.
        this.lastIndexingDone = undefined;
        this.showIndexing();
      } else if (newState === State.Stopped) {
        this.showStopped();
      }
    });
  }

  async status(): Promise<IndexStatus> {
    if (!this.client) {
      throw new Error('Entity Markup: the language server has not been started');
    }
    const status = await this.client.sendRequest(indexStatusRequest);
    this.showStatus(status, status.indexing);
    return status;
  }

  /** Resolves once the server has finished a full index and is not re-indexing. */
  async whenIndexed(): Promise<IndexStatus> {
    for (;;) {
      if (this.lastIndexingDone) {
        const status = await this.status();
        if (!status.indexing) {
          return status;
        }
      }
      await new Promise<void>(resolve => {
        const subscription = this.onDidFinishIndexing(() => {
          subscription.dispose();
          resolve();
        });
      });
    }
  }

  private showIndexing(): void {
    this.item.text = '$(sync~spin) Entities: indexing…';
    this.item.tooltip = 'Entity Markup is indexing the workspace';
    this.item.show();
  }

  private showStopped(): void {
    this.item.text = '$(circle-slash) Entities: server stopped';
    this.item.tooltip = 'The Entity Markup language server is not running. Click for the output; run "Entity Markup: Restart Language Server" to start it again.';
    this.item.show();
  }

  private showStatus(counts: { documents: number; entities: number }, indexing: boolean): void {
    if (indexing) {
      this.showIndexing();
      return;
    }
    this.item.text = `$(symbol-field) ${counts.entities.toLocaleString('en')} entities`;
    this.item.tooltip = `Entity Markup: ${counts.entities} entities in ${counts.documents} documents. Click for the output.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    this.indexingDoneEmitter.dispose();
  }
}
