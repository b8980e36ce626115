// Workloads for the benchmarks, generated on the fly (nothing large is kept in the repository).
//
// The scripts imitate what administrators really write around ccmsetup: most lines are not command lines
// (comments, logging, checks, variables, labels), and the command lines come in every form the locators
// handle: bare and quoted paths, start /wait, call, caret continuations, cmd /c, msiexec CCMSETUPCMD= in
// batch; Start-Process named and positional, arrays, -join, splatting, `&` calls, backtick continuations,
// variables assigned earlier, Invoke-Command script blocks, client push cmdlets in PowerShell. About a third
// of the command lines carry one mistake (a finding), the rest are clean, so the benchmark pays for the
// rules that fire (messages, fixes, did-you-mean) as well as for the ones that stay quiet.
//
// Everything is deterministic: a seeded PRNG picks the variants, so every run (and every machine) lints the
// same bytes and the figures stay comparable.

/** mulberry32: a tiny, fast, seeded PRNG (we need reproducibility, not quality). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

// ---- shared vocabulary ------------------------------------------------------------------------------

const DOMAINS = ['contoso.com', 'fabrikam.com', 'corp.contoso.com', 'emea.fabrikam.com', 'northwindtraders.com'];
const SITES = ['P01', 'P02', 'C07', 'PS1', 'LAB', 'EU1', 'US2', 'AP3'];
const ISSUERS = ['CN=Contoso Root CA; OU=PKI; O=Contoso; C=US', 'CN=Fabrikam Issuing CA 01; O=Fabrikam; C=GB', 'CN=Corp Root; DC=corp; DC=contoso; DC=com'];
const PREREQS = ['silverlight.exe', 'windowsupdateagent30-x64.exe', 'dotNetFx40_Full_x86_x64.exe', 'vcredist_x64.exe'];

function vocabulary(r) {
  const domain = r.pick(DOMAINS);
  const host = () => `cm${String(1 + r.int(40)).padStart(2, '0')}.${domain}`;
  const site = r.pick(SITES);
  return { r, domain, host, site, issuer: () => r.pick(ISSUERS), cache: () => r.pick([5120, 10240, 20480, 25600, 51200]) };
}

/**
 * One ccmsetup argument list as a list of tokens. `bad` adds exactly one mistake from a realistic set (the
 * kind that comes from old wiki pages, blog posts and typos). `quotes` allows values in double quotes
 * (not inside cmd /c "..." or CCMSETUPCMD="...", where they would end the outer quotes).
 */
