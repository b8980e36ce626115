<#
.SYNOPSIS
    Repairs or reinstalls the ConfigMgr client on remote contoso.com computers.
.DESCRIPTION
    Service desk tool for tickets "Software Center is empty" and "client inactive".
    Without -Reinstall it asks the installed client to repair itself; with -Reinstall it
    runs ccmsetup.exe from the site server share on each computer through Invoke-Command.
    Runs with the service desk's client-repair account.
.EXAMPLE
    .\repair-client.ps1 -ComputerName PC0142, PC0177 -Reinstall
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]] $ComputerName,
    [switch] $Reinstall
)

$SiteCode    = 'P01'
$ClientShare = '\\cm01.contoso.com\SMS_P01\Client'

# Old habit from before we had a gMSA for this: the repair account is built in the script.
$RepairUser = 'CONTOSO\svc-cmrepair'
$RepairCred = New-Object System.Management.Automation.PSCredential($RepairUser, (ConvertTo-SecureString 'Example-Only-Not-A-Real-Password' -AsPlainText -Force))

foreach ($Computer in $ComputerName) {
    if (-not $Reinstall) {
        # In-place repair of the installed client (the switches the console's "Repair client" uses).
        Invoke-Command -ComputerName $Computer -Credential $RepairCred -ScriptBlock {
            Start-Process -FilePath 'C:\Windows\ccmsetup\ccmsetup.exe' -ArgumentList '/remediate:client /log:C:\Windows\ccmsetup\Logs\ccmrepair.log' -Wait
        }
        continue
    }

    # Full reinstall. Both management points, in case cm01 is the broken one.
    Invoke-Command -ComputerName $Computer -Credential $RepairCred -ScriptBlock {
        $arguments = "/mp:cm01.contoso.com,cm02.contoso.com /BITSPriority:URGENT SMSSITECODE=$using:SiteCode RESETKEYINFORMATION=TRUE /forceinstall"
        Start-Process -FilePath "$using:ClientShare\ccmsetup.exe" -ArgumentList $arguments -Wait
    }

    # Clients that were moved from the fabrikam.com site keep their old assignment: force P01.
    Invoke-Command -ComputerName $Computer -Credential $RepairCred -ScriptBlock {
        & "$using:ClientShare\ccmsetup.exe" /mp:cm01.contoso.com SMSSITECODE=P01 SITEREASSIGN=TRUE
    }
}
