// Takes the README's screenshots (images/screenshot-*.png, 1280x800) from the packaged extension: builds and
// installs the .vsix into a throwaway code-server exactly like scripts/vsix-check.mjs, opens a copy of examples/,
// and captures three moments: a finding's hover, the quick-fix menu, and value completion. Re-run it after UI
// changes: `node scripts/screenshots.mjs`. Every step waits on the DOM with a deadline; no fixed sleeps.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildVsix, openFile, REPO, say, startSession, textBox, waitForProblems } from '../test/editor/vsix/session.mjs';

const IMAGES = path.join(REPO, 'images');
const WAIT = { timeout: 20_000 };

/** Puts the cursor at line:column (1-based) with Go to Line; it also scrolls the line up from the bottom edge. */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor(WAIT);
  await input.fill(`:${line}:${column}`); // Ctrl+G opens Quick Open with the ":" (go to line) prefix
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', ...WAIT });
}

/** Captures the window once `ready` is visible; the cursor is hidden so that it does not blink into the picture. */
async function shoot(page, name, ready) {
  await page.locator(ready).first().waitFor({ state: 'visible', ...WAIT });
  // Give the widget's fade-in animation a frame to finish: wait for two animation frames, not for a fixed time.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const file = path.join(IMAGES, `screenshot-${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  say(`${path.relative(REPO, file)}: ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
}

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-vsix-out-'));
let session;
let failed = false;
try {
  session = await startSession({ vsix: buildVsix(out), workspace: path.join(REPO, 'examples') });
  const { page } = session;
  fs.mkdirSync(IMAGES, { recursive: true });

  // 1. A legacy batch script full of findings; the mouse on WINSPROMISCUOUS (CCM301, line 18) shows its hover.
  await openFile(page, 'legacy-2007-install.bat');
  await waitForProblems(page);
  // The status bar says "Activating Extensions..." for a while after the first file opens: not in the picture.
  await page.waitForFunction(() => !/Activating Extensions/.test(document.querySelector('.part.statusbar')?.textContent ?? ''), null, WAIT);
  let box = await textBox(page, 18, 'WINSPROMISCUOUS');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => /CCM301/.test(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? ''), null, WAIT);
  await shoot(page, 'hover', '.monaco-hover:not(.hidden)');
  await page.mouse.move(0, 0); // away from the editor, so that the hover closes
  await page.locator('.monaco-hover:not(.hidden)').waitFor({ state: 'hidden', ...WAIT });

  // 2. The quick-fix menu on SMSSITECODE:C07 (CCM002, line 19): a click puts the cursor there, Ctrl+. opens it.
  box = await textBox(page, 19, 'SMSSITECODE:C07');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(0, 0);
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget .monaco-list-row', { hasText: 'CCM002' }).first().waitFor(WAIT);
  await shoot(page, 'quick-fix', '.action-widget .monaco-list-row');
  await page.keyboard.press('Escape');

  // 3. Value completion after SMSCACHEFLAGS= at the end of a ccmsetup command line (line 31 of the PKI script;
  //    Go to Line scrolls it up, so that the list opens below it, under the parameter's signature help).
  await openFile(page, 'intranet-pki-install.cmd');
  await goTo(page, 31, 21);
  await page.keyboard.type(' SMSCACHEFLAGS=');
  await page.keyboard.press('Escape'); // whatever suggest opened while typing; ask again at the final position
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'PERCENTDISKSPACE' }).first().waitFor(WAIT);
  await shoot(page, 'completion', '.suggest-widget.visible');
} catch (e) {
  failed = true;
  console.error(`[screenshots] FAILED: ${e.stack ?? e.message}`);
  await session?.page?.screenshot({ path: path.join(os.tmpdir(), 'ccmlint-screenshot-failure.png') }).catch(() => {});
} finally {
  await session?.close();
  fs.rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0); // don't wait for fetch's idle keep-alive socket to /healthz (about 4 s)