function argumentTokens(v, { bad, quotes = true }) {
  const { r } = v;
  const site = v.site;
  const mp = v.host();
  const t = [];
  switch (r.int(7)) {
    case 0:
      t.push(`/mp:${mp}`, `SMSSITECODE=${site}`);
      break;
    case 1:
      t.push(`/mp:${mp}`, `SMSSITECODE=${site}`, `SMSCACHESIZE=${v.cache()}`);
      break;
    case 2:
      if (quotes) t.push(`/mp:https://${mp}`, '/UsePKICert', `SMSSITECODE=${site}`, `CCMCERTISSUERS="${v.issuer()}"`);
      else t.push(`/mp:https://${mp}`, '/UsePKICert', `SMSSITECODE=${site}`, 'CCMCERTISSUERS=CN=Contoso-Issuing-CA', 'CCMFIRSTCERT=1');
      break;
    case 3:
      t.push(`/mp:${mp};${v.host()}`, '/BITSPriority:HIGH', `SMSSITECODE=${site}`, `FSP=${v.host()}`);
      break;
    case 4:
      t.push(`/mp:${mp}`, `/skipprereq:${r.pick(PREREQS)}`, `SMSSITECODE=${site}`, 'CCMLOGMAXSIZE=2000000', 'CCMLOGMAXHISTORY=3');
      break;
    case 5:
      t.push(`/mp:${mp}`, '/logon', `SMSSITECODE=${site}`, `DNSSUFFIX=${v.domain}`, 'CCMEVALHOUR=3');
      break;
    default:
      t.push(`/mp:${mp}`, `SMSSITECODE=${site}`, `SMSMP=${mp}`, `SMSCACHESIZE=${r.pick([5, 10, 15, 20])}`, 'SMSCACHEFLAGS=PERCENTDISKSPACE;NTFSONLY');
  }
  if (!bad) return t;
  // The mistakes: each gives one or two findings in different rules.
  const i = t.findIndex((x) => x.startsWith('SMSSITECODE='));
  switch (r.int(16)) {
    case 0:
      t.splice(1, 0, '/NoCRLCheck'); // CCM303 (+ CCM108 without PKI)
      break;
    case 1:
      t.push('SMSDIRECTORYLOOKUP=WINSPROMISCUOUS'); // CCM301
      break;
    case 2:
      t[0] = t[0].replace('/mp:', '/mp='); // CCM002
      break;
    case 3:
      t[i] = `SMSSITECODE:${site}`; // CCM002
      break;
    case 4:
      t[i] = `SMSSITCODE=${site}`; // CCM102 with a did-you-mean
      break;
    case 5:
      t[0] = t[0].replace('/mp:', '/mps:'); // CCM101 with a did-you-mean
      break;
    case 6:
      t.push(quotes ? `CCMCERTISSUERS=\u201D${v.issuer()}\u201D` : 'CCMLOGLEVEL=0'); // CCM011 smart quotes, pasted from a blog
      break;
    case 7:
      t.push('SMSCACHESIZE=big'); // CCM104
      break;
    case 8:
      t.push('CCMLOGLEVEL=0'); // CCM319
      break;
    case 9:
      t[i] = 'SMSSITECODE=SMS'; // CCM106: the share name used as the site code
      break;
    case 10:
      t[0] = t[0].replace(/^\/mp:(https:\/\/)?/, '/mp:http://'); // CCM311
      break;
    case 11:
      t.push(`SMSCACHESIZE=${v.cache()}`, 'SMSCACHESIZE=2048'); // CCM103
      break;
    case 12:
      t.push('RESETKEYINFORMATION=TRUE'); // CCM305
      break;
    case 13:
      t.push('SMSSLP=' + mp); // CCM107 obsolete
      break;
    case 14:
      t.push('CCMCERTNAMECHECK=0'); // CCM313
      break;
    default:
      t.push('/forcereboot'); // CCM006 + CCM324
  }
  return t;
}

// ---- batch --------------------------------------------------------------------------------------------

const BATCH_COMMENTS = [
  'REM Install the ConfigMgr client only where it is missing.',
  'REM Runs as SYSTEM from the computer startup GPO; keep it quiet.',
  ':: the service desk calls this from the repair ticket template',
  'REM ccmsetup.exe returns at once and keeps working in the background; see ccmsetup.log.',
  'REM Perimeter servers use the second management point.',
  'REM ---------------------------------------------------------------------------',
  ':: TODO move to the HTTPS management point once the PKI rollout is done',
  'REM Logs go to the collection share so the client team can read them.',
];

function batchFiller(v, n) {
  const { r } = v;
  const lines = [];
  for (let k = 0; k < n; k++) {
    switch (r.int(16)) {
      case 0:
      case 1:
      case 2:
        lines.push(r.pick(BATCH_COMMENTS));
        break;
      case 3:
        lines.push(`set LOGFILE=\\\\${v.host()}\\ClientInstallLogs$\\%COMPUTERNAME%.log`);
        break;
      case 4:
        lines.push(`echo %DATE% %TIME% installing the ConfigMgr client on %COMPUTERNAME% >> "%LOGFILE%"`);
        break;
      case 5:
        lines.push('sc query CcmExec >nul 2>&1 && goto :eof');
        break;
      case 6:
        lines.push('if errorlevel 1 goto :failed');
        break;
      case 7:
        lines.push(`copy /y "%~dp0certs\\site-signing.cer" "%WinDir%\\ccmsetup\\" >nul`);
        break;
      case 8:
        lines.push('timeout /t 30 /nobreak >nul');
        break;
      case 9:
        lines.push(`:step${r.int(1000)}`);
        break;
      case 10:
        lines.push(`net use Z: \\\\${v.host()}\\SMS_${v.site}\\Client /persistent:no >nul 2>&1`);
        break;
      case 11:
        lines.push(`reg query "HKLM\\SOFTWARE\\Microsoft\\SMS\\Mobile Client" /v ProductVersion >nul 2>&1 || set NEEDCLIENT=1`);
        break;
      case 12:
        lines.push(`for /f "tokens=2 delims==" %%i in ('wmic os get caption /value') do set OSNAME=%%i`);
        break;
      case 13:
        lines.push('tasklist /fi "imagename eq ccmsetup.exe" | find /i "ccmsetup.exe" >nul && goto :wait');
        break;
      case 14:
        lines.push('echo ccmsetup finished with exit code %ERRORLEVEL% >> "%LOGFILE%"');
        break;
      default:
        lines.push('');
    }
  }
  return lines;
}

