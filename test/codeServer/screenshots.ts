/**
 * `npm run screenshots`: takes the README's pictures in real VS Code (code-server + headless
 * Chromium) on a copy of seeds/, with the packaged extension installed in a clean profile: the
 * hover of an entity, the references peek view, the Outline view. Writes docs/images/*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createTestWorkspace, REPO_ROOT } from '../vscode/testWorkspace';
import { createProfile, installCodeServer, installVsix, packageVsix, launchBrowser, newWorkbenchPage, startCodeServer, timeout } from './codeServer';
import { closePeek, hoverWord, openFile, peekReferences, showOutline, waitForHoverSettled, waitForSemanticColor, waitForWorkbench } from './workbench';

const IMAGES = path.join(REPO_ROOT, 'docs', 'images');
const SEED = '002_cde99f288a672981.txt';
const ENTITY = 'Luohu';
const TIME_LIMIT_MS = 5 * 60_000;

async function takeScreenshots(): Promise<string[]> {
  installCodeServer();
  const workspace = createTestWorkspace();
  const profile = path.join(workspace.root, 'profile');
  createProfile(profile, { 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false });
  const vsix = path.join(workspace.root, 'entity-markup.vsix');
  packageVsix(vsix);
  installVsix(profile, vsix);
  const server = await startCodeServer(profile, () => undefined);
  const browser = await launchBrowser().catch(error => {
    server.stop();
    throw error;
  });
  try {
    const page = await newWorkbenchPage(browser);
    page.setDefaultTimeout(60_000);
    await page.goto(server.workbenchUrl(workspace.folder, {}));
    await waitForWorkbench(page);
    await openFile(page, SEED);
    await waitForSemanticColor(page, ENTITY);
    await page.locator('.statusbar', { hasText: 'entities' }).waitFor();
    fs.mkdirSync(IMAGES, { recursive: true });
    const shot = async (name: string) => {
      const file = path.join(IMAGES, name);
      await page.screenshot({ path: file });
      return file;
    };
    const written: string[] = [];

    // A mention in the middle of the page, so that the hover covers no more than the paragraph above it.
    await hoverWord(page, ENTITY, 4);
    await waitForHoverSettled(page);
    written.push(await shot('hover.png'));

    await peekReferences(page, ENTITY);
    written.push(await shot('references.png'));
    await closePeek(page);

    // Fold the file list away, so that the Outline view gets the height of the side bar.
    await page.locator('.pane-header[aria-label^="Explorer Section"]').first().click();
    await showOutline(page);
    written.push(await shot('outline.png'));
    return written;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    workspace.dispose();
  }
}

const limit = timeout(TIME_LIMIT_MS, `screenshots: not done within ${TIME_LIMIT_MS / 60_000} minutes`);
Promise.race([takeScreenshots(), limit.promise]).then(
  files => {
    files.forEach(file => console.log(`screenshots: ${path.relative(REPO_ROOT, file)}`));
    process.exit(0);
  },
  error => {
    console.error(`screenshots: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
