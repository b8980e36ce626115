// Language server benchmarks: the bundled dist/server.js started over stdio and driven by a real LSP client
// (vscode-languageserver-protocol, as in test/lsp/protocol.test.ts), so the figures include what an editor
// pays: process start, JSON-RPC framing, serialisation of results and diagnostics on both sides.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { batchScript, powershellScript, rng } from './workloads.mjs';
import { median, percentile } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const P = require('vscode-languageserver-protocol/node');
const SERVER = path.join(ROOT, 'dist', 'server.js');
/** The server waits this long after the last change before it analyses (DEBOUNCE_MS in server/src/lsp/server.ts). */
export const DEBOUNCE_MS = 150;

const log = (msg) => process.stderr.write(`  [lsp] ${msg}\n`);

/** Starts the server and a client connection; resolves after `initialize` answered, with the time it took. */
async function startServer(workspace) {
  const started = performance.now();
  // started as the VS Code extension starts it (with the Node options it passes)
  const { SERVER_NODE_OPTIONS } = require(path.join(ROOT, 'out', 'server', 'src', 'project.js'));
  const proc = spawn(process.execPath, [...SERVER_NODE_OPTIONS, SERVER, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = P.createProtocolConnection(new P.StreamMessageReader(proc.stdout), new P.StreamMessageWriter(proc.stdin));
  const waiters = [];
  const status = [];
  conn.onNotification(P.PublishDiagnosticsNotification.type, (p) => {
    const at = performance.now();
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
        waiters.splice(i, 1);
        w.resolve({ at, params: p });
      }
    }
  });
  // the server's own account of each analysis (ccmlint/status: milliseconds from the debounce timer to publish)
  conn.onNotification('ccmlint/status', (s) => status.push(s));
  conn.listen();
  const root = pathToFileURL(workspace).toString();
  await conn.sendRequest(P.InitializeRequest.type, {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'bench' }],
    capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, completion: { completionItem: { snippetSupport: true } } } },
  });
  const initMs = performance.now() - started;
  await conn.sendNotification(P.InitializedNotification.type, {});

  /** Resolves when diagnostics for `uri` (at `version`, if given) are published: { at, params }. */
  const diagnostics = (uri, version, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server stderr: ${stderr}`)), timeoutMs);
      waiters.push({ uri, version, resolve: (v) => (clearTimeout(timer), resolve(v)) });
    });
  const stop = async () => {
    try {
      await conn.sendRequest(P.ShutdownRequest.type);
      await conn.sendNotification(P.ExitNotification.type);
    } catch {
      /* already gone */
    }
    await new Promise((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', resolve)));
    conn.dispose();
  };
  return { proc, conn, initMs, diagnostics, status, stop };
}

/** VmRSS and VmHWM (peak) of a process, in bytes, from /proc (Linux). */
function memoryOf(pid) {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/**
 * Positions for completion and hover: mostly where an administrator works (inside a parameter or property
 * name, right after its ':' or '=', at the end of a command line), some anywhere in the file (comments,
 * plain PowerShell), where the server has to find out quickly that there is nothing to offer.
 */
export function positions(text, count, seed) {
  const r = rng(seed);
  const lines = text.split('\n');
  // lines that hold ccmsetup settings (a parameter or property followed by : or =)
  const setting = /(?<=[\s'"(])(\/[A-Za-z]+|[A-Z][A-Z0-9]{3,})(?=[:=])/g;
  const command = [];
  for (let i = 0; i < lines.length; i++) if (/\/mp[:=]|SMSSITECODE|InstallationProperty/i.test(lines[i]) && lines[i].match(setting)) command.push(i);
  const out = [];
  while (out.length < count) {
    const kind = r.int(10);
    if (kind < 8) {
      const line = r.pick(command);
      const t = lines[line];
      const names = [...t.matchAll(setting)];
      if (kind < 3 && names.length) {
        const m = r.pick(names);
        out.push({ line, character: m.index + 1 + r.int(m[0].length - 1), kind: 'name' });
      } else if (kind < 6 && names.length) {
        const m = r.pick(names);
        out.push({ line, character: m.index + m[0].length + 1, kind: 'value' });
      } else if (names.length) {
        // the end of the last setting's value: where the next setting would be typed
        const m = names.at(-1);
        const value = /^[:=][^\s'"`]*/.exec(t.slice(m.index + m[0].length))[0];
        out.push({ line, character: m.index + m[0].length + value.length, kind: 'end' });
      } else out.push({ line, character: t.length, kind: 'end' });
    } else {
      const line = r.int(lines.length);
      out.push({ line, character: r.int(lines[line].length + 1), kind: 'anywhere' });
    }
  }
  return out;
}

