@echo off
REM ===========================================================================
REM intune-bootstrap.cmd
REM Install command of the Intune Win32 app "ConfigMgr client (co-management)".
REM Packaged next to ccmsetup.msi from the site server's bin\i386 folder.
REM Entra-joined contoso.com devices enrolled by Autopilot get the ConfigMgr
REM client from Intune and reach site P01 through the cloud management gateway.
REM Intune command line:  intune-bootstrap.cmd [standard^|pki^|pinned]
REM ===========================================================================
setlocal
set LOG=%ProgramData%\Microsoft\IntuneManagementExtension\Logs\ccmsetup-msi.log

if /i "%~1"=="pki" goto pki
if /i "%~1"=="pinned" goto pinned

REM Standard: the command line the co-management wizard shows, plus the site
REM signing certificate packaged with the app.
msiexec /i "%~dp0ccmsetup.msi" /qn /l*v "%LOG%" CCMSETUPCMD="CCMHOSTNAME=contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941 SMSSiteCode=P01 SMSSIGNCERT=site-signing.cer"
goto end

:pki
REM Devices that also have a client authentication certificate from Intune SCEP.
msiexec /i "%~dp0ccmsetup.msi" /qn /l*v "%LOG%" CCMSETUPCMD="/UsePKICert CCMHOSTNAME=contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941 SMSSiteCode=P01 AADCLIENTAPPID=3f2c8e1a-6b4d-4c9e-9a7f-5d1e2b3c4a10 AADRESOURCEURI=https://ConfigMgrService AADTENANTID=9b1d7c2e-4f3a-4e8b-b6d5-2a9c0e7f1b34 SMSSIGNCERT=C:\Windows\ccmsetup\site-signing.cer"
goto end

:pinned
REM Pin the site's trusted root key instead of trusting the first management point.
msiexec /i "%~dp0ccmsetup.msi" /qn /l*v "%LOG%" CCMSETUPCMD="CCMHOSTNAME=contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941 SMSSiteCode=P01 SMSMP=https://contosocmg.contoso.com/CCM_Proxy_MutualAuth/72057594037927941 AADCLIENTAPPID=3f2c8e1a-6b4d-4c9e-9a7f-5d1e2b3c4a10 AADRESOURCEURI=https://ConfigMgrService AADTENANTID=9b1d7c2e-4f3a-4e8b-b6d5-2a9c0e7f1b34 SMSSIGNCERT=C:\Windows\ccmsetup\site-signing.cer SMSPUBLICROOTKEY=0602000000A400005253413100080000010001EDED512B982592530976C16FDBDCF01B653AAA39CA15AEC482654921ADD1D6081BAF5C75EF5BAF9B05E498E214D70C7FBAC7A92B4895DBFB3EEDC56238725A8FA27F0C6742C6F677EEF9561B6DD55F202A0341B7B84E1FC5E3D7A9F8F6BBEA258FDEF1A965536A1891B97B51892880117E2E6CF871FA709117CC4EE7D655C3ADD9E1FC4BE1D4D28D2C85AEF81340442857DDCC53C85BC87B800CCA6821626E414A7BE04ADFFC959FACE80DCC9625B87F3C13C7DA8F5168D077848CEA6AE3C664522BFFAF5CA3A70613B8AB8C1B335E89D82E1984099A1610A1D7E4FE6A32C7321625BBE0EB52C060E30A20713C5F38F0FCBE3264083D7DBD8C87090C46795838 DNSSUFFIX=contoso.com SMSCACHESIZE=20480 CCMLOGMAXSIZE=2000000 CCMLOGMAXHISTORY=5 CCMLOGLEVEL=1 CCMEVALHOUR=3"
goto end

:end
endlocal
