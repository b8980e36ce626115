// Editor steps for "ccmlint: Explain this command line": the command opens a webview beside the editor,
// returns what it rendered (the model and the HTML), follows the cursor and edits, and its messages reveal
// ranges. Webview DOM can't be read from the extension host, so the steps assert on what the view rendered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until } from './util';
import type { ExplainResult, ExplainView } from '../../../client/src/explain-view';

const SCRIPT = [
  '@echo off',
  'ccmsetup.exe /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 SMSSIGNCERT=\\\\srv\\keys\\sign.cer',
  'echo next',
  'ccmsetup.exe /mp:mp2.contoso.com SMSSITECODE=P02 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS SMSCACHSIZE=100',
  '',
].join('\n');

let editor: vscode.TextEditor;

function view(): ExplainView {
  const api = vscode.extensions.getExtension('ccmlint.ccmlint')?.exports as { explainView?: ExplainView } | undefined;
  assert.ok(api?.explainView, 'the extension exposes its explain view');
  return api.explainView;
}

function explainTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('ccmlint.explain'));
}

function rendered(accept: (r: ExplainResult) => boolean, what: string): Promise<ExplainResult> {
  const v = view();
  return until(v.onDidRender, () => (v.last && accept(v.last) ? v.last : undefined), 20000, what);
}

export const explainSteps: [string, () => Promise<void>][] = [
  [
    'explain: the command opens a webview beside the editor for the command line under the cursor and returns what it rendered',
    async () => {
      const pkg = vscode.extensions.getExtension('ccmlint.ccmlint')!.packageJSON as { contributes: { commands: { command: string; title: string; category?: string }[]; menus: Record<string, { command: string; when?: string }[]> } };
      const contributed = pkg.contributes.commands.find((c) => c.command === 'ccmlint.explainCommandLine');
      assert.deepEqual(contributed && [contributed.category, contributed.title], ['ccmlint', 'Explain this command line']);
      assert.ok(pkg.contributes.menus['editor/context'].some((m) => m.command === 'ccmlint.explainCommandLine' && /ccmsetup/.test(m.when ?? '')));
      assert.ok((await vscode.commands.getCommands(true)).includes('ccmlint.explainCommandLine'));

      const doc = await vscode.workspace.openTextDocument({ language: 'bat', content: SCRIPT });
      editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      editor.selection = new vscode.Selection(1, 20, 1, 20);
      const result = await vscode.commands.executeCommand<ExplainResult>('ccmlint.explainCommandLine');
      assert.ok(result?.model, 'the command returns the model it rendered');
      assert.equal(result.viewType, 'ccmlint.explain');
      assert.equal(result.uri, doc.uri.toString());
      assert.equal(result.model.index, 1);
      assert.equal(result.model.count, 2);
      assert.deepEqual(
        result.model.chain.map((s) => `${s.id}:${s.status}:${s.rules.join(',')}`),
        ['mp:ok:', 'trust:ok:', 'signing:weak:CCM308', 'auth:weak:CCM315', 'crl:ok:', 'internet:off:'],
      );
      assert.equal(result.model.settings.find((s) => s.name === 'SMSCACHESIZE')?.state, 'default');
      assert.match(result.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+' [^;]+; script-src 'nonce-[^']+';">/);
      assert.match(result.html, /<li class="step weak" data-step="signing">/);
      assert.match(result.html, /data-rule="CCM315"/);
      // the panel is open as a webview tab beside the editor, labelled with the file and line
      const tab = await until(vscode.window.tabGroups.onDidChangeTabs, () => explainTab()?.label === result.title && explainTab(), 10000, 'the explain tab with its title');
      assert.match(result.title, /^Explain: Untitled-\d+:2$/);
      assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'the editor keeps the focus');
    },
  ],
  [
    'explain: moving the cursor to another command line re-renders the panel for it',
    async () => {
      const next = rendered((r) => r.model?.index === 2, 'the second command line explained');
      editor.selection = new vscode.Selection(3, 10, 3, 10);
      const r = await next;
      assert.equal(r.model!.chain[0].status, 'broken');
      assert.deepEqual(r.model!.chain[0].rules, ['CCM301']);
      const typo = r.model!.settings.find((s) => s.name === 'SMSCACHSIZE');
      assert.deepEqual([typo?.state, typo?.suggestion], ['unknown', 'SMSCACHESIZE']);
      assert.deepEqual(r.model!.findings.map((f) => f.rule), ['CCM301', 'CCM102']);
      await until(vscode.window.tabGroups.onDidChangeTabs, () => explainTab()?.label === r.title, 10000, 'the tab title follows');
    },
  ],
  [
    'explain: editing the command line re-renders the panel with the new findings',
    async () => {
      const doc = editor.document;
      const at = doc.getText().indexOf('WINSPROMISCUOUS');
      const next = rendered((r) => r.model?.index === 2 && r.model.chain[0].status === 'ok', 'the fixed line explained');
      assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'WINSPROMISCUOUS'.length)), 'NOWINS')));
      const r = await next;
      assert.deepEqual(r.model!.findings.map((f) => f.rule), ['CCM102']);
      assert.equal(r.model!.settings.find((s) => s.name === 'SMSDIRECTORYLOOKUP')?.value, 'NOWINS');
    },
  ],
  [
    'explain: a click on a setting reveals and selects it in the editor',
    async () => {
      const r = view().last!;
      const setting = r.model!.settings.find((s) => s.name === 'SMSCACHSIZE')!;
      // what the webview script posts when the row is clicked
      await (view() as unknown as { onMessage(m: unknown, c: vscode.ViewColumn): Promise<void> }).onMessage({ type: 'reveal', start: setting.range!.start, end: setting.range!.end }, vscode.ViewColumn.One);
      const active = vscode.window.activeTextEditor!;
      assert.equal(active.document.getText(active.selection), 'SMSCACHSIZE=100');
      // messages that are not ours are ignored
      await (view() as unknown as { onMessage(m: unknown, c: vscode.ViewColumn): Promise<void> }).onMessage({ type: 'reveal', start: 'x' }, vscode.ViewColumn.One);
      assert.equal(active.document.getText(active.selection), 'SMSCACHSIZE=100');
    },
  ],
  [
    'explain: closing the panel, then explaining again opens a fresh one',
    async () => {
      const tab = explainTab();
      assert.ok(tab);
      await vscode.window.tabGroups.close(tab);
      assert.equal(explainTab(), undefined);
      await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
      const again = await vscode.commands.executeCommand<ExplainResult>('ccmlint.explainCommandLine');
      assert.ok(again?.model);
      await until(vscode.window.tabGroups.onDidChangeTabs, () => explainTab(), 10000, 'the explain tab again');
      await vscode.window.tabGroups.close(explainTab()!);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  ],
];
