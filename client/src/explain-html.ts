// Renders the explain model (from the server's ccmlint/explain request) as one self-contained HTML page
// for a webview: a strict Content-Security-Policy (nothing loads from anywhere; one inline style and one
// inline script, both with a nonce), colours from the VS Code theme variables, every text escaped. No
// `vscode` import, so tests render it in plain Node.
import type { ChainStep, ExplainModel, ExplainSetting, StepStatus } from '../../server/src/features/explain';

export interface RenderOptions {
  /** A fresh random nonce for this render. */
  nonce: string;
  /** The webview's cspSource (only used for style-src; the page loads no files). */
  cspSource?: string;
}

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS: Record<StepStatus, { icon: string; label: string }> = {
  ok: { icon: '✔', label: 'OK' },
  weak: { icon: '!', label: 'Weak' },
  broken: { icon: '✖', label: 'Broken' },
  off: { icon: '–', label: 'Not used' },
};

const SEVERITY_ICON: Record<string, string> = { error: '✖', warning: '!', information: 'i', hint: '·' };

function reveal(range: { start: number; end: number } | undefined): string {
  return range ? ` data-reveal="${range.start},${range.end}" tabindex="0" role="button"` : '';
}

function ruleLink(id: string): string {
  return `<a class="rule" href="#" data-rule="${escape(id)}" title="Open the documentation of ${escape(id)}">${escape(id)}</a>`;
}

function settingChip(model: ExplainModel, name: string): string {
  const s = model.settings.find((x) => x.name === name && x.state !== 'default');
  return `<span class="chip"${reveal(s?.range)}>${escape(name)}</span>`;
}

function step(model: ExplainModel, s: ChainStep, last: boolean): string {
  const st = STATUS[s.status];
  const chips = s.settings.map((n) => settingChip(model, n)).join(' ');
  const rules = s.rules.map(ruleLink).join(' ');
  return `
  <li class="step ${s.status}" data-step="${s.id}">
    <div class="badge" aria-hidden="true">${st.icon}</div>
    <div class="card">
      <div class="head"><span class="title">${escape(s.title)}</span><span class="status">${st.label}</span></div>
      <div class="summary">${escape(s.summary)}</div>
      <div class="reason">${escape(s.reason)}</div>
      ${chips || rules ? `<div class="meta">${chips}${chips && rules ? ' · ' : ''}${rules}</div>` : ''}
    </div>
  </li>${last ? '' : '\n  <li class="arrow" aria-hidden="true">↓</li>'}`;
}

function settingRow(s: ExplainSetting): string {
  const state = s.state === 'written' ? 'written' : s.state === 'default' ? 'default' : 'unknown';
  const meaning =
    s.state === 'unknown'
      ? `${escape(s.meaning)}${s.suggestion ? ` Did you mean <code>${escape(s.suggestion)}</code>?` : ''}`
      : `${escape(s.meaning)}${s.valueMeaning ? `<div class="value-meaning">${escape(s.valueMeaning)}</div>` : ''}`;
  const name = s.docs ? `<a href="${escape(s.docs)}" title="Microsoft documentation">${escape(s.name)}</a>` : escape(s.name);
  const note = s.status && s.status !== 'documented' ? ` <span class="tag">${escape(s.status)}</span>` : '';
  return `
      <tr class="${state}"${reveal(s.range)}>
        <td class="name">${name}${note}</td>
        <td class="value"><code>${escape(s.value)}</code>${s.dynamic ? ' <span class="tag">variable</span>' : ''}</td>
        <td class="state"><span class="tag ${state}">${state}</span></td>
        <td class="meaning">${meaning}</td>
      </tr>`;
}

