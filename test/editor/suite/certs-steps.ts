// Editor steps for certificates, run inside real VS Code: the SMSSIGNCERT hover through the
// ccmlint.pathMappings setting, and the certificate summary editor for .cer and .pem files. The
// certificate is made with openssl while the step runs (no key is ever kept: it is deleted at once).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhere, until } from './util';

interface Api {
  certificateViews(): ReadonlyMap<string, string>;
  onDidRenderCertificate: vscode.Event<string>;
}

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder');
  return folder.uri.fsPath;
}

/** keys/SiteServerSigning.cer (DER, SHA-1 signed so that CCM323 shows the file was read) and keys/SiteServerSigning.pem. */
function makeCertificate(): { cer: vscode.Uri; pem: vscode.Uri } {
  const dir = path.join(root(), 'keys');
  const cer = path.join(dir, 'SiteServerSigning.cer');
  const pem = path.join(dir, 'SiteServerSigning.pem');
  if (!fs.existsSync(cer)) {
    fs.mkdirSync(dir, { recursive: true });
    const key = path.join(dir, 'temp.key');
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', pem, '-sha1', '-days', '30', '-subj', '/CN=Contoso Site Server'], { stdio: 'pipe' });
    } finally {
      fs.rmSync(key, { force: true });
    }
    execFileSync('openssl', ['x509', '-in', pem, '-outform', 'DER', '-out', cer], { stdio: 'pipe' });
  }
  return { cer: vscode.Uri.file(cer), pem: vscode.Uri.file(pem) };
}

function api(): Api {
  const ext = vscode.extensions.getExtension<Api>('ccmlint.ccmlint');
  assert.ok(ext?.exports, 'the extension exports its API');
  return ext.exports;
}

function activeCustomEditor(): vscode.TabInputCustom | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom ? input : undefined;
}

/** Waits until the summary of `uri` has been rendered, and returns its HTML. */
function rendered(uri: vscode.Uri, what: string): Promise<string> {
  return until(api().onDidRenderCertificate, () => api().certificateViews().get(uri.toString()), 20000, what);
}

export const certificateSteps: [string, () => Promise<void>][] = [
  [
    'certificates: the SMSSIGNCERT hover reads the file through ccmlint.pathMappings and shows its subject',
    async () => {
      makeCertificate();
      const script = path.join(root(), 'internet-clients.cmd');
      const line = '"%~dp0ccmsetup.exe" /mp:https://mp1.contoso.com /UsePKICert CCMCERTISSUERS="CN=Contoso Root CA" SMSSITECODE=P01 SMSSIGNCERT=\\\\cm01\\Keys\\SiteServerSigning.cer';
      fs.writeFileSync(script, `@echo off\r\n${line}\r\n`);
      const config = vscode.workspace.getConfiguration('ccmlint', vscode.Uri.file(script));
      await config.update('pathMappings', { '\\\\CM01\\keys\\': 'keys' }, vscode.ConfigurationTarget.Workspace);
      try {
        const doc = await vscode.workspace.openTextDocument(script);
        await vscode.window.showTextDocument(doc);
        // CCM323 (SHA-1) appears only once the mapped file has been read
        await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'CCM323'), 'CCM323 through the path mapping');
        const at = new vscode.Position(1, line.indexOf('SiteServerSigning') + 3);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
        const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        assert.match(text, /\*\*Subject:\*\* CN=Contoso Site Server/);
        assert.match(text, /\*\*SHA-1 thumbprint:\*\* `[0-9A-F]{40}`/);
        assert.match(text, /Signed with sha1WithRSAEncryption/);
      } finally {
        await config.update('pathMappings', undefined, vscode.ConfigurationTarget.Workspace);
      }
    },
  ],
  [
    'certificates: opening a .cer file opens the certificate summary editor',
    async () => {
      const { cer } = makeCertificate();
      await vscode.commands.executeCommand('vscode.open', cer);
      const input = await until(vscode.window.tabGroups.onDidChangeTabs, () => activeCustomEditor(), 20000, 'a custom editor tab for the .cer file');
      assert.equal(input.viewType, 'ccmlint.certificate');
      assert.equal(input.uri.toString(), cer.toString());
      const html = await rendered(cer, 'the summary of SiteServerSigning.cer');
      assert.match(html, /<th>Subject<\/th><td>CN=Contoso Site Server<\/td>/);
      assert.match(html, /Site server signing certificate \(SMSSIGNCERT\): <span class="fail">/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    },
  ],
  [
    'certificates: the command opens a .pem file in the summary editor',
    async () => {
      const { pem } = makeCertificate();
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('ccmlint.showCertificateSummary'));
      await vscode.commands.executeCommand('ccmlint.showCertificateSummary', pem);
      const input = await until(vscode.window.tabGroups.onDidChangeTabs, () => (activeCustomEditor()?.uri.toString() === pem.toString() ? activeCustomEditor() : undefined), 20000, 'a custom editor tab for the .pem file');
      assert.equal(input.viewType, 'ccmlint.certificate.pem');
      assert.match(await rendered(pem, 'the summary of SiteServerSigning.pem'), /CN=Contoso Site Server/);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    },
  ],
];
