/**
 * Drives the VS Code workbench in a page as a user would: quick open, mouse hover, keyboard
 * shortcuts, views. Every step waits on what the workbench shows, never on a fixed delay.
 */
import { Locator, Page } from 'playwright-core';

const STEP_TIMEOUT = 60_000;

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.statusbar').waitFor({ timeout: STEP_TIMEOUT });
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
}

/** Opens a workspace file with Ctrl+P and waits for its editor tab. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label*="${fileName}"]`).waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: STEP_TIMEOUT });
}

/** The text of the language shown in the status bar for the active editor, e.g. "Entity Text". */
export async function editorLanguage(page: Page): Promise<string> {
  const item = page.locator('#status\\.editor\\.mode');
  await item.waitFor({ timeout: STEP_TIMEOUT });
  return (await item.innerText()).trim();
}

export async function waitForEditorLanguage(page: Page, language: string): Promise<void> {
  await page.locator('#status\\.editor\\.mode', { hasText: language }).waitFor({ timeout: STEP_TIMEOUT });
}

/** The `nth` (from 0) rendered token in the active editor whose text is exactly `word`. */
function token(page: Page, word: string, nth = 0): Locator {
  return page.locator('.editor-instance .monaco-editor .view-line span span', { hasText: new RegExp(`^${word}$`) }).nth(nth);
}

/** Waits until `word` is drawn in a color other than plain text: the server's semantic tokens arrived. */
export async function waitForSemanticColor(page: Page, word: string): Promise<void> {
  await token(page, word).waitFor({ timeout: STEP_TIMEOUT });
  // Runs in the page, where the DOM is (this project compiles without the DOM library).
  const colored = `(() => {
    const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!lines) return false;
    const plain = getComputedStyle(lines).color;
    return Array.from(lines.querySelectorAll('.view-line span span')).some(
      span => span.textContent === ${JSON.stringify(word)} && getComputedStyle(span).color !== plain);
  })()`;
  await page.waitForFunction(colored, undefined, { timeout: STEP_TIMEOUT });
}

/** Moves the mouse over the `nth` rendered `word` and returns the text of the hover that appears. */
export async function hoverWord(page: Page, word: string, nth = 0): Promise<string> {
  const box = await token(page, word, nth).boundingBox();
  if (!box) {
    throw new Error(`"${word}" is not visible in the editor`);
  }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
  await hover.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await page.waitForFunction(`(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? '').trim().length > 0`);
  return (await page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim();
}

/** Waits until the shown hover has finished fading in: a screenshot taken earlier catches it half transparent. */
export async function waitForHoverSettled(page: Page): Promise<void> {
  await page.waitForFunction(`(() => {
    const hover = document.querySelector('.monaco-hover:not(.hidden)');
    if (!hover) return false;
    const animations = hover.getAnimations({ subtree: true });
    const fading = [hover, hover.parentElement].some(element => element && getComputedStyle(element).opacity !== '1');
    return !fading && animations.every(animation => animation.playState === 'finished');
  })()`, undefined, { timeout: STEP_TIMEOUT });
}

export interface ReferencesPeek {
  /** The peek view's title, e.g. "002_….txt /path/to/folder References (20)". */
  title: string;
  /** The rows of its tree as shown: a row per file, and the references of the expanded file. */
  rows: string[];
}

/** Puts the cursor on `word`, presses Shift+F12 and returns what the references peek view shows. */
export async function peekReferences(page: Page, word: string): Promise<ReferencesPeek> {
  await page.mouse.move(0, 0);
  await token(page, word).click();
  await page.keyboard.press('Shift+F12');
  const title = page.locator('.peekview-widget .peekview-title');
  await title.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  const rows = page.locator('.peekview-widget .ref-tree .monaco-list-row');
  await rows.first().waitFor({ timeout: STEP_TIMEOUT });
  return {
    title: (await title.innerText()).replace(/\s+/g, ' ').trim(),
    rows: (await rows.allInnerTexts()).map(row => row.replace(/\s+/g, ' ').trim()),
  };
}

export async function closePeek(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.peekview-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

/** Opens the Outline view and returns the labels of its top-level rows. */
export async function showOutline(page: Page): Promise<string[]> {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.first().waitFor({ timeout: STEP_TIMEOUT });
  return rows.allInnerTexts();
}

