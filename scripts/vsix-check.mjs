// Checks the packaged extension the way a user gets it: builds the .vsix, installs it into a fresh code-server
// with --install-extension (no extensionDevelopmentPath, so only what the .vsix contains can run), opens a copy of
// examples/ in headless Chromium, opens a batch script with Quick Open, and asserts that the installed extension
// linted it: the status bar's Problems count matches what the CLI finds in the same file, hovering a squiggle
// shows a ccmlint diagnostic, and its "Show documentation" quick fix opens the rule page shipped in the .vsix.
// Catches what the editor suite (which runs from the source tree) cannot: a file missing from the .vsix, a bundle
// that needs node_modules, a broken .vscodeignore, vsce warnings.
// Exit code 0 passed, 1 failed. Tools: `node test/editor/harness/install.mjs` (run on demand).
// CCMLINT_VSIX_KEEP=1 keeps the temp folder (server.log, user data, logs).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildVsix, elapsed, hoverSquiggle, openFile, REPO, say, startSession, waitForProblems } from '../test/editor/vsix/session.mjs';

const FILE = 'legacy-2007-install.bat';
const DEADLINE_S = 240; // the whole run; a warm one takes well under a minute

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-vsix-out-')); // the .vsix, until it is installed
let session;
const timer = setTimeout(() => fail(new Error(`timed out after ${DEADLINE_S} s`)), DEADLINE_S * 1000);
async function fail(e) {
  console.error(`[vsix] FAILED: ${e.message}`);
  const shot = path.join(os.tmpdir(), 'ccmlint-vsix-failure.png'); // what the workbench showed at that moment
  if (await session?.page?.screenshot({ path: shot }).then(() => true, () => false)) console.error(`[vsix] screenshot: ${shot}`);
  await session?.close();
  // The extension's own account of what went wrong (its output channel, and extension host errors about it).
  const log = [...(session?.logs?.output.trim().split('\n').slice(-20) ?? []), ...(session?.logs?.exthostErrors ?? [])].filter(Boolean);
  if (log.length) console.error(`[vsix] extension log:\n${log.join('\n')}`);
  fs.rmSync(out, { recursive: true, force: true });
  process.exit(1);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => fail(new Error(`interrupted by ${sig}`)));

try {
  const vsix = buildVsix(out);
  say(`packaged ${path.basename(vsix)}: ${(fs.statSync(vsix).size / 1024).toFixed(1)} KB, no vsce warnings`);

  // What the editor must show: the CLI's findings for the same file. Hints are not counted in the status bar.
  const cli = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), '--format', 'json', path.join(REPO, 'examples', FILE)], { encoding: 'utf8' });
  const expected = JSON.parse(cli.stdout).filter((f) => f.severity !== 'hint').length;
  if (!(expected > 0)) throw new Error(`the CLI finds nothing to show in examples/${FILE}`);

  session = await startSession({ vsix, workspace: path.join(REPO, 'examples') });
  fs.rmSync(out, { recursive: true, force: true }); // installed now
  const { page } = session;
  await openFile(page, FILE);
  say(`opened ${FILE}; waiting for ${expected} problems in the status bar`);
  const counts = await waitForProblems(page, expected);
  say(`status bar: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} infos`);

  const { text, box } = await hoverSquiggle(page, 'error');
  const rule = text.match(/ccmlint\s*\(?(CCM\d{3})/)?.[1];
  if (!rule) throw new Error(`the hover does not name a ccmlint rule:\n${text}`);
  say(`hover on the first error squiggle names ${rule}: ${text.split('\n')[0].slice(0, 100)}...`);

  // The rule pages ship in the .vsix (docs/rules/): the quick fix "Show documentation" must open one.
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  const docs = page.locator('.action-widget .monaco-list-row', { hasText: `Show documentation for ${rule}` }).first();
  await docs.waitFor({ timeout: 15_000 });
  await docs.click();
  // The Markdown preview is a webview: an iframe in an iframe. It renders the page at once, or "... cannot be found".
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('body');
  await preview.filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 });
  const title = (await preview.innerText()).trim().split('\n')[0]; // the page's heading: "CCM321 plaintext-credential"
  if (!new RegExp(`^${rule} [a-z0-9-]+$`).test(title)) throw new Error(`the documentation preview shows "${title}", not the page of ${rule}`);
  say(`quick fix "Show documentation" opened the preview of docs/rules/${rule}.md: "${title}"`);

  // Errors the extension logged (ccmlint output channel, extension host) fail the check too.
  await session.close(); // the logs are complete once the extension host has stopped
  const logs = session.logs;
  const errors = [...logs.output.split('\n').filter((l) => /\[error\]/i.test(l)), ...logs.exthostErrors];
  if (errors.length) throw new Error(`the extension logged errors:\n${errors.join('\n')}`);
  clearTimeout(timer);
  say(`PASSED in ${elapsed().toFixed(1)} s`);
  process.exit(0); // don't wait for fetch's idle keep-alive socket to /healthz (about 4 s)
} catch (e) {
  await fail(e);
}