/** The whole page. */
export function renderExplainHtml(model: ExplainModel, opts: RenderOptions): string {
  const n = escape(opts.nonce);
  const csp = `default-src 'none'; style-src 'nonce-${n}'${opts.cspSource ? ` ${opts.cspSource}` : ''}; script-src 'nonce-${n}';`;
  const v = model.verdict;
  const written = model.settings.filter((s) => s.state !== 'default');
  const defaults = model.settings.filter((s) => s.state === 'default');
  const findings = model.findings
    .map(
      (f) => `
      <li class="finding ${escape(f.severity)}">
        <span class="sev" aria-hidden="true">${SEVERITY_ICON[f.severity] ?? ''}</span>
        <span class="sevname">${escape(f.severity)}</span> ${ruleLink(f.rule)} <span class="rulename">${escape(f.name)}</span>
        <div class="message"${reveal(f.range)}>${escape(f.message)}</div>
      </li>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Explain command line ${model.index}</title>
<style nonce="${n}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 24px; line-height: 1.4; }
  h1 { font-size: 1.3em; margin: 16px 0 4px; }
  h2 { font-size: 1.1em; margin: 22px 0 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding-bottom: 4px; }
  .sub { color: var(--vscode-descriptionForeground); }
  pre.line { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); background: var(--vscode-textCodeBlock-background); padding: 8px; white-space: pre-wrap; word-break: break-all; border-radius: 3px; }
  code { font-family: var(--vscode-editor-font-family); word-break: break-all; }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  a:hover { text-decoration: underline; }
  [data-reveal] { cursor: pointer; }
  [data-reveal]:hover { background: var(--vscode-list-hoverBackground); }
  [data-reveal]:focus { outline: 1px solid var(--vscode-focusBorder); }
  .verdict span { margin-right: 12px; }
  ol.chain { list-style: none; padding: 0; margin: 0; max-width: 760px; }
  .step { display: flex; gap: 10px; align-items: stretch; }
  .badge { flex: 0 0 28px; height: 28px; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-weight: bold; color: var(--vscode-editor-background); margin-top: 8px; }
  .card { flex: 1; border: 1px solid var(--vscode-widget-border, var(--vscode-panel-border, #8884)); border-left-width: 4px; border-radius: 4px; padding: 6px 10px; background: var(--vscode-editorWidget-background); }
  .head { display: flex; justify-content: space-between; gap: 8px; }
  .title { font-weight: bold; }
  .status { font-weight: bold; text-transform: uppercase; font-size: 0.85em; }
  .summary { margin-top: 2px; font-family: var(--vscode-editor-font-family); word-break: break-all; }
  .reason { margin-top: 4px; color: var(--vscode-descriptionForeground); }
  .meta { margin-top: 6px; font-size: 0.9em; }
  .chip { border: 1px solid var(--vscode-widget-border, #8886); border-radius: 10px; padding: 0 6px; font-family: var(--vscode-editor-font-family); }
  .arrow { margin-left: 7px; color: var(--vscode-descriptionForeground); font-size: 1.1em; line-height: 1.2; }
  .ok .badge { background: var(--vscode-testing-iconPassed, #388a34); } .ok .card { border-left-color: var(--vscode-testing-iconPassed, #388a34); } .ok .status { color: var(--vscode-testing-iconPassed, #388a34); }
  .weak .badge { background: var(--vscode-editorWarning-foreground, #bf8803); } .weak .card { border-left-color: var(--vscode-editorWarning-foreground, #bf8803); } .weak .status { color: var(--vscode-editorWarning-foreground, #bf8803); }
  .broken .badge { background: var(--vscode-editorError-foreground, #e51400); } .broken .card { border-left-color: var(--vscode-editorError-foreground, #e51400); } .broken .status { color: var(--vscode-editorError-foreground, #e51400); }
  .off .badge { background: var(--vscode-disabledForeground, #888); } .off .card { border-left-color: var(--vscode-disabledForeground, #888); opacity: 0.8; } .off .status { color: var(--vscode-disabledForeground, #888); }
  table { border-collapse: collapse; width: 100%; }
  th { text-align: left; color: var(--vscode-descriptionForeground); font-weight: normal; border-bottom: 1px solid var(--vscode-widget-border, #8884); }
  td { vertical-align: top; padding: 4px 8px 4px 0; border-bottom: 1px solid var(--vscode-widget-border, #8882); }
  td.name { white-space: nowrap; font-family: var(--vscode-editor-font-family); }
  td.value { max-width: 320px; }
  .value-meaning { color: var(--vscode-descriptionForeground); margin-top: 2px; }
  .tag { font-size: 0.8em; border-radius: 3px; padding: 0 4px; border: 1px solid var(--vscode-widget-border, #8886); }
  .tag.written { background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); border-color: transparent; }
  .tag.unknown, tr.unknown td.name { color: var(--vscode-editorError-foreground, #e51400); }
  tr.default { color: var(--vscode-descriptionForeground); }
  ul.findings { list-style: none; padding: 0; }
  .finding { margin-bottom: 8px; }
  .sev { display: inline-block; width: 1.2em; text-align: center; font-weight: bold; }
  .error .sev, .error .sevname { color: var(--vscode-editorError-foreground, #e51400); }
  .warning .sev, .warning .sevname { color: var(--vscode-editorWarning-foreground, #bf8803); }
  .information .sev, .information .sevname { color: var(--vscode-editorInfo-foreground, #3794ff); }
  .hint .sev, .hint .sevname { color: var(--vscode-descriptionForeground); }
  .rulename { color: var(--vscode-descriptionForeground); }
  .message { margin: 2px 0 0 1.6em; }
  details summary { cursor: pointer; margin: 8px 0; }
</style>
</head>
<body>
  <h1>Explain this command line</h1>
  <div class="sub">Command line ${model.index} of ${model.count} · ${escape(model.kindLabel)} · line ${model.range.startLine + 1}</div>
  <pre class="line"${reveal(model.range)}>${escape(model.commandLine)}</pre>
  ${model.removalOrRepair ? '<p class="sub">This line removes or repairs a client: installation defaults are left out, and the chain below only matters for what the client keeps.</p>' : ''}

  ${model.note ? `<p class="note sub">${escape(model.note)}</p>` : ''}
  ${
    model.chain.length
      ? `<h2>How the client finds and trusts its management point</h2>
  <div class="verdict sub"><span>${v.ok} ok</span><span>${v.weak} weak</span><span>${v.broken} broken</span><span>${v.off} not used</span></div>
  <ol class="chain">${model.chain.map((s, i) => step(model, s, i === model.chain.length - 1)).join('')}
  </ol>`
      : ''
  }

  <h2>Settings written (${written.length})</h2>
  ${
    written.length
      ? `<table class="settings written-settings">
    <thead><tr><th>Setting</th><th>Value</th><th>State</th><th>Meaning</th></tr></thead>
    <tbody>${written.map(settingRow).join('')}
    </tbody>
  </table>`
      : '<p class="sub">None: everything below is left to its default.</p>'
  }

  ${
    defaults.length
      ? `<h2>Not written: the defaults apply (${defaults.length})</h2>
  <details${written.length < 3 ? ' open' : ''}>
    <summary>Show what the installer does by default</summary>
    <table class="settings default-settings">
      <thead><tr><th>Setting</th><th>Default</th><th>State</th><th>Meaning</th></tr></thead>
      <tbody>${defaults.map(settingRow).join('')}
      </tbody>
    </table>
  </details>`
      : ''
  }

  <h2>Findings (${model.findings.length})</h2>
  ${model.findings.length ? `<ul class="findings">${findings}\n  </ul>` : '<p class="sub">No findings on this command line.</p>'}

<script nonce="${n}">
  (function () {
    const vscode = acquireVsCodeApi();
    function act(target) {
      const rule = target.closest('[data-rule]');
      if (rule) { vscode.postMessage({ type: 'docs', rule: rule.getAttribute('data-rule') }); return true; }
      const r = target.closest('[data-reveal]');
      if (r && !target.closest('a[href^="http"]')) {
        const parts = r.getAttribute('data-reveal').split(',').map(Number);
        vscode.postMessage({ type: 'reveal', start: parts[0], end: parts[1] });
        return true;
      }
      return false;
    }
    document.addEventListener('click', function (e) { if (act(e.target)) e.preventDefault(); });
    document.addEventListener('keydown', function (e) { if ((e.key === 'Enter' || e.key === ' ') && act(e.target)) e.preventDefault(); });
  })();
</script>
</body>
</html>
`;
}
