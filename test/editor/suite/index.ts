// The editor suite: runs inside a real VS Code (downloaded desktop, or code-server offline) next to the
// extension, and checks what an administrator sees: diagnostics, a quick fix and the text after it,
// completion, hover, fix-all, and a severity change through settings.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, runSteps } from './util';
import { explainSteps } from './explain-steps';
import { certificateSteps } from './certs-steps';

const EXTENSION_ID = 'ccmlint.ccmlint';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded`);
  await ext.activate();

  await runSteps('ccmlint in VS Code', [
    [
      'batch: diagnostics with rule ids, docs links and exact ranges',
      async () => {
        const editor = await open('install.cmd');
        const diags = await diagnosticsWhere(editor.document.uri, (d) => d.length >= 2, 'diagnostics on install.cmd');
        const seen = diags.map((d) => [codeOf(d), editor.document.getText(d.range), d.severity]).sort();
        assert.deepEqual(seen, [
          ['CCM301', 'WINSPROMISCUOUS', vscode.DiagnosticSeverity.Error],
          ['CCM303', '/NoCRLCheck', vscode.DiagnosticSeverity.Warning],
        ]);
        const wins = diags.find((d) => codeOf(d) === 'CCM301')!;
        assert.equal(typeof wins.code === 'object' && wins.code.target.toString(), 'https://github.com/ccmlint/ccmlint/blob/main/docs/rules/CCM301.md');
      },
    ],
    [
      'quick fix: WINSPROMISCUOUS becomes NOWINS and the error goes away',
      async () => {
        const editor = await open('install.cmd');
        const doc = editor.document;
        const at = positionOf(doc, 'WINSPROMISCUOUS', 3);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
        const titles = actions.map((a) => a.title);
        for (const t of ['Use SMSDIRECTORYLOOKUP=NOWINS', 'Disable CCM301 for this line', 'Disable CCM301 for this file', 'Show documentation for CCM301 wins-promiscuous']) {
          assert.ok(titles.includes(t), `offers "${t}" (got ${titles.join(' | ')})`);
        }
        const fix = actions.find((a) => a.title === 'Use SMSDIRECTORYLOOKUP=NOWINS')!;
        assert.equal(fix.isPreferred, true);
        assert.ok(await vscode.workspace.applyEdit(fix.edit!));
        assert.ok(doc.lineAt(2).text.endsWith('SMSDIRECTORYLOOKUP=NOWINS'), doc.lineAt(2).text);
        await diagnosticsWhere(doc.uri, (d) => d.length === 1 && codeOf(d[0]) === 'CCM303', 'only CCM303 left after the fix');
      },
    ],
    [
      'completion: properties after a space, values after =',
      async () => {
        const editor = await open('install.cmd');
        const doc = editor.document;
        const end = positionOf(doc, ' SMSSITECODE=P01', 0);
        await editor.edit((b) => b.insert(end, ' SMSCACHEFLAGS='));
        const after = positionOf(doc, 'SMSCACHEFLAGS=', 'SMSCACHEFLAGS='.length);
        const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, after);
        const labels = values.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(labels.includes('COMPRESS') && labels.includes('NTFSONLY'), labels.join(','));
        const names = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, ' SMSSITECODE=P01', 1));
        const nameLabels = names.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.ok(nameLabels.includes('SMSSIGNCERT'), 'properties are offered');
        await vscode.commands.executeCommand('undo');
      },
    ],
    [
      'hover explains a property',
      async () => {
        const editor = await open('install.cmd');
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'SMSSITECODE', 3));
        const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        assert.match(text, /SMSSITECODE/);
        assert.match(text, /learn\.microsoft\.com/);
      },
    ],
    [
      'PowerShell: a misspelt property with a did-you-mean fix',
      async () => {
        const editor = await open('repair.ps1');
        const doc = editor.document;
        const diags = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'CCM102'), 'CCM102 on repair.ps1');
        const typo = diags.find((d) => codeOf(d) === 'CCM102')!;
        assert.equal(doc.getText(typo.range), 'SMSCACHSIZE');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, typo.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => a.title === 'Change to SMSCACHESIZE');
        assert.ok(fix, actions.map((a) => a.title).join(' | '));
        assert.ok(await vscode.workspace.applyEdit(fix.edit!));
        assert.match(doc.lineAt(1).text, / SMSCACHESIZE=10240 /);
      },
    ],
    [
      'fix-all applies the safe fixes only',
      async () => {
        const doc = await vscode.workspace.openTextDocument({ language: 'ccmsetup', content: 'ccmsetup.exe /mp=mp1.contoso.com /NoCRLCheck SMSSITECODE:P01 SMSDIRECTORYLOOKUP=WINSPROMISCUOUS\n' });
        await vscode.window.showTextDocument(doc);
        await diagnosticsWhere(doc.uri, (d) => d.length > 0, 'diagnostics on an untitled ccmsetup document');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.ccmlint');
        const all = actions.find((a) => a.kind?.value === 'source.fixAll.ccmlint');
        assert.ok(all?.edit, 'a fix-all action');
        assert.ok(await vscode.workspace.applyEdit(all.edit));
        assert.equal(doc.getText(), 'ccmsetup.exe /mp:mp1.contoso.com /NoCRLCheck SMSSITECODE=P01 SMSDIRECTORYLOOKUP=NOWINS\n');
      },
    ],
    [
      'a severity set in the settings changes the diagnostic',
      async () => {
        const editor = await open('install.cmd');
        const config = vscode.workspace.getConfiguration('ccmlint', editor.document.uri);
        await config.update('rules', { CCM303: 'error' }, vscode.ConfigurationTarget.Workspace);
        try {
          const diags = await diagnosticsWhere(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'CCM303' && x.severity === vscode.DiagnosticSeverity.Error), 'CCM303 as an error');
          assert.ok(diags.length >= 1);
          await config.update('rules', { CCM303: 'off' }, vscode.ConfigurationTarget.Workspace);
          await diagnosticsWhere(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'CCM303'), 'CCM303 switched off');
        } finally {
          await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
        }
      },
    ],
    [
      'the commands are there, and linting the workspace reports files that are not open',
      async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const c of ['ccmlint.restartServer', 'ccmlint.showOutput', 'ccmlint.lintWorkspace', 'ccmlint.openRuleDocs']) assert.ok(commands.includes(c), c);
        const unopened = workspaceFile('unopened.ccmsetup');
        assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()));
        await vscode.commands.executeCommand('ccmlint.lintWorkspace');
        const diags = await diagnosticsWhere(unopened, (d) => d.some((x) => codeOf(x) === 'CCM301'), 'CCM301 on the unopened file');
        assert.equal(diags.find((x) => codeOf(x) === 'CCM301')!.range.start.line, 1);
      },
    ],
    ...explainSteps,
    ...certificateSteps,
  ]);
}
