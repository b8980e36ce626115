@echo off
REM GPO startup script: install the ConfigMgr client on intranet PCs
"%~dp0ccmsetup.exe" /mp:https://mp1.contoso.com /UsePKICert /NoCRLCheck SMSSITECODE=P01 CCMCERTISSUERS="CN=Contoso Root CA" SMSDIRECTORYLOOKUP=WINSPROMISCUOUS
exit /b %ERRORLEVEL%
