/**
 * The workspace the VS Code suite and the screenshots open: a temporary copy of seeds/, so that
 * nothing a test or a user in the workbench does can change the repository's files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repository root, from out/test/<dir>/ where the compiled runners live. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface TestWorkspace {
  /** Parent folder of the workspace, for other temporary files of the run. */
  root: string;
  /** The workspace folder: a copy of seeds/. */
  folder: string;
  dispose(): void;
}

export function createTestWorkspace(): TestWorkspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-markup-vscode-'));
  const folder = path.join(root, 'seeds');
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), folder, { recursive: true });
  return { root, folder, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}