function batchCommand(v, bad) {
  const { r } = v;
  const form = r.int(10);
  const quotes = form !== 5 && form !== 6 && form !== 8;
  const args = argumentTokens(v, { bad, quotes });
  const a = args.join(' ');
  switch (form) {
    case 0:
      return `ccmsetup.exe ${a}`;
    case 1:
      return `"%~dp0ccmsetup.exe" ${a}`;
    case 2:
      return `start /wait "" "%CLIENTSHARE%\\ccmsetup.exe" ${a}`;
    case 3:
      return `call \\\\${v.host()}\\SMS_${v.site}\\Client\\ccmsetup.exe ${a}`;
    case 4: {
      // caret continuations, two or three arguments per physical line
      const parts = [];
      for (let k = 0; k < args.length; k += 2) parts.push(args.slice(k, k + 2).join(' '));
      return `"%CLIENTSHARE%\\ccmsetup.exe" ${parts.join(' ^\n  ')} >> "%LOGFILE%" 2>&1`;
    }
    case 5:
      return `cmd /c "ccmsetup.exe ${a}"`;
    case 6:
      return `msiexec /i "%~dp0ccmsetup.msi" /qn /l*v "%LOG%" CCMSETUPCMD="${a}"`;
    case 7:
      return `if not exist "%WinDir%\\CCM\\CcmExec.exe" "%CLIENTSHARE%\\ccmsetup.exe" ${a} >> "%LOGFILE%" 2>&1`;
    case 8:
      return `psexec \\\\%TARGET% -s -accepteula cmd /c "\\\\${v.host()}\\SMS_${v.site}\\Client\\ccmsetup.exe ${a}"`;
    default: {
      // the values come from variables the script set at the top
      const vars = args.map((x) => (/^\/mp:[\w.]+$/.test(x) ? '/mp:%MP%' : x === `SMSSITECODE=${v.site}` ? 'SMSSITECODE=%SITECODE%' : x));
      return `%CLIENTSHARE%\\ccmsetup.exe ${vars.join(' ')} || goto :failed`;
    }
  }
}

/**
 * A batch script of about `bytes` bytes (or `lines` lines). Returns { text, commands, bad }: the number of
 * command lines written and how many of them carry a mistake.
 */
export function batchScript({ bytes, lines, seed = 1, badShare = 1 / 3 }) {
  const r = rng(seed);
  const v = vocabulary(r);
  const out = ['@echo off', 'setlocal', `set CLIENTSHARE=\\\\${v.host()}\\SMS_${v.site}\\Client`, `set MP=${v.host()}`, `set SITECODE=${v.site}`];
  let size = out.join('\n').length;
  let count = out.length;
  let commands = 0;
  let bad = 0;
  while (bytes ? size < bytes : count < lines) {
    const isBad = r.chance(badShare);
    // filler before the command: tuned so that a 1 MB file holds about 2,000 command lines
    const block = [...batchFiller(v, 2 + r.int(8)), batchCommand(v, isBad)];
    if (r.chance(0.1)) block.push(...batchFiller(v, 2));
    const text = block.join('\n');
    out.push(text);
    size += text.length + 1;
    count += text.split('\n').length;
    commands++;
    if (isBad) bad++;
  }
  out.push(':failed', 'endlocal', '');
  return { text: out.join('\n'), commands, bad };
}

// ---- PowerShell -----------------------------------------------------------------------------------------

const PS_COMMENTS = [
  '# Install the ConfigMgr client only where it is missing.',
  '# ccmsetup.exe returns at once; the real result is in C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log.',
  '# Both management points, in case the first one is the broken one.',
  '# TODO: switch to the HTTPS management point after the PKI rollout',
  '# -----------------------------------------------------------------------------',
];

