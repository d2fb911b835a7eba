/**
 * Runs the VS Code suite in desktop VS Code through @vscode/test-electron. It downloads VS Code
 * unless VSCODE_EXECUTABLE_PATH names an installed one; on Linux it needs a display (xvfb-run -a).
 * Where neither is possible, `npm run test:vscode` runs the same suite in code-server.
 */
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { createTestWorkspace, REPO_ROOT } from './testWorkspace';

async function main(): Promise<number> {
  const workspace = createTestWorkspace();
  try {
    return await runTests({
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
      launchArgs: [
        workspace.folder,
        '--disable-extensions',
        '--disable-workspace-trust',
        `--user-data-dir=${path.join(workspace.root, 'user-data')}`,
      ],
    });
  } finally {
    workspace.dispose();
  }
}

main().then(
  code => process.exit(code),
  error => {
    console.error(`vscode suite (electron): ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
