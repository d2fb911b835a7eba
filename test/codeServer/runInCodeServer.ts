/**
 * `npm run test:vscode`: runs the VS Code suite (test/vscode/suite) in real VS Code, served by
 * code-server and opened in headless Chromium, on a copy of seeds/, with the extension loaded from
 * its folder. Then packages the extension as a .vsix, installs it into a second, clean profile and
 * checks there, as a user would with Playwright, that the language, highlighting, hover, references
 * and outline work. Before both, it tests the TextMate grammar with code-server's own tokenizer.
 * Exits 0 only when all pass. Set ENTITY_MARKUP_VERBOSE=1 to see code-server's and the workbench's own logs.
 */
import * as path from 'path';
import Mocha from 'mocha';
import { Browser, Page } from 'playwright-core';
import { OUTPUT_PREFIX } from '../vscode/suite/output';
import { createTestWorkspace, REPO_ROOT } from '../vscode/testWorkspace';
import {
  CodeServer,
  createProfile,
  installCodeServer,
  installVsix,
  launchBrowser,
  newWorkbenchPage,
  packageVsix,
  startCodeServer,
  timeout,
} from './codeServer';
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
        // Mocha colors its marks when it believes it writes to a CI log; the runner's output stays plain.
        const text = line.slice(at + OUTPUT_PREFIX.length).replace(/\x1b\[[0-9;]*m/g, '');
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

interface CheckResults {
  passed: number;
  failed: number;
}

/** Checks the features a user sees in the workbench, printing each check; a step that times out ends them. */
async function checkWorkbench(page: Page, url: string, results: CheckResults): Promise<void> {
  const check = (ok: boolean, what: string) => {
    console.log(`  ${ok ? '✔' : '✘'} ${what}`);
    results[ok ? 'passed' : 'failed']++;
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
    `the peek lists the unopened German seed: ${JSON.stringify(references.rows.slice(0, 2))}`,
  );
  await closePeek(page);
  const outline = await showOutline(page);
  const groups = ['Districts', 'Organizations', 'Dates', 'Figures', 'Places'];
  check(
    groups.every(group => outline.some(row => row.startsWith(group))),
    `the Outline view groups entities by kind: ${JSON.stringify(outline)}`,
  );
}

/** Runs grammar.test.js, which needs the tokenizer that comes with code-server; resolves to the failure count. */
function testGrammar(): Promise<{ passed: number; failed: number }> {
  const mocha = new Mocha({ reporter: 'spec', color: false });
  mocha.addFile(path.join(__dirname, 'grammar.test.js'));
  return new Promise(resolve => {
    const runner = mocha.run(failed => resolve({ passed: runner.stats?.passes ?? 0, failed }));
  });
}

async function main(): Promise<number> {
  installCodeServer();
  const grammar = await testGrammar();
  const workspace = createTestWorkspace();
  const serverLog: string[] = [];
  const log = (line: string) => (verbose ? console.log(line) : serverLog.push(line));
  const servers: CodeServer[] = [];
  let browser: Browser | undefined;
  try {
    const developmentProfile = path.join(workspace.root, 'development-profile');
    createProfile(developmentProfile);
    const developmentServer = await startCodeServer(developmentProfile, log);
    servers.push(developmentServer);
    browser = await launchBrowser();
    const extensionDevelopmentPath = REPO_ROOT;
    const extensionTestsPath = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index');
    console.log(`vscode suite: VS Code (code-server) at http://${developmentServer.authority}/, workspace ${workspace.folder}`);
    const suite = await runSuite(
      await newWorkbenchPage(browser),
      developmentServer.workbenchUrl(workspace.folder, { extensionDevelopmentPath, extensionTestsPath }),
    );
    developmentServer.stop();

    console.log('workbench checks (Playwright, the packaged .vsix installed in a clean profile):');
    const limit = timeout(WORKBENCH_TIMEOUT_MS, `the workbench checks did not finish within ${WORKBENCH_TIMEOUT_MS / 60_000} minutes`);
    const userProfile = path.join(workspace.root, 'user-profile');
    const userWorkbench = async (checks: CheckResults) => {
      const vsix = path.join(workspace.root, 'entity-markup.vsix');
      packageVsix(vsix);
      // Collapsed groups, so that the Outline view shows one row per kind.
      createProfile(userProfile, { 'outline.collapseItems': 'alwaysCollapse' });
      installVsix(userProfile, vsix);
      const userServer = await startCodeServer(userProfile, log);
      servers.push(userServer);
      await checkWorkbench(await newWorkbenchPage(browser!), userServer.workbenchUrl(workspace.folder, {}), checks);
    };
    const checks: CheckResults = { passed: 0, failed: 0 };
    await Promise.race([userWorkbench(checks), limit.promise])
      .catch(error => {
        console.log(`  ✘ workbench checks stopped: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        checks.failed++;
      })
      .finally(() => limit.clear());

    console.log(
      `grammar: ${grammar.passed} passed, ${grammar.failed} failed; ${suite.counts} (exit code ${suite.code}); ` +
        `workbench checks: ${checks.passed} passed, ${checks.failed} failed`,
    );
    return grammar.failed === 0 && suite.code === 0 && checks.failed === 0 ? 0 : 1;
  } catch (error) {
    serverLog.slice(-40).forEach(line => console.error(line));
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    servers.forEach(server => server.stop());
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