function psFiller(v, n) {
  const { r } = v;
  const lines = [];
  for (let k = 0; k < n; k++) {
    switch (r.int(15)) {
      case 0:
      case 1:
        lines.push(r.pick(PS_COMMENTS));
        break;
      case 2:
        lines.push('Write-Host "Installing the ConfigMgr client on $env:COMPUTERNAME"');
        break;
      case 3:
        lines.push("if (Test-Path -Path \"$env:WinDir\\CCM\\CcmExec.exe\") { Write-Verbose 'client present'; return }");
        break;
      case 4:
        lines.push("$log = Join-Path -Path $env:TEMP -ChildPath 'ccmsetup-wrapper.log'");
        break;
      case 5:
        lines.push('Add-Content -Path $log -Value "$(Get-Date -Format s) starting ccmsetup for site $SiteCode"');
        break;
      case 6:
        lines.push("$service = Get-Service -Name CcmExec -ErrorAction SilentlyContinue");
        break;
      case 7:
        lines.push('Wait-Process -Name ccmsetup -Timeout 1800 -ErrorAction SilentlyContinue');
        break;
      case 8:
        lines.push('if ($process.ExitCode -ne 0) { Write-Warning "ccmsetup.exe exited with $($process.ExitCode)" }');
        break;
      case 9:
        lines.push('<#', '    The client team keeps this block in sync with the build book.', '    Do not change the management points without a change record.', '#>');
        break;
      case 10:
        lines.push("Remove-Item -Path \"$env:TEMP\\ccmsetup\\*.log\" -Force -ErrorAction SilentlyContinue");
        break;
      case 11:
        lines.push(`$ClientShare = '\\\\${v.host()}\\SMS_${v.site}\\Client'`);
        break;
      case 12:
        lines.push("$version = (Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\SMS\\Mobile Client' -ErrorAction SilentlyContinue).ProductVersion");
        break;
      case 13:
        lines.push('Start-Sleep -Seconds 30');
        break;
      default:
        lines.push('');
    }
  }
  return lines;
}

