/**
 * Helpers for the suite: seed documents of the opened workspace, the extension's API, gold mentions.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EntityMarkupApi } from '../../../client/src/extension';
import type { Entity } from '../../../server/src/language/types';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export async function entityMarkupApi(): Promise<EntityMarkupApi> {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const extension = vscode.extensions.getExtension<EntityMarkupApi>(`${manifest.publisher}.${manifest.name}`);
  if (!extension) {
    throw new Error('the extension under development is not loaded');
  }
  return extension.activate();
}

export function seedUri(fileName: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('the suite needs the seeds workspace folder open');
  }
  return vscode.Uri.joinPath(folder.uri, fileName);
}

/**
 * Opens a seed file and resolves with the document once the extension has given it the
 * `entity-text` language (which closes the plaintext document and opens a new one).
 */
export async function openSeed(fileName: string): Promise<vscode.TextDocument> {
  const uri = seedUri(fileName);
  const isAssociated = (document: vscode.TextDocument) =>
    document.uri.toString() === uri.toString() && document.languageId === 'entity-text';
  const associated = new Promise<vscode.TextDocument>(resolve => {
    const subscription = vscode.workspace.onDidOpenTextDocument(document => {
      if (isAssociated(document)) {
        subscription.dispose();
        resolve(document);
      }
    });
  });
  const opened = await vscode.workspace.openTextDocument(uri);
  return vscode.workspace.textDocuments.find(isAssociated) ?? (isAssociated(opened) ? opened : associated);
}

/** The position `offset` UTF-16 code units into the first occurrence of `text` (after `occurrence - 1` others). */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0, occurrence = 1): vscode.Position {
  let index = -1;
  for (let found = 0; found < occurrence; found++) {
    index = document.getText().indexOf(text, index + 1);
    if (index < 0) {
      throw new Error(`"${text}" occurs fewer than ${occurrence} times in ${path.basename(document.uri.fsPath)}`);
    }
  }
  return document.positionAt(index + offset);
}

export interface GoldDocument {
  file: string;
  entities: Entity[];
}

export function goldFor(fileName: string): GoldDocument {
  const goldFile = path.join(REPO_ROOT, 'test', 'gold', fileName.replace(/\.txt$/, '.json'));
  return JSON.parse(fs.readFileSync(goldFile, 'utf8'));
}

export function goldMention(gold: GoldDocument, text: string, kind: Entity['kind']): Entity {
  const mention = gold.entities.find(entity => entity.text === text && entity.kind === kind);
  if (!mention) {
    throw new Error(`the gold of ${gold.file} has no ${kind} "${text}"`);
  }
  return mention;
}
