// Takes images/screenshot-explain.png: the "Explain this command line" view beside a legacy batch script,
// from the packaged extension in a throwaway code-server (like scripts/screenshots.mjs). It also proves the
// webview renders under its Content-Security-Policy: the script waits for the chain inside the webview frame.
// Run it after changes to the view: `node scripts/screenshot-explain.mjs`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildVsix, openFile, REPO, say, startSession, waitForProblems } from '../test/editor/vsix/session.mjs';

const WAIT = { timeout: 30_000 };
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-vsix-out-'));
let session;
let failed = false;
try {
  session = await startSession({ vsix: buildVsix(out), workspace: path.join(REPO, 'examples'), viewport: { width: 1600, height: 1000 } });
  const { page } = session;
  await openFile(page, 'legacy-2007-install.bat');
  await waitForProblems(page);
  await page.waitForFunction(() => !/Activating Extensions/.test(document.querySelector('.part.statusbar')?.textContent ?? ''), null, WAIT);
  // the cursor on the WINSPROMISCUOUS line (18), then the command from the Command Palette
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor(WAIT);
  await input.fill(':18:30');
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', ...WAIT });
  await page.keyboard.press('F1');
  await input.waitFor(WAIT);
  await input.fill('>ccmlint: Explain this command line');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Explain this command line' }).first().waitFor(WAIT);
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
  await frame.locator('li.step.broken[data-step="mp"]').waitFor(WAIT);
  // styles applied (the CSP let the nonce'd style in): the badge is a circle
  const radius = await frame.locator('li.step .badge').first().evaluate((e) => getComputedStyle(e).borderTopLeftRadius);
  if (radius !== '50%' && !/px$/.test(radius)) throw new Error(`the view's style did not apply (border radius ${radius})`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const file = path.join(REPO, 'images', 'screenshot-explain.png');
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  say(`${path.relative(REPO, file)}: ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
} catch (e) {
  failed = true;
  console.error(`[screenshot-explain] FAILED: ${e.stack ?? e.message}`);
  await session?.page?.screenshot({ path: path.join(os.tmpdir(), 'ccmlint-screenshot-failure.png') }).catch(() => {});
} finally {
  await session?.close();
  fs.rmSync(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
