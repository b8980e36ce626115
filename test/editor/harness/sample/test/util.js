// Helpers for the self-test suites: wait on VS Code events with a deadline (never a fixed sleep), and run a list of
// named steps with plain `assert`, failing the run if any step failed.
const vscode = require('vscode');

/**
 * Resolves with check()'s first truthy value, re-checking on every `event`; rejects after `ms`.
 * It subscribes before the first check, so an event that fires in between is not missed.
 */
function until(event, check, ms, what) {
  return new Promise((resolve, reject) => {
    const done = (fn, value) => {
      clearTimeout(timer);
      sub.dispose();
      fn(value);
    };
    const probe = () => {
      try {
        const value = check();
        if (value) done(resolve, value);
      } catch (e) {
        done(reject, e);
      }
    };
    const timer = setTimeout(() => done(reject, new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    const sub = event(probe);
    probe();
  });
}

/** The diagnostics of `uri` once there are `count` of them. */
function diagnostics(uri, count, ms = 10000) {
  return until(vscode.languages.onDidChangeDiagnostics, () => {
    const list = vscode.languages.getDiagnostics(uri);
    return list.length === count && list;
  }, ms, `${count} diagnostic(s) on ${uri.path}`);
}

/** The plain text of every hover at `position`, joined with " | ". */
async function hoverText(uri, position) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join(' | ');
}

/** Runs the steps in order; logs each result and throws at the end if any failed, so the run's exit code is 1. */
async function runSteps(name, steps) {
  const failed = [];
  for (const [title, fn] of steps) {
    try {
      await fn();
      console.log(`  ok   ${name}: ${title}`);
    } catch (e) {
      failed.push(title);
      console.error(`  FAIL ${name}: ${title}\n${e.stack ?? e}`);
    }
  }
  if (failed.length) throw new Error(`${failed.length} of ${steps.length} step(s) failed in ${name}: ${failed.join('; ')}`);
  console.log(`${name}: all ${steps.length} steps passed`);
}

module.exports = { until, diagnostics, hoverText, runSteps };
