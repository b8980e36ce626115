// Waiting on VS Code events with a deadline (never a fixed sleep), and named steps with plain assert.
import * as vscode from 'vscode';

/** Resolves with check()'s first truthy value, re-checking on every event; rejects after `ms`. */
export function until<T>(event: vscode.Event<unknown>, check: () => T | undefined | false, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const done = (fn: () => void) => {
      clearTimeout(timer);
      sub?.dispose();
      fn();
    };
    const probe = () => {
      try {
        const value = check();
        if (value) done(() => resolve(value));
      } catch (e) {
        done(() => reject(e));
      }
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`))), ms);
    sub = event(probe);
    probe();
  });
}

/** The ccmlint diagnostics of a document once `accept` likes them. */
export function diagnosticsWhere(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 20000): Promise<vscode.Diagnostic[]> {
  return until(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ccmlint');
      return accept(list) && list;
    },
    ms,
    what,
  );
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

export async function runSteps(name: string, steps: [string, () => Promise<void>][]): Promise<void> {
  const failed: string[] = [];
  for (const [title, fn] of steps) {
    try {
      await fn();
      console.log(`  ok   ${name}: ${title}`);
    } catch (e) {
      failed.push(title);
      console.error(`  FAIL ${name}: ${title}\n${(e as Error).stack ?? e}`);
    }
  }
  if (failed.length) throw new Error(`${failed.length} of ${steps.length} step(s) failed: ${failed.join('; ')}`);
  console.log(`${name}: ${steps.length} passed, 0 failed`);
}
