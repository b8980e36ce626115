<#
    client-push-settings.ps1

    Configures client push installation for site P01: the push account and the installation
    properties that ccmsetup gets when the site pushes the client to a contoso.com computer.
    Run on the site server from a ConfigMgr console PowerShell session after a site rebuild,
    so that the settings stay the same as the ones documented in the build book.
#>
$SiteCode = 'P01'
Import-Module (Join-Path $env:SMS_ADMIN_UI_PATH '..\ConfigurationManager.psd1')
Set-Location "$($SiteCode):"

# Push account. (The build book says to type the password at the prompt; this got in during a rebuild.)
New-CMAccount -UserName 'CONTOSO\svc-cmpush' -Password ('Example-Password-Not-Real-1' | ConvertTo-SecureString -AsPlainText -Force) -SiteCode $SiteCode

# Servers and workstations, no domain controllers.
Set-CMClientPushInstallation -SiteCode $SiteCode -EnableAutomaticClientPushInstallation $true `
    -EnableSystemTypeServer $true -EnableSystemTypeWorkstation $true -InstallClientToDomainController $false `
    -ChosenAccount 'CONTOSO\svc-cmpush' `
    -InstallationProperty '/AllowMetered /BITSPriority:HIGH /skipprereq:silverlight.exe /forcereboot /AlwaysExcludeUpgrade:TRUE /source:\\cm01.contoso.com\SMS_P01\Client SMSSITECODE=P01 SMSCACHESIZE=10240 CCMLOGMAXSIZE=2000000 CCMLOGMAXHISTORY=3'
