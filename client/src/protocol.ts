/**
 * The custom messages of the Entity Markup language server (see the server's `entityMarkup/*` handlers).
 */
import { NotificationType, RequestType0 } from 'vscode-languageclient/node';

export interface IndexStatus {
  documents: number;
  entities: number;
  indexing: boolean;
}

export interface IndexingDone {
  documents: number;
  entities: number;
  /** Duration of the full (re)index in milliseconds. */
  ms: number;
}

export const indexStatusRequest = new RequestType0<IndexStatus, void>('entityMarkup/indexStatus');
export const indexingDoneNotification = new NotificationType<IndexingDone>('entityMarkup/indexingDone');