/** Completion and hover latency, and didChange to published diagnostics, on a 20,000-line script. */
async function latency(workspace, host, opts) {
  const gen = host === 'powershell' ? powershellScript : batchScript;
  const { text, commands } = gen({ lines: 20_000, seed: 5 });
  const uri = pathToFileURL(path.join(workspace, host === 'powershell' ? 'big.ps1' : 'big.cmd')).toString();
  const s = await startServer(workspace);
  try {
    const opened = s.diagnostics(uri, 1);
    const t0 = performance.now();
    await s.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: host, version: 1, text } });
    const first = await opened;
    const openMs = first.at - t0;
    log(`${host}: ${text.split('\n').length} lines, ${(text.length / 1e6).toFixed(2)} MB, ${commands} command lines; first diagnostics (${first.params.diagnostics.length}) ${openMs.toFixed(0)} ms after didOpen`);

    // completion and hover at the same varied positions, alternating; the first ones only warm the server's JIT
    const where = positions(text, opts.requests + opts.warmup, 6);
    const times = { completion: [], hover: [] };
    let answered = { completion: 0, hover: 0 };
    for (let i = 0; i < where.length; i++) {
      const position = { line: where[i].line, character: where[i].character };
      let t = performance.now();
      const c = await s.conn.sendRequest(P.CompletionRequest.type, { textDocument: { uri }, position });
      const tc = performance.now() - t;
      t = performance.now();
      const h = await s.conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position });
      const th = performance.now() - t;
      if (i < opts.warmup) continue;
      times.completion.push(tc);
      times.hover.push(th);
      if ((Array.isArray(c) ? c : c?.items ?? []).length > 0) answered.completion++;
      if (h) answered.hover++;
    }

    // didChange -> publishDiagnostics: change a site code on a command line and back (P01 <-> SMS, which flips
    // CCM106 on and off), at different places in the file; wait for the publish of exactly that version
    const lines = text.split('\n');
    const targets = [];
    lines.forEach((l, i) => {
      const m = /SMSSITECODE=([A-Z0-9]{3})\b/.exec(l);
      if (m) targets.push({ line: i, character: m.index + 'SMSSITECODE='.length, old: m[1] });
    });
    const picks = Array.from({ length: opts.changes }, (_, k) => targets[Math.floor(((k + 0.5) * targets.length) / opts.changes)]);
    const change = [];
    const serverMs = [];
    let version = 1;
    for (const p of picks) {
      for (const [from, to] of [[p.old, 'SMS'], ['SMS', p.old]]) {
        version++;
        const published = s.diagnostics(uri, version);
        const sent = performance.now();
        await s.conn.sendNotification(P.DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + from.length } }, text: to }],
        });
        const { at } = await published;
        change.push(at - sent - DEBOUNCE_MS);
      }
    }
    // the server's status notifications: analysis + conversion time it measured itself (after the debounce)
    for (const st of s.status.slice(-change.length)) serverMs.push(st.milliseconds);
    // for the split between analysis and the rest (conversion to LSP, JSON-RPC): the same text analysed in
    // this process with the same core (out/), warm
    const { analyse } = require(path.join(ROOT, 'out', 'server', 'src', 'analyse', 'analyse.js'));
    const inProcess = [];
    for (let i = 0; i < 4; i++) {
      const t = performance.now();
      analyse(text, host);
      if (i > 0) inProcess.push(performance.now() - t);
    }
    const stats = (xs) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99), n: xs.length });
    return {
      host,
      lines: lines.length,
      bytes: text.length,
      openMs,
      completion: { ...stats(times.completion), answered: answered.completion },
      hover: { ...stats(times.hover), answered: answered.hover },
      diagnostics: { ...stats(change), serverMedianMs: median(serverMs), analyseMedianMs: median(inProcess), count: first.params.diagnostics.length },
    };
  } finally {
    await s.stop();
  }
}

/** Resident memory of a fresh server with one 1 MB file open, after its diagnostics are published. */
async function memory(workspace, host) {
  const gen = host === 'powershell' ? powershellScript : batchScript;
  const { text } = gen({ bytes: 1_000_000, seed: host === 'powershell' ? 2 : 1 });
  const uri = pathToFileURL(path.join(workspace, host === 'powershell' ? 'one-mb.ps1' : 'one-mb.cmd')).toString();
  const s = await startServer(workspace);
  try {
    const idle = memoryOf(s.proc.pid);
    const done = s.diagnostics(uri, 1);
    await s.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: host, version: 1, text } });
    await done;
    // a hover, as an editor sends right away; it answers from the cached analysis
    await s.conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 5 } });
    return { host, idle, open: memoryOf(s.proc.pid) };
  } finally {
    await s.stop();
  }
}

export async function runLsp({ quick = false } = {}) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ccmlint-bench-lsp-'));
  try {
    // start to initialize: a fresh process each time (node start, loading the bundle, the handshake)
    const starts = [];
    for (let i = 0; i < (quick ? 3 : 9); i++) {
      const s = await startServer(workspace);
      starts.push(s.initMs);
      await s.stop();
    }
    log(`start to initialize result: ${starts.map((x) => x.toFixed(0)).join(', ')} ms`);
    // for scale: what Node alone takes to start and exit on this machine (part of every server start)
    const bare = [];
    for (let i = 0; i < (quick ? 3 : 9); i++) {
      const t = performance.now();
      await new Promise((resolve) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).once('exit', resolve));
      bare.push(performance.now() - t);
    }
    const opts = quick ? { requests: 100, warmup: 20, changes: 4 } : { requests: 600, warmup: 60, changes: 12 };
    const lat = await latency(workspace, 'powershell', opts);
    log(`completion p50/p95/p99 ${lat.completion.p50.toFixed(2)}/${lat.completion.p95.toFixed(2)}/${lat.completion.p99.toFixed(2)} ms, hover ${lat.hover.p50.toFixed(2)}/${lat.hover.p95.toFixed(2)}/${lat.hover.p99.toFixed(2)} ms, diagnostics ${lat.diagnostics.p50.toFixed(0)}/${lat.diagnostics.p95.toFixed(0)} ms (+${DEBOUNCE_MS} ms debounce)`);
    const mem = [];
    for (const host of ['powershell', 'batch']) {
      const m = await memory(workspace, host);
      mem.push(m);
      log(`memory with the 1 MB ${host} file open: VmRSS ${(m.open.rss / 1048576).toFixed(1)} MiB (idle ${(m.idle.rss / 1048576).toFixed(1)} MiB, peak ${(m.open.hwm / 1048576).toFixed(1)} MiB)`);
    }
    return { start: { medianMs: median(starts), maxMs: Math.max(...starts), samples: starts, bareNodeMs: median(bare) }, latency: lat, memory: mem };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
