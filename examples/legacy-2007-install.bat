@echo off
REM ===========================================================================
REM legacy-2007-install.bat
REM Inherited from the ConfigMgr 2007 days of the fabrikam.com forest (site
REM C07, native mode). Still linked from the old "SMS Client" GPO on a few
REM fabrikam OUs until they move to site P01. Kept for reference while the
REM migration runs: do not copy lines from it into new scripts.
REM ===========================================================================
set SMSSHARE=\\sms07.fabrikam.com\SMSClient\i386

REM Map the client share with the install account (the OUs are not trusted).
net use S: \\sms07.fabrikam.com\SMSClient /user:FABRIKAM\sms-install NotARealPassword-Example2007

REM Native mode clients, with the site signing certificate exported in 2008.
S:\i386\ccmsetup.exe /native:FALLBACK SMSSITECODE=C07 SMSSLP=sms07.fabrikam.com SMSSIGNCERT=%~dp0certs\sha1-signing.cer

REM Branch offices without the AD schema extension find the site through WINS.
S:\i386\ccmsetup.exe SMSSITECODE=AUTO SMSDIRECTORYLOOKUP=WINSPROMISCUOUS
start /wait "" "%SMSSHARE%\ccmsetup.exe" /S SMSSITECODE:C07 SMSDIRECTORYLOOKUP=WINSSECURE

REM If ccmsetup is blocked, install the MSI straight away.
if errorlevel 1 msiexec /i "%SMSSHARE%\client.msi" SMSSITECODE=C07 /qn

net use S: /delete /y
