/**
 * `npm run test:vscode`: runs the VS Code suite (test/vscode/suite) in real VS Code, served by
 * code-server and opened in headless Chromium, on a copy of seeds/; then checks in the same
 * workbench, as a user would, that hovering an entity and peeking its references work.
 * Exits 0 only when both pass. Set ENTITY_MARKUP_VERBOSE=1 to see code-server's and the workbench's own logs.
 */
import * as path from 'path';
import { Page } from 'playwright-core';
import { OUTPUT_PREFIX } from '../vscode/suite/output';
import { createTestWorkspace, REPO_ROOT } from '../vscode/testWorkspace';
import { createProfile, installCodeServer, launchBrowser, newWorkbenchPage, startCodeServer, timeout } from './codeServer';
import { closePeek, hoverWord, openFile, peekReferences, showOutline, waitForEditorLanguage, waitForSemanticColor, waitForWorkbench } from './workbench';

const SUITE_TIMEOUT_MS = 6 * 60_000;
const WORKBENCH_TIMEOUT_MS = 4 * 60_000;
const verbose = process.env.ENTITY_MARKUP_VERBOSE === '1';
const SUITE_COUNT_LINE = /vscode suite: \d+ passed, \d+ failed/;

async function runSuite(page: Page, url: string): Promise<{ code: number; counts: string }> {
  let counts = 'vscode suite: no result';
  const exited = new Promise<number>(resolve => {
    void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
  });
  page.on('console', message => {
    for (const line of message.text().split('\n')) {
      const at = line.indexOf(OUTPUT_PREFIX);
      if (at >= 0) {
        const text = line.slice(at + OUTPUT_PREFIX.length);
        console.log(text);
        counts = SUITE_COUNT_LINE.exec(text)?.[0] ?? counts;
      } else if (verbose) {
        console.log(`[workbench] ${line}`);
      }
    }
  });
  await page.goto(url);
  const limit = timeout(SUITE_TIMEOUT_MS, `the VS Code suite did not finish within ${SUITE_TIMEOUT_MS / 60_000} minutes`);
  try {
    const code = await Promise.race([exited, limit.promise]);
    return { code, counts };
  } finally {
    limit.clear();
  }
}

/** Checks the features a user sees in the workbench; returns the failures. */
async function checkWorkbench(page: Page, url: string): Promise<string[]> {
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? '✔' : '✘'} ${what}`);
    if (!ok) {
      failures.push(what);
    }
  };
  await page.goto(url);
  await waitForWorkbench(page);
  await openFile(page, '002_cde99f288a672981.txt');
  await waitForEditorLanguage(page, 'Entity Text');
  check(true, 'a seed opened with Ctrl+P is shown as Entity Text');
  await waitForSemanticColor(page, 'Luohu');
  check(true, 'semantic highlighting colors "Luohu"');
  const hover = await hoverWord(page, 'Luohu');
  check(/district/i.test(hover) && hover.includes('Luohu District'), `hovering "Luohu" shows its kind and name: ${JSON.stringify(hover.slice(0, 120))}`);
  const references = await peekReferences(page, 'Luohu');
  const count = Number(/References \((\d+)\)/.exec(references.title)?.[1] ?? 0);
  check(count > 1, `Shift+F12 on "Luohu" peeks its references: ${JSON.stringify(references.title)}`);
  check(
    references.rows.some(row => row.includes('000_164a5554560a1fca.txt')),
    `the peek lists the unopened German seed: ${JSON.stringify(references.rows.slice(0, 4))}`,
  );
  await closePeek(page);
  const outline = await showOutline(page);
  const groups = ['Districts', 'Organizations', 'Dates', 'Figures', 'Places'];
  check(
    groups.every(group => outline.some(row => row.startsWith(group))),
    `the Outline view groups entities by kind: ${JSON.stringify(outline)}`,
  );
  return failures;
}

async function main(): Promise<number> {
  installCodeServer();
  const workspace = createTestWorkspace();
  const profile = path.join(workspace.root, 'profile');
  // Collapsed groups, so that the Outline view shows one row per kind.
  createProfile(profile, { 'outline.collapseItems': 'alwaysCollapse' });
  const serverLog: string[] = [];
  const server = await startCodeServer(profile, line => (verbose ? console.log(line) : serverLog.push(line)));
  const browser = await launchBrowser().catch(error => {
    server.stop();
    throw error;
  });
  try {
    const extensionDevelopmentPath = REPO_ROOT;
    const extensionTestsPath = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index');
    console.log(`vscode suite: VS Code (code-server) at http://${server.authority}/, workspace ${workspace.folder}`);
    const suite = await runSuite(
      await newWorkbenchPage(browser),
      server.workbenchUrl(workspace.folder, { extensionDevelopmentPath, extensionTestsPath }),
    );

    console.log('workbench checks (Playwright):');
    const page = await newWorkbenchPage(browser);
    const limit = timeout(WORKBENCH_TIMEOUT_MS, `the workbench checks did not finish within ${WORKBENCH_TIMEOUT_MS / 60_000} minutes`);
    const workbenchFailures = await Promise.race([
      checkWorkbench(page, server.workbenchUrl(workspace.folder, { extensionDevelopmentPath })),
      limit.promise,
    ])
      .catch(error => {
        const failure = `workbench checks stopped: ${error instanceof Error ? error.message.split('\n')[0] : error}`;
        console.log(`  ✘ ${failure}`);
        return [failure];
      })
      .finally(() => limit.clear());

    console.log(`${suite.counts} (exit code ${suite.code}); workbench checks: ${workbenchFailures.length} failed`);
    return suite.code === 0 && workbenchFailures.length === 0 ? 0 : 1;
  } catch (error) {
    serverLog.slice(-40).forEach(line => console.error(line));
    throw error;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    workspace.dispose();
  }
}

main().then(
  code => process.exit(code),
  error => {
    console.error(`vscode suite: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
