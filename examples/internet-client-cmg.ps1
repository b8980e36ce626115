<#
    internet-client-cmg.ps1

    Installs the ConfigMgr client (site P01) on devices that never come to a contoso.com office:
    contractor laptops and workgroup kiosks. They reach the site only through the cloud
    management gateway (contosocmg.contoso.com) and register with a bulk registration token,
    because they have neither a PKI client certificate nor an Entra ID join.
    Corporate laptops that do have a PKI certificate use -PkiCertificate instead.

    Packaged with ccmsetup.exe next to it. Run elevated:
        powershell.exe -ExecutionPolicy Bypass -File .\internet-client-cmg.ps1
#>
[CmdletBinding()]
param(
    [switch] $PkiCertificate
)
$ErrorActionPreference = 'Stop'

if ($PkiCertificate) {
    # Corporate laptops: client authentication certificate from the Contoso PKI, no token.
    $PkiArguments = @(
        '/mp:contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941'
        '/UsePKICert'
        '/NoCRLCheck'
        'CCMHOSTNAME=https://contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941'
        'SMSSITECODE=P01'
        'CCMCERTISSUERS="CN=Contoso Root CA; OU=PKI; O=Contoso; C=US"'
        'SMSSIGNCERT=\\cm01.contoso.com\ClientCerts\site-signing.pfx'
    )
    $process = Start-Process -FilePath "$PSScriptRoot\ccmsetup.exe" -ArgumentList $PkiArguments -Wait -PassThru
}
else {
    # Token-based install, as in the Microsoft example: token created with
    # BulkRegistrationTokenTool.exe /new /lifetime:... on the site server.
    $process = Start-Process -FilePath "$PSScriptRoot\ccmsetup.exe" -ArgumentList '/mp:https://contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941 CCMHOSTNAME=contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941 SMSSiteCode=P01 /regtoken:eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJUeXBlIjoiQnVsa1JlZ2lzdHJhdGlvbiIsImF1ZCI6InVybjpzY2NtOnNlcnZpY2UiLCJpc3MiOiJleGFtcGxlLmNvbnRvc28uY29tIiwianRpIjoiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDBlN2ExIiwibmJmIjoxNzUxMjQxNjAwLCJleHAiOjE5MDkwMDgwMDB9.atdu66CrMJIFLsPMjOPWpBrIrS_lM6ctqPksxcrPODh9IFJNIzH4I9n0n0q77eDzEdLDcufS1UG86THUNv4VVQ' -Wait -PassThru
}

# ccmsetup.exe only bootstraps the install; the result is in C:\Windows\ccmsetup\Logs\ccmsetup.log.
if ($process.ExitCode -ne 0) {
    Write-Warning "ccmsetup.exe exited with $($process.ExitCode); see C:\Windows\ccmsetup\Logs\ccmsetup.log"
    exit $process.ExitCode
}
