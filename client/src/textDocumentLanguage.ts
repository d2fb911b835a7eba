/**
 * Gives plain-text corpus files the `entity-text` language without any configuration: a `.txt`
 * document that VS Code opened as plaintext, inside a workspace folder, matching
 * `entityMarkup.files.include` and not `entityMarkup.files.exclude`.
 */
import * as vscode from 'vscode';

export const ENTITY_TEXT = 'entity-text';

export function isCorpusTextDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file' || !document.uri.path.endsWith('.txt')) {
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) {
    return false;
  }
  const settings = vscode.workspace.getConfiguration('entityMarkup', document.uri);
  if (!settings.get<boolean>('associateTextFiles', true)) {
    return false;
  }
  const matchesAny = (globs: readonly string[]) =>
    globs.some(glob => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
  return matchesAny(settings.get<string[]>('files.include', [])) && !matchesAny(settings.get<string[]>('files.exclude', []));
}

async function associate(document: vscode.TextDocument): Promise<void> {
  if (!isCorpusTextDocument(document)) {
    return;
  }
  try {
    await vscode.languages.setTextDocumentLanguage(document, ENTITY_TEXT);
  } catch {
    // The document was closed before its language could be changed: nothing left to do.
  }
}

/** Associates the documents open now and every one opened later. */
export function associateCorpusTextDocuments(): vscode.Disposable {
  vscode.workspace.textDocuments.forEach(associate);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(associate),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('entityMarkup')) {
        vscode.workspace.textDocuments.forEach(associate);
      }
    }),
  );
}
