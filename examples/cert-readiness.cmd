@echo off
REM ===========================================================================
REM cert-readiness.cmd
REM Before a contoso.com workstation is moved to HTTPS-only client
REM communication, check that it has a client authentication certificate the
REM ConfigMgr client can use. CMHttpsReadiness.exe ships with the client in
REM %WinDir%\CCM and writes CMHttpsReadiness.log in the current folder.
REM Run elevated; the log is copied to the collection share for the PKI team.
REM ===========================================================================
setlocal
pushd %WinDir%\CCM

REM Same criteria the GPO install uses (see intranet-pki-install.cmd).
CMHttpsReadiness.exe /Issuers:"CN=Contoso Root CA; OU=PKI; O=Contoso; C=US" /Criteria:"SubjectAttr:OU = Workstations" /SelectFirstCert

REM Kiosks keep their certificate in a separate store.
CMHttpsReadiness.exe /Store: ContosoKiosk /Issuers:"CN=Contoso Root CA; OU=PKI; O=Contoso; C=US"

REM The line from the old wiki page, still used by the service desk.
CMHttpsReadiness.exe /Criteria:SubjectStr:Contoso Workstation /SelectFirstCert:1

copy /y CMHttpsReadiness.log \\cm01.contoso.com\ClientInstallLogs$\%COMPUTERNAME%-https.log >nul
popd
endlocal