function psCommand(v, bad) {
  const { r } = v;
  const form = r.int(11);
  const args = argumentTokens(v, { bad, quotes: true });
  const single = args.join(' ').replace(/'/g, "''");
  const exe = r.pick(['"$PSScriptRoot\\ccmsetup.exe"', '"$ClientShare\\ccmsetup.exe"', `'\\\\${v.host()}\\SMS_${v.site}\\Client\\ccmsetup.exe'`]);
  switch (form) {
    case 0:
      return `$process = Start-Process -FilePath ${exe} -ArgumentList '${single}' -Wait -PassThru`;
    case 1: {
      // positional, double-quoted: quotes escaped with backticks, a variable for the site code
      const dq = args.map((x) => x.replace(/"/g, '`"').replace(/^SMSSITECODE=(\w+)$/, 'SMSSITECODE=$SiteCode')).join(' ');
      return `$SiteCode = '${v.site}'\nStart-Process ${exe} "${dq}" -Wait -NoNewWindow`;
    }
    case 2:
      return ['$arguments = @(', ...args.map((x) => `    '${x.replace(/'/g, "''")}'`), ')', `Start-Process -FilePath ${exe} -ArgumentList $arguments -Wait`].join('\n');
    case 3:
      return `& ${exe} ${args.map((x) => (/[";\u201C\u201D]/.test(x) ? `'${x}'` : x)).join(' ')}`;
    case 4:
      return `Start-Process -FilePath ${exe} \`\n    -ArgumentList '${single}' \`\n    -Wait -PassThru -NoNewWindow`;
    case 5:
      return `$cmdline = '${single}'\n$process = Start-Process -FilePath ${exe} -ArgumentList $cmdline -Wait -PassThru`;
    case 6:
      return [
        '$remote = Invoke-Command -ComputerName $Computer -Credential $RepairCred -ScriptBlock {',
        `    Start-Process -FilePath "$using:ClientShare\\ccmsetup.exe" -ArgumentList '${single}' -Wait`,
        '}',
      ].join('\n');
    case 7:
      return ['$params = @{', `    FilePath     = ${exe}`, `    ArgumentList = '${single}'`, '    Wait         = $true', '    PassThru     = $true', '}', '$process = Start-Process @params'].join('\n');
    case 8:
      return `Start-Process -FilePath ${exe} -ArgumentList (@(${args.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}) -join ' ') -Wait`;
    case 9: {
      const plain = argumentTokens(v, { bad, quotes: false }).join(' ');
      return `cmd.exe /c "\\\\${v.host()}\\SMS_${v.site}\\Client\\ccmsetup.exe ${plain}"`;
    }
    default:
      return `Set-CMClientPushInstallation -SiteCode $SiteCode -EnableAutomaticClientPushInstallation $true \`\n    -InstallationProperty '${single.replace(/\/mp[=:]\S+ ?|\/mps:\S+ ?/, '')}'`;
  }
}

/** A PowerShell script of about `bytes` bytes (or `lines` lines); same result shape as batchScript. */
export function powershellScript({ bytes, lines, seed = 2, badShare = 1 / 3 }) {
  const r = rng(seed);
  const v = vocabulary(r);
  const out = ['[CmdletBinding()]', 'param([string[]] $ComputerName = @($env:COMPUTERNAME))', "$ErrorActionPreference = 'Stop'", `$SiteCode = '${v.site}'`, `$ClientShare = '\\\\${v.host()}\\SMS_${v.site}\\Client'`];
  let size = out.join('\n').length;
  let count = out.length;
  let commands = 0;
  let bad = 0;
  while (bytes ? size < bytes : count < lines) {
    const isBad = r.chance(badShare);
    const block = [...psFiller(v, 1 + r.int(6)), psCommand(v, isBad)];
    // some commands sit in a loop or a try block, as in real deployment scripts
    const wrap = r.int(5);
    let text = block.join('\n');
    if (wrap === 0) text = `foreach ($Computer in $ComputerName) {\n${text.replace(/^/gm, '    ')}\n}`;
    else if (wrap === 1) text = `try {\n${text.replace(/^/gm, '    ')}\n}\ncatch {\n    Write-Warning "ccmsetup failed: $_"\n}`;
    out.push(text);
    size += text.length + 1;
    count += text.split('\n').length;
    commands++;
    if (isBad) bad++;
  }
  out.push('exit 0', '');
  return { text: out.join('\n'), commands, bad };
}

// ---- the other hosts, for the CLI tree --------------------------------------------------------------

export function tcfFile(r) {
  const v = vocabulary(r);
  const args = argumentTokens(v, { bad: r.chance(1 / 3), quotes: true }).filter((x) => !x.startsWith('/'));
  return [
    '; ccmsetup /config file for the build rooms',
    `; used as: ccmsetup.exe /config:ClientInstall.tcf`,
    '[Client Install]',
    `Install=INSTALL=ALL ${args.join(' ')}`,
    '',
    '[Site Properties]',
    `SiteCode=${v.site}`,
    `CertificateIssuers=${v.issuer()}`,
    '',
  ].join('\n');
}

export function xmlFile(r) {
  const v = vocabulary(r);
  const steps = [];
  const n = 3 + r.int(12);
  for (let k = 0; k < n; k++) {
    if (r.chance(0.25)) {
      const props = argumentTokens(v, { bad: r.chance(1 / 3), quotes: false })
        .filter((x) => !x.startsWith('/'))
        .join(' ');
      steps.push(
        `  <step type="SMS_TaskSequence_SetupWindowsAndSMSAction" name="Setup Windows and ConfigMgr ${k}" runIn="WinPEandFullOS" successCodeList="0 3010">`,
        '    <action>smsboot.exe /target:WinPE</action>',
        '    <defaultVarList>',
        `      <variable name="SMSClientInstallProperties" property="ClientInstallProperties">${props.replace(/&/g, '&amp;')}</variable>`,
        `      <variable name="SMSClientPackageID" property="ClientPackageID">${v.site}00002</variable>`,
        '    </defaultVarList>',
        '  </step>',
      );
    } else {
      steps.push(
        `  <step type="SMS_TaskSequence_RunCommandLineAction" name="Run step ${k}" runIn="FullOS" successCodeList="0 3010">`,
        `    <action>smsswd.exe /run: cmd.exe /c echo step ${k}</action>`,
        '    <defaultVarList>',
        `      <variable name="CommandLine" property="CommandLine">cmd.exe /c echo step ${k}</variable>`,
        '    </defaultVarList>',
        '  </step>',
      );
    }
  }
  return ['<?xml version="1.0" encoding="utf-8"?>', '<sequence version="3.10">', ...steps, '</sequence>', ''].join('\n');
}

export function plainFile(r) {
  const v = vocabulary(r);
  const out = ['# scratch pad of the client team: one ccmsetup command line per line'];
  const n = 2 + r.int(20);
  for (let k = 0; k < n; k++) {
    if (r.chance(0.3)) out.push(`# --- test on LAB-W11-${String(k).padStart(2, '0')} ---`);
    out.push(`${r.chance(0.5) ? 'ccmsetup.exe ' : ''}${argumentTokens(v, { bad: r.chance(1 / 3) }).join(' ')}`);
  }
  return out.join('\n') + '\n';
}

/**
 * The files of a CLI tree: `count` files over nested folders, hosts mixed as in a real deployment share
 * (mostly PowerShell and batch, a few /config files, task sequence exports and scratch pads), sizes drawn from
 * a long-tailed distribution (most scripts a few KB, a few of them tens of KB).
 */
export function* treeFiles(count, seed = 3) {
  const r = rng(seed);
  for (let k = 0; k < count; k++) {
    const dir = `site${k % 7}/team${(k >> 3) % 13}/${k % 4 === 0 ? 'legacy/' : ''}`;
    const kind = r.next();
    // long tail: e^(N(8, 0.9)) bytes, median ~3 KB, 1 in 100 above ~25 KB; capped at 200 KB
    const size = Math.min(200_000, Math.round(Math.exp(8 + 0.9 * gauss(r))));
    let name;
    let text;
    if (kind < 0.4) {
      name = `install-${k}.ps1`;
      text = powershellScript({ bytes: size, seed: 1000 + k }).text;
    } else if (kind < 0.45) {
      name = `ClientTools-${k}.psm1`;
      text = powershellScript({ bytes: size, seed: 1000 + k }).text;
    } else if (kind < 0.75) {
      name = `install-${k}.cmd`;
      text = batchScript({ bytes: size, seed: 1000 + k }).text;
    } else if (kind < 0.85) {
      name = `legacy-${k}.bat`;
      text = batchScript({ bytes: size, seed: 1000 + k }).text.replace(/\n/g, '\r\n'); // old files have CRLF
    } else if (kind < 0.9) {
      name = `ClientInstall-${k}.tcf`;
      text = tcfFile(r);
    } else if (kind < 0.96) {
      name = `task-sequence-${k}.xml`;
      text = xmlFile(r);
    } else {
      name = `scratch-${k}.ccmsetup`;
      text = plainFile(r);
    }
    yield { path: dir + name, text };
  }
}

function gauss(r) {
  // Box-Muller; one value is enough
  return Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
}

// ---- the peer's input --------------------------------------------------------------------------------

const PACKAGES = ['curl', 'ca-certificates', 'git', 'openssh-client', 'python3', 'python3-pip', 'build-essential', 'libssl-dev', 'unzip', 'jq', 'tzdata', 'locales'];

/**
 * A Dockerfile of about `bytes` bytes for dockerfile-utils: multi-stage builds with the usual instructions,
 * continuations, comments, variables; about a third of the stages carry something its validator reports.
 */
export function dockerfile({ bytes, seed = 4 }) {
  const r = rng(seed);
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:bookworm-slim'];
  let size = out.join('\n').length;
  let stage = 0;
  while (size < bytes) {
    const bad = r.chance(1 / 3);
    const pkgs = Array.from({ length: 3 + r.int(6) }, () => r.pick(PACKAGES));
    const lines = [
      `# stage ${stage}: build tools for component ${stage}`,
      `FROM \${BASE} AS build${stage}`,
      `ENV APP_HOME=/opt/app${stage} LANG=C.UTF-8`,
      'RUN apt-get update \\',
      `    && apt-get install -y --no-install-recommends ${pkgs.join(' ')} \\`,
      '    && rm -rf /var/lib/apt/lists/*',
      `WORKDIR /src/component${stage}`,
      `COPY --chown=app:app ./component${stage}/ ./`,
      `RUN make -j"$(nproc)" && make install DESTDIR=/out/component${stage}`,
      `LABEL org.opencontainers.image.title="component${stage}" org.opencontainers.image.version="1.${r.int(50)}.${r.int(10)}"`,
      `EXPOSE ${8000 + r.int(1000)}/tcp`,
      'USER app',
      'HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://localhost/healthz || exit 1',
      `ENTRYPOINT ["/opt/app${stage}/bin/run", "--config", "/etc/app${stage}.conf"]`,
    ];
    if (bad) {
      switch (r.int(4)) {
        case 0:
          lines.splice(2, 0, 'MAINTAINER ops@contoso.com'); // deprecated
          break;
        case 1:
          lines.push(`EXPOSE ${70000 + r.int(1000)}`); // invalid port
          break;
        case 2:
          lines.push('HEALTHCHECK CMD true'); // a second HEALTHCHECK in the stage
          break;
        default:
          lines.push('run echo done'); // instruction casing
      }
    }
    const text = lines.join('\n');
    out.push(text);
    size += text.length + 1;
    stage++;
  }
  return { text: out.join('\n') + '\n', stages: stage };
}
