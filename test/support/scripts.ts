// Small realistic scripts for tests that need one with several statements.

/** A PowerShell install script: assignments, logging, and ccmsetup started three ways. */
export function powershellScriptForTests(): string {
  return [
    "$Site = 'P01'",
    "$Share = '\\\\cm01\\SMS_P01\\Client'",
    "$InstallArgs = '/mp:mp1.contoso.com', 'SMSSITECODE=P01', 'SMSDIRECTORYLOOKUP=WINSPROMISCUOUS'",
    'Write-Host "Checking"',
    '& "$Share\\ccmsetup.exe" /mp:https://mp1.contoso.com /UsePKICert SMSSITECODE=P01 /NoCRLCheck',
    'Write-Host "Installing"',
    'if ($true) {',
    '    Start-Process -FilePath "$Share\\ccmsetup.exe" -ArgumentList $InstallArgs -Wait',
    '}',
    '# ccmlint-disable-next-line CCM303',
    'ccmsetup.exe /NoCRLCheck SMSSITECODE=P01',
    'Write-Host "Done"',
    '',
  ].join('\r\n');
}
